"""Makes the request's user and client address available to audit records."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from madoguchi.audit import context


def client_ip(request: HttpRequest) -> str | None:
    """The client's address, trusting X-Forwarded-For only as far as configured proxies."""
    proxies = settings.MADOGUCHI_TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [p.strip() for p in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [p for p in forwarded if p]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR") or None


class _LazyActor:
    """Resolves request.user only when a record is written (no query on other requests)."""

    def __init__(self, request: HttpRequest) -> None:
        self.request = request

    def resolve(self) -> Any:
        user = getattr(self.request, "user", None)
        return user if user is not None and user.is_authenticated else None


class AuditContextMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = context.set_current(
            context.AuditContext(actor=_LazyActor(request), ip=client_ip(request))
        )
        try:
            return self.get_response(request)
        finally:
            context.reset(token)
