"""The resident's journey: start, answer step by step, check, declare, submit, follow.

Every page works without JavaScript: repeating groups and file uploads use ordinary submit
buttons, and what was typed is kept on every request (even when it does not validate), so
leaving mid-way or hitting an error never loses an answer.
"""

from __future__ import annotations

import contextlib
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from madoguchi.accounts.decorators import resident_required
from madoguchi.accounts.permissions import is_staff
from madoguchi.applications import hooks, selectors, services, workflow
from madoguchi.applications.content_types import UploadRejected
from madoguchi.applications.forms import (
    DeclarationForm,
    GuestStartForm,
    MessageForm,
    StepForm,
    field_error_text,
)
from madoguchi.applications.models import Application, Status
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
from madoguchi.formengine.definition import (
    GroupSpec,
    StepSpec,
    text_for,
)
from madoguchi.formengine.fields import FieldError
from madoguchi.procedures import selectors as procedure_selectors
from madoguchi.procedures.models import Procedure

SESSION_KEY = "madoguchi_applications"
MAX_REQUEST_BYTES = 30 * 1024 * 1024
EDITABLE = {Status.DRAFT, Status.AWAITING_CORRECTION}


def refusal_text(error: services.ApplicationRefused) -> str:
    texts = {
        "not_online": _("This procedure cannot be applied for online."),
        "no_form": _("The online form for this procedure is not available yet."),
        "closed": _("The application period has ended."),
        "full": _("All places have been taken. No more applications can be accepted."),
        "login_required": _("Log in to apply for this procedure."),
        "email_required": _("Enter your email address."),
        "identity_required": _(
            "This procedure needs an account whose identity the city has verified."
        ),
        "not_editable": _("This application can no longer be changed."),
        "incomplete": _("Some answers are missing. Answer every question before you submit."),
        "email_unverified": _("Open the link we emailed you first, to confirm your address."),
        "message_required": _("Write a message to the applicant."),
        "unknown_field": _("That question is not part of this form."),
    }
    if error.code == "not_open_yet":
        opens = error.params["opens_at"]
        return _("Applications open at %(time)s.") % {
            "time": date_format(opens.astimezone(), "DATETIME_FORMAT")
        }
    return texts.get(error.code, _("This cannot be done now."))


def upload_error_text(error: UploadRejected) -> str:
    return field_error_text(error)


# --- Access -----------------------------------------------------------------------------------


def _grant(request: HttpRequest, application: Application) -> None:
    allowed = [p for p in request.session.get(SESSION_KEY, []) if p != str(application.public_id)]
    request.session[SESSION_KEY] = [str(application.public_id), *allowed][:20]


def _accessible(request: HttpRequest, public_id: UUID) -> Application:
    """The application if this visitor may see it: its logged-in applicant, or the browser
    that started it as a guest or opened its private link. Anyone else gets a 404, so
    application ids cannot be probed."""
    application = selectors.application_get(public_id=public_id)
    if application is None:
        raise Http404
    user = request.user
    if application.applicant_id is not None:
        if user.is_authenticated and user.pk == application.applicant_id:
            return application
        raise Http404
    if str(application.public_id) in request.session.get(SESSION_KEY, []):
        return application
    raise Http404


# --- Start ---------------------------------------------------------------------------------------


@limit_posts("application_start", per_hour=30)
def start_view(request: HttpRequest, code: str) -> HttpResponse:
    try:
        procedure = procedure_selectors.procedure_get(code=code)
    except Procedure.DoesNotExist as exc:
        raise Http404 from exc
    if is_staff(request.user):
        messages.info(request, _("Staff accounts cannot apply. Log in as a resident."))
        return redirect("procedures:detail", code=code)
    form = GuestStartForm(request.POST or None)
    problem = ""
    try:
        window = services.open_window(procedure=procedure)
        if services.window_is_full(window):
            raise services.ApplicationRefused("full")
        if not procedure.online or services.published_form(procedure=procedure) is None:
            raise services.ApplicationRefused("no_form" if procedure.online else "not_online")
    except services.ApplicationRefused as error:
        problem = refusal_text(error)
    if request.method == "POST" and not problem:
        user = request.user if request.user.is_authenticated else None
        if user is None and not form.is_valid():
            pass
        else:
            try:
                application, _token = services.application_start(
                    procedure=procedure,
                    applicant=user,
                    guest_email=form.cleaned_data["email"] if user is None else "",
                    language=get_language() or "ja",
                )
            except services.ApplicationRefused as error:
                problem = refusal_text(error)
            else:
                _grant(request, application)
                if user is None:
                    return redirect("applications:check_email", public_id=application.public_id)
                return redirect("applications:continue", public_id=application.public_id)
    return render(
        request,
        "applications/start.html",
        {
            "procedure": procedure,
            "form": form,
            "problem": problem,
            "guest_allowed": services.can_apply_as_guest(procedure),
            "breadcrumbs": _crumbs(procedure),
        },
        status=400
        if (form.is_bound and form.errors) or (problem and request.method == "POST")
        else 200,
    )


