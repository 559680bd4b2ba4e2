"""Which attachments residents may upload, decided by the file's content.

Residents attach scans, photos and office documents to applications; staff then open them in
the back office. This module decides, from the uploaded bytes alone, what a file *is*
(:func:`sniff`) and whether it may be accepted (:func:`check_upload`). It also produces the
display name to keep for a file (:func:`safe_filename`).

What it must never do:

* trust the file name or the browser's ``Content-Type``: a renamed file is judged by its bytes,
  and the stored kind always comes from the content;
* accept plain text, CSV, HTML, SVG or bare ZIP archives: they are too easy to smuggle content in;
* import Django, touch the file system or the network, or execute anything it inspects (ZIP
  archives are only listed, never extracted; PDF streams are only inflated into memory, with a
  hard budget).

The checks for active content are a screen, not a sanitiser: the staff preview must still render
PDFs with scripting disabled and serve attachments with ``Content-Disposition: attachment`` and
``X-Content-Type-Options: nosniff``.

Error messages follow :class:`madoguchi.formengine.fields.FieldError`: an untranslated English
``%``-format template plus ``params``, translated by the web layer.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from madoguchi.formengine.fields import FieldError

__all__ = [
    "KINDS",
    "FileKind",
    "UploadRejected",
    "check_upload",
    "safe_filename",
    "sniff",
]


@dataclass(frozen=True, slots=True)
class FileKind:
    """One accepted kind of attachment. ``extensions`` are lower case with a leading dot, the
    preferred one first."""

    id: str
    mime: str
    extensions: tuple[str, ...]
    label_en: str


KINDS: Mapping[str, FileKind] = {
    kind.id: kind
    for kind in (
        FileKind("pdf", "application/pdf", (".pdf",), "PDF document"),
        FileKind("jpeg", "image/jpeg", (".jpg", ".jpeg"), "JPEG image"),
        FileKind("png", "image/png", (".png",), "PNG image"),
        FileKind("gif", "image/gif", (".gif",), "GIF image"),
        FileKind("webp", "image/webp", (".webp",), "WebP image"),
        FileKind("heic", "image/heic", (".heic", ".heif"), "HEIC image (iPhone photo)"),
        FileKind("tiff", "image/tiff", (".tif", ".tiff"), "TIFF image"),
        FileKind(
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            (".docx",),
            "Word document",
        ),
        FileKind(
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            (".xlsx",),
            "Excel workbook",
        ),
    )
}
"""Every kind :func:`sniff` can recognise, by id. Text formats (``txt``, ``csv``) are deliberately
absent."""


class UploadRejected(FieldError):
    """A resident-facing reason why an attachment was refused: the same shape as a field's
    validation error (``code``, an untranslated English ``message`` template, ``params``).

    ``code`` is one of ``empty``, ``too_large``, ``unknown_type``, ``type_not_allowed`` and
    ``active_content`` here; the upload service adds ``max_files`` and ``total_too_large``.
    """

    def __repr__(self) -> str:
        return f"UploadRejected(code={self.code!r}, message={self.render()!r})"


# ---------------------------------------------------------------------------------------------
# Sniffing
# ---------------------------------------------------------------------------------------------

_HEIF_BRANDS = frozenset(
    {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs", b"mif1", b"msf1"}
)
_ZIP_MAGIC = b"PK\x03\x04"
_OOXML_MAIN_PART = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}


def _zip_names(data: bytes) -> list[str] | None:
    """The entry names of a ZIP archive's central directory, or None when it is not one.

    Only the directory is read; nothing is extracted.
    """
    if not data.startswith(_ZIP_MAGIC):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        return None


def _ooxml_kind(data: bytes) -> str | None:
    names = _zip_names(data)
    if names is None:
        return None
    present = set(names)
    for kind_id, main_part in _OOXML_MAIN_PART.items():
        if main_part in present:
            return kind_id
    return None


_MAGIC: tuple[tuple[str, Callable[[bytes], bool]], ...] = (
    ("pdf", lambda d: d.startswith(b"%PDF-")),
    ("jpeg", lambda d: d.startswith(b"\xff\xd8\xff")),
    ("png", lambda d: d.startswith(b"\x89PNG\r\n\x1a\n")),
    ("gif", lambda d: d.startswith((b"GIF87a", b"GIF89a"))),
    ("webp", lambda d: d.startswith(b"RIFF") and d[8:12] == b"WEBP"),
    ("heic", lambda d: d[4:8] == b"ftyp" and d[8:12] in _HEIF_BRANDS),
    ("tiff", lambda d: d.startswith((b"II*\x00", b"MM\x00*"))),
)


def sniff(data: bytes) -> FileKind | None:
    """The kind of file ``data`` is, judged from its leading bytes (for Word and Excel files,
    from the ZIP central directory), or None when it is none of :data:`KINDS`.

    Never raises, whatever the bytes.
    """
    for kind_id, matches in _MAGIC:
        if matches(data):
            return KINDS[kind_id]
    ooxml = _ooxml_kind(data)
    return KINDS[ooxml] if ooxml is not None else None


# ---------------------------------------------------------------------------------------------
# Active content
# ---------------------------------------------------------------------------------------------

POLYGLOT_WINDOW = 1024
"""How many leading bytes are searched for HTML markup (browsers that sniff look there)."""

_HTML_MARKUP = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|script|iframe|svg|style|title|table|font)[\s/>]",
    re.IGNORECASE,
)

# A PDF name: "/" then regular characters (PDF 32000-1 §7.2.2, §7.3.5); "#xx" escapes are decoded
# before comparing, so "/J#61vaScript" is caught as "/JavaScript".
_PDF_NAME = re.compile(rb"/([^\x00\t\n\x0c\r ()<>\[\]{}/%]*)")
_PDF_HEX_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_PDF_OBJSTM_CANDIDATE = re.compile(rb"/((?:O|#4[Ff])[^\x00\t\n\x0c\r ()<>\[\]{}/%]*)")
_PDF_ACTIVE_NAMES = frozenset({b"JavaScript", b"JS", b"Launch", b"EmbeddedFile", b"EmbeddedFiles"})
# Filters this module cannot undo: an object stream encoded with them cannot be inspected.
_PDF_OPAQUE_FILTERS = frozenset(
    {
        b"ASCIIHexDecode",
        b"ASCII85Decode",
        b"LZWDecode",
        b"RunLengthDecode",
        b"Crypt",
        b"AHx",
        b"A85",
        b"LZW",
        b"RL",
    }
)
_PDF_STREAM_KEYWORD = re.compile(rb"(?<![A-Za-z])stream(?:\r\n|\n|\r)")
_PDF_OBJSTM_HEADER = re.compile(rb"\A[\x00\t\n\x0c\r ]*\d+[\x00\t\n\x0c\r ]+\d+")
PDF_INFLATE_BUDGET = 64 * 1024 * 1024
"""Most bytes inflated from a PDF's object streams; a PDF needing more is refused unchecked."""


