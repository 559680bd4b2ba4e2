"""Public JSON API of the master plan's indicators (one object per series)."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Field, Router, Schema

from madoguchi.evaluation import selectors
from madoguchi.evaluation.progress import Target

router = Router()


class PointOut(Schema):
    fy: int
    value: float


class TargetOut(Schema):
    fy: int
    value: float | None = Field(
        description="Numeric target; null for a range or an unnumbered target."
    )
    low: float | None = Field(description="Lower bound of a range target.")
    high: float | None = Field(description="Upper bound of a range target.")


class IndicatorSeriesOut(Schema):
    id: int
    indicator: str = Field(description="The plan's own name of the indicator.")
    series: str = Field(description="Empty string when the indicator has one series.")
    policy: int
    measure: int | None
    unit: str
    target_kind: str = Field(description="increase, decrease, range or at_least.")
    baseline: PointOut | None
    mid_target: TargetOut | None
    final_target: TargetOut | None
    latest: PointOut | None
    achievement_mid: float | None = Field(description="1.0 = mid-term target met.")
    achievement_final: float | None = Field(description="1.0 = final target met.")
    status: str
    live: bool = Field(description="True when the platform measures this figure itself.")


def _target(target: Target | None) -> dict[str, object] | None:
    if target is None:
        return None
    return {"fy": target.fy, "value": target.value, "low": target.low, "high": target.high}


def _rate(value: float | None) -> float | None:
    return None if value is None else value + 0.0  # no "-0.0" in the JSON


def serialize(view: selectors.SeriesView) -> dict[str, object]:
    latest = view.latest
    return {
        "id": view.series.pk,
        "indicator": view.indicator.name,
        "series": view.series.name,
        "policy": view.indicator.policy.number,
        "measure": view.indicator.measure.number if view.indicator.measure else None,
        "unit": view.indicator.unit,
        "target_kind": view.series.target_kind,
        "baseline": {"fy": view.baseline.fy, "value": view.baseline.value}
        if view.baseline
        else None,
        "mid_target": _target(view.targets.get("mid")),
        "final_target": _target(view.targets.get("final")),
        "latest": {"fy": latest.fy, "value": latest.value} if latest else None,
        "achievement_mid": _rate(view.assessment.achievement_mid),
        "achievement_final": _rate(view.assessment.achievement_final),
        "status": str(view.assessment.status),
        "live": view.live is not None,
    }


@router.get("", response=list[IndicatorSeriesOut], summary="Every indicator series of the plan")
def list_indicators(request: HttpRequest) -> list[dict[str, object]]:
    return [serialize(view) for view in selectors.series_views()]
