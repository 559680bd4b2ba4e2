"""The counter terminal provider: a clerk records a payment taken on the counter's own card,
e-money, 交通系IC or QR terminal (or cash where the counter still takes it), with the
terminal's transaction id. No money flows through Madoguchi; the terminal's company settles
it, and reconciliation compares the two."""

from __future__ import annotations

from django.http import HttpRequest

from madoguchi.payments.providers.base import (
    PaymentProvider,
    ProviderError,
    ProviderEventData,
    ProviderStatus,
    StartedPayment,
    payment_provider,
)

METHODS = ("credit_card", "e_money", "transit_ic", "qr_code", "cash")


@payment_provider("counter")
class CounterTerminal(PaymentProvider):
    label = "Counter terminal (recorded by staff)"
    online = False

    def start(
        self, *, payment_id: str, amount_yen: int, description: str, return_url: str
    ) -> StartedPayment:
        raise ProviderError("counter payments are recorded, not started online")

    def status(self, *, provider_payment_id: str) -> ProviderStatus:
        raise ProviderError("the terminal is not queried; the clerk's record is the status")

    def parse_webhook(self, request: HttpRequest) -> ProviderEventData:
        raise ProviderError("terminals send no webhooks")

    def refund(self, *, provider_payment_id: str, amount_yen: int) -> ProviderStatus:
        # A counter refund is made on the terminal by the clerk, then recorded here.
        return ProviderStatus(provider_payment_id, "refunded", amount_yen)
