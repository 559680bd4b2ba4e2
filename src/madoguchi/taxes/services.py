"""Paying tax bills: finding a bill by the numbers on its slip, paying it online or at the
counter with its late fee, taking bills in from the tax system, recording late-fee rates.

Every change is one transaction with its audit record. What is charged is always computed
here (the tax plus the late fee up to today), never taken from the browser; a bill is paid
once whatever the browser or the payment company does (the bill's row lock, and the database
constraint of one paid payment per bill).
"""

from __future__ import annotations

import csv
import hmac
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.crypto import salted_hmac

from madoguchi.accounts.models import Department, User
from madoguchi.accounts.permissions import can_act_for_department, require_capability
from madoguchi.audit.services import audit_record
from madoguchi.payments import services as payment_services
from madoguchi.payments import workflow as payment_workflow
from madoguchi.payments.models import Payment, PaymentState
from madoguchi.taxes import latefee, selectors
from madoguchi.taxes.kinds import KINDS
from madoguchi.taxes.models import TRANSITIONS, BillState, LateFeeRate, TaxBill, TaxBillTransition

PAYMENT_NUMBER = re.compile(r"^[0-9]{10,20}$")
CONFIRMATION_NUMBER = re.compile(r"^[0-9]{4,8}$")


class TaxRefused(Exception):
    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail


def digits(value: str) -> str:
    """Digits as typed on a phone or copied from a slip: full-width digits, spaces and
    hyphens are accepted (NFKC), anything else is kept so the check can refuse it."""
    text = unicodedata.normalize("NFKC", value or "")
    return re.sub(r"[\s\-‐‑–—ー－]", "", text)


def confirmation_hash(confirmation_number: str) -> str:
    return salted_hmac("madoguchi.taxes.confirmation", confirmation_number).hexdigest()


def _move(bill: TaxBill, target: str, source: str) -> None:
    if (bill.state, target) not in TRANSITIONS:
        raise TaxRefused("state", f"{bill.state} → {target}")
    TaxBillTransition.objects.create(
        bill=bill, from_state=bill.state, to_state=target, source=source
    )
    bill.state = target


def tax_bill_find(*, payment_number: str, confirmation_number: str) -> TaxBill | None:
    """The bill with these numbers, or None. Both must match; which one did not is never
    told (it would help someone guessing)."""
    number, confirmation = digits(payment_number), digits(confirmation_number)
    if not PAYMENT_NUMBER.match(number) or not CONFIRMATION_NUMBER.match(confirmation):
        return None
    bill = TaxBill.objects.filter(payment_number=number).first()
    if bill is None or not hmac.compare_digest(
        bill.confirmation_hash, confirmation_hash(confirmation)
    ):
        audit_record(
            action="tax.lookup_failed",
            actor=None,
            object_type="taxes.taxbill",
            data={"payment_number_tail": number[-4:]},
        )
        return None
    return bill


def _end_of_day(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))


def tax_payment_start(
    *, bill: TaxBill, provider_id: str = "sandbox", actor: User | None
) -> tuple[Payment, str]:
    """Open (or reuse) today's online payment of the bill and return the provider's page.

    The late fee grows by the day, so the amount is quoted for today and the payment page
    closes at midnight at the latest (or after the usual 90 minutes).
    """
    now = timezone.now()
    today = timezone.localdate(now)
    with transaction.atomic():
        locked = TaxBill.objects.select_for_update().get(pk=bill.pk)
        if locked.state != BillState.OPEN:
            raise TaxRefused("not_open")
        due = selectors.amount_due(bill=locked, on=today)
        if due.late_fee is None:
            raise TaxRefused("rate_missing")
        open_payment = (
            Payment.objects.filter(
                tax_bill=locked,
                state__in=list(payment_workflow.OPEN),
                provider=provider_id,
                expires_at__gt=now,
                amount_yen=due.total_yen,
                quoted_on=today,
            )
            .order_by("-pk")
            .first()
        )
        if open_payment is not None and open_payment.provider_payment_id:
            return open_payment, payment_services.provider_redirect(open_payment)
        kind = KINDS[locked.kind]
        payment = Payment.objects.create(
            tax_bill=locked,
            amount_yen=due.total_yen,
            late_fee_yen=due.late_fee_yen,
            quoted_on=today,
            description=f"{kind.name_ja} {locked.fiscal_year}年度 {locked.installment_label_ja}",
            revenue_category=kind.revenue_category,
            provider=provider_id,
            expires_at=min(
                now + timedelta(minutes=payment_services.PAGE_MINUTES), _end_of_day(today)
            ),
            created_by=actor,
        )
        try:
            url = payment_services.payment_send_to_provider(
                payment=payment,
                description=f"{kind.name_ja} {payment.amount_yen}円",
                audit_data={
                    "tax_bill": str(locked.public_id),
                    "amount_yen": payment.amount_yen,
                    "late_fee_yen": payment.late_fee_yen,
                },
            )
        except payment_services.PaymentRefused as refused:
            raise TaxRefused(refused.code) from refused
    return payment, url


