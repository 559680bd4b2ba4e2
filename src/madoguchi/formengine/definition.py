"""Form definitions: steps, fields, conditions, repeating groups and cross-field rules as data.

``docs/forms.md`` describes the JSON shape. This module checks a definition
(:func:`definition_problems`), wraps a valid one in :class:`FormSpec`, and does everything the
web layer, the API and the counter need with it: which steps and fields apply to a set of
answers, cleaning one step's raw input into JSON-ready answers, dropping answers that no
longer apply, checking the rules, and laying answers out for people to read.

Pure Python, no Django: answers go in and out as JSON values (dates as ISO strings, numbers as
decimal strings), so what is stored is exactly what was validated. It must never touch the
database or know about requests; error messages are untranslated English templates (see
:class:`~madoguchi.formengine.fields.FieldError`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from madoguchi.formengine.fields import ACCOUNT_TYPES, FIELD_TYPES, FieldError
from madoguchi.formengine.shared_keys import (
    SHARED_GROUPS,
    SHARED_KEYS,
    is_shared,
    shared_choice_values,
)

SCHEMA_VERSION = 1
LANGUAGES = ("ja", "en", "zh-hans", "ko")
MAX_STEPS = 30
MAX_FIELDS = 200
MAX_GROUP_ITEMS = 50
ATTACHMENT = "attachment"
ATTACHMENT_KINDS = ("pdf", "jpeg", "png", "gif", "webp", "heic", "tiff", "docx", "xlsx")
MAX_ATTACHMENT_MB = 20

COMPOUND_PARTS: dict[str, tuple[str, ...]] = {
    "address_jp": ("postal_code", "prefecture", "city", "town", "block", "building"),
    "bank_account": ("bank_code", "branch_code", "account_type", "account_number", "holder_kana"),
}
"""Sub-inputs of the compound types; the web layer names them ``<field>__<part>``."""

_KEY_RE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*")
_FIELD_SETTINGS = frozenset(
    {
        "key",
        "type",
        "label",
        "hint",
        "condition",
        "required",
        "max_length",
        "min",
        "max",
        "decimal_places",
        "choices",
        "era",
        "accept",
        "max_files",
        "max_size_mb",
        "yes_label",
        "no_label",
    }
)

Text = str | Mapping[str, str]
JsonValue = Any
Answers = dict[str, JsonValue]


def text_for(text: object, language: str) -> str:
    """A definition text in ``language``, falling back to Japanese (a plain string is ja)."""
    if isinstance(text, str):
        return text
    if isinstance(text, Mapping):
        value = text.get(language) or text.get("ja") or ""
        return str(value)
    return ""


class RawInput(Protocol):
    """What a step's POST looks like (Django's ``QueryDict`` satisfies it)."""

    def get(self, key: str, default: Any = None) -> Any: ...

    def getlist(self, key: str) -> list[Any]: ...


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a definition, with a path such as ``steps[1].items[2].choices``."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class DefinitionError(ValueError):
    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in problems[:5]))


# ---------------------------------------------------------------------------------------------
# Checking a definition
# ---------------------------------------------------------------------------------------------


def _text_problems(value: object, path: str, *, required: bool = True) -> list[Problem]:
    if value is None or value == "":
        return [Problem(path, "text is required")] if required else []
    if isinstance(value, str):
        return []
    if not isinstance(value, Mapping):
        return [Problem(path, "must be a text or an object of texts by language")]
    problems = []
    if not str(value.get("ja", "")).strip():
        problems.append(Problem(path, "the Japanese text (ja) is required"))
    for lang, text in value.items():
        if lang not in LANGUAGES:
            problems.append(Problem(f"{path}.{lang}", f"unknown language; use {LANGUAGES}"))
        elif not isinstance(text, str):
            problems.append(Problem(f"{path}.{lang}", "must be a string"))
    return problems


def _condition_problems(
    condition: object, path: str, known: Mapping[str, Mapping[str, Any]]
) -> list[Problem]:
    if not isinstance(condition, Mapping):
        return [Problem(path, "a condition must be an object")]
    for combinator in ("all", "any"):
        if combinator in condition:
            parts = condition[combinator]
            if not isinstance(parts, list) or not parts:
                return [Problem(f"{path}.{combinator}", "must be a non-empty list")]
            problems: list[Problem] = []
            for i, part in enumerate(parts):
                problems += _condition_problems(part, f"{path}.{combinator}[{i}]", known)
            return problems
    if "not" in condition:
        return _condition_problems(condition["not"], f"{path}.not", known)
    key = condition.get("field")
    if not isinstance(key, str) or key not in known:
        return [
            Problem(
                f"{path}.field",
                f"{key!r} is not a field on an earlier step or earlier on this step",
            )
        ]
    operators = [op for op in ("equals", "not_equals", "in", "answered") if op in condition]
    if len(operators) != 1:
        return [Problem(path, "use exactly one of equals, not_equals, in, answered")]
    operator = operators[0]
    target = known[key]
    values = condition[operator]
    if operator == "in":
        if not isinstance(values, list) or not values:
            return [Problem(f"{path}.in", "must be a non-empty list")]
    elif operator == "answered":
        if not isinstance(values, bool):
            return [Problem(f"{path}.answered", "must be true or false")]
        return []
    else:
        values = [values]
    choices = target.get("choices")
    if target.get("type") in {"single_choice", "multiple_choice"} and isinstance(choices, list):
        allowed = {c.get("value") for c in choices if isinstance(c, Mapping)}
        unknown = [v for v in values if v not in allowed]
        if unknown:
            return [Problem(f"{path}.{operator}", f"{unknown[0]!r} is not a choice of {key}")]
    if target.get("type") in {"yes_no", "consent"} and any(not isinstance(v, bool) for v in values):
        return [Problem(f"{path}.{operator}", f"{key} is answered with true or false")]
    return []


def _field_problems(
    item: Mapping[str, Any], path: str, *, group: str | None = None
) -> list[Problem]:
    """Problems of one question; ``group`` is the key of the repeating group it is in."""
    problems: list[Problem] = []
    key = item.get("key")
    type_id = item.get("type")
    if not isinstance(key, str) or not _KEY_RE.fullmatch(key) or len(key) > 80:
        problems.append(Problem(f"{path}.key", "use lowercase letters, digits, _ and dots"))
    if type_id != ATTACHMENT and type_id not in FIELD_TYPES:
        problems.append(Problem(f"{path}.type", f"unknown field type {type_id!r}"))
    unknown = sorted(set(item) - _FIELD_SETTINGS)
    if unknown:
        problems.append(Problem(path, f"unknown settings: {', '.join(unknown)}"))
    problems += _text_problems(item.get("label"), f"{path}.label")
    problems += _text_problems(item.get("hint"), f"{path}.hint", required=False)
    if "required" in item and not isinstance(item["required"], bool):
        problems.append(Problem(f"{path}.required", "must be true or false"))
    if isinstance(key, str) and group is None and is_shared(key):
        expected = SHARED_KEYS.get(key)
        if expected is None:
            problems.append(Problem(f"{path}.key", f"{key} is not a registered shared key"))
        elif expected != type_id:
            problems.append(
                Problem(f"{path}.type", f"the shared key {key} is always of type {expected}")
            )
    if isinstance(key, str) and group in SHARED_GROUPS:
        # Keys not registered for the group are the form's own extras (previous_school …).
        expected = SHARED_GROUPS[group].get(key)
        if expected is not None and expected != type_id:
            problems.append(
                Problem(
                    f"{path}.type",
                    f"{key} in the shared group {group} is always of type {expected}",
                )
            )
    if type_id in {"single_choice", "multiple_choice"}:
        choices = item.get("choices")
        shared_name = f"{group}.{key}" if group is not None else str(key)
        canonical = shared_choice_values(shared_name) if isinstance(key, str) else None
        if not isinstance(choices, list) or not choices:
            problems.append(Problem(f"{path}.choices", "at least one choice is needed"))
        else:
            seen: set[str] = set()
            for i, choice in enumerate(choices):
                cpath = f"{path}.choices[{i}]"
                if not isinstance(choice, Mapping) or not isinstance(choice.get("value"), str):
                    problems.append(Problem(cpath, "a choice needs a string value"))
                    continue
                if not choice["value"] or choice["value"] in seen:
                    problems.append(Problem(f"{cpath}.value", "choice values must be unique"))
                seen.add(choice["value"])
                if canonical is not None and choice["value"] not in canonical:
                    problems.append(
                        Problem(
                            f"{cpath}.value",
                            f"{choice['value']!r} is not a shared value of {shared_name}, "
                            f"whose values are {', '.join(canonical)}",
                        )
                    )
                problems += _text_problems(choice.get("label"), f"{cpath}.label")
    for bound in ("min", "max", "max_length", "decimal_places", "max_files", "max_size_mb"):
        value = item.get(bound)
        if value is None or type_id == "date":
            continue
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            problems.append(Problem(f"{path}.{bound}", "must be a number"))
            continue
        try:
            Decimal(str(value))
        except ArithmeticError:
            problems.append(Problem(f"{path}.{bound}", "must be a number"))
    if type_id == "date":
        for bound in ("min", "max"):
            value = item.get(bound)
            if value is None:
                continue
            try:
                date.fromisoformat(str(value))
            except ValueError:
                problems.append(Problem(f"{path}.{bound}", "must be a date such as 2026-04-01"))
    if type_id == ATTACHMENT:
        accept = item.get("accept")
        if not isinstance(accept, list) or not accept:
            problems.append(Problem(f"{path}.accept", "list the accepted file kinds"))
        elif any(kind not in ATTACHMENT_KINDS for kind in accept):
            problems.append(Problem(f"{path}.accept", f"kinds are among {ATTACHMENT_KINDS}"))
        size = item.get("max_size_mb", 10)
        if not isinstance(size, int | float) or not 0 < size <= MAX_ATTACHMENT_MB:
            problems.append(
                Problem(f"{path}.max_size_mb", f"must be between 1 and {MAX_ATTACHMENT_MB}")
            )
        files = item.get("max_files", 1)
        if not isinstance(files, int) or not 1 <= files <= 10:
            problems.append(Problem(f"{path}.max_files", "must be between 1 and 10"))
    return problems


def definition_problems(data: object) -> list[Problem]:
    """Everything wrong with a definition; empty when it can be used."""
    if not isinstance(data, Mapping):
        return [Problem("$", "a form definition is a JSON object")]
    problems: list[Problem] = []
    if data.get("schema") != SCHEMA_VERSION:
        problems.append(Problem("schema", f"must be {SCHEMA_VERSION}"))
    unknown = sorted(set(data) - {"schema", "steps", "rules", "title"})
    if unknown:
        problems.append(Problem("$", f"unknown settings: {', '.join(unknown)}"))
    steps = data.get("steps")
    if not isinstance(steps, list) or not steps:
        return [*problems, Problem("steps", "at least one step is needed")]
    if len(steps) > MAX_STEPS:
        problems.append(Problem("steps", f"at most {MAX_STEPS} steps"))
    known: dict[str, Mapping[str, Any]] = {}
    step_keys: set[str] = set()
    field_count = 0
    for s, step in enumerate(steps):
        spath = f"steps[{s}]"
        if not isinstance(step, Mapping):
            problems.append(Problem(spath, "a step is an object"))
            continue
        key = step.get("key")
        if not isinstance(key, str) or not _KEY_RE.fullmatch(key) or "." in key:
            problems.append(Problem(f"{spath}.key", "use lowercase letters, digits and _"))
        elif key in step_keys:
            problems.append(Problem(f"{spath}.key", f"step {key} appears twice"))
        else:
            step_keys.add(key)
        problems += _text_problems(step.get("title"), f"{spath}.title")
        if step.get("condition") is not None:
            problems += _condition_problems(step["condition"], f"{spath}.condition", known)
        items = step.get("items")
        if not isinstance(items, list) or not items:
            problems.append(Problem(f"{spath}.items", "a step needs at least one question"))
            continue
        for i, item in enumerate(items):
            ipath = f"{spath}.items[{i}]"
            if not isinstance(item, Mapping):
                problems.append(Problem(ipath, "an item is an object"))
                continue
            if item.get("condition") is not None:
                problems += _condition_problems(item["condition"], f"{ipath}.condition", known)
            if "group" in item:
                problems += _group_problems(item, ipath)
                name = item.get("group")
                fields = item.get("fields")
                field_count += len(fields) if isinstance(fields, list) else 0
            else:
                problems += _field_problems(item, ipath)
                name = item.get("key")
                field_count += 1
            if isinstance(name, str):
                if name in known:
                    problems.append(Problem(ipath, f"the key {name} is used twice"))
                known[name] = {} if "group" in item else item
    if field_count > MAX_FIELDS:
        problems.append(Problem("steps", f"at most {MAX_FIELDS} questions in one form"))
    rules = data.get("rules", [])
    if not isinstance(rules, list):
        problems.append(Problem("rules", "must be a list"))
        rules = []
    for r, rule in enumerate(rules):
        problems += _rule_problems(rule, f"rules[{r}]", known)
    return problems


def _group_problems(item: Mapping[str, Any], path: str) -> list[Problem]:
    problems: list[Problem] = []
    name = item.get("group")
    if not isinstance(name, str) or not _KEY_RE.fullmatch(name) or len(name) > 80:
        problems.append(Problem(f"{path}.group", "use lowercase letters, digits, _ and dots"))
    elif is_shared(name) and name not in SHARED_GROUPS:
        problems.append(
            Problem(
                f"{path}.group",
                f"{name} is not a registered shared group; use a form-local key such as "
                "items or children",
            )
        )
    problems += _text_problems(item.get("label"), f"{path}.label")
    problems += _text_problems(item.get("item_label"), f"{path}.item_label", required=False)
    problems += _text_problems(item.get("hint"), f"{path}.hint", required=False)
    low, high = item.get("min", 0), item.get("max", 10)
    if not isinstance(low, int) or not isinstance(high, int) or not 0 <= low <= high:
        problems.append(Problem(path, "min and max must be whole numbers with min ≤ max"))
    elif high < 1 or high > MAX_GROUP_ITEMS:
        problems.append(Problem(f"{path}.max", f"must be between 1 and {MAX_GROUP_ITEMS}"))
    fields = item.get("fields")
    if not isinstance(fields, list) or not fields:
        return [*problems, Problem(f"{path}.fields", "a group needs at least one question")]
    seen: set[str] = set()
    for f, sub in enumerate(fields):
        fpath = f"{path}.fields[{f}]"
        if not isinstance(sub, Mapping):
            problems.append(Problem(fpath, "a question is an object"))
            continue
        if sub.get("condition") is not None:
            problems.append(Problem(f"{fpath}.condition", "conditions inside groups are not used"))
        if sub.get("type") == ATTACHMENT:
            problems.append(Problem(f"{fpath}.type", "attachments cannot repeat in a group"))
        problems += _field_problems(sub, fpath, group=name if isinstance(name, str) else "")
        key = sub.get("key")
        if isinstance(key, str):
            if key in seen:
                problems.append(Problem(f"{fpath}.key", f"the key {key} is used twice"))
            seen.add(key)
    return problems


def _rule_problems(rule: object, path: str, known: Mapping[str, Any]) -> list[Problem]:
    if not isinstance(rule, Mapping):
        return [Problem(path, "a rule is an object")]
    problems = _text_problems(rule.get("message"), f"{path}.message")
    kind = rule.get("type")
    if kind == "date_order":
        for end in ("start", "end"):
            key = rule.get(end)
            if not isinstance(key, str) or known.get(key, {}).get("type") != "date":
                problems.append(Problem(f"{path}.{end}", "must name a date field"))
    elif kind == "at_least_one":
        keys = rule.get("fields")
        if not isinstance(keys, list) or len(keys) < 2:
            problems.append(Problem(f"{path}.fields", "name at least two fields"))
        else:
            for key in keys:
                if not isinstance(key, str) or not known.get(key):
                    problems.append(Problem(f"{path}.fields", f"{key!r} is not a field"))
    else:
        problems.append(Problem(f"{path}.type", "use date_order or at_least_one"))
    return problems


# ---------------------------------------------------------------------------------------------
# Using a definition
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class FieldSpec:
    key: str
    type: str
    settings: Mapping[str, Any]

    @property
    def required(self) -> bool:
        return bool(self.settings.get("required", False))

    @property
    def condition(self) -> Mapping[str, Any] | None:
        return self.settings.get("condition")

    @property
    def sensitive(self) -> bool:
        field_type = FIELD_TYPES.get(self.type)
        return bool(field_type and field_type.sensitive)

    @property
    def is_attachment(self) -> bool:
        return self.type == ATTACHMENT

    def label(self, language: str) -> str:
        return text_for(self.settings.get("label"), language)

    def hint(self, language: str) -> str:
        return text_for(self.settings.get("hint"), language)

    def choices(self, language: str) -> list[tuple[str, str]]:
        return [
            (str(c["value"]), text_for(c.get("label"), language))
            for c in self.settings.get("choices", [])
        ]

    def type_spec(self, language: str) -> dict[str, Any]:
        """Settings as the field type reads them, with choice labels in ``language``."""
        spec = dict(self.settings)
        if "choices" in spec:
            spec["choices"] = [{"value": v, "label": label} for v, label in self.choices(language)]
        return spec

    def clean(self, raw: Any, language: str = "ja") -> JsonValue:
        """Validate one raw input; raises :class:`FieldError`."""
        if self.is_attachment:
            ids = [str(v) for v in (raw or []) if str(v).strip()]
            if not ids and self.required:
                raise FieldError("required", "Attach a file.")
            limit = int(self.settings.get("max_files", 1))
            if len(ids) > limit:
                raise FieldError("max_files", "Attach at most %(limit)d files.", {"limit": limit})
            return ids
        return to_json(FIELD_TYPES[self.type].clean(raw, self.type_spec(language)))

    def display_full(self, value: JsonValue, language: str) -> str:
        """Like :meth:`display`, but sensitive values unmasked (for staff who need them; the
        caller audits the read)."""
        if self.type == "individual_number" and value:
            return str(value)
        if self.type == "bank_account" and isinstance(value, Mapping):
            kind = ACCOUNT_TYPES.get(str(value.get("account_type")), str(value.get("account_type")))
            return (
                f"{value.get('bank_code')}-{value.get('branch_code')} {kind} "
                f"{value.get('account_number')} {value.get('holder_kana')}"
            )
        return self.display(value, language)

    def display(self, value: JsonValue, language: str) -> str:
        if self.is_attachment:
            return ""
        return FIELD_TYPES[self.type].display(from_json(self.type, value), self.type_spec(language))


@dataclass(frozen=True, eq=False)
class GroupSpec:
    key: str
    settings: Mapping[str, Any]
    fields: tuple[FieldSpec, ...]

    @property
    def condition(self) -> Mapping[str, Any] | None:
        return self.settings.get("condition")

    @property
    def min_items(self) -> int:
        return int(self.settings.get("min", 0))

    @property
    def max_items(self) -> int:
        return int(self.settings.get("max", 10))

    def label(self, language: str) -> str:
        return text_for(self.settings.get("label"), language)

    def item_label(self, language: str) -> str:
        return text_for(self.settings.get("item_label") or self.settings.get("label"), language)

    def hint(self, language: str) -> str:
        return text_for(self.settings.get("hint"), language)


Item = FieldSpec | GroupSpec


@dataclass(frozen=True, eq=False)
class StepSpec:
    key: str
    settings: Mapping[str, Any]
    items: tuple[Item, ...]

    @property
    def condition(self) -> Mapping[str, Any] | None:
        return self.settings.get("condition")

    def title(self, language: str) -> str:
        return text_for(self.settings.get("title"), language)


@dataclass
class StepResult:
    """The outcome of cleaning one step: answers for every field that applies, and errors by
    input name (the field key, ``<group>.<n>.<key>`` inside groups)."""

    answers: Answers = field(default_factory=dict)
    errors: dict[str, FieldError] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class RuleFailure:
    message: Text
    step_key: str
    field_key: str


def group_input_name(group: str, index: int, key: str) -> str:
    return f"{group}.{index}.{key}"


def condition_holds(condition: Mapping[str, Any] | None, answers: Mapping[str, Any]) -> bool:
    """Evaluate a condition against JSON answers (a missing answer is "not answered")."""
    if not condition:
        return True
    if "all" in condition:
        return all(condition_holds(part, answers) for part in condition["all"])
    if "any" in condition:
        return any(condition_holds(part, answers) for part in condition["any"])
    if "not" in condition:
        return not condition_holds(condition["not"], answers)
    value = answers.get(condition["field"])
    if "answered" in condition:
        return _answered(value) is condition["answered"]
    if "equals" in condition:
        return _matches(value, condition["equals"])
    if "not_equals" in condition:
        return not _matches(value, condition["not_equals"])
    return any(_matches(value, option) for option in condition.get("in", []))


def _answered(value: object) -> bool:
    return value not in (None, "", [], {})


def _matches(value: object, expected: object) -> bool:
    if isinstance(value, list):
        return expected in value
    return value == expected


def to_json(value: object) -> JsonValue:
    """A cleaned value as stored: ISO dates, decimal strings, plain containers."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    return value


