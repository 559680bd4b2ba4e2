"""The definition checker and engine: problems by path, conditions, groups, pruning, rules."""

from __future__ import annotations

import ast
import copy
from pathlib import Path
from typing import Any

import pytest
from django.http import QueryDict
from hypothesis import given
from hypothesis import strategies as st

from madoguchi.formengine.definition import (
    DefinitionError,
    FormSpec,
    condition_holds,
    definition_problems,
)
from madoguchi.formengine.demo_forms import DEMO_FORMS
from madoguchi.formengine.messages import MESSAGES
from tests.application_fixtures import FORM, VALID_MY_NUMBER


def raw(pairs: dict[str, Any]) -> QueryDict:
    data = QueryDict(mutable=True)
    for key, value in pairs.items():
        if isinstance(value, list):
            data.setlist(key, value)
        else:
            data[key] = value
    return data


def paths(definition: Any) -> set[str]:
    return {p.path for p in definition_problems(definition)}


def test_every_demo_form_is_a_valid_definition() -> None:
    # given the demo forms / when checked / then none has a problem
    for code, definition in DEMO_FORMS.items():
        assert definition_problems(definition) == [], code


def test_the_test_form_is_valid() -> None:
    assert definition_problems(FORM) == []


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda d: d.update(schema=2), "schema"),
        (lambda d: d["steps"][0]["items"][0].update(type="colour"), "steps[0].items[0].type"),
        (lambda d: d["steps"][0]["items"][0].update(key="Bad Key"), "steps[0].items[0].key"),
        (lambda d: d["steps"][0]["items"][0].update(type="number"), "steps[0].items[0].type"),
        (lambda d: d["steps"][0]["items"][1].update(choices=[]), "steps[0].items[1].choices"),
        (
            lambda d: d["steps"][0]["items"][2]["condition"].update(field="pickup.later"),
            "steps[0].items[2].condition.field",
        ),
        (
            lambda d: d["steps"][0]["items"][2]["condition"].update(equals="boat"),
            "steps[0].items[2].condition.equals",
        ),
        (lambda d: d["steps"][1]["items"][0].update(min=5, max=2), "steps[1].items[0]"),
        (lambda d: d["steps"][1]["items"][1].update(accept=["exe"]), "steps[1].items[1].accept"),
        (lambda d: d["steps"][0].update(key="items"), "steps[1].key"),
        (
            lambda d: d["steps"][0]["items"][0].update(label={"en": "Name"}),
            "steps[0].items[0].label",
        ),
        (lambda d: d["steps"][0]["items"][0].update(colour="red"), "steps[0].items[0]"),
        (
            lambda d: d["steps"][0]["items"].append(dict(d["steps"][0]["items"][0])),
            "steps[0].items[3]",
        ),
        (
            lambda d: d.update(
                rules=[
                    {"type": "date_order", "start": "applicant.name", "end": "x", "message": "m"}
                ]
            ),
            "rules[0].start",
        ),
    ],
)
def test_each_problem_is_reported_with_its_path(mutate: Any, path: str) -> None:
    # given a valid definition with one mistake
    definition = copy.deepcopy(FORM)
    mutate(definition)
    # when it is checked
    found = paths(definition)
    # then the mistake is named by its path
    assert path in found, found


def test_shared_key_must_be_registered() -> None:
    # given a form using an unregistered key in a shared namespace
    definition = copy.deepcopy(FORM)
    definition["steps"][0]["items"][0]["key"] = "applicant.favourite_colour"
    # then it is refused
    messages = [p.message for p in definition_problems(definition)]
    assert any("not a registered shared key" in m for m in messages)


def _household_form(group: str, fields: list[dict[str, Any]]) -> dict[str, Any]:
    """A one-step form asking for the applicant's gender and a repeating group of people."""
    return {
        "schema": 1,
        "steps": [
            {
                "key": "people",
                "title": "世帯",
                "items": [
                    {
                        "key": "applicant.gender",
                        "type": "single_choice",
                        "label": "性別",
                        "choices": [
                            {"value": "female", "label": "女性"},
                            {"value": "male", "label": "男性"},
                        ],
                    },
                    {"group": group, "label": "異動者", "fields": fields},
                ],
            }
        ],
    }


MEMBER_FIELDS: list[dict[str, Any]] = [
    {"key": "name", "type": "text", "label": "氏名"},
    {"key": "name_kana", "type": "name_kana", "label": "フリガナ"},
    {"key": "birth_date", "type": "date", "label": "生年月日"},
    {
        "key": "gender",
        "type": "single_choice",
        "label": "性別",
        "choices": [{"value": "female", "label": "女性"}, {"value": "male", "label": "男性"}],
    },
    {
        "key": "relationship",
        "type": "single_choice",
        "label": "続柄",
        "choices": [{"value": "spouse", "label": "配偶者"}, {"value": "child", "label": "子"}],
    },
]


