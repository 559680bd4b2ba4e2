"""The voice workflow as one table of allowed transitions (after Amsterdam's Signalen).

Nothing changes a voice's status except ``services.voice_transition``, which checks this
table, appends the history row and writes the audit record in one transaction.
"""

from __future__ import annotations

from madoguchi.voices.models import Status

S = Status

TRANSITIONS: dict[str, frozenset[str]] = {
    S.UNCONFIRMED: frozenset({S.RECEIVED}),
    # A clear voice can be answered at once by whoever reads it first.
    S.RECEIVED: frozenset({S.TRIAGED, S.ASSIGNED, S.FORWARDED, S.ANSWERED, S.CLOSED}),
    S.TRIAGED: frozenset({S.ASSIGNED, S.FORWARDED, S.ANSWERED, S.CLOSED}),
    S.ASSIGNED: frozenset({S.IN_PROGRESS, S.FORWARDED, S.ANSWERED, S.TRIAGED, S.CLOSED}),
    S.IN_PROGRESS: frozenset({S.AWAITING_RESIDENT, S.FORWARDED, S.ANSWERED, S.CLOSED}),
    S.AWAITING_RESIDENT: frozenset({S.IN_PROGRESS, S.ANSWERED, S.CLOSED}),
    S.FORWARDED: frozenset({S.ANSWERED, S.CLOSED, S.IN_PROGRESS}),
    S.ANSWERED: frozenset({S.CLOSED, S.REOPENED}),
    S.CLOSED: frozenset({S.REOPENED}),
    S.REOPENED: frozenset({S.ASSIGNED, S.IN_PROGRESS, S.ANSWERED, S.CLOSED}),
}

OPEN = frozenset(
    {
        S.RECEIVED,
        S.TRIAGED,
        S.ASSIGNED,
        S.IN_PROGRESS,
        S.AWAITING_RESIDENT,
        S.FORWARDED,
        S.REOPENED,
    }
)
"""Voices the city still owes an answer: they count for deadlines and the queue."""

NEEDS_NOTE = frozenset({S.FORWARDED, S.CLOSED, S.REOPENED, S.AWAITING_RESIDENT})
"""Staff say why when they forward, close without answer, reopen or ask the resident."""


class TransitionNotAllowed(Exception):
    def __init__(self, source: str, target: str) -> None:
        self.source, self.target = source, target
        super().__init__(f"a voice cannot go from {source} to {target}")


def check(source: str, target: str) -> None:
    if target not in TRANSITIONS.get(source, frozenset()):
        raise TransitionNotAllowed(source, target)


def targets_from(source: str) -> list[str]:
    order = list(Status.values)
    return sorted(TRANSITIONS.get(source, frozenset()), key=order.index)
