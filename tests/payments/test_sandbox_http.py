"""The sandbox company's webhooks over real HTTP to a live server, in each of its orders."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from madoguchi.applications.models import Application, Status
from madoguchi.payments import services
from madoguchi.payments.models import FeeSchedule, Payment, PaymentState, ProviderEvent, Timing
from madoguchi.paysandbox import company
from madoguchi.procedures.models import Procedure

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def paid_procedure(procedure: Procedure) -> Procedure:
    FeeSchedule.objects.create(
        procedure=procedure,
        rule={"kind": "fixed", "amount": 1000},
        timing=Timing.BEFORE_SUBMISSION,
        revenue_category="手数料",
    )
    return procedure


@pytest.mark.parametrize("behaviour", ["normal", "twice", "before_redirect"])
def test_webhooks_arrive_over_http_in_every_order(
    behaviour: str,
    paid_procedure: Procedure,
    make_application: Callable[..., Application],
    live_server: Any,
    settings: Any,
    wsgi_keeps_test_connection: None,
) -> None:
    # given the sandbox sending its webhooks to a live server in one of its orders
    settings.MADOGUCHI_PUBLIC_URL = live_server.url
    settings.MADOGUCHI_SANDBOX_WEBHOOKS = behaviour
    draft = make_application(submit=False)
    payment, _url = services.payment_start(application=draft, actor=None)
    # when the resident pays on the hosted page (the webhook task runs on commit)
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
    # then the webhook alone has recorded the payment and submitted the application, once
    payment.refresh_from_db()
    draft.refresh_from_db()
    assert payment.state == PaymentState.SUCCEEDED
    assert draft.status == Status.SUBMITTED
    event = ProviderEvent.objects.get()
    assert event.times_received == (2 if behaviour == "twice" else 1)
    # and the resident's return afterwards changes nothing
    assert services.payment_return(payment=payment).state == PaymentState.SUCCEEDED
    assert Payment.objects.count() == 1
    assert draft.history.filter(to_status=Status.SUBMITTED).count() == 1


def test_a_webhook_the_merchant_cannot_take_is_retried_then_given_up(
    paid_procedure: Procedure,
    make_application: Callable[..., Application],
    settings: Any,
) -> None:
    # given Madoguchi unreachable for the sandbox (nothing listens on port 9)
    settings.MADOGUCHI_PUBLIC_URL = "http://127.0.0.1:9"
    settings.MADOGUCHI_SANDBOX_WEBHOOKS = "normal"
    draft = make_application(submit=False)
    payment, _url = services.payment_start(application=draft, actor=None)
    # when the resident pays (the webhook task runs on commit, its retries right after it
    # because the test task backend cannot defer)
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
    # then the delivery was tried once plus once per retry delay, and then given up
    charge = company.charge_get(payment.provider_payment_id)
    assert charge.webhook_attempts == 1 + len(company.RETRY_DELAYS)
    payment.refresh_from_db()
    assert payment.state == PaymentState.PENDING
    assert not ProviderEvent.objects.exists()
    # and the resident's return still settles the payment by asking the company
    assert services.payment_return(payment=payment).state == PaymentState.SUCCEEDED


def test_a_retried_webhook_arrives_once_when_the_merchant_is_back(
    paid_procedure: Procedure,
    make_application: Callable[..., Application],
    live_server: Any,
    settings: Any,
    wsgi_keeps_test_connection: None,
) -> None:
    # given a payment whose webhook failed while Madoguchi was unreachable
    settings.MADOGUCHI_PUBLIC_URL = "http://127.0.0.1:9"
    settings.MADOGUCHI_SANDBOX_WEBHOOKS = "normal"
    draft = make_application(submit=False)
    payment, _url = services.payment_start(application=draft, actor=None)
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
    charge = company.charge_get(payment.provider_payment_id)
    # when Madoguchi is back and the queued retry runs
    charge.webhook_url = charge.webhook_url.replace("http://127.0.0.1:9", live_server.url)
    charge.save(update_fields=["webhook_url"])
    company.sandbox_webhook_task.enqueue(
        charge_id=charge.charge_id, event_type="charge.succeeded", event_id="evt_retry", attempt=2
    )
    # then the payment is recorded from it, once
    payment.refresh_from_db()
    assert payment.state == PaymentState.SUCCEEDED
    assert ProviderEvent.objects.get().times_received == 1
