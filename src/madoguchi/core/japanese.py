"""Japanese text analysis for resident search (procedure catalog, later open data and voices).

Residents type the same thing in many ways, and search has to treat these as one:

* okurigana variants: 申込 / 申込み / 申し込み;
* half-width and full-width forms: ｺﾝﾋﾞﾆ / コンビニ, ＡＥＤ / AED / aed;
* katakana and hiragana: ゴミ / ごみ, 虎ノ門 / 虎の門;
* readings typed without kanji conversion: そだいごみ for 粗大ごみ, じゅうみんひょう for 住民票.

Two layers handle this:

``normalize`` is pure string folding (NFKC, casefold, katakana → hiragana, punctuation and
whitespace cleanup). It needs no dictionary, so it is cheap and safe to use anywhere, including
for substring matching.

``analyze`` and ``reading`` run the Sudachi morphological analyser (``sudachipy`` with
``sudachidict_core``). Sudachi splits text into words, gives each word a dictionary-normalized
form (申込 and 申込み both become 申し込み) and a katakana reading. The analysis runs on the
*original* text, not on ``normalize``'s output: Sudachi knows コンビニ but not こんびに, so folding
katakana before analysis would throw away what the dictionary knows. Each resulting term is
folded with ``normalize`` afterwards.

Sudachi cannot analyse a reading typed in hiragana (じゅうみんひょう comes out as じゅう / みん /
ひょう), so matching also compares the query with the document's normalized text and its whole
reading as substrings; that is also how short queries such as ごみ or AED find longer words.

Costs and concurrency: importing this module loads nothing. The dictionary is loaded the first
time a function that needs it is called, once per process (``functools.lru_cache`` behind a
lock). Sudachi ``Tokenizer`` objects keep per-call state and are not safe to share between
threads, so each thread gets its own tokenizer through ``threading.local``; the dictionary
itself is immutable and shared.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sudachipy import Dictionary, Morpheme, Tokenizer

__all__ = [
    "analyze",
    "matches",
    "morphemes",
    "normalize",
    "normalized_text",
    "reading",
    "score",
    "search_key_variants",
    "tokenizer",
]

# --- normalize -----------------------------------------------------------------------------

# Katakana ァ (U+30A1) .. ヶ (U+30F6) sit exactly 0x60 above hiragana ぁ .. ゖ.
_KATAKANA_TO_HIRAGANA: dict[int, str] = {cp: chr(cp - 0x60) for cp in range(0x30A1, 0x30F7)}
_KATAKANA_TO_HIRAGANA.update(
    {
        # Iteration marks ヽ ヾ have hiragana twins ゝ ゞ.
        0x30FD: "ゝ",
        0x30FE: "ゞ",
        # ヷ ヸ ヹ ヺ have no precomposed hiragana; spell them with the combining voiced mark
        # (NFKC leaves that sequence alone, so normalize stays idempotent).
        0x30F7: "わ\u3099",
        0x30F8: "ゐ\u3099",
        0x30F9: "ゑ\u3099",
        0x30FA: "を\u3099",
        # Small ヵ/ヶ (and hiragana ゕ/ゖ) are written interchangeably with full-size カ/ケ in
        # names and counters (霞ヶ関 / 霞ケ関, 3ヶ月 / 3ケ月), so fold them to full size.
        0x30F5: "か",
        0x30F6: "け",
        0x3095: "か",
        0x3096: "け",
    }
)

# Characters that carry no meaning for search and are removed *before* NFKC: format
# characters (zero-width space, soft hyphen, BOM ...) that copy-and-paste leaves inside words,
# and variation selectors (異体字 selectors after kanji). Removing them after NFKC could put a
# base letter next to a combining mark and make a second normalize() compose them.
_INVISIBLE_CATEGORIES = frozenset({"Cf"})
_VARIATION_SELECTORS = frozenset([*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)])

# Punctuation (all P* categories: 、。・「」（）〜 ...), "other" symbols (※ ★ ○ 〒 emoji) and
# modifier symbols (^ ` ¨) become spaces. Math symbols and currency (+ = ¥ $) are kept: they can
# be part of what someone searches for. The tilde is the exception: after NFKC the full-width
# ～ used in 9時～17時 is an ASCII ~, a math symbol, but it is punctuation in Japanese text.
_SEPARATOR_CATEGORIES = frozenset({"Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "So", "Sk", "Cc"})
_SEPARATOR_EXTRA = frozenset({"~"})


def _is_separator(char: str) -> bool:
    return char in _SEPARATOR_EXTRA or unicodedata.category(char) in _SEPARATOR_CATEGORIES


def _strip_invisible(text: str) -> str:
    return "".join(
        char
        for char in text
        if unicodedata.category(char) not in _INVISIBLE_CATEGORIES
        and ord(char) not in _VARIATION_SELECTORS
    )


def normalize(text: str) -> str:
    """Fold ``text`` into the one spelling that search compares.

    Steps, in order, and why:

    1. drop invisible format characters and variation selectors (they split words invisibly);
    2. NFKC, so half-width katakana (ｺﾝﾋﾞﾆ), full-width Latin and digits (ＡＥＤ１２３) and
       compatibility characters (㈱, ①) become their ordinary forms;
    3. casefold, so ``AED`` == ``aed``;
    4. katakana → hiragana, so ゴミ == ごみ and 虎ノ門 == 虎の門 (the long-vowel mark ー is kept:
       it is used in both scripts), then NFKC once more to compose what steps 3 and 4 put
       side by side;
    5. punctuation and decorative symbols (・、。「」※ ...) become spaces rather than vanishing,
       so the words on either side do not fuse into a false match;
    6. runs of whitespace become one space, with none at the ends.

    The result is idempotent: ``normalize(normalize(s)) == normalize(s)``.
    """
    compatible = unicodedata.normalize("NFKC", _strip_invisible(text))
    folded = compatible.casefold().translate(_KATAKANA_TO_HIRAGANA)
    # Compose again: casefolding and the kana mapping can leave a letter next to a combining
    # mark that NFKC joins (ヵ + ゙ → か + ゙ → が); without this a second call would differ.
    composed = unicodedata.normalize("NFKC", folded)
    spaced = "".join(" " if _is_separator(char) else char for char in composed)
    return " ".join(spaced.split())


# Word-sized strings (a morpheme's surface, normalized form, reading) repeat constantly across
# a catalog; caching their folding makes analysis several times faster. Bounded, so memory
# stays small (a few MB at most) however much text passes through.
_fold_word = functools.lru_cache(maxsize=65_536)(normalize)


# --- Sudachi, loaded lazily ----------------------------------------------------------------

# Sudachi refuses inputs over 49,149 bytes of UTF-8; stay well below so long texts (residents'
# voices, open-data descriptions) are analysed in pieces instead of raising.
_MAX_CHUNK_BYTES = 12_000
# A UTF-8 character is at most 4 bytes, so this many characters always fit in one chunk.
_MAX_CHUNK_CHARS = _MAX_CHUNK_BYTES // 4
_SENTENCE_END = re.compile(r"(?<=[。．.！!？?\n])")

# Particles (の, を, に) and auxiliary verbs (です, ます) are read but are never search terms:
# they would match almost every document.
_FUNCTION_POS = frozenset({"助詞", "助動詞"})
# Punctuation and whitespace are neither terms nor part of a reading (Sudachi reads most
# symbols and spaces as キゴウ, "symbol", which nobody types) ...
_PUNCTUATION_POS = frozenset({"補助記号", "空白"})
# ... except that Sudachi also files characters it has no entry for under 補助記号, among them
# kanji outside the Basic Multilingual Plane that appear in names (𠮷 of 𠮷野). A "symbol"
# containing a letter or digit is therefore treated as a word.
_WORD_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lo", "Nd", "Nl", "No"})

# Readings are compared as substrings, and short readings are shared by many unrelated words
# (円 and 園 are both えん), so a reading derived from kanji is only trusted from this length.
_MIN_READING_MATCH = 3

_LOAD_LOCK = threading.Lock()
_THREAD_STATE = threading.local()


@functools.lru_cache(maxsize=1)
def _load_dictionary() -> Dictionary:
    """Open sudachidict_core. The dictionary is memory-mapped, so this is fast, but it is still
    done at most once per process: every thread's tokenizer shares it."""
    from sudachipy import Dictionary

    return Dictionary(dict="core")


