"""Staff pages: the queue, one voice with every action, staff entry of voices received by
phone, visit, letter or fax, photos, and the review of anonymised text before publication.

Every read of a voice's page is audited (it shows what a resident wrote and how to reach
them); staff see the voices of their own departments, 区長室 also the ones waiting for
triage.
"""

from __future__ import annotations

import secrets
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from madoguchi.accounts.decorators import staff_required
from madoguchi.accounts.models import User
from madoguchi.accounts.permissions import department_scope, has_capability
from madoguchi.audit.services import audit_record
from madoguchi.core.forms import service_errors_add
from madoguchi.voices import services, workflow
from madoguchi.voices.forms import AnswerForm, NoteForm, PublicationForm, StaffEntryForm
from madoguchi.voices.models import Category, Channel, Publication, Status, Voice


def _viewer(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _in_scope(viewer: User) -> Any:
    return Voice.objects.filter(department_id__in=department_scope(viewer)).exclude(
        status=Status.UNCONFIRMED
    )


def _voice(request: HttpRequest, reference: str, *, purpose: str = "view") -> Voice:
    viewer = _viewer(request)
    voice = (
        _in_scope(viewer)
        .select_related("category", "department", "assignee", "submitter")
        .filter(reference=reference)
        .first()
    )
    if voice is None:
        raise Http404
    audit_record(
        action=f"voices.{purpose}", target=voice, actor=viewer, data={"reference": reference}
    )
    return voice


@staff_required("voices.handle")
def queue_view(request: HttpRequest) -> HttpResponse:
    viewer = _viewer(request)
    voices = _in_scope(viewer).select_related("category", "department", "assignee")
    state = request.GET.get("state", "open")
    today = timezone.localdate()
    if state == "open":
        voices = voices.filter(status__in=workflow.OPEN)
    elif state == "triage":
        voices = voices.filter(status=Status.RECEIVED, category__isnull=True)
    elif state == "overdue":
        voices = voices.filter(status__in=workflow.OPEN, deadline__lt=today)
    elif state == "mine":
        voices = voices.filter(assignee=viewer, status__in=workflow.OPEN)
    elif state == "done":
        voices = voices.filter(status__in=[Status.ANSWERED, Status.CLOSED])
    category = request.GET.get("category", "")
    if category:
        voices = voices.filter(category__code=category)
    page = Paginator(voices.order_by("deadline", "received_at"), 25).get_page(
        request.GET.get("page")
    )
    scope = _in_scope(viewer)
    counts = {
        "open": scope.filter(status__in=workflow.OPEN).count(),
        "triage": scope.filter(status=Status.RECEIVED, category__isnull=True).count(),
        "overdue": scope.filter(status__in=workflow.OPEN, deadline__lt=today).count(),
        "mine": scope.filter(assignee=viewer, status__in=workflow.OPEN).count(),
    }
    return render(
        request,
        "voices/staff_queue.html",
        {
            "page_obj": page,
            "state": state,
            "category": category,
            "categories": Category.objects.all(),
            "counts": counts,
            "today": today,
            "can_analyse": has_capability(viewer, "voices.analyse"),
            "can_configure": has_capability(viewer, "voices.configure"),
            "states": [
                ("open", _("Open")),
                ("triage", _("To sort")),
                ("overdue", _("Overdue")),
                ("mine", _("Assigned to me")),
                ("done", _("Answered or closed")),
            ],
        },
    )


def _colleagues(voice: Voice) -> list[User]:
    """Staff who may handle the voice: voice handlers of its department or a unit above it."""
    from madoguchi.accounts.models import StaffMembership
    from madoguchi.accounts.permissions import CAPABILITIES

    units = set()
    current = voice.department
    while current is not None:
        units.add(current.pk)
        current = current.parent
    members = StaffMembership.objects.filter(
        department_id__in=units, role__in=list(CAPABILITIES["voices.handle"])
    ).values("user_id")
    return list(User.objects.filter(pk__in=members, is_active=True).order_by("display_name"))


@staff_required("voices.handle")
def voice_view(request: HttpRequest, reference: str) -> HttpResponse:
    voice = _voice(request, reference)
    publication = Publication.objects.filter(voice=voice).first()
    related = list(voice.related.all()[:10])
    return render(
        request,
        "voices/staff_voice.html",
        {
            "voice": voice,
            "photos": list(voice.photos.all()),
            "history": list(voice.history.select_related("actor")),
            "notes": list(voice.notes.select_related("author")),
            "answers": list(voice.answers.select_related("author")),
            "related": related,
            "targets": [
                (t, Status(t).label)
                for t in workflow.targets_from(voice.status)
                if t not in {Status.ANSWERED, Status.TRIAGED, Status.ASSIGNED}
            ],
            "categories": Category.objects.all(),
            "colleagues": _colleagues(voice),
            "answer_form": AnswerForm(),
            "note_form": NoteForm(),
            "can_answer": Status.ANSWERED in workflow.TRANSITIONS.get(voice.status, frozenset()),
            "publication": publication,
            "can_publish": has_capability(request.user, "voices.publish"),
            "overdue": voice.status in workflow.OPEN
            and voice.deadline is not None
            and voice.deadline < timezone.localdate(),
        },
    )


def _act(request: HttpRequest, reference: str, action: Any) -> HttpResponse:
    voice = _voice(request, reference, purpose="act")
    try:
        message = action(voice)
    except services.VoiceInputError as exc:
        for problems in exc.errors.values():
            for problem in problems:
                messages.error(request, problem)
    except workflow.TransitionNotAllowed:
        messages.error(request, _("That step is not possible from the voice's current status."))
    except PermissionDenied:
        raise
    else:
        messages.success(request, message)
    return redirect("voices:staff_voice", reference)


@staff_required("voices.handle")
@require_POST
def categorize_view(request: HttpRequest, reference: str) -> HttpResponse:
    category = Category.objects.filter(code=request.POST.get("category", "")).first()

    def act(voice: Voice) -> str:
        if category is None:
            raise services.VoiceInputError({"category": [_("Choose a category.")]})
        services.voice_categorize(voice=voice, category=category, actor=_viewer(request))
        return _("The category has been set and the voice routed.")

    return _act(request, reference, act)


@staff_required("voices.handle")
@require_POST
def assign_view(request: HttpRequest, reference: str) -> HttpResponse:
    assignee = User.objects.filter(pk=request.POST.get("assignee") or 0).first()

    def act(voice: Voice) -> str:
        if assignee is None:
            raise services.VoiceInputError({"assignee": [_("Choose a person.")]})
        services.voice_assign(voice=voice, assignee=assignee, actor=_viewer(request))
        return _("The voice has been assigned.")

    return _act(request, reference, act)


@staff_required("voices.handle")
@require_POST
def transition_view(request: HttpRequest, reference: str) -> HttpResponse:
    def act(voice: Voice) -> str:
        services.voice_transition(
            voice=voice,
            target=request.POST.get("target", ""),
            actor=_viewer(request),
            note=request.POST.get("note", ""),
        )
        return _("The status has been changed.")

    return _act(request, reference, act)


@staff_required("voices.handle")
@require_POST
def note_view(request: HttpRequest, reference: str) -> HttpResponse:
    def act(voice: Voice) -> str:
        services.voice_note_add(
            voice=voice, text=request.POST.get("note", ""), actor=_viewer(request)
        )
        return _("The note has been added.")

    return _act(request, reference, act)


@staff_required("voices.handle")
@require_POST
def answer_view(request: HttpRequest, reference: str) -> HttpResponse:
    def act(voice: Voice) -> str:
        services.voice_answer(
            voice=voice, text=request.POST.get("answer", ""), actor=_viewer(request)
        )
        return _("The answer has been sent to the resident.")

    return _act(request, reference, act)


@staff_required("voices.handle")
@require_POST
def merge_view(request: HttpRequest, reference: str) -> HttpResponse:
    def act(voice: Voice) -> str:
        into = _in_scope(_viewer(request)).filter(reference=request.POST.get("into", "")).first()
        if into is None:
            raise services.VoiceInputError({"into": [_("Choose another voice.")]})
        services.voice_merge(voice=voice, into=into, actor=_viewer(request))
        return _("The voice has been merged.")

    return _act(request, reference, act)


@staff_required("voices.handle")
@require_POST
def propose_view(request: HttpRequest, reference: str) -> HttpResponse:
    voice = _voice(request, reference, purpose="act")
    try:
        services.publication_propose(voice=voice, actor=_viewer(request))
    except services.VoiceInputError as exc:
        for problems in exc.errors.values():
            for problem in problems:
                messages.error(request, problem)
        return redirect("voices:staff_voice", reference)
    messages.success(request, _("The anonymised text is ready for a manager's approval."))
    return redirect("voices:staff_publication", reference)


@staff_required("voices.handle")
def publication_view(request: HttpRequest, reference: str) -> HttpResponse:
    voice = _voice(request, reference)
    publication = Publication.objects.filter(voice=voice).first()
    if publication is None:
        raise Http404
    form = PublicationForm(
        request.POST or None,
        initial={
            "title": publication.title,
            "body": publication.body,
            "answer": publication.answer,
        },
    )
    if request.method == "POST":
        if not has_capability(request.user, "voices.publish"):
            raise PermissionDenied
        if form.is_valid():
            try:
                services.publication_approve(
                    publication=publication,
                    actor=_viewer(request),
                    title=form.cleaned_data["title"],
                    body=form.cleaned_data["body"],
                    answer=form.cleaned_data["answer"],
                    translations=form.translations(),
                )
            except services.VoiceInputError as exc:
                service_errors_add(form, exc.errors)
            else:
                messages.success(request, _("The voice and its answer are published."))
                return redirect("voices:staff_voice", reference)
    return render(
        request,
        "voices/staff_publication.html",
        {
            "voice": voice,
            "publication": publication,
            "form": form,
            "can_publish": has_capability(request.user, "voices.publish"),
        },
        status=400 if form.errors else 200,
    )


@staff_required("voices.handle")
def photo_view(request: HttpRequest, reference: str, photo_id: int) -> HttpResponse:
    voice = _voice(request, reference, purpose="photo")
    photo = voice.photos.filter(pk=photo_id).first()
    if photo is None:
        raise Http404
    with default_storage.open(photo.storage_name, "rb") as handle:
        data = handle.read()
    response = HttpResponse(data, content_type=photo.content_type)
    response["Content-Disposition"] = "inline"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'; img-src 'self'"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@staff_required("voices.handle")
def entry_view(request: HttpRequest) -> HttpResponse:
    """Record a voice received by phone, at the counter, by letter or fax (or forwarded
    email)."""
    form = StaffEntryForm(
        request.POST or None, initial={"submission_key": secrets.token_urlsafe(24)}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            voice, _token = services.voice_submit(
                channel=data["channel"],
                body=data["body"],
                category_code=data["category"],
                address=data["address"],
                contact_name=data["name"],
                contact_email=data["email"],
                contact_phone=data["phone"],
                wants_reply=data["wants_reply"],
                may_publish=data["may_publish"],
                submission_key=data["submission_key"],
                actor=_viewer(request),
            )
        except services.VoiceInputError as exc:
            service_errors_add(form, exc.errors)
        else:
            messages.success(
                request,
                _("Recorded as %(reference)s and sent to %(department)s.")
                % {
                    "reference": voice.reference,
                    "department": voice.department.localized_name if voice.department else "—",
                },
            )
            if voice.department_id in department_scope(_viewer(request)):
                return redirect("voices:staff_voice", voice.reference)
            return redirect("voices:staff_entry")
    return render(
        request,
        "voices/staff_entry.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


# --- Analysis ------------------------------------------------------------------------------------


def _period(request: HttpRequest) -> tuple[Any, Any]:
    from datetime import date, timedelta

    today = timezone.localdate()
    try:
        start = date.fromisoformat(request.GET.get("start", ""))
    except ValueError:
        start = today - timedelta(days=365)
    try:
        end = date.fromisoformat(request.GET.get("end", ""))
    except ValueError:
        end = today
    if end < start:
        start, end = end, start
    return start, end


@staff_required("voices.analyse")
def dashboard_view(request: HttpRequest) -> HttpResponse:
    from madoguchi.voices import analysis

    start, end = _period(request)
    figures = analysis.dashboard(start=start, end=end)
    names = {c.code: c.localized_name for c in Category.objects.all()}
    channel_names = dict(Channel.choices)
    if request.GET.get("format") == "csv":
        return _dashboard_csv(figures, names, channel_names)
    base = f"start={start.isoformat()}&end={end.isoformat()}"
    return render(
        request,
        "voices/staff_dashboard.html",
        {
            "d": figures,
            "start": start,
            "end": end,
            "base": base,
            "categories": [
                (code, names.get(code, code or "—"), n) for code, n in figures.by_category
            ],
            "channels": [
                (code, channel_names.get(code, code), n) for code, n in figures.by_channel
            ],
            "can_handle": has_capability(request.user, "voices.handle"),
        },
    )


def _dashboard_csv(
    figures: Any, names: dict[str, str], channel_names: dict[str, Any]
) -> HttpResponse:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["指標", "区分", "件数"])
    for code, n in figures.by_category:
        writer.writerow(["分類", names.get(code, code or "未分類"), n])
    for _code, name, n in figures.by_department:
        writer.writerow(["担当部署", name or "—", n])
    for code, n in figures.by_channel:
        writer.writerow(["受付方法", str(channel_names.get(code, code)), n])
    for month, n in figures.by_month:
        writer.writerow(["月", month, n])
    writer.writerow(["回答までの日数（中央値）", "", figures.median_days])
    writer.writerow(["回答までの日数（90パーセンタイル）", "", figures.p90_days])
    writer.writerow(["期限超過", "", figures.overdue])
    writer.writerow(["満足度（平均）", "", figures.satisfaction_average])
    for rising in figures.rising:
        writer.writerow(["増加している話題", rising.term, rising.recent])
    response = HttpResponse("\ufeff" + out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="voices-analysis.csv"'
    return response


@staff_required("voices.analyse")
def drilldown_view(request: HttpRequest) -> HttpResponse:
    """The voices behind a figure: references and metadata only (no text, no contact)."""
    from madoguchi.voices import analysis

    start, end = _period(request)
    voices = analysis.voices_in(start=start, end=end).select_related("category", "department")
    if "category" in request.GET:
        code = request.GET["category"]
        voices = (
            voices.filter(category__code=code) if code else voices.filter(category__isnull=True)
        )
    if request.GET.get("channel"):
        voices = voices.filter(channel=request.GET["channel"])
    if request.GET.get("department"):
        voices = voices.filter(department__code=request.GET["department"])
    if request.GET.get("term"):
        term = request.GET["term"]
        voices = voices.filter(pk__in=[v.pk for v in voices.only("id", "terms") if term in v.terms])
    page = Paginator(voices.order_by("-received_at"), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "voices/staff_drilldown.html",
        {
            "page_obj": page,
            "start": start,
            "end": end,
            "can_handle": has_capability(request.user, "voices.handle"),
            "scope": department_scope(_viewer(request)),
        },
    )


# --- Categories and routing rules ------------------------------------------------------------


@staff_required("voices.configure")
def settings_view(request: HttpRequest) -> HttpResponse:
    """Which department answers each category and in how many business days, and the routing
    rules applied before them, in order. Changes are audited."""
    from madoguchi.accounts.models import Department
    from madoguchi.voices.models import RoutingRule

    departments = list(Department.objects.all())
    by_code = {d.code: d for d in departments}
    if request.method == "POST":
        errors: list[str] = []
        action = request.POST.get("action", "categories")
        if action == "categories":
            for category in Category.objects.all():
                code = request.POST.get(f"department-{category.code}", "")
                days = request.POST.get(f"days-{category.code}", "")
                department = by_code.get(code)
                try:
                    deadline = int(days)
                except ValueError:
                    deadline = -1
                if department is None or not 1 <= deadline <= 60:
                    errors.append(category.localized_name)
                    continue
                if category.department_id != department.pk or category.deadline_days != deadline:
                    services.category_configure(
                        category=category,
                        department=department,
                        deadline_days=deadline,
                        actor=_viewer(request),
                    )
        elif action == "add_rule":
            department = by_code.get(request.POST.get("rule_department", ""))
            name = request.POST.get("rule_name", "").strip()
            keywords = request.POST.get("rule_keywords", "").strip()
            categories = request.POST.get("rule_categories", "").strip()
            try:
                order = int(request.POST.get("rule_order", "100"))
            except ValueError:
                order = -1
            if department is None or not name or not (keywords or categories) or order < 0:
                errors.append(_("New routing rule"))
            else:
                services.routing_rule_add(
                    name=name,
                    keywords=keywords,
                    categories=categories,
                    order=order,
                    department=department,
                    actor=_viewer(request),
                )
        elif action == "delete_rule":
            rule = RoutingRule.objects.filter(pk=request.POST.get("rule") or 0).first()
            if rule is not None:
                services.routing_rule_remove(rule=rule, actor=_viewer(request))
        if errors:
            for label in errors:
                messages.error(
                    request,
                    _(
                        "%(item)s: choose a department and a deadline of 1 to 60 business days; "
                        "a rule needs a name and keywords or categories."
                    )
                    % {"item": label},
                )
        else:
            messages.success(request, _("The settings have been saved."))
        return redirect("voices:staff_settings")
    return render(
        request,
        "voices/staff_settings.html",
        {
            "categories": Category.objects.select_related("department"),
            "departments": departments,
            "rules": RoutingRule.objects.select_related("department"),
        },
    )
