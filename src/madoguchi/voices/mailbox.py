"""Email intake: residents' voices that arrive by mail at the city's voice address.

``mail_intake(source=...)`` reads every message a :class:`MailSource` offers and turns it into
a voice through ``services.voice_submit(channel="email", ...)``:

* the text is the ``text/plain`` part, else the ``text/html`` part reduced to text, decoded from
  whatever charset the mailer used (ISO-2022-JP, Shift_JIS/CP932 and EUC-JP included; an
  ISO-2022-JP message with Windows characters such as ① is decoded through CP932); quoted lines
  (``>``), the attribution line above them, an Outlook "Original Message" block and the
  signature (after a ``-- `` line) are removed, and the subject is put in front
  (``件名: …``);
* up to three JPEG/PNG images become the voice's photos (if they are refused, the voice is
  saved without them and the report says so);
* the sender's address and display name become the contact, the Message-ID the intake key (a
  message without one is keyed by ``sha256:`` and the hash of its bytes), the Date header the
  time received (when it is plausible: not in the future, not older than 90 days) and the
  message as received is stored with the voice.

Reading a message twice never makes two voices: ``voice_submit`` returns the voice already
saved for a Message-ID, and the report counts it as a duplicate. Automatic mail (auto-replies,
bounces, bulk mail) is skipped. A message that cannot be read, or says nothing, is reported as
an error under its key and the run goes on with the next one.

The report holds counts and mailbox keys only; no sender, subject or text ever goes into it or
into the log.

Sources: :class:`MaildirSource` and :class:`MboxSource` read a local mailbox and leave it
unchanged (each run reads every message again; the Message-ID makes that harmless).
:class:`ImapSource` is the production path: it reads the UNSEEN messages of a folder without
marking them, and flags each one ``\\Seen`` only once its voice is saved (or it was a duplicate
or skipped); a message that failed stays unseen, so it is retried on the next run and a person
can look at it in a mail client. ``ImapSource`` is a thin adapter over :mod:`imaplib` and is
**not tested here** (there is no IMAP server in the test environment); everything after the
bytes are fetched is shared with the tested Maildir and mbox sources.
"""

from __future__ import annotations

import contextlib
import email
import email.errors
import email.header
import email.policy
import email.utils
import hashlib
import imaplib
import logging
import mailbox
import re
import ssl as ssl_module
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage, Message
from html.parser import HTMLParser
from pathlib import Path
from typing import Protocol

from django.utils import timezone

from madoguchi.voices import services
from madoguchi.voices.models import Voice

log = logging.getLogger(__name__)

MAX_PHOTOS = services.MAX_PHOTOS
MAX_MESSAGE_BYTES = 40_000_000
"""Larger messages are reported as errors rather than read into memory and stored."""
MAX_DATE_AGE = timedelta(days=90)
"""A Date header older than this (or in the future) is not believed; the time read is used."""
MAX_MESSAGE_ID = 250
SUBJECT_LABEL = "件名: "
SHORTENED_MARK = "\n\n…（長文のため以下省略。全文は受信したメールの原本にあります）"
PHOTO_TYPES = {"image/jpeg": "jpg", "image/jpg": "jpg", "image/pjpeg": "jpg", "image/png": "png"}


class MailSourceError(Exception):
    """The mailbox itself cannot be opened or read (not one message: the whole source)."""


# --- Sources -------------------------------------------------------------------------------------


class MailSource(Protocol):
    """Where mail comes from. ``keys()`` lists the messages to read, ``fetch`` returns one
    message's bytes as received, ``mark_processed`` is called once a message needs no more
    reading (its voice is saved, it was a duplicate, or it was skipped); never after an error.
    """

    def keys(self) -> list[str]: ...

    def fetch(self, key: str) -> bytes: ...

    def mark_processed(self, key: str) -> None: ...

    def close(self) -> None: ...