def _crumbs(procedure: Procedure) -> list[dict[str, Any]]:
    return [
        {"label": _("Find a procedure"), "url": reverse("procedures:catalog")},
        {
            "label": procedure.localized_name,
            "url": reverse("procedures:detail", args=[procedure.code]),
        },
        {"label": _("Apply online"), "url": None},
    ]


def check_email_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    application = _accessible(request, public_id)
    return render(
        request,
        "applications/check_email.html",
        {"application": application, "procedure": application.procedure},
    )


def resume_view(request: HttpRequest, token: str) -> HttpResponse:
    application = services.application_by_token(token=token)
    if application is None:
        return render(request, "applications/link_expired.html", status=404)
    if application.applicant_id is not None and (
        not request.user.is_authenticated or request.user.pk != application.applicant_id
    ):
        messages.info(request, _("Log in with the account you applied with to continue."))
        return redirect(f"{reverse('accounts:login')}?next={request.path}")
    _grant(request, application)
    if application.status in EDITABLE:
        return redirect("applications:continue", public_id=application.public_id)
    return redirect("applications:detail", public_id=application.public_id)


def continue_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    application = _accessible(request, public_id)
    if application.status not in EDITABLE:
        return redirect("applications:detail", public_id=public_id)
    spec = application.form_version.spec
    step = spec.first_unanswered(application.answers, application.completed_steps)
    if step is None:
        return redirect("applications:check", public_id=public_id)
    return redirect("applications:step", public_id=public_id, step_key=step.key)


# --- Steps -----------------------------------------------------------------------------------


def step_view(request: HttpRequest, public_id: UUID, step_key: str) -> HttpResponse:
    application = _accessible(request, public_id)
    if application.status not in EDITABLE:
        return redirect("applications:detail", public_id=public_id)
    if (
        application.channel == "web"
        and application.applicant_id is None
        and not (application.email_verified)
    ):
        return redirect("applications:check_email", public_id=public_id)
    spec = application.form_version.spec
    try:
        step = spec.step(step_key)
    except KeyError as exc:
        raise Http404 from exc
    answers = application.answers
    if step not in spec.visible_steps(answers):
        return redirect("applications:continue", public_id=public_id)
    language = get_language() or "ja"
    returning = request.GET.get("return") == "check"
    files = selectors.attachments_by_field(application=application)

    if request.method == "POST":
        if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_REQUEST_BYTES:
            messages.error(request, _("The files are too large to send at once."))
            return redirect(request.get_full_path())
        action = request.POST.get("action", "continue")
        data = request.POST.copy()
        counts = group_counts(step, data, answers)
        notice = ""
        upload_errors: dict[str, str] = {}
        # Files first: whatever the button, an uploaded file is kept.
        for field in [item for item in step.items if getattr(item, "is_attachment", False)]:
            for upload in request.FILES.getlist(field.key):
                try:
                    services.attachment_add(
                        application=application,
                        field_key=field.key,
                        name=upload.name or "file",
                        data=upload.read(),
                    )
                except UploadRejected as error:
                    upload_errors[field.key] = upload_error_text(error)
                except services.ApplicationRefused as error:
                    upload_errors[field.key] = refusal_text(error)
        if action.startswith("remove_file:"):
            attachment = selectors.attachment_get(application=application, public_id=action[12:])
            if attachment is not None:
                services.attachment_remove(application=application, attachment=attachment)
            notice = _("The file has been removed.")
        files = selectors.attachments_by_field(application=application)
        attachment_ids = {k: [str(a.public_id) for a in v] for k, v in files.items()}

        if action.startswith("add:"):
            group = step_group(step, action[4:])
            counts[group.key] = min(counts[group.key] + 1, group.max_items)
            data[f"count.{group.key}"] = str(counts[group.key])
            notice = _("A new item has been added below.")
        elif action.startswith("remove:"):
            _prefix, group_key, index = action.split(":", 2)
            group = step_group(step, group_key)
            data = remove_group_item(data, group, int(index), counts[group.key])
            counts[group.key] = max(counts[group.key] - 1, 1)
            notice = _("The item has been removed.")

        result = spec.clean_step(
            step, data, answers, group_counts=counts, attachments=attachment_ids, language=language
        )
        visible_now = visible_items(step, answers | result.answers)
        shown = set(data.get("shown", "").split(",")) if "shown" in data else visible_now
        newly_shown = visible_now - shown
        if action in {"continue", "save_later"} and not upload_errors:
            errors = {
                name: error
                for name, error in result.errors.items()
                if _item_key(step, name) not in newly_shown
            }
            services.application_save_step(
                application=application,
                step_key=step.key,
                raw=raw_for_draft(data),
                result=result if result.valid else None,
            )
            if action == "save_later":
                return _saved_for_later(request, application)
            if result.valid:
                application.refresh_from_db()
                return redirect(_after_step(application, step, returning))
            form = _step_form(step, visible_now, language, data, counts, files)
            form.set_errors(errors)
            if newly_shown:
                notice = _("More questions apply because of your answers. Answer them below.")
            return _render_step(
                request, application, step, form, notice, returning, status=400 if errors else 200
            )
        services.application_save_step(
            application=application, step_key=step.key, raw=raw_for_draft(data), result=None
        )
        form = _step_form(step, visible_now, language, data, counts, files)
        for name, text in upload_errors.items():
            form.add_field_error(name, text)
        return _render_step(
            request,
            application,
            step,
            form,
            notice,
            returning,
            status=400 if upload_errors else 200,
        )

    drafts = application.drafts
    data = (
        draft_querydict(drafts[step.key]) if step.key in drafts else answers_as_raw(step, answers)
    )
    counts = group_counts(step, data, answers)
    visible = visible_items(step, answers)
    form = _step_form(step, visible, language, data if data else None, counts, files)
    return _render_step(request, application, step, form, "", returning)


