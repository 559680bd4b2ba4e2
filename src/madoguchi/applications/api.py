"""JSON API for applications: a resident's own applications (session or bearer token), and
case listing and updates for back-office integrations (bearer token of a staff account).

The same services as the web pages do the work, so permissions, department scope, the state
machine and the audit log apply unchanged; staff reads of cases are audited here too.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from uuid import UUID

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status
from ninja.security import HttpBearer, SessionAuth

from madoguchi.accounts.models import User, UserKind
from madoguchi.accounts.permissions import is_staff
from madoguchi.accounts.services import api_token_user
from madoguchi.applications import selectors, services, workflow
from madoguchi.applications.models import Application
from madoguchi.applications.models import Status as AppStatus
from madoguchi.core.middleware import NO_NUL

router = Router()


class BearerToken(HttpBearer):
    """``Authorization: Bearer mdg_…`` issued by ``madoguchi api_token create``."""

    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        return api_token_user(token=token)


class ResidentSession(SessionAuth):
    """The browser session of a logged-in resident (GET only, so no CSRF concerns)."""

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = request.user
        if user.is_authenticated and user.kind == UserKind.RESIDENT:
            return user
        return None


class ErrorOut(Schema):
    detail: str


class HistoryOut(Schema):
    status: str
    at: datetime
    message: str


class ApplicationOut(Schema):
    id: UUID = Field(description="Private identifier of the application.")
    reference: str | None = Field(description="8-character reference once submitted.")
    procedure: str = Field(description="Procedure id (code).")
    procedure_name: str
    status: str = Field(description="One of: " + ", ".join(AppStatus.values))
    submitted_at: datetime | None
    due_date: date | None = Field(description="Decision expected by (business days).")
    form_version: int


class ApplicationDetailOut(ApplicationOut):
    answers: dict[str, Any] = Field(description="Answers by field key, as validated.")
    history: list[HistoryOut]


class CaseOut(ApplicationOut):
    assignee: str | None
    overdue: bool


class CaseDetailOut(CaseOut):
    answers: dict[str, Any]
    history: list[HistoryOut]
    attachments: list[dict[str, Any]]


class TransitionIn(Schema):
    target: str = Field(description="Target status, allowed by the workflow.", max_length=24)
    message: str = Field("", description="Shown to the applicant.", max_length=4000)


class NoteIn(Schema):
    text: str = Field(min_length=1, max_length=4000)


UNAUTHORIZED = {401: ErrorOut}
INVALID: dict[str, Any] = {
    "responses": {
        "400": {
            "description": "The request body is not JSON.",
            "content": {"application/json": {"schema": {"type": "object"}}},
        },
        "422": {
            "description": "A parameter or the body is invalid; nothing was changed.",
            "content": {"application/json": {"schema": {"type": "object"}}},
        },
    }
}


def _summary(a: Application) -> dict[str, Any]:
    return {
        "id": a.public_id,
        "reference": a.reference,
        "procedure": a.procedure.code,
        "procedure_name": a.procedure.name,
        "status": a.status,
        "submitted_at": a.submitted_at,
        "due_date": a.due_date,
        "form_version": a.form_version.number,
    }


def _history(a: Application) -> list[dict[str, Any]]:
    return [
        {"status": h.to_status, "at": h.occurred_at, "message": h.message}
        for h in selectors.history_of(application=a)
    ]


def _resident(request: HttpRequest) -> User | None:
    user = request.auth  # type: ignore[attr-defined]
    if not isinstance(user, User) or user.kind != UserKind.RESIDENT:
        return None
    return user


def _staff(request: HttpRequest) -> User | None:
    user = request.auth  # type: ignore[attr-defined]
    return user if isinstance(user, User) and is_staff(user) else None


@router.get(
    "/me/applications",
    response={200: list[ApplicationOut], **UNAUTHORIZED, 403: ErrorOut},
    auth=[ResidentSession(), BearerToken()],
    summary="My applications (resident)",
    openapi_extra=INVALID,
)
def my_applications(request: HttpRequest) -> Status[Any]:
    user = _resident(request)
    if user is None:
        return Status(403, {"detail": "Only residents have applications."})
    return Status(
        200,
        [_summary(a) for a in selectors.applications_of(user=user).select_related("form_version")],
    )


@router.get(
    "/me/applications/{application_id}",
    response={200: ApplicationDetailOut, **UNAUTHORIZED, 403: ErrorOut, 404: ErrorOut},
    auth=[ResidentSession(), BearerToken()],
    summary="One of my applications (resident)",
    openapi_extra=INVALID,
)
def my_application(request: HttpRequest, application_id: UUID) -> Status[Any]:
    user = _resident(request)
    if user is None:
        return Status(403, {"detail": "Only residents have applications."})
    application = selectors.application_get(public_id=application_id)
    if application is None or application.applicant_id != user.pk:
        return Status(404, {"detail": "No application of yours has this id."})
    return Status(
        200,
        {**_summary(application), "answers": application.answers, "history": _history(application)},
    )


@router.get(
    "/cases",
    response={200: list[CaseOut], **UNAUTHORIZED, 403: ErrorOut},
    auth=BearerToken(),
    summary="Cases of the token's departments (staff integration)",
    openapi_extra=INVALID,
)
def list_cases(
    request: HttpRequest,
    procedure: str = Query("", max_length=80, pattern=NO_NUL),
    status: str = Query(
        "", max_length=24, pattern=NO_NUL, description="A status; empty: all open cases"
    ),
    overdue: bool = Query(False),
    limit: int = Query(100, ge=1, le=500),
) -> Status[Any]:
    staff = _staff(request)
    if staff is None:
        return Status(403, {"detail": "A staff token is needed."})
    try:
        cases = selectors.case_queue(
            viewer=staff,
            filters=selectors.QueueFilters(
                procedure=procedure,
                status=status if status in AppStatus.values else "",
                overdue=overdue,
            ),
        ).select_related("form_version")[:limit]
    except PermissionDenied:
        return Status(403, {"detail": "This account may not read cases."})
    return Status(
        200,
        [
            {
                **_summary(c),
                "assignee": c.assignee.email if c.assignee else None,
                "overdue": selectors.is_overdue(c),
            }
            for c in cases
        ],
    )


def _case(request: HttpRequest, reference: str, purpose: str) -> Application | Status[Any]:
    staff = _staff(request)
    if staff is None:
        return Status(403, {"detail": "A staff token is needed."})
    try:
        return selectors.case_get(viewer=staff, reference=reference, purpose=purpose)
    except PermissionDenied:
        return Status(403, {"detail": "This account may not read cases."})
    except Application.DoesNotExist:
        return Status(404, {"detail": "No case of your departments has this reference."})


@router.get(
    "/cases/{reference}",
    response={200: CaseDetailOut, **UNAUTHORIZED, 403: ErrorOut, 404: ErrorOut},
    auth=BearerToken(),
    summary="One case with its answers (the read is audited)",
    openapi_extra=INVALID,
)
def get_case(request: HttpRequest, reference: str) -> Status[Any]:
    found = _case(request, reference, "api_read")
    if not isinstance(found, Application):
        return found
    return Status(
        200,
        {
            **_summary(found),
            "assignee": found.assignee.email if found.assignee else None,
            "overdue": selectors.is_overdue(found),
            "answers": found.answers,
            "history": _history(found),
            "attachments": [
                {"id": str(a.public_id), "field": a.field_key, "kind": a.kind, "size": a.size}
                for a in found.attachments.all()
            ],
        },
    )


@router.post(
    "/cases/{reference}/transitions",
    response={200: CaseOut, **UNAUTHORIZED, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut},
    auth=BearerToken(),
    summary="Move a case through the workflow",
    openapi_extra=INVALID,
)
def transition_case(request: HttpRequest, reference: str, body: TransitionIn) -> Status[Any]:
    found = _case(request, reference, "api_read")
    if not isinstance(found, Application):
        return found
    staff = _staff(request)
    assert staff is not None
    try:
        changed = services.application_transition(
            application=found, target=body.target, actor=staff, message=body.message
        )
    except PermissionDenied:
        return Status(403, {"detail": "This account may not make that decision."})
    except workflow.TransitionNotAllowed as error:
        return Status(409, {"detail": str(error)})
    except services.ApplicationRefused as error:
        return Status(409, {"detail": f"Refused: {error.code}"})
    return Status(
        200,
        {
            **_summary(changed),
            "assignee": changed.assignee.email if changed.assignee else None,
            "overdue": selectors.is_overdue(changed),
        },
    )


@router.post(
    "/cases/{reference}/notes",
    response={201: ErrorOut, **UNAUTHORIZED, 403: ErrorOut, 404: ErrorOut},
    auth=BearerToken(),
    summary="Add an internal note to a case",
    openapi_extra=INVALID,
)
def add_note(request: HttpRequest, reference: str, body: NoteIn) -> Status[Any]:
    found = _case(request, reference, "api_read")
    if not isinstance(found, Application):
        return found
    staff = _staff(request)
    assert staff is not None
    services.case_note_add(application=found, author=staff, text=body.text)
    return Status(201, {"detail": "The note has been added."})
