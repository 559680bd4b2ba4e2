"""Staff pages for entering and importing indicator figures."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from madoguchi.accounts.decorators import staff_required
from madoguchi.accounts.models import User
from madoguchi.accounts.permissions import has_capability
from madoguchi.evaluation import selectors, workflow
from madoguchi.evaluation.forms import EvaluationForm, ImportForm, ObservationForm, TransitionForm
from madoguchi.evaluation.live import fiscal_year
from madoguchi.evaluation.models import EvaluationRecord, Initiative, Measure, Policy, Series
from madoguchi.evaluation.observations import (
    ObservationError,
    observation_record,
    observations_import,
)

MAX_IMPORT_BYTES = 2 * 1024 * 1024


@staff_required("evaluation.observations.enter")
def staff_indicator_list(request: HttpRequest) -> HttpResponse:
    return render(request, "evaluation/staff_list.html", {"views": selectors.series_views()})


@staff_required("evaluation.observations.enter")
def staff_indicator_enter(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        view = selectors.series_view(pk=pk)
    except Series.DoesNotExist as exc:
        raise Http404 from exc
    series = view.series
    form = ObservationForm(request.POST or None, survey=series.survey_based)
    if request.method == "POST" and form.is_valid():
        try:
            observation_record(
                actor=request.user,  # type: ignore[arg-type]
                series=series,
                fy=form.cleaned_data["fy"],
                value=form.cleaned_data.get("value"),
                source=form.cleaned_data["source"],
                note=form.cleaned_data["note"],
                distribution=form.distribution(),
            )
        except ObservationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The figure has been recorded."))
            return redirect("evaluation:staff_enter", pk=series.pk)
    return render(
        request,
        "evaluation/staff_enter.html",
        {"view": view, "form": form, "entered": series.observations.order_by("-fy")},
        status=400 if form.errors else 200,
    )


@staff_required("evaluation.observations.enter")
def staff_indicator_import(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            form.add_error("file", _("The file is too large (2 MB at most)."))
        else:
            result = observations_import(actor=request.user, data=upload.read())  # type: ignore[arg-type]
            if not result.errors:
                messages.success(
                    request, _("%(count)s figures imported.") % {"count": result.imported}
                )
                return redirect("evaluation:staff_list")
    return render(
        request,
        "evaluation/staff_import.html",
        {"form": form, "result": result},
        status=400 if form.errors or (result and result.errors) else 200,
    )


def _subject(kind: str, pk: int) -> tuple[Policy, Measure | None, Initiative | None]:
    try:
        if kind == "policy":
            return Policy.objects.get(pk=pk), None, None
        if kind == "measure":
            measure = Measure.objects.select_related("policy").get(pk=pk)
            return measure.policy, measure, None
        if kind == "initiative":
            initiative = Initiative.objects.select_related("measure__policy").get(pk=pk)
            return initiative.measure.policy, initiative.measure, initiative
    except (Policy.DoesNotExist, Measure.DoesNotExist, Initiative.DoesNotExist) as exc:
        raise Http404 from exc
    raise Http404


@staff_required("evaluation.records.view")
def staff_evaluation_list(request: HttpRequest) -> HttpResponse:
    fy = _fiscal_year_param(request)
    records = {
        (r.policy_id, r.measure_id, r.initiative_id): r
        for r in EvaluationRecord.objects.filter(fiscal_year=fy)
    }
    rows: list[tuple[str, Policy | Measure | Initiative, int, EvaluationRecord | None]] = []
    for policy in selectors.policy_list():
        rows.append(("policy", policy, 0, records.get((policy.pk, None, None))))
        for measure in policy.measures.all():
            rows.append(("measure", measure, 1, records.get((policy.pk, measure.pk, None))))
            for initiative in measure.initiatives.all():
                key = (policy.pk, measure.pk, initiative.pk)
                rows.append(("initiative", initiative, 2, records.get(key)))
    return render(
        request, "evaluation/staff_evaluations.html", {"fy": fy, "rows": rows, "years": _years()}
    )


def _years() -> list[int]:
    current = fiscal_year()
    return list(range(current, current - 6, -1))


def _fiscal_year_param(request: HttpRequest) -> int:
    try:
        fy = int(request.GET.get("fy", ""))
    except ValueError:
        fy = fiscal_year() - 1  # evaluations look back on the year that ended
    return fy if fy in _years() else fiscal_year() - 1


@staff_required("evaluation.records.view")
def staff_evaluation_edit(request: HttpRequest, fy: int, kind: str, pk: int) -> HttpResponse:
    if fy not in _years():
        raise Http404
    policy, measure, initiative = _subject(kind, pk)
    record = EvaluationRecord.objects.filter(
        fiscal_year=fy, policy=policy, measure=measure, initiative=initiative
    ).first()
    user = request.user
    assert isinstance(user, User)
    can_edit = has_capability(user, "evaluation.records.draft") and (
        record is None or record.state in workflow.EDITABLE_STATES
    )
    initial = {f: getattr(record, f) for f in EvaluationForm.base_fields} if record else None
    form = EvaluationForm(
        request.POST if request.method == "POST" and "save" in request.POST else None,
        initial=initial,
        initiative=initiative is not None,
    )
    transition_form = TransitionForm(
        request.POST if request.method == "POST" and "transition" in request.POST else None
    )
    if request.method == "POST":
        try:
            if "save" in request.POST and can_edit and form.is_valid():
                workflow.evaluation_draft_save(
                    actor=user,
                    fiscal_year=fy,
                    policy=policy,
                    measure=measure,
                    initiative=initiative,
                    fields=form.cleaned_data,
                )
                messages.success(request, _("The draft has been saved."))
                return redirect(request.path)
            if "transition" in request.POST and record is not None and transition_form.is_valid():
                workflow.evaluation_transition(
                    record=record,
                    name=request.POST["transition"],
                    actor=user,
                    comment=transition_form.cleaned_data["comment"],
                )
                messages.success(request, _("The evaluation has moved on."))
                return redirect(request.path)
        except ValidationError as error:
            (form if "save" in request.POST else transition_form).add_error(None, error)
    return render(
        request,
        "evaluation/staff_evaluation.html",
        {
            "fy": fy,
            "subject": initiative or measure or policy,
            "kind": kind,
            "record": record,
            "form": form,
            "transition_form": transition_form,
            "can_edit": can_edit,
            "transitions": workflow.allowed_transitions(record=record, actor=user)
            if record
            else [],
            "history": record.history.select_related("actor") if record else [],
        },
        status=400 if form.errors or transition_form.errors else 200,
    )
