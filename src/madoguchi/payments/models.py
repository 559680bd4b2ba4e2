"""Payments (手数料の納付): fee schedules, payments and their history, provider events.

Amounts are integer yen (``PositiveIntegerField``) everywhere. A payment's state only changes
through ``madoguchi.payments.services`` following ``workflow.TRANSITIONS``; history rows are
appended, never edited. Provider events are stored once per (provider, event id), so a
webhook delivered twice is recognised the second time.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from madoguchi.applications.models import Application
from madoguchi.core.crypto import EncryptedTextField
from madoguchi.procedures.models import Procedure


class Timing(models.TextChoices):
    BEFORE_SUBMISSION = "before_submission", _("Before the application is sent")
    AFTER_APPROVAL = "after_approval", _("After the application is approved")


class FeeSchedule(models.Model):
    """How much a procedure costs (a rule on the answers) and when it is paid."""

    procedure = models.OneToOneField(
        Procedure, on_delete=models.CASCADE, related_name="fee_schedule"
    )
    rule = models.JSONField(help_text="See madoguchi.payments.fees.")
    timing = models.CharField(
        max_length=24, choices=Timing.choices, default=Timing.BEFORE_SUBMISSION
    )
    revenue_category = models.CharField(
        max_length=100, help_text="歳入科目, e.g. 使用料及手数料／手数料／総務手数料"
    )

    def __str__(self) -> str:
        return f"{self.procedure.code}: {self.rule.get('kind')}"


class PaymentState(models.TextChoices):
    CREATED = "created", pgettext_lazy("payment state", "Created")
    PENDING = "pending", pgettext_lazy("payment state", "Waiting for payment")
    SUCCEEDED = "succeeded", pgettext_lazy("payment state", "Paid")
    FAILED = "failed", pgettext_lazy("payment state", "Failed")
    CANCELLED = "cancelled", pgettext_lazy("payment state", "Cancelled")
    EXPIRED = "expired", pgettext_lazy("payment state", "Expired")
    PARTIALLY_REFUNDED = "partially_refunded", pgettext_lazy("payment state", "Partly refunded")
    REFUNDED = "refunded", pgettext_lazy("payment state", "Refunded")


PAID_STATES = (
    PaymentState.SUCCEEDED,
    PaymentState.PARTIALLY_REFUNDED,
    PaymentState.REFUNDED,
)


class Payment(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # What is paid for: an application's fee, or a tax bill (納付書). Exactly one is set.
    application = models.ForeignKey(
        Application, null=True, blank=True, on_delete=models.PROTECT, related_name="payments"
    )
    tax_bill = models.ForeignKey(
        "taxes.TaxBill", null=True, blank=True, on_delete=models.PROTECT, related_name="payments"
    )
    amount_yen = models.PositiveIntegerField()
    late_fee_yen = models.PositiveIntegerField(
        default=0, help_text="The part of the amount that is a late fee (延滞金)."
    )
    quoted_on = models.DateField(
        null=True, blank=True, help_text="The day a tax bill's late fee was computed up to."
    )
    description = models.CharField(max_length=300)
    revenue_category = models.CharField(max_length=100)
    provider = models.CharField(max_length=32)
    provider_payment_id = models.CharField(max_length=100, blank=True, db_index=True)
    method = models.CharField(max_length=32, blank=True)
    state = models.CharField(
        max_length=24, choices=PaymentState.choices, default=PaymentState.CREATED, db_index=True
    )
    refunded_yen = models.PositiveIntegerField(default=0)
    counter = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    succeeded_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            # Whatever the browser, the network or a provider does, an application is paid once.
            models.UniqueConstraint(
                fields=["application"],
                condition=models.Q(state__in=["succeeded", "partially_refunded"]),
                name="one_paid_payment_per_application",
            ),
            models.UniqueConstraint(
                fields=["tax_bill"],
                condition=models.Q(state__in=["succeeded", "partially_refunded"]),
                name="one_paid_payment_per_tax_bill",
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(application__isnull=False, tax_bill__isnull=True)
                    | models.Q(application__isnull=True, tax_bill__isnull=False)
                ),
                name="payment_for_exactly_one_thing",
            ),
            models.CheckConstraint(
                condition=models.Q(late_fee_yen__lte=models.F("amount_yen")),
                name="late_fee_within_amount",
            ),
            models.UniqueConstraint(
                fields=["provider", "provider_payment_id"],
                condition=~models.Q(provider_payment_id=""),
                name="provider_payment_id_unique",
            ),
            models.CheckConstraint(
                condition=models.Q(refunded_yen__lte=models.F("amount_yen")),
                name="refund_never_exceeds_payment",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.amount_yen} yen {self.state}"


class Refund(models.Model):
    """One refund of a payment, with its own credit note (返金通知書). Appended, never edited;
    the payment's ``refunded_yen`` is their sum."""

    class Kind(models.TextChoices):
        STAFF = "staff", _("Refunded by staff")
        DUPLICATE = "duplicate", _("Paid twice: refunded automatically")
        PROVIDER = "provider", _("Refunded at the payment company")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    payment = models.ForeignKey(Payment, on_delete=models.PROTECT, related_name="refunds")
    amount_yen = models.PositiveIntegerField()
    kind = models.CharField(max_length=16, choices=Kind.choices)
    reason = EncryptedTextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(amount_yen__gt=0), name="refund_positive")
        ]

    def __str__(self) -> str:
        return f"refund {self.amount_yen} yen"


class PaymentTransition(models.Model):
    payment = models.ForeignKey(Payment, on_delete=models.CASCADE, related_name="history")
    from_state = models.CharField(max_length=24)
    to_state = models.CharField(max_length=24)
    source = models.CharField(max_length=32)  # return, webhook, query, staff, expiry, counter
    occurred_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["occurred_at", "pk"]

    def __str__(self) -> str:
        return f"{self.from_state} → {self.to_state}"


class ProviderEvent(models.Model):
    """A webhook as received, kept once per event id (a repeat is recognised, not re-applied)."""

    provider = models.CharField(max_length=32)
    event_id = models.CharField(max_length=100)
    payload = models.JSONField()
    received_at = models.DateTimeField(auto_now_add=True)
    times_received = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-received_at"]
        constraints = [
            models.UniqueConstraint(fields=["provider", "event_id"], name="provider_event_once")
        ]

    def __str__(self) -> str:
        return f"{self.provider}:{self.event_id}"


class Counter(models.Model):
    """A counter (窓口) where residents come in person: how busy it is and how it takes fees.

    The plan's indicator counts counters handling 1,000 or more cases a year, leaving out those
    recorded as unsuited to cashless payment (with the reason), and asks what share of them
    accept a cashless method.
    """

    code = models.SlugField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    department = models.ForeignKey(
        "accounts.Department", on_delete=models.PROTECT, related_name="counters"
    )
    location = models.CharField(max_length=200, blank=True, help_text="Building and floor.")
    yearly_cases = models.PositiveIntegerField(default=0)
    accepts = models.JSONField(default=list, blank=True, help_text="Payment methods taken.")
    unsuited_reason = models.CharField(
        max_length=300,
        blank=True,
        help_text="Why cashless payment does not fit this counter (leaves it out of the count).",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["department__sort_order", "code"]

    def __str__(self) -> str:
        return self.name

    @property
    def cashless(self) -> bool:
        return any(method != "cash" for method in self.accepts)
