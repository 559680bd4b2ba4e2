"""Taking fees: quote, start, confirm (by return, webhook or query), expire, record at the
counter. Every change is one transaction with its audit record.

Nothing is charged twice and nothing paid is lost:

* the amount always comes from the server's own quote, never from the browser;
* starting again while a payment is open reuses it (one application row lock);
* a provider's report is applied idempotently and in any order (redirect before or after the
  webhook, a webhook twice, a webhook after our page expired);
* if two payments of one application both succeed at the provider (a resident who paid in two
  tabs), the second is refunded at once and recorded as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from madoguchi.accounts.models import User
from madoguchi.accounts.permissions import can_act_for_department, require_capability
from madoguchi.applications import services as application_services
from madoguchi.applications.models import Application, Status
from madoguchi.audit.services import audit_record
from madoguchi.payments import fees, workflow
from madoguchi.payments.models import (
    FeeSchedule,
    Payment,
    PaymentState,
    PaymentTransition,
    ProviderEvent,
    Refund,
    Timing,
)
from madoguchi.payments.providers.base import (
    ProviderError,
    ProviderStatus,
    SignatureInvalid,
    get_provider,
)
from madoguchi.procedures.models import Procedure

PAGE_MINUTES = 90


class PaymentRefused(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Due:
    quote: fees.FeeQuote
    schedule: FeeSchedule


def fee_due(*, application: Application, language: str = "ja") -> Due | None:
    """The fee the application must pay now, or None (free, paid, or not yet due)."""
    schedule = _schedule_of(application)
    if schedule is None:
        return None
    if schedule.timing == Timing.BEFORE_SUBMISSION and application.status != Status.DRAFT:
        return None
    if schedule.timing == Timing.AFTER_APPROVAL and application.status != Status.APPROVED:
        return None
    if is_paid(application=application):
        return None
    quote = fees.quote(schedule.rule, application.answers, language)
    if quote.total_yen == 0:
        return None
    return Due(quote=quote, schedule=schedule)


def _schedule_of(application: Application) -> FeeSchedule | None:
    """The procedure's fee schedule, from the application's loaded procedure when it was read
    with it (``select_related("procedure__fee_schedule")``), else from the database."""
    if Application.procedure.is_cached(application):
        procedure = application.procedure
        if Procedure.fee_schedule.is_cached(procedure):
            cached = Procedure.fee_schedule.related.get_cached_value(procedure)
            return cached if isinstance(cached, FeeSchedule) else None
    return FeeSchedule.objects.filter(procedure_id=application.procedure_id).first()


def is_paid(*, application: Application) -> bool:
    return (
        Payment.objects.filter(application=application)
        .filter(state__in=[PaymentState.SUCCEEDED, PaymentState.PARTIALLY_REFUNDED])
        .exists()
    )


def _move(payment: Payment, target: str, source: str) -> bool:
    if not workflow.check(payment.state, target):
        return False
    PaymentTransition.objects.create(
        payment=payment, from_state=payment.state, to_state=target, source=source
    )
    payment.state = target
    return True


def payment_start(
    *, application: Application, provider_id: str = "sandbox", actor: User | None
) -> tuple[Payment, str]:
    """Open (or reuse) the application's payment and return where to send the resident."""
    with transaction.atomic():
        locked = Application.objects.select_for_update().get(pk=application.pk)
        due = fee_due(application=locked)
        if due is None:
            raise PaymentRefused("nothing_due")
        open_payment = (
            Payment.objects.filter(application=locked)
            .filter(
                state__in=list(workflow.OPEN),
                provider=provider_id,
                expires_at__gt=timezone.now(),
                amount_yen=due.quote.total_yen,
            )
            .order_by("-pk")
            .first()
        )
        if open_payment is not None and open_payment.provider_payment_id:
            return open_payment, provider_redirect(open_payment)
        payment = Payment.objects.create(
            application=locked,
            amount_yen=due.quote.total_yen,
            description=f"{locked.procedure.name}（{len(due.quote.lines)}件）",
            revenue_category=due.schedule.revenue_category,
            provider=provider_id,
            expires_at=timezone.now() + timedelta(minutes=PAGE_MINUTES),
            created_by=actor,
        )
        url = payment_send_to_provider(
            payment=payment,
            description=f"{locked.procedure.name} {payment.amount_yen}円",
            audit_data={"application": str(locked.public_id), "amount_yen": payment.amount_yen},
        )
    return payment, url