def tax_bill_settle(*, payment: Payment) -> None:
    """A payment of the bill succeeded (called by the payments service, inside its
    transaction): the bill is paid. A late fee that grew after the quote (the payment
    reached us on a later day) is recorded as still owed, never silently dropped."""
    assert payment.tax_bill_id is not None
    bill = TaxBill.objects.select_for_update().get(pk=payment.tax_bill_id)
    if bill.state != BillState.OPEN:
        audit_record(
            action="tax.paid_while_not_open",
            target=bill,
            actor=None,
            data={"state": bill.state, "payment": str(payment.public_id)},
        )
        return
    paid_on = timezone.localdate(payment.succeeded_at) if payment.succeeded_at else None
    paid_on = paid_on or timezone.localdate()
    owed = selectors.amount_due(bill=bill, on=paid_on)
    _move(bill, BillState.PAID, "payment")
    bill.paid_on = paid_on
    bill.late_fee_paid_yen = payment.late_fee_yen
    bill.late_fee_outstanding_yen = max(0, owed.late_fee_yen - payment.late_fee_yen)
    bill.save()
    audit_record(
        action="tax.bill_paid",
        target=bill,
        actor=payment.created_by if payment.provider == "counter" else None,
        data={
            "payment": str(payment.public_id),
            "principal_yen": bill.principal_yen,
            "late_fee_yen": payment.late_fee_yen,
            "late_fee_outstanding_yen": bill.late_fee_outstanding_yen,
        },
    )


def tax_bill_reopen(*, payment: Payment) -> None:
    """The bill's payment was refunded in full: the tax is owed again, unless another payment
    of the bill stands (a duplicate refunded, then reported refunded once more)."""
    assert payment.tax_bill_id is not None
    bill = TaxBill.objects.select_for_update().get(pk=payment.tax_bill_id)
    if bill.state != BillState.PAID:
        return
    still_paid = Payment.objects.filter(
        tax_bill=bill, state__in=[PaymentState.SUCCEEDED, PaymentState.PARTIALLY_REFUNDED]
    ).exclude(pk=payment.pk)
    if still_paid.exists():
        return
    _move(bill, BillState.OPEN, "refund")
    bill.paid_on = None
    bill.late_fee_paid_yen = 0
    bill.late_fee_outstanding_yen = 0
    bill.save()
    audit_record(
        action="tax.bill_reopened",
        target=bill,
        actor=None,
        data={"payment": str(payment.public_id)},
    )


def tax_counter_payment_record(
    *, bill: TaxBill, method: str, terminal_transaction_id: str, counter: str, actor: User
) -> Payment:
    """A clerk records the bill paid in full at the counter, with today's late fee."""
    require_capability(actor, "taxes.view")
    if not can_act_for_department(actor, bill.department):
        raise TaxRefused("department")
    try:
        counter_name = payment_services.counter_payment_check(
            method=method, terminal_transaction_id=terminal_transaction_id, counter=counter
        )
    except payment_services.PaymentRefused as refused:
        raise TaxRefused(refused.code) from refused
    with transaction.atomic():
        locked = TaxBill.objects.select_for_update().get(pk=bill.pk)
        if locked.state != BillState.OPEN:
            raise TaxRefused("not_open")
        due = selectors.amount_due(bill=locked)
        if due.late_fee is None:
            raise TaxRefused("rate_missing")
        kind = KINDS[locked.kind]
        return payment_services.counter_payment_create(
            method=method,
            terminal_transaction_id=terminal_transaction_id,
            counter_name=counter_name,
            cash_reference=str(locked.public_id),
            actor=actor,
            tax_bill=locked,
            amount_yen=due.total_yen,
            late_fee_yen=due.late_fee_yen,
            quoted_on=due.on,
            description=f"{kind.name_ja} {locked.fiscal_year}年度 {locked.installment_label_ja}",
            revenue_category=kind.revenue_category,
        )


# --- bills from the tax system ------------------------------------------------------------

IMPORT_COLUMNS = (
    "action",
    "kind",
    "fiscal_year",
    "installment",
    "notice_number",
    "payment_number",
    "confirmation_number",
    "taxpayer_name",
    "principal_yen",
    "due_date",
)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    cancelled: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise TaxRefused("encoding")


