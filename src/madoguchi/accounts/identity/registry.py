"""Identity providers: how an account is raised to "identity verified".

A provider is registered under an id with ``@register("id")``. The built-in one records a
verification done in person at a counter. An OpenID Connect provider (for example the Digital
Agency's デジタル認証アプリ) plugs in by implementing ``start`` (redirect to the provider) and
``complete`` (validate the callback and return the verified subject).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from django.http import HttpRequest, HttpResponse
from django.utils.functional import Promise


@dataclass(frozen=True)
class VerifiedIdentity:
    subject: str
    evidence: str


class IdentityProvider:
    id: str = ""
    #: Shown to residents and staff; a lazy translation string.
    label: str | Promise = ""
    #: True when residents start it themselves online (OIDC); False for staff-run checks.
    resident_initiated: bool = False

    def check_config(self) -> list[str]:
        """Problems that would stop the provider from working; empty when healthy."""
        return []

    def start(self, request: HttpRequest) -> HttpResponse:
        raise NotImplementedError

    def complete(self, request: HttpRequest) -> VerifiedIdentity:
        raise NotImplementedError


P = TypeVar("P", bound=type[IdentityProvider])
_providers: dict[str, IdentityProvider] = {}


def register(provider_id: str) -> Callable[[P], P]:
    def decorator(cls: P) -> P:
        if provider_id in _providers:
            raise ValueError(f"Identity provider {provider_id!r} is already registered.")
        instance = cls()
        instance.id = provider_id
        _providers[provider_id] = instance
        return cls

    return decorator


def get(provider_id: str) -> IdentityProvider:
    return _providers[provider_id]


def all_providers() -> list[IdentityProvider]:
    return list(_providers.values())