def payment_send_to_provider(
    *, payment: Payment, description: str, audit_data: dict[str, Any]
) -> str:
    """Open a new payment at its provider (inside the caller's transaction) and return the
    hosted page to send the resident to. A provider that cannot be reached fails the payment
    and raises ``PaymentRefused("provider_unavailable")``."""
    provider = get_provider(payment.provider)
    try:
        started = provider.start(
            payment_id=str(payment.public_id),
            amount_yen=payment.amount_yen,
            description=description,
            return_url=application_services.absolute_url(
                reverse("payments:return", args=[payment.public_id])
            ),
        )
    except ProviderError as exc:
        _move(payment, PaymentState.FAILED, "start")
        payment.save()
        audit_record(action="payment.start_failed", target=payment, data={"error": str(exc)})
        raise PaymentRefused("provider_unavailable") from exc
    payment.provider_payment_id = started.provider_payment_id
    _move(payment, PaymentState.PENDING, "start")
    payment.save()
    audit_record(action="payment.started", target=payment, data=audit_data)
    payment._redirect = started.redirect_url  # type: ignore[attr-defined]
    return started.redirect_url


def provider_redirect(payment: Payment) -> str:
    redirect: str | None = getattr(payment, "_redirect", None)
    if redirect:
        return redirect
    if payment.provider == "sandbox":
        return reverse("paysandbox:checkout", args=[payment.provider_payment_id])
    raise PaymentRefused("no_hosted_page")


def payment_apply(*, payment_id: int, status: ProviderStatus, source: str) -> Payment:
    """Apply what the provider says, whenever and however often it says it."""
    # The amount and the provider's id never change, so they are checked before any lock,
    # and a mismatch is recorded in its own transaction (it must survive the refusal).
    known = Payment.objects.get(pk=payment_id)
    if status.provider_payment_id != known.provider_payment_id:
        raise PaymentRefused("wrong_payment")
    if status.amount_yen != known.amount_yen:
        audit_record(
            action="payment.amount_mismatch",
            target=known,
            actor=None,
            data={"expected": known.amount_yen, "reported": status.amount_yen},
        )
        raise PaymentRefused("amount_mismatch")
    with transaction.atomic():
        payment = Payment.objects.select_for_update().get(pk=payment_id)
        target = status.state
        if target == PaymentState.SUCCEEDED and payment.state in workflow.PAID_OR_REFUNDED:
            return payment  # a late repeat of the success
        delta = 0
        if target in {PaymentState.REFUNDED, PaymentState.PARTIALLY_REFUNDED}:
            # A refund made at the company's own dashboard: recorded with its credit note.
            delta = max(0, status.refunded_yen - payment.refunded_yen)
            payment.refunded_yen = max(payment.refunded_yen, status.refunded_yen)
        try:
            changed = _move(payment, target, source)
        except workflow.PaymentTransitionRefused:
            audit_record(
                action="payment.report_ignored",
                target=payment,
                actor=None,
                data={"state": payment.state, "reported": target, "source": source},
            )
            return payment
        if delta:
            Refund.objects.create(payment=payment, amount_yen=delta, kind=Refund.Kind.PROVIDER)
        if not changed:
            if delta:  # a further partial refund leaves the state as it was
                payment.save(update_fields=["refunded_yen"])
            return payment
        if target == PaymentState.SUCCEEDED:
            payment.method = status.method
            payment.succeeded_at = timezone.now()
            if _already_paid_elsewhere(payment):
                return _refund_duplicate(payment, source)
        payment.save()
        audit_record(
            action=f"payment.{target}",
            target=payment,
            actor=None,
            data={"source": source, "amount_yen": payment.amount_yen},
        )
        if target == PaymentState.SUCCEEDED:
            _after_success(payment)
        if target == PaymentState.REFUNDED:
            _after_full_refund(payment)
    return payment