def from_json(type_id: str, value: JsonValue) -> object:
    """The stored JSON value back as the field type's Python value (for display)."""
    if value is None:
        return None
    if type_id == "date" and isinstance(value, str):
        return date.fromisoformat(value)
    if type_id == "number" and isinstance(value, str):
        return Decimal(value)
    return value


class FormSpec:
    """A checked definition, ready to drive a journey."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        problems = definition_problems(data)
        if problems:
            raise DefinitionError(problems)
        self.data = data
        self.steps: tuple[StepSpec, ...] = tuple(
            StepSpec(
                key=step["key"],
                settings=step,
                items=tuple(_item_spec(item) for item in step["items"]),
            )
            for step in data["steps"]
        )
        self.rules: tuple[Mapping[str, Any], ...] = tuple(data.get("rules", []))

    # -- navigation ----------------------------------------------------------------------------

    def step(self, key: str) -> StepSpec:
        for step in self.steps:
            if step.key == key:
                return step
        raise KeyError(key)

    def visible_steps(self, answers: Mapping[str, Any]) -> list[StepSpec]:
        return [step for step in self.steps if condition_holds(step.condition, answers)]

    def next_step(self, after: str, answers: Mapping[str, Any]) -> StepSpec | None:
        """The first visible step after ``after`` (None at the end)."""
        keys = [step.key for step in self.steps]
        for step in self.steps[keys.index(after) + 1 :]:
            if condition_holds(step.condition, answers):
                return step
        return None

    def previous_step(self, before: str, answers: Mapping[str, Any]) -> StepSpec | None:
        keys = [step.key for step in self.steps]
        for step in reversed(self.steps[: keys.index(before)]):
            if condition_holds(step.condition, answers):
                return step
        return None

    def first_unanswered(self, answers: Mapping[str, Any], done: Iterable[str]) -> StepSpec | None:
        finished = set(done)
        for step in self.visible_steps(answers):
            if step.key not in finished:
                return step
        return None

    def fields(self) -> Iterable[tuple[StepSpec, Item]]:
        for step in self.steps:
            for item in step.items:
                yield step, item

    def field(self, key: str) -> FieldSpec:
        for _step, item in self.fields():
            if isinstance(item, FieldSpec) and item.key == key:
                return item
        raise KeyError(key)

    def attachment_fields(self) -> list[FieldSpec]:
        return [
            item for _s, item in self.fields() if isinstance(item, FieldSpec) and item.is_attachment
        ]

    # -- cleaning --------------------------------------------------------------------------------

    def clean_step(
        self,
        step: StepSpec,
        raw: RawInput,
        answers: Mapping[str, Any],
        *,
        group_counts: Mapping[str, int] | None = None,
        attachments: Mapping[str, Sequence[str]] | None = None,
        language: str = "ja",
    ) -> StepResult:
        """Validate one step's input. Conditions on this step see the answers of earlier
        steps plus those cleaned so far on this step, so a hidden field is never validated."""
        result = StepResult()
        known: dict[str, Any] = dict(answers)
        for item in step.items:
            if not condition_holds(item.condition, known):
                known.pop(item.key, None)
                continue
            if isinstance(item, GroupSpec):
                count = (group_counts or {}).get(item.key, max(item.min_items, 1))
                rows: list[dict[str, Any]] = []
                for index in range(count):
                    inputs = {
                        sub: _raw_value(sub, group_input_name(item.key, index, sub.key), raw)
                        for sub in item.fields
                    }
                    if not any(_raw_given(given) for given in inputs.values()):
                        continue  # an untouched blank item is not an item
                    row: dict[str, Any] = {}
                    for sub, given in inputs.items():
                        try:
                            row[sub.key] = sub.clean(given, language)
                        except FieldError as error:
                            result.errors[group_input_name(item.key, index, sub.key)] = error
                    rows.append(row)
                if len(rows) < item.min_items:
                    result.errors[item.key] = FieldError(
                        "min_items",
                        "Add at least %(min)d.",
                        {"min": item.min_items},
                    )
                elif len(rows) > item.max_items:
                    result.errors[item.key] = FieldError(
                        "max_items", "Add at most %(max)d.", {"max": item.max_items}
                    )
                known[item.key] = rows
                result.answers[item.key] = rows
                continue
            if item.is_attachment:
                value: Any = list((attachments or {}).get(item.key, []))
            else:
                value = _raw_value(item, item.key, raw)
            try:
                cleaned = item.clean(value, language)
            except FieldError as error:
                result.errors[item.key] = error
                known.pop(item.key, None)
                continue
            known[item.key] = cleaned
            result.answers[item.key] = cleaned
        return result

    def prune(self, answers: Mapping[str, Any]) -> Answers:
        """Only the answers that still apply, in definition order (for submission)."""
        kept: Answers = {}
        for step in self.steps:
            if not condition_holds(step.condition, kept):
                continue
            for item in step.items:
                if item.key in answers and condition_holds(item.condition, kept):
                    kept[item.key] = answers[item.key]
        return kept

    def rule_failures(self, answers: Mapping[str, Any]) -> list[RuleFailure]:
        failures = []
        step_of = {
            item.key: step.key for step, item in self.fields() if isinstance(item, FieldSpec)
        }
        for rule in self.rules:
            if rule["type"] == "date_order":
                start, end = answers.get(rule["start"]), answers.get(rule["end"])
                if start and end and str(start) > str(end):
                    failures.append(RuleFailure(rule["message"], step_of[rule["end"]], rule["end"]))
            elif rule["type"] == "at_least_one":
                keys = rule["fields"]
                if not any(_answered(answers.get(key)) for key in keys):
                    first = keys[0]
                    failures.append(RuleFailure(rule["message"], step_of[first], first))
        return failures

    # -- reading ----------------------------------------------------------------------------------

    def readable(
        self, answers: Mapping[str, Any], language: str
    ) -> list[tuple[StepSpec, list[ReadableAnswer]]]:
        """Answers laid out by step for the check-your-answers page and the case page."""
        pruned = self.prune(answers)
        layout = []
        for step in self.visible_steps(pruned):
            rows: list[ReadableAnswer] = []
            for item in step.items:
                if not condition_holds(item.condition, pruned):
                    continue
                value = pruned.get(item.key)
                if isinstance(item, GroupSpec):
                    for n, row in enumerate(value or [], start=1):
                        for sub in item.fields:
                            rows.append(
                                ReadableAnswer(
                                    key=group_input_name(item.key, n - 1, sub.key),
                                    label=f"{item.item_label(language)} {n}: {sub.label(language)}",
                                    text=sub.display(row.get(sub.key), language),
                                    full_text=(
                                        sub.display_full(row.get(sub.key), language)
                                        if sub.sensitive
                                        else ""
                                    ),
                                    sensitive=sub.sensitive,
                                    attachment_ids=(),
                                )
                            )
                    continue
                rows.append(
                    ReadableAnswer(
                        key=item.key,
                        label=item.label(language),
                        text=item.display(value, language),
                        full_text=item.display_full(value, language) if item.sensitive else "",
                        sensitive=item.sensitive,
                        attachment_ids=tuple(value or ()) if item.is_attachment else (),
                    )
                )
            layout.append((step, rows))
        return layout


@dataclass(frozen=True)
class ReadableAnswer:
    key: str
    label: str
    text: str
    """Display text; the field types mask sensitive values here."""
    full_text: str
    """The unmasked text of a sensitive value (empty for other values)."""
    sensitive: bool
    attachment_ids: tuple[str, ...]


def _item_spec(item: Mapping[str, Any]) -> Item:
    if "group" in item:
        return GroupSpec(
            key=item["group"],
            settings=item,
            fields=tuple(
                FieldSpec(key=f["key"], type=f["type"], settings=f) for f in item["fields"]
            ),
        )
    return FieldSpec(key=item["key"], type=item["type"], settings=item)


def _raw_given(value: Any) -> bool:
    if isinstance(value, Mapping):
        return any(str(v).strip() for v in value.values())
    if isinstance(value, list):
        return any(str(v).strip() for v in value)
    return bool(str(value).strip())


def _raw_value(spec: FieldSpec, name: str, raw: RawInput) -> Any:
    if spec.type in COMPOUND_PARTS:
        return {
            part: str(raw.get(f"{name}__{part}", "") or "") for part in COMPOUND_PARTS[spec.type]
        }
    if spec.type == "multiple_choice":
        return [str(v) for v in raw.getlist(name)]
    value = raw.get(name, "")
    return "" if value is None else str(value)
