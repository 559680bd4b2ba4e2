"""Tests for attachment checks by content: what residents upload, what staff get to open."""

from __future__ import annotations

import io
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from madoguchi.applications.content_types import (
    KINDS,
    MAX_FILENAME_LENGTH,
    POLYGLOT_WINDOW,
    FileKind,
    UploadRejected,
    check_upload,
    safe_filename,
    sniff,
)

MB = 1024 * 1024
ALL_KINDS = tuple(KINDS)

# --------------------------------------------------------------------------------------------
# Minimal real files
# --------------------------------------------------------------------------------------------


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def make_png() -> bytes:
    """A real 1×1 white RGB PNG."""
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", pixels)
        + _png_chunk(b"IEND", b"")
    )


def make_jpeg() -> bytes:
    return (
        b"\xff\xd8\xff\xe0"
        + struct.pack(">H", 16)
        + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    )


def make_gif() -> bytes:
    return b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"


def make_webp() -> bytes:
    body = b"WEBPVP8L" + struct.pack("<I", 5) + b"\x2f\x00\x00\x00\x00\x00"
    return b"RIFF" + struct.pack("<I", len(body)) + body


def make_heic(brand: bytes = b"heic") -> bytes:
    ftyp = b"ftyp" + brand + b"\x00\x00\x00\x00" + b"mif1heic"
    return struct.pack(">I", len(ftyp) + 4) + ftyp + b"\x00\x00\x00\x08mdat"


def make_tiff(big_endian: bool = False) -> bytes:
    if big_endian:
        return b"MM\x00*" + struct.pack(">I", 8) + b"\x00\x00"
    return b"II*\x00" + struct.pack("<I", 8) + b"\x00\x00"