def _dictionary() -> Dictionary:
    # lru_cache alone would let two threads racing on the first call both open the dictionary;
    # the lock makes "once per process" hold. It is only taken when a thread builds its tokenizer.
    with _LOAD_LOCK:
        return _load_dictionary()


def tokenizer() -> Tokenizer:
    """This thread's Sudachi tokenizer (SplitMode.C, sudachidict_core), created on first use
    in the thread. Every part of the platform that needs Sudachi uses this one, so a process
    opens the dictionary once. Texts over Sudachi's input limit must be split by the caller
    (``morphemes`` does it)."""
    current: Tokenizer | None = getattr(_THREAD_STATE, "tokenizer", None)
    if current is None:
        from sudachipy import SplitMode

        current = _dictionary().tokenizer(SplitMode.C)
        _THREAD_STATE.tokenizer = current
    return current


def _chunks(text: str) -> Iterator[str]:
    """Split ``text`` into pieces Sudachi accepts, preferably at sentence ends."""
    if len(text.encode("utf-8")) <= _MAX_CHUNK_BYTES:
        yield text
        return
    buffer: list[str] = []
    size = 0
    for sentence in _SENTENCE_END.split(text):
        pieces = [
            sentence[start : start + _MAX_CHUNK_CHARS]
            for start in range(0, len(sentence), _MAX_CHUNK_CHARS)
        ]
        for piece in pieces:
            piece_size = len(piece.encode("utf-8"))
            if buffer and size + piece_size > _MAX_CHUNK_BYTES:
                yield "".join(buffer)
                buffer, size = [], 0
            buffer.append(piece)
            size += piece_size
    if buffer:
        yield "".join(buffer)


