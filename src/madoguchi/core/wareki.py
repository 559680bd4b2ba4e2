"""Japanese era (和暦) dates: conversion, formatting and parsing.

Residents and official forms in Japan write dates as 令和8年11月24日 or R8.11.24, and municipal
documents still print them that way, so Madoguchi stores Gregorian ``date`` objects and converts
at the edges with this module.

Eras start on the day the new era name took effect; the last year of an era ends the day before
the next era starts (平成31年4月30日 is followed by 令和元年5月1日), and the first year of an era
is written 元年. Dates before 1873-01-01 are refused: until 明治5年12月2日 Japan used the
lunisolar calendar, and a proleptic Gregorian ``date`` for those days would name the wrong day.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

__all__ = [
    "ERAS",
    "GREGORIAN_CALENDAR_START",
    "Era",
    "WarekiDate",
    "format_iso",
    "format_japanese_date",
    "format_wareki",
    "from_wareki",
    "parse_wareki",
    "to_wareki",
]

GREGORIAN_CALENDAR_START = date(1873, 1, 1)
"""Japan switched to the Gregorian calendar on 明治6年1月1日; earlier dates are not converted."""


@dataclass(frozen=True, slots=True)
class Era:
    """One Japanese era (元号): its ASCII key, its name, its one-letter initial and first day."""

    key: str
    name: str
    initial: str
    start: date


ERAS: tuple[Era, ...] = (
    Era(key="meiji", name="明治", initial="M", start=date(1868, 10, 23)),
    Era(key="taisho", name="大正", initial="T", start=date(1912, 7, 30)),
    Era(key="showa", name="昭和", initial="S", start=date(1926, 12, 25)),
    Era(key="heisei", name="平成", initial="H", start=date(1989, 1, 8)),
    Era(key="reiwa", name="令和", initial="R", start=date(2019, 5, 1)),
)
"""All supported eras, oldest first."""


@dataclass(frozen=True, slots=True)
class WarekiDate:
    """A date in the Japanese era system: ``era`` year ``year`` (1 is 元年), ``month``, ``day``."""

    era: Era
    year: int
    month: int
    day: int

    def __str__(self) -> str:
        year = "元" if self.year == 1 else str(self.year)
        return f"{self.era.name}{year}年{self.month}月{self.day}日"

    def to_date(self) -> date:
        """The Gregorian date, validated as :func:`from_wareki` does."""
        return from_wareki(era=self.era.key, year=self.year, month=self.month, day=self.day)


def _era_end(era: Era) -> date | None:
    """Last day of ``era`` (the day before the next era starts); ``None`` for the current era."""
    index = ERAS.index(era)
    if index + 1 == len(ERAS):
        return None
    return date.fromordinal(ERAS[index + 1].start.toordinal() - 1)


def _era_lookup(era: str) -> Era:
    """Find an era by key ("reiwa"), Japanese name ("令和") or initial ("R"/"r")."""
    wanted = unicodedata.normalize("NFKC", era).strip()
    for candidate in ERAS:
        if wanted == candidate.name or wanted.lower() in (candidate.key, candidate.initial.lower()):
            return candidate
    known = ", ".join(f"{e.key}/{e.name}/{e.initial}" for e in ERAS)
    raise ValueError(f"Unknown era {era!r}; expected one of {known}")


def to_wareki(day: date) -> WarekiDate:
    """Convert a Gregorian date to its era, era year, month and day.

    Raises ``ValueError`` before 1873-01-01, when Japan did not use the Gregorian calendar.
    """
    if day < GREGORIAN_CALENDAR_START:
        raise ValueError(
            f"{day.isoformat()} is before {GREGORIAN_CALENDAR_START.isoformat()}, when Japan "
            "adopted the Gregorian calendar; earlier dates cannot be converted"
        )
    era = next(e for e in reversed(ERAS) if e.start <= day)
    return WarekiDate(era=era, year=day.year - era.start.year + 1, month=day.month, day=day.day)


def format_wareki(day: date) -> str:
    """Format as on official documents, e.g. "令和8年11月24日", with 元年 for the first year."""
    return str(to_wareki(day))


def from_wareki(*, era: str, year: int, month: int, day: int) -> date:
    """The Gregorian date of an era date, refusing dates that do not exist or lie outside the era.

    ``era`` is a key ("heisei"), a name ("平成") or an initial ("H", "h"). Keyword-only because
    an era and three integers are too easy to pass in the wrong order.

    Raises ``ValueError`` with an English message for an unknown era, a year below 1, a month or
    day that does not exist, a date before the era started or after it ended (平成31年5月1日 and
    令和元年4月30日), or a date before 1873-01-01.
    """
    found = _era_lookup(era)
    label = f"{found.name}{year}年{month}月{day}日"
    if year < 1:
        raise ValueError(f"{label}: era years start at 1 (元年), got {year}")
    try:
        result = date(found.start.year + year - 1, month, day)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"{label} is not a valid date: {exc}") from exc
    end = _era_end(found)
    if result < found.start or (end is not None and result > end):
        span = f"from {found.start.isoformat()}"
        if end is not None:
            span += f" to {end.isoformat()}"
        raise ValueError(f"{label} ({result.isoformat()}) is outside the {found.key} era ({span})")
    if result < GREGORIAN_CALENDAR_START:
        raise ValueError(
            f"{label} ({result.isoformat()}) is before {GREGORIAN_CALENDAR_START.isoformat()}, "
            "when Japan adopted the Gregorian calendar; earlier dates cannot be converted"
        )
    return result


_ERA_TOKEN = "|".join([*(e.name for e in ERAS), *(e.initial for e in ERAS)])
_WAREKI_PATTERN = re.compile(
    rf"""
    (?P<era>{_ERA_TOKEN})\s*
    (?P<year>元|[0-9]{{1,3}})\s*
    (?:
        年\s*(?P<kanji_month>[0-9]{{1,2}})\s*月\s*(?P<kanji_day>[0-9]{{1,2}})\s*日
      |
        (?P<sep>[./-])\s*(?P<month>[0-9]{{1,2}})\s*(?P=sep)\s*(?P<day>[0-9]{{1,2}})
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)


def parse_wareki(text: str) -> date:
    """Parse an era date as residents type it and return the Gregorian date.

    Accepted after NFKC normalisation (so full-width digits and signs, and ligatures such as
    ㋿ or ㍻, are fine): "令和8年11月24日", "令和元年5月1日", "R8.11.24", "H31/4/30",
    "h31-4-30". Raises ``ValueError`` for anything else and for dates that do not exist in the era.
    """
    normalised = unicodedata.normalize("NFKC", text).strip()
    match = _WAREKI_PATTERN.fullmatch(normalised)
    if match is None:
        raise ValueError(f"{text!r} is not a Japanese era date such as 令和8年11月24日 or R8.11.24")
    year_text = match["year"]
    month_text = match["kanji_month"] or match["month"]
    day_text = match["kanji_day"] or match["day"]
    return from_wareki(
        era=match["era"],
        year=1 if year_text == "元" else int(year_text),
        month=int(month_text),
        day=int(day_text),
    )


def format_japanese_date(day: date, *, era: bool = False) -> str:
    """Japanese long form: "2026年11月24日", or "令和8年11月24日" with ``era=True``."""
    if era:
        return format_wareki(day)
    return f"{day.year}年{day.month}月{day.day}日"


def format_iso(day: date) -> str:
    """ISO 8601 ("2026-11-24"), for machine-readable places such as ``<time datetime>``."""
    return day.isoformat()
