"""The navigator's rules engine (``madoguchi.navigator.rules``): checking guides, cleaning
answers, checklists with deadlines, and the route between counters. Pure: no database."""

from __future__ import annotations

import copy
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from madoguchi.core.business_days import add_business_days, is_business_day
from madoguchi.navigator.rules import (
    AnswerError,
    GuideSpec,
    Problem,
    Question,
    guide_problems,
    route,
)

PROCEDURES = [
    "tennyu-todoke",
    "kokuho-kanyu-dattai",
    "hoikuen-nyuen",
    "jitensha-teiki",
    "inkan-toroku",
]
COUNTERS = ["shiba-madoguchi", "kokuho-nenkin", "hoiku"]


def _t(text: str) -> dict[str, str]:
    return {"ja": text, "en": text, "zh-hans": text, "ko": text}


def _choices(*values: str) -> list[dict[str, Any]]:
    return [{"value": value, "label": _t(value)} for value in values]


def make_guide() -> dict[str, Any]:
    """A small valid guide touching every question type, condition and deadline kind."""
    return {
        "schema": 1,
        "event_date": "moving_date",
        "questions": [
            {"key": "moving_date", "type": "date", "required": True, "label": _t("引越しの日")},
            {
                "key": "children",
                "type": "number",
                "min": 0,
                "max": 10,
                "required": True,
                "label": _t("子どもの数"),
            },
            {
                "key": "wants_daycare",
                "type": "yes_no",
                "required": True,
                "label": _t("保育園"),
                "condition": {"field": "children", "gte": 1},
            },
            {
                "key": "insurance",
                "type": "single_choice",
                "label": _t("保険"),
                "choices": _choices("kokuho", "employer"),
            },
            {
                "key": "vehicles",
                "type": "multiple_choice",
                "label": _t("乗りもの"),
                "choices": _choices("bicycle", "moped"),
            },
        ],
        "items": [
            {
                "procedure": "tennyu-todoke",
                "when": None,
                "why": _t("転入"),
                "deadline": {"days": 14, "counting": "calendar"},
                "counter": "shiba-madoguchi",
            },
            {
                "procedure": "kokuho-kanyu-dattai",
                "when": {"field": "insurance", "equals": "kokuho"},
                "why": _t("国保"),
                "deadline": {"days": 3, "counting": "business"},
                "counter": "kokuho-nenkin",
            },
            {
                "procedure": "hoikuen-nyuen",
                "when": {"field": "wants_daycare", "equals": True},
                "why": _t("保育園"),
                "counter": "hoiku",
            },
            {
                "procedure": "jitensha-teiki",
                "when": {"field": "vehicles", "equals": "bicycle"},
                "why": _t("駐輪場"),
            },
            {
                "procedure": "inkan-toroku",
                "when": None,
                "why": _t("印鑑"),
                "counter": "shiba-madoguchi",
            },
        ],
    }


def problems_of(guide: dict[str, Any], **lists: Any) -> list[tuple[str, str]]:
    return [(p.path, p.message) for p in guide_problems(guide, **lists)]


def has_problem(guide: dict[str, Any], path: str, fragment: str, **lists: Any) -> bool:
    return any(p == path and fragment in m for p, m in problems_of(guide, **lists))


# -- guide_problems -----------------------------------------------------------------------------


def test_the_sample_guide_is_valid_against_the_code_lists() -> None:
    # given a well-formed guide
    guide = make_guide()

    # when it is checked against the catalog's and the registry's codes
    problems = guide_problems(guide, procedures=PROCEDURES, counters=COUNTERS)

    # then nothing is wrong
    assert problems == []


def test_a_text_missing_a_language_is_named() -> None:
    # given a label without Korean, and a hint without Japanese
    guide = make_guide()
    del guide["questions"][0]["label"]["ko"]
    guide["questions"][1]["hint"] = {"en": "Enter 0 if none"}

    # when / then each is reported at its path
    assert has_problem(guide, "questions[0].label", "needs the languages ko")
    assert has_problem(guide, "questions[1].hint", "needs a Japanese text under ja")


def test_an_unknown_question_type_is_reported() -> None:
    # given a free-text question, which guides do not have
    guide = make_guide()
    guide["questions"][3]["type"] = "text"

    # when / then
    assert has_problem(guide, "questions[3].type", "one of number, yes_no")