class _Uninspectable(Exception):
    """A PDF whose object streams cannot be inspected within the rules (fail closed)."""


def _decode_name(name: bytes) -> bytes:
    if b"#" not in name:
        return name
    return _PDF_HEX_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), name)


def _pdf_names(data: bytes) -> set[bytes]:
    """Every distinct name token in ``data``, ``#xx`` escapes decoded."""
    return {_decode_name(name) for name in set(_PDF_NAME.findall(data))}


def _pdf_objstm_offsets(data: bytes) -> list[int]:
    """Offsets of the ``/ObjStm`` names (however escaped) in ``data``, in file order."""
    return [
        match.start()
        for match in _PDF_OBJSTM_CANDIDATE.finditer(data)
        if _decode_name(match.group(1)) == b"ObjStm"
    ]


def _inflate_object_stream(data: bytes, start: int, budget: int) -> bytes:
    """The decoded content of the object stream whose data begins at ``start``."""
    end = data.find(b"endstream", start)
    first = memoryview(data)[start : end if end >= 0 else len(data)]
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(first, budget + 1)
        if not inflater.eof and len(out) <= budget and end >= 0:
            out += inflater.decompress(memoryview(data)[end:], budget + 1 - len(out))
    except zlib.error:
        if _PDF_OBJSTM_HEADER.match(first[:64].tobytes()):
            return b""  # stored uncompressed: already covered by the scan of the raw bytes
        raise _Uninspectable from None
    if len(out) > budget:
        raise _Uninspectable
    if not _PDF_OBJSTM_HEADER.match(out[:64]):
        # Not an object stream after inflating: a predictor, an encrypted stream, or a
        # misleading "stream" keyword inside a string. Refuse rather than guess.
        raise _Uninspectable
    return out


def _pdf_has_active_content(data: bytes) -> bool:
    """Whether a PDF names JavaScript, launch actions or embedded files, in its top-level bytes
    or inside its (Flate-compressed) object streams, or hides object streams behind encodings
    this module cannot undo."""
    seen = _pdf_names(data)
    if seen & _PDF_ACTIVE_NAMES:
        return True
    if b"ObjStm" not in seen:
        return False
    stream_starts: set[int] = set()
    keyword: re.Match[bytes] | None = None
    for offset in _pdf_objstm_offsets(data):  # in file order: one search serves many names
        if keyword is None or keyword.start() < offset:
            keyword = _PDF_STREAM_KEYWORD.search(data, offset)
        if keyword is None:
            return True
        stream_starts.add(keyword.end())
    budget = PDF_INFLATE_BUDGET
    try:
        for start in sorted(stream_starts):
            content = _inflate_object_stream(data, start, budget)
            budget -= len(content)
            seen |= _pdf_names(content)
    except _Uninspectable:
        return True
    return bool(seen & (_PDF_ACTIVE_NAMES | _PDF_OPAQUE_FILTERS))


