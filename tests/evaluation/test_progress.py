"""Achievement and progress status of the master plan's indicators (no database).

Expected numbers are worked out by hand from the plan's own rows (the bundled
master_plan_indicators.csv) and written as literals, so a change of formula fails here.
"""

from __future__ import annotations

import csv
import dataclasses
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from madoguchi.evaluation.progress import (
    GROWTH_BANDS,
    METHOD_TEXT,
    RATIO_BANDS,
    Assessment,
    Observation,
    Status,
    Target,
    TargetKind,
    achievement,
    assess,
    band,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
CSV_PATH = REPO_ROOT / "src" / "madoguchi" / "evaluation" / "data" / "master_plan_indicators.csv"


def _rows() -> dict[tuple[str, str], dict[str, str]]:
    with CSV_PATH.open(encoding="utf-8") as f:
        return {(row["indicator"], row["series"]): row for row in csv.DictReader(f)}


ROWS = _rows()


class Row:
    """One series of the plan, read from the CSV the way the app reads it."""

    def __init__(self, indicator: str, series: str = "") -> None:
        row = ROWS[(indicator, series)]
        self.kind = TargetKind(row["target_kind"])
        self.baseline_fy = int(row["baseline_fy"])
        self.baseline = float(row["baseline"]) if row["baseline"] else None
        self.mid = Target.parse(row["mid_fy"], row["mid_target"])
        self.final = Target.parse(row["final_fy"], row["final_target"])

    @property
    def baseline_observation(self) -> Observation | None:
        if self.baseline is None:
            return None
        return Observation(self.baseline_fy, self.baseline)

    def achievements(self, actual: float) -> tuple[float | None, float | None]:
        return (
            achievement(kind=self.kind, baseline=self.baseline, target=self.mid, actual=actual),
            achievement(kind=self.kind, baseline=self.baseline, target=self.final, actual=actual),
        )

    def assess(self, *observations: Observation) -> Assessment:
        return assess(
            kind=self.kind,
            baseline=self.baseline_observation,
            observations=list(observations),
            mid=self.mid,
            final=self.final,
        )


ONLINE = "オンライン申請ができる行政手続の割合"
DISCLOSURE = "区政情報のオープンデータ化による情報公開請求件数の減少"
DISCRIMINATION = "社会において差別や人権侵害が存在すると感じる区民の割合"
BALANCE = "経常収支比率"
FISCAL = "財政力指数"
PEACE_LIGHT = "平和の灯、被爆樹木Ⅱ世の認知度"
OPEN_DATA = "月平均のオープンデータダウンロード数"


# --- Target.parse ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fy", "text", "expected"),
    [
        ("2023", "75", Target(2023, value=75.0)),
        (2023, "70-80", Target(2023, low=70.0, high=80.0)),
        ("2026", "1.00", Target(2026, value=1.0)),
        ("2026", "", Target(2026)),
        (2026, "減少", Target(2026)),
        ("", "", None),
        (None, None, None),
        ("２０２３", "７０～８０", Target(2023, low=70.0, high=80.0)),
        (2023, "70〜80", Target(2023, low=70.0, high=80.0)),
        (2026, "4,300", Target(2026, value=4300.0)),
        (2026, "50.0%", Target(2026, value=50.0)),
    ],
)
def test_target_parse_reads_plan_cells(
    fy: int | str | None, text: str | None, expected: Target | None
) -> None:
    # Given a fiscal-year cell and a target cell as written in the plan's CSV
    # When they are parsed
    # Then the target has the value, the band or no number the plan means
    assert Target.parse(fy, text) == expected


@pytest.mark.parametrize(
    ("fy", "text"), [("", "75"), (2023, "about 75"), (2023, "80-70"), (2023, "7O")]
)
def test_target_parse_refuses_what_it_cannot_read(fy: int | str, text: str) -> None:
    # Given a target without a year, in words, as a reversed band, or with a letter O
    # When it is parsed
    # Then it is refused rather than silently dropped
    with pytest.raises(ValueError):
        Target.parse(fy, text)


