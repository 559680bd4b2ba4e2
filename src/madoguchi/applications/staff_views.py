"""Back office: the department queue, the case page, files, CSV export, dead letters."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from madoguchi.accounts.decorators import staff_required
from madoguchi.accounts.models import User
from madoguchi.accounts.permissions import department_scope, has_capability
from madoguchi.applications import delivery, hooks, selectors, services, workflow
from madoguchi.applications.delivery_formats import csv_bytes
from madoguchi.applications.forms import MessageForm, NoteForm, StaffTransitionForm
from madoguchi.applications.models import Application, Delivery, Status
from madoguchi.applications.views import refusal_text
from madoguchi.audit.services import audit_record
from madoguchi.core.views import crumbs
from madoguchi.procedures.models import Procedure

TRANSITION_LABELS = {
    Status.IN_REVIEW: gettext_lazy("Start review"),
    Status.AWAITING_CORRECTION: gettext_lazy("Ask for a correction"),
    Status.APPROVED: gettext_lazy("Approve"),
    Status.REJECTED: gettext_lazy("Reject"),
    Status.COMPLETED: gettext_lazy("Mark as completed"),
    Status.CANCELLED: gettext_lazy("Cancel the application"),
}


def _filters(request: HttpRequest) -> selectors.QueueFilters:
    status = request.GET.get("status", "")
    assignee = request.GET.get("assignee", "")
    return selectors.QueueFilters(
        procedure=request.GET.get("procedure", "")[:80],
        status=status if status in Status.values and status != Status.DRAFT else "",
        assignee=assignee if assignee in {"me", "none"} else "",
        overdue=request.GET.get("overdue") == "1",
    )


def _viewer(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


@staff_required("cases.view")
def queue_view(request: HttpRequest) -> HttpResponse:
    viewer = _viewer(request)
    filters = _filters(request)
    cases = selectors.case_queue(viewer=viewer, filters=filters)
    page = Paginator(cases, 50).get_page(request.GET.get("page"))
    procedures = Procedure.objects.filter(department_id__in=department_scope(viewer)).order_by(
        "name"
    )
    today = timezone.localdate()
    counts = selectors.case_counts(viewer=viewer)
    return render(
        request,
        "applications/staff/queue.html",
        {
            "page_obj": page,
            "filters": filters,
            "counts": counts,
            "status_counts": [
                (s.value, s.label, counts.get(s.value, 0)) for s in Status if s != Status.DRAFT
            ],
            "statuses": [(s.value, s.label) for s in Status if s != Status.DRAFT],
            "procedures": procedures,
            "today": today,
            "overdue_ids": {c.pk for c in page if selectors.is_overdue(c, today)},
            "breadcrumbs": crumbs(_("Cases")),
        },
    )


@staff_required("cases.view")
def export_view(request: HttpRequest) -> HttpResponse:
    """The filtered queue as CSV for Excel: UTF-8 with BOM, or Shift_JIS (CP932)."""
    viewer = _viewer(request)
    encoding: Literal["utf-8-sig", "cp932"] = (
        "cp932" if request.GET.get("encoding") == "cp932" else "utf-8-sig"
    )
    cases = list(selectors.case_queue(viewer=viewer, filters=_filters(request))[:5000])
    header = ["受付番号", "手続", "状態", "受付日時", "処理期限", "担当者"]
    rows = [
        [
            c.reference,
            c.procedure.name,
            Status(c.status).label,
            timezone.localtime(c.submitted_at).strftime("%Y-%m-%d %H:%M") if c.submitted_at else "",
            c.due_date,
            c.assignee.display_name if c.assignee else "",
        ]
        for c in cases
    ]
    audit_record(
        action="case.export",
        actor=viewer,
        object_type="applications.application",
        data={"count": len(rows), "encoding": encoding},
    )
    response = HttpResponse(
        csv_bytes(header, rows, encoding=encoding),
        content_type=f"text/csv; charset={'shift_jis' if encoding == 'cp932' else 'utf-8'}",
    )
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="cases-{stamp}.csv"'
    return response


@staff_required("cases.view")
def case_view(request: HttpRequest, reference: str) -> HttpResponse:
    viewer = _viewer(request)
    unmask = request.method == "POST" and request.POST.get("action") == "unmask"
    if unmask and not selectors.can_unmask(viewer):
        raise PermissionDenied
    try:
        application = selectors.case_get(
            viewer=viewer, reference=reference, purpose="unmask" if unmask else "read"
        )
    except Application.DoesNotExist as exc:
        raise Http404 from exc
    transition_form = StaffTransitionForm(prefix="t")
    note_form = NoteForm(prefix="n")
    message_form = MessageForm(prefix="m")
    status = 200
    if request.method == "POST" and not unmask:
        action = request.POST.get("action", "")
        if action.startswith("to:"):
            transition_form = StaffTransitionForm(request.POST, prefix="t")
            if transition_form.is_valid():
                try:
                    services.application_transition(
                        application=application,
                        target=action[3:],
                        actor=viewer,
                        message=transition_form.cleaned_data["message"],
                    )
                except services.ApplicationRefused as error:
                    transition_form.add_error("message", refusal_text(error))
                except workflow.TransitionNotAllowed:
                    transition_form.add_error(None, _("That change is not possible now."))
                except PermissionDenied:
                    transition_form.add_error(None, _("Your role cannot make that decision."))
                else:
                    messages.success(request, _("The status has been changed."))
                    return redirect("applications:case", reference=reference)
        elif action == "note":
            note_form = NoteForm(request.POST, prefix="n")
            if note_form.is_valid():
                services.case_note_add(
                    application=application, author=viewer, text=note_form.cleaned_data["text"]
                )
                messages.success(request, _("The note has been added."))
                return redirect("applications:case", reference=reference)
        elif action == "message":
            message_form = MessageForm(request.POST, prefix="m")
            if message_form.is_valid():
                services.message_send(
                    application=application, author=viewer, text=message_form.cleaned_data["text"]
                )
                messages.success(request, _("The message has been sent to the applicant."))
                return redirect("applications:case", reference=reference)
        elif action in {"assign_me", "unassign", "assign"}:
            assignee: User | None = viewer if action == "assign_me" else None
            if action == "assign":
                assignee = (
                    selectors.colleagues_of(application=application)
                    .filter(pk=request.POST.get("assignee") or 0)
                    .first()
                )
                if assignee is None:
                    raise Http404
            services.case_assign(application=application, assignee=assignee, actor=viewer)
            messages.success(request, _("The assignment has been changed."))
            return redirect("applications:case", reference=reference)
        status = 400
    language = get_language() or "ja"
    # One layout serves both the answers shown and whether any of them is sensitive.
    sections = selectors.readable_answers(application=application, language=language, unmask=unmask)
    targets = [
        (target, TRANSITION_LABELS.get(Status(target), Status(target).label))
        for target in workflow.targets_from(application.status, workflow.STAFF)
        if has_capability(viewer, "cases.decide") or target == Status.IN_REVIEW
    ]
    return render(
        request,
        "applications/staff/case.html",
        {
            "application": application,
            "procedure": application.procedure,
            "sections": sections,
            "unmasked": unmask,
            "can_unmask": selectors.can_unmask(viewer),
            "has_sensitive": any(row["sensitive"] for section in sections for row in section.rows),
            "history": selectors.history_of(application=application),
            "notes": application.notes.select_related("author"),
            "messages_list": application.messages.select_related("author"),
            "deliveries": application.deliveries.select_related("target"),
            "attachments": application.attachments.all(),
            "targets": targets,
            "colleagues": selectors.colleagues_of(application=application),
            "panels": hooks.panels_for(application, viewer),
            "overdue": selectors.is_overdue(application),
            "transition_form": transition_form,
            "note_form": note_form,
            "message_form": message_form,
            "form": transition_form if transition_form.errors else None,
            "breadcrumbs": [
                {"label": _("Cases"), "url": reverse("applications:queue")},
                {"label": application.reference, "url": None},
            ],
        },
        status=status,
    )


@staff_required("cases.view")
def attachment_view(request: HttpRequest, reference: str, attachment_id: UUID) -> HttpResponse:
    """Serve one attachment to staff in scope, inline for images and PDFs, in a sandbox."""
    viewer = _viewer(request)
    try:
        application = selectors.case_get(viewer=viewer, reference=reference, purpose="file")
    except Application.DoesNotExist as exc:
        raise Http404 from exc
    attachment = application.attachments.filter(public_id=attachment_id).first()
    if attachment is None:
        raise Http404
    data = services.attachment_read(attachment=attachment)
    response = HttpResponse(data, content_type=attachment.mime)
    inline = attachment.kind in {"pdf", "jpeg", "png", "gif", "webp"}
    disposition = "inline" if inline and request.GET.get("download") != "1" else "attachment"
    response["Content-Disposition"] = (
        f'{disposition}; filename="{attachment.kind}-{attachment.pk}.{attachment.kind}"'
    )
    response["Content-Security-Policy"] = (
        "sandbox; default-src 'none'; img-src 'self'; object-src 'self'"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@staff_required("cases.view")
def dead_letters_view(request: HttpRequest) -> HttpResponse:
    viewer = _viewer(request)
    failed = (
        Delivery.objects.filter(state__in=[Delivery.State.DEAD, Delivery.State.RETRYING])
        .filter(application__department_id__in=department_scope(viewer))
        .select_related("application__procedure", "target")
        .order_by("-created_at")[:200]
    )
    return render(
        request,
        "applications/staff/dead_letters.html",
        {
            "deliveries": failed,
            "breadcrumbs": [
                {"label": _("Cases"), "url": reverse("applications:queue")},
                {"label": _("Failed deliveries"), "url": None},
            ],
        },
    )


@require_POST
@staff_required("cases.decide")
def delivery_resend_view(request: HttpRequest, reference: str, delivery_id: int) -> HttpResponse:
    viewer = _viewer(request)
    try:
        application = selectors.case_get(viewer=viewer, reference=reference, purpose="read")
    except Application.DoesNotExist as exc:
        raise Http404 from exc
    target = application.deliveries.filter(pk=delivery_id).first()
    if target is None:
        raise Http404
    delivery.delivery_resend(delivery=target, actor=viewer)
    messages.success(request, _("The delivery has been queued again."))
    return redirect("applications:case", reference=reference)


@staff_required("forms.manage")
def delivery_targets_view(request: HttpRequest, code: str) -> HttpResponse:
    """A procedure's deliveries to other systems: list, add (checked), switch on and off."""
    import secrets as secrets_module

    from madoguchi.applications.forms import DeliveryTargetForm
    from madoguchi.procedures import selectors as procedure_selectors

    viewer = _viewer(request)
    try:
        procedure = procedure_selectors.procedure_get_for_staff(viewer=viewer, code=code)
    except Procedure.DoesNotExist as exc:
        raise Http404 from exc
    form = DeliveryTargetForm(request.POST or None)
    problems: list[str] = []
    new_secret = ""
    action = request.POST.get("action", "") if request.method == "POST" else ""
    if action.startswith(("on:", "off:")):
        target = procedure.delivery_targets.filter(pk=action[action.index(":") + 1 :]).first()
        if target is None:
            raise Http404
        delivery.delivery_target_set_active(
            target=target, active=action.startswith("on:"), actor=viewer
        )
        messages.success(request, _("The delivery has been changed."))
        return redirect("applications:delivery_targets", code=code)
    if action == "add" and form.is_valid():
        data = form.cleaned_data
        config = {
            "email": {"to": data["to"]},
            "webhook": {"url": data["url"]},
            "csv": {"encoding": data["encoding"] or "utf-8-sig", "folder": data["folder"] or code},
        }[data["plugin"]]
        secret = secrets_module.token_urlsafe(32) if data["plugin"] == "webhook" else ""
        _target, problems = delivery.delivery_target_add(
            procedure=procedure,
            plugin=data["plugin"],
            name=data["name"],
            config=config,
            secret=secret,
            actor=viewer,
        )
        if not problems:
            new_secret = secret
            if not new_secret:
                messages.success(request, _("The delivery has been added."))
                return redirect("applications:delivery_targets", code=code)
    targets = [
        (
            t,
            delivery.DELIVERY_PLUGINS[t.plugin].check_config(t)
            if t.plugin in delivery.DELIVERY_PLUGINS
            else ["unknown plugin"],
        )
        for t in procedure.delivery_targets.all()
    ]
    return render(
        request,
        "applications/staff/delivery_targets.html",
        {
            "procedure": procedure,
            "targets": targets,
            "form": form,
            "problems": problems,
            "new_secret": new_secret,
            "breadcrumbs": [
                {"label": _("Procedure catalog"), "url": reverse("procedures:staff_list")},
                {"label": procedure.name, "url": None},
            ],
        },
        status=400 if (action == "add" and (form.errors or problems)) else 200,
    )
