"""Resident search over small-to-medium catalogs (procedures now; datasets and published
voices later), in Japanese and the other languages.

Every text is indexed as several variants: normalised surface text (NFKC, case-folded,
katakana as hiragana), its reading in hiragana, and its Sudachi normalised forms joined
together (申込み and 申し込み both become 申し込み). A query is split into words; each word
becomes a group of the same variants, and a document matches when every group has a
variant that occurs in the index. Substring matching is what makes short terms (ごみ, AED)
and compound words work without a separate n-gram index.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import reduce

from django.db.models import Q

from madoguchi.core import japanese


def unvoiced(kana: str) -> str:
    """The reading without voicing marks (じょ→しょ, ば→は). Readings of compounds differ in
    voicing (連濁): the dictionary reads 避難所 ひなんしょ, people type ひなんじょ. Comparing
    unvoiced readings makes both find it."""
    decomposed = unicodedata.normalize("NFD", kana)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in "\u3099\u309a"))


# An unvoiced reading shorter than this would match too much (ごみ → こみ is in もうしこみ).
UNVOICED_MIN_QUERY_LENGTH = 4


def variants(text: str, *, query: bool = False) -> list[str]:
    """The forms under which ``text`` is indexed and searched, most literal first."""
    normal = japanese.normalize(text)
    if not normal:
        return []
    reading = japanese.reading(text)
    found = [normal, reading, japanese.normalized_text(text)]
    if not query or len(reading) >= UNVOICED_MIN_QUERY_LENGTH:
        found.append(unvoiced(reading))
    return [v for v in dict.fromkeys(found) if v]


def index_text(texts: Iterable[str]) -> str:
    """The text stored in a ``search_index`` column for a document made of ``texts``."""
    parts: list[str] = []
    for text in texts:
        if text:
            parts.extend(variants(str(text)))
    return "\n".join(dict.fromkeys(parts))


# Words residents use for the same thing as the catalogs' official terms. Each set is searched
# as one: a query for any member also finds the others. Kept short and literal on purpose:
# a synonym that is only "related" would bury the results people expect.
SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"避難所", "避難場所", "避難施設"}),
    frozenset({"保育園", "保育所"}),
    frozenset({"AED", "自動体外式除細動器"}),
    frozenset({"ごみ", "廃棄物"}),
    frozenset({"トイレ", "便所"}),
)


def _synonyms(word: str) -> set[str]:
    normal = japanese.normalize(word)
    for group in SYNONYMS:
        forms = {japanese.normalize(w) for w in group}
        readings = {japanese.reading(w) for w in group} | {
            unvoiced(japanese.reading(w)) for w in group
        }
        if normal in forms or (
            len(normal) >= UNVOICED_MIN_QUERY_LENGTH and unvoiced(normal) in readings
        ):
            return set(group) - {word}
    return set()


def query_groups(query: str) -> list[set[str]]:
    """One set of alternatives per word of the query; all words must match."""
    groups = []
    for word in japanese.normalize(query).split():
        if not japanese.analyze(word):
            continue  # a particle or symbol alone (の, を, ・) would match everything
        alternatives = set(variants(word, query=True))
        for synonym in _synonyms(word):
            alternatives.update(variants(synonym, query=True))
        if alternatives:
            groups.append(alternatives)
    return groups


def matches(groups: list[set[str]], index: str) -> bool:
    return bool(groups) and all(any(alt in index for alt in group) for group in groups)


def score(groups: list[set[str]], index: str, *, title: str = "") -> float:
    """Higher is better: words found in the title count most, then anywhere in the text."""
    title_index = index_text([title]) if title else ""
    total = 0.0
    for group in groups:
        if any(alt in title_index for alt in group):
            total += 2.0
        elif any(alt in index for alt in group):
            total += 1.0
    return total


def any_substring_q(field: str, alternatives: Iterable[str]) -> Q:
    """A database filter: ``field`` contains at least one of the alternatives."""
    return reduce(lambda a, b: a | b, (Q(**{f"{field}__contains": alt}) for alt in alternatives))