def test_every_target_of_the_plan_parses_to_its_kind() -> None:
    # Given all 30 series of the plan
    assert len(ROWS) == 30
    for row in ROWS.values():
        kind = TargetKind(row["target_kind"])
        # When their mid, second mid and final targets are parsed
        targets = [Target.parse(row[f"{s}_fy"], row[f"{s}_target"]) for s in ("mid", "final")]
        mid2 = Target.parse(row["mid2_fy"], row["mid2_target"])
        # Then each has the shape its kind needs
        assert (mid2 is None) == (row["level"] == "measure")
        for target in targets:
            assert target is not None
            if kind is TargetKind.RANGE:
                assert (target.low, target.high) == (70.0, 80.0)
            elif row["indicator"] == DISCRIMINATION:
                assert not target.is_numbered
            else:
                assert target.value is not None


@pytest.mark.parametrize(
    "kwargs",
    [{"low": 1.0}, {"value": 1.0, "low": 0.0, "high": 2.0}, {"value": math.nan}, {"high": 5.0}],
)
def test_target_rejects_inconsistent_numbers(kwargs: dict[str, float]) -> None:
    # Given a half band, a value and a band together, or NaN
    # When a Target is built
    # Then it is refused
    with pytest.raises(ValueError):
        Target(2026, **kwargs)


def test_numbers_are_coerced_to_float() -> None:
    # Given values as the database returns them (Decimal) and ints
    from decimal import Decimal

    observation = Observation(2023, Decimal("70.1"))  # type: ignore[arg-type]
    target = Target(2026, low=70, high=80)
    # When achievement is computed from them
    result = achievement(kind=TargetKind.RANGE, baseline=None, target=target, actual=82)
    # Then they are floats and mix with float arithmetic
    assert isinstance(observation.value, float)
    assert isinstance(target.low, float)
    assert result == pytest.approx(0.8)


# --- achievement -------------------------------------------------------------------------


def test_achievement_online_applications() -> None:
    # Given オンライン申請: baseline 4 (FY2020), mid 75 (FY2023), final 100 (FY2026)
    row = Row(ONLINE)
    # When the actual value is 60
    mid, final = row.achievements(60)
    # Then mid = (60-4)/(75-4) = 56/71 and final = 56/96
    assert mid == pytest.approx(0.788732394, rel=1e-8)
    assert final == pytest.approx(0.583333333, rel=1e-8)


def test_achievement_decrease_disclosure_requests() -> None:
    # Given 情報公開請求件数 (decrease): baseline 200, mid 140, final 130
    row = Row(DISCLOSURE)
    assert row.kind is TargetKind.DECREASE
    # When the actual value is 170
    mid, final = row.achievements(170)
    # Then mid = (170-200)/(140-200) = 0.5 and final = -30/-70 = 3/7
    assert mid == pytest.approx(0.5)
    assert final == pytest.approx(0.428571428, rel=1e-8)


def test_achievement_of_unnumbered_decrease_is_undefined() -> None:
    # Given 差別・人権侵害 (decrease, the plan only says 「減少」), baseline 71.5
    row = Row(DISCRIMINATION)
    # When the actual value is 65
    # Then there is no achievement to report for either target
    assert row.achievements(65) == (None, None)


@pytest.mark.parametrize(
    ("actual", "expected"),
    [(70.1, 1.0), (70.0, 1.0), (80.0, 1.0), (82.0, 0.8), (65.0, 0.5), (95.0, 0.0)],
)
def test_achievement_range_current_balance_ratio(actual: float, expected: float) -> None:
    # Given 経常収支比率 with its 70–80 band
    row = Row(BALANCE)
    # When the actual value is inside, on a bound, 2 or 5 above/below, or far outside
    _, final = row.achievements(actual)
    # Then it is 1.0 inside, 1 - distance/10 outside, floored at 0.0 (95: 1 - 15/10 → 0)
    assert final == pytest.approx(expected)


@pytest.mark.parametrize(("actual", "expected"), [(1.27, 1.0), (1.0, 1.0), (0.9, 0.9)])
def test_achievement_at_least_fiscal_strength(actual: float, expected: float) -> None:
    # Given 財政力指数 with its target 1.00以上
    row = Row(FISCAL)
    # When the actual value is above, at or below the threshold
    mid, final = row.achievements(actual)
    # Then it is 1.0 at or above it and actual/threshold below it
    assert mid == pytest.approx(expected)
    assert final == pytest.approx(expected)


def test_achievement_without_baseline_uses_the_target_alone() -> None:
    # Given 平和の灯 (no baseline in the plan), mid 50, final 65
    row = Row(PEACE_LIGHT)
    assert row.baseline is None
    # When the actual value is 40
    mid, final = row.achievements(40)
    # Then mid = 40/50 and final = 40/65
    assert mid == pytest.approx(0.8)
    assert final == pytest.approx(0.615384615, rel=1e-8)


