"""Structural checks of the demo form definitions (``madoguchi.formengine.demo_forms``).

Self-contained on purpose: these tests read the definitions as plain data and check them
against the documented schema (``docs/forms.md``), the field types and the shared keys,
without relying on the definition checker.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from madoguchi.formengine.demo_forms import DEMO_FORMS
from madoguchi.formengine.fields import FIELD_TYPES
from madoguchi.formengine.shared_keys import (
    SHARED_CHOICE_FIELDS,
    SHARED_CHOICES,
    SHARED_GROUPS,
    SHARED_KEYS,
    is_shared,
)
from madoguchi.procedures.demo_procedures import PROCEDURES

LANGUAGES = {"ja", "en", "zh-hans", "ko"}
TEXT_KEYS = {"title", "label", "hint", "item_label", "message"}
ATTACHMENT_KINDS = {"pdf", "jpeg", "png", "heic"}
CHOICE_TYPES = {"single_choice", "multiple_choice"}
KEY_RE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*")
MAX_QUESTIONS_PER_STEP = 6

CODES = sorted(DEMO_FORMS)


# --------------------------------------------------------------------------------------------
# Helpers: walk a definition as data
# --------------------------------------------------------------------------------------------


def top_level_fields(definition: dict[str, Any]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(step index, field) for every field outside groups, in form order."""
    for index, step in enumerate(definition["steps"]):
        for item in step["items"]:
            if "group" not in item:
                yield index, item