def _item_key(step: StepSpec, input_name: str) -> str:
    """The step item an input belongs to (a group's inputs are ``<group>.<n>.<key>``)."""
    for item in step.items:
        if input_name == item.key or (
            isinstance(item, GroupSpec) and input_name.startswith(f"{item.key}.")
        ):
            return item.key
    return input_name


def _step_form(
    step: StepSpec,
    visible: set[str],
    language: str,
    data: QueryDict | None,
    counts: dict[str, int],
    files: dict[str, Any],
) -> StepForm:
    return StepForm(
        step=step, visible=visible, language=language, data=data, group_counts=counts, files=files
    )


def _after_step(application: Application, step: StepSpec, returning: bool) -> str:
    spec = application.form_version.spec
    answers = application.answers
    pending = spec.first_unanswered(answers, application.completed_steps)
    if returning and pending is None:
        return reverse("applications:check", args=[application.public_id])
    following = spec.next_step(step.key, answers)
    if following is None or (returning and pending is None):
        return reverse("applications:check", args=[application.public_id])
    if returning and pending is not None:
        following = pending
    return reverse("applications:step", args=[application.public_id, following.key])


def _saved_for_later(request: HttpRequest, application: Application) -> HttpResponse:
    if application.applicant_id is None:
        services.application_send_resume_link(application=application)
        return render(
            request,
            "applications/saved.html",
            {"application": application, "procedure": application.procedure, "guest": True},
        )
    messages.success(
        request,
        _("Your answers have been saved. Continue from “My applications” whenever you like."),
    )
    return redirect("applications:mine")


def _render_step(
    request: HttpRequest,
    application: Application,
    step: StepSpec,
    form: StepForm,
    notice: str,
    returning: bool,
    status: int = 200,
) -> HttpResponse:
    spec = application.form_version.spec
    language = get_language() or "ja"
    visible_steps = spec.visible_steps(application.answers)
    number = next((i for i, s in enumerate(visible_steps, start=1) if s.key == step.key), 1)
    previous = spec.previous_step(step.key, application.answers)
    return render(
        request,
        "applications/step.html",
        {
            "application": application,
            "procedure": application.procedure,
            "step": step,
            "step_title": step.title(language),
            "form": form,
            "blocks": form.blocks(),
            "notice": notice,
            "returning": returning,
            "step_number": number,
            "step_count": len(visible_steps),
            "previous_url": (
                reverse("applications:step", args=[application.public_id, previous.key])
                if previous
                else None
            ),
            "language": language,
        },
        status=status,
    )