def test_achievement_decrease_without_baseline_uses_the_target_alone() -> None:
    # Given a decrease with target 130 and no baseline
    target = Target(2026, value=130.0)

    def result(actual: float) -> float | None:
        return achievement(kind=TargetKind.DECREASE, baseline=None, target=target, actual=actual)

    # When the actual value is 260, 100, or zero
    # Then it is 130/260, 130/100 (over-achieved), and undefined at zero
    assert result(260) == pytest.approx(0.5)
    assert result(100) == pytest.approx(1.3)
    assert result(0) is None


def test_over_achievement_is_not_clamped() -> None:
    # Given オープンデータ downloads: baseline 2400, mid 3200, final 4300
    row = Row(OPEN_DATA)
    # When the actual value is 5000
    mid, final = row.achievements(5000)
    # Then mid = 2600/800 and final = 2600/1900, both above 1.0
    assert mid == pytest.approx(3.25)
    assert final == pytest.approx(1.368421052, rel=1e-8)


@pytest.mark.parametrize(
    ("kind", "actual", "expected"),
    [
        (TargetKind.INCREASE, 100.0, 1.0),
        (TargetKind.INCREASE, 101.0, 1.0),
        (TargetKind.INCREASE, 99.0, 0.0),
        (TargetKind.DECREASE, 100.0, 1.0),
        (TargetKind.DECREASE, 99.0, 1.0),
        (TargetKind.DECREASE, 101.0, 0.0),
    ],
)
def test_achievement_when_target_equals_baseline(
    kind: TargetKind, actual: float, expected: float
) -> None:
    # Given a target equal to its baseline (100 → 100): no scale to measure against
    target = Target(2026, value=100.0)
    # When the actual value is on either side of it
    # Then it is 1.0 on the right side (or on it) and 0.0 on the wrong side
    assert achievement(kind=kind, baseline=100.0, target=target, actual=actual) == expected


def test_achievement_when_target_allows_a_decline() -> None:
    # Given an increase whose target (1.00) is below its baseline (1.27)
    target = Target(2026, value=1.0)
    # When the actual value is still above, or has fallen below, the target
    # Then it is met (1.0) or not (0.0) — never a negative share of a "planned fall"
    assert achievement(kind=TargetKind.INCREASE, baseline=1.27, target=target, actual=1.1) == 1.0
    assert achievement(kind=TargetKind.INCREASE, baseline=1.27, target=target, actual=0.9) == 0.0


def test_achievement_without_target_is_none() -> None:
    # Given no target at all
    # When achievement is asked for
    # Then there is none
    assert achievement(kind=TargetKind.INCREASE, baseline=1.0, target=None, actual=2.0) is None


# --- Open SDG bands ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "thresholds", "expected"),
    [
        (0.95, RATIO_BANDS, Status.ON_TRACK),
        (0.9499, RATIO_BANDS, Status.NEEDS_ACCELERATION),
        (0.60, RATIO_BANDS, Status.NEEDS_ACCELERATION),
        (0.5999, RATIO_BANDS, Status.LIMITED_PROGRESS),
        (0.0, RATIO_BANDS, Status.LIMITED_PROGRESS),
        (-1e-9, RATIO_BANDS, Status.DETERIORATION),
        (0.015, GROWTH_BANDS, Status.ON_TRACK),
        (0.0149, GROWTH_BANDS, Status.NEEDS_ACCELERATION),
        (0.005, GROWTH_BANDS, Status.NEEDS_ACCELERATION),
        (0.0049, GROWTH_BANDS, Status.LIMITED_PROGRESS),
        (0.0, GROWTH_BANDS, Status.LIMITED_PROGRESS),
        (-0.0001, GROWTH_BANDS, Status.DETERIORATION),
    ],
)
def test_band_lower_bounds_are_inclusive(
    value: float, thresholds: tuple[float, float, float], expected: Status
) -> None:
    # Given Open SDG's thresholds (R: 0.95/0.60/0; growth: 1.5%/0.5%/0)
    # When a value exactly on, or just under, a threshold is placed
    # Then the lower bound belongs to the higher band, as in sdg-build
    assert band(value, thresholds) is expected


