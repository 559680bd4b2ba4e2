"""Reads of applications for residents and staff. Staff reads of personal data are audited by
the functions named ``case_*`` (a read is recorded even when nothing changes)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from madoguchi.accounts.models import User
from madoguchi.accounts.permissions import (
    can_act_for_department,
    department_scope,
    has_capability,
    require_capability,
)
from madoguchi.applications import workflow
from madoguchi.applications.models import Application, Attachment, Status, StatusChange
from madoguchi.audit.services import audit_record
from madoguchi.formengine.definition import ReadableAnswer, StepSpec


def application_get(*, public_id: UUID) -> Application | None:
    """The application with what its pages need. The procedure's fee schedule and the
    application window come in the same query, so submitting (the request every resident
    sends at once when a window opens) reads nothing more before it writes."""
    return (
        Application.objects.select_related(
            "procedure",
            "form_version",
            "procedure__department",
            "procedure__fee_schedule",
            "window",
        )
        .filter(public_id=public_id)
        .first()
    )


def applications_of(*, user: User) -> QuerySet[Application]:
    return (
        Application.objects.filter(applicant=user)
        .exclude(status=Status.WITHDRAWN, submitted_at__isnull=True)
        .select_related("procedure")
        .order_by("-updated_at", "-pk")
    )


def history_of(*, application: Application) -> list[StatusChange]:
    return list(application.history.all())


def attachments_by_field(*, application: Application) -> dict[str, list[Attachment]]:
    grouped: dict[str, list[Attachment]] = defaultdict(list)
    for attachment in application.attachments.all():
        grouped[attachment.field_key].append(attachment)
    return dict(grouped)


def attachment_get(*, application: Application, public_id: str) -> Attachment | None:
    try:
        UUID(public_id)
    except ValueError:
        return None
    return application.attachments.filter(public_id=public_id).first()


@dataclass(frozen=True)
class Section:
    step: StepSpec
    title: str
    rows: list[dict[str, Any]]


def readable_answers(
    *, application: Application, language: str, unmask: bool = False
) -> list[Section]:
    """Answers by step; sensitive values masked unless ``unmask``; files by name."""
    spec = application.form_version.spec
    files = {str(a.public_id): a for a in application.attachments.all()}
    sections = []
    for step, rows in spec.readable(application.answers, language):
        sections.append(
            Section(
                step=step,
                title=step.title(language),
                rows=[_row(row, files, unmask) for row in rows],
            )
        )
    return sections


def _row(row: ReadableAnswer, files: dict[str, Attachment], unmask: bool) -> dict[str, Any]:
    text = row.full_text if (row.sensitive and unmask) else row.text
    return {
        "key": row.key,
        "label": row.label,
        "text": text,
        "masked": row.sensitive and not unmask,
        "sensitive": row.sensitive,
        "files": [files[i] for i in row.attachment_ids if i in files],
        "step_key": "",
    }


# --- Staff -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueFilters:
    procedure: str = ""
    status: str = ""
    assignee: str = ""  # "", "me", "none"
    overdue: bool = False


def case_queue(*, viewer: User, filters: QueueFilters) -> QuerySet[Application]:
    require_capability(viewer, "cases.view")
    cases = Application.objects.exclude(status=Status.DRAFT).select_related("procedure", "assignee")
    if not has_capability(viewer, "staff.directory.view_all_departments"):
        cases = cases.filter(department_id__in=department_scope(viewer))
    if filters.procedure:
        cases = cases.filter(procedure__code=filters.procedure)
    if filters.status:
        cases = cases.filter(status=filters.status)
    else:
        cases = cases.filter(status__in=[s.value for s in workflow.OPEN_STATUSES])
    if filters.assignee == "me":
        cases = cases.filter(assignee=viewer)
    elif filters.assignee == "none":
        cases = cases.filter(assignee__isnull=True)
    if filters.overdue:
        cases = cases.filter(
            due_date__lt=timezone.localdate(),
            status__in=[s.value for s in workflow.OPEN_STATUSES],
        )
    return cases.order_by("due_date", "submitted_at", "pk")


def case_counts(*, viewer: User) -> dict[str, int]:
    cases = Application.objects.exclude(status=Status.DRAFT)
    if not has_capability(viewer, "staff.directory.view_all_departments"):
        cases = cases.filter(department_id__in=department_scope(viewer))
    counts = {row["status"]: row["n"] for row in cases.values("status").annotate(n=Count("pk"))}
    counts["overdue"] = cases.filter(
        due_date__lt=timezone.localdate(), status__in=[s.value for s in workflow.OPEN_STATUSES]
    ).count()
    return counts


def is_overdue(application: Application, today: date | None = None) -> bool:
    return bool(
        application.due_date
        and application.status in workflow.OPEN_STATUSES
        and application.due_date < (today or timezone.localdate())
    )


def case_get(*, viewer: User, reference: str, purpose: str = "view") -> Application:
    """A case for a staff member in scope; the read is audited (personal data was shown)."""
    require_capability(viewer, "cases.view")
    application = (
        Application.objects.select_related("procedure", "form_version", "assignee", "department")
        .filter(reference=reference)
        .exclude(status=Status.DRAFT)
        .first()
    )
    if application is None or not can_act_for_department(viewer, application.department):
        raise Application.DoesNotExist
    audit_record(
        action=f"case.{purpose}",
        target=application,
        actor=viewer,
        data={"reference": reference},
    )
    return application


def can_unmask(viewer: User) -> bool:
    return has_capability(viewer, "cases.unmask")


def overdue_q() -> Q:
    return Q(
        due_date__lt=timezone.localdate(), status__in=[s.value for s in workflow.OPEN_STATUSES]
    )


def colleagues_of(*, application: Application) -> QuerySet[User]:
    """Staff who may work on the case: case readers of its department or a unit above it."""
    from madoguchi.accounts.models import Department, StaffMembership
    from madoguchi.accounts.permissions import CAPABILITIES

    units = set()
    current: Department | None = application.department
    while current is not None:
        units.add(current.pk)
        current = current.parent
    members = StaffMembership.objects.filter(
        department_id__in=units, role__in=list(CAPABILITIES["cases.view"])
    ).values("user_id")
    return User.objects.filter(pk__in=members, is_active=True).order_by("display_name", "pk")
