"""The late-fee arithmetic of the Local Tax Act, checked against sums worked by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from madoguchi.taxes.latefee import (
    LateFee,
    Rate,
    RateMissing,
    late_fee,
    one_month_end,
    percent_text,
)

# The published rates (the same table the migration seeds).
RATES = {
    2024: Rate(240, 870),
    2025: Rate(240, 870),
    2026: Rate(280, 910),
}


def fee(principal: int, due: date, paid: date) -> LateFee:
    return late_fee(principal_yen=principal, due_date=due, paid_on=paid, rates=RATES)


def test_one_month_then_the_higher_rate() -> None:
    # given 100,000 yen due 31 July 2025, paid 31 October 2025
    result = fee(100_000, date(2025, 7, 31), date(2025, 10, 31))
    # then 1 Aug – 31 Aug at 2.4 % (31 days) and 1 Sep – 31 Oct at 8.7 % (61 days):
    # 100000 × 0.024 × 31/365 = 203.83… and 100000 × 0.087 × 61/365 = 1,453.97…
    # = 1,657.8…, cut to the hundred yen
    assert [(s.start, s.end, s.days, s.rate) for s in result.segments] == [
        (date(2025, 8, 1), date(2025, 8, 31), 31, 240),
        (date(2025, 9, 1), date(2025, 10, 31), 61, 870),
    ]
    assert result.amount_yen == 1600


def test_the_demo_bill_paid_on_24_november_2026() -> None:
    # given 152,000 yen due 31 August 2026
    result = fee(152_000, date(2026, 8, 31), date(2026, 11, 24))
    # then 30 days at 2.8 % (349.81…) and 55 days at 9.1 % (2,084.27…) = 2,434.08… → 2,400
    assert [s.days for s in result.segments] == [30, 55]
    assert result.amount_yen == 2400


def test_a_period_across_new_year_takes_each_years_rate() -> None:
    # given 500,000 yen due 1 December 2025, paid 15 February 2026
    result = fee(500_000, date(2025, 12, 1), date(2026, 2, 15))
    # then the first month (2 Dec – 1 Jan) is split at the new year, and the rest is 2026's
    assert [(s.start, s.end, s.rate, s.first_month) for s in result.segments] == [
        (date(2025, 12, 2), date(2025, 12, 31), 240, True),
        (date(2026, 1, 1), date(2026, 1, 1), 280, True),
        (date(2026, 1, 2), date(2026, 2, 15), 910, False),
    ]
    # 986.30… + 38.35… + 5,609.58… = 6,634.24… → 6,600
    assert result.amount_yen == 6600


def test_paid_on_the_due_date_or_before_costs_nothing() -> None:
    assert fee(100_000, date(2026, 8, 31), date(2026, 8, 31)).amount_yen == 0
    assert fee(100_000, date(2026, 8, 31), date(2026, 8, 1)).segments == ()


def test_the_day_after_the_due_date_counts() -> None:
    result = fee(10_000_000, date(2026, 8, 31), date(2026, 9, 1))
    # 10,000,000 × 0.028 / 365 = 767.1… → under 1,000 yen: not charged
    assert result.days == 1 and result.amount_yen == 0
    result = fee(20_000_000, date(2026, 8, 31), date(2026, 9, 1))
    # 20,000,000 × 0.028 / 365 = 1,534.2… → 1,500
    assert result.amount_yen == 1500


def test_the_tax_loses_its_thousands_and_a_small_tax_bears_none() -> None:
    assert fee(1_999, date(2025, 1, 31), date(2026, 12, 31)).base_yen == 0
    assert fee(1_999, date(2025, 1, 31), date(2026, 12, 31)).amount_yen == 0
    assert fee(2_999, date(2025, 1, 31), date(2026, 12, 31)).base_yen == 2_000
    assert fee(152_300, date(2026, 8, 31), date(2026, 11, 24)).base_yen == 152_000


def test_a_fee_under_1000_yen_is_not_charged() -> None:
    # 152,000 yen, 22 days at 2.8 % = 256.5… yen
    result = fee(152_000, date(2026, 11, 2), date(2026, 11, 24))
    assert result.exact > 0 and result.amount_yen == 0


@pytest.mark.parametrize(
    ("due", "end"),
    [
        (date(2026, 8, 31), date(2026, 9, 30)),
        (date(2026, 6, 30), date(2026, 7, 31)),
        (date(2026, 1, 30), date(2026, 2, 28)),  # starts 31 Jan: February has no 31st
        (date(2028, 1, 30), date(2028, 2, 29)),  # a leap year
        (date(2026, 11, 30), date(2026, 12, 31)),
        (date(2026, 12, 31), date(2027, 1, 31)),
        (date(2026, 3, 15), date(2026, 4, 15)),
    ],
)
def test_one_month_after_the_due_date(due: date, end: date) -> None:
    assert one_month_end(due) == end


def test_a_year_without_a_rate_is_refused_not_guessed() -> None:
    with pytest.raises(RateMissing) as missing:
        fee(100_000, date(2026, 12, 1), date(2027, 1, 10))
    assert missing.value.year == 2027


def test_rates_above_the_acts_own_are_refused() -> None:
    with pytest.raises(ValueError):
        Rate(731, 900)
    with pytest.raises(ValueError):
        Rate(280, 1461)
    assert percent_text(280) == "2.8" and percent_text(1460) == "14.6" and percent_text(700) == "7"


def test_a_tax_must_be_whole_yen() -> None:
    with pytest.raises(ValueError):
        late_fee(principal_yen=-1, due_date=date(2026, 1, 1), paid_on=date(2026, 3, 1), rates=RATES)
    with pytest.raises(ValueError):
        late_fee(
            principal_yen=True,  # type: ignore[arg-type]
            due_date=date(2026, 1, 1),
            paid_on=date(2026, 3, 1),
            rates=RATES,
        )


due_dates = st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 5, 31))


@given(
    principal=st.integers(min_value=0, max_value=10**9),
    due=due_dates,
    days=st.integers(min_value=0, max_value=180),
    more=st.integers(min_value=0, max_value=30),
)
def test_properties_of_every_late_fee(principal: int, due: date, days: int, more: int) -> None:
    paid = due + timedelta(days=days)
    result = fee(principal, due, paid)
    # whole hundreds of yen, nothing below 1,000, never above the Act's 14.6 % on the base
    assert result.amount_yen % 100 == 0
    assert result.amount_yen == 0 or result.amount_yen >= 1000
    assert result.amount_yen * 365 * 10000 <= result.base_yen * 1460 * days
    assert result.days == days
    # paying later never costs less, and neither does owing more
    assert fee(principal, due, paid + timedelta(days=more)).amount_yen >= result.amount_yen
    assert fee(principal + 1000, due, paid).amount_yen >= result.amount_yen
