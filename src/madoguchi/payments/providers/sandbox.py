"""Madoguchi's side of the sandbox payment company (SANDBOX: no money moves).

The company's API is called in-process (``madoguchi.paysandbox.company``) where a real
provider would be called over HTTPS; everything the resident sees (hosted checkout, the
redirect back) and every webhook (a signed HTTP POST from a background task) goes over HTTP
exactly as with a real company. Replacing this module with a real company's client is the
whole of a production integration.
"""

from __future__ import annotations

import json
import time

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse

from madoguchi.applications.delivery_formats import verify
from madoguchi.payments.providers.base import (
    PaymentProvider,
    ProviderError,
    ProviderEventData,
    ProviderStatus,
    SignatureInvalid,
    StartedPayment,
    payment_provider,
)

STATES = {
    "open": "pending",
    "requires_action": "pending",
    "succeeded": "succeeded",
    "declined": "failed",
    "cancelled": "cancelled",
    "refunded": "refunded",
    "partially_refunded": "partially_refunded",
}


def _public(path: str) -> str:
    return str(settings.MADOGUCHI_PUBLIC_URL).rstrip("/") + path


def _status(data: dict[str, object]) -> ProviderStatus:
    return ProviderStatus(
        provider_payment_id=str(data["charge"]),
        state=STATES[str(data["status"])],
        amount_yen=int(str(data["amount"])),
        method=str(data.get("method") or ""),
        refunded_yen=int(str(data.get("refunded") or 0)),
    )


@payment_provider("sandbox")
class SandboxProvider(PaymentProvider):
    label = "Sandbox card and QR payments (test only)"

    def start(
        self, *, payment_id: str, amount_yen: int, description: str, return_url: str
    ) -> StartedPayment:
        from madoguchi.paysandbox import company

        try:
            charge = company.charge_create(
                amount_yen=amount_yen,
                description=description,
                merchant_reference=payment_id,
                return_url=return_url,
                webhook_url=_public(reverse("payment_webhooks:webhook", args=["sandbox"])),
            )
        except company.SandboxRefused as exc:
            raise ProviderError(exc.code) from exc
        return StartedPayment(
            provider_payment_id=charge.charge_id,
            redirect_url=reverse("paysandbox:checkout", args=[charge.charge_id]),
        )

    def status(self, *, provider_payment_id: str) -> ProviderStatus:
        from madoguchi.paysandbox import company

        try:
            return _status(company.charge_as_dict(company.charge_get(provider_payment_id)))
        except company.SandboxRefused as exc:
            raise ProviderError(exc.code) from exc

    def parse_webhook(self, request: HttpRequest) -> ProviderEventData:
        from madoguchi.paysandbox.company import SIGNATURE_HEADER, webhook_secret

        body = request.body
        header = request.headers.get(SIGNATURE_HEADER, "")
        if not verify(body, header, webhook_secret(), now=int(time.time())):
            raise SignatureInvalid("the sandbox signature does not verify")
        try:
            payload = json.loads(body)
            return ProviderEventData(
                event_id=str(payload["id"]), status=_status(payload["data"]), payload=payload
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise SignatureInvalid("a signed body that is not a sandbox event") from exc

    def refund(self, *, provider_payment_id: str, amount_yen: int) -> ProviderStatus:
        from madoguchi.paysandbox import company

        try:
            charge = company.charge_refund(charge_id=provider_payment_id, amount_yen=amount_yen)
        except company.SandboxRefused as exc:
            raise ProviderError(exc.code) from exc
        return _status(company.charge_as_dict(charge))

    def cancel(self, *, provider_payment_id: str) -> ProviderStatus:
        from madoguchi.paysandbox import company

        return _status(company.charge_as_dict(company.charge_cancel(charge_id=provider_payment_id)))

    def check_config(self) -> list[str]:
        problems = []
        if settings.PRODUCTION and not getattr(settings, "MADOGUCHI_SANDBOX_PAYMENTS", False):
            problems.append("the sandbox provider is for demos and tests, not production")
        if not str(settings.MADOGUCHI_PUBLIC_URL).startswith("http"):
            problems.append("MADOGUCHI_PUBLIC_URL must be set for webhooks to arrive")
        return problems
