"""Paying a fee in Chromium: a declined card, a retry with the extra authentication step, and
a QR code payment approved from a second device; axe on every page (the sandbox company's
hosted pages included)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from madoguchi.applications import services
from madoguchi.applications.models import Application, Status
from madoguchi.payments.models import FeeSchedule, Payment, PaymentState, Timing
from madoguchi.procedures.models import Procedure
from tests.application_fixtures import fill
from tests.browser.conftest import axe_check

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def ready_to_pay(procedure: Procedure, settings: Any, site: Any) -> str:
    """A guest's answered application for a 300-yen-per-item procedure; returns its link."""
    settings.MADOGUCHI_SANDBOX_WEBHOOKS = "before_redirect"
    FeeSchedule.objects.create(
        procedure=procedure,
        rule={
            "kind": "rule",
            "lines": [
                {
                    "group": "items",
                    "price_by": "name",
                    "prices": {},
                    "default": 300,
                    "quantity": "count",
                    "label": {"ja": "収集手数料", "en": "Collection fee"},
                }
            ],
        },
        timing=Timing.BEFORE_SUBMISSION,
        revenue_category="使用料及手数料／手数料／清掃手数料",
    )
    application, token = services.application_start(
        procedure=procedure, applicant=None, guest_email="pay@example.jp"
    )
    Application.objects.filter(pk=application.pk).update(email_verified=True)
    application.refresh_from_db()
    fill(application)
    return f"{site.url}/ja/applications/link/{token}/"


def declare_and_go_to_payment(page: Page, link: str) -> None:
    page.goto(link)
    axe_check(page)
    expect(page.locator("main")).to_contain_text("300円")
    page.get_by_label("入力した内容は事実に相違なく").check()
    page.locator("main form.form button[type=submit]").click()
    axe_check(page)
    expect(page.locator("main")).to_contain_text("300")


def test_declined_card_then_authenticated_card(page: Page, ready_to_pay: str) -> None:
    # given a resident at the payment page
    declare_and_go_to_payment(page, ready_to_pay)
    # when the first card is declined on the sandbox checkout
    page.locator("main form button[type=submit]").first.click()
    axe_check(page)
    expect(page.locator(".notification--warning").first).to_contain_text("SANDBOX")
    page.locator("#card-number").fill("4000 0000 0000 0002")
    page.locator("main form.form button[type=submit]").click()
    axe_check(page)
    # then they are back, told nothing was charged, and can pay again
    assert Application.objects.get().status == Status.DRAFT
    page.locator("main form button[type=submit]").first.click()
    axe_check(page)
    page.locator("#card-number").fill("4000 0027 6000 3184")
    page.locator("main form.form button[type=submit]").click()
    axe_check(page)
    page.locator("button[value=approve]").click()
    axe_check(page)
    # and the application is received, paid once
    expect(page.locator(".reference")).to_be_visible()
    application = Application.objects.get()
    assert application.status == Status.SUBMITTED
    assert list(Payment.objects.order_by("pk").values_list("state", flat=True)) == [
        PaymentState.FAILED,
        PaymentState.SUCCEEDED,
    ]


def test_qr_code_payment_approved_on_another_device(
    make_page: Callable[..., Page], ready_to_pay: str
) -> None:
    # given a resident without JavaScript at the sandbox's QR code page
    page = make_page(javascript=False)
    declare_and_go_to_payment(page, ready_to_pay)
    page.locator("main form button[type=submit]").first.click()
    axe_check(page)
    page.get_by_role("link", name="QRコード").first.click()
    axe_check(page)
    scan_url = page.locator("main a[href*='/sandbox-pay/wallet/']").get_attribute("href")
    assert scan_url
    # when the wallet "scans" it on a phone and approves
    phone = make_page()
    phone.goto(scan_url)
    axe_check(phone)
    phone.locator("main form button[type=submit]").click()
    axe_check(phone)
    # then continuing on the first device lands on the receipt
    page.locator("main a.button").click()
    axe_check(page)
    expect(page.locator(".reference")).to_be_visible()
    assert Application.objects.get().status == Status.SUBMITTED
    assert Payment.objects.get().method == "qr"


def test_manager_sees_the_payment_refunds_and_reconciles(
    page: Page, ready_to_pay: str, site: Any, make_staff: Callable[..., Any], tmp_path: Any
) -> None:
    from madoguchi.payments import services as payment_services
    from madoguchi.paysandbox import company
    from tests.browser.conftest import staff_login

    # given a paid application
    application = Application.objects.get()
    payment, _url = payment_services.payment_start(application=application, actor=None)
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
    payment = payment_services.payment_return(payment=payment)
    application.refresh_from_db()
    manager = make_staff("department_manager", application.department)
    staff_login(page, site, manager.email)
    # when the manager opens the case, refunds 100 yen with a reason
    page.goto(f"{site.url}/ja/staff/cases/{application.reference}/")
    axe_check(page)
    page.locator('[name="r-amount_yen"]').fill("100")
    page.locator('[name="r-reason"]').fill("通数の訂正")
    page.get_by_role("button", name="返金する").click()
    axe_check(page)
    # then the report shows the day's fee, and the settlement reconciles
    page.goto(f"{site.url}/ja/staff/payments/report/")
    axe_check(page)
    expect(page.locator("main")).to_contain_text("300")
    page.goto(f"{site.url}/ja/staff/payments/reconcile/")
    axe_check(page)
    settlement = tmp_path / "settlement.csv"
    settlement.write_text("charge,amount\nch_sandbox_planted,500\n", encoding="utf-8")
    page.locator('[name="day"]').fill(str(payment.succeeded_at.astimezone().date()))
    page.locator('[name="file"]').set_input_files(str(settlement))
    page.get_by_role("button", name="突合する").click()
    axe_check(page)
    expect(page.locator("main")).to_contain_text("ch_sandbox_planted")
    expect(page.locator("main")).to_contain_text(payment.provider_payment_id)