def morphemes(text: str) -> Iterator[Morpheme]:
    """Sudachi's morphemes of ``text`` (SplitMode.C), with part of speech, normalised and
    dictionary forms, for callers that choose words by grammar (the voices classifier). Long
    texts are analysed in pieces cut at sentence ends; ``begin()``/``end()`` are offsets
    within each piece. Search should use ``analyze`` instead."""
    # Invisible characters and variation selectors are dropped first: Sudachi would otherwise
    # split 葛󠄀飾 (with an IVS selector) into 葛 / selector / 飾.
    visible = _strip_invisible(text)
    if not visible.strip():
        return
    analyser = tokenizer()
    for chunk in _chunks(visible):
        yield from analyser.tokenize(chunk)


_WORD, _FUNCTION, _PUNCTUATION = "word", "function", "punctuation"


def _role(morpheme: Morpheme) -> str:
    """Whether a morpheme is a content word, a particle/auxiliary, or punctuation/space."""
    pos = morpheme.part_of_speech()[0]
    if pos in _FUNCTION_POS:
        return _FUNCTION
    if pos in _PUNCTUATION_POS:
        surface = _fold_word(morpheme.surface())
        if any(unicodedata.category(char) in _WORD_CATEGORIES for char in surface):
            return _WORD
        return _PUNCTUATION
    return _WORD


def _morpheme_reading(morpheme: Morpheme) -> str:
    """The morpheme's reading in hiragana, with corrections.

    Sudachi reads Arabic numerals digit by digit and inconsistently (2024 is ニレイニヨン alone
    but ニレイニシ before 年), which nobody types, so numbers keep their digits. Characters
    Sudachi files as symbols are read as written (not キゴウ). An empty reading falls back to
    the surface.
    """
    surface = _fold_word(morpheme.surface())
    if surface.isascii() and surface.isdigit():
        return surface
    if morpheme.part_of_speech()[0] in _PUNCTUATION_POS:
        return surface
    return _fold_word(morpheme.reading_form()) or surface


