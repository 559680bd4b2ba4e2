"""Wire formats for delivering submitted applications to departments' back-office systems.

Three small, pure building blocks used by the delivery worker and by departments' receivers:

* :func:`sign` / :func:`verify`: an HMAC-SHA256 signature header in the style of Stripe's
  (``t=<unix time>,v1=<hex>``), covering the timestamp so an old delivery cannot be replayed;
* :func:`backoff_seconds` / :func:`is_exhausted`: the retry schedule after a failed delivery;
* :func:`csv_bytes` / :func:`encode_cp932`: CSV exports that open correctly in Excel on Japanese
  Windows (CRLF, BOM or Shift_JIS/cp932, no formula injection).

What it must never do: import Django, read clocks, files or the network (callers pass ``now``
and ``timestamp``), compare signatures with ``==``, or raise on text that cp932 cannot encode.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Literal

__all__ = [
    "GETA",
    "MAX_ATTEMPTS",
    "backoff_seconds",
    "csv_bytes",
    "encode_cp932",
    "is_exhausted",
    "sign",
    "verify",
]

# ---------------------------------------------------------------------------------------------
# Signatures
# ---------------------------------------------------------------------------------------------

SIGNATURE_SCHEME = "v1"
MAX_HEADER_LENGTH = 2048
"""Longer signature headers are refused unparsed."""

_DIGITS = re.compile(r"[0-9]{1,18}")
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")


def _digest(body: bytes, secret: str, timestamp: int) -> str:
    signed = f"{timestamp}.".encode() + body
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


def sign(body: bytes, secret: str, timestamp: int) -> str:
    """The signature header value for ``body`` sent at ``timestamp`` (Unix seconds):
    ``"t=<timestamp>,v1=<hex HMAC-SHA256 of b"<timestamp>." + body>"``."""
    if not secret:
        raise ValueError("the signing secret must not be empty")
    if timestamp < 0:
        raise ValueError("the timestamp must be a non-negative Unix time")
    return f"t={timestamp},{SIGNATURE_SCHEME}={_digest(body, secret, timestamp)}"


def verify(body: bytes, header: str, secret: str, *, now: int, tolerance: int = 300) -> bool:
    """Whether ``header`` is a valid signature of ``body`` under ``secret``, made within
    ``tolerance`` seconds of ``now`` (either side, to allow for clock skew).

    Malformed headers give False, never an exception. Several ``v1`` entries are allowed (a
    sender rotating secrets signs with both); any matching one suffices.
    """
    if not secret or len(header) > MAX_HEADER_LENGTH:
        return False
    timestamps: list[str] = []
    signatures: list[str] = []
    for part in header.split(","):
        key, sep, value = part.strip().partition("=")
        if not sep:
            return False
        if key == "t":
            timestamps.append(value)
        elif key == SIGNATURE_SCHEME:
            signatures.append(value)
    if len(timestamps) != 1 or not signatures or not _DIGITS.fullmatch(timestamps[0]):
        return False
    timestamp = int(timestamps[0])
    if abs(now - timestamp) > tolerance:
        return False
    expected = _digest(body, secret, timestamp)
    matches = [
        hmac.compare_digest(expected, candidate)
        for candidate in signatures
        if _HEX_DIGEST.fullmatch(candidate)
    ]
    return any(matches)


# ---------------------------------------------------------------------------------------------
# Retry schedule
# ---------------------------------------------------------------------------------------------

MAX_ATTEMPTS = 8
"""Delivery attempts in total (the first one plus seven retries) before giving up and alerting
staff; with the defaults the last retry happens about 64 minutes after the first failure."""


def backoff_seconds(attempt: int, *, base: int = 30, factor: int = 2, cap: int = 6 * 3600) -> int:
    """Seconds to wait before retry number ``attempt`` (1-based): ``base * factor**(attempt-1)``,
    at most ``cap``. Cheap for any ``attempt``: the power is never computed past the cap."""
    if attempt < 1:
        raise ValueError("attempt is 1-based")
    if base < 0 or factor < 1 or cap < 0:
        raise ValueError("base and cap must be non-negative and factor at least 1")
    delay = base
    if factor == 1 or base == 0:
        return min(delay, cap)
    for _ in range(attempt - 1):
        if delay >= cap:
            break
        delay *= factor
    return min(delay, cap)


def is_exhausted(attempts: int) -> bool:
    """Whether ``attempts`` deliveries have been tried, so no retry is left."""
    return attempts >= MAX_ATTEMPTS


# ---------------------------------------------------------------------------------------------
# CSV for Excel
# ---------------------------------------------------------------------------------------------

GETA = "〓"
"""The geta mark: the Japanese convention for a character that could not be represented."""

_CP932_PREFERRED = str.maketrans(
    {
        "\u301c": "\uff5e",  # WAVE DASH → FULLWIDTH TILDE, the ～ Windows Excel users expect
        "\u2014": "\u2015",  # EM DASH → HORIZONTAL BAR, cp932's dash (EM DASH is unencodable)
    }
)
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_LIST_SEPARATOR = "、"


def encode_cp932(text: str) -> tuple[bytes, int]:
    """``text`` in Windows-31J (Python's ``cp932``), and how many characters became
    :data:`GETA` because cp932 cannot represent them (emoji, rare kanji, lone surrogates).

    WAVE DASH (U+301C) is first mapped to FULLWIDTH TILDE (U+FF5E) and EM DASH (U+2014) to
    HORIZONTAL BAR (U+2015), the characters Windows shows for those code points. Never raises.
    """
    text = text.translate(_CP932_PREFERRED)
    unencodable: dict[int, str] = {}
    for char in set(text):
        try:
            char.encode("cp932")
        except UnicodeEncodeError:
            unencodable[ord(char)] = GETA
    replaced = sum(text.count(chr(code)) for code in unencodable)
    return text.translate(unencodable).encode("cp932"), replaced


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Mapping):
        return " ".join(f"{key}={_cell_text(item)}" for key, item in value.items())
    if isinstance(value, list | tuple):
        return _LIST_SEPARATOR.join(_cell_text(item) for item in value)
    return str(value)


def _cell(value: object) -> str:
    """The CSV cell for ``value``, with text that Excel would run as a formula defused by a
    leading apostrophe (OWASP "CSV Injection"). Numbers are left alone, negative ones included.
    """
    text = _cell_text(value)
    is_number = isinstance(value, int | float | Decimal) and not isinstance(value, bool)
    if not is_number and text.startswith(_FORMULA_TRIGGERS):
        return "'" + text
    return text


def csv_bytes(
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    encoding: Literal["utf-8-sig", "cp932"],
) -> bytes:
    """A CSV file for Excel: CRLF line endings, minimal quoting, cells converted for reading
    (None → empty, booleans → はい/いいえ, dates → ISO 8601, lists joined with "、", mappings as
    ``key=value`` pairs) and guarded against formula injection.

    ``utf-8-sig`` starts with a BOM so Excel detects UTF-8; ``cp932`` is for older back-office
    tools and replaces unencodable characters with :data:`GETA` (use :func:`encode_cp932` on
    the text to learn how many). Never raises on unencodable text.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([_cell(title) for title in header])
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    text = buffer.getvalue()
    if encoding == "cp932":
        return encode_cp932(text)[0]
    return text.encode("utf-8-sig", errors="replace")
