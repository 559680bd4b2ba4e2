"""The municipal business-day calendar (開庁日) of a Japanese city hall.

Statutory deadlines in administrative procedure are counted in days on which the city hall is
open ("N 開庁日以内"), so every deadline, SLA and reminder in Madoguchi goes through this module
instead of doing ``date + timedelta(days=n)``.

The city hall is closed on:

* Saturdays and Sundays;
* Japanese national holidays (国民の祝日), including substitute holidays (振替休日) and
  "citizens' holidays" squeezed between two holidays (国民の休日), as computed by the
  ``holidays`` package;
* the year-end and New Year closure, December 29 to January 3 (年末年始の閉庁日), fixed by the
  city's ordinance on the days its offices are closed.

The ``holidays`` package only knows the Japanese calendar from 1949 (the year the Act on
National Holidays took effect) to 2099 and silently returns *no* holidays outside that range.
A calendar that quietly treats a holiday as a working day would produce wrong deadlines, so
every function here raises ``ValueError`` for a date outside :data:`CALENDAR_START` ..
:data:`CALENDAR_END` instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

import holidays

__all__ = [
    "CALENDAR_END",
    "CALENDAR_START",
    "MAX_BUSINESS_DAY_OFFSET",
    "add_business_days",
    "business_days_between",
    "closed_reason",
    "is_business_day",
    "next_business_day",
]

CALENDAR_START = date(1949, 1, 1)
"""First day the national-holiday data covers (祝日法 took effect in 1948-07, first full year)."""

CALENDAR_END = date(2099, 12, 31)
"""Last day the ``holidays`` package computes Japanese holidays for."""

MAX_BUSINESS_DAY_OFFSET = 3660
"""Largest ``abs(days)`` accepted by :func:`add_business_days` (about 15 years of business days).

No administrative deadline is that long; anything larger is a bug (e.g. a timestamp passed as a
day count), and failing loudly beats looping for a long time and returning nonsense.
"""

_ONE_DAY = timedelta(days=1)

_SATURDAY = 5
_SUNDAY = 6

# The package's own language codes. Always pass one explicitly: with ``language=None`` the
# package guesses from the process locale (LANG/LC_ALL), so the same server would print Japanese
# or English holiday names depending on how it was started.
_HOLIDAY_LANGUAGE_JA = "ja"
_HOLIDAY_LANGUAGE_EN = "en_US"

_YEAR_END_REASON = {"ja": "年末年始の閉庁日", "en": "Year-end and New Year closure"}
_SATURDAY_REASON = {"ja": "土曜日", "en": "Saturday"}
_SUNDAY_REASON = {"ja": "日曜日", "en": "Sunday"}


@lru_cache(maxsize=512)
def _national_holidays(year: int, language: str) -> Mapping[date, str]:
    """National holidays of one year, as an immutable snapshot, cached per (year, language).

    The package's ``HolidayBase`` is a mutable dict that grows itself (``expand=True``) when a
    date from another year is looked up, so a cached instance must never be shared; a read-only
    copy can be.
    """
    calendar = holidays.country_holidays("JP", years=year, language=language)
    return MappingProxyType({day: str(name) for day, name in calendar.items() if day.year == year})


def _check_supported(day: date) -> None:
    """Refuse dates the holiday data does not cover, rather than treat holidays as open days."""
    if not CALENDAR_START <= day <= CALENDAR_END:
        raise ValueError(
            f"{day.isoformat()} is outside the business-day calendar, which covers "
            f"{CALENDAR_START.isoformat()} to {CALENDAR_END.isoformat()}"
        )


def _is_year_end_closure(day: date) -> bool:
    """December 29 – January 3: the city's year-end and New Year closure."""
    return (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)


def _is_open(day: date) -> bool:
    """Open-day test without the range check, for loops that have already checked their ends."""
    if day.weekday() in (_SATURDAY, _SUNDAY) or _is_year_end_closure(day):
        return False
    return day not in _national_holidays(day.year, _HOLIDAY_LANGUAGE_JA)


