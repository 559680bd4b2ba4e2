"""Template tags other apps' pages use to show a resident's applications."""

from __future__ import annotations

from typing import Any

from django import template

from madoguchi.applications.selectors import applications_of

register = template.Library()


@register.inclusion_tag("applications/_recent.html", takes_context=True)
def recent_applications(context: template.Context, limit: int = 5) -> dict[str, Any]:
    user = context["request"].user
    applications = list(applications_of(user=user)[: limit + 1]) if user.is_authenticated else []
    return {"applications": applications[:limit], "more": len(applications) > limit}
