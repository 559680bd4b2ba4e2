"""Reading the CSV files departments upload: which encoding, and which rows.

Municipal CSVs arrive in three encodings. Excel's "CSV UTF-8" writes UTF-8 with a byte order
mark; scripts and newer systems write UTF-8 without one; and most older files, and many still
published, are Shift_JIS as Windows writes it (CP932, which adds the NEC and IBM characters
such as ① and 髙 that plain Shift_JIS lacks). The file does not say which it is, so
``decode_csv`` tries them in that order, strictly, and refuses what none of them reads rather
than guessing: a wrongly decoded file would be published as mojibake.

Pure Python, no Django: the catalog, the datastore loader and the demo data all use it.
"""

from __future__ import annotations

import codecs
import csv
import io

# Bytes a Shift_JIS file never contains but CP932 nevertheless decodes, each to a character
# no real text uses (U+0080, and U+F8F0–U+F8F3 for 0xA0, 0xFD–0xFF). Seeing one means the
# file was not CP932 at all (UTF-16, a spreadsheet's binary format, Latin-1...).
_CP932_IMPLAUSIBLE = frozenset("\x80\uf8f0\uf8f1\uf8f2\uf8f3")


class CsvEncodingError(ValueError):
    """The file is not text in any encoding the catalog accepts.

    ``line`` is the 1-based line of the first byte that could not be read, when it is known,
    so that the department can find the cell to fix.
    """

    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def _line_of_offset(data: bytes, offset: int) -> int:
    """The 1-based line number of byte ``offset``, counting CRLF, LF and CR line ends."""
    head = data[:offset]
    return head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n") + 1


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _cp932_offset(text: str, index: int) -> int:
    """Byte offset of character ``index`` of text that came from CP932 (for comparing where
    the two decoders gave up); every decoded character encodes back to the same length."""
    return len(text[:index].encode("cp932", errors="replace"))


def decode_csv(data: bytes) -> tuple[str, str]:
    """The text of an uploaded CSV and the encoding it was read with.

    Tries UTF-8 with a byte order mark (``"utf-8-sig"``), then UTF-8 (``"utf-8"``), then
    CP932 (``"cp932"``), each strictly. Line ends become ``"\\n"``. Raises
    ``CsvEncodingError`` when none of them reads the file, with the line of the first
    unreadable byte when it can be told.

    Bytes that are valid UTF-8 are read as UTF-8 even if they are also valid CP932: a file of
    real Japanese text in CP932 is practically never valid UTF-8 as well.
    """
    if b"\x00" in data:
        # UTF-16 (Excel's "Unicode text") and binary files: every decoder below would
        # accept the NULs and return garbage.
        offset = data.index(b"\x00")
        raise CsvEncodingError(
            "The file contains NUL bytes, so it is not a CSV text file (it may be UTF-16 or a "
            'spreadsheet). Save it as "CSV UTF-8" and upload it again.',
            line=_line_of_offset(data, offset),
        )
    if data.startswith(codecs.BOM_UTF8):
        bom = len(codecs.BOM_UTF8)
        try:
            return _normalise_newlines(data[bom:].decode("utf-8")), "utf-8-sig"
        except UnicodeDecodeError as error:
            offset = bom + error.start
            line = _line_of_offset(data, offset)
            raise CsvEncodingError(
                "The file starts with a UTF-8 byte order mark but is not valid UTF-8: byte "
                f"0x{data[offset]:02X} on line {line} cannot be read.",
                line=line,
            ) from error
    try:
        return _normalise_newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as error:
        utf8_offset = error.start
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError as error:
        cp932_offset = error.start
    else:
        odd = next((i for i, ch in enumerate(text) if ch in _CP932_IMPLAUSIBLE), None)
        if odd is None:
            return _normalise_newlines(text), "cp932"
        cp932_offset = _cp932_offset(text, odd)
    # Report where the more plausible reading failed: the decoder that got further.
    offset = max(utf8_offset, cp932_offset)
    line = _line_of_offset(data, offset)
    raise CsvEncodingError(
        "The file is neither UTF-8 nor Shift_JIS (CP932) text: byte "
        f'0x{data[offset]:02X} on line {line} cannot be read. Save it as "CSV UTF-8" and '
        "upload it again.",
        line=line,
    )


def read_rows(text: str) -> tuple[list[str], list[list[str]]]:
    """The header (each name stripped of surrounding whitespace) and the data rows of CSV text.

    Blank lines at the end of the file are dropped; blank lines in the middle are kept as
    empty rows, so that a row's position still matches the row number a spreadsheet shows.
    """
    records = list(csv.reader(io.StringIO(text)))
    while records and not any(cell.strip() for cell in records[-1]):
        records.pop()
    if not records:
        return [], []
    header = [name.strip().lstrip("\ufeff").strip() for name in records[0]]
    return header, records[1:]
