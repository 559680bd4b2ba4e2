"""Progress of the master plan's outcome indicators (成果指標): achievement and status.

Pure Python: no Django, no database, no I/O. The public indicator pages, the API and the
yearly evaluation report must all say the same thing about an indicator, and a resident
must be able to redo the arithmetic by hand from the numbers on the page; keeping the
rules in one small module that only sees numbers makes both possible, and lets the
rules be tested exhaustively without a database.

Two separate questions are answered:

* :func:`achievement` — *how far along is it?* The share of the way from the baseline
  to a target that the latest value has covered (1.0 = the target is met). It is what
  the plan's own evaluation sheets call 達成度, and it needs no trend.
* :func:`assess` — *will it get there?* A status for the final target from the observed
  trend, following Open SDG's progress measure so that the city's labels mean what the
  same labels mean on national SDG reporting platforms.

Method followed: Open SDG's progress measure
--------------------------------------------
Read from two sources:

* the methodology, "Progress Measurement Methodology for the Sustainable Development
  Goals" (Statistics Canada's method, built into Open SDG 2.4.0), repository
  ``open-sdg/open-sdg``, file ``docs/progress-methodology.md`` (commit ``26d2e387``);
* its implementation in the Open SDG build tool, repository ``open-sdg/sdg-build``, file
  ``sdg/ProgressMeasure.py`` (commit ``139fede7``): ``growth_calculation``,
  ``methodology_1``, ``methodology_2``, ``get_progress_thresholds``,
  ``is_target_achieved`` and ``get_progress_status``.

What we follow:

* Observed compound annual growth rate between the base year t0 and the latest year ti:
  ``CAGR_o = (y_i / y_0) ** (1 / (t_i - t_0)) - 1``.
* With a numeric target y_T for year t_T, the growth rate needed to reach it on time,
  ``CAGR_r = (y_T / y_0) ** (1 / (t_T - t_0)) - 1``, and the ratio
  ``R = s * d * CAGR_o / |CAGR_r|`` where d is +1 when higher is better and -1 when lower
  is better, and s is -1 when the base value is negative (else +1).
* Bands for R: ``R >= 0.95`` on track (their "substantial progress"),
  ``0.60 <= R < 0.95`` needs acceleration ("moderate progress"), ``0 <= R < 0.60``
  limited progress, ``R < 0`` deterioration. A met target is "achieved" whatever the
  trend, and is checked first.
* Without a numeric target: ``P = s * d * CAGR_o`` in bands 1.5 %, 0.5 % and 0 a year.
* A base or target value of exactly zero is replaced by 0.001 (the exponential model
  cannot start from or aim at zero); at least two years of data are needed; base and
  latest values must have the same sign. Otherwise the series is "not assessed" (their
  "unable to assess").
* The base year is the first year with data when the nominated base year has none.

Where we deviate, and why:

* Base and target years: Open SDG defaults to 2015 and 2030. Here the base year is the
  plan's baseline fiscal year (or the first observed year when the plan gives no
  baseline), and the target is the plan's *final* target and its fiscal year. The
  mid-term target is only reported as ``achievement_mid``; a second, shorter horizon
  would give two statuses for one series.
* No natural-limit scaling factor C. It only applies to series without a numeric target;
  the plan's only such series (差別・人権侵害の割合, a decreasing percentage) has a
  minimum limit of 0, for which their own formula gives C = 1.
* No [-5, 5] score or aggregation across series: each series is reported on its own.
* Edge cases the reference code leaves to numpy: a target equal to the base value
  (required growth 0, so R divides by zero) is reported as deterioration when the target
  is not met, because the value must then have moved away from it (the limit of R); a
  final target year not after the base year, a target of the other sign from the base,
  or a ratio that overflows are "not assessed". Observations repeating a year replace the
  earlier one (a revision) instead of raising, so that :func:`assess` never raises.
* ``at_least`` (e.g. 財政力指数 1.00以上) is a numeric target with d = +1, the way Open
  SDG's metadata treats "Score ≥ 0.75"-style targets: the same bands as ``increase``.
* ``range`` (e.g. 経常収支比率 70–80 %) has no counterpart in the method (its "Goldilocks"
  transformations target one ideal value, not a band). Inside the band is achieved;
  outside it, the distance to the band now is compared with the distance at the base
  year: smaller needs acceleration, equal is limited progress, larger is deterioration.
  A band never reports "on track", because no growth rate is "required" to re-enter it.

The linear projection to the final year (``projected_final``) is not part of Open SDG:
it is an ordinary least-squares line through the values from the base year on, shown so
that readers see a number, not only a label. It may disagree with the status, which
compares compound growth rates between the first and the latest year.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

__all__ = [
    "GROWTH_BANDS",
    "METHOD_TEXT",
    "RATIO_BANDS",
    "ZERO_REPLACEMENT",
    "Assessment",
    "Observation",
    "Status",
    "Target",
    "TargetKind",
    "achievement",
    "assess",
    "band",
]


class TargetKind(StrEnum):
    """How the plan states a target; the values are the ``target_kind`` column of the CSV."""

    INCREASE = "increase"
    DECREASE = "decrease"
    RANGE = "range"
    AT_LEAST = "at_least"


class Status(StrEnum):
    """Progress status towards the final target.

    Open SDG's labels, in order: target_achieved, substantial_progress,
    moderate_progress, limited_progress, deterioration, not_available. Ours are named
    for what a resident should read from them.
    """

    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    NEEDS_ACCELERATION = "needs_acceleration"
    LIMITED_PROGRESS = "limited_progress"
    DETERIORATION = "deterioration"
    NOT_ASSESSED = "not_assessed"


#: Open SDG's thresholds for R (observed over required growth): on track, needs
#: acceleration, limited progress; below the last one is deterioration.
RATIO_BANDS: Final[tuple[float, float, float]] = (0.95, 0.60, 0.0)
#: Open SDG's thresholds for the observed growth rate a year in the desired direction,
#: used when the target has no number.
GROWTH_BANDS: Final[tuple[float, float, float]] = (0.015, 0.005, 0.0)
#: Open SDG's stand-in for a zero base or target value in the exponential model.
ZERO_REPLACEMENT: Final = 0.001

_NUMBER = r"[+-]?\d+(?:\.\d+)?"
_NUMBER_RE = re.compile(rf"^{_NUMBER}$")
# After NFKC, full-width "－" and "～" become "-" and "~"; "〜" (wave dash) and en/em dashes
# survive it and are accepted as well.
_RANGE_RE = re.compile(rf"^({_NUMBER})\s*[-~〜–—]\s*({_NUMBER})$")
# Words the plan uses for a target stated only as a direction (e.g. 「減少」).
_DIRECTION_WORDS = frozenset({"増加", "減少", "向上", "低下"})


def _finite(x: float | None) -> float | None:
    """``x`` when it is a finite number, else None: pages and JSON cannot show inf or NaN."""
    return x if x is not None and math.isfinite(x) else None


def _number(x: float | None, name: str) -> float | None:
    """Coerce to float (Decimal from the database mixes badly with float) and refuse NaN/inf."""
    if x is None:
        return None
    value = float(x)
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {x!r}")
    return value


def _clean(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").strip()
    return text.replace(",", "").removesuffix("%").strip()


def _fiscal_year(fy: int | str | None) -> int | None:
    if fy is None:
        return None
    if isinstance(fy, int):
        return fy
    cleaned = _clean(fy)
    return int(cleaned) if cleaned else None


@dataclass(frozen=True)
class Target:
    """One target of a series: a number, a band (``low``–``high``) or, for a target the plan
    states only as a direction (「減少」), no number at all."""

    fy: int
    value: float | None = None
    low: float | None = None
    high: float | None = None

    def __post_init__(self) -> None:
        for name in ("value", "low", "high"):
            object.__setattr__(self, name, _number(getattr(self, name), name))
        if (self.low is None) != (self.high is None):
            raise ValueError("a range target needs both low and high")
        if self.low is not None and self.high is not None:
            if self.value is not None:
                raise ValueError("a target is either a value or a range, not both")
            if self.low > self.high:
                raise ValueError(f"range target low {self.low} is above high {self.high}")

    @property
    def is_numbered(self) -> bool:
        """Whether the target has any number (a value or a band)."""
        return self.value is not None or self.low is not None

    @classmethod
    def parse(cls, fy: int | str | None, text: str | None) -> Target | None:
        """Read a target from the plan's CSV cells, e.g. ``(2023, "75")``.

        ``"75"`` and ``"1.00"`` give a value, ``"70-80"`` a band (also written with
        ``~``, ``〜`` or full-width characters); an empty cell or a direction word
        (``"減少"``) gives a target with no number, because the plan does set one for that
        year. With no fiscal year and no text (the CSV's unused ``mid2`` columns) there is
        no target: None. Anything else raises ValueError rather than silently dropping a
        target the plan sets.
        """
        year = _fiscal_year(fy)
        cleaned = _clean(text)
        if year is None:
            if cleaned:
                raise ValueError(f"target {text!r} has no fiscal year")
            return None
        if not cleaned or cleaned in _DIRECTION_WORDS:
            return cls(year)
        if match := _RANGE_RE.match(cleaned):
            return cls(year, low=float(match[1]), high=float(match[2]))
        if _NUMBER_RE.match(cleaned):
            return cls(year, value=float(cleaned))
        raise ValueError(f"cannot read a target from {text!r}")


@dataclass(frozen=True)
class Observation:
    """A value of the series for a fiscal year (the plan's baseline is one too)."""

    fy: int
    value: float

    def __post_init__(self) -> None:
        object.__setattr__(self, "value", _number(self.value, "value"))


def _opposite_signs(a: float, b: float) -> bool:
    return (a > 0 and b < 0) or (a < 0 and b > 0)


def _direction(kind: TargetKind) -> int:
    """+1 when a higher value is better, -1 when lower is better (Open SDG's d)."""
    return -1 if kind is TargetKind.DECREASE else 1


def _range_achievement(low: float, high: float, actual: float) -> float:
    if low <= actual <= high:
        return 1.0
    width = high - low
    distance = low - actual if actual < low else actual - high
    if not width > 0:  # a zero-width band: only the exact value meets it
        return 0.0
    share = 1.0 - distance / width
    return max(0.0, share) if math.isfinite(share) else 0.0


def achievement(
    *, kind: TargetKind, baseline: float | None, target: Target | None, actual: float
) -> float | None:
    """Share of the way to ``target`` that ``actual`` has covered; 1.0 means met.

    * increase / decrease with a baseline: ``(actual - baseline) / (target - baseline)``
      — the same formula serves decreases, both differences being negative. When the
      target is not beyond the baseline in the desired direction (equal to it, or a
      target that tolerates a decline), the baseline gives no scale, so the result is
      1.0 when the target is met and 0.0 otherwise.
    * increase / decrease without a baseline: the target alone, ``actual / target`` for
      an increase and ``target / actual`` for a decrease. These ratios only mean
      something for positive numbers: a target of zero or below gives 1.0/0.0 (met or
      not), and a decrease with an ``actual`` of zero or below gives None.
    * increase / decrease with no numeric target (「減少」): None — there is nothing to
      measure against; :func:`assess` still reports the direction of travel.
    * range: 1.0 inside ``low <= actual <= high``; outside, ``1 - distance to the nearest
      bound / (high - low)``, floored at 0.0.
    * at_least: 1.0 at or above the threshold, else ``actual / threshold`` (0.0 for a
      threshold of zero or below, and never below 0.0).

    Increase and decrease are deliberately *not* clamped at 1.0: over-achievement shows
    as more than 1.0 (e.g. 1.37), which the evaluation report wants to see. Range and
    at_least stay within [0, 1], since beyond "inside the band" there is no "more".
    Results that would be infinite or NaN are None.
    """
    kind = TargetKind(kind)
    if target is None:
        return None
    actual = float(actual)
    if kind is TargetKind.RANGE:
        if target.low is None or target.high is None:
            return None
        return _range_achievement(target.low, target.high, actual)
    goal = target.value
    if goal is None:
        return None
    if kind is TargetKind.AT_LEAST:
        if actual >= goal:
            return 1.0
        return max(0.0, actual / goal) if goal > 0 else 0.0
    direction = _direction(kind)
    met = actual >= goal if direction > 0 else actual <= goal
    if baseline is not None:
        span = goal - float(baseline)
        if span * direction <= 0:
            return 1.0 if met else 0.0
        return _finite((actual - float(baseline)) / span)
    if goal <= 0:
        return 1.0 if met else 0.0
    if direction > 0:
        return _finite(actual / goal)
    if actual <= 0:
        return None
    return _finite(goal / actual)


@dataclass(frozen=True)
class Assessment:
    """The result of :func:`assess`.

    ``method`` is one English sentence saying how the status was reached (the ratio or
    growth rate and its band), for the methodology tooltip and the evaluation report.
    ``progress_value`` is Open SDG's R (numeric target) or P (no numeric target);
    ``observed_cagr`` and ``required_cagr`` are the growth rates a year behind it.
    ``base`` and ``latest`` are the two observations the trend was measured between.
    Every float is finite or None.
    """

    status: Status
    achievement_mid: float | None
    achievement_final: float | None
    projected_final: float | None
    method: str
    base: Observation | None = None
    latest: Observation | None = None
    progress_value: float | None = None
    observed_cagr: float | None = None
    required_cagr: float | None = None


@dataclass(frozen=True)
class _Verdict:
    status: Status
    method: str
    progress_value: float | None = None
    observed_cagr: float | None = None
    required_cagr: float | None = None


def band(value: float, thresholds: tuple[float, float, float]) -> Status:
    """Place an Open SDG progress value in its band (``RATIO_BANDS`` or ``GROWTH_BANDS``).

    Lower bounds are inclusive, as in sdg-build's ``get_progress_status``.
    """
    high, med, low = thresholds
    if value >= high:
        return Status.ON_TRACK
    if value >= med:
        return Status.NEEDS_ACCELERATION
    if value >= low:
        return Status.LIMITED_PROGRESS
    return Status.DETERIORATION


def _band_text(status: Status, thresholds: tuple[float, float, float], symbol: str) -> str:
    high, med, low = thresholds
    is_ratio = thresholds == RATIO_BANDS

    def fmt(x: float) -> str:
        return f"{x:.2f}" if is_ratio else f"{x:.1%}"

    return {
        Status.ON_TRACK: f"{symbol} ≥ {fmt(high)}",
        Status.NEEDS_ACCELERATION: f"{fmt(med)} ≤ {symbol} < {fmt(high)}",
        Status.LIMITED_PROGRESS: f"{fmt(low)} ≤ {symbol} < {fmt(med)}",
    }.get(status, f"{symbol} < {fmt(low)}")


def _num(x: float) -> str:
    return format(x, ",.6g")


def _describe(kind: TargetKind, target: Target) -> str:
    if kind is TargetKind.RANGE and target.low is not None and target.high is not None:
        return f"{_num(target.low)}–{_num(target.high)}"
    if target.value is None:
        return "no number"
    prefix = "at least " if kind is TargetKind.AT_LEAST else ""
    return prefix + _num(target.value)


def _series(baseline: Observation | None, observations: Iterable[Observation]) -> list[Observation]:
    """Baseline and observations by year; a repeated year keeps the last value given."""
    by_year: dict[int, Observation] = {}
    if baseline is not None:
        by_year[baseline.fy] = baseline
    for observation in observations:
        by_year[observation.fy] = observation
    return [by_year[fy] for fy in sorted(by_year)]


def _cagr(current: float, base: float, years: int) -> float | None:
    """Open SDG's ``growth_calculation``; None when it overflows or is not a real number."""
    ratio = current / base
    if not ratio >= 0 or years <= 0:
        return None
    try:
        growth: float = ratio ** (1.0 / years) - 1.0
    except OverflowError:
        return None
    return _finite(growth)


def _project(points: list[Observation], fy: int) -> float | None:
    """Least-squares line through ``points`` (distinct years), evaluated at ``fy``.

    None with fewer than two points, or when values so large that the sums overflow.
    """
    if len(points) < 2:
        return None
    n = len(points)
    try:
        mean_x = math.fsum(p.fy for p in points) / n
        mean_y = math.fsum(p.value for p in points) / n
        sxx = math.fsum((p.fy - mean_x) * (p.fy - mean_x) for p in points)
        sxy = math.fsum((p.fy - mean_x) * (p.value - mean_y) for p in points)
        if not sxx > 0:
            return None
        return _finite(mean_y + sxy / sxx * (fy - mean_x))
    except (OverflowError, ValueError):  # fsum refuses intermediate overflow and inf - inf
        return None


def _achieved(kind: TargetKind, final: Target | None, value: float) -> bool | None:
    """Whether ``value`` meets the final target; None when the target has no number."""
    if final is None:
        return None
    if kind is TargetKind.RANGE:
        if final.low is None or final.high is None:
            return None
        return final.low <= value <= final.high
    if final.value is None:
        return None
    return value >= final.value if _direction(kind) > 0 else value <= final.value


def _range_verdict(base: Observation, latest: Observation, final: Target) -> _Verdict:
    assert final.low is not None and final.high is not None
    low, high = final.low, final.high

    def gap(value: float) -> float:
        return max(low - value, value - high, 0.0)

    before, now = gap(base.value), gap(latest.value)
    where = f"{_describe(TargetKind.RANGE, final)} band"
    since = f"FY{base.fy} ({_num(before)}) to FY{latest.fy} ({_num(now)})"
    if now < before:
        return _Verdict(
            Status.NEEDS_ACCELERATION,
            f"The value is outside the {where} but its distance from it narrowed from {since}.",
        )
    if now == before:
        return _Verdict(
            Status.LIMITED_PROGRESS,
            f"The value is outside the {where} and its distance from it did not change from "
            f"{since}.",
        )
    return _Verdict(
        Status.DETERIORATION,
        f"The value is outside the {where} and its distance from it widened from {since}.",
    )


def _growth_verdict(kind: TargetKind, base: Observation, latest: Observation) -> _Verdict:
    """Open SDG methodology 1: no numeric target, the observed growth rate alone."""
    y0 = base.value if base.value != 0 else ZERO_REPLACEMENT
    yi = latest.value
    if _opposite_signs(y0, yi):
        return _Verdict(
            Status.NOT_ASSESSED,
            "The values change sign, which the growth-rate method cannot measure.",
        )
    observed = _cagr(yi, y0, latest.fy - base.fy)
    if observed is None:
        return _Verdict(Status.NOT_ASSESSED, "The growth rate could not be computed.")
    sign = -1 if y0 < 0 else 1
    progress = sign * _direction(kind) * observed + 0.0  # + 0.0 turns -0.0 into 0.0
    status = band(progress, GROWTH_BANDS)
    wanted = "a fall" if _direction(kind) < 0 else "a rise"
    return _Verdict(
        status,
        f"With no numeric target ({wanted} is wanted), the value changed by {observed:+.2%} "
        f"a year from FY{base.fy} to FY{latest.fy}, a growth of {progress:+.2%} a year in "
        f"the wanted direction (Open SDG band {_band_text(status, GROWTH_BANDS, 'P')}).",
        progress_value=progress,
        observed_cagr=observed,
    )


def _ratio_verdict(
    kind: TargetKind, base: Observation, latest: Observation, final: Target
) -> _Verdict:
    """Open SDG methodology 2: observed growth over the growth needed to reach the target."""
    assert final.value is not None
    target = _describe(kind, final)
    if final.fy <= base.fy:
        return _Verdict(
            Status.NOT_ASSESSED,
            f"The final target year FY{final.fy} is not after the base year FY{base.fy}.",
        )
    y0 = base.value if base.value != 0 else ZERO_REPLACEMENT
    y_target = final.value if final.value != 0 else ZERO_REPLACEMENT
    yi = latest.value
    if _opposite_signs(y0, yi) or _opposite_signs(y0, y_target):
        return _Verdict(
            Status.NOT_ASSESSED,
            "The values change sign, which the growth-rate method cannot measure.",
        )
    observed = _cagr(yi, y0, latest.fy - base.fy)
    required = _cagr(y_target, y0, final.fy - base.fy)
    if observed is None or required is None:
        return _Verdict(Status.NOT_ASSESSED, "The growth rates could not be computed.")
    if required == 0:
        return _Verdict(
            Status.DETERIORATION,
            f"The final target {target} equals the FY{base.fy} value and the latest value has "
            f"moved away from it (FY{latest.fy}: {_num(yi)}).",
            observed_cagr=observed,
            required_cagr=required,
        )
    sign = -1 if y0 < 0 else 1
    ratio = _finite(sign * _direction(kind) * observed / abs(required))
    if ratio is None:
        return _Verdict(Status.NOT_ASSESSED, "The growth-rate ratio could not be computed.")
    status = band(ratio, RATIO_BANDS)
    return _Verdict(
        status,
        f"The value changed by {observed:+.2%} a year from FY{base.fy} to FY{latest.fy}, "
        f"{ratio:.2f} times the {required:+.2%} a year needed to reach {target} by "
        f"FY{final.fy} (Open SDG band {_band_text(status, RATIO_BANDS, 'R')}).",
        progress_value=ratio,
        observed_cagr=observed,
        required_cagr=required,
    )


def assess(
    *,
    kind: TargetKind,
    baseline: Observation | None,
    observations: list[Observation],
    mid: Target | None,
    final: Target | None,
) -> Assessment:
    """Status of a series towards its final target, with achievement and a projection.

    The latest observation is the one with the highest fiscal year; the baseline counts
    as one. The trend runs from the base year (the baseline's year, or the first observed
    year when there is no baseline) to the latest year; earlier values are ignored.

    1. The latest value meets the final target → ACHIEVED, whatever the trend (Open SDG).
    2. Fewer than two years from the base year on → NOT_ASSESSED (no trend).
    3. range → distance to the band now vs. at the base year (see the module docstring).
    4. A numeric final target (increase, decrease, at_least) → Open SDG's ratio R of the
       observed to the required compound annual growth rate, in ``RATIO_BANDS``.
    5. No numeric final target (e.g. 「減少」) → Open SDG's observed growth rate in the
       wanted direction, in ``GROWTH_BANDS``: falling fast enough is ON_TRACK, flat is
       LIMITED_PROGRESS, rising is DETERIORATION.

    Achievement is measured on the latest value against the plan's baseline (not the
    first observation: without a baseline the target alone is used, see
    :func:`achievement`). Never raises for finite inputs.
    """
    kind = TargetKind(kind)
    series = _series(baseline, observations)
    if not series:
        return Assessment(
            Status.NOT_ASSESSED, None, None, None, "No value has been recorded for this series."
        )
    latest = series[-1]
    base_fy = baseline.fy if baseline is not None else series[0].fy
    trend = [p for p in series if p.fy >= base_fy]
    base = trend[0]
    baseline_value = baseline.value if baseline is not None else None

    def measure(target: Target | None) -> float | None:
        return achievement(kind=kind, baseline=baseline_value, target=target, actual=latest.value)

    achieved = _achieved(kind, final, latest.value)
    verdict: _Verdict
    if achieved and final is not None:
        verdict = _Verdict(
            Status.ACHIEVED,
            f"The latest value, {_num(latest.value)} in FY{latest.fy}, already meets the final "
            f"target of {_describe(kind, final)} for FY{final.fy}.",
        )
    elif len(trend) < 2:
        verdict = _Verdict(
            Status.NOT_ASSESSED,
            f"There is only one value from FY{base.fy} on, and a trend needs at least two years.",
        )
    elif kind is TargetKind.RANGE:
        if achieved is None or final is None:
            verdict = _Verdict(Status.NOT_ASSESSED, "The range target has no numbers.")
        else:
            verdict = _range_verdict(base, latest, final)
    elif achieved is None or final is None:
        verdict = _growth_verdict(kind, base, latest)
    else:
        verdict = _ratio_verdict(kind, base, latest, final)

    return Assessment(
        status=verdict.status,
        achievement_mid=measure(mid),
        achievement_final=measure(final),
        projected_final=_project(trend, final.fy) if final is not None else None,
        method=verdict.method,
        base=base,
        latest=latest,
        progress_value=_finite(verdict.progress_value),
        observed_cagr=_finite(verdict.observed_cagr),
        required_cagr=_finite(verdict.required_cagr),
    )


#: Public explanation of each status and each target kind, for the methodology page.
#: English; keyed by the ``Status`` and ``TargetKind`` values (which never collide).
METHOD_TEXT: Final[dict[str, str]] = {
    Status.ACHIEVED.value: (
        "The latest value already meets the final target of the plan, whatever the trend."
    ),
    Status.ON_TRACK.value: (
        "If the average yearly rate of change seen since the baseline year continues, the "
        "final target will be met on time: the observed rate is at least 95% of the rate "
        "needed (for a target given only as a direction, the value moves the right way by "
        "at least 1.5% a year)."
    ),
    Status.NEEDS_ACCELERATION.value: (
        "The value is moving the right way, but too slowly to meet the final target on "
        "time: the observed rate is 60–95% of the rate needed (0.5–1.5% a year for a "
        "target given only as a direction). For a range target: the value is outside the "
        "range but getting closer to it."
    ),
    Status.LIMITED_PROGRESS.value: (
        "The value has barely moved the right way: the observed rate is under 60% of the "
        "rate needed (under 0.5% a year for a target given only as a direction). For a "
        "range target: the value is outside the range and no closer to it."
    ),
    Status.DETERIORATION.value: (
        "The value has moved away from the target since the baseline year."
    ),
    Status.NOT_ASSESSED.value: (
        "There is not yet enough data to judge a trend: at least two years of values are "
        "needed, and values that change sign cannot be assessed."
    ),
    TargetKind.INCREASE.value: (
        "A higher value is better. Achievement is the share of the planned rise from the "
        "baseline that has been made; above 100% means the target has been exceeded."
    ),
    TargetKind.DECREASE.value: (
        "A lower value is better. Achievement is the share of the planned fall from the "
        "baseline that has been made. Where the plan only says the value should fall, "
        "no achievement is given and the status follows the direction of change."
    ),
    TargetKind.RANGE.value: (
        "The value should stay within a range. Inside the range counts as 100%; outside "
        "it, achievement falls with the distance from the range, reaching 0% at a "
        "distance equal to the width of the range."
    ),
    TargetKind.AT_LEAST.value: (
        "The value should be at or above a threshold. At or above it counts as 100%; "
        "below it, achievement is the value divided by the threshold."
    ),
}