# --- assess: increase and decrease (Open SDG ratio R) -------------------------------------


@pytest.mark.parametrize(
    ("fy2023", "status", "ratio"),
    [
        # CAGR_r = (100/4)^(1/6) - 1 = 0.70998 a year.
        (60.0, Status.ON_TRACK, 2.0652),  # (60/4)^(1/3) - 1 = 1.46621 → R = 2.0652
        (20.0, Status.ON_TRACK, 1.0),  # (20/4)^(1/3) = 25^(1/6): exactly on the path
        (12.0, Status.NEEDS_ACCELERATION, 0.6229),  # 3^(1/3) - 1 = 0.44225
        (6.0, Status.LIMITED_PROGRESS, 0.2038),  # 1.5^(1/3) - 1 = 0.14471
        (3.0, Status.DETERIORATION, -0.1288),  # 0.75^(1/3) - 1 = -0.09144
        (100.0, Status.ACHIEVED, None),
    ],
)
def test_assess_increase_bands_online_applications(
    fy2023: float, status: Status, ratio: float | None
) -> None:
    # Given オンライン申請 (4 in FY2020 → 100 by FY2026)
    row = Row(ONLINE)
    # When FY2023 is observed at a value placing it in each band
    result = row.assess(Observation(2023, fy2023))
    # Then the status and Open SDG's ratio are those worked out by hand
    assert result.status is status
    if ratio is None:
        assert result.progress_value is None
    else:
        assert result.progress_value == pytest.approx(ratio, abs=1e-4)
        assert result.required_cagr == pytest.approx(0.70998, abs=1e-5)
    assert result.base == Observation(2020, 4.0)
    assert result.latest == Observation(2023, fy2023)


def test_assess_online_applications_reports_achievement_and_method() -> None:
    # Given オンライン申請 observed at 60 in FY2023
    result = Row(ONLINE).assess(Observation(2023, 60.0))
    # When it is assessed
    # Then achievements are 56/71 and 56/96, the projection is the line 4 → 60 to FY2026,
    # and the method names the rates, the ratio and the band
    assert result.achievement_mid == pytest.approx(0.788732394, rel=1e-8)
    assert result.achievement_final == pytest.approx(0.583333333, rel=1e-8)
    assert result.projected_final == pytest.approx(116.0)
    assert result.observed_cagr == pytest.approx(1.46621, abs=1e-5)
    assert "2.07 times" in result.method
    assert "+71.00% a year" in result.method
    assert "R ≥ 0.95" in result.method


@pytest.mark.parametrize(
    ("fy2023", "status", "ratio"),
    [
        # CAGR_r = (130/200)^(1/6) - 1 = -0.06928 a year; R = -CAGR_o / 0.06928.
        (160.0, Status.ON_TRACK, 1.0347),  # 0.8^(1/3) - 1 = -0.07168
        (170.0, Status.NEEDS_ACCELERATION, 0.7611),  # 0.85^(1/3) - 1 = -0.05273
        (190.0, Status.LIMITED_PROGRESS, 0.2447),  # 0.95^(1/3) - 1 = -0.01695
        (210.0, Status.DETERIORATION, -0.2367),  # 1.05^(1/3) - 1 = +0.01640
        (130.0, Status.ACHIEVED, None),
        (120.0, Status.ACHIEVED, None),
    ],
)
def test_assess_decrease_bands_disclosure_requests(
    fy2023: float, status: Status, ratio: float | None
) -> None:
    # Given 情報公開請求件数 (200 in FY2020 → 130 by FY2026; lower is better)
    row = Row(DISCLOSURE)
    # When FY2023 is observed at a value placing it in each band
    result = row.assess(Observation(2023, fy2023))
    # Then the status and ratio are those worked out by hand
    assert result.status is status
    if ratio is None:
        assert result.progress_value is None
    else:
        assert result.progress_value == pytest.approx(ratio, abs=1e-4)


def test_assess_decrease_170_has_the_briefed_achievements() -> None:
    # Given 情報公開請求件数 observed at 170 in FY2023
    result = Row(DISCLOSURE).assess(Observation(2023, 170.0))
    # When it is assessed
    # Then achievements are 0.5 and 3/7 and the status needs acceleration (R = 0.76)
    assert result.achievement_mid == pytest.approx(0.5)
    assert result.achievement_final == pytest.approx(0.428571428, rel=1e-8)
    assert result.status is Status.NEEDS_ACCELERATION
    assert "0.76 times" in result.method