def _same_purpose(payment: Payment) -> Any:
    """Every payment for what ``payment`` pays for (its application or its tax bill)."""
    if payment.tax_bill_id is not None:
        return Payment.objects.filter(tax_bill_id=payment.tax_bill_id)
    assert payment.application_id is not None
    return Payment.objects.filter(application_id=payment.application_id)


def _already_paid_elsewhere(payment: Payment) -> bool:
    return (
        _same_purpose(payment)
        .filter(state__in=[PaymentState.SUCCEEDED, PaymentState.PARTIALLY_REFUNDED])
        .exclude(pk=payment.pk)
        .exists()
    )


def _refund_duplicate(payment: Payment, source: str) -> Payment:
    provider = get_provider(payment.provider)
    provider.refund(provider_payment_id=payment.provider_payment_id, amount_yen=payment.amount_yen)
    payment.refunded_yen = payment.amount_yen
    _move(payment, PaymentState.REFUNDED, "duplicate")
    payment.save()
    Refund.objects.create(
        payment=payment, amount_yen=payment.amount_yen, kind=Refund.Kind.DUPLICATE
    )
    audit_record(
        action="payment.duplicate_refunded",
        target=payment,
        actor=None,
        data={"source": source, "amount_yen": payment.amount_yen},
    )
    return payment


def _after_full_refund(payment: Payment) -> None:
    """A tax bill whose payment is refunded in full is owed again."""
    if payment.tax_bill_id is not None and payment.state == PaymentState.REFUNDED:
        from madoguchi.taxes.services import tax_bill_reopen

        tax_bill_reopen(payment=payment)


def payment_department(payment: Payment) -> Any:
    """The department that took the payment (the case's, or the tax bill's)."""
    if payment.tax_bill_id is not None:
        return payment.tax_bill.department  # type: ignore[union-attr]
    return payment.application.department  # type: ignore[union-attr]


def _after_success(payment: Payment) -> None:
    """A fee paid before submission submits the application (idempotently); a tax bill's
    payment settles the bill."""
    if payment.tax_bill_id is not None:
        from madoguchi.taxes.services import tax_bill_settle

        tax_bill_settle(payment=payment)
        return
    assert payment.application_id is not None
    application = Application.objects.get(pk=payment.application_id)
    schedule = FeeSchedule.objects.filter(procedure_id=application.procedure_id).first()
    if schedule is None or schedule.timing != Timing.BEFORE_SUBMISSION:
        return
    if application.status != Status.DRAFT:
        return
    try:
        application_services.application_submit(application=application, actor=None)
    except application_services.ApplicationRefused as error:
        # Paid but cannot be submitted (for example the window filled up meanwhile): the
        # payment stands, staff see it and refund; the resident is told on the return page.
        audit_record(
            action="payment.paid_but_not_submitted",
            target=payment,
            actor=None,
            data={"reason": error.code},
        )


def payment_return(*, payment: Payment) -> Payment:
    """The resident is back from the hosted page: ask the provider, never the browser."""
    if payment.state not in workflow.OPEN and payment.state != PaymentState.EXPIRED:
        return payment
    provider = get_provider(payment.provider)
    try:
        status = provider.status(provider_payment_id=payment.provider_payment_id)
    except ProviderError:
        return payment
    return payment_apply(payment_id=payment.pk, status=status, source="return")


