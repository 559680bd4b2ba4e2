"""Fill procedure forms from data entered once, and count what that saves.

The data is keyed by shared field keys (``formengine/shared_keys.py``), so a form field with
the key ``applicant.name_kana`` takes the entered name in katakana, and a repeating group with
the key ``household.members`` takes the household. A value is only filled where the form
would accept it (a choice the form offers), and a form's own questions are never guessed.

Everything here reads definitions and answers; nothing touches the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.http import QueryDict

from madoguchi.applications.step_input import answers_as_raw, group_counts
from madoguchi.formengine.definition import (
    FieldSpec,
    FormSpec,
    GroupSpec,
    condition_holds,
    group_input_name,
)
from madoguchi.formengine.fields import FieldError
from madoguchi.navigator.entry_form import MOVES_IN

Answers = dict[str, Any]


def derived_data(data: Mapping[str, Any], *, event: str) -> Answers:
    """The entered data plus what follows from it: after a move the new address is the current
    one; the children are the members whose relationship is ``child``; the household size."""
    full: Answers = dict(data)
    if event in MOVES_IN and data.get("address.new"):
        full["address.current"] = data["address.new"]
    members = [dict(m) for m in data.get("household.members") or []]
    full["household.members"] = members
    full["household.children"] = [
        {k: v for k, v in m.items() if k != "relationship"}
        for m in members
        if m.get("relationship") == "child"
    ]
    full["household.size"] = str(1 + len(members))
    return full


def _acceptable(field: FieldSpec, value: Any) -> bool:
    if value in (None, "", [], {}):
        return False
    if field.type in ("single_choice", "multiple_choice"):
        offered = {str(c["value"]) for c in field.settings.get("choices", [])}
        values = value if isinstance(value, list) else [value]
        return all(str(v) in offered for v in values)
    return True


def fill(spec: FormSpec, data: Mapping[str, Any]) -> Answers:
    """The answers a form takes from the data (only keys the form asks for)."""
    answers: Answers = {}
    for _step, item in spec.fields():
        value = data.get(item.key)
        if value is None:
            continue
        if isinstance(item, GroupSpec):
            if not isinstance(value, list) or not value:
                continue
            rows = []
            for source in value[: item.max_items]:
                row = {
                    sub.key: source[sub.key]
                    for sub in item.fields
                    if sub.key in source and _acceptable(sub, source[sub.key])
                }
                if row:
                    rows.append(row)
            if rows:
                answers[item.key] = rows
        elif not item.is_attachment and _acceptable(item, value):
            answers[item.key] = value
    return answers


@dataclass(frozen=True)
class Input:
    """One answer a form asks for (a group's sub-question counts once per row)."""

    name: str
    label: str
    required: bool
    filled: bool
    """Taken from the data entered once."""
    answered: bool


@dataclass(frozen=True)
class FormCheck:
    inputs: tuple[Input, ...]
    errors: dict[str, FieldError]
    """Input name → what is wrong or missing, as ``FormSpec.clean_step`` reports it."""
    answers: Answers
    """The answers as they would be submitted (pruned, cleaned)."""

    @property
    def complete(self) -> bool:
        return not self.errors

    @property
    def filled(self) -> list[Input]:
        return [i for i in self.inputs if i.filled]

    @property
    def to_answer(self) -> list[Input]:
        """Questions still needing an answer (required and not answered, or invalid)."""
        return [i for i in self.inputs if i.name in self.errors]


def check(
    spec: FormSpec, answers: Mapping[str, Any], *, filled: Mapping[str, Any], language: str = "ja"
) -> FormCheck:
    """Validate complete answers step by step, the way a resident's submission is validated,
    and list every applicable input with whether it came from the entered data. Attachments
    are left out: at the counter the clerk sees the original documents."""
    known: Answers = {}
    errors: dict[str, FieldError] = {}
    inputs: list[Input] = []
    for step in spec.steps:
        if not condition_holds(step.condition, known):
            continue
        raw: QueryDict = answers_as_raw(step, dict(answers))
        counts = group_counts(step, raw, dict(answers))
        result = spec.clean_step(step, raw, known, group_counts=counts, language=language)
        for name, error in result.errors.items():
            if not is_attachment_input(spec, name):
                errors[name] = error
        for item in step.items:
            if not condition_holds(item.condition, known | result.answers):
                continue
            if isinstance(item, GroupSpec):
                rows = answers.get(item.key) or []
                source_rows = filled.get(item.key) or []
                for index in range(max(len(rows), item.min_items)):
                    row = rows[index] if index < len(rows) else {}
                    source = source_rows[index] if index < len(source_rows) else {}
                    for sub in item.fields:
                        name = group_input_name(item.key, index, sub.key)
                        inputs.append(
                            Input(
                                name=name,
                                label=f"{item.item_label(language)} {index + 1}: "
                                f"{sub.label(language)}",
                                required=sub.required,
                                filled=sub.key in source and source[sub.key] == row.get(sub.key),
                                answered=row.get(sub.key) not in (None, "", [], {}),
                            )
                        )
            elif not item.is_attachment:
                value = answers.get(item.key)
                inputs.append(
                    Input(
                        name=item.key,
                        label=item.label(language),
                        required=item.required,
                        filled=item.key in filled and filled[item.key] == value,
                        answered=value not in (None, "", [], {}),
                    )
                )
        known.update(result.answers)
    for failure in spec.rule_failures(known):
        errors.setdefault(failure.field_key, FieldError("rule", str(failure.message)))
    return FormCheck(inputs=tuple(inputs), errors=errors, answers=spec.prune(known))


def is_attachment_input(spec: FormSpec, name: str) -> bool:
    """Whether an input name is a file upload (left to the originals at the counter)."""
    try:
        return spec.field(name).is_attachment
    except KeyError:
        return False


@dataclass(frozen=True)
class Saving:
    """Answers written by hand: on each separate form, and here (once, plus what the forms
    still ask that the entry does not cover)."""

    separate: int
    here: int

    @property
    def saved(self) -> int:
        return self.separate - self.here


def count_written(check_result: FormCheck) -> tuple[int, int]:
    """(answers a resident writes on this form alone, answers still written here): the
    required or filled inputs, and of those the ones not filled from the data."""
    asked = [i for i in check_result.inputs if i.required or i.filled]
    return len(asked), len([i for i in asked if not i.filled])


def entry_written(spec: FormSpec, data: Mapping[str, Any]) -> int:
    """Answers given in the one entry (each group row's answers count separately)."""
    total = 0
    for _step, item in spec.fields():
        value = data.get(item.key)
        if isinstance(item, GroupSpec):
            for row in value or []:
                total += sum(1 for sub in item.fields if row.get(sub.key) not in (None, ""))
        elif value not in (None, "", [], {}):
            total += 1
    return total
