"""Platform-wide records that belong to no single product part."""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class RateLimitEvent(models.Model):
    """One use of a rate-limited public endpoint (kept for a day, then purged)."""

    scope = models.CharField(max_length=64)
    key = models.CharField(max_length=128)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["scope", "key", "at"])]

    def __str__(self) -> str:
        return f"{self.scope}:{self.key}"