def webhook_receive(*, provider_id: str, request: HttpRequest) -> str:
    """Verify, store once, apply. Returns what happened (for the response and the logs)."""
    provider = get_provider(provider_id)
    try:
        event = provider.parse_webhook(request)
    except SignatureInvalid as error:
        audit_record(
            action="payment.webhook_rejected",
            actor=None,
            object_type="payments.providerevent",
            data={"provider": provider_id, "reason": str(error)},
        )
        raise
    with transaction.atomic():
        try:
            with transaction.atomic():
                ProviderEvent.objects.create(
                    provider=provider_id, event_id=event.event_id, payload=event.payload
                )
        except IntegrityError:
            ProviderEvent.objects.filter(provider=provider_id, event_id=event.event_id).update(
                times_received=F("times_received") + 1
            )
            return "duplicate"
        payment = Payment.objects.filter(
            provider=provider_id, provider_payment_id=event.status.provider_payment_id
        ).first()
        if payment is None:
            return "unknown_payment"
        try:
            payment_apply(payment_id=payment.pk, status=event.status, source="webhook")
        except PaymentRefused as refused:
            return refused.code
    return "applied"


def payments_expire(*, now: datetime | None = None) -> int:
    """Close payment pages left open past 90 minutes (after asking the provider, so a payment
    made at the last moment is recorded, not expired)."""
    now = now or timezone.now()
    stale = list(
        Payment.objects.filter(state__in=list(workflow.OPEN), expires_at__lte=now).values_list(
            "pk", flat=True
        )
    )
    for pk in stale:
        payment = Payment.objects.get(pk=pk)
        provider = get_provider(payment.provider)
        if payment.provider_payment_id and provider.online:
            try:
                status = provider.status(provider_payment_id=payment.provider_payment_id)
            except ProviderError:
                continue
            if status.state == PaymentState.SUCCEEDED:
                payment_apply(payment_id=pk, status=status, source="query")
                continue
            provider.cancel(provider_payment_id=payment.provider_payment_id)
        with transaction.atomic():
            locked = Payment.objects.select_for_update().get(pk=pk)
            if _move(locked, PaymentState.EXPIRED, "expiry"):
                locked.save()
                audit_record(action="payment.expired", target=locked, actor=None)
    return len(stale)


def _registered_counter(*, counter: str, method: str) -> str:
    """The counter's name as the report shows it. Where the city keeps a counter registry,
    the counter must be one of it (given by code) and take the method; without a registry
    the clerk's text is kept as typed."""
    from madoguchi.payments.models import Counter

    if not Counter.objects.exists():
        return counter.strip()
    found = Counter.objects.filter(code=counter.strip()).first()
    if found is None:
        raise PaymentRefused("unknown_counter")
    if found.accepts and method not in found.accepts:
        raise PaymentRefused("method_not_accepted")
    return found.name


def counter_payment_check(*, method: str, terminal_transaction_id: str, counter: str) -> str:
    """Check what the clerk typed about a counter payment; return the counter's name."""
    from madoguchi.payments.providers.counter import METHODS

    if method not in METHODS:
        raise PaymentRefused("method")
    if method != "cash" and not terminal_transaction_id.strip():
        raise PaymentRefused("transaction_id_required")
    return _registered_counter(counter=counter, method=method)


def counter_payment_create(
    *,
    method: str,
    terminal_transaction_id: str,
    counter_name: str,
    cash_reference: str,
    actor: User,
    **purpose: Any,
) -> Payment:
    """Create a payment taken at the counter as succeeded (inside the caller's transaction,
    which holds the lock on what is paid for) and audit it. ``purpose`` holds the payment's
    own fields: what it pays for, the amount, the description and the revenue category."""
    payment = Payment.objects.create(
        provider="counter",
        provider_payment_id=terminal_transaction_id.strip() or f"cash-{cash_reference}",
        method=method,
        counter=counter_name,
        expires_at=timezone.now(),
        created_by=actor,
        **purpose,
    )
    _move(payment, PaymentState.PENDING, "counter")
    _move(payment, PaymentState.SUCCEEDED, "counter")
    payment.succeeded_at = timezone.now()
    payment.save()
    audit_record(
        action="payment.counter_recorded",
        target=payment,
        actor=actor,
        data={"method": method, "amount_yen": payment.amount_yen, "counter": counter_name},
    )
    _after_success(payment)
    return payment