def _is_japanese(language: str) -> bool:
    """Accept Django-style codes: "ja", "ja-jp", "ja_JP" all mean Japanese."""
    return language.lower().replace("_", "-").split("-", 1)[0] == "ja"


def is_business_day(day: date) -> bool:
    """Whether the city hall is open on ``day``.

    Raises ``ValueError`` for dates outside :data:`CALENDAR_START` .. :data:`CALENDAR_END`.
    """
    _check_supported(day)
    return _is_open(day)


def closed_reason(day: date, *, language: str = "ja") -> str | None:
    """Why the city hall is closed on ``day``, for showing next to a date; ``None`` if it is open.

    A national holiday's own name wins over the other reasons (元日 rather than 年末年始, 憲法記念日
    rather than 日曜日) because it is the most specific thing to tell a resident; the year-end
    closure wins over the weekend for the same reason. ``language`` is a Django language code:
    Japanese for "ja" (and "ja-jp"), English for anything else.
    """
    _check_supported(day)
    japanese = _is_japanese(language)
    key = "ja" if japanese else "en"
    holiday_language = _HOLIDAY_LANGUAGE_JA if japanese else _HOLIDAY_LANGUAGE_EN
    holiday_name = _national_holidays(day.year, holiday_language).get(day)
    if holiday_name is not None:
        return holiday_name
    if _is_year_end_closure(day):
        return _YEAR_END_REASON[key]
    if day.weekday() == _SATURDAY:
        return _SATURDAY_REASON[key]
    if day.weekday() == _SUNDAY:
        return _SUNDAY_REASON[key]
    return None


def next_business_day(day: date) -> date:
    """``day`` itself if the city hall is open then, otherwise the first open day after it.

    This is where a submission made on a closed day is deemed received.
    """
    _check_supported(day)
    while not _is_open(day):
        day += _ONE_DAY
        _check_supported(day)
    return day


def add_business_days(start: date, *, days: int) -> date:
    """The date ``days`` business days after ``start``, not counting ``start`` itself.

    This is how "N 開庁日" deadlines are counted: something received on a Friday is due one
    business day later on the next Monday (or the first open day after it). ``start`` may be a
    closed day: one business day after a Saturday is the following Monday.

    ``days == 0`` gives ``start`` if it is open and otherwise the next business day, i.e. the day a
    submission made on ``start`` is deemed received. A negative ``days`` counts backwards the
    same way: one business day before a Monday (or a Sunday) is the previous Friday. The result
    is always a business day.

    Raises ``ValueError`` when ``abs(days)`` exceeds :data:`MAX_BUSINESS_DAY_OFFSET` or the count
    leaves the calendar's range.
    """
    if abs(days) > MAX_BUSINESS_DAY_OFFSET:
        raise ValueError(
            f"days={days} is out of range; at most {MAX_BUSINESS_DAY_OFFSET} business days "
            "either way are supported"
        )
    _check_supported(start)
    if days == 0:
        return next_business_day(start)
    step = _ONE_DAY if days > 0 else -_ONE_DAY
    remaining = abs(days)
    day = start
    while remaining:
        day += step
        _check_supported(day)
        if _is_open(day):
            remaining -= 1
    return day


def business_days_between(*, start: date, end: date) -> int:
    """How many business days ``d`` satisfy ``start < d <= end``; negative when ``end < start``.

    This is "how many business days have elapsed since ``start``", the quantity compared with a
    deadline of N 開庁日. It is the inverse of :func:`add_business_days` for forward counts:
    ``business_days_between(start=s, end=add_business_days(s, days=n)) == n`` for every
    ``n >= 1``. For ``end < start`` it is ``-business_days_between(start=end, end=start)``, so
    the count is additive across intermediate dates; backward counts from a *closed* ``start``
    therefore come out one smaller in magnitude than the ``days`` given to
    :func:`add_business_days` (the closed ``start`` itself is not a business day to count).
    Both keyword-only, since two dates are easy to swap silently.
    """
    _check_supported(start)
    _check_supported(end)
    if end < start:
        return -business_days_between(start=end, end=start)
    count = 0
    day = start + _ONE_DAY
    while day <= end:
        if _is_open(day):
            count += 1
        day += _ONE_DAY
    return count
