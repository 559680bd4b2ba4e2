"""Template helpers: dates the Japanese way in Japanese, ISO-like elsewhere."""

from __future__ import annotations

from datetime import date, datetime

from django import template
from django.utils import timezone, translation

from madoguchi.core.wareki import format_iso, format_japanese_date, format_wareki

register = template.Library()


def _as_date(value: date | datetime) -> date:
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date()
    return value


@register.filter
def localdate(value: date | datetime | None) -> str:
    """2026年11月24日 in Japanese, 2026-11-24 in other languages."""
    if value in (None, ""):
        return ""
    assert value is not None
    day = _as_date(value)
    if (translation.get_language() or "ja") == "ja":
        return format_japanese_date(day)
    return format_iso(day)


@register.filter
def localdatetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    time_part = local.strftime("%H:%M")
    return f"{localdate(local)} {time_part}"


@register.filter
def wareki(value: date | datetime | None) -> str:
    """令和8年11月24日 (as on official forms) in Japanese; ISO-like elsewhere."""
    if value in (None, ""):
        return ""
    assert value is not None
    day = _as_date(value)
    if (translation.get_language() or "ja") == "ja":
        return format_wareki(day)
    return format_iso(day)


@register.simple_tag(takes_context=True)
def page_url(context: template.Context, number: int) -> str:
    """The current URL's query string with ``page`` replaced, so filters survive paging."""
    query = context["request"].GET.copy()
    query["page"] = number
    return "?" + query.urlencode()


@register.filter
def yen(value: float | int | None) -> str:
    """An amount of yen as the page's language writes it: 152,000円, 152,000 yen, 152,000日元,
    152,000엔 (the unit never glued to the number in English)."""
    if value is None or value == "":
        return ""
    return translation.gettext("%(fee)s yen") % {"fee": plainnumber(value)}


@register.filter
def plainnumber(value: float | int | None) -> str:
    """12,000 / 65.1 / 1.27: thousands separated, no trailing zeros, at most two decimals."""
    if value is None or value == "":
        return ""
    text = f"{float(value):,.2f}".rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text
