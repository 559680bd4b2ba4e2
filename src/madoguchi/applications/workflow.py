"""The application workflow as one explicit table of allowed transitions.

Each transition names who may take it (the applicant, staff, or the system). Nothing changes an
application's status except :func:`madoguchi.applications.services.application_transition`,
which checks this table, appends the history row and writes the audit record in one
transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from madoguchi.applications.models import Status

RESIDENT = "resident"
STAFF = "staff"
SYSTEM = "system"


@dataclass(frozen=True)
class Transition:
    source: str
    target: str
    actors: frozenset[str]
    needs_message: bool = False
    """Staff must say why (shown to the applicant): corrections, rejections, cancellations."""


def _t(source: Status, target: Status, *actors: str, message: bool = False) -> Transition:
    return Transition(source.value, target.value, frozenset(actors), message)


TRANSITIONS: tuple[Transition, ...] = (
    _t(Status.DRAFT, Status.SUBMITTED, RESIDENT, STAFF),
    _t(Status.DRAFT, Status.WITHDRAWN, RESIDENT),
    _t(Status.SUBMITTED, Status.IN_REVIEW, STAFF),
    _t(Status.SUBMITTED, Status.WITHDRAWN, RESIDENT),
    _t(Status.SUBMITTED, Status.CANCELLED, STAFF, message=True),
    _t(Status.SUBMITTED, Status.NOT_SELECTED, SYSTEM),
    _t(Status.IN_REVIEW, Status.AWAITING_CORRECTION, STAFF, message=True),
    _t(Status.IN_REVIEW, Status.APPROVED, STAFF),
    _t(Status.IN_REVIEW, Status.REJECTED, STAFF, message=True),
    _t(Status.IN_REVIEW, Status.WITHDRAWN, RESIDENT),
    _t(Status.IN_REVIEW, Status.CANCELLED, STAFF, message=True),
    _t(Status.AWAITING_CORRECTION, Status.IN_REVIEW, RESIDENT),
    _t(Status.AWAITING_CORRECTION, Status.WITHDRAWN, RESIDENT),
    _t(Status.AWAITING_CORRECTION, Status.CANCELLED, STAFF, message=True),
    _t(Status.APPROVED, Status.COMPLETED, STAFF, SYSTEM),
)

_BY_PAIR = {(t.source, t.target): t for t in TRANSITIONS}

OPEN_STATUSES = frozenset(
    {Status.SUBMITTED, Status.IN_REVIEW, Status.AWAITING_CORRECTION, Status.APPROVED}
)
"""Submitted and not yet finished: these count for the queue and for deadlines."""

DECISIONS = frozenset({Status.APPROVED, Status.REJECTED})
FINAL_STATUSES = frozenset(
    {Status.COMPLETED, Status.REJECTED, Status.WITHDRAWN, Status.CANCELLED, Status.NOT_SELECTED}
)


class TransitionNotAllowed(Exception):
    def __init__(self, source: str, target: str, actor_kind: str) -> None:
        self.source, self.target, self.actor_kind = source, target, actor_kind
        super().__init__(f"{actor_kind} may not move an application from {source} to {target}")


def transition_for(source: str, target: str, actor_kind: str) -> Transition:
    """The allowed transition, or :class:`TransitionNotAllowed`."""
    transition = _BY_PAIR.get((source, target))
    if transition is None or actor_kind not in transition.actors:
        raise TransitionNotAllowed(source, target, actor_kind)
    return transition


def targets_from(source: str, actor_kind: str) -> list[str]:
    """Where ``actor_kind`` may move an application in ``source`` (for buttons)."""
    return [t.target for t in TRANSITIONS if t.source == source and actor_kind in t.actors]
