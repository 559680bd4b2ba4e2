"""Japanese text analysis for resident search: normalization, Sudachi terms, readings, matching.

No database: everything here is pure text processing on top of sudachidict_core.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from itertools import permutations
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from madoguchi.core.japanese import (
    analyze,
    matches,
    normalize,
    normalized_text,
    reading,
    score,
    search_key_variants,
)

REPO_ROOT = Path(__file__).resolve().parents[2]

# Ways residents write the same thing; every spelling in a group must find every other one.
VARIANT_GROUPS = [
    ("申込", "申し込み", "申込み"),
    ("ｺﾝﾋﾞﾆ", "コンビニ"),
    ("ごみ", "ゴミ", "ｺﾞﾐ"),
    ("ＡＥＤ", "aed", "AED"),
    ("虎ノ門", "虎の門"),
    ("霞ヶ関", "霞ケ関"),
]
VARIANT_PAIRS = [pair for group in VARIANT_GROUPS for pair in permutations(group, 2)]

# (query, document) pairs a resident search must get right.
FINDS = [
    ("ゴミ", "粗大ごみ"),
    ("ごみ", "粗大ごみ"),
    ("そだいごみ", "粗大ごみ"),
    ("粗大ゴミ", "粗大ごみ"),
    ("じゅうみんひょう", "住民票の写し"),
    ("住民票", "住民票の写し"),
    ("いんかん", "印鑑登録証明書"),
    ("保育園", "保育園の入園申込み"),
    ("ほいくえん", "保育園の入園申込み"),
    ("申し込み", "保育園の入園申込み"),
    ("保育園 申込", "保育園の入園申込み"),
    ("コンビニ", "ｺﾝﾋﾞﾆ交付"),
    ("ａｅｄ", "AED"),
    ("aed", "ＡＥＤ（自動体外式除細動器）の貸し出し"),
]
DOES_NOT_FIND = [
    ("保育園", "犬の登録"),
    ("住民票", "粗大ごみ"),
    # Same reading (えん), different word: a one-kanji query must not match by sound alone.
    ("円", "入園"),
    # Every word has to be found, not just some.
    ("保育園 犬", "保育園の入園申込み"),
]

hiragana_letters = st.sampled_from([chr(cp) for cp in range(0x3041, 0x3097)] + ["ゝ", "ゞ"])
hiragana_strings = st.lists(hiragana_letters, max_size=30).map("".join)
# Characters that stress normalization: kana of both widths, voiced marks (spacing and
# combining), invisible format characters, variation selectors, punctuation, Latin with
# combining accents, compatibility characters.
tricky_characters = st.sampled_from(
    [
        *"あがゔアガヴヷヵヶｱｶﾞﾊﾟｰー゛゜ﾞﾟ・、。「」（）〜～~ \u3000\t\nAaＡａßǰİ①㈱㌔",
        *("\u3099", "\u309a", "\u0301", "\u200b", "\u00ad", "\ufeff", "\ufe00", "\U000e0100"),
    ]
)
any_text = st.text() | st.lists(tricky_characters, max_size=30).map("".join)
japanese_text = st.text(
    alphabet=st.characters(
        include_characters="のをにはがで・、。「」 ",
        min_codepoint=0x3041,
        max_codepoint=0x30FF,
    )
    | st.sampled_from(list("住民票粗大保育園申込印鑑登録証明書交付犬AEDｺﾝﾋﾞﾆ0123")),
    max_size=30,
)


# --- normalize -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ｺﾝﾋﾞﾆ", "こんびに"),
        ("ゴミ", "ごみ"),
        ("ＡＥＤ", "aed"),
        ("１２３", "123"),
        ("  住民票\u3000の\n写し ", "住民票 の 写し"),
        ("「住民票・印鑑登録」。", "住民票 印鑑登録"),
        ("住民\u200b票", "住民票"),
        ("9時～17時", "9時 17時"),
        ("霞ヶ関", "霞け関"),
    ],
)
def test_normalize_folds_width_case_kana_punctuation_and_whitespace(
    raw: str, expected: str
) -> None:
    # given a string as a resident might type or paste it
    # when it is normalized
    normalized = normalize(raw)
    # then width, case, script, punctuation and whitespace are folded
    assert normalized == expected


@given(any_text)
def test_normalize_is_idempotent(text: str) -> None:
    # given any text, normalized once
    once = normalize(text)
    # when it is normalized again
    twice = normalize(once)
    # then nothing changes
    assert twice == once


@given(hiragana_strings)
def test_katakana_and_hiragana_normalize_alike(hiragana: str) -> None:
    # given a hiragana string and the same string in katakana
    katakana = "".join(chr(ord(char) + 0x60) for char in hiragana)
    assert katakana != hiragana or hiragana == ""
    # when both are normalized
    # then they are the same
    assert normalize(katakana) == normalize(hiragana)


# --- analyze, reading ----------------------------------------------------------------------


def test_analyze_gives_compound_sub_words_and_reading() -> None:
    # given a compound noun
    # when it is analysed
    terms = analyze("粗大ごみ")
    # then the compound, its parts and the reading are all terms, compound first
    assert terms[0] == "粗大ごみ"
    assert {"粗大ごみ", "粗大", "ごみ", "そだいごみ"} <= set(terms)


def test_analyze_maps_okurigana_variants_to_one_normalized_form() -> None:
    # given three spellings of 申し込み
    # when each is analysed
    analysed = [set(analyze(spelling)) for spelling in ("申込", "申込み", "申し込み")]
    # then they share the dictionary-normalized form
    assert all("申し込み" in terms for terms in analysed)


def test_analyze_drops_particles_and_punctuation() -> None:
    # given a phrase with particles and punctuation
    # when it is analysed
    terms = analyze("住民票の写しを、ください。")
    # then particles and punctuation are not terms
    assert not {"の", "を", "、", "。"} & set(terms)
    assert "住民票" in terms


def test_analyze_keeps_kanji_that_sudachi_files_as_symbols() -> None:
    # given a name with a kanji outside the BMP (Sudachi has no entry and calls it a symbol)
    # and a kanji followed by a variation selector
    # when they are analysed and searched
    # then the kanji are words, not punctuation, and the selector does not split the word
    assert "𠮷" in analyze("𠮷野")
    assert matches("𠮷", "𠮷野さんの住所変更")
    assert "葛飾区" in analyze("葛\U000e0100飾区")


def test_analyze_of_particles_alone_is_empty() -> None:
    # given only particles and punctuation
    # when analysed
    # then there are no terms and no search keys
    assert analyze("の") == []
    assert analyze("をに、。") == []
    assert search_key_variants("の") == set()


@given(any_text | japanese_text)
def test_analyze_terms_are_non_empty_unique_and_normalized(text: str) -> None:
    # given any text
    # when it is analysed
    terms = analyze(text)
    # then no term is empty, none repeats, and each is already normalized
    assert all(terms)
    assert len(terms) == len(set(terms))
    assert all(normalize(term) == term for term in terms)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("粗大ごみ", "そだいごみ"),
        ("住民票の写し", "じゅうみんひょうのうつし"),
        ("保育園", "ほいくえん"),
        ("印鑑登録証明書", "いんかんとうろくしょうめいしょ"),
        ("ｺﾝﾋﾞﾆ交付", "こんびにこうふ"),
        ("住民票、写し。", "じゅうみんひょううつし"),
        ("2024年", "2024ねん"),
    ],
)
def test_reading_is_hiragana_of_the_whole_text(text: str, expected: str) -> None:
    # given a text
    # when its reading is taken
    # then it is the hiragana reading, without punctuation, numbers kept as digits
    assert reading(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("保育園の入園申込み", "保育園の入園申し込み"),
        ("申込", "申し込み"),
        ("ｺﾝﾋﾞﾆ交付、ＡＥＤ", "こんびに交付 aed"),
        ("", ""),
    ],
)
def test_normalized_text_replaces_words_by_their_normalized_form(text: str, expected: str) -> None:
    # given a text with okurigana, width and punctuation variants
    # when its normalized text is taken
    # then each word is in its dictionary-normalized spelling, particles kept in place
    assert normalized_text(text) == expected


def test_search_key_variants_cover_text_reading_and_terms() -> None:
    # given a query
    # when its search keys are built
    keys = search_key_variants("粗大ゴミ")
    # then they contain the normalized text, the reading and the analysed terms
    assert {"粗大ごみ", "そだいごみ", "粗大", "ごみ"} <= keys
    assert set(analyze("粗大ゴミ")) <= keys


def test_long_text_is_analysed_in_pieces() -> None:
    # given a text longer than Sudachi accepts in one call (49,149 bytes)
    text = "住民票の写しを請求します。" * 3000
    # when it is analysed
    terms = analyze(text)
    # then it does not fail and still yields the words
    assert {"住民票", "写し", "請求"} <= set(terms)
    assert reading(text).startswith("じゅうみんひょうのうつし")


def test_analysis_is_consistent_across_threads() -> None:
    # given texts analysed once on this thread
    texts = ["粗大ごみ", "住民票の写し", "保育園の入園申込み", "ｺﾝﾋﾞﾆ交付"] * 25
    expected = [analyze(text) for text in texts]
    # when the same texts are analysed from several threads at once
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(analyze, texts))
    # then every thread gets the same answer
    assert results == expected


def test_importing_the_module_does_not_load_sudachi() -> None:
    # given a fresh interpreter
    code = (
        "import sys, madoguchi.core.japanese as j\n"
        "assert 'sudachipy' not in sys.modules, 'imported at import time'\n"
        "assert j.normalize('ゴミ') == 'ごみ'\n"
        "assert 'sudachipy' not in sys.modules, 'normalize needs no dictionary'\n"
        "assert j.reading('ゴミ') == 'ごみ'\n"
        "assert 'sudachipy' in sys.modules\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT / "src")}
    # when the module is imported and used
    result = subprocess.run(  # noqa: S603 - fixed argv: this interpreter and a literal
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    # then Sudachi was only imported once analysis was asked for
    assert result.returncode == 0, result.stderr


# --- matching ------------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "document"), VARIANT_PAIRS)
def test_spelling_variants_find_each_other(query: str, document: str) -> None:
    # given two spellings of the same word
    # when one is searched for in the other
    # then it is found
    assert matches(query, document)


@pytest.mark.parametrize(("query", "document"), FINDS)
def test_query_finds_document(query: str, document: str) -> None:
    # given a resident's query and a catalog entry it is meant to find
    # when the query is matched against the entry
    # then it is found with a full score
    assert matches(query, document)
    assert score(query, document) == 1.0


@pytest.mark.parametrize(("query", "document"), DOES_NOT_FIND)
def test_query_does_not_find_unrelated_document(query: str, document: str) -> None:
    # given a query and an entry about something else
    # when they are matched
    # then the entry is not found
    assert not matches(query, document)
    assert score(query, document) < 1.0


@pytest.mark.parametrize("document", ["住民票の写し", "保育園の入園申込み", "犬の登録", "の"])
def test_particle_alone_matches_nothing(document: str) -> None:
    # given a query that is only a particle
    # when it is matched against documents that contain that particle
    # then nothing matches and the score is zero
    assert not matches("の", document)
    assert score("の", document) == 0.0


def test_score_is_the_fraction_of_query_words_found() -> None:
    # given a two-word query of which only one word is in the document
    # when it is scored
    partial = score("保育園 犬", "保育園の入園申込み")
    # then the score is one half, and the unrelated document scores nothing
    assert partial == pytest.approx(0.5)
    assert score("保育園 犬", "粗大ごみ") == 0.0


@given(japanese_text)
def test_text_with_content_matches_itself(text: str) -> None:
    # given any text with at least one content word
    if not analyze(text):
        return
    # when it is searched for in itself
    # then it is found
    assert matches(text, text)