def test_assess_without_baseline_starts_the_trend_at_the_first_observation() -> None:
    # Given 平和の灯 (no baseline; mid 50, final 65 in FY2026)
    row = Row(PEACE_LIGHT)
    # When it is observed at 40 in FY2021 and 48 in FY2023
    result = row.assess(Observation(2023, 48.0), Observation(2021, 40.0))
    # Then the trend runs from FY2021: (48/40)^(1/2) - 1 = 0.09545 against
    # (65/40)^(1/5) - 1 = 0.10197 needed, R = 0.936 → needs acceleration;
    # achievements use the targets alone: 48/50 and 48/65
    assert result.base == Observation(2021, 40.0)
    assert result.progress_value == pytest.approx(0.9360, abs=1e-4)
    assert result.status is Status.NEEDS_ACCELERATION
    assert result.achievement_mid == pytest.approx(0.96)
    assert result.achievement_final == pytest.approx(0.738461538, rel=1e-8)
    assert result.projected_final == pytest.approx(60.0)


def test_assess_target_equal_to_baseline_that_slipped_is_deterioration() -> None:
    # Given an increase from 100 whose final target is also 100 (required growth 0)
    # When the value falls to 90
    result = assess(
        kind=TargetKind.INCREASE,
        baseline=Observation(2020, 100.0),
        observations=[Observation(2023, 90.0)],
        mid=None,
        final=Target(2026, value=100.0),
    )
    # Then it has moved away from the target: deterioration, with no ratio to show
    assert result.status is Status.DETERIORATION
    assert result.progress_value is None
    assert result.required_cagr == 0.0


def test_assess_zero_baseline_is_replaced_as_open_sdg_does() -> None:
    # Given an increase from 0 (FY2020) to 100 (FY2026), observed at 10 in FY2023
    result = assess(
        kind=TargetKind.INCREASE,
        baseline=Observation(2020, 0.0),
        observations=[Observation(2023, 10.0)],
        mid=None,
        final=Target(2026, value=100.0),
    )
    # When assessed, 0 becomes 0.001: (10/0.001)^(1/3) - 1 = 20.544 against
    # (100/0.001)^(1/6) - 1 = 5.8129 → R = 3.534
    # Then it is on track
    assert result.progress_value == pytest.approx(3.5343, abs=1e-4)
    assert result.status is Status.ON_TRACK


def test_assess_values_changing_sign_are_not_assessed() -> None:
    # Given a series that goes from positive to negative
    result = assess(
        kind=TargetKind.INCREASE,
        baseline=Observation(2020, 5.0),
        observations=[Observation(2023, -1.0)],
        mid=None,
        final=Target(2026, value=10.0),
    )
    # When assessed
    # Then the growth-rate method cannot be applied
    assert result.status is Status.NOT_ASSESSED
    assert "sign" in result.method


def test_assess_final_year_not_after_base_year_is_not_assessed() -> None:
    # Given a final target dated in the base year itself
    result = assess(
        kind=TargetKind.INCREASE,
        baseline=Observation(2020, 5.0),
        observations=[Observation(2023, 6.0)],
        mid=None,
        final=Target(2020, value=10.0),
    )
    # When assessed
    # Then no required growth rate exists
    assert result.status is Status.NOT_ASSESSED


# --- assess: unnumbered decrease (Open SDG growth rate P) ---------------------------------


@pytest.mark.parametrize(
    ("fy2023", "status", "growth"),
    [
        (65.0, Status.ON_TRACK, 0.03127),  # (65/71.5)^(1/3) - 1 = -0.03127
        (70.0, Status.NEEDS_ACCELERATION, 0.00704),  # (70/71.5)^(1/3) - 1 = -0.00704
        (71.0, Status.LIMITED_PROGRESS, 0.00234),  # (71/71.5)^(1/3) - 1 = -0.00234
        (71.5, Status.LIMITED_PROGRESS, 0.0),  # flat
        (75.0, Status.DETERIORATION, -0.01606),  # (75/71.5)^(1/3) - 1 = +0.01606
    ],
)
def test_assess_unnumbered_decrease_discrimination(
    fy2023: float, status: Status, growth: float
) -> None:
    # Given 差別・人権侵害 (71.5 in FY2020; the plan only says 「減少」)
    row = Row(DISCRIMINATION)
    # When FY2023 is observed
    result = row.assess(Observation(2023, fy2023))
    # Then falling fast is on track, flat is limited progress, rising is deterioration,
    # and there is no achievement to report
    assert result.status is status
    assert result.progress_value == pytest.approx(growth, abs=1e-5)
    assert result.achievement_mid is None
    assert result.achievement_final is None


