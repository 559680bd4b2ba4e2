"""Fixtures for tax bills: the two collecting departments and bills imported as the tax
system sends them."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from madoguchi.accounts.models import Department
from madoguchi.taxes import services
from madoguchi.taxes.models import TaxBill
from madoguchi.taxes.services import IMPORT_COLUMNS

CONFIRMATION = "123456"


def bills_csv(*rows: dict[str, Any], encoding: str = "utf-8-sig") -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=IMPORT_COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return out.getvalue().encode(encoding)


def row(**changes: Any) -> dict[str, Any]:
    base = {
        "action": "issue",
        "kind": "juminzei",
        "fiscal_year": 2026,
        "installment": 2,
        "notice_number": "2610200001",
        "payment_number": "2026010200011102",
        "confirmation_number": CONFIRMATION,
        "taxpayer_name": "港 太郎",
        "principal_yen": 152000,
        "due_date": "2026-08-31",
    }
    base.update(changes)
    return base


@pytest.fixture
def zeimu(make_department: Callable[..., Department]) -> Department:
    return make_department(code="sangyo-zeimu", name="税務課")


@pytest.fixture
def kokuho(make_department: Callable[..., Department]) -> Department:
    return make_department(code="hokenfukushi-kokuho-nenkin", name="国保年金課")


@pytest.fixture
def make_bill(zeimu: Department, kokuho: Department) -> Callable[..., TaxBill]:
    def make(**changes: Any) -> TaxBill:
        data = row(**changes)
        result = services.tax_bills_import(data=bills_csv(data), actor=None)
        assert not result.errors, result.errors
        return TaxBill.objects.get(payment_number=data["payment_number"])

    return make


@pytest.fixture
def overdue_bill(make_bill: Callable[..., TaxBill]) -> TaxBill:
    """152,000 yen due 31 August 2026: on 24 November 2026 it owes 2,400 yen of late fee."""
    return make_bill()


TODAY = date(2026, 11, 24)