def test_a_condition_may_only_look_at_earlier_questions() -> None:
    # given a question whose condition names a later question, and one naming no question
    guide = make_guide()
    guide["questions"][1]["condition"] = {"field": "insurance", "equals": "kokuho"}
    guide["questions"][3]["condition"] = {"field": "pets", "equals": True}

    # when
    problems = problems_of(guide)

    # then both are refused
    assert ("questions[1].condition.field", "'insurance' is not an earlier question") in problems
    assert ("questions[3].condition.field", "'pets' is not an earlier question") in problems


def test_gte_needs_a_number_question() -> None:
    # given an item comparing a choice question with a number
    guide = make_guide()
    guide["items"][1]["when"] = {"field": "insurance", "gte": 1}

    # when / then
    assert has_problem(guide, "items[1].when.gte", "compares a number question with a number")


def test_a_condition_value_must_be_one_of_the_choices() -> None:
    # given a condition on a choice the question does not offer (also inside any/not)
    guide = make_guide()
    guide["items"][1]["when"] = {"field": "insurance", "equals": "private"}
    guide["items"][3]["when"] = {"not": {"any": [{"field": "vehicles", "in": ["car"]}]}}

    # when / then
    assert has_problem(guide, "items[1].when.equals", "'private' is not a choice of insurance")
    assert has_problem(guide, "items[3].when.not.any[0].in", "'car' is not a choice of vehicles")


def test_unknown_codes_are_reported_only_when_the_code_lists_are_given() -> None:
    # given an item with a procedure and a counter that do not exist
    guide = make_guide()
    guide["items"][0]["procedure"] = "tennyu"
    guide["items"][0]["counter"] = "madoguchi-9"

    # when checked with and without the lists
    with_lists = problems_of(guide, procedures=PROCEDURES, counters=COUNTERS)
    without_lists = problems_of(guide)

    # then only the check with the lists knows they are wrong
    assert ("items[0].procedure", "no procedure 'tennyu' in the catalog") in with_lists
    assert ("items[0].counter", "no counter 'madoguchi-9' in the registry") in with_lists
    assert without_lists == []


def test_a_deadline_needs_an_event_date() -> None:
    # given a guide with deadlines but no question to count them from
    guide = make_guide()
    del guide["event_date"]

    # when
    problems = problems_of(guide)

    # then each item with a deadline is reported
    assert ("items[0].deadline", "a deadline needs event_date") in problems
    assert ("items[1].deadline", "a deadline needs event_date") in problems
    assert not any(path.startswith("items[2]") for path, _ in problems)


def test_event_date_must_name_a_date_question() -> None:
    # given an event date pointing at a number question
    guide = make_guide()
    guide["event_date"] = "children"

    # when / then
    assert has_problem(guide, "event_date", "must name a date question")


def test_a_procedure_listed_twice_is_reported() -> None:
    # given the same procedure twice
    guide = make_guide()
    guide["items"].append(copy.deepcopy(guide["items"][0]))

    # when / then the second one is named
    assert has_problem(guide, "items[5].procedure", "tennyu-todoke is listed twice")


def test_a_guide_with_problems_cannot_be_used() -> None:
    # given a guide with a problem
    guide = make_guide()
    guide["schema"] = 2

    # when / then building a spec refuses it with the problem list
    with pytest.raises(ValueError) as raised:
        GuideSpec(guide)
    assert Problem("schema", "must be 1") in raised.value.problems  # type: ignore[attr-defined]


# -- Question.clean -----------------------------------------------------------------------------


def question(kind: str, **settings: Any) -> Question:
    return Question(key="q", type=kind, settings={"key": "q", "type": kind, **settings})


def answer_error(q: Question, raw: list[str]) -> AnswerError:
    with pytest.raises(AnswerError) as raised:
        q.clean(raw)
    return raised.value


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(["2"], 2), (["２"], 2), ([" 3 "], 3), (["１０"], 10), (["0"], 0), (["", "4"], 4)],
    ids=["ascii", "full-width", "spaces", "full-width-two-digits", "zero", "first-non-empty"],
)
def test_a_number_answer_is_read_through_nfkc(raw: list[str], expected: int) -> None:
    # given a number question from 0 to 10
    q = question("number", min=0, max=10, required=True)

    # when / then full-width digits count as digits
    assert q.clean(raw) == expected


