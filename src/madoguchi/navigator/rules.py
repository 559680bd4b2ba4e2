"""Life-event guides as data: questions, and rules that map answers to procedures.

A guide (one per life event) is a JSON object that staff edit (see ``docs/navigator.md``)::

    {"schema": 1,
     "event_date": "moving_date",                # optional: the question deadlines count from
     "questions": [{"key": "children_preschool", "type": "number", "min": 0, "max": 10,
                    "required": true, "label": {"ja": …, "en": …, "zh-hans": …, "ko": …}}, …],
     "items": [{"procedure": "tennyu-todoke", "when": null,
                "why": {…}, "deadline": {"days": 14, "counting": "calendar"},
                "counter": "shiba-madoguchi", "bring": [{…}]}, …]}

This module checks a guide (:func:`guide_problems`), cleans raw answers
(:meth:`GuideSpec.clean`) and turns answers into checklist entries (:meth:`GuideSpec.checklist`)
with their deadlines. Pure Python, no Django and no database: the caller says which procedure
and counter codes exist, and enriches the entries with catalog data. Error messages are
untranslated codes; the web layer words them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from madoguchi.core.business_days import add_business_days

SCHEMA_VERSION = 1
LANGUAGES = ("ja", "en", "zh-hans", "ko")
QUESTION_TYPES = ("number", "yes_no", "single_choice", "multiple_choice", "date")
COUNTINGS = ("calendar", "business")
MAX_QUESTIONS = 40
MAX_ITEMS = 80
MAX_NUMBER = 99
_KEY_RE = re.compile(r"[a-z][a-z0-9_]*")
_CODE_RE = re.compile(r"[a-z0-9][a-z0-9_-]*")
_OPERATORS = ("equals", "not_equals", "in", "answered", "gte", "lte")

Answers = dict[str, Any]


def text_for(text: object, language: str) -> str:
    """One language of a ``{"ja": …, "en": …}`` text, falling back to Japanese."""
    if isinstance(text, Mapping):
        return str(text.get(language) or text.get("ja") or "")
    return str(text or "")


@dataclass(frozen=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class GuideError(ValueError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


# -- checking ---------------------------------------------------------------------------------


def _text_problems(value: object, path: str, *, required: bool = True) -> list[Problem]:
    if value is None and not required:
        return []
    if not isinstance(value, Mapping) or not isinstance(value.get("ja"), str) or not value["ja"]:
        return [Problem(path, "needs a Japanese text under ja")]
    missing = [
        lang for lang in LANGUAGES if not isinstance(value.get(lang), str) or not value[lang]
    ]
    if missing:
        return [Problem(path, f"needs the languages {', '.join(missing)}")]
    return []


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
        return [Problem(f"{path}.field", f"{key!r} is not an earlier question")]
    operators = [op for op in _OPERATORS if op in condition]
    if len(operators) != 1:
        return [Problem(path, f"use exactly one of {', '.join(_OPERATORS)}")]
    operator = operators[0]
    question = known[key]
    value = condition[operator]
    if operator == "answered":
        return [] if isinstance(value, bool) else [Problem(f"{path}.answered", "true or false")]
    if operator in ("gte", "lte"):
        if (
            question.get("type") != "number"
            or isinstance(value, bool)
            or not isinstance(value, int)
        ):
            return [Problem(f"{path}.{operator}", "compares a number question with a number")]
        return []
    values = value if operator == "in" else [value]
    if operator == "in" and (not isinstance(value, list) or not value):
        return [Problem(f"{path}.in", "must be a non-empty list")]
    kind = question.get("type")
    if kind in ("single_choice", "multiple_choice"):
        allowed = {c.get("value") for c in question.get("choices", []) if isinstance(c, Mapping)}
        unknown = [v for v in values if v not in allowed]
        if unknown:
            return [Problem(f"{path}.{operator}", f"{unknown[0]!r} is not a choice of {key}")]
    elif kind == "yes_no" and any(not isinstance(v, bool) for v in values):
        return [Problem(f"{path}.{operator}", f"{key} is answered with true or false")]
    elif kind == "number" and any(isinstance(v, bool) or not isinstance(v, int) for v in values):
        return [Problem(f"{path}.{operator}", f"{key} is answered with a whole number")]
    return []


def _question_problems(question: object, path: str) -> list[Problem]:
    if not isinstance(question, Mapping):
        return [Problem(path, "a question is an object")]
    problems: list[Problem] = []
    key = question.get("key")
    if not isinstance(key, str) or not _KEY_RE.fullmatch(key) or len(key) > 40:
        problems.append(Problem(f"{path}.key", "use lowercase letters, digits and _"))
    kind = question.get("type")
    if kind not in QUESTION_TYPES:
        problems.append(Problem(f"{path}.type", f"one of {', '.join(QUESTION_TYPES)}"))
    unknown = sorted(
        set(question)
        - {"key", "type", "label", "hint", "required", "choices", "min", "max", "condition"}
    )
    if unknown:
        problems.append(Problem(path, f"unknown settings: {', '.join(unknown)}"))
    problems += _text_problems(question.get("label"), f"{path}.label")
    problems += _text_problems(question.get("hint"), f"{path}.hint", required=False)
    if "required" in question and not isinstance(question["required"], bool):
        problems.append(Problem(f"{path}.required", "true or false"))
    if kind in ("single_choice", "multiple_choice"):
        choices = question.get("choices")
        if not isinstance(choices, list) or not choices:
            problems.append(Problem(f"{path}.choices", "at least one choice is needed"))
        else:
            seen: set[str] = set()
            for i, choice in enumerate(choices):
                cpath = f"{path}.choices[{i}]"
                value = choice.get("value") if isinstance(choice, Mapping) else None
                if not isinstance(value, str) or not _CODE_RE.fullmatch(value) or value in seen:
                    problems.append(Problem(f"{cpath}.value", "unique lowercase values"))
                    continue
                seen.add(value)
                problems += _text_problems(choice.get("label"), f"{cpath}.label")
    if kind == "number":
        low, high = question.get("min", 0), question.get("max", MAX_NUMBER)
        if (
            not isinstance(low, int)
            or not isinstance(high, int)
            or isinstance(low, bool)
            or isinstance(high, bool)
            or not 0 <= low <= high <= MAX_NUMBER
        ):
            problems.append(
                Problem(path, f"min and max are whole numbers, 0 ≤ min ≤ max ≤ {MAX_NUMBER}")
            )
    return problems


def _item_problems(
    item: object,
    path: str,
    known: Mapping[str, Mapping[str, Any]],
    procedures: Sequence[str] | None,
    counters: Sequence[str] | None,
) -> list[Problem]:
    if not isinstance(item, Mapping):
        return [Problem(path, "an item is an object")]
    problems: list[Problem] = []
    unknown = sorted(set(item) - {"procedure", "when", "why", "deadline", "counter", "bring"})
    if unknown:
        problems.append(Problem(path, f"unknown settings: {', '.join(unknown)}"))
    code = item.get("procedure")
    if not isinstance(code, str) or not code:
        problems.append(Problem(f"{path}.procedure", "a procedure code is needed"))
    elif procedures is not None and code not in procedures:
        problems.append(Problem(f"{path}.procedure", f"no procedure {code!r} in the catalog"))
    if item.get("when") is not None:
        problems += _condition_problems(item["when"], f"{path}.when", known)
    problems += _text_problems(item.get("why"), f"{path}.why")
    deadline = item.get("deadline")
    if deadline is not None:
        if not isinstance(deadline, Mapping):
            problems.append(Problem(f"{path}.deadline", "an object with days and counting"))
        else:
            days = deadline.get("days")
            if isinstance(days, bool) or not isinstance(days, int) or not -366 <= days <= 366:
                problems.append(Problem(f"{path}.deadline.days", "whole days, -366 to 366"))
            if deadline.get("counting", "calendar") not in COUNTINGS:
                problems.append(Problem(f"{path}.deadline.counting", "calendar or business"))
            problems += _text_problems(
                deadline.get("note"), f"{path}.deadline.note", required=False
            )
            extra = sorted(set(deadline) - {"days", "counting", "note"})
            if extra:
                problems.append(
                    Problem(f"{path}.deadline", f"unknown settings: {', '.join(extra)}")
                )
    counter = item.get("counter")
    if counter is not None:
        if not isinstance(counter, str) or not counter:
            problems.append(Problem(f"{path}.counter", "a counter code"))
        elif counters is not None and counter not in counters:
            problems.append(Problem(f"{path}.counter", f"no counter {counter!r} in the registry"))
    bring = item.get("bring")
    if bring is not None:
        if not isinstance(bring, list):
            problems.append(Problem(f"{path}.bring", "a list of texts"))
        else:
            for i, text in enumerate(bring):
                problems += _text_problems(text, f"{path}.bring[{i}]")
    return problems


def guide_problems(
    data: object,
    *,
    procedures: Sequence[str] | None = None,
    counters: Sequence[str] | None = None,
) -> list[Problem]:
    """Everything wrong with a guide; empty when it can be used. With ``procedures`` and
    ``counters``, codes are also checked against the catalog and the counter registry."""
    if not isinstance(data, Mapping):
        return [Problem("$", "a guide is a JSON object")]
    problems: list[Problem] = []
    if data.get("schema") != SCHEMA_VERSION:
        problems.append(Problem("schema", f"must be {SCHEMA_VERSION}"))
    unknown = sorted(set(data) - {"schema", "questions", "items", "event_date", "intro"})
    if unknown:
        problems.append(Problem("$", f"unknown settings: {', '.join(unknown)}"))
    problems += _text_problems(data.get("intro"), "intro", required=False)
    questions = data.get("questions")
    if not isinstance(questions, list):
        return [*problems, Problem("questions", "must be a list")]
    if len(questions) > MAX_QUESTIONS:
        problems.append(Problem("questions", f"at most {MAX_QUESTIONS}"))
    known: dict[str, Mapping[str, Any]] = {}
    for i, question in enumerate(questions):
        path = f"questions[{i}]"
        qproblems = _question_problems(question, path)
        problems += qproblems
        if not isinstance(question, Mapping):
            continue
        if question.get("condition") is not None:
            problems += _condition_problems(question["condition"], f"{path}.condition", known)
        key = question.get("key")
        if isinstance(key, str):
            if key in known:
                problems.append(Problem(f"{path}.key", f"the key {key} is used twice"))
            known[key] = question
    event_date = data.get("event_date")
    if event_date is not None and (
        not isinstance(event_date, str) or known.get(event_date, {}).get("type") != "date"
    ):
        problems.append(Problem("event_date", "must name a date question"))
    items = data.get("items")
    if not isinstance(items, list) or not items:
        return [*problems, Problem("items", "at least one procedure is needed")]
    if len(items) > MAX_ITEMS:
        problems.append(Problem("items", f"at most {MAX_ITEMS}"))
    seen: set[str] = set()
    for i, item in enumerate(items):
        problems += _item_problems(item, f"items[{i}]", known, procedures, counters)
        code = item.get("procedure") if isinstance(item, Mapping) else None
        if isinstance(code, str):
            if code in seen:
                problems.append(Problem(f"items[{i}].procedure", f"{code} is listed twice"))
            seen.add(code)
        if (
            isinstance(item, Mapping)
            and isinstance(item.get("deadline"), Mapping)
            and event_date is None
        ):
            problems.append(Problem(f"items[{i}].deadline", "a deadline needs event_date"))
    return problems


# -- answering --------------------------------------------------------------------------------


def raw_from_answers(answers: Mapping[str, Any]) -> dict[str, list[str]]:
    """Answers back into raw input, as a query string or a form carries them (the inverse of
    :meth:`GuideSpec.clean`; also how JSON answers from the API are read)."""
    raw: dict[str, list[str]] = {}
    for key, value in answers.items():
        if isinstance(value, bool):
            raw[key] = ["yes" if value else "no"]
        elif isinstance(value, list):
            raw[key] = [str(v) for v in value]
        elif value is not None:
            raw[key] = [str(value)]
    return raw


def condition_holds(condition: Mapping[str, Any] | None, answers: Mapping[str, Any]) -> bool:
    """Evaluate a condition; an unanswered question satisfies no comparison."""
    if not condition:
        return True
    if "all" in condition:
        return all(condition_holds(part, answers) for part in condition["all"])
    if "any" in condition:
        return any(condition_holds(part, answers) for part in condition["any"])
    if "not" in condition:
        return not condition_holds(condition["not"], answers)
    value = answers.get(condition["field"])
    answered = value not in (None, "", [])
    if "answered" in condition:
        return answered is condition["answered"]
    if not answered:
        return False
    if "gte" in condition:
        return isinstance(value, int) and value >= condition["gte"]
    if "lte" in condition:
        return isinstance(value, int) and value <= condition["lte"]
    if "equals" in condition:
        return _matches(value, condition["equals"])
    if "not_equals" in condition:
        return not _matches(value, condition["not_equals"])
    return any(_matches(value, option) for option in condition.get("in", []))


def _matches(value: object, expected: object) -> bool:
    if isinstance(value, list):
        return expected in value
    return value == expected


@dataclass(frozen=True)
class Question:
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
    def choices(self) -> list[Mapping[str, Any]]:
        return list(self.settings.get("choices", []))

    @property
    def minimum(self) -> int:
        return int(self.settings.get("min", 0))

    @property
    def maximum(self) -> int:
        return int(self.settings.get("max", MAX_NUMBER))

    def label(self, language: str) -> str:
        return text_for(self.settings.get("label"), language)

    def hint(self, language: str) -> str:
        return text_for(self.settings.get("hint"), language)

    def choice_label(self, value: str, language: str) -> str:
        for choice in self.choices:
            if choice["value"] == value:
                return text_for(choice["label"], language)
        return value

    def display(self, value: Any, language: str) -> str:
        """An answer as text for people (the checklist's summary of answers)."""
        if value is None or value == "" or value == []:
            return ""
        if self.type == "yes_no":
            return (
                {"ja": "はい", "en": "Yes", "zh-hans": "是", "ko": "예"}.get(language, "はい")
                if value
                else {"ja": "いいえ", "en": "No", "zh-hans": "否", "ko": "아니요"}.get(
                    language, "いいえ"
                )
            )
        if self.type == "single_choice":
            return self.choice_label(str(value), language)
        if self.type == "multiple_choice":
            return "、".join(self.choice_label(str(v), language) for v in value)
        return str(value)

    def clean(self, raw: Sequence[str]) -> Any:
        """One question's raw input (a list of strings, as a query string gives) as a JSON
        answer; raises :class:`AnswerError` with a code the web layer words."""
        values = [unicodedata.normalize("NFKC", v).strip() for v in raw if v is not None]
        given = [v for v in values if v]
        if not given:
            if self.required:
                raise AnswerError("required")
            return [] if self.type == "multiple_choice" else None
        first = given[0]
        if self.type == "number":
            if not re.fullmatch(r"\d{1,3}", first):
                raise AnswerError("number")
            number = int(first)
            if not self.minimum <= number <= self.maximum:
                raise AnswerError("range", {"min": self.minimum, "max": self.maximum})
            return number
        if self.type == "yes_no":
            if first not in ("yes", "no"):
                raise AnswerError("choice")
            return first == "yes"
        allowed = [c["value"] for c in self.choices]
        if self.type == "single_choice":
            if first not in allowed:
                raise AnswerError("choice")
            return first
        if self.type == "multiple_choice":
            if any(v not in allowed for v in given):
                raise AnswerError("choice")
            return [v for v in allowed if v in given]
        # date: ISO from <input type=date>, or 2026/4/1 typed where date inputs are missing
        match = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", first)
        if not match:
            raise AnswerError("date")
        try:
            return date(*(int(part) for part in match.groups())).isoformat()
        except ValueError as exc:
            raise AnswerError("date") from exc


class AnswerError(ValueError):
    def __init__(self, code: str, params: Mapping[str, Any] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.params = dict(params or {})


@dataclass(frozen=True)
class Deadline:
    days: int
    counting: str
    due: date | None
    """The last day, when the event date is known."""
    note: Mapping[str, str] | None


@dataclass(frozen=True)
class Entry:
    """One procedure on a resident's checklist, before catalog data is added."""

    procedure: str
    why: Mapping[str, str]
    deadline: Deadline | None
    counter: str | None
    bring: tuple[Mapping[str, str], ...] | None
    position: int


@dataclass
class Cleaned:
    answers: Answers = field(default_factory=dict)
    errors: dict[str, AnswerError] = field(default_factory=dict)
    unanswered: list[str] = field(default_factory=list)
    """Applicable questions nobody has seen yet (shown because of other answers)."""

    @property
    def complete(self) -> bool:
        return not self.errors and not self.unanswered


class GuideSpec:
    """A checked guide."""

    def __init__(
        self,
        data: Mapping[str, Any],
        *,
        procedures: Sequence[str] | None = None,
        counters: Sequence[str] | None = None,
    ) -> None:
        problems = guide_problems(data, procedures=procedures, counters=counters)
        if problems:
            raise GuideError(problems)
        self.data = data
        self.questions = tuple(
            Question(key=q["key"], type=q["type"], settings=q) for q in data["questions"]
        )
        self.items: tuple[Mapping[str, Any], ...] = tuple(data["items"])
        self.event_date_key: str | None = data.get("event_date")

    def question(self, key: str) -> Question:
        for question in self.questions:
            if question.key == key:
                return question
        raise KeyError(key)

    def applicable(self, answers: Mapping[str, Any]) -> list[Question]:
        """The questions that apply given the answers so far (conditions see earlier answers)."""
        known: Answers = {}
        shown = []
        for question in self.questions:
            if condition_holds(question.condition, known):
                shown.append(question)
                if question.key in answers:
                    known[question.key] = answers[question.key]
        return shown

    def clean(
        self, raw: Mapping[str, Sequence[str]], *, shown: Sequence[str] | None = None
    ) -> Cleaned:
        """Clean raw input. ``shown`` names the questions the person saw; an applicable
        question outside it is reported in ``unanswered`` rather than as an error, so a
        question that appears because of an answer is asked, not failed."""
        result = Cleaned()
        for question in self.questions:
            if not condition_holds(question.condition, result.answers):
                continue
            if shown is not None and question.key not in shown and question.key not in raw:
                result.unanswered.append(question.key)
                continue
            try:
                value = question.clean(list(raw.get(question.key, [])))
            except AnswerError as error:
                result.errors[question.key] = error
                continue
            if value is not None and value != []:
                result.answers[question.key] = value
            elif question.type == "multiple_choice":
                result.answers[question.key] = []
        return result

    def event_date(self, answers: Mapping[str, Any]) -> date | None:
        if self.event_date_key is None:
            return None
        value = answers.get(self.event_date_key)
        return date.fromisoformat(value) if isinstance(value, str) else None

    def checklist(self, answers: Mapping[str, Any]) -> list[Entry]:
        """The procedures the answers call for, in the guide's order, with deadlines."""
        start = self.event_date(answers)
        entries = []
        for position, item in enumerate(self.items):
            if not condition_holds(item.get("when"), answers):
                continue
            deadline = None
            if item.get("deadline") is not None:
                spec = item["deadline"]
                days, counting = int(spec["days"]), spec.get("counting", "calendar")
                due = None
                if start is not None:
                    # A typed date that cleans (9999-12-31, 2100-01-01) can leave the range of
                    # dates or of the business-day calendar: no due date then, not a crash.
                    try:
                        due = (
                            add_business_days(start, days=days)
                            if counting == "business"
                            else start + timedelta(days=days)
                        )
                    except (OverflowError, ValueError):
                        due = None
                deadline = Deadline(days, counting, due, spec.get("note"))
            bring = item.get("bring")
            entries.append(
                Entry(
                    procedure=item["procedure"],
                    why=item["why"],
                    deadline=deadline,
                    counter=item.get("counter"),
                    bring=tuple(bring) if bring is not None else None,
                    position=position,
                )
            )
        return entries


def route(entries: Sequence[Entry], *, at_counter: Sequence[str]) -> list[str]:
    """The counters to visit, in order of the first checklist entry that needs each, for the
    procedures done in person (``at_counter``: their codes)."""
    stops: list[str] = []
    for entry in entries:
        if entry.counter and entry.procedure in at_counter and entry.counter not in stops:
            stops.append(entry.counter)
    return stops