def _parse_row(number: int, row: dict[str, str]) -> tuple[dict[str, Any], list[str]]:
    problems: list[str] = []
    value = {key: (row.get(key) or "").strip() for key in IMPORT_COLUMNS}
    action = value["action"] or "issue"
    if action not in {"issue", "cancel"}:
        problems.append(f"line {number}: action must be issue or cancel")
    if value["kind"] not in KINDS:
        problems.append(f"line {number}: unknown kind {value['kind']!r}")
    parsed: dict[str, Any] = {"action": action, "kind": value["kind"]}
    for key in ("fiscal_year", "installment", "principal_yen"):
        if not value[key].isdigit():
            problems.append(f"line {number}: {key} must be a whole number")
        else:
            parsed[key] = int(value[key])
    parsed["notice_number"] = value["notice_number"]
    if not value["notice_number"]:
        problems.append(f"line {number}: notice_number is empty")
    parsed["payment_number"] = digits(value["payment_number"])
    if not PAYMENT_NUMBER.match(parsed["payment_number"]):
        problems.append(f"line {number}: payment_number must be 10 to 20 digits")
    if action == "issue":
        parsed["confirmation_number"] = digits(value["confirmation_number"])
        if not CONFIRMATION_NUMBER.match(parsed["confirmation_number"]):
            problems.append(f"line {number}: confirmation_number must be 4 to 8 digits")
        parsed["taxpayer_name"] = value["taxpayer_name"]
        if not value["taxpayer_name"]:
            problems.append(f"line {number}: taxpayer_name is empty")
        try:
            parsed["due_date"] = date.fromisoformat(value["due_date"])
        except ValueError:
            problems.append(f"line {number}: due_date must be YYYY-MM-DD")
    return parsed, problems


