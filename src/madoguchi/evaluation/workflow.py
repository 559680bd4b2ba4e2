"""The evaluation records' state machine: one table of allowed transitions, one function that
performs a transition, history appended in the same transaction as the audit record.

    draft ──submit──▶ submitted ──approve──▶ approved ──publish──▶ published
      ▲                   │
      └──────return───────┘   (a manager sends it back with a comment)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from madoguchi.accounts.models import User
from madoguchi.accounts.permissions import has_capability, require_capability
from madoguchi.audit.services import audit_record
from madoguchi.evaluation.models import (
    EvaluationRecord,
    EvaluationTransition,
    Initiative,
    Measure,
    Policy,
)

State = EvaluationRecord.State


@dataclass(frozen=True)
class Transition:
    name: str
    source: str
    target: str
    capability: str
    comment_required: bool = False


TRANSITIONS = {
    t.name: t
    for t in [
        Transition("submit", State.DRAFT, State.SUBMITTED, "evaluation.records.draft"),
        Transition("approve", State.SUBMITTED, State.APPROVED, "evaluation.records.approve"),
        Transition(
            "return",
            State.SUBMITTED,
            State.DRAFT,
            "evaluation.records.approve",
            comment_required=True,
        ),
        Transition("publish", State.APPROVED, State.PUBLISHED, "evaluation.records.approve"),
    ]
}
EDITABLE_STATES = {State.DRAFT}


class WorkflowError(ValidationError):
    pass


def allowed_transitions(*, record: EvaluationRecord, actor: User) -> list[Transition]:
    return [
        t
        for t in TRANSITIONS.values()
        if t.source == record.state and has_capability(actor, t.capability)
    ]


def evaluation_transition(
    *, record: EvaluationRecord, name: str, actor: User, comment: str = ""
) -> EvaluationRecord:
    transition = TRANSITIONS.get(name)
    if transition is None:
        raise WorkflowError(_("Unknown action."))
    require_capability(actor, transition.capability)
    if transition.comment_required and not comment.strip():
        raise WorkflowError(_("Say why the evaluation is sent back."))
    with transaction.atomic():
        locked = EvaluationRecord.objects.select_for_update().get(pk=record.pk)
        if locked.state != transition.source:
            raise WorkflowError(_("This evaluation has already moved on; reload the page."))
        if name == "submit" and not (locked.grade or locked.category):
            raise WorkflowError(_("Give a grade or a category before submitting."))
        if name == "approve":
            submitted = locked.history.filter(to_state=State.SUBMITTED).last()
            if submitted is not None and submitted.actor_id == actor.pk:
                raise PermissionDenied(
                    _("Someone other than the author must approve an evaluation.")
                )
        locked.state = transition.target
        if transition.target == State.PUBLISHED:
            locked.published_at = timezone.now()
        locked.save(update_fields=["state", "published_at"])
        EvaluationTransition.objects.create(
            record=locked,
            from_state=transition.source,
            to_state=transition.target,
            actor=actor,
            comment=comment.strip(),
        )
        audit_record(
            action=f"evaluation.record_{name}",
            target=locked,
            actor=actor,
            data={"from": transition.source, "to": transition.target},
        )
    return locked


def evaluation_draft_save(
    *,
    actor: User,
    fiscal_year: int,
    policy: Policy,
    measure: Measure | None = None,
    initiative: Initiative | None = None,
    fields: dict[str, Any],
) -> EvaluationRecord:
    """Create or edit the draft evaluation of one subject for one year."""
    require_capability(actor, "evaluation.records.draft")
    if initiative is not None and fields.get("grade"):
        raise WorkflowError(_("An initiative is evaluated with a category, not a grade."))
    if initiative is None and fields.get("category"):
        raise WorkflowError(_("A policy or measure is evaluated with a grade, not a category."))
    with transaction.atomic():
        record = (
            # order_by("pk") drops the ordering's outer joins, which PostgreSQL cannot lock.
            EvaluationRecord.objects.select_for_update()
            .filter(fiscal_year=fiscal_year, policy=policy, measure=measure, initiative=initiative)
            .order_by("pk")
            .first()
        )
        created = record is None
        if record is None:
            record = EvaluationRecord(
                fiscal_year=fiscal_year, policy=policy, measure=measure, initiative=initiative
            )
        elif record.state not in EDITABLE_STATES:
            raise WorkflowError(_("Only a draft can be edited."))
        for key in ("grade", "category", "narrative", "committee_comments", "next_actions"):
            setattr(record, key, (fields.get(key) or "").strip())
        record.save()
        if created:
            EvaluationTransition.objects.create(record=record, to_state=State.DRAFT, actor=actor)
        audit_record(
            action="evaluation.record_drafted" if created else "evaluation.record_edited",
            target=record,
            actor=actor,
            data={"grade": record.grade, "category": record.category},
        )
    return record
