"""Indicators the platform measures itself.

A product part registers a live source in its ``indicators.py`` module with
``@live_source("key")``; a series whose ``live_key`` names a registered source shows the
computed figure, with its computation, for the current fiscal year. Until the part that feeds
an indicator exists, nothing is registered under its key and the page says the indicator is
not yet measured live.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from django.utils import timezone


@dataclass(frozen=True)
class LiveValue:
    value: float
    #: A sentence for residents saying how the figure was computed (translated lazily).
    computation: Any
    measured_on: date


LiveSource = Callable[[], LiveValue | None]
_sources: dict[str, LiveSource] = {}


def live_source(key: str) -> Callable[[LiveSource], LiveSource]:
    def decorator(func: LiveSource) -> LiveSource:
        _sources[key] = func
        return func

    return decorator


@cache
def _discover() -> None:
    from django.utils.module_loading import autodiscover_modules

    autodiscover_modules("indicators")


def live_value(key: str) -> LiveValue | None:
    if not key:
        return None
    _discover()
    source = _sources.get(key)
    return source() if source is not None else None


def is_live(key: str) -> bool:
    _discover()
    return bool(key) and key in _sources


def fiscal_year(day: date | None = None) -> int:
    """Japanese fiscal year: April to March (2026-03-31 is FY2025)."""
    day = day or timezone.localdate()
    return day.year if day.month >= 4 else day.year - 1
