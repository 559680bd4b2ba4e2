"""Edits the staff form builder makes to a draft definition, as pure functions.

Each returns a new definition (the input is never modified); the service checks the result
with :func:`~madoguchi.formengine.definition.definition_problems` before saving it, so a
builder edit can never store a definition the engine cannot run.
"""

from __future__ import annotations

import copy
from typing import Any

from madoguchi.formengine.definition import LANGUAGES

TRUE_WORDS = {"true", "yes", "はい", "1"}
FALSE_WORDS = {"false", "no", "いいえ", "0"}


class BuilderError(ValueError):
    """A builder input that cannot be turned into a definition (message in English)."""


def texts(**by_language: str) -> dict[str, str]:
    """A text object from per-language strings, leaving out empty ones."""
    return {lang: value.strip() for lang, value in by_language.items() if value and value.strip()}


def parse_choices(text: str) -> list[dict[str, Any]]:
    """Choices typed one per line as ``value: 日本語 / English / 中文 / 한국어``."""
    choices = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if ":" not in line:
            raise BuilderError(f"line {number}: write value: label")
        value, labels = line.split(":", 1)
        parts = [part.strip() for part in labels.split("/")]
        label = {lang: part for lang, part in zip(LANGUAGES, parts, strict=False) if part}
        choices.append({"value": value.strip(), "label": label})
    return choices


def parse_group_fields(text: str) -> list[dict[str, Any]]:
    """Group questions typed one per line as ``key | type | 日本語 | English | required``."""
    fields = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) < 3:
            raise BuilderError(f"line {number}: write key | type | label")
        field: dict[str, Any] = {
            "key": parts[0],
            "type": parts[1],
            "label": texts(ja=parts[2], en=parts[3] if len(parts) > 3 else ""),
        }
        if len(parts) > 4 and parts[4].lower() in TRUE_WORDS | {"required", "必須"}:
            field["required"] = True
        fields.append(field)
    return fields


def make_condition(field: str, operator: str, value: str, target_type: str) -> dict[str, Any]:
    if operator == "answered":
        return {"field": field, "answered": True}
    parsed: Any = value.strip()
    if target_type in {"yes_no", "consent"}:
        lowered = parsed.lower()
        if lowered in TRUE_WORDS:
            parsed = True
        elif lowered in FALSE_WORDS:
            parsed = False
        else:
            raise BuilderError("a yes/no question is compared with yes or no")
    if operator not in {"equals", "not_equals"}:
        raise BuilderError("unknown operator")
    return {"field": field, operator: parsed}


def add_step(
    definition: dict[str, Any], *, key: str, title: dict[str, str], condition: dict[str, Any] | None
) -> dict[str, Any]:
    result = copy.deepcopy(definition)
    step: dict[str, Any] = {"key": key, "title": title, "items": []}
    if condition:
        step["condition"] = condition
    result.setdefault("steps", []).append(step)
    return result


def add_item(definition: dict[str, Any], *, step_key: str, item: dict[str, Any]) -> dict[str, Any]:
    result = copy.deepcopy(definition)
    for step in result.get("steps", []):
        if step.get("key") == step_key:
            step.setdefault("items", []).append(item)
            return result
    raise BuilderError(f"there is no step {step_key}")


def remove_item(definition: dict[str, Any], *, step_key: str, key: str) -> dict[str, Any]:
    """Remove a question or group, or the whole step when ``key`` is empty."""
    result = copy.deepcopy(definition)
    steps = result.get("steps", [])
    for index, step in enumerate(steps):
        if step.get("key") != step_key:
            continue
        if not key:
            del steps[index]
            return result
        step["items"] = [i for i in step.get("items", []) if i.get("key", i.get("group")) != key]
        return result
    raise BuilderError(f"there is no step {step_key}")


def move_item(
    definition: dict[str, Any], *, step_key: str, key: str, offset: int
) -> dict[str, Any]:
    result = copy.deepcopy(definition)
    for step in result.get("steps", []):
        if step.get("key") != step_key:
            continue
        items = step.get("items", [])
        keys = [i.get("key", i.get("group")) for i in items]
        if key not in keys:
            raise BuilderError(f"there is no question {key}")
        index = keys.index(key)
        target = min(max(index + offset, 0), len(items) - 1)
        items.insert(target, items.pop(index))
        return result
    raise BuilderError(f"there is no step {step_key}")


def field_types_of(definition: dict[str, Any]) -> dict[str, str]:
    """Key → type of every top-level question (for building conditions)."""
    found = {}
    for step in definition.get("steps", []):
        for item in step.get("items", []):
            if "key" in item:
                found[str(item["key"])] = str(item.get("type", ""))
    return found
