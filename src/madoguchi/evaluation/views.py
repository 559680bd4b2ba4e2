"""Public pages of the master plan: policies, indicators with charts, data downloads and the
method behind every status."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from madoguchi.core.templatetags.madoguchi import plainnumber
from madoguchi.core.views import crumbs
from madoguchi.evaluation import charts, selectors
from madoguchi.evaluation.api import serialize
from madoguchi.evaluation.models import Series
from madoguchi.evaluation.progress import Status

STATUS_LABELS = {
    Status.ACHIEVED: gettext_lazy("Target achieved"),
    Status.ON_TRACK: gettext_lazy("On track"),
    Status.NEEDS_ACCELERATION: gettext_lazy("Progress, but needs to speed up"),
    Status.LIMITED_PROGRESS: gettext_lazy("Limited progress"),
    Status.DETERIORATION: gettext_lazy("Moving away from the target"),
    Status.NOT_ASSESSED: gettext_lazy("Not enough data yet"),
}
STATUS_SYMBOLS = {
    Status.ACHIEVED: "◎",
    Status.ON_TRACK: "○",
    Status.NEEDS_ACCELERATION: "△",
    Status.LIMITED_PROGRESS: "▲",
    Status.DETERIORATION: "×",
    Status.NOT_ASSESSED: "－",
}
KIND_LABELS = {
    "increase": gettext_lazy("Increase to the target"),
    "decrease": gettext_lazy("Decrease to the target"),
    "range": gettext_lazy("Stay within the range"),
    "at_least": gettext_lazy("At least the target"),
}


def _decorate(view: selectors.SeriesView) -> dict[str, Any]:
    status = view.assessment.status
    return {
        "view": view,
        "status_label": STATUS_LABELS[status],
        "status_symbol": STATUS_SYMBOLS[status],
        "status": str(status),
        "kind_label": KIND_LABELS[view.series.target_kind],
        "achievement_final_pct": _pct(view.assessment.achievement_final),
        "achievement_mid_pct": _pct(view.assessment.achievement_mid),
    }


def _pct(value: float | None) -> float | None:
    return round(value * 100, 1) if value is not None else None


def plan_overview(request: HttpRequest, number: int | None = None) -> HttpResponse:
    """The whole plan, or with ``number`` the page of one policy."""
    views = [_decorate(v) for v in selectors.series_views(policy_number=number)]
    by_policy: dict[int, list[dict[str, Any]]] = {}
    for item in views:
        by_policy.setdefault(item["view"].indicator.policy.number, []).append(item)
    policies = list(selectors.policy_list())
    if number is not None:
        policies = [p for p in policies if p.number == number]
        if not policies:
            raise Http404
    title = gettext_lazy("Master plan: policies 24 to 26")
    breadcrumbs = crumbs(title)
    if number is not None:
        breadcrumbs = [
            {"label": title, "url": reverse("evaluation:plan")},
            {"label": policies[0].localized_title, "url": None},
        ]
    return render(
        request,
        "evaluation/plan.html",
        {
            "policies": [(p, by_policy.get(p.number, [])) for p in policies],
            "single_policy": policies[0] if number is not None else None,
            "breadcrumbs": breadcrumbs,
        },
    )


def _chart(view: selectors.SeriesView) -> str:
    targets = [
        charts.ChartTarget(fy=t.fy, value=t.value, low=t.low, high=t.high, label=stage)
        for stage, t in sorted(view.targets.items(), key=lambda item: item[1].fy)
    ]
    projected = view.assessment.projected_final
    final = view.targets.get("final")
    return charts.indicator_chart_svg(
        chart_id=f"chart-{view.series.pk}",
        title=view.indicator.localized_name,
        description=_summary(view),
        unit=view.indicator.unit,
        baseline=charts.ChartPoint(view.baseline.fy, view.baseline.value)
        if view.baseline
        else None,
        observations=[charts.ChartPoint(o.fy, o.value) for o in view.observations],
        targets=targets,
        projected=charts.ChartPoint(final.fy, projected)
        if projected is not None and final
        else None,
        labels={
            "fy": _("FY%(fy)s") % {"fy": "{fy}"},
            "observed": _("Observed"),
            "baseline": _("Baseline"),
            "target": _("Target"),
            "target_path": _("Path to the target"),
            "range": _("Target range"),
            "projected": _("Projection of the trend"),
        },
    )


def _summary(view: selectors.SeriesView) -> str:
    parts = []
    unit = view.indicator.unit
    if view.baseline:
        parts.append(
            _("Baseline FY%(fy)s: %(value)s%(unit)s.")
            % {"fy": view.baseline.fy, "value": _num(view.baseline.value), "unit": unit}
        )
    latest = view.latest
    if latest and latest != view.baseline:
        parts.append(
            _("Latest FY%(fy)s: %(value)s%(unit)s.")
            % {"fy": latest.fy, "value": _num(latest.value), "unit": unit}
        )
    final = view.targets.get("final")
    if final and final.value is not None:
        parts.append(
            _("Target FY%(fy)s: %(value)s%(unit)s.")
            % {"fy": final.fy, "value": _num(final.value), "unit": unit}
        )
    elif final and final.low is not None and final.high is not None:
        parts.append(
            _("Target FY%(fy)s: between %(low)s and %(high)s%(unit)s.")
            % {"fy": final.fy, "low": _num(final.low), "high": _num(final.high), "unit": unit}
        )
    parts.append(_("Status: %(status)s.") % {"status": STATUS_LABELS[view.assessment.status]})
    return " ".join(parts)


def _method_text(view: selectors.SeriesView) -> str:
    """How the status was reached, in the reader's language, from the assessment's numbers
    (the assessment's own ``method`` sentence is English, for developers and logs)."""
    a = view.assessment
    unit = view.indicator.unit
    final = view.targets.get("final")
    if a.status == Status.ACHIEVED and a.latest is not None:
        return _(
            "The latest figure, %(value)s%(unit)s in FY%(fy)s, already meets the final target."
        ) % {
            "value": _num(a.latest.value),
            "unit": unit,
            "fy": a.latest.fy,
        }
    if a.status == Status.NOT_ASSESSED:
        return _("There are not yet figures for two or more years that the method can compare.")
    if a.base is not None and a.latest is not None and a.observed_cagr is not None:
        span = {"base": a.base.fy, "latest": a.latest.fy, "observed": f"{a.observed_cagr:+.1%}"}
        if a.required_cagr is not None and a.progress_value is not None and final is not None:
            return _(
                "From FY%(base)s to FY%(latest)s the figure changed by %(observed)s a year; "
                "reaching the final target by FY%(target_fy)s needs %(required)s a year. "
                "The ratio of the two is %(ratio)s."
            ) % {
                **span,
                "target_fy": final.fy,
                "required": f"{a.required_cagr:+.1%}",
                "ratio": f"{a.progress_value:.2f}",
            }
        return (
            _(
                "From FY%(base)s to FY%(latest)s the figure changed by %(observed)s a year. "
                "The plan gives no number for the target, so this yearly rate is compared "
                "with the bands."
            )
            % span
        )
    if view.series.target_kind == "range" and a.base is not None:
        return _(
            "The figure is outside the target range; its distance from the range is compared "
            "with its distance in FY%(base)s."
        ) % {"base": a.base.fy}
    return str(STATUS_LABELS[a.status])


def _num(value: float) -> str:
    return plainnumber(value)


def _view_or_404(pk: int) -> selectors.SeriesView:
    try:
        return selectors.series_view(pk=pk)
    except Series.DoesNotExist as exc:
        raise Http404 from exc


def indicator_detail(request: HttpRequest, pk: int) -> HttpResponse:
    view = _view_or_404(pk)
    return render(
        request,
        "evaluation/indicator.html",
        {
            **_decorate(view),
            # Safe: charts.indicator_chart_svg escapes every text it writes.
            "chart_svg": mark_safe(_chart(view)),
            "summary": _summary(view),
            "method_text": _method_text(view),
            "breadcrumbs": [
                {
                    "label": gettext_lazy("Master plan: policies 24 to 26"),
                    "url": reverse("evaluation:plan"),
                },
                {"label": view.indicator.localized_name, "url": None},
            ],
        },
    )


def indicator_download(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    if fmt not in {"csv", "json"}:
        raise Http404
    view = _view_or_404(pk)
    rows = [
        {"fy": o.fy, "value": o.value, "kind": "baseline" if o == view.baseline else "observed"}
        for o in ([view.baseline] if view.baseline else []) + view.observations
    ]
    filename = f"indicator-{view.series.pk}.{fmt}"
    if fmt == "json":
        body = json.dumps({**serialize(view), "observations": rows}, ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["indicator", "series", "unit", "fy", "value", "kind"])
        for row in rows:
            writer.writerow(
                [
                    view.indicator.name,
                    view.series.name,
                    view.indicator.unit,
                    row["fy"],
                    row["value"],
                    row["kind"],
                ]
            )
        # A byte-order mark so that Excel, which city staff open CSV files with, reads UTF-8.
        response = HttpResponse(
            "\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8"
        )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def methodology(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "evaluation/methodology.html",
        {
            "statuses": [(STATUS_SYMBOLS[s], STATUS_LABELS[s]) for s in Status],
            "breadcrumbs": crumbs(gettext_lazy("How progress is measured")),
        },
    )
