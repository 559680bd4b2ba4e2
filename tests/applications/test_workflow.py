"""The case state machine: every allowed transition, a sample of forbidden ones, history."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from madoguchi.accounts.models import Department
from madoguchi.applications import services, workflow
from madoguchi.applications.models import Application, Status, StatusChange
from madoguchi.audit.models import AuditRecord

pytestmark = pytest.mark.django_db

PATH_TO = {
    Status.SUBMITTED: [],
    Status.IN_REVIEW: [Status.IN_REVIEW],
    Status.AWAITING_CORRECTION: [Status.IN_REVIEW, Status.AWAITING_CORRECTION],
    Status.APPROVED: [Status.IN_REVIEW, Status.APPROVED],
}


def put_in(application: Application, status: str, officer: Any) -> Application:
    for step in PATH_TO[Status(status)]:
        application = services.application_transition(
            application=application, target=step, actor=officer, message="理由"
        )
    return application


@pytest.mark.parametrize(
    "transition",
    [t for t in workflow.TRANSITIONS if t.source != Status.DRAFT and workflow.STAFF in t.actors],
    ids=lambda t: f"{t.source}->{t.target}",
)
def test_every_staff_transition_is_allowed_and_recorded(
    transition: workflow.Transition,
    make_application: Callable[..., Application],
    make_staff: Callable[..., Any],
    department: Department,
) -> None:
    # given a case in the transition's source state and an officer of its department
    officer = make_staff("department_officer", department)
    application = put_in(make_application(), transition.source, officer)
    before = StatusChange.objects.count()
    # when the officer takes the transition (with a message where one is needed)
    changed = services.application_transition(
        application=application, target=transition.target, actor=officer, message="補正してください"
    )
    # then the status changed, one history row was appended and the change was audited
    assert changed.status == transition.target
    assert StatusChange.objects.count() == before + 1
    assert AuditRecord.objects.filter(
        action="application.transition", data__to=transition.target
    ).exists()


@pytest.mark.parametrize(
    "transition",
    [t for t in workflow.TRANSITIONS if workflow.RESIDENT in t.actors and t.source != Status.DRAFT],
    ids=lambda t: f"{t.source}->{t.target}",
)
def test_every_resident_transition_is_allowed(
    transition: workflow.Transition,
    make_application: Callable[..., Application],
    make_staff: Callable[..., Any],
    department: Department,
) -> None:
    officer = make_staff("department_officer", department)
    application = put_in(make_application(), transition.source, officer)
    if transition.target == Status.WITHDRAWN:
        changed = services.application_withdraw(application=application, actor=None)
    else:
        changed = services.application_submit(application=application, actor=None)
    assert changed.status == transition.target


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (Status.SUBMITTED, Status.APPROVED),
        (Status.SUBMITTED, Status.COMPLETED),
        (Status.IN_REVIEW, Status.SUBMITTED),
        (Status.AWAITING_CORRECTION, Status.APPROVED),
        (Status.APPROVED, Status.REJECTED),
        (Status.APPROVED, Status.IN_REVIEW),
    ],
)
def test_forbidden_transitions_change_nothing(
    source: str,
    target: str,
    make_application: Callable[..., Application],
    make_staff: Callable[..., Any],
    department: Department,
) -> None:
    # given a case in ``source``
    officer = make_staff("department_officer", department)
    application = put_in(make_application(), source, officer)
    history = StatusChange.objects.count()
    # when an officer tries to jump to ``target``
    with pytest.raises(workflow.TransitionNotAllowed):
        services.application_transition(
            application=application, target=target, actor=officer, message="x"
        )
    # then nothing changed
    application.refresh_from_db()
    assert application.status == source
    assert StatusChange.objects.count() == history


def test_decisions_that_need_a_reason_refuse_an_empty_message(
    make_application: Callable[..., Application],
    make_staff: Callable[..., Any],
    department: Department,
) -> None:
    officer = make_staff("department_officer", department)
    application = put_in(make_application(), Status.IN_REVIEW, officer)
    with pytest.raises(services.ApplicationRefused) as refused:
        services.application_transition(
            application=application, target=Status.REJECTED, actor=officer, message="  "
        )
    assert refused.value.code == "message_required"
    application.refresh_from_db()
    assert application.status == Status.IN_REVIEW


def test_finished_states_have_no_way_out() -> None:
    for status in workflow.FINAL_STATUSES:
        for actor in (workflow.RESIDENT, workflow.STAFF, workflow.SYSTEM):
            assert workflow.targets_from(status, actor) == []


def test_correction_round_trip_keeps_one_history(
    make_application: Callable[..., Application],
    make_staff: Callable[..., Any],
    department: Department,
    read_mail: Callable[..., Any],
    django_capture_on_commit_callbacks: Any,
) -> None:
    # given a case sent back for correction with a message
    officer = make_staff("department_officer", department)
    application = put_in(make_application(), Status.IN_REVIEW, officer)
    with django_capture_on_commit_callbacks(execute=True):
        services.application_transition(
            application=application,
            target=Status.AWAITING_CORRECTION,
            actor=officer,
            message="品目の数量を確認してください。",
        )
    # when the resident corrects an answer and resubmits
    from tests.application_fixtures import fill

    application.refresh_from_db()
    fill(
        application, {"items": {"count.items": "1", "items.0.name": "ソファ", "items.0.count": "2"}}
    )
    resubmitted = services.application_submit(application=application, actor=None)
    # then the case is back in review with the corrected answer and the full history
    assert resubmitted.status == Status.IN_REVIEW
    assert resubmitted.answers["items"][0]["count"] == "2"
    statuses = list(application.history.values_list("to_status", flat=True))
    assert statuses == ["submitted", "in_review", "awaiting_correction", "in_review"]
    assert any("品目の数量" in m.body for m in read_mail("guest@example.jp"))
