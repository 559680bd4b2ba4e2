"""Translations stored as data (names of departments, procedures, plan titles…)."""

from __future__ import annotations

from django.utils import translation


def localized(value: str, translations: dict[str, str]) -> str:
    """``value`` (the Japanese original) in the active language, falling back to Japanese
    where no translation is stored."""
    language = translation.get_language() or "ja"
    if language == "ja":
        return value
    return str(translations.get(language) or value)


def has_translation(translations: dict[str, str]) -> bool:
    language = translation.get_language() or "ja"
    return language == "ja" or bool(translations.get(language))
