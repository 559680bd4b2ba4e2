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


def test_resident_pays_600_yen_for_two_certificates_and_gets_the_receipt(
    page: Page, site: Any, settings: Any
) -> None:
    from madoguchi.core.demo import demo_load_all
    from tests.browser.conftest import demo_login

    # given the demo city, and its identity-checked resident logged in
    settings.MADOGUCHI_SANDBOX_WEBHOOKS = "twice"
    demo_load_all()
    demo_login(page, site, "resident@demo.madoguchi.jp", totp=False)
    page.goto(f"{site.url}/ja/procedures/juminhyo-copy/")
    axe_check(page)
    page.get_by_role("link", name="オンラインで申請する").click()
    axe_check(page)
    page.get_by_role("button", name="申請を始める").click()
    axe_check(page)
    # when they ask for two copies
    page.get_by_label("氏名").first.fill("港 花子")
    page.get_by_label("フリガナ").fill("ミナト ハナコ")
    page.get_by_label("生年月日").fill("平成2年4月1日")
    page.locator('[name="address.current__postal_code"]').fill("105-8511")
    page.locator('[name="address.current__prefecture"]').select_option("東京都")
    page.locator('[name="address.current__city"]').fill("港区")
    page.locator('[name="address.current__town"]').fill("芝公園一丁目")
    page.locator('[name="address.current__block"]').fill("5-25")
    page.get_by_label("電話番号").fill("03-3578-2111")
    page.get_by_role("button", name="保存して次へ進む").click()
    axe_check(page)
    page.get_by_label("必要な通数").fill("2")
    page.get_by_label("就職・勤務先への提出").check()
    page.get_by_role("button", name="保存して次へ進む").click()
    axe_check(page)
    page.get_by_label("住民登録の住所へ郵送").check()
    page.get_by_role("button", name="保存して次へ進む").click()
    axe_check(page)
    # then the check page says 600 yen is due, and they pay it in the sandbox
    expect(page.locator("main")).to_contain_text("600円")
    page.get_by_label("入力した内容は事実に相違なく").check()
    page.locator("main form.form button[type=submit]").click()
    axe_check(page)
    page.locator("main form button[type=submit]").first.click()
    axe_check(page)
    page.locator("#card-number").fill("4242 4242 4242 4242")
    page.locator("main form.form button[type=submit]").click()
    axe_check(page)
    expect(page.locator(".reference")).to_be_visible()
    # and the receipt is a PDF for 600 yen
    with page.expect_download() as download:
        page.get_by_role("link", name="領収書をダウンロードする（PDF）").click()
    pdf = download.value.path().read_bytes()
    assert pdf.startswith(b"%PDF")
    reference = page.locator(".reference").inner_text().strip()
    application = Application.objects.get(reference=reference)
    payment = Payment.objects.get(application=application)
    assert payment.amount_yen == 600 and payment.state == PaymentState.SUCCEEDED


def test_counter_clerk_records_a_qr_code_payment(
    page: Page, site: Any, procedure: Procedure, make_staff: Callable[..., Any]
) -> None:
    from madoguchi.payments.models import FeeSchedule as Schedule
    from tests.browser.conftest import staff_login

    # given an application whose fee is paid at the counter after approval
    Schedule.objects.create(
        procedure=procedure,
        rule={"kind": "fixed", "amount": 300},
        timing=Timing.AFTER_APPROVAL,
        revenue_category="使用料及手数料／手数料",
    )
    application, _token = services.application_start(
        procedure=procedure, applicant=None, guest_email="counter@example.jp"
    )
    Application.objects.filter(pk=application.pk).update(email_verified=True)
    application.refresh_from_db()
    fill(application)
    application = services.application_submit(application=application, actor=None)
    clerk = make_staff("counter_clerk", application.department)
    staff_login(page, site, clerk.email)
    # when the clerk records the QR code payment taken on the counter's terminal
    page.goto(f"{site.url}/ja/staff/cases/{application.reference}/")
    axe_check(page)
    page.locator('[name="c-method"]').select_option("qr_code")
    page.locator('[name="c-transaction_id"]').fill("PAYPAY-20261124-0001")
    page.locator('[name="c-counter"]').fill("芝地区総合支所 区民課窓口サービス係")
    page.get_by_role("button", name="支払いを記録する").click()
    axe_check(page)
    # then the case shows it paid
    expect(page.locator("main")).to_contain_text("PAYPAY-20261124-0001")
    payment = Payment.objects.get()
    assert (payment.method, payment.state) == ("qr_code", PaymentState.SUCCEEDED)