def make_pdf(body: bytes = b"") -> bytes:
    """A small, well-formed one-page PDF; ``body`` is spliced into the catalog dictionary."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + body + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def make_pdf_with_object_stream(
    objects: bytes, *, compress: bool = True, extra: bytes = b""
) -> bytes:
    """A PDF 1.5 file whose catalog lives in a (by default Flate-compressed) object stream."""
    header = b"1 0 "
    content = header + objects
    data = zlib.compress(content) if compress else content
    filter_entry = b"/Filter /FlateDecode " if compress else b""
    return (
        b"%PDF-1.7\n"
        + b"2 0 obj\n<< /Type /ObjStm /N 1 /First %d " % len(header)
        + filter_entry
        + extra
        + b"/Length %d >>\nstream\n" % len(data)
        + data
        + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


def make_zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


CONTENT_TYPES_XML = b'<?xml version="1.0"?><Types xmlns="urn:x"/>'


def make_docx(extra: dict[str, bytes] | None = None) -> bytes:
    return make_zip(
        {
            "[Content_Types].xml": CONTENT_TYPES_XML,
            "word/document.xml": b"<w:document/>",
            **(extra or {}),
        }
    )


def make_xlsx() -> bytes:
    return make_zip({"[Content_Types].xml": CONTENT_TYPES_XML, "xl/workbook.xml": b"<workbook/>"})


BUILDERS: dict[str, Callable[[], bytes]] = {
    "pdf": make_pdf,
    "jpeg": make_jpeg,
    "png": make_png,
    "gif": make_gif,
    "webp": make_webp,
    "heic": make_heic,
    "tiff": make_tiff,
    "docx": make_docx,
    "xlsx": make_xlsx,
}


def rejection(
    data: bytes, allowed: tuple[str, ...] = ALL_KINDS, max_bytes: int = 10 * MB
) -> UploadRejected:
    with pytest.raises(UploadRejected) as info:
        check_upload(name="upload.bin", data=data, allowed=allowed, max_bytes=max_bytes)
    return info.value


# --------------------------------------------------------------------------------------------
# sniff
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind_id", sorted(BUILDERS))
def test_sniff_recognises_each_supported_kind(kind_id: str) -> None:
    # given a minimal real file of that kind
    data = BUILDERS[kind_id]()

    # when sniffing it
    kind = sniff(data)

    # then the kind is recognised from the bytes
    assert kind is KINDS[kind_id]


def test_every_kind_has_a_builder_and_dotted_extensions() -> None:
    # given the registry of kinds
    kinds = list(KINDS.values())

    # when comparing with what the tests can build
    ids = {kind.id for kind in kinds}

    # then every kind is exercised, keys match ids, extensions look like ".ext"
    assert ids == set(BUILDERS)
    assert all(KINDS[kind.id] is kind for kind in kinds)
    assert all(ext.startswith(".") and ext == ext.lower() for k in kinds for ext in k.extensions)
    assert "txt" not in KINDS and "csv" not in KINDS


@pytest.mark.parametrize("brand", [b"heic", b"heix", b"mif1", b"msf1", b"hevc"])
def test_sniff_accepts_the_heif_brands_iphones_write(brand: bytes) -> None:
    # given an ISO BMFF file whose ftyp box names a HEIF brand
    data = make_heic(brand)

    # when sniffing it
    kind = sniff(data)

    # then it is a HEIC photo
    assert kind is KINDS["heic"]


def test_sniff_recognises_big_endian_tiff() -> None:
    # given a Motorola-order TIFF header
    data = make_tiff(big_endian=True)

    # when sniffing it / then it is a TIFF
    assert sniff(data) is KINDS["tiff"]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="empty"),
        pytest.param("氏名,住所\r\n山田太郎,東京都\r\n".encode(), id="csv"),
        pytest.param(b"just some text\n", id="text"),
        pytest.param(b"<!DOCTYPE html><html><script>alert(1)</script>", id="html"),
        pytest.param(b'<svg xmlns="http://www.w3.org/2000/svg"/>', id="svg"),
        pytest.param(b"\x00\x00\x00\x18ftypavif\x00\x00\x00\x00mif1avif", id="avif"),
        pytest.param(b"\x00\x00\x00\x18ftypisom\x00\x00\x00\x00isomiso2", id="mp4"),
        pytest.param(b"RIFF\x24\x00\x00\x00WAVEfmt ", id="wav"),
        pytest.param(b"MZ\x90\x00\x03\x00\x00\x00", id="exe"),
    ],
)
def test_sniff_rejects_what_is_not_a_supported_kind(data: bytes) -> None:
    # given bytes of an unsupported format
    # when sniffing them
    kind = sniff(data)

    # then no kind is recognised
    assert kind is None


def test_plain_zip_is_not_an_office_document() -> None:
    # given a ZIP that is not a Word or Excel file, and a ZIP header with a broken archive
    plain = make_zip({"readme.txt": b"hello", "word/other.xml": b"<x/>"})
    broken = b"PK\x03\x04" + b"\x00" * 40

    # when sniffing them
    kinds = (sniff(plain), sniff(broken))

    # then neither is accepted
    assert kinds == (None, None)


def test_office_main_part_decides_between_word_and_excel() -> None:
    # given a docx and an xlsx built the same way
    docx, xlsx = make_docx(), make_xlsx()

    # when sniffing them
    kinds = (sniff(docx), sniff(xlsx))

    # then the central directory tells them apart
    assert kinds == (KINDS["docx"], KINDS["xlsx"])


@given(st.binary(max_size=2048))
def test_sniff_never_raises_on_arbitrary_bytes(data: bytes) -> None:
    # given arbitrary bytes / when sniffing them
    kind = sniff(data)

    # then the result is a known kind or None
    assert kind is None or KINDS[kind.id] is kind


@given(
    st.sampled_from([b"PK\x03\x04", b"%PDF-", b"\x89PNG\r\n\x1a\n", b"RIFF", b"II*\x00", b""]),
    st.binary(max_size=2048),
)
def test_sniff_and_check_never_raise_unexpectedly_on_plausible_prefixes(
    prefix: bytes, rest: bytes
) -> None:
    # given bytes that start like a supported format and continue with garbage
    data = prefix + rest

    # when checking them as an upload
    try:
        kind: FileKind | None = check_upload(
            name="x", data=data, allowed=ALL_KINDS, max_bytes=10 * MB
        )
    except UploadRejected as rejected:
        kind = None
        code = rejected.code
    else:
        code = "accepted"

    # then the only outcomes are acceptance with a known kind or a coded rejection
    assert code in {"accepted", "empty", "unknown_type", "active_content"}
    assert kind is None or kind is sniff(data)


# --------------------------------------------------------------------------------------------
# check_upload
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind_id", sorted(BUILDERS))
def test_check_upload_accepts_each_clean_file(kind_id: str) -> None:
    # given a clean file of each kind, allowed here
    data = BUILDERS[kind_id]()

    # when checking the upload
    kind = check_upload(name="書類", data=data, allowed=[kind_id], max_bytes=MB)

    # then it is accepted as that kind
    assert kind.id == kind_id


def test_empty_file_is_rejected() -> None:
    # given zero bytes / when checking / then the code is "empty"
    assert rejection(b"").code == "empty"


def test_size_limit_is_inclusive_at_the_exact_boundary() -> None:
    # given a PNG padded to exactly the limit, and one byte more
    limit = 10 * MB
    png = make_png()
    at_limit = png + b"\x00" * (limit - len(png))
    over_limit = at_limit + b"\x00"

    # when checking both
    accepted = check_upload(name="a.png", data=at_limit, allowed=["png"], max_bytes=limit)
    rejected = rejection(over_limit, allowed=("png",), max_bytes=limit)

    # then the exact size passes; one byte over fails and reads as over the limit
    assert accepted.id == "png"
    assert rejected.code == "too_large"
    assert rejected.params == {"size_mb": "10.1", "limit_mb": "10.0"}
    assert rejected.render() == "The file is 10.1 MB; files may be at most 10.0 MB."


def test_too_large_is_reported_before_the_content_is_looked_at() -> None:
    # given a large file that is not even a supported type
    data = b"x" * (2 * MB)

    # when checking it against a half-megabyte limit
    rejected = rejection(data, max_bytes=MB // 2)

    # then size is what the resident hears about (with 1-decimal MB params)
    assert rejected.code == "too_large"
    assert rejected.params == {"size_mb": "2.0", "limit_mb": "0.5"}


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"name,address\r\nTaro,Tokyo\r\n", id="csv"),
        pytest.param(make_zip({"a.txt": b"hello"}), id="plain-zip"),
        pytest.param(b"\x00" * 100, id="zeros"),
    ],
)
def test_unknown_content_is_rejected(data: bytes) -> None:
    # given content that is none of the supported kinds
    # when checking it
    rejected = rejection(data)

    # then the code is "unknown_type"
    assert rejected.code == "unknown_type"


def test_known_but_not_allowed_type_lists_the_allowed_extensions() -> None:
    # given a real PNG where only PDF and JPEG are allowed
    data = make_png()

    # when checking it
    rejected = rejection(data, allowed=("pdf", "jpeg"))

    # then the code says so and lists the extensions in the allowed order
    assert rejected.code == "type_not_allowed"
    assert rejected.params == {"allowed": ".pdf, .jpg, .jpeg"}
    assert ".pdf, .jpg, .jpeg" in rejected.render()


def test_renamed_file_is_judged_by_content() -> None:
    # given a PNG the resident renamed to .jpg
    data = make_png()

    # when checking it with JPEG and PNG allowed
    kind = check_upload(name="写真.jpg", data=data, allowed=["jpeg", "png"], max_bytes=MB)

    # then it is stored as what it really is
    assert kind is KINDS["png"]


def test_renamed_file_of_a_disallowed_type_is_still_refused() -> None:
    # given a PNG renamed to .pdf where only PDF is allowed
    data = make_png()

    # when checking it
    with pytest.raises(UploadRejected) as info:
        check_upload(name="申請書.pdf", data=data, allowed=["pdf"], max_bytes=MB)

    # then the name does not help it through
    assert info.value.code == "type_not_allowed"


def test_unknown_kind_in_allowed_is_a_configuration_error() -> None:
    # given a procedure that allows "txt", which is not a supported kind
    data = make_pdf()

    # when checking an upload / then the misconfiguration is loud
    with pytest.raises(ValueError, match="txt"):
        check_upload(name="a.pdf", data=data, allowed=["pdf", "txt"], max_bytes=MB)


# --------------------------------------------------------------------------------------------
# Active content
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >>", id="javascript"),
        pytest.param(b"/OpenAction << /JS (app.alert(1)) >>", id="js"),
        pytest.param(b"/OpenAction << /S /Launch /F (cmd.exe) >>", id="launch"),
        pytest.param(b"/Names << /EmbeddedFiles 4 0 R >>", id="embedded-files"),
        pytest.param(b"/X << /Type /EmbeddedFile >>", id="embedded-file"),
        pytest.param(b"/OpenAction << /S /J#61vaScript /J#53 (x) >>", id="hex-escaped"),
        pytest.param(b"/AA<</O<</S/Launch/F(x)>>>>", id="no-whitespace"),
    ],
)
def test_pdf_with_active_content_is_rejected(body: bytes) -> None:
    # given a PDF whose catalog carries a script, launch action or embedded file
    data = make_pdf(body)

    # when checking it
    rejected = rejection(data, allowed=("pdf",))

    # then staff never get it to preview
    assert rejected.code == "active_content"


def test_pdf_names_that_merely_start_like_active_ones_are_accepted() -> None:
    # given a PDF with names /JSON and /Launcher, which are not /JS or /Launch
    data = make_pdf(b"/JSON (x) /Launcher (y)")

    # when checking it
    kind = check_upload(name="a.pdf", data=data, allowed=["pdf"], max_bytes=MB)

    # then it is accepted
    assert kind is KINDS["pdf"]


def test_script_hidden_in_a_compressed_object_stream_is_found() -> None:
    # given a PDF 1.5 file whose catalog, in a Flate object stream, opens with JavaScript
    data = make_pdf_with_object_stream(b"<< /Type /Catalog /OpenAction << /S /JavaScript >> >>")

    # when checking it
    rejected = rejection(data, allowed=("pdf",))

    # then the object stream was inflated and inspected
    assert rejected.code == "active_content"


@pytest.mark.parametrize("compress", [True, False])
def test_clean_object_streams_are_accepted(compress: bool) -> None:
    # given a PDF 1.5 file with a harmless object stream, compressed or stored
    data = make_pdf_with_object_stream(b"<< /Type /Catalog /Pages 3 0 R >>", compress=compress)

    # when checking it
    kind = check_upload(name="a.pdf", data=data, allowed=["pdf"], max_bytes=MB)

    # then it is accepted
    assert kind is KINDS["pdf"]


def test_object_stream_that_cannot_be_inspected_is_rejected() -> None:
    # given a PDF whose object stream is hex-encoded, a filter this module does not undo
    objects = b"1 0 << /Type /Catalog /OpenAction << /S /JavaScript >> >>"
    data = (
        b"%PDF-1.7\n2 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /ASCIIHexDecode >>\nstream\n"
        + objects.hex(" ").encode()
        + b">\nendstream\nendobj\n"
    )

    # when checking it
    rejected = rejection(data, allowed=("pdf",))

    # then it fails closed
    assert rejected.code == "active_content"


def test_encrypted_looking_object_stream_is_rejected() -> None:
    # given a PDF whose object stream bytes are neither Flate data nor plain objects
    data = b"%PDF-1.7\n2 0 obj\n<< /Type /ObjStm /N 1 >>\nstream\n\x8f\x12\xa0\x00\nendstream\n"

    # when checking it
    rejected = rejection(data, allowed=("pdf",))

    # then it fails closed
    assert rejected.code == "active_content"


def test_decompression_bomb_in_an_object_stream_is_rejected() -> None:
    # given an object stream that inflates far beyond the budget
    bomb = zlib.compress(b"1 0 " + b" " * (80 * MB), 9)
    data = b"%PDF-1.7\n2 0 obj\n<< /Type /ObjStm >>\nstream\n" + bomb + b"\nendstream\n"

    # when checking it
    rejected = rejection(data, allowed=("pdf",))

    # then it is refused without inflating it all
    assert rejected.code == "active_content"


@pytest.mark.parametrize("marker", [b"<script>alert(1)</script>", b"<html>", b"<!DOCTYPE html>"])
def test_polyglot_image_with_html_near_the_start_is_rejected(marker: bytes) -> None:
    # given a real PNG with HTML in a text chunk within the first kilobyte
    png = make_png()
    data = png[:33] + _png_chunk(b"tEXt", b"Comment\x00" + marker) + png[33:]

    # when checking it
    rejected = rejection(data, allowed=("png",))

    # then a browser sniffing it as HTML never gets the chance
    assert rejected.code == "active_content"


def test_html_markup_is_matched_case_insensitively_in_gif() -> None:
    # given a GIF whose comment holds upper-case HTML
    data = make_gif()[:-1] + b"\x21\xfe\x0e<SCRIPT SRC=x>\x00;"

    # when checking it
    rejected = rejection(data, allowed=("gif",))

    # then it is rejected
    assert rejected.code == "active_content"


def test_markup_beyond_the_sniffing_window_is_not_a_polyglot() -> None:
    # given a PNG whose bytes contain "<script" only after the first kilobyte
    png = make_png()
    padding = _png_chunk(b"tEXt", b"Comment\x00" + b"." * POLYGLOT_WINDOW)
    data = png[:33] + padding + _png_chunk(b"tEXt", b"c\x00<script>") + png[33:]

    # when checking it
    kind = check_upload(name="a.png", data=data, allowed=["png"], max_bytes=MB)

    # then it is accepted as a PNG
    assert kind is KINDS["png"]


def test_word_file_with_macros_is_rejected() -> None:
    # given a .docx that carries a VBA project (a renamed .docm)
    data = make_docx({"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"})

    # when checking it
    rejected = rejection(data, allowed=("docx",))

    # then macros never reach staff
    assert rejected.code == "active_content"


# --------------------------------------------------------------------------------------------
# safe_filename
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("住民票.pdf", "住民票.pdf"),
        ("C:\\Users\\taro\\Desktop\\住民票.pdf", "住民票.pdf"),
        ("../../etc/passwd", "passwd"),
        ("か\u3099いこく.png", "がいこく.png"),
        ("bad\x00na\x1fme\x7f.jpg", "badname.jpg"),
        ("photo\u202egpj.exe", "photogpj.exe"),
        ("  申請書.docx  ", "申請書.docx"),
        ("", "file"),
        ("..", "file"),
        ("dir/", "file"),
        ("\x00\x01", "file"),
    ],
)
def test_safe_filename_examples(raw: str, expected: str) -> None:
    # given a name as a browser might send it
    # when making it safe for display
    name = safe_filename(raw)

    # then it is the expected display name
    assert name == expected


def test_safe_filename_truncates_long_names_keeping_the_extension() -> None:
    # given a very long Japanese file name
    raw = "申請" * 100 + ".pdf"

    # when making it safe
    name = safe_filename(raw)

    # then it is exactly the maximum length and still ends in .pdf
    assert len(name) == MAX_FILENAME_LENGTH
    assert name == "申請" * 58 + ".pdf"


def test_safe_filename_treats_an_absurd_extension_as_part_of_the_name() -> None:
    # given a long name whose "extension" is itself very long
    raw = "a." + "b" * 300

    # when making it safe
    name = safe_filename(raw)

    # then it is simply cut at the maximum length
    assert name == ("a." + "b" * 300)[:MAX_FILENAME_LENGTH]


@given(st.text(max_size=400))
def test_safe_filename_is_always_displayable(raw: str) -> None:
    # given any string / when making it safe
    name = safe_filename(raw)

    # then it is non-empty, short, without separators or control characters
    assert name
    assert len(name) <= MAX_FILENAME_LENGTH
    assert "/" not in name and "\\" not in name
    assert not any(unicodedata.category(char) in {"Cc", "Cs"} for char in name)
    assert "\u202e" not in name