# --- Check, declare, submit ----------------------------------------------------------------------


def check_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    application = _accessible(request, public_id)
    if application.status not in EDITABLE:
        return redirect("applications:detail", public_id=public_id)
    spec = application.form_version.spec
    language = get_language() or "ja"
    pending = spec.first_unanswered(application.answers, application.completed_steps)
    if pending is not None:
        return redirect("applications:step", public_id=public_id, step_key=pending.key)
    failures = spec.rule_failures(spec.prune(application.answers))
    form = DeclarationForm(request.POST or None)
    problem = ""
    if request.method == "POST" and form.is_valid() and not failures:
        gate = hooks.gate_url(application, request)
        if gate:
            return redirect(gate)
        try:
            submitted = services.application_submit(
                application=application,
                actor=request.user if request.user.is_authenticated else None,
            )
        except services.ApplicationRefused as error:
            problem = refusal_text(error)
        else:
            if submitted.status == Status.IN_REVIEW:
                messages.success(request, _("Your corrected application has been sent."))
                return redirect("applications:detail", public_id=public_id)
            return redirect("applications:submitted", public_id=public_id)
    return render(
        request,
        "applications/check.html",
        {
            "application": application,
            "procedure": application.procedure,
            "sections": selectors.readable_answers(application=application, language=language),
            "failures": [
                {
                    "message": text_for(f.message, language),
                    "url": reverse("applications:step", args=[public_id, f.step_key])
                    + "?return=check",
                }
                for f in failures
            ],
            "form": form,
            "problem": problem,
            "notice": hooks.notice_for(application),
        },
        status=400 if request.method == "POST" else 200,
    )


def submitted_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    application = _accessible(request, public_id)
    if application.reference is None:
        return redirect("applications:continue", public_id=public_id)
    return render(
        request,
        "applications/submitted.html",
        {
            "application": application,
            "procedure": application.procedure,
            "actions": hooks.actions_for(application),
        },
    )


# --- Following an application ----------------------------------------------------------------


@resident_required
def mine_view(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "applications/mine.html",
        {"applications": selectors.applications_of(user=request.user)},  # type: ignore[arg-type]
    )


@limit_posts("application_message", per_hour=30)
def detail_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    application = _accessible(request, public_id)
    language = get_language() or "ja"
    form = MessageForm(request.POST or None)
    if request.method == "POST" and application.reference and form.is_valid():
        services.message_send(
            application=application,
            author=request.user if request.user.is_authenticated else None,
            text=form.cleaned_data["text"],
        )
        messages.success(request, _("Your message has been sent to the department."))
        return redirect("applications:detail", public_id=public_id)
    can_withdraw = Status.WITHDRAWN in workflow.targets_from(application.status, workflow.RESIDENT)
    return render(
        request,
        "applications/detail.html",
        {
            "application": application,
            "procedure": application.procedure,
            "history": selectors.history_of(application=application),
            "messages_list": application.messages.all(),
            "sections": selectors.readable_answers(application=application, language=language),
            "form": form,
            "can_withdraw": can_withdraw,
            "editable": application.status in EDITABLE,
            "actions": hooks.actions_for(application),
        },
        status=400 if form.is_bound and form.errors else 200,
    )


def withdraw_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    application = _accessible(request, public_id)
    if Status.WITHDRAWN not in workflow.targets_from(application.status, workflow.RESIDENT):
        return redirect("applications:detail", public_id=public_id)
    if request.method == "POST":
        services.application_withdraw(
            application=application,
            actor=request.user if request.user.is_authenticated else None,
        )
        messages.success(request, _("The application has been withdrawn."))
        return redirect("applications:detail", public_id=public_id)
    return render(
        request,
        "applications/withdraw.html",
        {"application": application, "procedure": application.procedure},
    )


@require_POST
def resend_link_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    application = _accessible(request, public_id)
    with contextlib.suppress(services.ApplicationRefused):
        services.application_send_resume_link(application=application)
    messages.success(request, _("We have emailed you a new link."))
    return redirect("applications:check_email", public_id=public_id)


__all__ = ["FieldError", "field_error_text"]
