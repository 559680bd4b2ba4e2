"""The daily report and reconciliation against the sandbox company's settlement file."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from madoguchi.applications.models import Application
from madoguchi.audit.models import AuditRecord
from madoguchi.payments import services
from madoguchi.payments.models import FeeSchedule, Payment, Timing
from madoguchi.payments.selectors import SettlementFileError, parse_settlement
from madoguchi.paysandbox import company
from madoguchi.procedures.models import Procedure

pytestmark = pytest.mark.django_db


@pytest.fixture
def paid_three(procedure: Procedure, make_application: Callable[..., Application]) -> list[Payment]:
    FeeSchedule.objects.create(
        procedure=procedure,
        rule={"kind": "fixed", "amount": 1000},
        timing=Timing.BEFORE_SUBMISSION,
        revenue_category="使用料及手数料／手数料",
    )
    paid = []
    for i in range(3):
        draft = make_application(submit=False, email=f"r{i}@example.jp")
        payment, _url = services.payment_start(application=draft, actor=None)
        company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
        paid.append(services.payment_return(payment=payment))
    return paid


def test_daily_report_totals(
    paid_three: list[Payment], department: Any, staff_client: Callable[..., Client]
) -> None:
    manager = staff_client("department_manager", department)
    page = manager.get("/ja/staff/payments/report/").content.decode()
    assert "3,000" in page and "使用料及手数料／手数料" in page and "sandbox:card" in page
    csv_body = manager.get("/ja/staff/payments/report/?format=csv").content.decode("utf-8-sig")
    assert "合計,3件,3000" in csv_body


def test_report_is_for_managers(department: Any, staff_client: Callable[..., Client]) -> None:
    assert (
        staff_client("counter_clerk", department).get("/ja/staff/payments/report/").status_code
        == 403
    )


def test_reconciliation_lists_every_kind_of_mismatch(
    paid_three: list[Payment], department: Any, staff_client: Callable[..., Client]
) -> None:
    # given the company's own settlement file for today
    manager = staff_client("department_manager", department)
    settlement = manager.get("/ja/sandbox-pay/settlement.csv").content.decode("utf-8-sig")
    lines = settlement.strip().splitlines()
    assert len(lines) == 4
    # when one payment is missing, one amount differs and one unknown charge is added
    first, second, third = (p.provider_payment_id for p in paid_three)
    planted = "\n".join(
        [lines[0], f"{second},900,x", f"{third},1000,x", "ch_sandbox_unknown,500,x"]
    ).encode("cp932")
    response = manager.post(
        "/ja/staff/payments/reconcile/",
        {"day": timezone.localdate().isoformat(), "file": SimpleUploadedFile("s.csv", planted)},
    )
    # then each difference is listed
    page = response.content.decode()
    assert response.status_code == 200
    assert first in page and second in page and "ch_sandbox_unknown" in page
    assert third not in page


def test_a_clean_settlement_matches(
    paid_three: list[Payment], department: Any, staff_client: Callable[..., Client]
) -> None:
    manager = staff_client("department_manager", department)
    settlement = manager.get("/ja/sandbox-pay/settlement.csv").content
    response = manager.post(
        "/ja/staff/payments/reconcile/",
        {"day": timezone.localdate().isoformat(), "file": SimpleUploadedFile("s.csv", settlement)},
    )
    assert "0件" in response.content.decode() or "0 differences" in response.content.decode()


@pytest.mark.parametrize(
    "body",
    [b"foo,bar\n1,2\n", b"charge,amount\nch_1,1.5\n", "charge,amount\n\xff".encode("latin-1")],
)
def test_bad_settlement_files_are_explained(body: bytes) -> None:
    with pytest.raises(SettlementFileError):
        parse_settlement(body)


def test_cashless_counter_share_is_live_and_editable(
    make_department: Callable[..., Any], staff_client: Callable[..., Client]
) -> None:
    from madoguchi.evaluation.live import live_value
    from madoguchi.payments.models import Counter
    from madoguchi.payments.selectors import cashless_counter_share

    # given three busy counters (one cash only), a quiet one and one unsuited to cashless
    department = make_department(code="kumin")
    for code, cases, accepts, unsuited in [
        ("a", 5000, ["credit_card", "cash"], ""),
        ("b", 1000, ["qr_code"], ""),
        ("c", 2000, ["cash"], ""),
        ("d", 999, ["cash"], ""),
        ("e", 9000, [], "相談のみ"),
    ]:
        Counter.objects.create(
            code=code,
            name=code,
            department=department,
            yearly_cases=cases,
            accepts=accepts,
            unsuited_reason=unsuited,
        )
    # then two of the three eligible counters count as cashless, live on the plan's page
    share = cashless_counter_share()
    assert (share.cashless, share.eligible, share.percent) == (2, 3, 66.7)
    assert live_value("payments.cashless_counter_share").value == 66.7  # type: ignore[union-attr]
    # when the manager records that counter c now takes transit IC cards
    manager = staff_client("department_manager", department)
    response = manager.post(
        "/ja/staff/payments/counters/?edit=c",
        {"yearly_cases": "2000", "accepts": ["transit_ic", "cash"], "unsuited_reason": ""},
    )
    # then every eligible counter is cashless
    assert response.status_code == 302
    assert cashless_counter_share().percent == 100.0
    assert AuditRecord.objects.filter(action="payment.counter_updated").count() == 1
