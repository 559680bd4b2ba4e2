"""Minato demo data for tax bills: the demo resident's bills of this fiscal year, taken in
through the same CSV import the tax system uses.

Due dates are the usual ones (住民税 普通徴収 at the end of June, August, October and
January; 軽自動車税 at the end of May; 国民健康保険料 monthly from June), moved to the next
business day as printed slips do. Amounts are demo figures, not anyone's tax. The first
instalment of the inhabitants' tax is paid at the tax counter by QR code; the rest stay open,
so some are overdue and carry a late fee depending on the day the demo runs.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
from datetime import date

from django.utils import timezone

from madoguchi.core.business_days import is_business_day, next_business_day
from madoguchi.core.demo import DemoLogin, demo_loader

#: (kind, kind digit, instalment, principal yen, (month, day) of the due date, year offset)
BILLS = [
    ("juminzei", 1, 1, 152_300, (6, 30), 0),
    ("juminzei", 1, 2, 152_000, (8, 31), 0),
    ("juminzei", 1, 3, 152_000, (10, 31), 0),
    ("juminzei", 1, 4, 152_000, (1, 31), 1),
    ("keijidosha", 2, 0, 10_800, (5, 31), 0),
    ("kokuho", 3, 5, 38_600, (10, 31), 0),
    ("kokuho", 3, 6, 38_600, (11, 30), 0),
]
NAME = "港 花子"


def fiscal_year(today: date) -> int:
    return today.year if today.month >= 4 else today.year - 1


def _due(year: int, month: int, day: int) -> date:
    printed = date(year, month, day)
    return printed if is_business_day(printed) else next_business_day(printed)


def numbers(fy: int, kind_digit: int, installment: int) -> tuple[str, str, str]:
    """(notice number, payment number, confirmation number) of a demo bill: the same on
    every run of the same fiscal year, so the README can quote them."""
    notice = f"{fy % 100:02d}{kind_digit}{installment:02d}0{4821:04d}"
    payment = f"{fy}{kind_digit:02d}{installment:02d}{4821:04d}1{kind_digit}{installment:02d}"
    seed = hashlib.sha256(f"madoguchi-demo-tax:{payment}".encode()).hexdigest()
    confirmation = f"{int(seed, 16) % 1_000_000:06d}"
    return notice, payment, confirmation


def demo_csv(today: date) -> tuple[bytes, dict[tuple[str, int], tuple[str, str]]]:
    fy = fiscal_year(today)
    out = io.StringIO()
    writer = csv.writer(out)
    from madoguchi.taxes.services import IMPORT_COLUMNS

    writer.writerow(IMPORT_COLUMNS)
    printed: dict[tuple[str, int], tuple[str, str]] = {}
    for kind, digit, installment, principal, (month, day), offset in BILLS:
        notice, payment, confirmation = numbers(fy, digit, installment)
        due = _due(fy + offset, month, day)
        writer.writerow(
            [
                "issue",
                kind,
                fy,
                installment,
                notice,
                payment,
                confirmation,
                NAME,
                principal,
                due.isoformat(),
            ]
        )
        printed[(kind, installment)] = (payment, confirmation)
    return out.getvalue().encode("utf-8-sig"), printed


@demo_loader("taxes", order=36)
def load() -> list[DemoLogin]:
    from madoguchi.accounts.models import User
    from madoguchi.taxes import services
    from madoguchi.taxes.models import TaxBill

    services.late_fee_rates_published_ensure()
    today = timezone.localdate()
    data, printed = demo_csv(today)
    result = services.tax_bills_import(data=data, actor=None)
    if result.errors:
        raise RuntimeError("; ".join(result.errors))
    resident = User.objects.get(email="resident@demo.madoguchi.jp")
    first = None
    for (kind, installment), (payment_number, _confirmation) in printed.items():
        bill = TaxBill.objects.get(payment_number=payment_number)
        if bill.taxpayer_id is None:
            services.tax_bill_link_resident(bill=bill, user=resident)
        if kind == "juminzei" and installment == 1:
            first = bill
    if first is not None and first.state == "open" and first.due_date <= today:
        # A demo run in a year whose late-fee rate is not recorded yet leaves the bill open
        # (its page says the fee cannot be computed online).
        with contextlib.suppress(services.TaxRefused):
            services.tax_counter_payment_record(
                bill=first,
                method="qr_code",
                terminal_transaction_id=f"PAYPAY-DEMO-{first.payment_number[-6:]}",
                counter="zeimu",
                actor=User.objects.get(email="tax@demo.madoguchi.jp"),
            )
    number, confirmation = printed[("juminzei", 2)]
    return [
        DemoLogin(
            role="Tax bill (no login)",
            email=f"納付番号 {number}",
            password=f"確認番号 {confirmation}",
            note="特別区民税・都民税 第2期: pay it at /ja/taxes/",
        )
    ]
