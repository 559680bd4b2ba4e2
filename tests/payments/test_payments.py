"""Payments end to end: every order of redirect and webhook, duplicates, expiry, tampering,
bad signatures, declines and retries, double payment, the counter, and the health check."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone

from madoguchi.applications import services as application_services
from madoguchi.applications.delivery_formats import sign
from madoguchi.applications.models import Application, Status
from madoguchi.audit.models import AuditRecord
from madoguchi.payments import services
from madoguchi.payments.models import (
    FeeSchedule,
    Payment,
    PaymentState,
    ProviderEvent,
    Refund,
    Timing,
)
from madoguchi.paysandbox import company
from madoguchi.paysandbox.models import SandboxCharge
from madoguchi.procedures.models import Procedure
from tests.application_fixtures import fill

pytestmark = pytest.mark.django_db

WEBHOOK = "/payments/webhooks/sandbox/"


@pytest.fixture
def fee(procedure: Procedure) -> FeeSchedule:
    """300 yen per item counted in the test form, paid before submission."""
    return FeeSchedule.objects.create(
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
                }
            ],
        },
        timing=Timing.BEFORE_SUBMISSION,
        revenue_category="使用料及手数料／手数料",
    )


@pytest.fixture
def draft(make_application: Callable[..., Application], fee: FeeSchedule) -> Application:
    return make_application(submit=False)


def webhook_for(charge_id: str, event_id: str = "evt_1", *, secret: str | None = None) -> Any:
    charge = company.charge_get(charge_id)
    body = company.event_body(charge, "charge.succeeded", event_id)
    header = sign(body, secret or company.webhook_secret(), int(time.time()))
    return Client().post(
        WEBHOOK, body, content_type="application/json", HTTP_X_SANDBOX_SIGNATURE=header
    )


def start(draft: Application) -> Payment:
    payment, url = services.payment_start(application=draft, actor=None)
    assert url.startswith("/ja/sandbox-pay/checkout/") or "sandbox-pay" in url
    return payment


def test_amount_is_the_servers_quote(draft: Application) -> None:
    payment = start(draft)
    assert payment.amount_yen == 300  # one sofa × 1 in the test answers
    assert payment.state == PaymentState.PENDING
    charge = company.charge_get(payment.provider_payment_id)
    assert charge.amount_yen == 300


def test_return_first_then_webhook_then_the_same_webhook_again(draft: Application) -> None:
    # given a payment made on the hosted page
    payment = start(draft)
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
    # when the resident returns before any webhook
    returned = services.payment_return(payment=payment)
    # then the provider is asked and the application is submitted
    draft.refresh_from_db()
    assert returned.state == PaymentState.SUCCEEDED
    assert draft.status == Status.SUBMITTED and draft.reference
    # when the webhook arrives, then again (a duplicate delivery)
    first = webhook_for(payment.provider_payment_id, "evt_a")
    second = webhook_for(payment.provider_payment_id, "evt_a")
    # then nothing changes and the event is stored once, counted twice
    assert first.json()["result"] == "applied" and second.json()["result"] == "duplicate"
    assert ProviderEvent.objects.get().times_received == 2
    assert Payment.objects.get().history.count() == 2  # created→pending→succeeded
    assert draft.history.filter(to_status=Status.SUBMITTED).count() == 1


def test_webhook_before_the_redirect(draft: Application) -> None:
    payment = start(draft)
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
    assert webhook_for(payment.provider_payment_id).json()["result"] == "applied"
    draft.refresh_from_db()
    assert draft.status == Status.SUBMITTED
    again = services.payment_return(payment=Payment.objects.get())
    assert again.state == PaymentState.SUCCEEDED
    assert draft.history.filter(to_status=Status.SUBMITTED).count() == 1


def test_webhook_delayed_past_expiry_still_records_the_payment(draft: Application) -> None:
    # given a page left open, paid at the provider only after our page expired
    payment = start(draft)
    Payment.objects.filter(pk=payment.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    services.payments_expire()
    payment.refresh_from_db()
    assert payment.state == PaymentState.EXPIRED
    SandboxCharge.objects.filter(charge_id=payment.provider_payment_id).update(state="open")
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
    # when the late webhook comes
    assert webhook_for(payment.provider_payment_id).json()["result"] == "applied"
    # then the money is recorded and the application submitted
    payment.refresh_from_db()
    draft.refresh_from_db()
    assert payment.state == PaymentState.SUCCEEDED
    assert draft.status == Status.SUBMITTED


def test_expiry_asks_the_provider_first(draft: Application) -> None:
    payment = start(draft)
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
    Payment.objects.filter(pk=payment.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    services.payments_expire()
    payment.refresh_from_db()
    assert payment.state == PaymentState.SUCCEEDED


def test_a_signature_that_does_not_verify_is_rejected_and_logged(draft: Application) -> None:
    payment = start(draft)
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
    response = webhook_for(payment.provider_payment_id, secret="not-the-secret")
    assert response.status_code == 400
    payment.refresh_from_db()
    assert payment.state == PaymentState.PENDING
    assert not ProviderEvent.objects.exists()
    assert AuditRecord.objects.filter(action="payment.webhook_rejected").count() == 1


def test_a_reported_amount_that_differs_is_not_accepted(draft: Application) -> None:
    payment = start(draft)
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
    SandboxCharge.objects.filter(charge_id=payment.provider_payment_id).update(amount_yen=1)
    assert webhook_for(payment.provider_payment_id).json()["result"] == "amount_mismatch"
    payment.refresh_from_db()
    assert payment.state == PaymentState.PENDING
    assert AuditRecord.objects.filter(action="payment.amount_mismatch").exists()


def test_the_browser_cannot_change_the_amount(
    client: Client, procedure: Procedure, fee: FeeSchedule, read_mail: Any
) -> None:
    # given a guest at the check page of a paid procedure
    client.post(f"/ja/procedures/{procedure.code}/apply/", {"email": "pay@example.jp"})
    application = Application.objects.get()
    Application.objects.filter(pk=application.pk).update(email_verified=True)
    application.refresh_from_db()
    fill(application)
    # when they declare, then post the payment form with a made-up amount
    declared = client.post(
        f"/ja/applications/{application.public_id}/check/", {"declaration": "on"}
    )
    assert declared["Location"] == f"/ja/applications/{application.public_id}/pay/"
    page = client.get(declared["Location"]).content.decode()
    assert "300" in page
    started = client.post(declared["Location"], {"amount": "1", "amount_yen": "1"})
    # then the charge is for the server's amount
    assert started.status_code == 302
    assert SandboxCharge.objects.get().amount_yen == 300


def test_declined_then_retried_without_starting_over(draft: Application) -> None:
    first = start(draft)
    company.card_pay(charge_id=first.provider_payment_id, number=company.CARD_DECLINED)
    assert services.payment_return(payment=first).state == PaymentState.FAILED
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
    second = start(draft)
    assert second.pk != first.pk
    company.card_pay(charge_id=second.provider_payment_id, number=company.CARD_NEEDS_AUTHENTICATION)
    company.card_authenticate(charge_id=second.provider_payment_id, approve=True)
    assert services.payment_return(payment=second).state == PaymentState.SUCCEEDED
    draft.refresh_from_db()
    assert draft.status == Status.SUBMITTED


def test_starting_twice_reuses_the_open_payment(draft: Application) -> None:
    first = start(draft)
    second = start(draft)
    assert first.pk == second.pk
    assert SandboxCharge.objects.count() == 1


def test_two_payments_that_both_succeed_are_never_both_kept(draft: Application) -> None:
    # given two charges paid at the provider for one application (two tabs, an old page)
    first = start(draft)
    Payment.objects.filter(pk=first.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    second = start(draft)
    assert first.pk != second.pk
    company.card_pay(charge_id=first.provider_payment_id, number=company.CARD_SUCCEEDS)
    company.card_pay(charge_id=second.provider_payment_id, number=company.CARD_SUCCEEDS)
    # when both are confirmed
    services.payment_return(payment=second)
    services.payment_return(payment=Payment.objects.get(pk=first.pk))
    # then one is kept and the other refunded at the provider
    states = sorted(Payment.objects.values_list("state", flat=True))
    assert states == [PaymentState.REFUNDED, PaymentState.SUCCEEDED]
    refunded = Payment.objects.get(state=PaymentState.REFUNDED)
    assert company.charge_get(refunded.provider_payment_id).state == SandboxCharge.State.REFUNDED
    assert AuditRecord.objects.filter(action="payment.duplicate_refunded").count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_starts_make_one_payment(draft: Application) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers itself; the race is tested on PostgreSQL in CI")
    barrier = threading.Barrier(6)
    ids: list[int] = []

    def go() -> None:
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            payment, _url = services.payment_start(application=draft, actor=None)
            ids.append(payment.pk)
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=go) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(ids)) == 1 and len(ids) == 6
    assert SandboxCharge.objects.count() == 1


def test_counter_clerk_records_a_qr_payment(
    procedure: Procedure,
    fee: FeeSchedule,
    make_application: Callable[..., Application],
    make_staff: Callable[..., Any],
    department: Any,
) -> None:
    FeeSchedule.objects.filter(pk=fee.pk).update(timing=Timing.AFTER_APPROVAL)
    application = make_application()
    clerk = make_staff("counter_clerk", department)
    with pytest.raises(services.PaymentRefused):
        services.counter_payment_record(
            application=application,
            method="qr_code",
            terminal_transaction_id=" ",
            counter="shiba-1",
            actor=clerk,
        )
    payment = services.counter_payment_record(
        application=application,
        method="qr_code",
        terminal_transaction_id="PAYPAY-0001",
        counter="shiba-1",
        actor=clerk,
    )
    assert payment.state == PaymentState.SUCCEEDED and payment.amount_yen == 300
    with pytest.raises(services.PaymentRefused):
        services.counter_payment_record(
            application=application,
            method="cash",
            terminal_transaction_id="",
            counter="shiba-1",
            actor=clerk,
        )


def test_after_approval_fee_is_offered_on_the_status_page(
    procedure: Procedure,
    fee: FeeSchedule,
    make_application: Callable[..., Application],
    make_staff: Callable[..., Any],
    department: Any,
    client: Client,
) -> None:
    FeeSchedule.objects.filter(pk=fee.pk).update(timing=Timing.AFTER_APPROVAL)
    application = make_application()
    officer = make_staff("department_officer", department)
    for target in ("in_review", "approved"):
        application = application_services.application_transition(
            application=application, target=target, actor=officer
        )
    session = client.session
    session["madoguchi_applications"] = [str(application.public_id)]
    session.save()
    page = client.get(f"/ja/applications/{application.public_id}/").content.decode()
    assert f"/ja/applications/{application.public_id}/pay/" in page


def test_payments_check_command() -> None:
    call_command("payments", "check")


def test_retention_keeps_a_draft_that_has_a_payment_record(draft: Application) -> None:
    # given an abandoned draft whose payment failed (a record accounting keeps)
    payment = start(draft)
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_DECLINED)
    services.payment_return(payment=payment)
    Application.objects.filter(pk=draft.pk).update(
        retain_until=timezone.localdate() - timedelta(days=1)
    )
    # when retention runs
    purged = application_services.drafts_purge()
    # then nothing is purged and nothing breaks
    assert purged == 0
    assert Application.objects.filter(pk=draft.pk).exists()


def _paid(draft: Application) -> Payment:
    payment = start(draft)
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
    return services.payment_return(payment=payment)


@pytest.mark.parametrize("amount", [0, -1, 301])
def test_refund_bounds(
    draft: Application, make_staff: Callable[..., Any], department: Any, amount: int
) -> None:
    payment = _paid(draft)
    officer = make_staff("department_officer", department)
    with pytest.raises(services.PaymentRefused) as refused:
        services.payment_refund(payment=payment, amount_yen=amount, reason="誤り", actor=officer)
    assert refused.value.code == "refund_out_of_bounds"
    payment.refresh_from_db()
    assert payment.refunded_yen == 0 and payment.state == PaymentState.SUCCEEDED


def test_partial_then_full_refund_on_the_case_page(
    draft: Application,
    department: Any,
    staff_client: Callable[..., Client],
) -> None:
    # given a paid and submitted application
    payment = _paid(draft)
    draft.refresh_from_db()
    client = staff_client("department_officer", department)
    url = f"/ja/staff/cases/{draft.reference}/payments/{payment.pk}/refund/"
    page = client.get(f"/ja/staff/cases/{draft.reference}/").content.decode()
    assert "300" in page and payment.provider_payment_id in page
    # when staff refund 100 yen, then the rest, each with a reason
    client.post(url, {"r-amount_yen": "100", "r-reason": "通数の誤り"})
    client.post(url, {"r-amount_yen": "200", "r-reason": "申請取下げ"})
    # then the provider and Madoguchi agree, and both refunds are audited with their reason
    payment.refresh_from_db()
    assert payment.state == PaymentState.REFUNDED and payment.refunded_yen == 300
    assert company.charge_get(payment.provider_payment_id).refunded_yen == 300
    reasons = [r.data["reason"] for r in AuditRecord.objects.filter(action="payment.refunded")]
    assert reasons == ["通数の誤り", "申請取下げ"]
    # and a further refund is refused without change
    client.post(url, {"r-amount_yen": "1", "r-reason": "x"})
    payment.refresh_from_db()
    assert payment.refunded_yen == 300


def test_a_clerk_cannot_refund(
    draft: Application, department: Any, staff_client: Callable[..., Client]
) -> None:
    payment = _paid(draft)
    draft.refresh_from_db()
    clerk = staff_client("counter_clerk", department)
    response = clerk.post(
        f"/ja/staff/cases/{draft.reference}/payments/{payment.pk}/refund/",
        {"r-amount_yen": "300", "r-reason": "x"},
    )
    assert response.status_code == 403
    payment.refresh_from_db()
    assert payment.refunded_yen == 0


def test_clerk_records_a_counter_payment_on_the_case_page(
    procedure: Procedure,
    fee: FeeSchedule,
    make_application: Callable[..., Application],
    department: Any,
    staff_client: Callable[..., Client],
) -> None:
    FeeSchedule.objects.filter(pk=fee.pk).update(timing=Timing.AFTER_APPROVAL)
    application = make_application()
    clerk = staff_client("counter_clerk", department)
    response = clerk.post(
        f"/ja/staff/cases/{application.reference}/payments/counter/",
        {"c-method": "qr_code", "c-transaction_id": "PAYPAY-123", "c-counter": "芝 1番"},
    )
    assert response.status_code == 302
    payment = Payment.objects.get()
    assert (payment.provider, payment.method, payment.counter) == ("counter", "qr_code", "芝 1番")
    assert payment.state == PaymentState.SUCCEEDED


def test_receipt_pdf_is_japanese_text_with_the_amount(draft: Application, client: Client) -> None:
    import io

    from pypdf import PdfReader

    from madoguchi.payments.receipts import receipt_font

    # given a paid and submitted application, opened in the resident's browser
    payment = start(draft)
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
    payment = services.payment_return(payment=payment)
    draft.refresh_from_db()
    session = client.session
    session["madoguchi_applications"] = [str(draft.public_id)]
    session.save()
    detail = client.get(f"/ja/applications/{draft.public_id}/").content.decode()
    url = f"/ja/applications/{draft.public_id}/payments/{payment.public_id}/receipt.pdf"
    assert url in detail
    # when they download the receipt
    response = client.get(url)
    # then it is a PDF whose text reads as a Japanese receipt for the amount paid
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = reader.pages[0].extract_text()
    assert "領" in text and "収" in text and "¥300-" in text
    assert (draft.reference or "") in text and "テスト環境" in text
    fonts = [ref.get_object() for ref in reader.pages[0]["/Resources"]["/Font"].values()]
    base_fonts = [str(font["/BaseFont"]) for font in fonts]
    assert any(receipt_font() in name for name in base_fonts), base_fonts


def test_nobody_else_can_download_a_receipt(draft: Application) -> None:
    payment = start(draft)
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
    services.payment_return(payment=payment)
    url = f"/ja/applications/{draft.public_id}/payments/{payment.public_id}/receipt.pdf"
    assert Client().get(url).status_code == 404


def test_with_a_counter_registry_the_counter_is_chosen_from_it(
    fee: FeeSchedule,
    make_application: Callable[..., Application],
    make_staff: Callable[..., Any],
    department: Any,
) -> None:
    # given a registry with a counter that takes QR codes but not cash
    from madoguchi.payments.models import Counter

    FeeSchedule.objects.filter(pk=fee.pk).update(timing=Timing.AFTER_APPROVAL)
    Counter.objects.create(
        code="shiba-madoguchi",
        name="芝地区総合支所 区民課窓口サービス係",
        department=department,
        yearly_cases=152000,
        accepts=["qr_code", "credit_card"],
    )
    application = make_application()
    clerk = make_staff("counter_clerk", department)

    def record(counter: str, method: str, transaction_id: str = "T-1") -> Any:
        return services.counter_payment_record(
            application=application,
            method=method,
            terminal_transaction_id=transaction_id,
            counter=counter,
            actor=clerk,
        )

    # when a clerk names an unknown counter, or a method this counter does not take
    with pytest.raises(services.PaymentRefused) as unknown:
        record("somewhere", "qr_code")
    with pytest.raises(services.PaymentRefused) as not_taken:
        record("shiba-madoguchi", "cash", "")
    # then both are refused, and a registered counter with its method is recorded by name
    assert unknown.value.code == "unknown_counter"
    assert not_taken.value.code == "method_not_accepted"
    payment = record("shiba-madoguchi", "qr_code")
    assert payment.counter == "芝地区総合支所 区民課窓口サービス係"


def test_the_counter_form_offers_the_registry(department: Any) -> None:
    from madoguchi.payments.models import Counter
    from madoguchi.payments.staff_views import CounterPaymentForm

    assert not hasattr(CounterPaymentForm().fields["counter"], "choices")
    Counter.objects.create(code="c1", name="窓口1", department=department, location="1階")
    field = CounterPaymentForm().fields["counter"]
    assert list(field.choices) == [("c1", "窓口1（1階）")]  # type: ignore[attr-defined]


def test_each_refund_has_its_own_credit_note(
    draft: Application,
    department: Any,
    make_staff: Callable[..., Any],
    client: Client,
) -> None:
    import io

    from pypdf import PdfReader

    # given a paid application refunded twice by an officer
    payment = _paid(draft)
    draft.refresh_from_db()
    officer = make_staff("department_officer", department)
    services.payment_refund(payment=payment, amount_yen=100, reason="通数の誤り", actor=officer)
    services.payment_refund(payment=payment, amount_yen=200, reason="申請取下げ", actor=officer)
    refunds = list(Refund.objects.filter(payment=payment))
    assert [(r.amount_yen, r.kind) for r in refunds] == [(100, "staff"), (200, "staff")]
    # when the resident opens their application and the second credit note
    session = client.session
    session["madoguchi_applications"] = [str(draft.public_id)]
    session.save()
    detail = client.get(f"/ja/applications/{draft.public_id}/").content.decode()
    url = f"/ja/applications/{draft.public_id}/refunds/{refunds[1].public_id}/note.pdf"
    assert url in detail
    response = client.get(url)
    # then it is a Japanese credit note for that refund alone, with its reason
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "返" in text and "¥200-" in text and "申請取下げ" in text
    assert "¥100-" not in text
    # and nobody else can download it
    assert Client().get(url).status_code == 404


def test_a_duplicate_payment_refunded_automatically_gets_a_credit_note(
    draft: Application,
) -> None:
    first = start(draft)
    Payment.objects.filter(pk=first.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    second = start(draft)
    company.card_pay(charge_id=first.provider_payment_id, number=company.CARD_SUCCEEDS)
    company.card_pay(charge_id=second.provider_payment_id, number=company.CARD_SUCCEEDS)
    services.payment_return(payment=second)
    services.payment_return(payment=Payment.objects.get(pk=first.pk))
    refund = Refund.objects.get()
    assert refund.kind == Refund.Kind.DUPLICATE and refund.amount_yen == 300
