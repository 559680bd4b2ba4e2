"""Reads: what a bill costs today, who may see which bills, and the collection report the
tax system takes back (収納データ)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from django.db.models import Q
from django.utils import timezone

from madoguchi.accounts.models import User
from madoguchi.accounts.permissions import department_scope, has_capability, require_capability
from madoguchi.payments.models import PAID_STATES, Payment
from madoguchi.taxes import latefee
from madoguchi.taxes.kinds import KINDS
from madoguchi.taxes.models import BillState, LateFeeRate, TaxBill


def rates_table() -> dict[int, latefee.Rate]:
    return {
        year: latefee.Rate(first, later)
        for year, first, later in LateFeeRate.objects.values_list("year", "first_month", "later")
    }


@dataclass(frozen=True)
class AmountDue:
    """What paying ``bill`` on ``on`` costs; ``late_fee`` is None when a year's rate is not
    recorded yet (the bill cannot then be paid online)."""

    bill: TaxBill
    on: date
    late_fee: latefee.LateFee | None
    missing_rate_year: int | None = None

    @property
    def overdue(self) -> bool:
        return self.on > self.bill.due_date

    @property
    def late_fee_yen(self) -> int:
        return self.late_fee.amount_yen if self.late_fee else 0

    @property
    def total_yen(self) -> int:
        return self.bill.principal_yen + self.late_fee_yen

    @property
    def payable(self) -> bool:
        return self.bill.state == BillState.OPEN and self.late_fee is not None


def amount_due(*, bill: TaxBill, on: date | None = None) -> AmountDue:
    on = on or timezone.localdate()
    try:
        fee = latefee.late_fee(
            principal_yen=bill.principal_yen,
            due_date=bill.due_date,
            paid_on=on,
            rates=rates_table(),
        )
    except latefee.RateMissing as missing:
        return AmountDue(bill=bill, on=on, late_fee=None, missing_rate_year=missing.year)
    return AmountDue(bill=bill, on=on, late_fee=fee)


def bills_of_resident(*, user: User) -> list[TaxBill]:
    """The bills linked to a resident's account, unpaid first."""
    if not user.is_authenticated:
        return []
    bills = list(TaxBill.objects.filter(taxpayer=user).exclude(state=BillState.CANCELLED))
    bills.sort(key=lambda bill: (bill.state != BillState.OPEN, bill.due_date))
    return bills


def bills_for_staff(
    *, viewer: User, state: str = "", overdue: bool = False, number: str = ""
) -> Any:
    """Bills of the viewer's departments (all of them for a city-wide role)."""
    require_capability(viewer, "taxes.view")
    bills = TaxBill.objects.select_related("department")
    if not has_capability(viewer, "staff.directory.view_all_departments"):
        bills = bills.filter(department_id__in=department_scope(viewer))
    if state:
        bills = bills.filter(state=state)
    if overdue:
        bills = bills.filter(state=BillState.OPEN, due_date__lt=timezone.localdate())
    if number:
        bills = bills.filter(Q(payment_number=number) | Q(notice_number=number))
    return bills.order_by("due_date", "pk")


def bill_for_staff(*, viewer: User, public_id: Any) -> TaxBill:
    bill: TaxBill = bills_for_staff(viewer=viewer).get(public_id=public_id)
    return bill


def paid_payment(bill: TaxBill) -> Payment | None:
    return Payment.objects.filter(tax_bill=bill, state__in=PAID_STATES).order_by("-pk").first()


COLLECTION_HEADER = [
    "kind",
    "fiscal_year",
    "installment",
    "notice_number",
    "payment_number",
    "paid_on",
    "principal_yen",
    "late_fee_yen",
    "refunded_yen",
    "method",
    "channel",
    "transaction_id",
]


def collection_rows(*, viewer: User, day: date) -> list[list[object]]:
    """収納データ of the viewer's departments, with the header row first."""
    require_capability(viewer, "payments.report")
    scope = (
        None
        if has_capability(viewer, "staff.directory.view_all_departments")
        else department_scope(viewer)
    )
    return [list(COLLECTION_HEADER), *collection_rows_all(day=day, departments=scope)]


def collection_rows_all(*, day: date, departments: Any = None) -> list[list[object]]:
    """収納データ: every tax payment taken on ``day``, one row each, for the tax system to
    clear its bills (消込) without anyone typing them in. The amounts are as paid; a later
    refund shows in ``refunded_yen``."""
    start = timezone.make_aware(datetime.combine(day, time.min))
    end = timezone.make_aware(datetime.combine(day, time.max))
    payments = Payment.objects.filter(
        tax_bill__isnull=False, state__in=PAID_STATES, succeeded_at__range=(start, end)
    ).select_related("tax_bill")
    if departments is not None:
        payments = payments.filter(tax_bill__department_id__in=departments)
    rows: list[list[object]] = []
    for payment in payments.order_by("succeeded_at", "pk"):
        bill = payment.tax_bill
        assert bill is not None and payment.succeeded_at is not None
        rows.append(
            [
                bill.kind,
                bill.fiscal_year,
                bill.installment,
                bill.notice_number,
                bill.payment_number,
                timezone.localtime(payment.succeeded_at).date().isoformat(),
                payment.amount_yen - payment.late_fee_yen,
                payment.late_fee_yen,
                payment.refunded_yen,
                payment.method,
                payment.counter or "online",
                payment.provider_payment_id,
            ]
        )
    return rows


def kind_label(code: str) -> str:
    kind = KINDS.get(code)
    return kind.name_ja if kind else code
