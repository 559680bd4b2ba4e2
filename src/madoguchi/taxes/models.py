"""Tax bills (納付書) and the late-fee rates they are charged at.

A bill is one instalment (期別) of one tax or premium of one taxpayer, as the ward's tax
system issued it; Madoguchi keeps what a resident needs to pay it (the numbers printed on the
slip, the amount, the due date) and never changes the amount: corrections come from the tax
system as a new import. A bill's state only changes through ``madoguchi.taxes.services``
following ``TRANSITIONS``; its history rows are appended, never edited. Payments of a bill
are ``payments.Payment`` rows with ``tax_bill`` set.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from madoguchi.core.crypto import EncryptedTextField
from madoguchi.taxes.kinds import KINDS, kind_choices


class BillState(models.TextChoices):
    OPEN = "open", pgettext_lazy("tax bill state", "Not paid")
    PAID = "paid", pgettext_lazy("tax bill state", "Paid")
    CANCELLED = "cancelled", pgettext_lazy("tax bill state", "Cancelled by the tax office")


#: The bill's state machine. A bill reopens only when its payment is refunded in full.
TRANSITIONS: frozenset[tuple[str, str]] = frozenset(
    {
        (BillState.OPEN, BillState.PAID),
        (BillState.OPEN, BillState.CANCELLED),
        (BillState.PAID, BillState.OPEN),
    }
)


class TaxBill(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(max_length=32, choices=kind_choices())
    fiscal_year = models.PositiveSmallIntegerField(help_text="年度, e.g. 2026 for 令和8年度.")
    installment = models.PositiveSmallIntegerField(
        help_text="期別: 1 for 第1期; 0 for a bill paid in one sum (全期・随時)."
    )
    notice_number = models.CharField(max_length=32, help_text="通知書番号 from the tax system.")
    payment_number = models.CharField(
        max_length=20, unique=True, help_text="納付番号 printed on the slip (digits)."
    )
    confirmation_hash = models.CharField(
        max_length=128, help_text="確認番号, kept only as a keyed hash."
    )
    taxpayer_name = EncryptedTextField()
    taxpayer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tax_bills",
        help_text="The resident's account, where the taxpayer has linked it.",
    )
    department = models.ForeignKey(
        "accounts.Department", on_delete=models.PROTECT, related_name="tax_bills"
    )
    principal_yen = models.PositiveIntegerField(help_text="本税 (or the premium), whole yen.")
    due_date = models.DateField(help_text="納期限 as printed (already moved off holidays).")
    state = models.CharField(
        max_length=16, choices=BillState.choices, default=BillState.OPEN, db_index=True
    )
    paid_on = models.DateField(null=True, blank=True)
    late_fee_paid_yen = models.PositiveIntegerField(default=0)
    late_fee_outstanding_yen = models.PositiveIntegerField(
        default=0,
        help_text="Late fee still owed when a payment reached us on a later day than quoted.",
    )
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["due_date", "kind", "installment", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "fiscal_year", "installment", "notice_number"],
                name="tax_bill_once_per_instalment",
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.fiscal_year}/{self.installment} {self.principal_yen} yen"

    @property
    def kind_info(self) -> object:
        return KINDS[self.kind]

    @property
    def kind_name(self) -> str:
        return str(KINDS[self.kind].name)

    @property
    def kind_name_ja(self) -> str:
        return KINDS[self.kind].name_ja

    @property
    def installment_label(self) -> str:
        if self.installment == 0:
            return str(_("Whole year"))
        return str(_("Instalment %(number)s") % {"number": self.installment})

    @property
    def installment_label_ja(self) -> str:
        return "全期" if self.installment == 0 else f"第{self.installment}期"

    @property
    def payment_number_display(self) -> str:
        digits = self.payment_number
        return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))


class TaxBillTransition(models.Model):
    bill = models.ForeignKey(TaxBill, on_delete=models.CASCADE, related_name="history")
    from_state = models.CharField(max_length=16)
    to_state = models.CharField(max_length=16)
    source = models.CharField(max_length=32)  # payment, refund, import
    occurred_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["occurred_at", "pk"]

    def __str__(self) -> str:
        return f"{self.from_state} → {self.to_state}"


class LateFeeRate(models.Model):
    """A calendar year's late-fee rates, in hundredths of a percent (2.8 % is 280).

    They follow the 延滞金特例基準割合 the Minister of Finance announces each November; the
    tax division records next year's when it is published. Without a year's rate, a bill
    whose late fee runs into that year cannot be paid online (the page says whom to ask).
    """

    year = models.PositiveSmallIntegerField(unique=True)
    first_month = models.PositiveSmallIntegerField()
    later = models.PositiveSmallIntegerField()
    source = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-year"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(first_month__lte=730) & models.Q(later__lte=1460),
                name="late_fee_rate_within_statute",
            )
        ]

    def __str__(self) -> str:
        return f"{self.year}: {self.first_month_text}% / {self.later_text}%"

    @property
    def first_month_text(self) -> str:
        from madoguchi.taxes.latefee import percent_text

        return percent_text(self.first_month)

    @property
    def later_text(self) -> str:
        from madoguchi.taxes.latefee import percent_text

        return percent_text(self.later)
