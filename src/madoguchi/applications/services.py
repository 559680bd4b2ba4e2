"""Changes to applications: start, save a step, attach, submit, move through the workflow.

Every change that matters is one call here, inside one transaction that also writes its audit
record; mail and deliveries are enqueued on commit, so the resident's confirmation never waits
for them and a rolled-back change never sends anything.

Nothing is ever lost or doubled: submission locks the application row and is a no-op when it
has already happened (a double click, a retried request, a resubmitted page), and a capacity
place is taken by one conditional UPDATE in the same transaction.
"""

from __future__ import annotations

import hashlib
import json
import random
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import IntegrityError, transaction
from django.db.models import F, ProtectedError, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from madoguchi.accounts.models import AssuranceLevel, User
from madoguchi.accounts.permissions import can_act_for_department, require_capability
from madoguchi.applications import workflow
from madoguchi.applications.content_types import UploadRejected, check_upload, safe_filename
from madoguchi.applications.models import (
    Application,
    Attachment,
    CaseNote,
    Channel,
    Delivery,
    Message,
    Status,
    StatusChange,
)
from madoguchi.audit.services import audit_record
from madoguchi.core.business_days import add_business_days
from madoguchi.core.mail import send_email_task
from madoguchi.core.tasks import enqueue_on_commit
from madoguchi.formengine.definition import StepResult
from madoguchi.formengine.models import FormVersion
from madoguchi.procedures.models import ApplicationWindow, IdentityLevel, Procedure

REFERENCE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
"""Letters and digits that cannot be mistaken for one another when read aloud or copied by
hand: no 0/O/D-like pairs beyond D, no 1/I/L, 2/Z, 5/S, 8/B."""
REFERENCE_LENGTH = 8
DRAFT_LINK_DAYS = 7
STATUS_LINK_DAYS = 180
DRAFT_RETENTION_DAYS = 30
MAX_ATTACHMENTS_TOTAL_MB = 25