def test_assess_unnumbered_decrease_flat_method_has_no_negative_zero() -> None:
    # Given 差別・人権侵害 unchanged at 71.5
    result = Row(DISCRIMINATION).assess(Observation(2023, 71.5))
    # When assessed
    # Then the method reads +0.00%, not -0.00%
    assert "-0.00%" not in result.method
    assert "P < 0.5%" in result.method


def test_assess_unnumbered_decrease_with_one_point_is_not_assessed() -> None:
    # Given 差別・人権侵害 with only its baseline
    result = Row(DISCRIMINATION).assess()
    # When assessed
    # Then there is no trend and no projection
    assert result.status is Status.NOT_ASSESSED
    assert result.projected_final is None
    assert result.latest == Observation(2020, 71.5)


# --- assess: range and at_least -----------------------------------------------------------


def test_assess_range_baseline_inside_is_achieved_without_trend() -> None:
    # Given 経常収支比率 with only its baseline 70.1, inside 70–80
    result = Row(BALANCE).assess()
    # When assessed
    # Then it is achieved even with one point
    assert result.status is Status.ACHIEVED
    assert result.achievement_final == 1.0


@pytest.mark.parametrize(
    ("base", "fy2023", "status"),
    [
        (70.1, 78.0, Status.ACHIEVED),
        (70.1, 82.0, Status.DETERIORATION),  # distance 0 → 2
        (85.0, 82.0, Status.NEEDS_ACCELERATION),  # distance 5 → 2
        (85.0, 85.0, Status.LIMITED_PROGRESS),  # distance 5 → 5
        (85.0, 65.0, Status.LIMITED_PROGRESS),  # crossed over: distance 5 → 5
        (66.0, 60.0, Status.DETERIORATION),  # distance 4 → 10
    ],
)
def test_assess_range_compares_distance_to_the_band(
    base: float, fy2023: float, status: Status
) -> None:
    # Given the 70–80 band of 経常収支比率 and a base value in FY2020
    row = Row(BALANCE)
    # When FY2023 is observed
    result = assess(
        kind=row.kind,
        baseline=Observation(2020, base),
        observations=[Observation(2023, fy2023)],
        mid=row.mid,
        final=row.final,
    )
    # Then the status follows the change of distance to the band
    assert result.status is status


def test_assess_range_outside_with_one_point_is_not_assessed() -> None:
    # Given only a base value of 85, outside 70–80
    row = Row(BALANCE)
    result = assess(
        kind=row.kind, baseline=Observation(2020, 85.0), observations=[], mid=None, final=row.final
    )
    # When assessed
    # Then there is no trend to judge
    assert result.status is Status.NOT_ASSESSED


@pytest.mark.parametrize(
    ("base", "observed", "status", "ratio"),
    [
        (1.27, Observation(2023, 1.10), Status.ACHIEVED, None),
        # (0.95/1.27)^(1/3) - 1 = -0.09224 against |(1/1.27)^(1/6) - 1| = 0.03905
        (1.27, Observation(2023, 0.95), Status.DETERIORATION, -2.3618),
        # (0.9/0.8)^(1/2) - 1 = 0.06066 against (1/0.8)^(1/6) - 1 = 0.03789
        (0.8, Observation(2022, 0.9), Status.ON_TRACK, 1.6009),
        # (0.82/0.8)^(1/2) - 1 = 0.01242 → R = 0.328
        (0.8, Observation(2022, 0.82), Status.LIMITED_PROGRESS, 0.3279),
    ],
)
def test_assess_at_least_fiscal_strength(
    base: float, observed: Observation, status: Status, ratio: float | None
) -> None:
    # Given 財政力指数 (1.00以上 by FY2026) and a base value in FY2020
    row = Row(FISCAL)
    # When a later year is observed
    result = assess(
        kind=row.kind,
        baseline=Observation(2020, base),
        observations=[observed],
        mid=row.mid,
        final=row.final,
    )
    # Then met is achieved; otherwise Open SDG's ratio with higher-is-better applies
    assert result.status is status
    if ratio is not None:
        assert result.progress_value == pytest.approx(ratio, abs=1e-4)


