"""What the server-drawn SVG charts share: the Digital Agency colours and font, safe text, a
text-width estimate and tidy numbers.

The policy indicators' charts (``evaluation.charts``) and the open data previews
(``opendata.charts``) both draw with these, so a chart of either kind looks and measures the
same. Nothing here draws; it must stay free of Django so the charts can be tested alone.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from xml.sax.saxutils import escape

__all__ = [
    "FONT_FAMILY",
    "FONT_SIZE",
    "PALETTE",
    "char_width",
    "clean",
    "coordinate",
    "exponent",
    "nice_step",
    "text",
    "text_width",
]

#: Digital Agency design tokens used by the charts, with their contrast against white.
PALETTE: dict[str, str] = {
    "text": "#1a1a1a",  # neutral-solid-gray-900, 17.4:1
    "axis": "#4d4d4d",  # neutral-solid-gray-700, 8.5:1
    "grid": "#e6e6e6",  # neutral-solid-gray-100, background only
    "observed": "#0017c1",  # primitive-blue-900, 12.6:1
    "baseline": "#000071",  # primitive-blue-1100, 17.1:1
    "target": "#ac3e00",  # primitive-orange-900, 6.1:1
    "range_edge": "#115a36",  # primitive-green-900, 8.0:1
    "range_fill": "#e6f5ec",  # primitive-green-50, background only
    "projected": "#0055ad",  # primitive-light-blue-900, 7.3:1
    "background": "#ffffff",  # neutral-white
}

FONT_FAMILY = "'Noto Sans JP', 'Noto Sans CJK JP', -apple-system, BlinkMacSystemFont, sans-serif"
FONT_SIZE = 14

# Characters XML 1.0 cannot carry even escaped; a title pasted from elsewhere may hold them.
_XML_INVALID_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def nice_step(raw: Decimal) -> Decimal:
    """The smallest of 1, 2, 2.5, 5 and 10 × 10ⁿ that is at least ``raw``."""
    power = raw.adjusted()
    for mantissa in ("1", "2", "2.5", "5", "10"):
        step = Decimal(mantissa).scaleb(power)
        if step >= raw:
            return step
    return Decimal(10).scaleb(power)  # pragma: no cover - "10" always qualifies


def exponent(number: Decimal) -> int:
    """The exponent of ``number`` without trailing zeros (2.50 → -1, 300 → 2)."""
    value = number.normalize().as_tuple().exponent
    return value if isinstance(value, int) else 0


def clean(value: str) -> str:
    """Drop the characters XML 1.0 cannot carry at all (escaping cannot help with them)."""
    return _XML_INVALID_RE.sub("", value)


def text(value: str) -> str:
    """``value`` as SVG text content: invalid characters dropped, markup escaped."""
    return escape(clean(value))


def text_width(value: str) -> float:
    """A slightly generous estimate of the drawn width of ``value`` at the charts' font size:
    wide (CJK) characters take a full em, Latin letters and digits a little over half. There
    are no font metrics on the server, and overestimating only costs a little space."""
    return sum(char_width(ch) for ch in value) * FONT_SIZE


def char_width(ch: str) -> float:
    """Width in ems, rounded up from Noto Sans JP's advance widths by kind of character."""
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 1.0
    if ch in " .,:;'|!()/iljtfr":
        return 0.36
    if ch in "%mwMW":
        return 0.88
    if ch.isupper():
        return 0.68
    if ch.isdigit():
        return 0.58
    return 0.56


def coordinate(number: float) -> str:
    """A coordinate with one decimal: enough for a crisp drawing, short in the page."""
    value = f"{number:.1f}"
    return "0.0" if value == "-0.0" else value
