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