def test_a_registered_shared_group_is_accepted() -> None:
    # given household.members with its registered questions, relationships a subset
    definition = _household_form("household.members", copy.deepcopy(MEMBER_FIELDS))
    # when checked / then nothing is wrong
    assert definition_problems(definition) == []
    assert FormSpec(definition).step("people").items[1].key == "household.members"


def test_an_unregistered_shared_group_key_is_refused() -> None:
    # given a group keyed in a shared namespace that is not registered
    definition = _household_form("household.pets", copy.deepcopy(MEMBER_FIELDS[:1]))
    # when checked
    problems = definition_problems(definition)
    # then the group key is refused by its path
    assert [(p.path, "not a registered shared group" in p.message) for p in problems] == [
        ("steps[0].items[1].group", True)
    ]


def test_a_registered_sub_key_with_the_wrong_type_is_refused() -> None:
    # given household.children whose birth_date is a free text
    fields = copy.deepcopy(MEMBER_FIELDS[:4])
    fields[2]["type"] = "text"
    definition = _household_form("household.children", fields)
    # when checked
    problems = definition_problems(definition)
    # then the sub-question's type is refused, naming the registered type
    assert [p.path for p in problems] == ["steps[0].items[1].fields[2].type"]
    assert "always of type date" in problems[0].message


def test_a_local_extra_sub_key_in_a_shared_group_is_accepted() -> None:
    # given household.children with a question of the form's own
    fields = copy.deepcopy(MEMBER_FIELDS[:4])
    fields.append({"key": "previous_school", "type": "text", "label": "前の学校"})
    definition = _household_form("household.children", fields)
    # when checked / then it is allowed
    assert definition_problems(definition) == []


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (
            lambda d: d["steps"][0]["items"][0]["choices"].append(
                {"value": "other", "label": "その他"}
            ),
            "steps[0].items[0].choices[2].value",
        ),
        (
            lambda d: d["steps"][0]["items"][1]["fields"][3]["choices"][1].update(value="m"),
            "steps[0].items[1].fields[3].choices[1].value",
        ),
        (
            lambda d: d["steps"][0]["items"][1]["fields"][4]["choices"][0].update(value="wife"),
            "steps[0].items[1].fields[4].choices[0].value",
        ),
    ],
)
def test_a_choice_outside_the_shared_values_is_refused(mutate: Any, path: str) -> None:
    # given a valid household form whose gender or relationship offers a value of its own
    definition = _household_form("household.members", copy.deepcopy(MEMBER_FIELDS))
    mutate(definition)
    # when checked
    problems = definition_problems(definition)
    # then exactly that choice is refused
    assert [p.path for p in problems] == [path]
    assert "is not a shared value" in problems[0].message


def test_applicant_relationship_and_local_groups_keep_their_own_choices() -> None:
    # given applicant.relationship and a local group's gender with values of the form's own
    definition = _household_form("children", copy.deepcopy(MEMBER_FIELDS))
    definition["steps"][0]["items"][1]["fields"][3]["choices"].append(
        {"value": "unknown", "label": "不明"}
    )
    definition["steps"][0]["items"].append(
        {
            "key": "applicant.relationship",
            "type": "single_choice",
            "label": "続柄",
            "choices": [{"value": "mother", "label": "母"}],
        }
    )
    # when checked / then neither is held to the shared values
    assert definition_problems(definition) == []


def test_formspec_refuses_an_invalid_definition() -> None:
    with pytest.raises(DefinitionError):
        FormSpec({"schema": 1, "steps": []})


def test_conditions_skip_steps_and_hide_fields() -> None:
    # given the test form
    spec = FormSpec(FORM)
    # when pickup is by mail / at the counter
    by_mail = [s.key for s in spec.visible_steps({"pickup.method": "mail"})]
    at_counter = [s.key for s in spec.visible_steps({"pickup.method": "counter"})]
    # then the bank step is only asked for mail pickup
    assert by_mail == ["applicant", "items", "bank"]
    assert at_counter == ["applicant", "items"]


def test_a_hidden_field_is_not_validated() -> None:
    # given step 1 answered with mail pickup and no counter
    spec = FormSpec(FORM)
    result = spec.clean_step(
        spec.step("applicant"), raw({"applicant.name": "港", "pickup.method": "mail"}), {}
    )
    # then it is valid without the (hidden) counter question
    assert result.valid, result.errors
    assert "pickup.counter" not in result.answers


def test_a_shown_required_field_is_validated() -> None:
    spec = FormSpec(FORM)
    result = spec.clean_step(
        spec.step("applicant"), raw({"applicant.name": "港", "pickup.method": "counter"}), {}
    )
    assert result.errors["pickup.counter"].code == "required"