def _ooxml_has_macros(data: bytes) -> bool:
    names = _zip_names(data) or []
    return any(name.lower().endswith("vbaproject.bin") for name in names)


def _has_active_content(kind: FileKind, data: bytes) -> bool:
    if _HTML_MARKUP.search(data, 0, POLYGLOT_WINDOW):
        return True
    if kind.id == "pdf":
        return _pdf_has_active_content(data)
    if kind.id in _OOXML_MAIN_PART:
        return _ooxml_has_macros(data)
    return False


# ---------------------------------------------------------------------------------------------
# Upload checks
# ---------------------------------------------------------------------------------------------

_MB = 1024 * 1024
"""Limits are shown in MB of 1,048,576 bytes, as Windows Explorer shows file sizes."""


def _format_mb(size: int, rounding: Callable[[float], int]) -> str:
    return f"{rounding(size * 10 / _MB) / 10:.1f}"


def check_upload(*, name: str, data: bytes, allowed: Sequence[str], max_bytes: int) -> FileKind:
    """The kind of an uploaded attachment, or :class:`UploadRejected` when it must be refused.

    ``allowed`` lists kind ids from :data:`KINDS` (an unknown id is a configuration error and
    raises ``ValueError``). ``max_bytes`` is inclusive. ``name`` is what the resident's browser
    sent; it never influences the decision: a PNG renamed to ``.jpg`` is accepted as a PNG.

    In the ``too_large`` message the limit is rounded down and the size up, so a file one byte
    over the limit never reads as "10.0 MB; the limit is 10.0 MB".
    """
    del name  # judged by content only; the parameter documents that the name was considered
    unknown_ids = [kind_id for kind_id in allowed if kind_id not in KINDS]
    if unknown_ids:
        raise ValueError(f"unknown attachment kinds in allowed: {unknown_ids!r}")
    if not data:
        raise UploadRejected("empty", "The file is empty.")
    if len(data) > max_bytes:
        raise UploadRejected(
            "too_large",
            "The file is %(size_mb)s MB; files may be at most %(limit_mb)s MB.",
            {
                "size_mb": _format_mb(len(data), math.ceil),
                "limit_mb": _format_mb(max_bytes, math.floor),
            },
        )
    kind = sniff(data)
    if kind is None:
        raise UploadRejected(
            "unknown_type", "This type of file cannot be accepted, or the file is damaged."
        )
    if kind.id not in allowed:
        extensions = dict.fromkeys(ext for kind_id in allowed for ext in KINDS[kind_id].extensions)
        raise UploadRejected(
            "type_not_allowed",
            "Files of this type cannot be attached here. Accepted types: %(allowed)s.",
            {"allowed": ", ".join(extensions)},
        )
    if _has_active_content(kind, data):
        raise UploadRejected(
            "active_content",
            "The file contains scripts, embedded files or other active content and cannot be "
            "accepted. Please save or print it as a plain document or image and try again.",
        )
    return kind


# ---------------------------------------------------------------------------------------------
# Display names
# ---------------------------------------------------------------------------------------------

MAX_FILENAME_LENGTH = 120
_MAX_EXTENSION_LENGTH = 16
_FALLBACK_FILENAME = "file"
# Bidirectional controls turn "photo\u202egpj.exe" into what looks like "photoexe.jpg".
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def _is_removed(char: str) -> bool:
    return unicodedata.category(char) in {"Cc", "Cs"} or char in _BIDI_CONTROLS


def safe_filename(name: str) -> str:
    """The name to *display* for an uploaded file: NFC, without directories, control characters
    or bidirectional overrides, at most :data:`MAX_FILENAME_LENGTH` characters with the extension
    kept, never empty. Storage uses random names; never build a path from this.
    """
    text = unicodedata.normalize("NFC", name)
    text = re.split(r"[/\\]", text)[-1]
    text = "".join(char for char in text if not _is_removed(char)).strip()
    if text in {"", ".", ".."}:
        return _FALLBACK_FILENAME
    if len(text) <= MAX_FILENAME_LENGTH:
        return text
    stem, dot, extension = text.rpartition(".")
    if not dot or not stem or len(extension) + 1 > _MAX_EXTENSION_LENGTH:
        return text[:MAX_FILENAME_LENGTH].rstrip() or _FALLBACK_FILENAME
    suffix = f".{extension}"
    return stem[: MAX_FILENAME_LENGTH - len(suffix)].rstrip() + suffix