# --- assess: series handling --------------------------------------------------------------


def test_assess_no_data_is_not_assessed() -> None:
    # Given a series with no baseline and no observations
    result = assess(
        kind=TargetKind.INCREASE,
        baseline=None,
        observations=[],
        mid=None,
        final=Target(2026, value=1.0),
    )
    # When assessed
    # Then nothing can be said
    assert result.status is Status.NOT_ASSESSED
    assert result.latest is None
    assert (result.achievement_mid, result.achievement_final, result.projected_final) == (
        None,
        None,
        None,
    )


def test_assess_latest_is_highest_year_and_repeated_year_keeps_last() -> None:
    # Given observations out of order, FY2023 given twice (a revision: 50, then 60)
    row = Row(ONLINE)
    # When assessed
    result = row.assess(Observation(2023, 50.0), Observation(2021, 30.0), Observation(2023, 60.0))
    # Then the latest is FY2023 at its revised value
    assert result.latest == Observation(2023, 60.0)
    assert result.achievement_final == pytest.approx(56 / 96)


def test_assess_projection_is_least_squares_over_the_trend() -> None:
    # Given オンライン申請: 4 (FY2020), 30 (FY2021), 40 (FY2023)
    row = Row(ONLINE)
    # When assessed
    result = row.assess(Observation(2021, 30.0), Observation(2023, 40.0))
    # Then the least-squares line has slope 51.333/4.667 = 11 a year through the mean
    # (FY2021.333, 24.667), so FY2026 is 24.667 + 11 × 4.667 = 76
    assert result.projected_final == pytest.approx(76.0)


def test_assess_ignores_observations_before_the_baseline_year_for_the_trend() -> None:
    # Given オンライン申請 with a stray FY2018 value before its FY2020 baseline
    row = Row(ONLINE)
    # When assessed with FY2023 at 60
    with_stray = row.assess(Observation(2018, 90.0), Observation(2023, 60.0))
    without = row.assess(Observation(2023, 60.0))
    # Then the trend still starts at the baseline
    assert with_stray == without


def test_assessment_is_frozen() -> None:
    # Given an assessment
    result = Row(ONLINE).assess(Observation(2023, 60.0))
    # When a field is changed
    # Then it is refused: results are values, safe to cache and share
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.status = Status.ACHIEVED  # type: ignore[misc]


# --- public text and purity -----------------------------------------------------------------


def test_method_text_covers_every_status_and_kind() -> None:
    # Given the methodology texts
    # When looked up by status and by kind
    # Then each has a non-empty English explanation
    expected = {s.value for s in Status} | {k.value for k in TargetKind}
    assert set(METHOD_TEXT) == expected
    for text in METHOD_TEXT.values():
        assert text.strip()
        assert text.isascii() or "–" in text
    assert METHOD_TEXT[Status.ON_TRACK] == METHOD_TEXT["on_track"]


def test_module_does_not_import_django() -> None:
    # Given a fresh interpreter
    code = (
        "import sys; import madoguchi.evaluation.progress; "
        "sys.exit(1 if any(m == 'django' or m.startswith('django.') for m in sys.modules) else 0)"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT / "src")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    # When the progress module is imported
    completed = subprocess.run([sys.executable, "-c", code], env=env, check=False)  # noqa: S603
    # Then Django has not been loaded
    assert completed.returncode == 0


# --- properties ---------------------------------------------------------------------------

values = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
finite = st.floats(allow_nan=False, allow_infinity=False)
years = st.integers(min_value=1900, max_value=2200)


def _undefined(kind: TargetKind, baseline: float | None, goal: float, actual: float) -> bool:
    """Where achievement is documented to be None: a ratio that is undefined or overflows."""
    if baseline is not None:
        return not math.isfinite((actual - baseline) / (goal - baseline))
    if kind is TargetKind.INCREASE:
        return not math.isfinite(actual / goal)
    return actual <= 0 or not math.isfinite(goal / actual)


