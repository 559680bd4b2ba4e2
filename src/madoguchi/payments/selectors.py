"""Reads for accounting: the daily report and reconciliation with a provider's settlement."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from django.db.models import Q
from django.utils import timezone

from madoguchi.accounts.models import User
from madoguchi.accounts.permissions import department_scope, has_capability, require_capability
from madoguchi.payments.models import Payment, PaymentState

PAID = [PaymentState.SUCCEEDED, PaymentState.PARTIALLY_REFUNDED, PaymentState.REFUNDED]


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = timezone.make_aware(datetime.combine(day, time.min))
    end = timezone.make_aware(datetime.combine(day, time.max))
    return start, end


def _scoped(viewer: User) -> Any:
    payments = Payment.objects.all()
    if not has_capability(viewer, "staff.directory.view_all_departments"):
        scope = department_scope(viewer)
        payments = payments.filter(
            Q(application__department_id__in=scope) | Q(tax_bill__department_id__in=scope)
        )
    return payments


@dataclass
class DailyReport:
    day: date
    count: int = 0
    total_yen: int = 0
    refunded_yen: int = 0
    by_procedure: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    by_method: dict[str, int] = field(default_factory=dict)
    by_counter: dict[str, int] = field(default_factory=dict)


def daily_report(*, viewer: User, day: date) -> DailyReport:
    """Payments taken on ``day`` (local time) in the viewer's departments, totalled. Tax
    bills count under their tax, and a late fee under its own revenue category."""
    from madoguchi.taxes.kinds import KINDS

    require_capability(viewer, "payments.report")
    start, end = _day_bounds(day)
    report = DailyReport(day=day)
    sums: dict[str, dict[str, int]] = {
        "procedure": defaultdict(int),
        "category": defaultdict(int),
        "method": defaultdict(int),
        "counter": defaultdict(int),
    }
    rows = (
        _scoped(viewer)
        .filter(state__in=PAID, succeeded_at__range=(start, end))
        .values_list(
            "amount_yen",
            "refunded_yen",
            "application__procedure__name",
            "tax_bill__kind",
            "late_fee_yen",
            "revenue_category",
            "method",
            "provider",
            "counter",
        )
    )
    for amount, refunded, procedure, tax, late, category, method, provider, counter in rows:
        report.count += 1
        report.total_yen += amount
        report.refunded_yen += refunded
        kind = KINDS.get(tax) if tax else None
        sums["procedure"][kind.name_ja if kind else procedure] += amount
        sums["category"][category] += amount - late
        if late and kind is not None:
            sums["category"][kind.late_fee_category] += late
        sums["method"][f"{provider}:{method or '-'}"] += amount
        sums["counter"][counter or "online"] += amount
    report.by_procedure = dict(sorted(sums["procedure"].items()))
    report.by_category = dict(sorted(sums["category"].items()))
    report.by_method = dict(sorted(sums["method"].items()))
    report.by_counter = dict(sorted(sums["counter"].items()))
    return report


def daily_report_csv(report: DailyReport) -> list[list[object]]:
    rows: list[list[object]] = [["区分", "項目", "金額（円）"]]
    for label, table in (
        ("手続", report.by_procedure),
        ("歳入科目", report.by_category),
        ("支払方法", report.by_method),
        ("窓口", report.by_counter),
    ):
        rows.extend([label, key, value] for key, value in table.items())
    rows.append(["合計", f"{report.count}件", report.total_yen])
    rows.append(["返金", "", report.refunded_yen])
    return rows


@dataclass(frozen=True)
class Mismatch:
    kind: str  # not_settled, unknown, amount_differs
    provider_payment_id: str
    ours_yen: int | None
    settled_yen: int | None


class SettlementFileError(ValueError):
    pass


def parse_settlement(data: bytes) -> dict[str, int]:
    """A settlement CSV (UTF-8 with or without BOM, or Shift_JIS) with the columns
    ``charge`` (or ``provider_payment_id``) and ``amount``: provider id → settled yen."""
    for encoding in ("utf-8-sig", "cp932"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise SettlementFileError("the file is neither UTF-8 nor Shift_JIS")
    reader = csv.DictReader(io.StringIO(text))
    columns = set(reader.fieldnames or [])
    id_column = "charge" if "charge" in columns else "provider_payment_id"
    if id_column not in columns or "amount" not in columns:
        raise SettlementFileError("the file needs the columns charge and amount")
    settled: dict[str, int] = {}
    for number, row in enumerate(reader, start=2):
        charge = (row.get(id_column) or "").strip()
        amount = (row.get("amount") or "").strip()
        if not charge:
            continue
        if not amount.isdigit():
            raise SettlementFileError(f"line {number}: the amount must be whole yen")
        settled[charge] = settled.get(charge, 0) + int(amount)
    return settled


def reconcile(*, viewer: User, provider: str, day: date, settled: dict[str, int]) -> list[Mismatch]:
    """Every difference between what we recorded as paid on ``day`` and what the provider
    settled: paid here but not settled, settled but unknown here, amounts that differ."""
    require_capability(viewer, "payments.report")
    start, end = _day_bounds(day)
    ours = {
        pid: amount - refunded
        for pid, amount, refunded in Payment.objects.filter(
            provider=provider, state__in=PAID, succeeded_at__range=(start, end)
        ).values_list("provider_payment_id", "amount_yen", "refunded_yen")
    }
    known_anywhere = set(
        Payment.objects.filter(
            provider=provider, provider_payment_id__in=list(settled)
        ).values_list("provider_payment_id", flat=True)
    )
    mismatches = []
    for pid, amount in sorted(ours.items()):
        if pid not in settled:
            mismatches.append(Mismatch("not_settled", pid, amount, None))
        elif settled[pid] != amount:
            mismatches.append(Mismatch("amount_differs", pid, amount, settled[pid]))
    for pid, amount in sorted(settled.items()):
        if pid not in ours and pid not in known_anywhere:
            mismatches.append(Mismatch("unknown", pid, None, amount))
    return mismatches


BUSY_COUNTER_CASES = 1000


@dataclass(frozen=True)
class CounterShare:
    cashless: int
    eligible: int

    @property
    def percent(self) -> float | None:
        if not self.eligible:
            return None
        return round(100 * self.cashless / self.eligible, 1)


def cashless_counter_share() -> CounterShare:
    """Counters with 1,000+ cases a year (not recorded as unsuited) that accept cashless."""
    from madoguchi.payments.models import Counter

    eligible = list(
        Counter.objects.filter(yearly_cases__gte=BUSY_COUNTER_CASES, unsuited_reason="")
    )
    return CounterShare(
        cashless=sum(1 for counter in eligible if counter.cashless), eligible=len(eligible)
    )
