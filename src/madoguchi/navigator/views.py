"""The resident's side: the navigator (no login), the checklist, and entering data once.

Everything works without JavaScript. The checklist is a GET page whose address holds the
answers, so it can be bookmarked, printed and shared by link; nothing is stored until the
resident chooses to enter their data for the counter.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

import segno
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from madoguchi.applications.forms import StepForm
from madoguchi.applications.step_input import (
    answers_as_raw,
    draft_querydict,
    group_counts,
    raw_for_draft,
    remove_group_item,
    step_group,
    visible_items,
)
from madoguchi.core.ratelimit import limit_posts
from madoguchi.formengine.definition import StepSpec
from madoguchi.navigator import selectors, services
from madoguchi.navigator.models import Entry, Guide
from madoguchi.navigator.rules import (
    AnswerError,
    Cleaned,
    GuideSpec,
    Question,
    raw_from_answers,
    text_for,
)

SESSION_KEY = "madoguchi_navigator_entries"
CODES_KEY = "madoguchi_navigator_codes"


def answer_error_text(error: AnswerError) -> str:
    texts = {
        "required": _("Answer this question."),
        "number": _("Enter a whole number, for example 2."),
        "choice": _("Choose one of the options."),
        "date": _("Enter a real date, for example 2026-04-01."),
    }
    if error.code == "range":
        return _("Enter a number from %(min)d to %(max)d.") % error.params
    return texts.get(error.code, _("Check this answer."))


def refusal_text(code: str) -> str:
    texts = {
        "not_editable": _("This entry can no longer be changed."),
        "incomplete": _("Some parts are not finished yet."),
        "unknown": _("No entry has this code. Check the code and try again."),
        "expired": _(
            "This code has expired. Entries are kept for 7 days; the resident can enter the "
            "data again from the checklist."
        ),
        "used": _("This code has already been used at a counter and cannot be used again."),
        "closed": _("This counter session is closed."),
        "identity": _("Confirm the resident's identity before submitting."),
        "none_chosen": _("Choose at least one form to submit."),
        "not_in_checklist": _("That form is not on this resident's checklist."),
        "route_end": _("This is the last counter on the route."),
        "document": _("Choose the identity document you checked."),
    }
    if code.startswith("application_"):
        return _("The application could not be submitted: %(reason)s") % {"reason": code[12:]}
    return texts.get(code, _("This could not be done."))


# -- the navigator ----------------------------------------------------------------------------


def index_view(request: HttpRequest) -> HttpResponse:
    return render(request, "navigator/index.html", {"events": selectors.guide_list()})


def _guide(event: str) -> tuple[Guide, GuideSpec]:
    try:
        guide = selectors.guide_get(event=event)
    except Guide.DoesNotExist as exc:
        raise Http404 from exc
    return guide, selectors.guide_spec(guide=guide)


class QuestionRow:
    """A question ready for the template: its answer as typed and its error."""

    def __init__(self, question: Question, raw: QueryDict, error: str, language: str) -> None:
        self.key = question.key
        self.type = question.type
        self.required = question.required
        self.label = question.label(language)
        self.hint = question.hint(language)
        self.error = error
        self.values = [v for v in raw.getlist(question.key) if v]
        self.value = self.values[0] if self.values else ""
        self.minimum, self.maximum = question.minimum, question.maximum
        self.choices = [
            (c["value"], text_for(c["label"], language), c["value"] in self.values)
            for c in question.choices
        ]
        if question.type == "yes_no":
            self.choices = [
                ("yes", _("Yes"), self.value == "yes"),
                ("no", _("No"), self.value == "no"),
            ]


def _questions_page(
    request: HttpRequest,
    guide: Guide,
    spec: GuideSpec,
    raw: QueryDict,
    cleaned: Cleaned | None,
    *,
    notice: str = "",
) -> HttpResponse:
    language = get_language() or "ja"
    answers = cleaned.answers if cleaned else {}
    errors = cleaned.errors if cleaned else {}
    rows = [
        QuestionRow(q, raw, answer_error_text(errors[q.key]) if q.key in errors else "", language)
        for q in spec.applicable(answers)
    ]
    return render(
        request,
        "navigator/questions.html",
        {
            "event": guide.life_event,
            "intro": text_for(spec.data.get("intro"), language),
            "rows": rows,
            "has_errors": bool(errors),
            "notice": notice,
        },
        status=400 if errors else 200,
    )


def questions_view(request: HttpRequest, event: str) -> HttpResponse:
    guide, spec = _guide(event)
    return _questions_page(request, guide, spec, request.GET, None)


def clean_input(spec: GuideSpec, raw: QueryDict) -> Cleaned:
    """Clean the questions as posted or in a query string, with the list of questions shown."""
    shown = raw.get("shown")
    return spec.clean(
        {key: raw.getlist(key) for key in raw},
        shown=shown.split(",") if shown is not None else None,
    )


def checklist_view(request: HttpRequest, event: str) -> HttpResponse:
    guide, spec = _guide(event)
    cleaned = clean_input(spec, request.GET)
    if not cleaned.complete:
        notice = (
            _("More questions apply because of your answers. Answer them below.")
            if cleaned.unanswered and not cleaned.errors
            else ""
        )
        return _questions_page(request, guide, spec, request.GET, cleaned, notice=notice)
    language = get_language() or "ja"
    rows = selectors.checklist(event=event, answers=cleaned.answers, language=language)
    summary = [
        (q.label(language), q.display(cleaned.answers.get(q.key), language))
        for q in spec.applicable(cleaned.answers)
        if q.key in cleaned.answers
    ]
    share = draft_querydict(raw_from_answers(cleaned.answers))
    share_url = request.build_absolute_uri(
        reverse("navigator:checklist", args=[event]) + "?" + share.urlencode()
    )
    stops = selectors.route_for(event=event, answers=cleaned.answers)
    counters = {r.counter.code: r.counter for r in rows if r.counter}
    return render(
        request,
        "navigator/checklist.html",
        {
            "event": guide.life_event,
            "rows": rows,
            "summary": summary,
            "share_url": share_url,
            "change_url": reverse("navigator:questions", args=[event]) + "?" + share.urlencode(),
            "query": share.urlencode(),
            "route": [counters[c] for c in stops if c in counters],
            "event_date": spec.event_date(cleaned.answers),
            # Entering data once only pays when it fills more than one form.
            "offer_entry": sum(1 for r in rows if r.has_form) >= 2,
        },
    )


# -- entering data once -----------------------------------------------------------------------


@require_POST
@limit_posts("navigator.entry", per_hour=30)
def entry_start_view(request: HttpRequest, event: str) -> HttpResponse:
    _guide_obj, spec = _guide(event)
    raw = QueryDict(request.POST.get("answers", ""))
    cleaned = spec.clean({key: raw.getlist(key) for key in raw})
    if not cleaned.complete:
        return redirect(reverse("navigator:questions", args=[event]) + "?" + raw.urlencode())
    entry = services.entry_start(
        event=event, answers=cleaned.answers, language=get_language() or "ja"
    )
    owned = request.session.get(SESSION_KEY, [])
    request.session[SESSION_KEY] = [*owned[-9:], str(entry.public_id)]
    first = selectors.entry_spec(event=event).steps[0]
    return redirect("navigator:entry_step", public_id=entry.public_id, step_key=first.key)


def _own_entry(request: HttpRequest, public_id: UUID) -> Entry:
    """An entry made in this browser (nobody else can reach it by its address)."""
    if str(public_id) not in request.session.get(SESSION_KEY, []):
        raise Http404
    try:
        return Entry.objects.get(public_id=public_id)
    except Entry.DoesNotExist as exc:
        raise Http404 from exc


def _entry_closed(request: HttpRequest, entry: Entry) -> HttpResponse | None:
    if entry.status == Entry.Status.DRAFT and entry.expires_at > timezone.now():
        return None
    if entry.status == Entry.Status.READY and entry.expires_at > timezone.now():
        return redirect("navigator:entry_code", public_id=entry.public_id)
    return render(request, "navigator/entry_gone.html", {"entry": entry}, status=410)


def _step_form(step: StepSpec, answers: dict[str, Any], data: QueryDict | None) -> StepForm:
    counts = group_counts(step, data, answers)
    visible = visible_items(step, answers)
    return StepForm(
        step=step,
        visible=visible,
        language=get_language() or "ja",
        data=data,
        group_counts=counts,
        files={},
    )


def entry_step_view(request: HttpRequest, public_id: UUID, step_key: str) -> HttpResponse:
    entry = _own_entry(request, public_id)
    closed = _entry_closed(request, entry)
    if closed is not None:
        return closed
    spec = selectors.entry_spec(event=entry.event)
    try:
        step = spec.step(step_key)
    except KeyError as exc:
        raise Http404 from exc
    language = get_language() or "ja"
    returning = request.GET.get("return") == "check"
    notice = ""
    if request.method == "POST":
        action = request.POST.get("action", "continue")
        data = request.POST.copy()
        counts = group_counts(step, data, entry.data)
        if action.startswith("add:"):
            group = step_group(step, action[4:])
            data[f"count.{group.key}"] = str(min(counts[group.key] + 1, group.max_items))
            notice = _("A new item has been added below.")
        elif action.startswith("remove:"):
            _prefix, group_key, index = action.split(":", 2)
            group = step_group(step, group_key)
            data = remove_group_item(data, group, int(index), counts[group.key])
            notice = _("The item has been removed.")
        counts = group_counts(step, data, entry.data)
        result = spec.clean_step(step, data, entry.data, group_counts=counts, language=language)
        if action == "continue":
            services.entry_save_step(
                entry=entry,
                step_key=step.key,
                raw=raw_for_draft(data),
                result=result if result.valid else None,
            )
            if result.valid:
                following = spec.next_step(step.key, entry.data)
                if following is None or returning:
                    return redirect("navigator:entry_check", public_id=entry.public_id)
                return redirect(
                    "navigator:entry_step", public_id=entry.public_id, step_key=following.key
                )
            form = _step_form(step, entry.data, data)
            form.set_errors(result.errors)
            return _render_entry_step(request, entry, step, form, notice, returning, status=400)
        services.entry_save_step(
            entry=entry, step_key=step.key, raw=raw_for_draft(data), result=None
        )
        return _render_entry_step(
            request, entry, step, _step_form(step, entry.data, data), notice, returning
        )
    drafts = entry.drafts
    raw = (
        draft_querydict(drafts[step.key])
        if step.key in drafts
        else answers_as_raw(step, entry.data)
    )
    form = _step_form(step, entry.data, raw if raw else None)
    return _render_entry_step(request, entry, step, form, notice, returning)


def _render_entry_step(
    request: HttpRequest,
    entry: Entry,
    step: StepSpec,
    form: StepForm,
    notice: str,
    returning: bool,
    status: int = 200,
) -> HttpResponse:
    spec = selectors.entry_spec(event=entry.event)
    language = get_language() or "ja"
    keys = [s.key for s in spec.steps]
    previous = spec.previous_step(step.key, entry.data)
    return render(
        request,
        "navigator/entry_step.html",
        {
            "entry": entry,
            "step_title": step.title(language),
            "form": form,
            "blocks": form.blocks(),
            "notice": notice,
            "returning": returning,
            "step_number": keys.index(step.key) + 1,
            "step_count": len(keys),
            "previous_url": (
                reverse("navigator:entry_step", args=[entry.public_id, previous.key])
                if previous
                else None
            ),
        },
        status=status,
    )


def entry_check_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    entry = _own_entry(request, public_id)
    closed = _entry_closed(request, entry)
    if closed is not None:
        return closed
    spec = selectors.entry_spec(event=entry.event)
    language = get_language() or "ja"
    error = ""
    if request.method == "POST":
        try:
            token, code = services.entry_finish(entry=entry)
        except services.NavigatorRefused as refusal:
            error = refusal_text(refusal.code)
        else:
            codes = request.session.get(CODES_KEY, {})
            codes[str(entry.public_id)] = [token, code]
            request.session[CODES_KEY] = codes
            return redirect("navigator:entry_code", public_id=entry.public_id)
    unfinished = [s for s in spec.steps if s.key not in entry.completed_steps]
    return render(
        request,
        "navigator/entry_check.html",
        {
            "entry": entry,
            "layout": [
                (step.key, step.title(language), rows)
                for step, rows in spec.readable(entry.data, language)
            ],
            "unfinished": [(s.key, s.title(language)) for s in unfinished],
            "error": error,
        },
        status=400 if error else 200,
    )


def entry_code_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    entry = _own_entry(request, public_id)
    if entry.status != Entry.Status.READY or entry.expires_at <= timezone.now():
        return render(request, "navigator/entry_gone.html", {"entry": entry}, status=410)
    token, code = request.session.get(CODES_KEY, {}).get(str(entry.public_id), ["", ""])
    if not token:
        raise Http404
    qr_svg = segno.make(token, error="m").svg_inline(scale=6, dark="#000", light="#fff")
    return render(
        request,
        "navigator/entry_code.html",
        {
            "entry": entry,
            "code": f"{code[:4]}-{code[4:]}",
            "qr_svg": qr_svg,
        },
    )