class MaildirSource:
    """A local Maildir (``new`` and ``cur``), read and left unchanged."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._box: mailbox.Maildir | None = None

    def _open(self) -> mailbox.Maildir:
        if self._box is None:
            if not (self.path / "new").is_dir() or not (self.path / "cur").is_dir():
                raise MailSourceError(f"{self.path} is not a Maildir (no new/ and cur/)")
            self._box = mailbox.Maildir(self.path, factory=None, create=False)
        return self._box

    def keys(self) -> list[str]:
        return sorted(self._open().iterkeys())

    def fetch(self, key: str) -> bytes:
        return self._open().get_bytes(key)

    def mark_processed(self, key: str) -> None:
        """Nothing: the Maildir is only read."""

    def close(self) -> None:
        self._box = None


class MboxSource:
    """A local mbox file, read and left unchanged."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._box: mailbox.mbox | None = None
        self._keys: dict[str, str] = {}

    def _open(self) -> mailbox.mbox:
        if self._box is None:
            if not self.path.is_file():
                raise MailSourceError(f"{self.path} is not an mbox file")
            self._box = mailbox.mbox(self.path, factory=None, create=False)
        return self._box

    def keys(self) -> list[str]:
        # mailbox.mbox numbers its messages (int keys, whatever the stubs say).
        self._keys = {str(key): key for key in self._open().iterkeys()}
        return sorted(self._keys, key=int)

    def fetch(self, key: str) -> bytes:
        return self._open().get_bytes(self._keys[key])

    def mark_processed(self, key: str) -> None:
        """Nothing: the mbox is only read."""

    def close(self) -> None:
        if self._box is not None:
            self._box.close()
            self._box = None


class ImapSource:
    """The UNSEEN messages of an IMAP folder (production). UNTESTED HERE: no IMAP server is
    available to the test suite; keep this class a thin adapter.

    Messages are fetched with ``BODY.PEEK[]`` (the full RFC 822 message, like ``RFC822``, but
    without the implicit ``\\Seen`` flag ``RFC822`` sets), so a message is flagged ``\\Seen``
    only by :meth:`mark_processed`, after its voice is saved. Keys are IMAP UIDs. The folder
    name must be ASCII (modified UTF-7 names are passed through as given). ``ssl=False``
    connects to the plain port and requires STARTTLS: the password never goes in the clear.
    """

    def __init__(
        self,
        host: str,
        port: int | None = None,
        user: str = "",
        password: str = "",
        folder: str = "INBOX",
        ssl: bool = True,
        timeout: float = 60.0,
    ) -> None:
        self.host = host
        self.port = port or (993 if ssl else 143)
        self.user = user
        self.password = password
        self.folder = folder
        self.ssl = ssl
        self.timeout = timeout
        self._conn: imaplib.IMAP4 | None = None

    def _open(self) -> imaplib.IMAP4:
        if self._conn is not None:
            return self._conn
        context = ssl_module.create_default_context()
        try:
            conn: imaplib.IMAP4
            if self.ssl:
                conn = imaplib.IMAP4_SSL(
                    self.host, self.port, ssl_context=context, timeout=self.timeout
                )
            else:
                conn = imaplib.IMAP4(self.host, self.port, timeout=self.timeout)
        except (OSError, imaplib.IMAP4.error) as exc:
            raise MailSourceError(f"IMAP {self.host}:{self.port}: {type(exc).__name__}") from exc
        try:
            if not self.ssl:
                if "STARTTLS" not in conn.capabilities:
                    # Never send the password in the clear.
                    raise MailSourceError(f"IMAP {self.host}:{self.port} offers no STARTTLS")
                conn.starttls(ssl_context=context)
            conn.login(self.user, self.password)
            status, _ = conn.select(_imap_quote(self.folder))
            if status != "OK":
                raise MailSourceError(f"cannot open the IMAP folder {self.folder!r}")
        except (OSError, imaplib.IMAP4.error, MailSourceError) as exc:
            with contextlib.suppress(OSError, imaplib.IMAP4.error):
                conn.logout()
            if isinstance(exc, MailSourceError):
                raise
            raise MailSourceError(f"IMAP {self.host}:{self.port}: {type(exc).__name__}") from exc
        self._conn = conn
        return conn

    def keys(self) -> list[str]:
        conn = self._open()
        try:
            status, data = conn.uid("SEARCH", "UNSEEN")
        except (OSError, imaplib.IMAP4.error) as exc:
            raise MailSourceError(f"IMAP search failed: {type(exc).__name__}") from exc
        if status != "OK" or not data or not data[0]:
            return []
        raw = data[0]
        text = raw.decode("ascii") if isinstance(raw, bytes) else str(raw)
        return text.split()

    def fetch(self, key: str) -> bytes:
        status, data = self._open().uid("FETCH", key, "(BODY.PEEK[])")
        if status != "OK":
            raise MailSourceError(f"IMAP fetch of {key} failed")
        for item in data:
            if isinstance(item, tuple) and len(item) >= 2 and isinstance(item[1], bytes):
                return item[1]
        raise MailSourceError(f"IMAP fetch of {key} returned no message")

    def mark_processed(self, key: str) -> None:
        self._open().uid("STORE", key, "+FLAGS.SILENT", "(\\Seen)")

    def close(self) -> None:
        if self._conn is None:
            return
        conn, self._conn = self._conn, None
        try:
            conn.close()
            conn.logout()
        except (OSError, imaplib.IMAP4.error):
            log.warning("IMAP logout from %s failed", self.host)