def tax_bills_import(*, data: bytes, actor: User | None) -> ImportResult:
    """Take bills in from the tax system's CSV (UTF-8 or Shift_JIS, columns
    ``IMPORT_COLUMNS``). All or nothing: one bad line and nothing is saved, every problem
    listed. Importing the same file twice changes nothing the second time; a new amount or
    due date replaces an unpaid bill's; ``cancel`` withdraws an unpaid bill. A paid bill is
    never changed by an import (the mismatch is reported)."""
    if actor is not None:
        require_capability(actor, "taxes.manage")
    reader = csv.DictReader(io.StringIO(_decode(data)))
    missing = [c for c in IMPORT_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        return ImportResult(errors=[f"missing columns: {', '.join(missing)}"])
    rows = []
    result = ImportResult()
    for number, row in enumerate(reader, start=2):
        parsed, problems = _parse_row(number, row)
        result.errors.extend(problems)
        rows.append((number, parsed))
    if result.errors:
        return result
    departments = {d.code: d for d in Department.objects.all()}
    with transaction.atomic():
        for number, row in rows:
            department = departments.get(KINDS[row["kind"]].department_code)
            if department is None:
                result.errors.append(f"line {number}: the department of {row['kind']} is missing")
                continue
            if actor is not None and not can_act_for_department(actor, department):
                result.errors.append(f"line {number}: {row['kind']} is not your department's")
                continue
            _import_one(number, row, department, result)
        if result.errors:
            transaction.set_rollback(True)
            return ImportResult(errors=result.errors)
        audit_record(
            action="tax.bills_imported",
            actor=actor,
            object_type="taxes.taxbill",
            data={
                "created": result.created,
                "updated": result.updated,
                "cancelled": result.cancelled,
                "unchanged": result.unchanged,
            },
        )
    return result


def _import_one(number: int, row: dict[str, Any], department: Any, result: ImportResult) -> None:
    key = {
        "kind": row["kind"],
        "fiscal_year": row["fiscal_year"],
        "installment": row["installment"],
        "notice_number": row["notice_number"],
    }
    bill = TaxBill.objects.select_for_update().filter(**key).first()
    if row["action"] == "cancel":
        if bill is None:
            result.errors.append(f"line {number}: there is no such bill to cancel")
        elif bill.state == BillState.OPEN:
            _move(bill, BillState.CANCELLED, "import")
            bill.save()
            result.cancelled += 1
        elif bill.state == BillState.CANCELLED:
            result.unchanged += 1
        else:
            result.errors.append(f"line {number}: the bill is paid and cannot be cancelled here")
        return
    clash = TaxBill.objects.filter(payment_number=row["payment_number"])
    if bill is not None:
        clash = clash.exclude(pk=bill.pk)
    if clash.exists():
        result.errors.append(f"line {number}: payment_number belongs to another bill")
        return
    values = {
        "payment_number": row["payment_number"],
        "principal_yen": row["principal_yen"],
        "due_date": row["due_date"],
        "department": department,
    }
    if bill is None:
        TaxBill.objects.create(
            **key,
            **values,
            confirmation_hash=confirmation_hash(row["confirmation_number"]),
            taxpayer_name=row["taxpayer_name"],
        )
        result.created += 1
        return
    same = (
        bill.payment_number == values["payment_number"]
        and bill.principal_yen == values["principal_yen"]
        and bill.due_date == values["due_date"]
        and bill.taxpayer_name == row["taxpayer_name"]
        and hmac.compare_digest(
            bill.confirmation_hash, confirmation_hash(row["confirmation_number"])
        )
    )
    if same:
        result.unchanged += 1
        return
    if bill.state != BillState.OPEN:
        result.errors.append(f"line {number}: the bill is {bill.state} and cannot be changed")
        return
    for name, new in values.items():
        setattr(bill, name, new)
    bill.taxpayer_name = row["taxpayer_name"]
    bill.confirmation_hash = confirmation_hash(row["confirmation_number"])
    bill.save()
    result.updated += 1


#: The rates published for 2018–2026 (附則第3条の2: 延滞金特例基準割合 + 1 % and + 7.3 %), in
#: hundredths of a percent. The migration ``0002_late_fee_rates`` recorded the same figures.
PUBLISHED_RATES = {
    2018: (260, 890),
    2019: (260, 890),
    2020: (260, 890),
    2021: (250, 880),
    2022: (240, 870),
    2023: (240, 870),
    2024: (240, 870),
    2025: (240, 870),
    2026: (280, 910),
}
PUBLISHED_SOURCE = "地方税法附則第3条の2（延滞金特例基準割合による特例）"


def late_fee_rates_published_ensure() -> int:
    """Record the published rates of years not recorded yet (a database created before the
    rates existed, or emptied by a test); a year already recorded is left as it is."""
    created = 0
    for year, (first_month, later) in PUBLISHED_RATES.items():
        _rate, made = LateFeeRate.objects.get_or_create(
            year=year,
            defaults={"first_month": first_month, "later": later, "source": PUBLISHED_SOURCE},
        )
        created += int(made)
    return created


def late_fee_rate_record(
    *, year: int, first_month: int, later: int, source: str, actor: User
) -> LateFeeRate:
    """Record a year's late-fee rates (hundredths of a percent). A year already in use is
    not changed: bills were quoted with it."""
    require_capability(actor, "taxes.rates")
    try:
        latefee.Rate(first_month, later)
    except ValueError as error:
        raise TaxRefused("rate_out_of_bounds", str(error)) from error
    with transaction.atomic():
        if LateFeeRate.objects.filter(year=year).exists():
            raise TaxRefused("rate_exists")
        rate = LateFeeRate.objects.create(
            year=year, first_month=first_month, later=later, source=source.strip(), created_by=actor
        )
        audit_record(
            action="tax.late_fee_rate_recorded",
            target=rate,
            actor=actor,
            data={"year": year, "first_month": first_month, "later": later},
        )
    return rate


def tax_bill_link_resident(*, bill: TaxBill, user: User) -> None:
    """Link a bill to a resident's account (the demo does this; a city links bills where the
    taxpayer's identity was verified, e.g. with the individual number card)."""
    with transaction.atomic():
        TaxBill.objects.filter(pk=bill.pk).update(taxpayer=user)
        audit_record(action="tax.bill_linked", target=bill, actor=None, data={"user": user.pk})


RETENTION_YEARS = 5


def tax_bills_anonymise(*, today: date | None = None) -> int:
    """Erase the taxpayer's name and numbers from bills settled more than five years ago (the
    Local Tax Act's period for collection, 第18条); the amounts, dates and payments stay for
    the accounts. Returns how many bills were erased."""
    today = today or timezone.localdate()
    limit = today.replace(year=today.year - RETENTION_YEARS)
    paid = Q(state=BillState.PAID, paid_on__lt=limit)
    cancelled = Q(
        state=BillState.CANCELLED,
        history__to_state=BillState.CANCELLED,
        history__occurred_at__date__lt=limit,
    )
    ids = list(
        TaxBill.objects.filter(paid | cancelled)
        .exclude(taxpayer_name="")
        .values_list("pk", flat=True)
        .distinct()
    )
    with transaction.atomic():
        for bill in TaxBill.objects.select_for_update().filter(pk__in=ids):
            bill.taxpayer_name = ""
            bill.confirmation_hash = ""
            bill.taxpayer = None
            bill.save(
                update_fields=["taxpayer_name", "confirmation_hash", "taxpayer", "updated_at"]
            )
        if ids:
            audit_record(
                action="tax.bills_anonymised",
                actor=None,
                object_type="taxes.taxbill",
                data={"count": len(ids), "before": limit.isoformat()},
            )
    return len(ids)
