"""Raw step input (what a browser posts) for form definitions, kept apart from the views so
the resident's journey and the counter (書かない窓口) handle repeating groups, drafts and
stored answers the same way. No validation here: that is ``FormSpec.clean_step``."""

from __future__ import annotations

from typing import Any

from django.http import Http404, QueryDict

from madoguchi.formengine.definition import (
    COMPOUND_PARTS,
    GroupSpec,
    StepSpec,
    condition_holds,
    group_input_name,
)


def group_counts(step: StepSpec, data: QueryDict | None, answers: dict[str, Any]) -> dict[str, int]:
    counts = {}
    for item in step.items:
        if not isinstance(item, GroupSpec):
            continue
        default = max(item.min_items, len(answers.get(item.key) or []), 1)
        raw = data.get(f"count.{item.key}") if data is not None else None
        try:
            count = int(raw) if raw is not None else default
        except ValueError:
            count = default
        counts[item.key] = min(max(count, 1), item.max_items)
    return counts


def visible_items(step: StepSpec, answers: dict[str, Any]) -> set[str]:
    known = dict(answers)
    visible = set()
    for item in step.items:
        if condition_holds(item.condition, known):
            visible.add(item.key)
    return visible


def remove_group_item(data: QueryDict, group: GroupSpec, index: int, count: int) -> QueryDict:
    """Raw input with item ``index`` of ``group`` removed and later items moved up."""
    shifted = data.copy()
    for i in range(index, count):
        for sub in group.fields:
            parts = COMPOUND_PARTS.get(sub.type, ())
            for suffix in ("", *[f"__{part}" for part in parts]):
                name = group_input_name(group.key, i, sub.key) + suffix
                following = group_input_name(group.key, i + 1, sub.key) + suffix
                if i + 1 < count and following in data:
                    shifted.setlist(name, data.getlist(following))
                else:
                    shifted.pop(name, None)
    shifted[f"count.{group.key}"] = str(max(count - 1, 1))
    return shifted


def raw_for_draft(data: QueryDict) -> dict[str, list[str]]:
    return {
        key: data.getlist(key)
        for key in data
        if key not in {"csrfmiddlewaretoken", "action"} and len(key) < 200
    }


def draft_querydict(raw: dict[str, list[str]]) -> QueryDict:
    data = QueryDict(mutable=True)
    for key, values in raw.items():
        data.setlist(key, [str(v) for v in values])
    return data


def answers_as_raw(step: StepSpec, answers: dict[str, Any]) -> QueryDict:
    """A step's stored answers as form input, for a step answered before but with no draft
    (for example when the application was started at the counter)."""
    data = QueryDict(mutable=True)
    for item in step.items:
        value = answers.get(item.key)
        if value is None:
            continue
        if isinstance(item, GroupSpec):
            data[f"count.{item.key}"] = str(max(len(value), 1))
            for index, row in enumerate(value):
                for sub in item.fields:
                    set_raw(
                        data, group_input_name(item.key, index, sub.key), sub.type, row.get(sub.key)
                    )
        else:
            set_raw(data, item.key, item.type, value)
    return data


def set_raw(data: QueryDict, name: str, type_id: str, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, dict):
        for part, part_value in value.items():
            data[f"{name}__{part}"] = str(part_value)
    elif isinstance(value, list):
        data.setlist(name, [str(v) for v in value])
    elif isinstance(value, bool):
        data[name] = ("yes" if value else "no") if type_id == "yes_no" else ("on" if value else "")
    else:
        data[name] = str(value)


def step_group(step: StepSpec, key: str) -> GroupSpec:
    """The repeating group ``key`` of a step (a button naming another is a bad request)."""
    for item in step.items:
        if isinstance(item, GroupSpec) and item.key == key:
            return item
    raise Http404
