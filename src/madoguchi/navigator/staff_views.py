"""The counter (書かない窓口) and the guide editor, for staff.

Every page that shows a resident's data writes an audit record of the read; sensitive values
(bank accounts, individual numbers) are masked on screen by the field types.
"""

from __future__ import annotations

import json
from typing import Any
from uuid import UUID

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from madoguchi.accounts.decorators import staff_required
from madoguchi.applications.forms import StepForm
from madoguchi.applications.step_input import (
    answers_as_raw,
    draft_querydict,
    group_counts,
    remove_group_item,
    visible_items,
)
from madoguchi.audit.services import audit_record
from madoguchi.core.forms import AccessibleForm
from madoguchi.core.ratelimit import limit_posts
from madoguchi.formengine.definition import FormSpec, GroupSpec, StepSpec
from madoguchi.navigator import filling, pdf, selectors, services
from madoguchi.navigator.models import CounterSession, IdentityDocument
from madoguchi.navigator.rules import GuideError, raw_from_answers
from madoguchi.navigator.views import refusal_text
from madoguchi.payments.models import Counter
from madoguchi.procedures.models import LifeEvent


def _counter_choices() -> list[tuple[str, str]]:
    return [
        (code, f"{name}（{location}）" if location else name)
        for code, name, location in Counter.objects.values_list("code", "name", "location")
    ]


