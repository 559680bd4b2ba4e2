"""Uploaded CSVs are read in the encoding they were written in, or refused with a line number.

No database: decoding and splitting rows are pure functions.
"""

from __future__ import annotations

import codecs

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from madoguchi.opendata.csvfiles import CsvEncodingError, decode_csv, read_rows

SAMPLE = "名称,住所\r\n港区役所,東京都港区芝公園1-5-25\r\n髙輪①ホール,東京都港区高輪1-16-25\r\n"
SAMPLE_LF = SAMPLE.replace("\r\n", "\n")


def test_utf8_with_bom_is_read_and_the_bom_dropped() -> None:
    # given a file as Excel saves "CSV UTF-8"
    data = SAMPLE.encode("utf-8-sig")

    # when
    text, encoding = decode_csv(data)

    # then
    assert (text, encoding) == (SAMPLE_LF, "utf-8-sig")


def test_utf8_without_bom_is_read() -> None:
    # given
    data = SAMPLE.encode("utf-8")

    # when
    text, encoding = decode_csv(data)

    # then
    assert (text, encoding) == (SAMPLE_LF, "utf-8")


def test_cp932_with_nec_and_ibm_characters_is_read() -> None:
    # given a Shift_JIS file from Windows, with ① (NEC) and 髙 (IBM), which plain
    # Shift_JIS lacks
    data = SAMPLE.encode("cp932")

    # when
    text, encoding = decode_csv(data)

    # then
    assert (text, encoding) == (SAMPLE_LF, "cp932")


def test_old_mac_line_ends_become_newlines() -> None:
    # given CR-only line ends
    data = "名称\r港区役所\r".encode("cp932")

    # when
    text, _encoding = decode_csv(data)

    # then
    assert text == "名称\n港区役所\n"


def test_an_empty_file_is_empty_utf8_text() -> None:
    # given / when
    result = decode_csv(b"")

    # then
    assert result == ("", "utf-8")


def test_bytes_that_are_both_utf8_and_cp932_are_read_as_utf8() -> None:
    # given "ああ" in UTF-8, which CP932 would also read, as "縺ゅ≠"
    data = "ああ".encode()
    assert data.decode("cp932") == "縺ゅ≠"

    # when
    text, encoding = decode_csv(data)

    # then the modern encoding wins
    assert (text, encoding) == ("ああ", "utf-8")


def test_a_file_in_neither_encoding_is_refused_with_the_line() -> None:
    # given a CP932 file whose third line has a lead byte with no valid trail byte
    data = "名称\n港区役所\n".encode("cp932") + b"\x81\x20broken\n"

    # when
    with pytest.raises(CsvEncodingError) as raised:
        decode_csv(data)

    # then
    assert raised.value.line == 3
    assert "line 3" in str(raised.value)
    assert isinstance(raised.value, ValueError)


def test_bytes_cp932_decodes_to_nonsense_are_refused() -> None:
    # given Latin-1 text: 0xA0 and 0xFF decode in CP932, to private-use characters
    data = "name\ncafé\xa0ÿ\n".encode("latin-1")

    # when
    with pytest.raises(CsvEncodingError) as raised:
        decode_csv(data)

    # then
    assert raised.value.line == 2


def test_utf16_is_refused_rather_than_read_as_garbage() -> None:
    # given Excel's "Unicode text", UTF-16 with NUL bytes between ASCII letters
    data = "name\nMinato\n".encode("utf-16")

    # when
    with pytest.raises(CsvEncodingError) as raised:
        decode_csv(data)

    # then
    assert "NUL" in str(raised.value)
    assert raised.value.line == 1


def test_a_bom_followed_by_invalid_utf8_is_refused() -> None:
    # given a BOM, then a CP932 line
    data = codecs.BOM_UTF8 + "名称\n".encode() + "港区".encode("cp932")

    # when
    with pytest.raises(CsvEncodingError) as raised:
        decode_csv(data)

    # then
    assert raised.value.line == 2


def test_rows_and_a_trimmed_header_are_split_out() -> None:
    # given a header with stray spaces, a quoted cell with a comma and a line break, and
    # blank lines at the end
    text = ' 名称 ,住所\n港区役所,"東京都港区芝公園1-5-25, 本庁舎\n1階"\n\n,\n'

    # when
    header, rows = read_rows(text)

    # then
    assert header == ["名称", "住所"]
    assert rows == [["港区役所", "東京都港区芝公園1-5-25, 本庁舎\n1階"]]


def test_a_blank_line_in_the_middle_keeps_its_place() -> None:
    # given a blank line between two records
    text = "名称\nA\n\nB\n"

    # when
    _header, rows = read_rows(text)

    # then the second record is still the spreadsheet's row 4
    assert rows == [["A"], [], ["B"]]


def test_empty_text_has_no_header_and_no_rows() -> None:
    # given / when
    result = read_rows("")

    # then
    assert result == ([], [])


def _round_trips_in_cp932(character: str) -> bool:
    """Characters CP932 encodes and decodes back unchanged. Some it maps many-to-one (¬ comes
    back as ￢), and U+0080 and U+F8F0–U+F8F3 only come from bytes no text contains, so
    ``decode_csv`` refuses them."""
    if character == "\x00" or character in "\x80\uf8f0\uf8f1\uf8f2\uf8f3":
        return False
    try:
        return character.encode("cp932").decode("cp932") == character
    except UnicodeError:
        return False


cp932_text = st.text(
    alphabet=st.characters(
        codec="cp932", exclude_characters="\x00\x80\xa2\xa3\xac\u2016\u2212\u301c"
    ).filter(_round_trips_in_cp932),
    max_size=200,
)


@given(text=cp932_text)
def test_cp932_text_round_trips_through_cp932(text: str) -> None:
    # given the text written in CP932, where the bytes are not also valid UTF-8 (such bytes
    # are read as UTF-8 by design; see the test above)
    data = text.encode("cp932")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        assume(data.decode("utf-8") == text)

    # when
    decoded, _encoding = decode_csv(data)

    # then
    assert decoded == text.replace("\r\n", "\n").replace("\r", "\n")


@given(text=cp932_text)
def test_cp932_text_round_trips_through_utf8_with_bom(text: str) -> None:
    # given the same kind of text saved as "CSV UTF-8"
    data = text.encode("utf-8-sig")

    # when
    decoded, encoding = decode_csv(data)

    # then
    assert decoded == text.replace("\r\n", "\n").replace("\r", "\n")
    assert encoding == "utf-8-sig"