@dataclass(frozen=True, slots=True)
class _Term:
    """One word of a text and the spellings it can be found under."""

    written: tuple[str, ...]  # normalized surface, normalized_form, dictionary_form
    reading: str  # normalized (hiragana) reading; may be empty
    parts: tuple[_Term, ...]  # SplitMode.A sub-words, when the word splits into several

    def forms(self) -> Iterator[str]:
        yield from self.written
        if self.reading:
            yield self.reading
        for part in self.parts:
            yield from part.forms()


@dataclass(frozen=True, slots=True)
class _Analysis:
    """Everything matching needs to know about one text."""

    text: str  # normalize(text)
    reading: str  # reading(text)
    normalized: str  # normalized_text(text)
    terms: tuple[_Term, ...]  # content words, in order

    def term_strings(self) -> list[str]:
        return _unique(form for term in self.terms for form in term.forms())


def _unique(items: Iterable[str]) -> list[str]:
    """Non-empty items, first occurrence kept, order kept."""
    return [item for item in dict.fromkeys(items) if item]


def _term(morpheme: Morpheme, *, with_parts: bool) -> _Term | None:
    if _role(morpheme) != _WORD:
        return None
    written = _unique(
        _fold_word(form)
        for form in (morpheme.surface(), morpheme.normalized_form(), morpheme.dictionary_form())
    )
    parts: tuple[_Term, ...] = ()
    if with_parts:
        from sudachipy import SplitMode

        sub_words = list(morpheme.split(SplitMode.A))
        if len(sub_words) > 1:
            parts = tuple(
                part
                for part in (_term(sub_word, with_parts=False) for sub_word in sub_words)
                if part is not None
            )
    term = _Term(written=tuple(written), reading=_morpheme_reading(morpheme), parts=parts)
    return term if written or term.reading or parts else None


def _analyse(text: str) -> _Analysis:
    readings: list[str] = []
    normalized_forms: list[str] = []
    terms: list[_Term] = []
    for morpheme in morphemes(text):
        normalized_forms.append(morpheme.normalized_form())
        if _role(morpheme) == _PUNCTUATION:
            continue
        readings.append(_morpheme_reading(morpheme))
        term = _term(morpheme, with_parts=True)
        if term is not None:
            terms.append(term)
    return _Analysis(
        text=normalize(text),
        reading=normalize("".join(readings)),
        normalized=normalize("".join(normalized_forms)),
        terms=tuple(terms),
    )


# --- public analysis -----------------------------------------------------------------------


def analyze(text: str) -> list[str]:
    """The search terms of ``text``, for indexing a document or expanding a query.

    For each word Sudachi finds (SplitMode.C, the longest units: 粗大ごみ, 印鑑登録証明書) the
    terms are its surface, its dictionary-normalized form (申込み → 申し込み), its dictionary
    form (conjugated verbs → plain form) and its reading in hiragana; then the same for the
    word's SplitMode.A sub-words (粗大ごみ → 粗大, ごみ), so a search for a part finds the
    compound. Every term is passed through ``normalize``.

    Particles, auxiliary verbs, punctuation and whitespace are left out: terms like の or を
    would make every document match. Empty strings are never returned, and each term appears
    once, in order of first occurrence.
    """
    return _analyse(text).term_strings()


def reading(text: str) -> str:
    """The reading of the whole of ``text`` in hiragana: reading("粗大ごみ") == "そだいごみ".

    Particles are read (住民票の写し → じゅうみんひょうのうつし) so that a reading typed by a
    resident is a substring of it; punctuation and spaces are not. Words Sudachi does not know
    are read as written; numbers keep their digits. The reading is what Sudachi's dictionary
    says, so a word with several readings gets the dictionary's choice.
    """
    return _analyse(text).reading