def test_repeating_group_collects_items_and_skips_blank_ones() -> None:
    # given two filled items and one left blank
    spec = FormSpec(FORM)
    data = raw(
        {
            "items.0.name": "ソファ",
            "items.0.count": "１",
            "items.1.name": "",
            "items.1.count": "",
            "items.2.name": "机",
            "items.2.count": "3",
        }
    )
    # when cleaned
    result = spec.clean_step(spec.step("items"), data, {}, group_counts={"items": 3})
    # then the blank one is not an item and numbers are clean strings
    assert result.valid, result.errors
    assert result.answers["items"] == [
        {"name": "ソファ", "count": "1"},
        {"name": "机", "count": "3"},
    ]


def test_repeating_group_minimum_and_item_errors() -> None:
    spec = FormSpec(FORM)
    empty = spec.clean_step(spec.step("items"), raw({}), {}, group_counts={"items": 1})
    assert empty.errors["items"].code == "min_items"
    bad = spec.clean_step(
        spec.step("items"),
        raw({"items.0.name": "x", "items.0.count": "99"}),
        {},
        group_counts={"items": 1},
    )
    assert bad.errors["items.0.count"].code == "max_value"


def test_attachment_limits_are_checked_by_the_engine() -> None:
    spec = FormSpec(FORM)
    result = spec.clean_step(
        spec.step("items"),
        raw({"items.0.name": "x", "items.0.count": "1"}),
        {},
        group_counts={"items": 1},
        attachments={"photo": ["a", "b", "c"]},
    )
    assert result.errors["photo"].code == "max_files"


def test_prune_drops_answers_that_no_longer_apply() -> None:
    spec = FormSpec(FORM)
    answers = {
        "applicant.name": "港",
        "pickup.method": "counter",
        "pickup.counter": "shiba",
        "applicant.individual_number": VALID_MY_NUMBER,
    }
    pruned = spec.prune(answers)
    assert "applicant.individual_number" not in pruned
    assert pruned["pickup.counter"] == "shiba"


def test_rules_date_order_and_at_least_one() -> None:
    # given the gan-kenshin demo form (date_order) and joho-kokai (at_least_one)
    screening = FormSpec(DEMO_FORMS["gan-kenshin"])
    disclosure = FormSpec(DEMO_FORMS["joho-kokai-seikyu"])
    # when the end is before the start / neither contact is given
    late = screening.rule_failures({"period.from": "2026-12-10", "period.to": "2026-12-01"})
    fine = screening.rule_failures({"period.from": "2026-12-01", "period.to": "2026-12-10"})
    nothing = disclosure.rule_failures({})
    phone = disclosure.rule_failures({"contact.phone": "03-3578-2111"})
    # then each rule fails exactly when it should
    assert len(late) == 1 and late[0].field_key == "period.to"
    assert fine == []
    assert len(nothing) == 1
    assert phone == []


def test_readable_masks_nothing_itself_but_flags_sensitive_values() -> None:
    spec = FormSpec(FORM)
    layout = spec.readable(
        {
            "applicant.name": "港",
            "pickup.method": "mail",
            "applicant.individual_number": VALID_MY_NUMBER,
        },
        "en",
    )
    rows = {row.key: row for _step, rows in layout for row in rows}
    assert rows["pickup.method"].text == "By post"
    assert rows["applicant.individual_number"].sensitive


@given(
    value=st.one_of(
        st.none(), st.text(max_size=5), st.booleans(), st.lists(st.text(max_size=3), max_size=3)
    ),
    expected=st.one_of(st.text(max_size=5), st.booleans()),
)
def test_not_equals_is_the_negation_of_equals(value: Any, expected: Any) -> None:
    answers = {"k": value}
    equals = condition_holds({"field": "k", "equals": expected}, answers)
    not_equals = condition_holds({"field": "k", "not_equals": expected}, answers)
    assert equals is not not_equals
    assert condition_holds({"not": {"field": "k", "equals": expected}}, answers) is not_equals


@given(st.dictionaries(st.text(max_size=8), st.text(max_size=8), max_size=6))
def test_cleaning_arbitrary_input_never_crashes(data: dict[str, str]) -> None:
    # given any posted strings / when step 1 is cleaned / then the engine answers or errs
    spec = FormSpec(FORM)
    result = spec.clean_step(spec.step("applicant"), raw(data), {})
    assert result.valid or result.errors


def test_every_error_template_is_marked_for_translation() -> None:
    # given every literal message the pure modules raise
    root = Path(__file__).resolve().parents[2] / "src" / "madoguchi"
    found = set()
    for relative in (
        "formengine/fields.py",
        "formengine/definition.py",
        "applications/content_types.py",
        "applications/services.py",
    ):
        tree = ast.parse((root / relative).read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in {"FieldError", "UploadRejected"} and len(node.args) >= 2:
                    found.add(ast.literal_eval(node.args[1]))
    # then each is in the list makemessages reads
    assert found - set(MESSAGES) == set()