@given(baseline=st.none() | values, goal=values, a=values, b=values)
def test_increase_achievement_is_non_decreasing(
    baseline: float | None, goal: float, a: float, b: float
) -> None:
    # Given an increase target and two actual values a ≤ b
    low, high = sorted((a, b))
    target = Target(2026, value=goal)
    # When achievement is computed for each
    r_low = achievement(kind=TargetKind.INCREASE, baseline=baseline, target=target, actual=low)
    r_high = achievement(kind=TargetKind.INCREASE, baseline=baseline, target=target, actual=high)
    # Then the higher value never scores lower (None only where the ratio overflows, e.g.
    # a target a hair's breadth from the baseline)
    for actual, result in ((low, r_low), (high, r_high)):
        if result is None:
            assert _undefined(TargetKind.INCREASE, baseline, goal, actual)
    if r_low is not None and r_high is not None:
        assert r_low <= r_high


@given(baseline=st.none() | values, goal=values, a=values, b=values)
def test_decrease_achievement_is_non_increasing(
    baseline: float | None, goal: float, a: float, b: float
) -> None:
    # Given a decrease target and two actual values a ≤ b
    low, high = sorted((a, b))
    target = Target(2026, value=goal)
    # When achievement is computed for each
    r_low = achievement(kind=TargetKind.DECREASE, baseline=baseline, target=target, actual=low)
    r_high = achievement(kind=TargetKind.DECREASE, baseline=baseline, target=target, actual=high)
    # Then the higher value never scores higher (None only where target/actual is undefined,
    # at or below zero without a baseline, or a ratio overflows)
    for actual, result in ((low, r_low), (high, r_high)):
        if result is None:
            assert _undefined(TargetKind.DECREASE, baseline, goal, actual)
    if r_low is not None and r_high is not None:
        assert r_high <= r_low


@given(baseline=values, goal=values, a=values, b=values)
def test_achievement_with_ordinary_numbers_is_defined(
    baseline: float, goal: float, a: float, b: float
) -> None:
    # Given a baseline and a target at least 0.01 apart, and ordinary actual values
    if abs(goal - baseline) < 0.01:
        return
    target = Target(2026, value=goal)
    for kind in (TargetKind.INCREASE, TargetKind.DECREASE):
        for actual in (a, b):
            # When achievement is computed
            result = achievement(kind=kind, baseline=baseline, target=target, actual=actual)
            # Then it is always a number: the None escape is only for overflow
            assert result is not None


@given(bounds=st.tuples(finite, finite), actual=finite)
def test_range_achievement_stays_within_zero_and_one(
    bounds: tuple[float, float], actual: float
) -> None:
    # Given any band and any actual value
    low, high = sorted(bounds)
    # When achievement is computed
    result = achievement(
        kind=TargetKind.RANGE, baseline=None, target=Target(2026, low=low, high=high), actual=actual
    )
    # Then it is a share between 0 and 1, and 1 exactly inside the band
    assert result is not None
    assert 0.0 <= result <= 1.0
    if low <= actual <= high:
        assert result == 1.0


@st.composite
def targets(draw: st.DrawFn) -> Target | None:
    fy = draw(years)
    shape = draw(st.sampled_from(["none", "unnumbered", "value", "range"]))
    if shape == "none":
        return None
    if shape == "unnumbered":
        return Target(fy)
    if shape == "value":
        return Target(fy, value=draw(finite))
    low, high = sorted((draw(finite), draw(finite)))
    return Target(fy, low=low, high=high)


observations = st.builds(Observation, fy=years, value=finite)


@given(
    kind=st.sampled_from(TargetKind),
    baseline=st.none() | observations,
    observed=st.lists(observations, max_size=6),
    mid=targets(),
    final=targets(),
)
def test_assess_never_raises_and_returns_finite_numbers(
    kind: TargetKind,
    baseline: Observation | None,
    observed: list[Observation],
    mid: Target | None,
    final: Target | None,
) -> None:
    # Given any finite inputs, however extreme or inconsistent
    # When the series is assessed
    result = assess(kind=kind, baseline=baseline, observations=observed, mid=mid, final=final)
    # Then it returns a status, a method sentence, and only finite numbers or None
    assert isinstance(result.status, Status)
    assert result.method.endswith(".")
    for number in (
        result.achievement_mid,
        result.achievement_final,
        result.projected_final,
        result.progress_value,
        result.observed_cagr,
        result.required_cagr,
    ):
        assert number is None or math.isfinite(number)
    # and a single distinct year is only ever achieved or not assessed
    if len({o.fy for o in observed} | ({baseline.fy} if baseline else set())) < 2:
        assert result.status in (Status.ACHIEVED, Status.NOT_ASSESSED)
        assert result.projected_final is None