def test_a_number_outside_its_range_says_which_range() -> None:
    # given a number question from 1 to 10
    q = question("number", min=1, max=10)

    # when / then both ends are enforced, with the range in the error
    for raw in (["0"], ["１１"], ["100"]):
        error = answer_error(q, raw)
        assert error.code == "range"
        assert error.params == {"min": 1, "max": 10}


@pytest.mark.parametrize("raw", ["two", "-1", "1.5", "1000", "3人"])
def test_a_number_must_be_digits(raw: str) -> None:
    # given a number question
    q = question("number")

    # when / then anything but 1 to 3 digits is refused
    assert answer_error(q, [raw]).code == "number"


def test_a_missing_answer_is_an_error_only_when_required() -> None:
    # given the same question required and optional
    required, optional = question("number", required=True), question("number")

    # when / then
    assert answer_error(required, ["  "]).code == "required"
    assert optional.clean([]) is None
    assert question("multiple_choice", choices=_choices("a")).clean([""]) == []


def test_yes_no_takes_yes_and_no_only() -> None:
    # given a yes/no question
    q = question("yes_no")

    # when / then
    assert q.clean(["yes"]) is True
    assert q.clean(["no"]) is False
    assert q.clean(["ｙｅｓ"]) is True  # full-width letters from a Japanese keyboard
    assert answer_error(q, ["はい"]).code == "choice"


def test_single_choice_takes_one_of_its_values() -> None:
    # given a single choice
    q = question("single_choice", choices=_choices("kokuho", "employer"))

    # when / then
    assert q.clean(["employer"]) == "employer"
    assert answer_error(q, ["private"]).code == "choice"


def test_multiple_choice_keeps_the_choices_order_and_refuses_strangers() -> None:
    # given a multiple choice
    q = question("multiple_choice", choices=_choices("bicycle", "moped", "car"))

    # when / then answers come back in the question's order, without repeats
    assert q.clean(["car", "bicycle", "car"]) == ["bicycle", "car"]
    assert answer_error(q, ["bicycle", "boat"]).code == "choice"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-04-01", "2026-04-01"),
        ("2026/4/1", "2026-04-01"),
        ("2026年4月1日", "2026-04-01"),
        ("２０２６年４月１日", "2026-04-01"),
        ("2026.12.1", "2026-12-01"),
    ],
)
def test_dates_are_read_in_the_usual_japanese_forms(raw: str, expected: str) -> None:
    # given a date question
    q = question("date")

    # when / then every form becomes an ISO date
    assert q.clean([raw]) == expected


@pytest.mark.parametrize("raw", ["2026-02-30", "2026-13-01", "0000-01-01", "R8.4.1", "April 1"])
def test_impossible_or_unreadable_dates_are_refused(raw: str) -> None:
    # given a date question
    q = question("date")

    # when / then
    assert answer_error(q, [raw]).code == "date"


# -- GuideSpec.clean ----------------------------------------------------------------------------


def test_a_question_that_newly_applies_is_unanswered_not_an_error() -> None:
    # given a person who saw the first page and now says they have a child
    spec = GuideSpec(make_guide())
    raw = {"moving_date": ["2026-12-01"], "children": ["1"], "insurance": ["kokuho"]}
    shown = ["moving_date", "children", "insurance", "vehicles"]

    # when the answers are cleaned
    cleaned = spec.clean(raw, shown=shown)

    # then the daycare question is asked next rather than failed
    assert cleaned.unanswered == ["wants_daycare"]
    assert cleaned.errors == {}
    assert not cleaned.complete
    assert cleaned.answers["children"] == 1


def test_a_required_question_that_was_shown_and_left_empty_is_an_error() -> None:
    # given the daycare question was on the page but not answered
    spec = GuideSpec(make_guide())
    raw = {"moving_date": ["2026-12-01"], "children": ["1"]}

    # when cleaned with it shown
    cleaned = spec.clean(raw, shown=["moving_date", "children", "wants_daycare"])

    # then it is an error, not pending
    assert cleaned.errors["wants_daycare"].code == "required"
    assert cleaned.unanswered == ["insurance", "vehicles"]


