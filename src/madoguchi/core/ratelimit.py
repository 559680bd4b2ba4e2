"""Rate limits for public POST endpoints (registration, resending mail, password reset), so
that nobody can flood residents' mailboxes or the city's mail server. Counted in the
database, so every server process shares one count."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import wraps
from typing import Any

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from madoguchi.audit.middleware import client_ip
from madoguchi.core.models import RateLimitEvent


def rate_limit_hit(*, scope: str, key: str, limit: int, window_seconds: int) -> bool:
    """Record one use; True when this use is over the limit (and so must be refused)."""
    since = timezone.now() - timedelta(seconds=window_seconds)
    with transaction.atomic():
        used = RateLimitEvent.objects.filter(scope=scope, key=key, at__gte=since).count()
        if used >= limit:
            return True
        RateLimitEvent.objects.create(scope=scope, key=key)
    return False


def limit_posts(
    scope: str, *, per_hour: int
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Refuse POSTs from one address beyond ``per_hour`` with a 429 page; GETs are free."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.method == "POST" and rate_limit_hit(
                scope=scope,
                key=client_ip(request) or "unknown",
                limit=per_hour,
                window_seconds=3600,
            ):
                return render(
                    request,
                    "core/error.html",
                    {
                        "status": 429,
                        "title": _("Too many requests"),
                        "message": _(
                            "You have sent this form many times in a short while. "
                            "Please wait an hour and try again."
                        ),
                    },
                    status=429,
                )
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
