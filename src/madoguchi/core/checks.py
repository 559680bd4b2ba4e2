"""System checks that catch a half-built installation before a resident sees it."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, register


@register()
def design_tokens_installed(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    tokens = settings.DESIGN_TOKENS_DIR / "tokens.css"
    if tokens.is_file():
        return []
    return [
        Error(
            "The Digital Agency design tokens are not installed.",
            hint="Run `npm ci` in the project root (the README's commands do it for you).",
            id="madoguchi.E001",
        )
    ]
