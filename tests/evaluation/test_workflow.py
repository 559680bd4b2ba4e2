"""Evaluation records: drafted by policy staff, approved by a manager, then published."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from madoguchi.accounts.models import StaffRole
from madoguchi.audit.models import AuditRecord
from madoguchi.evaluation.live import fiscal_year
from madoguchi.evaluation.master_plan_data import POLICIES
from madoguchi.evaluation.models import EvaluationRecord, Initiative, Policy
from madoguchi.evaluation.services import master_plan_load
from madoguchi.evaluation.workflow import (
    TRANSITIONS,
    evaluation_draft_save,
    evaluation_transition,
)

pytestmark = pytest.mark.django_db
FY = fiscal_year() - 1
State = EvaluationRecord.State


@pytest.fixture
def plan(db: None) -> Policy:
    master_plan_load(policies=POLICIES)
    return Policy.objects.get(number=24)


def _draft(actor: Any, policy: Policy, grade: str = "B") -> EvaluationRecord:
    return evaluation_draft_save(
        actor=actor, fiscal_year=FY, policy=policy, fields={"grade": grade, "narrative": "概ね順調"}
    )


def test_the_whole_journey_through_the_pages(
    plan: Policy, staff_client: Any, make_staff: Any, client: Any
) -> None:
    # given: an analyst drafts and submits in the staff pages
    analyst = staff_client("policy_analyst")
    url = reverse("evaluation:staff_evaluation", args=[FY, "policy", plan.pk])
    analyst.post(
        url, {"save": "1", "grade": "B", "narrative": "オンライン化は進んだが加速が必要。"}
    )
    analyst.post(url, {"transition": "submit", "comment": ""})
    record = EvaluationRecord.objects.get()
    assert record.state == State.SUBMITTED
    analyst.logout()
    # when: a manager approves and publishes
    manager = staff_client("department_manager")
    manager.post(url, {"transition": "approve", "comment": ""})
    manager.post(url, {"transition": "publish", "comment": ""})
    # then
    record.refresh_from_db()
    assert record.state == State.PUBLISHED and record.published_at is not None
    assert [h.to_state for h in record.history.all()] == [
        "draft",
        "submitted",
        "approved",
        "published",
    ]
    # drafted, submitted, approved, published
    assert AuditRecord.objects.filter(action__startswith="evaluation.record_").count() == 4
    manager.logout()
    public = client.get(reverse("evaluation:plan")).content.decode()
    assert "オンライン化は進んだが加速が必要。" in public


def test_the_author_cannot_approve_their_own_evaluation(plan: Policy, make_staff: Any) -> None:
    # given: an administrator may both draft and approve
    admin = make_staff("administrator")
    record = _draft(admin, plan)
    evaluation_transition(record=record, name="submit", actor=admin)
    # when / then
    with pytest.raises(PermissionDenied):
        evaluation_transition(record=record, name="approve", actor=admin)
    record.refresh_from_db()
    assert record.state == State.SUBMITTED


def test_sending_back_needs_a_reason_and_reopens_the_draft(plan: Policy, make_staff: Any) -> None:
    # given
    analyst, manager = make_staff("policy_analyst"), make_staff("department_manager")
    record = _draft(analyst, plan)
    evaluation_transition(record=record, name="submit", actor=analyst)
    # when / then
    with pytest.raises(ValidationError):
        evaluation_transition(record=record, name="return", actor=manager)
    evaluation_transition(
        record=record, name="return", actor=manager, comment="根拠を追記してください"
    )
    record.refresh_from_db()
    assert record.state == State.DRAFT
    assert record.history.last().comment == "根拠を追記してください"
    assert _draft(analyst, plan, grade="C").grade == "C"


@pytest.mark.parametrize(
    ("state", "name", "allowed"),
    [
        (State.DRAFT, "submit", True),
        (State.SUBMITTED, "approve", True),
        (State.SUBMITTED, "return", True),
        (State.APPROVED, "publish", True),
        (State.DRAFT, "approve", False),
        (State.DRAFT, "publish", False),
        (State.SUBMITTED, "publish", False),
        (State.APPROVED, "submit", False),
        (State.PUBLISHED, "return", False),
        (State.PUBLISHED, "approve", False),
    ],
)
def test_transition_table(
    plan: Policy, make_staff: Any, state: str, name: str, allowed: bool
) -> None:
    # given: a record in the state, and an actor other than its author with every right
    author, other = make_staff("administrator"), make_staff("administrator")
    record = _draft(author, plan)
    EvaluationRecord.objects.filter(pk=record.pk).update(state=state)
    # when / then
    assert (TRANSITIONS[name].source == state) is allowed
    if allowed:
        moved = evaluation_transition(record=record, name=name, actor=other, comment="理由")
        assert moved.state == TRANSITIONS[name].target
    else:
        with pytest.raises(ValidationError):
            evaluation_transition(record=record, name=name, actor=other, comment="理由")
        record.refresh_from_db()
        assert record.state == state


def test_initiatives_get_a_category_and_policies_a_grade(plan: Policy, make_staff: Any) -> None:
    # given
    analyst = make_staff("policy_analyst")
    initiative = Initiative.objects.filter(measure__policy=plan).first()
    # when / then
    subject = {"fiscal_year": FY, "policy": plan, "measure": initiative.measure}
    with pytest.raises(ValidationError):
        evaluation_draft_save(
            actor=analyst, initiative=initiative, fields={"grade": "A"}, **subject
        )
    record = evaluation_draft_save(
        actor=analyst, initiative=initiative, fields={"category": "level_up"}, **subject
    )
    assert record.category == "level_up" and record.is_initiative
    with pytest.raises(ValidationError):
        evaluation_draft_save(
            actor=analyst, fiscal_year=FY, policy=plan, fields={"category": "continue"}
        )


def test_only_drafts_can_be_edited(plan: Policy, make_staff: Any) -> None:
    analyst = make_staff("policy_analyst")
    record = _draft(analyst, plan)
    evaluation_transition(record=record, name="submit", actor=analyst)
    with pytest.raises(ValidationError):
        _draft(analyst, plan, grade="A")


@pytest.mark.parametrize("role", [r.value for r in StaffRole])
def test_who_sees_drafts_approves_and_publishes(
    plan: Policy, staff_client: Any, make_staff: Any, role: str
) -> None:
    # given
    record = _draft(make_staff("policy_analyst"), plan)
    client = staff_client(role)
    # when
    listing = client.get(reverse("evaluation:staff_evaluations")).status_code
    # then
    sees = role in {"policy_analyst", "department_manager", "administrator"}
    assert listing == (200 if sees else 403)
    if role in {"department_manager", "administrator"}:
        evaluation_transition(record=record, name="submit", actor=make_staff("policy_analyst"))
        evaluation_transition(record=record, name="approve", actor=client.user)
    elif role != "policy_analyst":
        with pytest.raises(PermissionDenied):
            evaluation_transition(record=record, name="submit", actor=client.user)