def test_a_hidden_question_is_never_required_and_its_answer_is_dropped() -> None:
    # given no children, and a stale daycare answer left in the query string
    spec = GuideSpec(make_guide())
    raw = {
        "moving_date": ["2026-12-01"],
        "children": ["0"],
        "wants_daycare": ["yes"],
        "insurance": ["employer"],
    }

    # when cleaned
    cleaned = spec.clean(raw)

    # then the hidden question neither fails nor counts
    assert cleaned.errors == {}
    assert "wants_daycare" not in cleaned.answers
    assert cleaned.complete
    assert "hoikuen-nyuen" not in [e.procedure for e in spec.checklist(cleaned.answers)]


def test_an_invalid_answer_hides_the_questions_that_depend_on_it() -> None:
    # given a child count that is not a number
    spec = GuideSpec(make_guide())

    # when cleaned
    cleaned = spec.clean({"moving_date": ["2026-12-01"], "children": ["たくさん"]})

    # then the count is an error and the daycare question is not asked yet
    assert cleaned.errors["children"].code == "number"
    assert "wants_daycare" not in cleaned.errors
    assert [q.key for q in spec.applicable(cleaned.answers)] == [
        "moving_date",
        "children",
        "insurance",
        "vehicles",
    ]


# -- checklist ----------------------------------------------------------------------------------


def test_a_calendar_deadline_counts_days_after_the_event() -> None:
    # given a move on 2026-12-01
    spec = GuideSpec(make_guide())

    # when the checklist is made
    entries = spec.checklist({"moving_date": "2026-12-01", "children": 0})

    # then the 14-day notification is due on 2026-12-15
    first = entries[0]
    assert first.procedure == "tennyu-todoke"
    assert first.deadline is not None
    assert (first.deadline.days, first.deadline.counting) == (14, "calendar")
    assert first.deadline.due == date(2026, 12, 15)


def test_a_business_day_deadline_skips_the_new_year_closure_and_the_weekend() -> None:
    # given a move on Monday 2026-12-28: 12/29–1/3 is the year-end closure (1/2–1/3 also a
    # weekend), so the first open days after it are 1/4, 1/5 and 1/6
    spec = GuideSpec(make_guide())
    answers = {"moving_date": "2026-12-28", "children": 0, "insurance": "kokuho"}

    # when
    entries = {e.procedure: e for e in spec.checklist(answers)}

    # then three business days later is Wednesday 2027-01-06, as the city calendar says
    deadline = entries["kokuho-kanyu-dattai"].deadline
    assert deadline is not None
    assert deadline.due == date(2027, 1, 6)
    assert deadline.due == add_business_days(date(2026, 12, 28), days=3)
    assert not any(is_business_day(date(2026, 12, 28) + timedelta(days=n)) for n in range(1, 7))


def test_deadlines_can_fall_before_or_on_the_event_date() -> None:
    # given deadlines of 5 days before and 0 business days from a Saturday
    guide = make_guide()
    guide["items"][0]["deadline"] = {"days": -5, "counting": "calendar"}
    guide["items"][1]["deadline"] = {"days": 0, "counting": "business"}
    spec = GuideSpec(guide)

    # when the event is on Saturday 2026-12-05
    entries = spec.checklist({"moving_date": "2026-12-05", "insurance": "kokuho"})

    # then one is due 5 days earlier, the other on the next open day (Monday)
    assert entries[0].deadline is not None and entries[0].deadline.due == date(2026, 11, 30)
    assert entries[1].deadline is not None and entries[1].deadline.due == date(2026, 12, 7)


def test_without_the_event_date_a_deadline_has_no_due_day() -> None:
    # given no moving date answered
    spec = GuideSpec(make_guide())

    # when
    entry = spec.checklist({"children": 0})[0]

    # then the rule is kept but no day is invented
    assert entry.deadline is not None
    assert entry.deadline.days == 14
    assert entry.deadline.due is None