def counter_payment_record(
    *,
    application: Application,
    method: str,
    terminal_transaction_id: str,
    counter: str,
    actor: User,
) -> Payment:
    """A clerk records a payment taken on the counter's terminal (or in cash)."""
    require_capability(actor, "cases.view")
    if not can_act_for_department(actor, application.department):
        raise PaymentRefused("department")
    counter_name = counter_payment_check(
        method=method, terminal_transaction_id=terminal_transaction_id, counter=counter
    )
    with transaction.atomic():
        locked = Application.objects.select_for_update().get(pk=application.pk)
        schedule = FeeSchedule.objects.filter(procedure_id=locked.procedure_id).first()
        if schedule is None or is_paid(application=locked):
            raise PaymentRefused("nothing_due")
        quote = fees.quote(schedule.rule, locked.answers)
        if quote.total_yen == 0:
            raise PaymentRefused("nothing_due")
        return counter_payment_create(
            method=method,
            terminal_transaction_id=terminal_transaction_id,
            counter_name=counter_name,
            cash_reference=str(locked.public_id),
            actor=actor,
            application=locked,
            amount_yen=quote.total_yen,
            description=locked.procedure.name,
            revenue_category=schedule.revenue_category,
        )


def payment_refund(*, payment: Payment, amount_yen: int, reason: str, actor: User) -> Payment:
    """Refund all or part of a payment, with a reason; audited. Never more than was paid."""
    require_capability(actor, "cases.decide")
    if not can_act_for_department(actor, payment_department(payment)):
        raise PaymentRefused("department")
    if not reason.strip():
        raise PaymentRefused("reason_required")
    with transaction.atomic():
        locked = Payment.objects.select_for_update().get(pk=payment.pk)
        if locked.state not in {PaymentState.SUCCEEDED, PaymentState.PARTIALLY_REFUNDED}:
            raise PaymentRefused("not_refundable")
        if (
            isinstance(amount_yen, bool)
            or not 1 <= amount_yen <= locked.amount_yen - locked.refunded_yen
        ):
            raise PaymentRefused("refund_out_of_bounds")
        provider = get_provider(locked.provider)
        try:
            provider.refund(provider_payment_id=locked.provider_payment_id, amount_yen=amount_yen)
        except ProviderError as exc:
            raise PaymentRefused("provider_refused") from exc
        locked.refunded_yen += amount_yen
        target = (
            PaymentState.REFUNDED
            if locked.refunded_yen == locked.amount_yen
            else PaymentState.PARTIALLY_REFUNDED
        )
        _move(locked, target, "staff")
        locked.save()
        Refund.objects.create(
            payment=locked,
            amount_yen=amount_yen,
            kind=Refund.Kind.STAFF,
            reason=reason.strip()[:500],
            created_by=actor,
        )
        audit_record(
            action="payment.refunded",
            target=locked,
            actor=actor,
            data={"amount_yen": amount_yen, "reason": reason.strip()[:500]},
        )
        _after_full_refund(locked)
    return locked


def counter_update(
    *, counter: Any, actor: User, yearly_cases: int, accepts: list[str], unsuited_reason: str
) -> Any:
    """Record a counter's yearly cases and accepted methods (audited: the plan's indicator
    is computed from them)."""
    from madoguchi.payments.providers.counter import METHODS

    require_capability(actor, "payments.report")
    if not can_act_for_department(actor, counter.department):
        raise PaymentRefused("department")
    if any(method not in METHODS for method in accepts):
        raise PaymentRefused("method")
    with transaction.atomic():
        before = {"yearly_cases": counter.yearly_cases, "accepts": counter.accepts}
        counter.yearly_cases = yearly_cases
        counter.accepts = [m for m in METHODS if m in accepts]
        counter.unsuited_reason = unsuited_reason.strip()
        counter.save()
        audit_record(
            action="payment.counter_updated",
            target=counter,
            actor=actor,
            data={
                "before": before,
                "after": {"yearly_cases": yearly_cases, "accepts": counter.accepts},
            },
        )
    return counter
