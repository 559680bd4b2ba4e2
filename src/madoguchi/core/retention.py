"""Retention: each part registers how long its data may be kept; ``madoguchi retention``
deletes what has expired. Run it daily (cron or a scheduler); it is idempotent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class RetentionRule:
    key: str
    description: str
    #: Deletes expired rows and returns how many went.
    purge: Callable[[], int]


_rules: dict[str, RetentionRule] = {}


def retention_rule(key: str, description: str) -> Callable[[Callable[[], int]], Callable[[], int]]:
    def decorator(func: Callable[[], int]) -> Callable[[], int]:
        _rules[key] = RetentionRule(key, description, func)
        return func

    return decorator


def retention_run() -> dict[str, int]:
    from django.utils.module_loading import autodiscover_modules

    autodiscover_modules("retention")
    return {key: rule.purge() for key, rule in sorted(_rules.items())}


@retention_rule("core.rate_limit_events", "Rate-limit counters older than one day")
def purge_rate_limit_events() -> int:
    from datetime import timedelta

    from django.utils import timezone

    from madoguchi.core.models import RateLimitEvent

    cutoff = timezone.now() - timedelta(days=1)
    deleted, _ = RateLimitEvent.objects.filter(at__lt=cutoff).delete()
    return deleted