@pytest.mark.parametrize(
    ("moving_date", "counting"), [("9999-12-31", "calendar"), ("2100-01-04", "business")]
)
def test_a_due_day_outside_the_calendar_is_left_out_instead_of_failing(
    moving_date: str, counting: str
) -> None:
    # given a typed date that cleans but whose deadline cannot be computed
    guide = make_guide()
    guide["items"][0]["deadline"]["counting"] = counting
    spec = GuideSpec(guide)
    answers = spec.clean({"moving_date": [moving_date], "children": ["0"]}).answers

    # when the checklist is made
    entry = spec.checklist(answers)[0]

    # then the entry is there, without a due day
    assert entry.deadline is not None
    assert entry.deadline.due is None


def test_the_checklist_follows_the_answers_and_the_guide_order() -> None:
    # given a household with a child who needs daycare, on kokuho, with a bicycle
    spec = GuideSpec(make_guide())
    answers = {
        "moving_date": "2026-12-01",
        "children": 1,
        "wants_daycare": True,
        "insurance": "kokuho",
        "vehicles": ["bicycle"],
    }

    # when
    entries = spec.checklist(answers)

    # then every item applies, in the guide's order, with the item's own data
    assert [e.procedure for e in entries] == PROCEDURES
    assert [e.position for e in entries] == [0, 1, 2, 3, 4]
    assert entries[2].counter == "hoiku"
    assert entries[3].counter is None
    assert entries[0].why["ja"] == "転入"


# -- route --------------------------------------------------------------------------------------


def test_route_keeps_first_appearance_order_and_skips_online_procedures() -> None:
    # given a full checklist where the daycare application is done online
    spec = GuideSpec(make_guide())
    entries = spec.checklist(
        {
            "moving_date": "2026-12-01",
            "children": 1,
            "wants_daycare": True,
            "insurance": "kokuho",
            "vehicles": ["bicycle"],
        }
    )
    in_person = ["tennyu-todoke", "kokuho-kanyu-dattai", "inkan-toroku", "jitensha-teiki"]

    # when the route is planned
    stops = route(entries, at_counter=in_person)

    # then the registry counter comes once, first, and the online procedure's counter not at all
    assert stops == ["shiba-madoguchi", "kokuho-nenkin"]


def test_route_is_empty_when_everything_is_online() -> None:
    # given a checklist
    entries = GuideSpec(make_guide()).checklist({"moving_date": "2026-12-01"})

    # when nothing is done in person / then there is nowhere to go
    assert route(entries, at_counter=[]) == []


# -- properties ---------------------------------------------------------------------------------

_maybe_date = st.one_of(
    st.none(), st.dates(min_value=date(1949, 1, 1), max_value=date(2099, 12, 1)).map(str)
)
_answers = st.fixed_dictionaries(
    {},
    optional={
        "moving_date": _maybe_date,
        "children": st.integers(min_value=0, max_value=10),
        "wants_daycare": st.booleans(),
        "insurance": st.sampled_from(["kokuho", "employer"]),
        "vehicles": st.lists(st.sampled_from(["bicycle", "moped"]), unique=True),
    },
)


@given(_answers)
def test_a_checklist_is_always_in_guide_order_without_duplicates(answers: dict[str, Any]) -> None:
    # given any answers
    spec = GuideSpec(make_guide())

    # when the checklist is made
    entries = spec.checklist(answers)

    # then entries follow the guide strictly and no procedure repeats
    positions = [e.position for e in entries]
    assert positions == sorted(set(positions))
    assert len({e.procedure for e in entries}) == len(entries)
    assert all(spec.items[e.position]["procedure"] == e.procedure for e in entries)
    assert {"tennyu-todoke", "inkan-toroku"} <= {e.procedure for e in entries}


_raw_value = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(["yes", "1", "kokuho"])))


@given(
    st.dictionaries(
        st.sampled_from(["moving_date", "children", "wants_daycare", "insurance", "vehicles"]),
        _raw_value,
        max_size=5,
    )
)
def test_cleaning_any_input_gives_answers_or_errors_never_an_exception(
    raw: dict[str, list[str]],
) -> None:
    # given any query string
    spec = GuideSpec(make_guide())

    # when it is cleaned and turned into a checklist
    cleaned = spec.clean(raw)
    spec.checklist(cleaned.answers)

    # then each question is either answered, failed or absent, never two of those
    assert not set(cleaned.answers) & set(cleaned.errors)
    assert set(cleaned.answers) | set(cleaned.errors) <= {q.key for q in spec.questions}
