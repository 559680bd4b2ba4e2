from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url


def site(request: HttpRequest) -> dict[str, Any]:
    """City name, the demo flag, the emergency banner slot and the language switcher links."""
    path = request.get_full_path()
    return {
        "city_name": settings.MADOGUCHI_CITY_NAME,
        "is_demo": not settings.PRODUCTION,
        # Filled by the notices and alerts part when an emergency is declared.
        "emergency_banner": None,
        "language_links": [
            {"code": code, "name": name, "url": translate_url(path, code)}
            for code, name in settings.LANGUAGES
        ],
    }