def normalized_text(text: str) -> str:
    """``text`` with every word replaced by Sudachi's normalized form, then ``normalize``d:
    normalized_text("保育園の入園申込み") == "保育園の入園申し込み".

    Particles and spaces are kept, so the result lines up with the original text and a query's
    normalized text can be looked for as a substring of a document's (this is the form
    ``madoguchi.core.search`` indexes). Note that Sudachi normalizes a word per part of speech:
    the noun 申込み becomes 申し込み, but inside 申し込み書 the verb stem becomes 申し込む.
    """
    return _analyse(text).normalized


def search_key_variants(text: str) -> set[str]:
    """Every string a query should be compared with: ``normalize(text)``, ``reading(text)``
    and the ``analyze(text)`` terms.

    A text without any content word (only particles, punctuation or spaces, e.g. の) has no
    keys: comparing の with documents would match nearly all of them.
    """
    analysis = _analyse(text)
    terms = analysis.term_strings()
    if not terms:
        return set()
    return {key for key in (analysis.text, analysis.reading, *terms) if key}


# --- reference scorer ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Document:
    text: str
    reading: str
    terms: frozenset[str]

    def contains(self, key: str) -> bool:
        """A spelling typed (or derived from what was typed) occurs in the document."""
        return bool(key) and (key in self.terms or key in self.text or key in self.reading)

    def contains_reading(self, key: str) -> bool:
        """A reading *derived* from kanji occurs in the document: only trusted when long
        enough, since short readings are shared by unrelated words (円 / 園 = えん)."""
        return len(key) >= _MIN_READING_MATCH and self.contains(key)


def _term_found(term: _Term, document: _Document) -> bool:
    return any(document.contains(form) for form in term.written) or document.contains_reading(
        term.reading
    )


def _phrase_found(phrase: _Analysis, document: _Document) -> bool:
    """The whole phrase occurs as written or as read (じゅうみんひょう in the reading of
    住民票の写し, ごみ inside 粗大ごみ). Per-word matching usually finds these too, since the
    words' surfaces are substrings as well; this check keeps a phrase found when its words
    alone would not be, e.g. words whose own readings are too short to trust."""
    return document.contains(phrase.text) or document.contains_reading(phrase.reading)


def score(query: str, document: str) -> float:
    """How well ``document`` answers ``query``, from 0.0 (nothing) to 1.0 (everything).

    The score is the fraction of the query's content words found in the document. The query is
    split at whitespace into phrases ("保育園 申込" is two), each phrase is analysed, and a word
    counts as found when

    * its whole phrase occurs in the document's normalized text or in its reading, or
    * one of its spellings (surface, normalized form, dictionary form) is one of the
      document's ``analyze`` terms or a substring of its normalized text or reading, or
    * its reading (at least three kana long) is a document term or a substring of those.

    Substring matching is what lets short queries (ごみ, AED) find longer words. A query made
    only of particles or punctuation has no content words and scores 0.0.

    This is a reference implementation for tests and small catalogs: it analyses both texts on
    every call and favours being obviously right over being fast.
    """
    phrases = [_analyse(phrase) for phrase in query.split()]
    total = sum(len(phrase.terms) for phrase in phrases)
    if total == 0:
        return 0.0
    analysed = _analyse(document)
    target = _Document(
        text=analysed.text, reading=analysed.reading, terms=frozenset(analysed.term_strings())
    )
    found = 0
    for phrase in phrases:
        if _phrase_found(phrase, target):
            found += len(phrase.terms)
        else:
            found += sum(1 for term in phrase.terms if _term_found(term, target))
    return found / total


def matches(query: str, document: str) -> bool:
    """Whether ``document`` answers ``query``: every content word of the query is found (see
    ``score``). Requiring all words (AND) is what residents expect from a search box: adding a
    word narrows the results."""
    return score(query, document) == 1.0