def groups(definition: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for step in definition["steps"]:
        for item in step["items"]:
            if "group" in item:
                yield item


def all_fields(definition: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every field, including the fields inside repeating groups."""
    for _, field in top_level_fields(definition):
        yield field
    for group in groups(definition):
        yield from group["fields"]


def texts(node: object, path: str = "") -> Iterator[tuple[str, object]]:
    """Every (path, text) under a text key, anywhere in the definition."""
    if isinstance(node, dict):
        for key, value in node.items():
            child = f"{path}.{key}" if path else str(key)
            if key in TEXT_KEYS:
                yield child, value
            else:
                yield from texts(value, child)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from texts(value, f"{path}[{index}]")


def condition_fields(condition: dict[str, Any]) -> Iterator[str]:
    """The field keys a condition looks at, through ``all``/``any``/``not``."""
    if "all" in condition or "any" in condition:
        for part in condition.get("all", condition.get("any", [])):
            yield from condition_fields(part)
    elif "not" in condition:
        yield from condition_fields(condition["not"])
    else:
        yield condition["field"]


def simple_conditions(condition: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if "all" in condition or "any" in condition:
        for part in condition.get("all", condition.get("any", [])):
            yield from simple_conditions(part)
    elif "not" in condition:
        yield from simple_conditions(condition["not"])
    else:
        yield condition


# --------------------------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------------------------


def test_every_form_belongs_to_a_demo_procedure() -> None:
    # given the demo procedures by code
    procedures = {procedure["code"]: procedure for procedure in PROCEDURES}

    # when looking up each form's procedure
    missing = [code for code in DEMO_FORMS if code not in procedures]

    # then every form has a procedure (online, or counter-only: the counter fills the form of a
    # procedure residents cannot apply for online, and the catalog offers no online start)
    assert missing == []


@pytest.mark.parametrize("code", CODES)
def test_definition_is_schema_1_json_with_a_few_steps(code: str) -> None:
    # given a demo form
    definition = DEMO_FORMS[code]

    # when round-tripping it through JSON, as the database stores it
    restored = json.loads(json.dumps(definition, ensure_ascii=False))

    # then nothing is lost, and it has the documented top-level shape
    assert restored == definition
    assert definition["schema"] == 1
    assert set(definition) <= {"schema", "steps", "rules"}
    assert 1 <= len(definition["steps"]) <= 4
    for step in definition["steps"]:
        assert set(step) <= {"key", "title", "condition", "items"}
        assert 1 <= len(step["items"]) <= MAX_QUESTIONS_PER_STEP, step["key"]


@pytest.mark.parametrize("code", CODES)
def test_every_text_has_the_four_languages(code: str) -> None:
    # given a demo form
    definition = DEMO_FORMS[code]

    # when collecting its texts (titles, labels, hints, choice labels, rule messages)
    found = list(texts(definition))

    # then each is a mapping with exactly the four languages, none blank
    assert found
    for path, text in found:
        assert isinstance(text, dict), path
        assert set(text) == LANGUAGES, path
        assert all(isinstance(v, str) and v.strip() for v in text.values()), path


@pytest.mark.parametrize("code", CODES)
def test_every_step_field_and_group_is_labelled(code: str) -> None:
    # given a demo form
    definition = DEMO_FORMS[code]

    # when looking at its steps, fields and groups
    steps = definition["steps"]

    # then each has the text it is shown with
    assert all("title" in step for step in steps)
    assert all("label" in field for field in all_fields(definition))
    assert all("label" in group and "item_label" in group for group in groups(definition))


@pytest.mark.parametrize("code", CODES)
def test_field_types_are_known(code: str) -> None:
    # given a demo form
    definition = DEMO_FORMS[code]

    # when collecting the types of all its fields
    types = {field["key"]: field["type"] for field in all_fields(definition)}

    # then each is a registered field type or an attachment
    unknown = {key: t for key, t in types.items() if t not in FIELD_TYPES and t != "attachment"}
    assert unknown == {}


@pytest.mark.parametrize("code", CODES)
def test_shared_keys_are_registered_with_their_type(code: str) -> None:
    # given a demo form
    definition = DEMO_FORMS[code]

    # when taking its fields whose key lies in a shared namespace
    shared = {f["key"]: f["type"] for _, f in top_level_fields(definition) if is_shared(f["key"])}

    # then each is registered, with exactly the registered type
    assert {key: SHARED_KEYS.get(key) for key in shared} == shared


@pytest.mark.parametrize("code", CODES)
def test_shared_groups_are_registered_with_their_types(code: str) -> None:
    # given a demo form
    definition = DEMO_FORMS[code]

    # when taking its groups keyed in a shared namespace, and the keys inside every group
    shared = [group for group in groups(definition) if is_shared(group["group"])]
    inner = [field["key"] for group in groups(definition) for field in group["fields"]]

    # then each shared group is registered, its registered questions have the registered type
    # (other questions are the form's own extras), and no key inside a group is a shared key
    assert [group["group"] for group in shared if group["group"] not in SHARED_GROUPS] == []
    for group in shared:
        registered = SHARED_GROUPS[group["group"]]
        types = {f["key"]: f["type"] for f in group["fields"] if f["key"] in registered}
        assert types == {key: registered[key] for key in types}, group["group"]
    assert [key for key in inner if is_shared(key)] == []


@pytest.mark.parametrize("code", CODES)
def test_shared_choices_offer_only_the_shared_values(code: str) -> None:
    # given a demo form's choice questions by shared name (``<group>.<key>`` inside a group)
    definition = DEMO_FORMS[code]
    named = {f["key"]: f for _, f in top_level_fields(definition)}
    for group in groups(definition):
        named.update({f"{group['group']}.{f['key']}": f for f in group["fields"]})

    # when taking those with canonical values
    offered = {
        name: {choice["value"] for choice in named[name]["choices"]}
        for name in SHARED_CHOICE_FIELDS
        if name in named
    }

    # then each offers a subset of its shared values
    for name, values in offered.items():
        assert values <= set(SHARED_CHOICES[SHARED_CHOICE_FIELDS[name]]), name


@pytest.mark.parametrize("code", CODES)
def test_keys_are_dotted_ascii_and_unique(code: str) -> None:
    # given a demo form
    definition = DEMO_FORMS[code]

    # when collecting form-level keys (fields and groups) and each group's local keys
    form_keys = [field["key"] for _, field in top_level_fields(definition)]
    form_keys += [group["group"] for group in groups(definition)]
    step_keys = [step["key"] for step in definition["steps"]]

    # then they are lowercase dotted ASCII and unique where they must be
    assert all(KEY_RE.fullmatch(key) for key in form_keys + step_keys)
    assert len(form_keys) == len(set(form_keys))
    assert len(step_keys) == len(set(step_keys))
    for group in groups(definition):
        local = [field["key"] for field in group["fields"]]
        assert all(KEY_RE.fullmatch(key) and "." not in key for key in local), group["group"]
        assert len(local) == len(set(local)), group["group"]


@pytest.mark.parametrize("code", CODES)
def test_conditions_look_only_at_earlier_fields(code: str) -> None:
    # given a demo form, and the fields answered before each point of it
    definition = DEMO_FORMS[code]
    seen: set[str] = set()
    violations: list[str] = []

    # when walking it in order, checking each step's and field's condition
    for index, step in enumerate(definition["steps"]):
        if step.get("condition"):
            missing = set(condition_fields(step["condition"])) - seen
            violations += [f"steps[{index}]: {key}" for key in sorted(missing)]
        for item in step["items"]:
            if "group" in item:
                violations += [
                    f"{item['group']}.{field['key']}: condition inside a group"
                    for field in item["fields"]
                    if field.get("condition")
                ]
                continue
            if item.get("condition"):
                missing = set(condition_fields(item["condition"])) - seen
                violations += [f"{item['key']}: {key}" for key in sorted(missing)]
            seen.add(item["key"])

    # then every condition refers to a field already asked
    assert violations == []


@pytest.mark.parametrize("code", CODES)
def test_condition_values_are_possible_answers(code: str) -> None:
    # given a demo form and its fields by key
    definition = DEMO_FORMS[code]
    fields = {field["key"]: field for _, field in top_level_fields(definition)}
    conditions = [step["condition"] for step in definition["steps"] if step.get("condition")]
    conditions += [f["condition"] for f in fields.values() if f.get("condition")]

    # when checking each compared value against the field it looks at
    wrong = []
    for condition in conditions:
        for simple in simple_conditions(condition):
            field = fields[simple["field"]]
            values = [simple[op] for op in ("equals", "not_equals") if op in simple]
            values += simple.get("in", [])
            for value in values:
                if field["type"] in CHOICE_TYPES:
                    ok = value in {choice["value"] for choice in field["choices"]}
                elif field["type"] == "yes_no":
                    ok = isinstance(value, bool)
                else:
                    ok = True
                if not ok:
                    wrong.append((simple["field"], value))

    # then a yes/no is compared with a boolean, a choice with one of its values
    assert wrong == []


@pytest.mark.parametrize("code", CODES)
def test_choices_are_present_and_unique(code: str) -> None:
    # given a demo form
    definition = DEMO_FORMS[code]

    # when taking its choice fields, including those in groups
    choice_fields = [f for f in all_fields(definition) if f["type"] in CHOICE_TYPES]

    # then each has at least one choice, with non-empty string values that are unique
    for field in choice_fields:
        values = [choice["value"] for choice in field["choices"]]
        assert values, field["key"]
        assert all(isinstance(v, str) and v for v in values), field["key"]
        assert len(values) == len(set(values)), field["key"]
        assert all(set(choice) == {"value", "label"} for choice in field["choices"])


@pytest.mark.parametrize("code", CODES)
def test_bounds_are_consistent(code: str) -> None:
    # given a demo form
    definition = DEMO_FORMS[code]

    # when reading min/max of numbers, multiple choices and groups
    problems = []
    for field in all_fields(definition):
        if field["type"] == "number" and field["min"] > field["max"]:
            problems.append(field["key"])
        if field["type"] == "multiple_choice":
            count = len(field["choices"])
            if not 0 <= field.get("min", 0) <= field.get("max", count) <= count:
                problems.append(field["key"])
    for group in groups(definition):
        if not 0 <= group["min"] <= group["max"]:
            problems.append(group["group"])

    # then the lower bound never exceeds the upper one
    assert problems == []


@pytest.mark.parametrize("code", CODES)
def test_attachments_follow_the_documented_shape(code: str) -> None:
    # given a demo form
    definition = DEMO_FORMS[code]

    # when taking its attachment fields
    attachments = [f for f in all_fields(definition) if f["type"] == "attachment"]

    # then each accepts known kinds within sensible limits, and says whether it is required
    for field in attachments:
        assert field["accept"] and set(field["accept"]) <= ATTACHMENT_KINDS, field["key"]
        assert isinstance(field["max_files"], int) and 1 <= field["max_files"] <= 10
        assert isinstance(field["max_size_mb"], int) and 1 <= field["max_size_mb"] <= 20
        assert isinstance(field["required"], bool)


@pytest.mark.parametrize("code", CODES)
def test_rules_refer_to_fields_of_the_right_type(code: str) -> None:
    # given a demo form and its fields by key
    definition = DEMO_FORMS[code]
    fields = {field["key"]: field for _, field in top_level_fields(definition)}

    # when reading its cross-field rules
    rules = definition.get("rules", [])

    # then date_order compares two dates and at_least_one names optional fields of the form
    for rule in rules:
        assert rule["type"] in {"date_order", "at_least_one"}
        if rule["type"] == "date_order":
            assert fields[rule["start"]]["type"] == "date"
            assert fields[rule["end"]]["type"] == "date"
        else:
            assert len(rule["fields"]) >= 2
            assert all(not fields[key].get("required") for key in rule["fields"])


@pytest.mark.parametrize("code", CODES)
def test_forms_leave_the_declaration_to_the_journey(code: str) -> None:
    # given a demo form
    definition = DEMO_FORMS[code]

    # when looking for consent checkboxes
    consents = [f["key"] for f in all_fields(definition) if f["type"] == "consent"]

    # then there are none: the journey adds its own declaration page
    assert consents == []


@pytest.mark.parametrize("code", CODES)
def test_applicant_name_has_the_shared_length_limit(code: str) -> None:
    # given a demo form
    definition = DEMO_FORMS[code]

    # when finding its applicant.name field, if any
    names = [f for _, f in top_level_fields(definition) if f["key"] == "applicant.name"]

    # then it allows at most 50 characters, as everywhere else
    assert all(field.get("max_length") == 50 for field in names)


def test_definitions_share_no_mutable_objects() -> None:
    # given every dict and list reachable from the demo forms
    seen: dict[int, str] = {}
    shared: list[str] = []

    def visit(node: object, path: str) -> None:
        if isinstance(node, dict | list):
            if id(node) in seen:
                shared.append(f"{path} is {seen[id(node)]}")
                return
            seen[id(node)] = path
            items = node.items() if isinstance(node, dict) else enumerate(node)
            for key, value in items:
                visit(value, f"{path}[{key!r}]")

    # when walking all definitions
    visit(DEMO_FORMS, "DEMO_FORMS")

    # then no object appears twice, so editing one form never changes another
    assert shared == []