class OpenWithCodeForm(AccessibleForm):
    code = forms.CharField(
        label=gettext_lazy("Code from the resident (scan the QR code or type the 8 letters)"),
        max_length=200,
    )
    counter = forms.ChoiceField(label=gettext_lazy("This counter"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["counter"].choices = _counter_choices()  # type: ignore[attr-defined]


class OpenFreshForm(AccessibleForm):
    event = forms.ChoiceField(label=gettext_lazy("Life event"))
    counter = forms.ChoiceField(label=gettext_lazy("This counter"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        events = [(e.code, e.localized_name) for e in selectors.guide_list()]
        self.fields["event"].choices = events  # type: ignore[attr-defined]
        self.fields["counter"].choices = _counter_choices()  # type: ignore[attr-defined]


class IdentityForm(AccessibleForm):
    document = forms.ChoiceField(
        label=gettext_lazy("Identity document checked"),
        choices=IdentityDocument.choices,
        widget=forms.RadioSelect,
    )


@staff_required("counter.operate")
@limit_posts("navigator.counter_open", per_hour=120)
def counter_home_view(request: HttpRequest) -> HttpResponse:
    code_form = OpenWithCodeForm(prefix="c")
    fresh_form = OpenFreshForm(prefix="f")
    status = 200
    if request.method == "POST" and request.POST.get("action") == "code":
        code_form = OpenWithCodeForm(request.POST, prefix="c")
        if code_form.is_valid():
            try:
                session = services.session_open_with_code(
                    text=code_form.cleaned_data["code"],
                    counter=Counter.objects.get(code=code_form.cleaned_data["counter"]),
                    actor=request.user,  # type: ignore[arg-type]
                )
            except services.NavigatorRefused as refusal:
                code_form.add_error("code", refusal_text(refusal.code))
            else:
                return redirect("navigator:session", public_id=session.public_id)
        status = 400
    elif request.method == "POST" and request.POST.get("action") == "fresh":
        fresh_form = OpenFreshForm(request.POST, prefix="f")
        if fresh_form.is_valid():
            session = services.session_open_fresh(
                event=fresh_form.cleaned_data["event"],
                answers={},
                counter=Counter.objects.get(code=fresh_form.cleaned_data["counter"]),
                actor=request.user,  # type: ignore[arg-type]
            )
            return redirect("navigator:session_questions", public_id=session.public_id)
        status = 400
    sessions = selectors.sessions_open(viewer=request.user)[:50]  # type: ignore[arg-type]
    return render(
        request,
        "navigator/staff/home.html",
        {"code_form": code_form, "fresh_form": fresh_form, "sessions": sessions},
        status=status,
    )


def _session(request: HttpRequest, public_id: UUID) -> CounterSession:
    try:
        return selectors.session_get(public_id=public_id, viewer=request.user)  # type: ignore[arg-type]
    except CounterSession.DoesNotExist as exc:
        raise Http404 from exc


@staff_required("counter.operate")
def session_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    session = _session(request, public_id)
    language = get_language() or "ja"
    audit_record(
        action="navigator.session_viewed",
        target=session,
        data={"event": session.event},
    )
    entry_spec = selectors.entry_spec(event=session.event)
    forms_ = selectors.session_forms(session=session, language=language)
    rows = selectors.checklist(event=session.event, answers=session.answers, language=language)
    counters = {c.code: c for c in Counter.objects.filter(code__in=session.route)}
    measurement = selectors.measure(session=session)
    return render(
        request,
        "navigator/staff/session.html",
        {
            "session": session,
            "event": LifeEvent.objects.get(code=session.event),
            "identity_form": IdentityForm(prefix="i"),
            "data_layout": entry_spec.readable(session.data, language),
            "data_steps": [(s.key, s.title(language)) for s in entry_spec.steps],
            "forms": forms_,
            "rows": rows,
            "route": [counters[c] for c in session.route if c in counters],
            "measurement": measurement,
            "events": session.events.select_related("actor", "counter"),
        },
    )


@staff_required("counter.operate")
def session_questions_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """The navigator's questions, answered by the clerk with the resident."""
    from madoguchi.navigator.views import (
        QuestionRow,
        answer_error_text,
        clean_input,
    )

    session = _session(request, public_id)
    guide = selectors.guide_get(event=session.event)
    spec = selectors.guide_spec(guide=guide)
    language = get_language() or "ja"
    errors: dict[str, str] = {}
    raw: QueryDict = request.POST
    if request.method == "POST":
        cleaned = clean_input(spec, raw)
        if cleaned.complete:
            try:
                services.session_set_answers(
                    session=session,
                    answers=cleaned.answers,
                    actor=request.user,  # type: ignore[arg-type]
                )
            except services.NavigatorRefused as refusal:
                messages.error(request, refusal_text(refusal.code))
            return redirect("navigator:session", public_id=session.public_id)
        errors = {k: answer_error_text(e) for k, e in cleaned.errors.items()}
        answers = cleaned.answers
    else:
        answers = session.answers
        raw = draft_querydict(raw_from_answers(answers))
    rows = [QuestionRow(q, raw, errors.get(q.key, ""), language) for q in spec.applicable(answers)]
    return render(
        request,
        "navigator/staff/questions.html",
        {"session": session, "event": guide.life_event, "rows": rows, "has_errors": bool(errors)},
        status=400 if errors else 200,
    )


def _all_steps_forms(
    spec: FormSpec, answers: dict[str, Any], data: QueryDict | None
) -> list[tuple[StepSpec, StepForm]]:
    language = get_language() or "ja"
    pages = []
    for step in spec.visible_steps(answers):
        source = data if data is not None else answers_as_raw(step, answers)
        pages.append(
            (
                step,
                StepForm(
                    step=step,
                    visible=visible_items(step, answers),
                    language=language,
                    data=source,
                    group_counts=group_counts(step, source, answers),
                    files={},
                ),
            )
        )
    return pages


def _group_action(
    spec: FormSpec, data: QueryDict, answers: dict[str, Any], action: str
) -> QueryDict:
    """Apply an add/remove button of a repeating group to the posted input."""
    for step in spec.steps:
        for item in step.items:
            if not isinstance(item, GroupSpec):
                continue
            counts = group_counts(step, data, answers)
            if action == f"add:{item.key}":
                data = data.copy()
                data[f"count.{item.key}"] = str(min(counts[item.key] + 1, item.max_items))
            elif action.startswith(f"remove:{item.key}:"):
                data = remove_group_item(
                    data, item, int(action.rsplit(":", 1)[1]), counts[item.key]
                )
    return data


def _pages(pages: list[tuple[StepSpec, StepForm]]) -> list[tuple[str, StepForm, Any]]:
    language = get_language() or "ja"
    return [(step.title(language), form, form.blocks()) for step, form in pages]


def _clean_all(
    spec: FormSpec, data: QueryDict, start: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Clean every visible step of a form posted on one page: (answers, errors by input)."""
    language = get_language() or "ja"
    answers: dict[str, Any] = {}
    errors: dict[str, Any] = {}
    for step in spec.steps:
        if step not in spec.visible_steps(answers | start):
            continue
        counts = group_counts(step, data, start)
        result = spec.clean_step(step, data, answers, group_counts=counts, language=language)
        answers.update(result.answers)
        errors.update(
            {
                name: error
                for name, error in result.errors.items()
                if not filling.is_attachment_input(spec, name)
            }
        )
    return answers, errors


@staff_required("counter.operate")
def session_data_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """The resident's data, all on one page, for the clerk to type or correct."""
    session = _session(request, public_id)
    spec = selectors.entry_spec(event=session.event)
    data = session.data
    status = 200
    pages = _all_steps_forms(spec, data, None)
    if request.method == "POST":
        posted = _group_action(spec, request.POST, data, request.POST.get("action", ""))
        answers, errors = _clean_all(spec, posted, data)
        if request.POST.get("action") == "save" and not errors:
            for step in spec.steps:
                services.session_update_data(
                    session=session,
                    step_key=step.key,
                    answers={k: v for k, v in answers.items() if k in {i.key for i in step.items}},
                    actor=request.user,  # type: ignore[arg-type]
                )
            messages.success(request, _("The resident's data has been saved."))
            return redirect("navigator:session", public_id=session.public_id)
        pages = _all_steps_forms(spec, answers or data, posted)
        if request.POST.get("action") == "save":
            for _step, form in pages:
                form.set_errors(errors)
            status = 400
    audit_record(action="navigator.session_data_viewed", target=session, data={})
    return render(
        request,
        "navigator/staff/form_page.html",
        {
            "session": session,
            "title": _("The resident's data"),
            "pages": [
                (step.title(get_language() or "ja"), form, form.blocks()) for step, form in pages
            ],
            "has_errors": status == 400,
        },
        status=status,
    )


@staff_required("counter.operate")
def session_form_view(request: HttpRequest, public_id: UUID, procedure: str) -> HttpResponse:
    """One procedure's form, filled from the data, for the clerk to complete."""
    session = _session(request, public_id)
    form_ = next(
        (f for f in selectors.session_forms(session=session) if f.procedure.code == procedure),
        None,
    )
    if form_ is None:
        raise Http404
    spec = form_.version.spec
    status = 200
    pages = _all_steps_forms(spec, form_.answers, None)
    if request.method == "POST":
        posted = _group_action(spec, request.POST, form_.answers, request.POST.get("action", ""))
        answers, errors = _clean_all(spec, posted, form_.answers)
        if request.POST.get("action") == "save":
            # Keep only what differs from the data, so a later correction of the data still
            # reaches this form.
            overrides = {k: v for k, v in answers.items() if form_.filled.get(k) != v}
            services.session_save_form(
                session=session,
                procedure=procedure,
                overrides=overrides,
                actor=request.user,  # type: ignore[arg-type]
            )
            if not errors:
                messages.success(request, _("The form has been saved."))
                return redirect("navigator:session", public_id=session.public_id)
        pages = _all_steps_forms(spec, answers or form_.answers, posted)
        if request.POST.get("action") == "save":
            for _step, form in pages:
                form.set_errors(errors)
            status = 400
    else:
        errors = form_.check.errors
        for _step, form in pages:
            form.set_errors(errors)
    audit_record(
        action="navigator.session_form_viewed", target=session, data={"procedure": procedure}
    )
    return render(
        request,
        "navigator/staff/form_page.html",
        {
            "session": session,
            "title": form_.procedure.localized_name,
            "pages": [
                (step.title(get_language() or "ja"), form, form.blocks()) for step, form in pages
            ],
            "has_errors": status == 400,
            "filled": {i.name for i in form_.check.filled},
        },
        status=status,
    )


@staff_required("counter.operate")
@require_POST
def session_identity_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    session = _session(request, public_id)
    form = IdentityForm(request.POST, prefix="i")
    if form.is_valid():
        try:
            services.session_confirm_identity(
                session=session,
                document=form.cleaned_data["document"],
                actor=request.user,  # type: ignore[arg-type]
            )
            messages.success(request, _("Identity confirmed."))
        except services.NavigatorRefused as refusal:
            messages.error(request, refusal_text(refusal.code))
    else:
        messages.error(request, refusal_text("document"))
    return redirect("navigator:session", public_id=session.public_id)


@staff_required("counter.operate")
@require_POST
def session_submit_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    session = _session(request, public_id)
    chosen = request.POST.getlist("procedure")
    try:
        submitted = services.session_submit(
            session=session,
            procedures=chosen,
            actor=request.user,  # type: ignore[arg-type]
        )
    except services.NavigatorRefused as refusal:
        messages.error(request, refusal_text(refusal.code))
    else:
        references = "、".join(a.reference or "" for a in submitted.values())
        messages.success(
            request,
            _("Submitted as cases. Reference numbers: %(references)s") % {"references": references},
        )
    return redirect("navigator:session", public_id=session.public_id)


@staff_required("counter.operate")
@require_POST
def session_hand_over_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    session = _session(request, public_id)
    try:
        counter = services.session_hand_over(session=session, actor=request.user)  # type: ignore[arg-type]
    except services.NavigatorRefused as refusal:
        messages.error(request, refusal_text(refusal.code))
    else:
        messages.success(
            request,
            _("Handed over to %(counter)s.") % {"counter": counter.name if counter else ""},
        )
    return redirect("navigator:session", public_id=session.public_id)


@staff_required("counter.operate")
@require_POST
def session_close_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    session = _session(request, public_id)
    try:
        services.session_close(session=session, actor=request.user)  # type: ignore[arg-type]
    except services.NavigatorRefused as refusal:
        messages.error(request, refusal_text(refusal.code))
    else:
        messages.success(request, _("The counter session is closed."))
    return redirect("navigator:counter_home")


@staff_required("counter.operate")
def session_pdf_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    session = _session(request, public_id)
    chosen = set(request.GET.getlist("procedure"))
    forms_ = [
        f
        for f in selectors.session_forms(session=session)
        if not chosen or f.procedure.code in chosen
    ]
    if not forms_:
        raise Http404
    audit_record(
        action="navigator.forms_printed",
        target=session,
        data={"procedures": [f.procedure.code for f in forms_]},
    )
    body = pdf.forms_pdf(session=session, forms=forms_)
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="forms-{session.short_id}.pdf"'
    response["Cache-Control"] = "no-store"
    return response


# -- guides ------------------------------------------------------------------------------------


class GuideForm(AccessibleForm):
    definition = forms.CharField(
        label=gettext_lazy("Guide (JSON)"),
        widget=forms.Textarea(attrs={"rows": 30, "spellcheck": "false", "class": "code"}),
        help_text=gettext_lazy("Questions and rules as described in docs/navigator.md."),
    )


@staff_required("navigator.configure")
def guides_view(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "navigator/staff/guides.html",
        {"events": selectors.guide_list(), "measurements": selectors.household_measurements()},
    )


@staff_required("navigator.configure")
def guide_edit_view(request: HttpRequest, event: str) -> HttpResponse:
    try:
        guide = selectors.guide_get(event=event)
    except Exception as exc:
        raise Http404 from exc
    status = 200
    problems: list[str] = []
    if request.method == "POST":
        form = GuideForm(request.POST)
        if form.is_valid():
            try:
                definition = json.loads(form.cleaned_data["definition"])
                services.guide_save(
                    event=event,
                    definition=definition,
                    actor=request.user,  # type: ignore[arg-type]
                )
            except json.JSONDecodeError as error:
                problems = [_("The text is not valid JSON: %(error)s") % {"error": error}]
            except GuideError as error:
                problems = [str(p) for p in error.problems]
            else:
                messages.success(request, _("The guide has been saved."))
                return redirect("navigator:guides")
        if problems:
            form.add_error("definition", _("The guide has problems; nothing was saved."))
        status = 400
    else:
        form = GuideForm(
            initial={"definition": json.dumps(guide.definition, ensure_ascii=False, indent=2)}
        )
    return render(
        request,
        "navigator/staff/guide_edit.html",
        {
            "guide": guide,
            "form": form,
            "problems": problems,
            "revisions": guide.revisions.select_related("created_by")[:20],
            "preview_url": reverse("navigator:questions", args=[event]),
        },
        status=status,
    )


@staff_required("navigator.configure")
def guide_export_view(request: HttpRequest, event: str) -> HttpResponse:
    guide = selectors.guide_get(event=event)
    response = HttpResponse(
        json.dumps(guide.definition, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="guide-{event}.json"'
    return response
