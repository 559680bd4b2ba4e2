"""Late fees (延滞金) on local taxes and premiums paid after the due date, in integer yen.

The arithmetic of the Local Tax Act (地方税法), which the wards' premium ordinances follow:

* The late fee runs from the day after the due date (納期限の翌日) to the day of payment,
  both counted.
* Up to the day one month has passed (納期限の翌日から一月を経過する日) the lower rate
  applies (本則 7.3 %), after it the higher one (本則 14.6 %). Both have been replaced, year by
  year, by the special rates of 附則第3条の2 (延滞金特例基準割合 + 1 % and + 7.3 %), published
  for each calendar year; a day is charged at the rate of the year it falls in.
* A year counts 365 days, leap years included (附則第3条の2).
* The tax it is computed on loses everything under 1,000 yen, and a tax under 2,000 yen
  bears none (第20条の4の2 第2項); the late fee loses everything under 100 yen, and a fee
  under 1,000 yen is not charged (同第5項).

Partial amounts are summed exactly (fractions), and only the total is cut, as the ward's own
calculators do. Nothing here reads the database: the rates come in as a mapping of year to
:class:`Rate`, so the rules can be tested on their own.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

#: The rates of the Act itself, in hundredths of a percent; special rates may not exceed them.
STATUTORY_FIRST_MONTH = 730
STATUTORY_LATER = 1460
BASE_UNIT = 1000
BASE_MINIMUM = 2000
FEE_UNIT = 100
FEE_MINIMUM = 1000


def percent_text(hundredths: int) -> str:
    """A rate as people write it: 280 → "2.8", 1460 → "14.6", 700 → "7"."""
    return f"{hundredths // 100}.{hundredths % 100:02d}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Rate:
    """A calendar year's rates in hundredths of a percent (2.8 % is 280)."""

    first_month: int
    later: int

    def __post_init__(self) -> None:
        if not 0 <= self.first_month <= STATUTORY_FIRST_MONTH:
            raise ValueError("the first month's rate must be between 0 and 7.3 %")
        if not 0 <= self.later <= STATUTORY_LATER:
            raise ValueError("the later rate must be between 0 and 14.6 %")


class RateMissing(LookupError):
    """No rate is recorded for a year the late fee runs through."""

    def __init__(self, year: int) -> None:
        super().__init__(f"no late-fee rate is recorded for {year}")
        self.year = year


@dataclass(frozen=True)
class Segment:
    """Days of one rate: from ``start`` to ``end``, both counted."""

    start: date
    end: date
    rate: int  # hundredths of a percent
    first_month: bool

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def percent_text(self) -> str:
        return percent_text(self.rate)


@dataclass(frozen=True)
class LateFee:
    principal_yen: int
    base_yen: int
    segments: tuple[Segment, ...]
    exact: Fraction
    amount_yen: int

    @property
    def days(self) -> int:
        return sum(segment.days for segment in self.segments)


def one_month_end(due: date) -> date:
    """The day one month has passed counted from the day after ``due`` (民法第143条): the day
    before the start's same day of the next month, or that month's last day when it has no
    such day (a start on 31 January ends on the last day of February)."""
    start = due + timedelta(days=1)
    year, month = (start.year + 1, 1) if start.month == 12 else (start.year, start.month + 1)
    last = calendar.monthrange(year, month)[1]
    if start.day > last:
        return date(year, month, last)
    return date(year, month, start.day) - timedelta(days=1)


def _split_by_year(start: date, end: date) -> list[tuple[date, date]]:
    pieces = []
    while start <= end:
        year_end = min(end, date(start.year, 12, 31))
        pieces.append((start, year_end))
        start = year_end + timedelta(days=1)
    return pieces


def late_fee(
    *, principal_yen: int, due_date: date, paid_on: date, rates: Mapping[int, Rate]
) -> LateFee:
    """The late fee on ``principal_yen`` due on ``due_date`` and paid on ``paid_on``.

    Raises :class:`RateMissing` when a year of the period has no recorded rate.
    """
    if isinstance(principal_yen, bool) or not isinstance(principal_yen, int) or principal_yen < 0:
        raise ValueError("the tax must be a whole, non-negative number of yen")
    base = 0 if principal_yen < BASE_MINIMUM else principal_yen // BASE_UNIT * BASE_UNIT
    if paid_on <= due_date:
        return LateFee(principal_yen, base, (), Fraction(0), 0)
    first_end = one_month_end(due_date)
    periods = [(due_date + timedelta(days=1), min(paid_on, first_end), True)]
    if paid_on > first_end:
        periods.append((first_end + timedelta(days=1), paid_on, False))
    segments: list[Segment] = []
    for start, end, first in periods:
        for piece_start, piece_end in _split_by_year(start, end):
            rate = rates.get(piece_start.year)
            if rate is None:
                raise RateMissing(piece_start.year)
            percent = rate.first_month if first else rate.later
            segments.append(Segment(piece_start, piece_end, percent, first))
    exact = sum(
        (Fraction(base * segment.rate * segment.days, 365 * 10000) for segment in segments),
        Fraction(0),
    )
    amount = int(exact) // FEE_UNIT * FEE_UNIT
    if amount < FEE_MINIMUM:
        amount = 0
    return LateFee(principal_yen, base, tuple(segments), exact, amount)
