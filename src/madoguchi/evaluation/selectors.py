from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Prefetch, QuerySet

from madoguchi.evaluation import progress
from madoguchi.evaluation.live import LiveValue, fiscal_year, is_live, live_value
from madoguchi.evaluation.models import (
    EvaluationRecord,
    Indicator,
    Measure,
    Policy,
    Series,
    SeriesTarget,
)


def policy_list() -> QuerySet[Policy]:
    """Policies with their measures, initiatives and published policy-level evaluations, in
    four queries."""
    published = EvaluationRecord.objects.filter(
        state=EvaluationRecord.State.PUBLISHED, measure__isnull=True, initiative__isnull=True
    ).order_by("-fiscal_year")
    return Policy.objects.prefetch_related(
        Prefetch("measures", queryset=Measure.objects.prefetch_related("initiatives")),
        Prefetch("evaluations", queryset=published, to_attr="published_evaluations"),
    )


# --- Indicators ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SeriesView:
    """Everything a page or the API shows about one series, computed once."""

    series: Series
    baseline: progress.Observation | None
    observations: list[progress.Observation]
    targets: dict[str, progress.Target]
    live: LiveValue | None
    live_registered: bool
    assessment: progress.Assessment

    @property
    def indicator(self) -> Indicator:
        return self.series.indicator

    @property
    def latest(self) -> progress.Observation | None:
        points = self.observations or ([self.baseline] if self.baseline else [])
        return max(points, key=lambda p: p.fy) if points else None


def _target(t: SeriesTarget) -> progress.Target:
    def f(value: Decimal | None) -> float | None:
        return float(value) if value is not None else None

    return progress.Target(fy=t.fy, value=f(t.value), low=f(t.low), high=f(t.high))


def _view(series: Series) -> SeriesView:
    entered = sorted(series.observations.all(), key=lambda o: (o.fy, o.month or 0))
    baseline_row = next((o for o in entered if o.is_baseline), None)
    baseline = (
        progress.Observation(fy=baseline_row.fy, value=float(baseline_row.value))
        if baseline_row
        else None
    )
    yearly = {o.fy: float(o.value) for o in entered if not o.is_baseline and o.month is None}
    live = live_value(series.live_key)
    if live is not None:
        yearly[fiscal_year(live.measured_on)] = float(live.value)
    observations = [
        progress.Observation(fy=fy, value=value) for fy, value in sorted(yearly.items())
    ]
    targets = {t.stage: _target(t) for t in series.targets.all()}
    assessment = progress.assess(
        kind=progress.TargetKind(series.target_kind),
        baseline=baseline,
        observations=observations,
        mid=targets.get("mid"),
        final=targets.get("final"),
    )
    return SeriesView(
        series=series,
        baseline=baseline,
        observations=observations,
        targets=targets,
        live=live,
        live_registered=is_live(series.live_key),
        assessment=assessment,
    )


def _series_queryset() -> QuerySet[Series]:
    return Series.objects.select_related(
        "indicator", "indicator__policy", "indicator__measure"
    ).prefetch_related("targets", "observations")


def series_views(*, policy_number: int | None = None) -> list[SeriesView]:
    series = _series_queryset()
    if policy_number is not None:
        series = series.filter(indicator__policy__number=policy_number)
    return [_view(s) for s in series]


def series_view(*, pk: int) -> SeriesView:
    return _view(_series_queryset().get(pk=pk))
