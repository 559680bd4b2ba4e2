"""The payment state machine: one table of allowed transitions.

A provider can report the same outcome more than once and in any order (the redirect, a
webhook, a second webhook, a status query); a report of the state a payment is already in is
a no-op, and a report that the table does not allow is refused without changing anything.
"""

from __future__ import annotations

from madoguchi.payments.models import PaymentState as S

TRANSITIONS: frozenset[tuple[str, str]] = frozenset(
    {
        (S.CREATED, S.PENDING),
        (S.CREATED, S.FAILED),
        (S.CREATED, S.CANCELLED),
        (S.PENDING, S.SUCCEEDED),
        (S.PENDING, S.FAILED),
        (S.PENDING, S.CANCELLED),
        (S.PENDING, S.EXPIRED),
        # A provider may confirm a payment after our page expired: the money was taken, so
        # the payment is recorded, never lost.
        (S.EXPIRED, S.SUCCEEDED),
        (S.CANCELLED, S.SUCCEEDED),
        (S.SUCCEEDED, S.PARTIALLY_REFUNDED),
        (S.SUCCEEDED, S.REFUNDED),
        (S.PARTIALLY_REFUNDED, S.PARTIALLY_REFUNDED),
        (S.PARTIALLY_REFUNDED, S.REFUNDED),
    }
)

OPEN = frozenset({S.CREATED, S.PENDING})
PAID_OR_REFUNDED = frozenset({S.SUCCEEDED, S.PARTIALLY_REFUNDED, S.REFUNDED})
FINAL_UNPAID = frozenset({S.FAILED, S.CANCELLED, S.EXPIRED})


class PaymentTransitionRefused(Exception):
    def __init__(self, source: str, target: str) -> None:
        super().__init__(f"a payment cannot go from {source} to {target}")
        self.source, self.target = source, target


def check(source: str, target: str) -> bool:
    """True when the transition changes something; False for a repeat of the same state;
    :class:`PaymentTransitionRefused` when the table forbids it."""
    if source == target and target != S.PARTIALLY_REFUNDED:
        return False
    if (source, target) not in TRANSITIONS:
        raise PaymentTransitionRefused(source, target)
    return True