class ApplicationRefused(Exception):
    """A refusal the resident should see; ``code`` selects the translated message."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Incomplete:
    step_key: str
    reason: str


def absolute_url(path: str) -> str:
    return str(settings.MADOGUCHI_PUBLIC_URL).rstrip("/") + path


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def reference_generate() -> str:
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))


def _send(*, application: Application, template: str, context: dict[str, Any]) -> None:
    to = application.contact_email
    if not to:
        return
    with translation.override(application.language):
        context = {
            "city_name": settings.MADOGUCHI_CITY_NAME,
            "application": application,
            "procedure_name": application.procedure.localized_name,
            **context,
        }
        subject = render_to_string(f"applications/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"applications/email/{template}_body.txt", context)
    enqueue_on_commit(send_email_task, subject=subject, body=body, to=[to])


# --- Starting and saving ---------------------------------------------------------------------


def published_form(*, procedure: Procedure) -> FormVersion | None:
    return procedure.form_versions.filter(status=FormVersion.Status.PUBLISHED).first()


def open_window(*, procedure: Procedure, now: Any = None) -> ApplicationWindow | None:
    """The window accepting applications now; raises when the procedure has windows but none
    is open (a procedure without windows is always open)."""
    now = now or timezone.now()
    windows = list(procedure.windows.all())
    if not windows:
        return None
    for window in windows:
        if window.opens_at <= now < window.closes_at:
            return window
    upcoming = [w for w in windows if w.opens_at > now]
    if upcoming:
        raise ApplicationRefused("not_open_yet", opens_at=min(w.opens_at for w in upcoming))
    raise ApplicationRefused("closed")


def window_is_full(window: ApplicationWindow | None) -> bool:
    return bool(
        window is not None
        and window.mode == ApplicationWindow.Mode.FIRST_COME
        and window.capacity is not None
        and window.taken >= window.capacity
    )


def can_apply_as_guest(procedure: Procedure) -> bool:
    return procedure.identity_level == IdentityLevel.NONE


def application_start(
    *,
    procedure: Procedure,
    applicant: User | None,
    guest_email: str = "",
    language: str = "ja",
    channel: str = Channel.WEB,
) -> tuple[Application, str]:
    """Open a draft. Returns the application and an access token for its private links (a
    guest's only key to it; mailed to them, so following the link proves the address)."""
    if not procedure.online or not procedure.published:
        raise ApplicationRefused("not_online")
    form = published_form(procedure=procedure)
    if form is None:
        raise ApplicationRefused("no_form")
    window = open_window(procedure=procedure)
    if window_is_full(window):
        raise ApplicationRefused("full")
    if applicant is None:
        if not can_apply_as_guest(procedure):
            raise ApplicationRefused("login_required")
        if not guest_email:
            raise ApplicationRefused("email_required")
    elif procedure.identity_level == IdentityLevel.IDENTITY and (
        applicant.assurance_level < AssuranceLevel.IDENTITY_VERIFIED
    ):
        raise ApplicationRefused("identity_required")
    token = secrets.token_urlsafe(32)
    if applicant is not None:
        # A second "start" (a double click, a second tab) continues the same draft.
        existing = (
            Application.objects.filter(
                applicant=applicant, procedure=procedure, status=Status.DRAFT, form_version=form
            )
            .order_by("-pk")
            .first()
        )
        if existing is not None:
            Application.objects.filter(pk=existing.pk).update(
                access_token_hash=_token_hash(token),
                access_token_expires_at=timezone.now() + timedelta(days=DRAFT_LINK_DAYS),
            )
            return existing, token
    with transaction.atomic():
        application = Application.objects.create(
            procedure=procedure,
            form_version=form,
            department=procedure.department,
            applicant=applicant,
            guest_email=guest_email if applicant is None else "",
            email_verified=applicant is not None,
            language=language,
            channel=channel,
            window=window,
            access_token_hash=_token_hash(token),
            access_token_expires_at=timezone.now() + timedelta(days=DRAFT_LINK_DAYS),
            retain_until=timezone.localdate() + timedelta(days=DRAFT_RETENTION_DAYS),
        )
        audit_record(
            action="application.start",
            target=application,
            data={"procedure": procedure.code, "form_version": form.number, "guest": not applicant},
        )
        if applicant is None:
            _send_resume_link(application=application, token=token, first=True)
    return application, token


def _send_resume_link(*, application: Application, token: str, first: bool) -> None:
    with translation.override(application.language):
        path = reverse("applications:resume", args=[token])
    _send(
        application=application,
        template="start" if first else "resume",
        context={"url": absolute_url(path), "days": DRAFT_LINK_DAYS},
    )


def application_send_resume_link(*, application: Application) -> str:
    """Issue a fresh link to continue the draft (the old one stops working) and mail it."""
    if application.status not in {Status.DRAFT, Status.AWAITING_CORRECTION}:
        raise ApplicationRefused("not_editable")
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        Application.objects.filter(pk=application.pk).update(
            access_token_hash=_token_hash(token),
            access_token_expires_at=timezone.now() + timedelta(days=DRAFT_LINK_DAYS),
        )
        audit_record(action="application.resume_link_sent", target=application)
        _send_resume_link(application=application, token=token, first=False)
    return token


def application_by_token(*, token: str) -> Application | None:
    """The application a private link opens, if the link is current. Following a link
    proves the guest reads that mailbox, so it also confirms their address."""
    if not token or len(token) > 100:
        return None
    application = (
        Application.objects.select_related("procedure", "form_version")
        .filter(access_token_hash=_token_hash(token), access_token_expires_at__gt=timezone.now())
        .first()
    )
    if application is not None and not application.email_verified:
        Application.objects.filter(pk=application.pk).update(email_verified=True)
        application.email_verified = True
    return application


def application_save_step(
    *,
    application: Application,
    step_key: str,
    raw: dict[str, Any],
    result: StepResult | None,
) -> None:
    """Keep what was typed on a step (even when invalid, so nothing is lost) and, when it is
    valid, its clean answers. Answers of fields that no longer apply are dropped."""
    with transaction.atomic():
        locked = Application.objects.select_for_update().get(pk=application.pk)
        if locked.status not in {Status.DRAFT, Status.AWAITING_CORRECTION}:
            raise ApplicationRefused("not_editable")
        drafts = locked.drafts
        drafts[step_key] = raw
        locked.drafts = drafts
        if locked.status == Status.DRAFT:
            locked.retain_until = timezone.localdate() + timedelta(days=DRAFT_RETENTION_DAYS)
        if result is not None and result.valid:
            step = locked.form_version.spec.step(step_key)
            answers = locked.answers
            for item in step.items:
                answers.pop(item.key, None)
            answers.update(result.answers)
            locked.answers = answers
            if step_key not in locked.completed_steps:
                locked.completed_steps = [*locked.completed_steps, step_key]
        locked.save(
            update_fields=[
                "drafts_encrypted",
                "answers_encrypted",
                "completed_steps",
                "retain_until",
                "updated_at",
            ]
        )
    application.refresh_from_db()


def application_incomplete(*, application: Application) -> list[Incomplete]:
    """What stops submission: unanswered steps, failed cross-field rules."""
    spec = application.form_version.spec
    answers = spec.prune(application.answers)
    missing = [
        Incomplete(step.key, "unanswered")
        for step in spec.visible_steps(answers)
        if step.key not in application.completed_steps
    ]
    if missing:
        return missing
    return [Incomplete(f.step_key, "rule") for f in spec.rule_failures(answers)]


# --- Attachments -------------------------------------------------------------------------------


def attachment_add(
    *, application: Application, field_key: str, name: str, data: bytes
) -> Attachment:
    """Store one uploaded file privately under a random name, after checking its content."""
    spec = application.form_version.spec
    try:
        field = spec.field(field_key)
    except KeyError as exc:
        raise ApplicationRefused("unknown_field") from exc
    if not field.is_attachment:
        raise ApplicationRefused("unknown_field")
    max_bytes = int(float(field.settings.get("max_size_mb", 10)) * 1024 * 1024)
    kind = check_upload(
        name=name, data=data, allowed=list(field.settings["accept"]), max_bytes=max_bytes
    )
    with transaction.atomic():
        locked = Application.objects.select_for_update().get(pk=application.pk)
        if locked.status not in {Status.DRAFT, Status.AWAITING_CORRECTION}:
            raise ApplicationRefused("not_editable")
        existing = list(locked.attachments.all())
        if sum(1 for a in existing if a.field_key == field_key) >= int(
            field.settings.get("max_files", 1)
        ):
            raise UploadRejected(
                "max_files",
                "You can attach at most %(limit)d files here. Remove one first.",
                {"limit": int(field.settings.get("max_files", 1))},
            )
        total = sum(a.size for a in existing) + len(data)
        if total > MAX_ATTACHMENTS_TOTAL_MB * 1024 * 1024:
            raise UploadRejected(
                "total_too_large",
                "All files of one application together may be at most %(limit_mb)d MB.",
                {"limit_mb": MAX_ATTACHMENTS_TOTAL_MB},
            )
        storage_name = f"attachments/{secrets.token_hex(20)}"
        storages["default"].save(storage_name, ContentFile(data))
        attachment = Attachment.objects.create(
            application=locked,
            field_key=field_key,
            display_name=safe_filename(name),
            kind=kind.id,
            mime=kind.mime,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            storage_name=storage_name,
        )
        audit_record(
            action="application.attachment_added",
            target=locked,
            data={"attachment": str(attachment.public_id), "kind": kind.id, "size": len(data)},
        )
    return attachment


def attachment_remove(*, application: Application, attachment: Attachment) -> None:
    with transaction.atomic():
        locked = Application.objects.select_for_update().get(pk=application.pk)
        if locked.status not in {Status.DRAFT, Status.AWAITING_CORRECTION}:
            raise ApplicationRefused("not_editable")
        if attachment.application_id != locked.pk:
            raise ApplicationRefused("unknown_field")
        storage_name = attachment.storage_name
        attachment.delete()
        answers = locked.answers
        value = answers.get(attachment.field_key)
        if isinstance(value, list) and str(attachment.public_id) in value:
            answers[attachment.field_key] = [v for v in value if v != str(attachment.public_id)]
            locked.answers = answers
            locked.save(update_fields=["answers_encrypted", "updated_at"])
        audit_record(
            action="application.attachment_removed",
            target=locked,
            data={"attachment": str(attachment.public_id)},
        )
        transaction.on_commit(lambda: storages["default"].delete(storage_name))


def attachment_read(*, attachment: Attachment) -> bytes:
    with storages["default"].open(attachment.storage_name, "rb") as handle:
        data: bytes = handle.read()
    return data


# --- Submission -----------------------------------------------------------------------------


class _ReferenceTaken(Exception):
    """The reference number drawn for a submission is already used: draw another."""


# An answer saved from another tab between reading the draft and submitting it makes the
# submission look again at what is stored; a draft that keeps changing this often is refused.
SUBMIT_ATTEMPTS = 10


def application_submit(
    *, application: Application, actor: User | None, actor_kind: str = workflow.RESIDENT
) -> Application:
    """Submit a draft, or resubmit a corrected application. Idempotent: calling it again for
    an application already submitted returns it unchanged. ``actor_kind`` is staff when a
    clerk submits for the resident at the counter.

    A draft is submitted by one conditional ``UPDATE``: it moves the row from draft to
    submitted only if it is still the draft this request checked (same status, same
    ``updated_at``). It takes the row lock itself, so no separate locking read is needed: a
    twin request (a double click, a retried POST) waits on the row and then finds it no longer
    a draft. If an answer was saved in between, the update matches nothing and the submission
    is checked again against what is stored now. A reference number already in use (about 1
    in 10^11) rolls the transaction back and the submission is tried again with another, so
    the common case spends no savepoint on it.
    """
    current = application
    for _attempt in range(SUBMIT_ATTEMPTS):
        if current.status == Status.AWAITING_CORRECTION:
            return _resubmit(application=current, actor=actor)
        if current.status != Status.DRAFT:
            return current  # already submitted: a double click or a retry
        try:
            submitted = _submit_draft(current, actor=actor, actor_kind=actor_kind)
        except _ReferenceTaken:
            continue
        if submitted is not None:
            return submitted
        current = _reread(current)
    raise RuntimeError("The draft kept changing while it was being submitted")


def _submit_draft(
    application: Application, *, actor: User | None, actor_kind: str
) -> Application | None:
    """Submit ``application`` as read; None when the stored draft is no longer what was read."""
    if application.applicant_id is None and not application.email_verified:
        raise ApplicationRefused("email_unverified")
    if application_incomplete(application=application):
        raise ApplicationRefused("incomplete")
    workflow.transition_for(Status.DRAFT, Status.SUBMITTED, actor_kind)
    answers = application.form_version.spec.prune(application.answers)
    now = timezone.now()
    today = timezone.localdate()
    changes: dict[str, Any] = {
        "status": Status.SUBMITTED,
        "reference": reference_generate(),
        "answers_encrypted": json.dumps(answers, ensure_ascii=False),
        "submitted_at": now,
        "due_date": add_business_days(today, days=application.procedure.processing_days),
        "retain_until": date(
            today.year + application.procedure.retention_years, today.month, min(today.day, 28)
        ),
        "updated_at": now,
    }
    with transaction.atomic():
        try:
            updated = Application.objects.filter(
                pk=application.pk, status=Status.DRAFT, updated_at=application.updated_at
            ).update(**changes)
        except IntegrityError as exc:
            # The only unique column written is the reference; the transaction rolls back.
            raise _ReferenceTaken from exc
        if updated == 0:
            return None
        window = application.window
        if window is not None:
            if not (window.opens_at <= now < window.closes_at):
                raise ApplicationRefused("closed")
            if window.mode == ApplicationWindow.Mode.FIRST_COME and window.capacity is not None:
                taken = ApplicationWindow.objects.filter(
                    pk=window.pk, taken__lt=F("capacity")
                ).update(taken=F("taken") + 1)
                if taken == 0:
                    raise ApplicationRefused("full")
            else:
                ApplicationWindow.objects.filter(pk=window.pk).update(taken=F("taken") + 1)
        for name, value in changes.items():
            setattr(application, name, value)
        _prune_attachments(application)
        _record_transition(
            application, Status.DRAFT, Status.SUBMITTED, actor=actor, actor_kind=actor_kind
        )
        # The receipt mail and the deliveries are prepared by one task after commit, so the
        # resident's confirmation never waits for them (and the audit chain lock is released
        # as soon as the submission is recorded).
        enqueue_on_commit(application_submitted_task, application_id=application.pk)
    return application


def _resubmit(*, application: Application, actor: User | None) -> Application:
    """The resident sends a corrected application back to review."""
    with transaction.atomic():
        locked = _reread(application, lock=True)
        if locked.status != Status.AWAITING_CORRECTION:
            return locked  # already resent: a double click or a retry
        if application_incomplete(application=locked):
            raise ApplicationRefused("incomplete")
        _prune_answers(locked)
        _transition(
            locked,
            Status.IN_REVIEW,
            actor=actor,
            actor_kind=workflow.RESIDENT,
            message="",
            also_save=("answers_encrypted",),
        )
    return locked


def _reread(application: Application, *, lock: bool = False) -> Application:
    """The application as stored now, keeping the procedure and form version already loaded
    (they never change under an application) instead of reading them again. A lock takes the
    application's row only: a join would make PostgreSQL lock the procedure row too, and every
    submission of the procedure would wait for the one before."""
    rows = Application.objects.select_for_update() if lock else Application.objects
    fresh = rows.get(pk=application.pk)
    for relation in ("procedure", "form_version"):
        descriptor = getattr(Application, relation)
        if descriptor.is_cached(application) and getattr(application, f"{relation}_id") == getattr(
            fresh, f"{relation}_id"
        ):
            setattr(fresh, relation, getattr(application, relation))
    return fresh


def application_submit_at_counter(
    *,
    procedure: Procedure,
    answers: dict[str, Any],
    actor: User,
    idempotency_key: str,
    contact_email: str = "",
    language: str = "ja",
) -> Application:
    """Submit an application a clerk filled in with the resident at the counter (書かない窓口).

    Procedures kept at the counter by law are accepted here: that is where they are done.
    The answers must be complete for the published form; attachments are not asked for, as
    the clerk sees the original documents. Idempotent on ``idempotency_key``: a second call
    (a double click, a retry) returns the application the first one made.
    """
    require_capability(actor, "counter.operate")
    existing = Application.objects.filter(idempotency_key=idempotency_key).first()
    if existing is not None:
        return existing
    if not procedure.published:
        raise ApplicationRefused("not_online")
    form = published_form(procedure=procedure)
    if form is None:
        raise ApplicationRefused("no_form")
    spec = form.spec
    pruned = spec.prune(answers)
    try:
        with transaction.atomic():
            application = Application.objects.create(
                procedure=procedure,
                form_version=form,
                department=procedure.department,
                applicant=None,
                guest_email=contact_email,
                email_verified=True,
                language=language,
                channel=Channel.COUNTER,
                window=open_window(procedure=procedure),
                idempotency_key=idempotency_key,
                retain_until=timezone.localdate() + timedelta(days=DRAFT_RETENTION_DAYS),
                completed_steps=[step.key for step in spec.visible_steps(pruned)],
            )
            application.answers = pruned
            application.save(update_fields=["answers_encrypted"])
            audit_record(
                action="application.start",
                target=application,
                actor=actor,
                data={"procedure": procedure.code, "form_version": form.number, "counter": True},
            )
            return application_submit(
                application=application, actor=actor, actor_kind=workflow.STAFF
            )
    except IntegrityError:
        existing = Application.objects.filter(idempotency_key=idempotency_key).first()
        if existing is None:
            raise
        return existing


def _prune_answers(application: Application) -> None:
    """Drop answers (and files) of questions that no longer apply, before anyone reads them."""
    spec = application.form_version.spec
    application.answers = spec.prune(application.answers)
    _prune_attachments(application)


def _prune_attachments(application: Application) -> None:
    """Delete the files of questions the (already pruned) answers no longer hold."""
    attachment_fields = application.form_version.spec.attachment_fields()
    if not attachment_fields:
        return
    kept = [
        str(value)
        for field in attachment_fields
        for value in application.answers.get(field.key, [])
    ]
    unused = application.attachments.exclude(public_id__in=kept)
    names = list(unused.values_list("storage_name", flat=True))
    if names:
        unused.delete()
        transaction.on_commit(lambda: _delete_files(names))


def _delete_files(names: list[str]) -> None:
    for name in names:
        storages["default"].delete(name)


@task()
def application_submitted_task(*, application_id: int) -> int:
    """After a submission commits: mail the receipt with a long-lived private status link
    (replacing the draft's link) and queue each delivery."""
    application = Application.objects.select_related("procedure").get(pk=application_id)
    token = secrets.token_urlsafe(32)
    Application.objects.filter(pk=application_id).update(
        access_token_hash=_token_hash(token),
        access_token_expires_at=timezone.now() + timedelta(days=STATUS_LINK_DAYS),
    )
    with translation.override(application.language):
        path = reverse("applications:resume", args=[token])
    with transaction.atomic():
        _send(
            application=application,
            template="submitted",
            context={"url": absolute_url(path), "guest": application.applicant_id is None},
        )
        _enqueue_deliveries(application)
    return application.pk


def _enqueue_deliveries(application: Application) -> None:
    from madoguchi.applications.delivery import deliver_task

    for target in application.procedure.delivery_targets.filter(active=True):
        delivery, _created = Delivery.objects.get_or_create(application=application, target=target)
        enqueue_on_commit(deliver_task, delivery_id=delivery.pk)


# --- Workflow ---------------------------------------------------------------------------------


def _transition(
    application: Application,
    target: str,
    *,
    actor: User | None,
    actor_kind: str,
    message: str,
    also_save: tuple[str, ...] = (),
) -> StatusChange:
    source = application.status
    transition = workflow.transition_for(source, target, actor_kind)
    if transition.needs_message and not message.strip():
        raise ApplicationRefused("message_required")
    application.status = target
    if target in workflow.DECISIONS:
        application.decided_at = timezone.now()
    application.save(update_fields=["status", "decided_at", "updated_at", *also_save])
    return _record_transition(
        application, source, target, actor=actor, actor_kind=actor_kind, message=message
    )


def _record_transition(
    application: Application,
    source: str,
    target: str,
    *,
    actor: User | None,
    actor_kind: str,
    message: str = "",
) -> StatusChange:
    """Append the status change to the history and to the audit chain (never edited)."""
    change = StatusChange.objects.create(
        application=application,
        from_status=source,
        to_status=target,
        actor=actor,
        actor_kind=actor_kind,
        message=message.strip(),
    )
    audit_record(
        action="application.transition",
        target=application,
        actor=actor,
        data={"from": source, "to": target, "reference": application.reference or ""},
    )
    return change


def application_transition(
    *,
    application: Application,
    target: str,
    actor: User,
    message: str = "",
) -> Application:
    """A staff member moves a case (review, ask for correction, decide, cancel, complete)."""
    require_capability(actor, "cases.decide" if target != Status.IN_REVIEW else "cases.view")
    if not can_act_for_department(actor, application.department):
        raise workflow.TransitionNotAllowed(application.status, target, workflow.STAFF)
    with transaction.atomic():
        locked = Application.objects.select_for_update().get(pk=application.pk)
        _transition(locked, target, actor=actor, actor_kind=workflow.STAFF, message=message)
        if locked.assignee_id is None:
            locked.assignee = actor
            locked.save(update_fields=["assignee", "updated_at"])
        with translation.override(locked.language):
            path = reverse("applications:detail", args=[locked.public_id])
        _send(
            application=locked,
            template="status",
            context={
                "status": locked.get_status_display,
                "message": message.strip(),
                "url": absolute_url(path) if locked.applicant_id else "",
            },
        )
    return locked


def application_withdraw(*, application: Application, actor: User | None) -> Application:
    with transaction.atomic():
        locked = Application.objects.select_for_update().get(pk=application.pk)
        if locked.status == Status.WITHDRAWN:
            return locked
        _transition(locked, Status.WITHDRAWN, actor=actor, actor_kind=workflow.RESIDENT, message="")
        if locked.window_id and locked.submitted_at:
            ApplicationWindow.objects.filter(pk=locked.window_id, taken__gt=0).update(
                taken=F("taken") - 1
            )
    return locked


def case_assign(*, application: Application, assignee: User | None, actor: User) -> Application:
    require_capability(actor, "cases.view")
    if not can_act_for_department(actor, application.department):
        raise workflow.TransitionNotAllowed(application.status, application.status, "staff")
    with transaction.atomic():
        Application.objects.filter(pk=application.pk).update(assignee=assignee)
        audit_record(
            action="case.assign",
            target=application,
            actor=actor,
            data={"assignee": assignee.pk if assignee else None},
        )
    application.refresh_from_db()
    return application


def case_note_add(*, application: Application, author: User, text: str) -> CaseNote:
    require_capability(author, "cases.view")
    if not can_act_for_department(author, application.department):
        raise workflow.TransitionNotAllowed(application.status, application.status, "staff")
    with transaction.atomic():
        note = CaseNote.objects.create(application=application, author=author, text=text.strip())
        audit_record(action="case.note_added", target=application, actor=author)
    return note


def message_send(*, application: Application, author: User | None, text: str) -> Message:
    """A message to the applicant (from staff) or to the city (from the applicant)."""
    from_staff = author is not None and author.kind == "staff"
    if from_staff:
        assert author is not None
        require_capability(author, "cases.view")
        if not can_act_for_department(author, application.department):
            raise workflow.TransitionNotAllowed(application.status, application.status, "staff")
    with transaction.atomic():
        message = Message.objects.create(
            application=application,
            author=author,
            direction=Message.Direction.TO_APPLICANT
            if from_staff
            else Message.Direction.FROM_APPLICANT,
            text=text.strip(),
        )
        audit_record(action="case.message", target=application, actor=author)
        if from_staff:
            with translation.override(application.language):
                path = reverse("applications:detail", args=[application.public_id])
            _send(
                application=application,
                template="message",
                context={
                    "text": text.strip(),
                    "url": absolute_url(path) if application.applicant_id else "",
                },
            )
    return message


def drafts_purge() -> int:
    """Retention: drafts abandoned past their date, and decided cases past theirs."""
    today = timezone.localdate()
    expired = Application.objects.filter(retain_until__lt=today).filter(
        Q(status=Status.DRAFT) | Q(status__in=list(workflow.FINAL_STATUSES))
    )
    count = 0
    for application in expired.iterator():
        names = list(application.attachments.values_list("storage_name", flat=True))
        try:
            with transaction.atomic():
                audit_record(
                    action="application.purged",
                    target=application,
                    actor=None,
                    data={"status": application.status, "reference": application.reference or ""},
                )
                application.delete()
        except ProtectedError:
            # Records that must outlive it (payments, kept for accounting) hold it; it stays
            # until their own retention ends.
            continue
        for name in names:
            storages["default"].delete(name)
        count += 1
    return count


# --- Lottery ------------------------------------------------------------------------------------


def lottery_draw(*, window: ApplicationWindow, seed: str, actor: User | None) -> list[Application]:
    """Draw a closed lottery window: entries are shuffled by a seeded generator in the order of
    their ids, the first ``capacity`` stay (ranked 1..n), the rest are told they were not
    selected. The seed is recorded and audited, so anyone can re-run the draw and get the
    same result; a window is drawn once."""
    if window.mode != ApplicationWindow.Mode.LOTTERY:
        raise ApplicationRefused("not_lottery")
    if timezone.now() < window.closes_at:
        raise ApplicationRefused("not_closed_yet")
    if not seed:
        raise ApplicationRefused("seed_required")
    with transaction.atomic():
        locked = ApplicationWindow.objects.select_for_update().get(pk=window.pk)
        if locked.drawn_at is not None:
            raise ApplicationRefused("already_drawn")
        entries = list(
            Application.objects.select_for_update()
            .filter(window=locked, status=Status.SUBMITTED)
            .order_by("pk")
        )
        order = draw_order([e.pk for e in entries], seed)
        by_pk = {e.pk: e for e in entries}
        capacity = locked.capacity if locked.capacity is not None else len(entries)
        winners = []
        for rank, pk in enumerate(order, start=1):
            entry = by_pk[pk]
            entry.lottery_rank = rank
            entry.save(update_fields=["lottery_rank", "updated_at"])
            if rank <= capacity:
                winners.append(entry)
            else:
                _transition(
                    entry, Status.NOT_SELECTED, actor=None, actor_kind=workflow.SYSTEM, message=""
                )
                _send(
                    application=entry,
                    template="status",
                    context={"status": entry.get_status_display, "message": "", "url": ""},
                )
        locked.drawn_at = timezone.now()
        locked.draw_seed = seed
        locked.save(update_fields=["drawn_at", "draw_seed"])
        audit_record(
            action="lottery.drawn",
            target=locked,
            actor=actor,
            data={
                "seed": seed,
                "entries": len(entries),
                "capacity": capacity,
                "order": order,
            },
        )
    return winners


def draw_order(entry_ids: list[int], seed: str) -> list[int]:
    """The reproducible draw: ids sorted, then shuffled by ``random.Random(seed)``."""
    ordered = sorted(entry_ids)
    random.Random(seed).shuffle(ordered)  # noqa: S311 — reproducibility is the point; fairness comes from the published seed
    return ordered
