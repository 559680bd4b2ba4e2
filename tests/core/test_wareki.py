"""Japanese era (和暦) dates: era boundaries, 元年, validation and parsing."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from madoguchi.core.wareki import (
    ERAS,
    Era,
    WarekiDate,
    format_iso,
    format_japanese_date,
    format_wareki,
    from_wareki,
    parse_wareki,
    to_wareki,
)

REIWA = ERAS[-1]
supported_dates = st.dates(min_value=date(1873, 1, 1), max_value=date(2100, 12, 31))


def test_eras_are_the_five_modern_eras_in_order() -> None:
    # given / when
    summary = [(era.key, era.name, era.initial, era.start) for era in ERAS]
    # then
    assert summary == [
        ("meiji", "明治", "M", date(1868, 10, 23)),
        ("taisho", "大正", "T", date(1912, 7, 30)),
        ("showa", "昭和", "S", date(1926, 12, 25)),
        ("heisei", "平成", "H", date(1989, 1, 8)),
        ("reiwa", "令和", "R", date(2019, 5, 1)),
    ]


def test_eras_are_immutable() -> None:
    # given
    era = ERAS[0]
    # when / then
    with pytest.raises(dataclasses.FrozenInstanceError):
        era.name = "慶応"  # type: ignore[misc]


# --- to_wareki / format_wareki --------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(1873, 1, 1), "明治6年1月1日"),
        (date(1912, 7, 29), "明治45年7月29日"),
        (date(1912, 7, 30), "大正元年7月30日"),
        (date(1913, 1, 1), "大正2年1月1日"),
        (date(1926, 12, 24), "大正15年12月24日"),
        (date(1926, 12, 25), "昭和元年12月25日"),
        (date(1927, 1, 1), "昭和2年1月1日"),
        (date(1989, 1, 7), "昭和64年1月7日"),
        (date(1989, 1, 8), "平成元年1月8日"),
        (date(1990, 1, 1), "平成2年1月1日"),
        (date(2019, 4, 30), "平成31年4月30日"),
        (date(2019, 5, 1), "令和元年5月1日"),
        (date(2019, 12, 31), "令和元年12月31日"),
        (date(2020, 1, 1), "令和2年1月1日"),
        (date(2026, 11, 24), "令和8年11月24日"),
    ],
)
def test_format_wareki_at_every_era_boundary(day: date, expected: str) -> None:
    # given a Gregorian date
    # when
    result = format_wareki(day)
    # then
    assert result == expected


def test_to_wareki_returns_era_and_numbers() -> None:
    # given
    day = date(2026, 11, 24)
    # when
    result = to_wareki(day)
    # then
    assert result == WarekiDate(era=REIWA, year=8, month=11, day=24)
    assert str(result) == "令和8年11月24日"
    assert result.to_date() == day


def test_to_wareki_refuses_lunar_calendar_dates() -> None:
    # given the last day before Japan adopted the Gregorian calendar
    day = date(1872, 12, 31)
    # when / then
    with pytest.raises(ValueError, match="Gregorian calendar"):
        to_wareki(day)


# --- from_wareki ----------------------------------------------------------------------------


@pytest.mark.parametrize("era", ["reiwa", "REIWA", "令和", "R", "r", "㋿"])
def test_from_wareki_accepts_key_name_and_initial(era: str) -> None:
    # given one spelling of 令和
    # when
    result = from_wareki(era=era, year=8, month=11, day=24)
    # then
    assert result == date(2026, 11, 24)


@pytest.mark.parametrize(
    ("era", "year", "month", "day", "expected"),
    [
        ("heisei", 31, 4, 30, date(2019, 4, 30)),
        ("reiwa", 1, 5, 1, date(2019, 5, 1)),
        ("showa", 64, 1, 7, date(1989, 1, 7)),
        ("heisei", 1, 1, 8, date(1989, 1, 8)),
        ("taisho", 15, 12, 24, date(1926, 12, 24)),
        ("showa", 1, 12, 25, date(1926, 12, 25)),
        ("meiji", 45, 7, 29, date(1912, 7, 29)),
        ("taisho", 1, 7, 30, date(1912, 7, 30)),
        ("meiji", 6, 1, 1, date(1873, 1, 1)),
        ("reiwa", 6, 2, 29, date(2024, 2, 29)),
    ],
)
def test_from_wareki_valid_dates(era: str, year: int, month: int, day: int, expected: date) -> None:
    # given an era date that exists
    # when
    result = from_wareki(era=era, year=year, month=month, day=day)
    # then
    assert result == expected


@pytest.mark.parametrize(
    ("era", "year", "month", "day", "message"),
    [
        ("heisei", 31, 5, 1, "outside the heisei era"),  # 平成 ended on April 30
        ("reiwa", 1, 4, 30, "outside the reiwa era"),  # 令和 began on May 1
        ("showa", 64, 1, 8, "outside the showa era"),
        ("heisei", 1, 1, 7, "outside the heisei era"),
        ("taisho", 15, 12, 25, "outside the taisho era"),
        ("meiji", 45, 7, 30, "outside the meiji era"),
        ("meiji", 1, 1, 1, "outside the meiji era"),
        ("meiji", 5, 12, 2, "Gregorian calendar"),  # lunar calendar still in use
        ("reiwa", 8, 2, 29, "not a valid date"),  # 2026 is not a leap year
        ("reiwa", 8, 13, 1, "not a valid date"),
        ("reiwa", 8, 4, 31, "not a valid date"),
        ("reiwa", 0, 5, 1, "era years start at 1"),
        ("reiwa", -1, 5, 1, "era years start at 1"),
        ("heisei", 9000, 1, 1, "not a valid date"),
        ("keio", 1, 1, 1, "Unknown era"),
        ("X", 1, 1, 1, "Unknown era"),
    ],
)
def test_from_wareki_refuses_impossible_dates(
    era: str, year: int, month: int, day: int, message: str
) -> None:
    # given an era date that does not exist
    # when / then
    with pytest.raises(ValueError, match=message):
        from_wareki(era=era, year=year, month=month, day=day)


# --- parse_wareki ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和8年11月24日", date(2026, 11, 24)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("令和1年5月1日", date(2019, 5, 1)),
        ("R8.11.24", date(2026, 11, 24)),
        ("r08.11.24", date(2026, 11, 24)),
        ("H31/4/30", date(2019, 4, 30)),
        ("h31-4-30", date(2019, 4, 30)),
        ("S64.1.7", date(1989, 1, 7)),
        ("平成３１年４月３０日", date(2019, 4, 30)),
        ("Ｒ８．１１．２４", date(2026, 11, 24)),
        ("㍻31年4月30日", date(2019, 4, 30)),
        ("  令和 8 年 11 月 24 日 ", date(2026, 11, 24)),
        ("明治45年7月29日", date(1912, 7, 29)),
    ],
)
def test_parse_wareki_accepts_common_spellings(text: str, expected: date) -> None:
    # given a resident's spelling of an era date
    # when
    result = parse_wareki(text)
    # then
    assert result == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2026-11-24",
        "2026年11月24日",
        "令和8年11月",
        "令和8年11月24日です",
        "R8.11/24",  # mixed separators
        "R8 11 24",
        "X8.11.24",
        "慶応3年1月1日",
        "令和八年十一月二十四日",
        "令和٨年11月24日",  # Arabic-Indic digit
    ],
)
def test_parse_wareki_refuses_other_text(text: str) -> None:
    # given text that is not an era date
    # when / then
    with pytest.raises(ValueError, match="not a Japanese era date"):
        parse_wareki(text)


@pytest.mark.parametrize("text", ["平成31年5月1日", "R1.4.30", "令和8年2月29日", "H0.1.1"])
def test_parse_wareki_refuses_dates_that_do_not_exist(text: str) -> None:
    # given well-formed text naming a date outside its era or the calendar
    # when / then
    with pytest.raises(ValueError):
        parse_wareki(text)


# --- other formats --------------------------------------------------------------------------


def test_format_japanese_date_gregorian_and_era() -> None:
    # given
    day = date(2026, 11, 24)
    # when
    gregorian = format_japanese_date(day)
    with_era = format_japanese_date(day, era=True)
    # then
    assert gregorian == "2026年11月24日"
    assert with_era == "令和8年11月24日"


def test_format_japanese_date_uses_gannen_for_the_first_year() -> None:
    # given the first day of 令和
    day = date(2019, 5, 1)
    # when / then
    assert format_japanese_date(day, era=True) == "令和元年5月1日"
    assert format_japanese_date(day) == "2019年5月1日"


def test_format_iso() -> None:
    # given
    day = date(2026, 1, 5)
    # when / then
    assert format_iso(day) == "2026-01-05"


# --- properties -----------------------------------------------------------------------------


@given(day=supported_dates)
def test_to_wareki_from_wareki_round_trip(day: date) -> None:
    # given any date since the Gregorian calendar was adopted
    # when
    wareki = to_wareki(day)
    back = from_wareki(era=wareki.era.key, year=wareki.year, month=wareki.month, day=wareki.day)
    # then
    assert back == day
    assert wareki.year >= 1
    assert wareki.era.start <= day


@given(day=supported_dates)
def test_formatted_dates_parse_back(day: date) -> None:
    # given any supported date and its two written forms
    wareki = to_wareki(day)
    long_form = format_wareki(day)
    short_form = f"{wareki.era.initial}{wareki.year}.{wareki.month}.{wareki.day}"
    # when / then
    assert parse_wareki(long_form) == day
    assert parse_wareki(short_form) == day


@given(day=supported_dates)
def test_each_date_belongs_to_the_latest_era_started_by_then(day: date) -> None:
    # given any supported date
    # when
    era = to_wareki(day).era
    # then no later era had started yet
    later = ERAS[ERAS.index(era) + 1 :]
    assert all(next_era.start > day for next_era in later)


@pytest.mark.parametrize(("previous", "current"), list(pairwise(ERAS)))
def test_the_day_before_each_era_belongs_to_the_previous_era(previous: Era, current: Era) -> None:
    # given an era change
    last_day = current.start - timedelta(days=1)
    # when
    before = to_wareki(last_day)
    first = to_wareki(current.start)
    # then
    assert before.era == previous
    assert (first.era, first.year) == (current, 1)
