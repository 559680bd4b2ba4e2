"""The payment provider interface and its registry.

A provider is a payment company (or the counter terminal) behind one small interface: start a
payment, read its status, parse a signed webhook, refund, and check its own configuration.
Madoguchi never trusts what comes through the browser: the return from a hosted page only
triggers a status query, and a webhook counts only when its signature verifies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from django.http import HttpRequest


class SignatureInvalid(Exception):
    """A webhook whose signature does not verify; it is logged and ignored."""


class ProviderError(Exception):
    """The provider could not be reached or refused the request."""


@dataclass(frozen=True)
class ProviderStatus:
    """What the provider says about a payment: ``state`` is one of Madoguchi's payment
    states (created, pending, succeeded, failed, cancelled, expired, refunded...)."""

    provider_payment_id: str
    state: str
    amount_yen: int
    method: str = ""
    refunded_yen: int = 0


@dataclass(frozen=True)
class ProviderEventData:
    event_id: str
    status: ProviderStatus
    payload: dict[str, Any]


@dataclass(frozen=True)
class StartedPayment:
    provider_payment_id: str
    redirect_url: str


class PaymentProvider:
    id: ClassVar[str] = ""
    label: ClassVar[str] = ""
    online: ClassVar[bool] = True
    """Online providers send the resident to a hosted page; the counter provider does not."""

    def start(
        self, *, payment_id: str, amount_yen: int, description: str, return_url: str
    ) -> StartedPayment:
        raise NotImplementedError

    def status(self, *, provider_payment_id: str) -> ProviderStatus:
        raise NotImplementedError

    def parse_webhook(self, request: HttpRequest) -> ProviderEventData:
        raise NotImplementedError

    def refund(self, *, provider_payment_id: str, amount_yen: int) -> ProviderStatus:
        raise NotImplementedError

    def cancel(self, *, provider_payment_id: str) -> ProviderStatus:
        raise NotImplementedError

    def check_config(self) -> list[str]:
        return []


PROVIDERS: dict[str, PaymentProvider] = {}


def payment_provider(
    provider_id: str,
) -> Callable[[type[PaymentProvider]], type[PaymentProvider]]:
    def decorator(cls: type[PaymentProvider]) -> type[PaymentProvider]:
        if provider_id in PROVIDERS:
            raise ValueError(f"Payment provider {provider_id!r} is already registered")
        cls.id = provider_id
        PROVIDERS[provider_id] = cls()
        return cls

    return decorator


def get_provider(provider_id: str) -> PaymentProvider:
    from madoguchi.payments.providers import counter, sandbox  # noqa: F401  (registration)

    return PROVIDERS[provider_id]


def enabled_providers() -> dict[str, PaymentProvider]:
    from madoguchi.payments.providers import counter, sandbox  # noqa: F401  (registration)

    return dict(PROVIDERS)
