"""Paying taxes in Chromium: a resident without JavaScript pays an overdue bill with its late
fee from the numbers on the slip and downloads the receipt; a tax clerk records a QR code
payment of another bill at the counter. axe on every page, the sandbox's included."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from madoguchi.accounts.models import Department, StaffRole
from madoguchi.payments.models import Payment, PaymentState
from madoguchi.taxes import selectors
from madoguchi.taxes.models import BillState, LateFeeRate, TaxBill
from tests.browser.conftest import axe_check, staff_login
from tests.taxes.conftest import CONFIRMATION, bills_csv, row

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def bills(make_department: Callable[..., Department], settings: Any) -> list[TaxBill]:
    """Two bills of this year: one 85 days overdue (late fee due), one due in a week."""
    from madoguchi.taxes.services import tax_bills_import

    settings.MADOGUCHI_SANDBOX_WEBHOOKS = "before_redirect"
    make_department(code="sangyo-zeimu", name="税務課")
    make_department(code="hokenfukushi-kokuho-nenkin", name="国保年金課")
    today = timezone.localdate()
    for year in (today.year - 1, today.year):  # in case the run is in a year not seeded yet
        LateFeeRate.objects.get_or_create(year=year, defaults={"first_month": 280, "later": 910})
    data = bills_csv(
        row(due_date=(today - timedelta(days=85)).isoformat()),
        row(
            kind="keijidosha",
            installment=0,
            notice_number="2620000001",
            payment_number="2026020000011200",
            principal_yen=10800,
            due_date=(today + timedelta(days=7)).isoformat(),
        ),
    )
    assert not tax_bills_import(data=data, actor=None).errors
    return list(TaxBill.objects.order_by("pk"))


def test_a_resident_pays_an_overdue_bill_without_javascript(
    nojs_page: Page, site: Any, bills: list[TaxBill]
) -> None:
    page = nojs_page
    overdue = bills[0]
    due = selectors.amount_due(bill=overdue)
    assert due.late_fee_yen > 0
    # given the payment slip's numbers, typed with spaces as printed
    page.goto(f"{site.url}/ja/taxes/")
    axe_check(page)
    page.get_by_label("納付番号").fill("2026 0102 0001 1102")
    page.get_by_label("確認番号").fill("000000")
    page.locator("main form.form button[type=submit]").click()
    axe_check(page)
    # a wrong confirmation number is refused with one clear message, the typing kept
    expect(page.locator(".error-summary")).to_contain_text("納付書が見つかりません")
    page.get_by_label("確認番号").fill(CONFIRMATION)
    page.locator("main form.form button[type=submit]").click()
    axe_check(page)
    # then the bill shows the tax, today's late fee and the total
    main = page.locator("main")
    expect(main).to_contain_text(f"{due.late_fee_yen:,}円")
    expect(main).to_contain_text(f"{due.total_yen:,}円")
    page.locator("details summary").click()
    expect(page.locator("details")).to_contain_text("%")
    # when they pay by card on the sandbox company's page
    page.get_by_role("button", name=f"{due.total_yen:,}円を支払う").click()
    axe_check(page)
    expect(page.locator(".notification--warning").first).to_contain_text("SANDBOX")
    page.locator("#card-number").fill("4242 4242 4242 4242")
    page.locator("main form.form button[type=submit]").click()
    axe_check(page)
    # then they are back on the bill, paid, with the receipt to download
    expect(page.locator("main")).to_contain_text("お支払いを受け付けました")
    with page.expect_download() as download:
        page.get_by_role("link", name="領収書をダウンロード").click()
    text = PdfReader(io.BytesIO(download.value.path().read_bytes())).pages[0].extract_text()
    assert f"¥{due.total_yen:,}-" in text and "延滞金" in text
    overdue.refresh_from_db()
    assert overdue.state == BillState.PAID
    payment = Payment.objects.get(tax_bill=overdue)
    assert (payment.state, payment.amount_yen, payment.late_fee_yen) == (
        PaymentState.SUCCEEDED,
        due.total_yen,
        due.late_fee_yen,
    )


def test_a_tax_clerk_records_a_qr_payment_at_the_counter(
    page: Page, site: Any, bills: list[TaxBill], make_staff: Callable[..., Any]
) -> None:
    # given a clerk of the tax division, logged in with two factors
    clerk = make_staff(StaffRole.COUNTER_CLERK, Department.objects.get(code="sangyo-zeimu"))
    staff_login(page, site, clerk.email)
    page.goto(f"{site.url}/ja/staff/taxes/")
    axe_check(page)
    # when they open the light vehicle tax bill and record a PayPay payment
    page.get_by_role("link", name="2026-0200-0001-1200").click()
    axe_check(page)
    page.get_by_label("支払方法").select_option("qr_code")
    page.get_by_label("端末の取引番号").fill("PAYPAY-TEST-1")
    page.locator('[name="c-counter"]').fill("税務課 税証明窓口")
    page.get_by_role("button", name="支払いを記録する").click()
    axe_check(page)
    # then the bill is paid, once, for the tax alone (not yet due: no late fee)
    expect(page.locator("main")).to_contain_text("10,800円")
    bill = bills[1]
    bill.refresh_from_db()
    assert bill.state == BillState.PAID
    payment = Payment.objects.get(tax_bill=bill)
    assert (payment.amount_yen, payment.late_fee_yen, payment.method) == (10_800, 0, "qr_code")