def _imap_quote(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --- The report ----------------------------------------------------------------------------------


@dataclass
class IntakeReport:
    """What a run did. ``errors`` and ``notes`` are (mailbox key, message) pairs and never hold
    personal data; ``references`` are the references of the voices created."""

    created: int = 0
    duplicates: int = 0
    skipped: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    references: list[str] = field(default_factory=list)

    @property
    def read(self) -> int:
        return self.created + self.duplicates + self.skipped + len(self.errors)


class MessageRefused(Exception):
    """This message cannot become a voice; the text is safe to report (no personal data)."""


# --- Decoding ------------------------------------------------------------------------------------

_CHARSET_ALIASES = {
    # Japanese mailers say Shift_JIS and mean Windows-31J (CP932, with ① ～ and NEC/IBM kanji).
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "s-jis": "cp932",
    "ms_kanji": "cp932",
    "csshiftjis": "cp932",
    "windows-31j": "cp932",
    "ms932": "cp932",
    "x-euc-jp": "euc_jp",
    "iso-2022-jp-ms": "iso-2022-jp",
    "cp50220": "iso-2022-jp",
    "cp50221": "iso-2022-jp",
    "cp50222": "iso-2022-jp",
    "csiso2022jp": "iso-2022-jp",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "us-ascii": "utf-8",
    "ascii": "utf-8",
}
_FALLBACKS = ("utf-8", "cp932", "euc_jp")


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    name = charset.strip().strip('"').lower()
    return _CHARSET_ALIASES.get(name, name)


def _iso2022jp_via_cp932(data: bytes) -> str:
    """ISO-2022-JP as Outlook and Japanese phones write it (CP50220/ISO-2022-JP-MS): JIS X 0208
    plus the NEC and IBM rows, which Python's iso2022 codecs refuse. Each two-byte JIS
    character is moved to its Shift_JIS position and the whole decoded as CP932."""
    out = bytearray()
    mode = "ascii"
    i = 0
    while i < len(data):
        byte = data[i]
        if byte == 0x1B:
            sequence = data[i + 1 : i + 4]
            if sequence[:2] in (b"(B", b"(J"):
                mode, i = "ascii", i + 3
            elif sequence[:2] == b"(I":
                mode, i = "kana", i + 3
            elif sequence[:2] in (b"$@", b"$B"):
                mode, i = "jis", i + 3
            elif sequence[:3] in (b"$(D", b"$(Q", b"$(O"):
                mode, i = "other", i + 4
            elif sequence[:3] == b"$(B":
                mode, i = "jis", i + 4
            else:
                raise UnicodeDecodeError("iso-2022-jp", data, i, i + 1, "unknown escape")
            continue
        if byte == 0x0E:
            mode, i = "kana", i + 1
            continue
        if byte == 0x0F:
            mode, i = "ascii", i + 1
            continue
        if byte in (0x0A, 0x0D) or mode == "ascii":
            out.append(byte)
            i += 1
            continue
        if mode == "kana":
            out.append(byte + 0x80 if 0x21 <= byte <= 0x5F else byte)
            i += 1
            continue
        if i + 1 >= len(data):
            raise UnicodeDecodeError("iso-2022-jp", data, i, i + 1, "truncated character")
        j1, j2 = byte, data[i + 1]
        i += 2
        if mode == "other" or not (0x21 <= j1 <= 0x7E and 0x21 <= j2 <= 0x7E):
            out += "〓".encode("cp932")
            continue
        s1 = (j1 + 1) // 2 + (0x70 if j1 <= 0x5E else 0xB0)
        s2 = (j2 + 0x1F + (1 if j2 >= 0x60 else 0)) if j1 % 2 else j2 + 0x7E
        out += bytes((s1, s2))
    return out.decode("cp932", errors="replace")


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Text of ``data`` in the declared charset, falling back on the charsets Japanese mail
    uses; never raises (an undecodable byte becomes U+FFFD)."""
    declared = _codec(charset)
    candidates: list[str] = []
    if b"\x1b$" in data and data.isascii():
        # ISO-2022-JP text, whatever the header says (mailers label it us-ascii or nothing).
        candidates.append("iso-2022-jp")
    if declared:
        candidates.append(declared)
    candidates.extend(_FALLBACKS)
    for codec in dict.fromkeys(candidates):
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
        if codec in {"iso-2022-jp", "iso2022_jp", "iso-2022-jp-2", "iso2022_jp_2"}:
            try:
                return _iso2022jp_via_cp932(data)
            except UnicodeDecodeError:
                pass
    try:
        return data.decode(declared or "utf-8", errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def _raw_header(message: Message, name: str) -> str | None:
    for key, value in message.raw_items():
        if key.lower() == name.lower():
            return str(value)
    return None


def header_text(message: Message, name: str) -> str:
    """A header's text, with RFC 2047 words and raw 8-bit bytes decoded like bodies are."""
    raw = _raw_header(message, name)
    if raw is None:
        return ""
    raw = re.sub(r"\r?\n[ \t]+", " ", raw)
    try:
        chunks = email.header.decode_header(raw)
    except (ValueError, email.errors.HeaderParseError):
        chunks = [(raw, None)]
    words: list[str] = []
    for chunk, charset in chunks:
        data = chunk.encode("utf-8", "surrogateescape") if isinstance(chunk, str) else chunk
        words.append(decode_bytes(data, charset))
    return "".join(words).strip()


# --- Text ----------------------------------------------------------------------------------------


class _HtmlText(HTMLParser):
    """The visible text of an HTML body, with line breaks at block ends."""

    BLOCKS = frozenset(
        {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table"}
    )
    HIDDEN = frozenset({"script", "style", "head", "title", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.quoted = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag == "blockquote":
            self.quoted += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "blockquote":
            self.quoted = max(0, self.quoted - 1)
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        text = re.sub(r"[ \t\r\n]+", " ", data)
        if self.quoted:
            # A quoted earlier message in an HTML reply: mark it as quoted text.
            text = text.strip()
            if text:
                self.parts.append("\n> " + text + "\n")
            return
        self.parts.append(text)


def html_to_text(html: str) -> str:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [line.strip() for line in text.split("\n")]
    return "\n".join(lines)


_ATTRIBUTION = re.compile(
    r"((wrote|schrieb|a écrit|書きました|書き込みました|のメッセージ)\s*[:：]?|"
    r"<[^<>\s@]+@[^<>\s]+>\s*[:：])\s*$",
    re.IGNORECASE,
)
_ORIGINAL_MESSAGE = re.compile(
    r"^\s*-{3,}\s*(original message|元のメッセージ|オリジナルメッセージ)\s*-{3,}\s*$",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_body(text: str) -> str:
    """The resident's own words: without quoted earlier mail, its attribution line, an Outlook
    "Original Message" block and the signature."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    kept: list[str] = []
    for line in text.split("\n"):
        if line.rstrip() == "--" or _ORIGINAL_MESSAGE.match(line):
            break
        if line.lstrip().startswith((">", "＞")):
            while kept and not kept[-1].strip():
                kept.pop()
            if kept and _ATTRIBUTION.search(kept[-1]):
                kept.pop()
            continue
        kept.append(line.rstrip())
    result = "\n".join(kept)
    result = re.sub(r"\n{3,}", "\n\n", result)
    return result.strip()


_KANA = re.compile(r"[\u3041-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def language_guess(text: str) -> str:
    """``ja`` unless the text is clearly Korean (``ko``), Chinese (``zh-hans``: Han characters
    and not one kana) or written in Latin letters (``en``, the site's Latin-script language).
    Japanese text nearly always has kana, so any real share of kana keeps it Japanese."""
    kana = len(_KANA.findall(text))
    hangul = len(_HANGUL.findall(text))
    han = len(_HAN.findall(text))
    latin = len(_LATIN.findall(text))
    total = kana + hangul + han + latin
    if total == 0:
        return "ja"
    if kana >= max(2, total * 0.05):
        return "ja"
    if hangul >= 5 and hangul / total >= 0.3:
        return "ko"
    if kana == 0 and han >= 8 and han / total >= 0.5:
        return "zh-hans"
    if latin >= 10 and latin / total >= 0.8:
        return "en"
    return "ja"


# --- One message ---------------------------------------------------------------------------------


@dataclass
class ParsedMail:
    message_id: str
    automatic: str
    """Why the message is automatic mail to skip, or empty."""
    body: str
    subject: str
    contact_name: str
    contact_email: str
    received_at: datetime
    language: str
    photos: list[services.PhotoUpload]
    shortened: bool = False


def message_key(message: Message, raw: bytes) -> str:
    """The intake key: the Message-ID without its brackets, else the hash of the bytes."""
    value = (_raw_header(message, "Message-ID") or "").strip()
    value = re.sub(r"\s+", "", value).strip("<>")
    if not value:
        return "sha256:" + hashlib.sha256(raw).hexdigest()
    if len(value) > MAX_MESSAGE_ID or not value.isascii():
        return "sha256:" + hashlib.sha256(value.encode("utf-8", "surrogateescape")).hexdigest()
    return value


def automatic_reason(message: Message, sender: str) -> str:
    """Why this is automatic mail (an auto-reply, a bounce, bulk mail), or ""."""
    auto = (_raw_header(message, "Auto-Submitted") or "").strip().lower()
    if auto and not auto.startswith("no"):
        return "auto-submitted"
    precedence = (_raw_header(message, "Precedence") or "").strip().lower()
    if precedence in {"bulk", "junk", "auto_reply"}:
        return "precedence"
    if _raw_header(message, "X-Autoreply") or _raw_header(message, "X-Autorespond"):
        return "auto-reply"
    local = sender.rsplit("@", 1)[0].lower() if sender else ""
    if local in {"mailer-daemon", "postmaster"}:
        return "bounce"
    if message.get_content_type() == "multipart/report":
        return "bounce"
    if (_raw_header(message, "Return-Path") or "").strip() == "<>":
        return "bounce"
    return ""


def _received_at(message: Message, now: datetime) -> datetime:
    raw = _raw_header(message, "Date")
    if not raw:
        return now
    try:
        parsed = email.utils.parsedate_to_datetime(raw.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return now
    if parsed is None:
        return now
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if parsed > now + timedelta(hours=1) or parsed < now - MAX_DATE_AGE:
        return now
    return parsed


def _leaves(part: Message, *, root: bool = True) -> Iterable[Message]:
    """The message's single parts, not descending into attached messages (message/rfc822)."""
    if part.get_content_maintype() == "message" and not root:
        return
    if part.is_multipart():
        payload = part.get_payload()
        for sub in payload if isinstance(payload, list) else []:
            if isinstance(sub, Message):
                yield from _leaves(sub, root=False)
        return
    yield part


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    return decode_bytes(data, part.get_content_charset())


def _body_text(message: Message) -> str:
    """All text/plain parts that are not attachments (Apple Mail splits the text around inline
    images), else all text/html parts reduced to text."""
    plain: list[str] = []
    html: list[str] = []
    for part in _leaves(message):
        if (part.get_content_disposition() or "") == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/plain":
            plain.append(_part_text(part))
        elif kind == "text/html":
            html.append(html_to_text(_part_text(part)))
    return "\n".join(plain or html)


def _photos(message: Message) -> list[services.PhotoUpload]:
    photos: list[services.PhotoUpload] = []
    for part in _leaves(message):
        extension = PHOTO_TYPES.get(part.get_content_type())
        if extension is None:
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload:
            continue
        name = f"photo-{len(photos) + 1}.{extension}"
        photos.append(services.PhotoUpload(name=name, content=payload))
        if len(photos) == MAX_PHOTOS:
            break
    return photos


def mail_parse(raw: bytes, *, now: datetime | None = None) -> ParsedMail:
    """Read one message as received. Raises :class:`MessageRefused` when it cannot become a
    voice (the reason names no personal data)."""
    if not raw.strip():
        raise MessageRefused("the message is empty")
    if len(raw) > MAX_MESSAGE_BYTES:
        raise MessageRefused(f"the message is larger than {MAX_MESSAGE_BYTES} bytes")
    now = now or timezone.now()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise MessageRefused("not an email message (no headers)")
    name, address = email.utils.parseaddr(header_text(message, "From"))
    address = address.strip() if "@" in address else ""
    automatic = automatic_reason(message, address)
    subject = re.sub(r"\s+", " ", header_text(message, "Subject")).strip()
    body = ""
    photos: list[services.PhotoUpload] = []
    if not automatic:
        body = clean_body(_body_text(message))
        photos = _photos(message)
    language = language_guess(subject + "\n" + body)
    return ParsedMail(
        message_id=message_key(message, raw),
        automatic=automatic,
        body=body,
        subject=subject,
        contact_name=name.strip(),
        contact_email=address,
        received_at=_received_at(message, now),
        language=language,
        photos=photos,
    )


def voice_text(parsed: ParsedMail) -> tuple[str, bool]:
    """The voice's text (subject first) within ``services.MAX_BODY``; True when shortened."""
    body = unicodedata.normalize("NFC", parsed.body)
    prefix = (
        f"{SUBJECT_LABEL}{unicodedata.normalize('NFC', parsed.subject)}\n\n"
        if parsed.subject
        else ""
    )
    text = prefix + body
    if len(text) <= services.MAX_BODY:
        return text, False
    room = services.MAX_BODY - len(SHORTENED_MARK)
    return text[:room].rstrip() + SHORTENED_MARK, True


# --- The run -------------------------------------------------------------------------------------


def _submit(key: str, raw: bytes, parsed: ParsedMail, report: IntakeReport) -> None:
    text, shortened = voice_text(parsed)
    if shortened:
        report.notes.append((key, f"text shortened to {services.MAX_BODY} characters"))

    def submit(photos: list[services.PhotoUpload]) -> tuple[Voice, str | None]:
        return services.voice_submit(
            channel="email",
            body=text,
            contact_email=parsed.contact_email,
            contact_name=parsed.contact_name,
            message_id=parsed.message_id,
            original_message=raw,
            received_at=parsed.received_at,
            language=parsed.language,
            wants_reply=True,
            photos=photos,
        )

    try:
        voice, token = submit(parsed.photos)
    except services.VoiceInputError as exc:
        if not parsed.photos or "photos" not in exc.errors:
            raise
        voice, token = submit([])
        report.notes.append((key, "photos refused, voice saved without them"))
    if token is None:
        # voice_submit returns (existing voice, None) for a known Message-ID (another run got
        # there first); a new voice that wants a reply always has a link token.
        report.duplicates += 1
    else:
        report.created += 1
        report.references.append(voice.reference)


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, MessageRefused):
        return str(exc)
    if isinstance(exc, services.VoiceInputError):
        fields = ", ".join(sorted(exc.errors))
        return f"refused ({fields}): " + " ".join(
            str(m) for messages in exc.errors.values() for m in messages
        )
    return f"failed: {type(exc).__name__}"


def message_intake(key: str, raw: bytes, report: IntakeReport) -> bool:
    """Turn one message into a voice, counting the outcome in ``report``. True when the
    message is done with (created, duplicate or skipped), False after an error."""
    try:
        parsed = mail_parse(raw)
        if parsed.automatic:
            report.skipped += 1
            return True
        if Voice.objects.filter(message_id=parsed.message_id).exists():
            report.duplicates += 1
            return True
        if not parsed.body:
            raise MessageRefused("the message has no text")
        _submit(key, raw, parsed, report)
        return True
    except Exception as exc:
        # One bad message never stops the run; the log gets the key and the kind of failure,
        # never the message's content.
        report.errors.append((key, _error_text(exc)))
        log.warning("mail intake: message %s: %s", key, _error_text(exc))
        return False


def mail_intake(*, source: MailSource) -> IntakeReport:
    """Read every message of ``source`` into voices. Raises :class:`MailSourceError` only when
    the source itself cannot be read; a message that fails is reported and skipped."""
    report = IntakeReport()
    try:
        keys: Iterable[str] = source.keys()
        for key in keys:
            try:
                raw = source.fetch(key)
            except Exception as exc:
                report.errors.append((key, f"cannot be read: {type(exc).__name__}"))
                continue
            if message_intake(key, raw, report):
                try:
                    source.mark_processed(key)
                except Exception as exc:
                    report.notes.append((key, f"cannot be marked read: {type(exc).__name__}"))
    except (OSError, mailbox.Error, imaplib.IMAP4.error) as exc:
        raise MailSourceError(f"the mailbox cannot be read: {type(exc).__name__}") from exc
    finally:
        source.close()
    return report
