"""The municipal business-day calendar: weekends, national holidays and the year-end closure."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from madoguchi.core import business_days
from madoguchi.core.business_days import (
    CALENDAR_END,
    CALENDAR_START,
    add_business_days,
    business_days_between,
    closed_reason,
    is_business_day,
    next_business_day,
)

# Keep generated dates far enough from the calendar's edges that 300 business days fit.
# Far enough inside the calendar (1949–2099) that 300 business days either way stay in it.
calendar_dates = st.dates(min_value=date(1951, 1, 1), max_value=date(2097, 12, 31))
offsets = st.integers(min_value=1, max_value=300)


# --- which days are closed ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 4, 28), True),  # Tuesday before Golden Week
        (date(2026, 4, 29), False),  # 昭和の日, a Wednesday
        (date(2026, 4, 30), True),
        (date(2026, 5, 1), True),
        (date(2026, 5, 2), False),  # Saturday
        (date(2026, 5, 3), False),  # 憲法記念日 on a Sunday
        (date(2026, 5, 4), False),  # みどりの日
        (date(2026, 5, 5), False),  # こどもの日
        (date(2026, 5, 6), False),  # 振替休日 for May 3
        (date(2026, 5, 7), True),
    ],
)
def test_golden_week_2026(day: date, expected: bool) -> None:
    # given a day around Golden Week 2026
    # when
    result = is_business_day(day)
    # then
    assert result is expected


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 12, 29),  # Tuesday
        date(2026, 12, 30),
        date(2026, 12, 31),
        date(2027, 1, 1),  # 元日, a Friday
        date(2025, 1, 2),  # Thursday
        date(2025, 1, 3),  # Friday
    ],
)
def test_year_end_closure_is_closed_even_on_weekdays(day: date) -> None:
    # given a day from December 29 to January 3
    # when
    result = is_business_day(day)
    # then
    assert result is False


def test_days_just_outside_the_year_end_closure_are_open() -> None:
    # given the last weekday before and the first weekday after the 2026/27 closure
    before, after = date(2026, 12, 28), date(2027, 1, 4)
    # when / then
    assert is_business_day(before) is True
    assert is_business_day(after) is True


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 1, 12),  # 成人の日, second Monday of January
        date(2026, 7, 20),  # 海の日, third Monday of July
        date(2026, 9, 21),  # 敬老の日, third Monday of September
        date(2026, 10, 12),  # スポーツの日, second Monday of October
    ],
)
def test_happy_monday_holidays_are_closed(day: date) -> None:
    # given a Monday that is a Happy Monday holiday
    assert day.weekday() == 0
    # when
    result = is_business_day(day)
    # then
    assert result is False


def test_citizens_holiday_between_two_holidays_is_closed() -> None:
    # given 2026-09-22, a Tuesday between 敬老の日 and 秋分の日 (国民の休日)
    day = date(2026, 9, 22)
    # when
    result = is_business_day(day)
    # then
    assert result is False


def test_one_off_holidays_come_from_the_holiday_data() -> None:
    # given the 2019 enthronement and the 2020 Olympic holiday moves
    enthronement = date(2019, 5, 1)
    moved_sports_day = date(2020, 7, 24)
    usual_sports_day_2020 = date(2020, 10, 12)  # second Monday of October, open that year
    # when / then
    assert is_business_day(enthronement) is False
    assert is_business_day(moved_sports_day) is False
    assert is_business_day(usual_sports_day_2020) is True


def test_a_whole_year_has_the_expected_number_of_business_days() -> None:
    # given 2026: 365 days, 104 weekend days, 16 national holidays on weekdays other than
    # January 1, and 5 weekday year-end closure days (Jan 1, Jan 2, Dec 29, 30, 31)
    expected = 365 - 104 - 16 - 5
    # when
    result = business_days_between(start=date(2025, 12, 31), end=date(2026, 12, 31))
    # then
    assert result == expected == 240


@pytest.mark.parametrize("day", [CALENDAR_START - timedelta(days=1), CALENDAR_END + timedelta(1)])
def test_dates_without_holiday_data_are_refused(day: date) -> None:
    # given a date the holidays package has no Japanese holidays for
    # when / then
    with pytest.raises(ValueError, match="outside the business-day calendar"):
        is_business_day(day)


# --- closed_reason --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "japanese", "english"),
    [
        (date(2026, 4, 29), "昭和の日", "Showa Day"),
        (date(2026, 5, 3), "憲法記念日", "Constitution Day"),  # holiday name beats 日曜日
        (date(2026, 5, 6), "振替休日", "Substitute Holiday"),
        (date(2026, 9, 22), "国民の休日", "National Holiday"),
        (date(2026, 1, 12), "成人の日", "Coming of Age Day"),
        (date(2027, 1, 1), "元日", "New Year's Day"),  # holiday name beats 年末年始
        (date(2026, 12, 29), "年末年始の閉庁日", "Year-end and New Year closure"),
        (date(2025, 1, 3), "年末年始の閉庁日", "Year-end and New Year closure"),
        (date(2027, 1, 2), "年末年始の閉庁日", "Year-end and New Year closure"),  # a Saturday
        (date(2026, 11, 14), "土曜日", "Saturday"),
        (date(2026, 11, 15), "日曜日", "Sunday"),
    ],
)
def test_closed_reason_names_why_the_city_hall_is_closed(
    day: date, japanese: str, english: str
) -> None:
    # given a closed day
    # when
    in_japanese = closed_reason(day)
    in_english = closed_reason(day, language="en")
    # then
    assert in_japanese == japanese
    assert in_english == english


def test_closed_reason_is_none_on_a_business_day() -> None:
    # given an ordinary Tuesday
    day = date(2026, 11, 24)
    # when / then
    assert closed_reason(day) is None
    assert closed_reason(day, language="en") is None


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ja", "振替休日"),
        ("ja-jp", "振替休日"),
        ("ja_JP", "振替休日"),
        ("en", "Substitute Holiday"),
    ],
)
def test_closed_reason_accepts_django_language_codes(language: str, expected: str) -> None:
    # given a substitute holiday
    day = date(2026, 5, 6)
    # when
    result = closed_reason(day, language=language)
    # then
    assert result == expected


@pytest.mark.parametrize(
    ("process_locale", "language", "expected"),
    [("en_US.UTF-8", "ja", "振替休日"), ("ja_JP.UTF-8", "en", "Substitute Holiday")],
)
def test_holiday_names_do_not_depend_on_the_process_locale(
    monkeypatch: pytest.MonkeyPatch, process_locale: str, language: str, expected: str
) -> None:
    # given a server started under a locale that differs from the requested language
    # (the holidays package guesses from LANG/LANGUAGE when not told a language)
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(variable, process_locale)
    business_days._national_holidays.cache_clear()
    try:
        # when
        result = closed_reason(date(2026, 5, 6), language=language)
    finally:
        business_days._national_holidays.cache_clear()
    # then
    assert result == expected


# --- add_business_days ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (date(2026, 4, 30), 1, date(2026, 5, 1)),  # Thursday → Friday, inside Golden Week
        (date(2026, 5, 1), 1, date(2026, 5, 7)),  # skips May 2–6
        (date(2026, 4, 28), 2, date(2026, 5, 1)),  # skips 昭和の日
        (date(2026, 12, 28), 1, date(2027, 1, 4)),  # skips the year-end closure
        (date(2024, 12, 27), 1, date(2025, 1, 6)),  # Friday → Monday after Jan 3 (a Friday)
        (date(2026, 11, 13), 1, date(2026, 11, 16)),  # Friday → Monday
        (date(2026, 11, 20), 1, date(2026, 11, 24)),  # Friday → Tuesday, 勤労感謝の日 Monday
        (date(2026, 1, 9), 1, date(2026, 1, 13)),  # Friday → Tuesday, 成人の日 Monday
        (date(2026, 9, 18), 1, date(2026, 9, 24)),  # Silver Week 2026
        (date(2026, 11, 14), 1, date(2026, 11, 16)),  # from a Saturday
        (date(2026, 11, 16), 10, date(2026, 12, 1)),  # two weeks with 勤労感謝の日
    ],
)
def test_add_business_days_forward(start: date, days: int, expected: date) -> None:
    # given a start date and a count of business days
    # when
    result = add_business_days(start, days=days)
    # then
    assert result == expected


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (date(2026, 11, 24), date(2026, 11, 24)),  # open: itself
        (date(2026, 11, 14), date(2026, 11, 16)),  # Saturday → Monday
        (date(2026, 11, 22), date(2026, 11, 24)),  # Sunday before 勤労感謝の日 → Tuesday
        (date(2026, 12, 29), date(2027, 1, 4)),  # year-end closure → first open day
    ],
)
def test_zero_business_days_is_the_day_a_submission_is_received(
    start: date, expected: date
) -> None:
    # given a submission date
    # when
    received = add_business_days(start, days=0)
    # then
    assert received == expected
    assert next_business_day(start) == expected


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (date(2026, 5, 7), -1, date(2026, 5, 1)),  # back across Golden Week
        (date(2027, 1, 4), -1, date(2026, 12, 28)),  # back across the year-end closure
        (date(2026, 11, 16), -1, date(2026, 11, 13)),  # Monday → Friday
        (date(2026, 11, 15), -1, date(2026, 11, 13)),  # Sunday → Friday
        (date(2026, 5, 1), -3, date(2026, 4, 27)),  # skips 昭和の日
    ],
)
def test_add_business_days_backward(start: date, days: int, expected: date) -> None:
    # given a start date and a negative count
    # when
    result = add_business_days(start, days=days)
    # then
    assert result == expected


@pytest.mark.parametrize("days", [3661, -3661, 10**9])
def test_absurd_offsets_are_refused(days: int) -> None:
    # given an offset no administrative deadline could have
    # when / then
    with pytest.raises(ValueError, match="out of range"):
        add_business_days(date(2026, 11, 24), days=days)


def test_the_largest_offset_is_accepted() -> None:
    # given the largest supported offset
    start = date(2026, 11, 24)
    # when
    result = add_business_days(start, days=3660)
    # then
    assert business_days_between(start=start, end=result) == 3660


def test_counting_past_the_calendar_end_is_refused() -> None:
    # given a start close to the last date with holiday data
    # when / then
    with pytest.raises(ValueError, match="outside the business-day calendar"):
        add_business_days(date(2099, 12, 1), days=30)


# --- business_days_between ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2026, 4, 30), date(2026, 5, 7), 2),  # May 1 and May 7
        (date(2026, 5, 7), date(2026, 4, 30), -2),
        (date(2026, 11, 24), date(2026, 11, 24), 0),
        (date(2026, 11, 14), date(2026, 11, 15), 0),  # Saturday → Sunday
        (date(2026, 11, 13), date(2026, 11, 16), 1),  # Friday → Monday
        (date(2026, 12, 28), date(2027, 1, 4), 1),
        (date(2026, 12, 27), date(2027, 1, 3), 1),  # only December 28
    ],
)
def test_business_days_between(start: date, end: date, expected: int) -> None:
    # given two dates
    # when
    result = business_days_between(start=start, end=end)
    # then
    assert result == expected


# --- properties -----------------------------------------------------------------------------


@given(start=calendar_dates, days=offsets)
def test_business_days_between_inverts_add_business_days(start: date, days: int) -> None:
    # given a start date and n >= 1
    # when
    end = add_business_days(start, days=days)
    # then
    assert business_days_between(start=start, end=end) == days


@given(start=calendar_dates, days=offsets)
def test_add_business_days_does_not_overshoot(start: date, days: int) -> None:
    # given a start date and n >= 1
    # when
    end = add_business_days(start, days=days)
    # then the day before the result is still short of n business days
    assert business_days_between(start=start, end=end - timedelta(days=1)) == days - 1


@given(start=calendar_dates, days=st.integers(min_value=-300, max_value=300))
def test_add_business_days_always_lands_on_a_business_day(start: date, days: int) -> None:
    # given any start date (open or closed) and offset
    # when
    result = add_business_days(start, days=days)
    # then
    assert is_business_day(result)
    if days > 0:
        assert result > start
    elif days < 0:
        assert result < start
    else:
        assert result == next_business_day(start)


@given(start=calendar_dates, days=offsets)
def test_backward_counts_invert_from_a_business_day(start: date, days: int) -> None:
    # given a business day to count back from
    open_start = next_business_day(start)
    # when
    earlier = add_business_days(open_start, days=-days)
    # then
    assert business_days_between(start=open_start, end=earlier) == -days


nearby_dates = st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31))


@given(a=nearby_dates, b=nearby_dates, c=nearby_dates)
def test_business_days_between_is_additive_and_antisymmetric(a: date, b: date, c: date) -> None:
    # given three dates a few years apart at most
    # when
    ab = business_days_between(start=a, end=b)
    bc = business_days_between(start=b, end=c)
    ac = business_days_between(start=a, end=c)
    # then
    assert ab + bc == ac
    assert business_days_between(start=b, end=a) == -ab
