"""The demo life-event guides (``madoguchi.navigator.demo_guides``) against households.

A table of scenarios: a household's answers, as a query string gives them, and the procedures
its checklist must and must not contain. Pure: the guides, the catalog and the counter
registry are read as data, without a database.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pytest

from madoguchi.navigator.demo_guides import GUIDES
from madoguchi.navigator.rules import LANGUAGES, GuideSpec, guide_problems
from madoguchi.payments.demo import COUNTERS
from madoguchi.procedures.demo_procedures import PROCEDURES

LIFE_EVENTS = {
    "moving_in",
    "moving_out",
    "moving_within",
    "birth",
    "marriage",
    "death",
    "school",
    "long_term_care",
    "foreign_arrival",
}
CATALOG = {p["code"]: p for p in PROCEDURES}
COUNTER_CODES = [counter[0] for counter in COUNTERS]


class Scenario(NamedTuple):
    event: str
    raw: dict[str, list[str]]
    must: set[str]
    must_not: set[str]
    due: dict[str, date] | None = None


FAMILY_OF_FOUR = {
    "moving_date": ["2026-12-01"],
    "moved_from": ["japan"],
    "children_preschool": ["1"],
    "children_school": ["1"],
    "preschool_care": ["hoikuen"],
    "public_school": ["yes"],
    "health_insurance": ["kokuho"],
    "national_pension": ["yes"],
    "dog": ["registered"],
    "vehicles": ["bicycle"],
}

SCENARIOS = {
    "moving-in-family-of-four": Scenario(
        "moving_in",
        FAMILY_OF_FOUR,
        must={
            "tennyu-todoke",
            "kokuho-kanyu-dattai",
            "kokumin-nenkin-kanyu",
            "jido-teate",
            "kodomo-iryohi-josei",
            "hoikuen-nyuen",
            "tennyugaku",
            "inu-henko-shibo",
            "jitensha-teiki",
            "inkan-toroku",
            "juminhyo-copy",
        },
        must_not={
            "gaikokujin-jukyochi",
            "inu-toroku",
            "gentsuki-toroku",
            "yochien-nyuen",
            "mynumber-card",
        },
        due={
            "tennyu-todoke": date(2026, 12, 15),
            "jido-teate": date(2026, 12, 16),
            "inu-henko-shibo": date(2026, 12, 31),
        },
    ),
    "moving-in-single-foreign-national-from-abroad": Scenario(
        "moving_in",
        {
            "moving_date": ["2026-04-01"],
            "moved_from": ["abroad"],
            "nationality": ["foreign"],
            "children_preschool": ["0"],
            "children_school": ["0"],
            "health_insurance": ["kokuho"],
            "national_pension": ["yes"],
            "dog": ["none"],
        },
        must={
            "gaikokujin-jukyochi",
            "kokuho-kanyu-dattai",
            "kokumin-nenkin-kanyu",
            "mynumber-card",
        },
        must_not={"tennyu-todoke", "jido-teate", "kodomo-iryohi-josei", "tennyugaku"},
        due={"gaikokujin-jukyochi": date(2026, 4, 15)},
    ),
    "moving-in-couple-without-children": Scenario(
        "moving_in",
        {
            "moving_date": ["2026年6月1日"],
            "moved_from": ["japan"],
            "children_preschool": ["０"],
            "children_school": ["0"],
            "health_insurance": ["employer"],
            "national_pension": ["no"],
            "dog": ["none"],
            "vehicles": [],
        },
        must={"tennyu-todoke", "inkan-toroku", "juminhyo-copy", "kagu-tento-boshi"},
        must_not={
            "jido-teate",
            "kodomo-iryohi-josei",
            "hoikuen-nyuen",
            "tennyugaku",
            "kokuho-kanyu-dattai",
            "kokumin-nenkin-kanyu",
            "jitensha-teiki",
        },
        due={"tennyu-todoke": date(2026, 6, 15)},
    ),
    "moving-in-mixed-family-from-abroad-with-a-new-dog-and-a-moped": Scenario(
        "moving_in",
        {
            "moving_date": ["2026-09-01"],
            "moved_from": ["abroad"],
            "nationality": ["japanese", "foreign"],
            "children_preschool": ["1"],
            "children_school": ["1"],
            "preschool_care": ["yochien"],
            "public_school": ["no"],
            "health_insurance": ["employer"],
            "national_pension": ["no"],
            "dog": ["not_registered"],
            "vehicles": ["moped"],
        },
        must={
            "tennyu-todoke",
            "gaikokujin-jukyochi",
            "jido-teate",
            "yochien-nyuen",
            "inu-toroku",
            "gentsuki-toroku",
        },
        must_not={"inu-henko-shibo", "hoikuen-nyuen", "tennyugaku", "jitensha-teiki"},
        due={"inu-toroku": date(2026, 10, 1), "gentsuki-toroku": date(2026, 9, 16)},
    ),
    "moving-out-single-on-kokuho-with-a-moped-and-furniture": Scenario(
        "moving_out",
        {
            "moving_date": ["2026-03-20"],
            "health_insurance": ["kokuho"],
            "needs_tax_certificate": ["no"],
            "dog": ["no"],
            "moped": ["yes"],
            "waste": ["large_items"],
        },
        must={"tenshutsu-todoke", "kokuho-kanyu-dattai", "gentsuki-toroku", "sodai-gomi"},
        must_not={"ichiji-taryo-gomi", "zei-shomei", "inu-henko-shibo", "tennyu-todoke"},
        due={"tenshutsu-todoke": date(2026, 3, 20)},
    ),
    "moving-out-family-needing-a-tax-certificate-with-a-dog": Scenario(
        "moving_out",
        {
            "moving_date": ["2026-08-10"],
            "health_insurance": ["employer"],
            "needs_tax_certificate": ["yes"],
            "dog": ["yes"],
            "moped": ["no"],
            "waste": ["lots", "large_items"],
        },
        must={"tenshutsu-todoke", "zei-shomei", "inu-henko-shibo", "ichiji-taryo-gomi"},
        must_not={"kokuho-kanyu-dattai", "gentsuki-toroku"},
    ),
    "moving-within-with-a-school-transfer-and-a-bicycle": Scenario(
        "moving_within",
        {
            "moving_date": ["2026/7/1"],
            "school_transfer": ["yes"],
            "dog": ["no"],
            "bicycle": ["yes"],
        },
        must={"tenkyo-todoke", "tennyugaku", "jitensha-teiki", "juminhyo-copy"},
        must_not={"tennyu-todoke", "tenshutsu-todoke", "inu-henko-shibo", "sodai-gomi"},
        due={"tenkyo-todoke": date(2026, 7, 15)},
    ),
    "birth-on-kokuho-wanting-daycare": Scenario(
        "birth",
        {
            "birth_date": ["2026-04-01"],
            "health_insurance": ["kokuho"],
            "public_servant": ["no"],
            "wants_daycare": ["yes"],
        },
        must={
            "shussei-todoke",
            "kokuho-kanyu-dattai",
            "jido-teate",
            "kodomo-iryohi-josei",
            "hoikuen-nyuen",
        },
        must_not={"ninshin-todoke", "tennyu-todoke"},
        # 戸籍法第43条 counts the day of birth: the 14th day is 04-14
        due={"shussei-todoke": date(2026, 4, 14), "jido-teate": date(2026, 4, 16)},
    ),
    "birth-to-a-public-employee-on-employer-insurance": Scenario(
        "birth",
        {
            "birth_date": ["2026-10-10"],
            "health_insurance": ["employer"],
            "public_servant": ["yes"],
            "wants_daycare": ["no"],
        },
        must={"shussei-todoke", "kodomo-iryohi-josei"},
        must_not={"jido-teate", "kokuho-kanyu-dattai", "hoikuen-nyuen"},
    ),
    "marriage-with-a-new-minato-register-and-a-surname-change": Scenario(
        "marriage",
        {
            "marriage_date": ["2026-11-22"],
            "koseki_certificate": ["minato"],
            "needs_acceptance_proof": ["yes"],
            "separate_households": ["yes"],
            "seal_name_change": ["yes"],
            "insurance_change": ["leave_kokuho"],
        },
        must={
            "konin-todoke",
            "todoke-juri-shomei",
            "koseki-shomei",
            "setai-henko",
            "inkan-toroku",
            "kokuho-kanyu-dattai",
        },
        must_not={"koseki-koiki"},
        due={"setai-henko": date(2026, 12, 6)},
    ),
    "marriage-with-nothing-else-changing": Scenario(
        "marriage",
        {
            "marriage_date": ["2026-05-05"],
            "koseki_certificate": ["no"],
            "needs_acceptance_proof": ["no"],
            "separate_households": ["no"],
            "seal_name_change": ["no"],
            "insurance_change": ["none"],
        },
        must={"konin-todoke"},
        must_not={
            "todoke-juri-shomei",
            "koseki-shomei",
            "koseki-koiki",
            "setai-henko",
            "inkan-toroku",
            "kokuho-kanyu-dattai",
        },
    ),
    "death-of-the-head-of-household-on-kokuho": Scenario(
        "death",
        {
            "death_date": ["2026-03-10"],
            "health_insurance": ["kokuho"],
            "was_head": ["yes"],
            "remaining_adults": ["2"],
            "koseki_for_inheritance": ["elsewhere"],
            "dog": ["no"],
            "waste": ["lots"],
        },
        must={"shibo-todoke", "kokuho-kanyu-dattai", "setai-henko", "koseki-koiki"},
        must_not={"koseki-shomei", "joseki-genkoseki", "inu-henko-shibo", "sodai-gomi"},
        # 戸籍法第43条 counts the day one learns of the death: the 7th day is 03-16
        due={"shibo-todoke": date(2026, 3, 16), "kokuho-kanyu-dattai": date(2026, 3, 24)},
    ),
    "death-of-an-elderly-relative-registered-in-minato": Scenario(
        "death",
        {
            "death_date": ["2026-01-20"],
            "health_insurance": ["koki"],
            "was_head": ["no"],
            "remaining_adults": ["3"],  # hidden question: ignored
            "koseki_for_inheritance": ["minato"],
            "dog": ["yes"],
        },
        must={"shibo-todoke", "koseki-shomei", "joseki-genkoseki", "inu-henko-shibo"},
        must_not={"kokuho-kanyu-dattai", "setai-henko", "koseki-koiki", "ichiji-taryo-gomi"},
    ),
    "school-nursery-and-primary-transfer-with-help": Scenario(
        "school",
        {
            "starting": ["hoikuen", "elementary"],
            "after_school": ["yes"],
            "transfer": ["yes"],
            "transfer_date": ["2026-09-01"],
            "school_costs": ["yes"],
        },
        must={"hoikuen-nyuen", "gakudo-club", "tennyugaku", "shugaku-enjo"},
        must_not={"yochien-nyuen"},
        due={"tennyugaku": date(2026, 9, 1)},
    ),
    "school-junior-high-only": Scenario(
        "school",
        {
            "starting": ["junior_high"],
            "after_school": ["yes"],  # only asked for primary-school children: ignored
            "transfer": ["no"],
            "school_costs": ["yes"],
        },
        must={"shugaku-enjo"},
        must_not={"gakudo-club", "tennyugaku", "hoikuen-nyuen", "yochien-nyuen"},
    ),
    "long-term-care-over-65-struggling-with-costs": Scenario(
        "long_term_care",
        {
            "age_group": ["65_plus"],
            "disability_certificate": ["has"],
            "money_trouble": ["yes"],
            "furniture": ["yes"],
        },
        must={"kaigo-nintei", "seikatsu-hogo", "kagu-tento-boshi"},
        must_not={"shintai-shogaisha-techo"},
    ),
    "long-term-care-at-55-without-a-specified-disease": Scenario(
        "long_term_care",
        {
            "age_group": ["40_64"],
            "specified_disease": ["no"],
            "disability_certificate": ["needs"],
            "money_trouble": ["no"],
            "furniture": ["no"],
        },
        must={"shintai-shogaisha-techo"},
        must_not={"kaigo-nintei", "seikatsu-hogo", "kagu-tento-boshi"},
    ),
    "foreign-student-arriving-alone": Scenario(
        "foreign_arrival",
        {
            "arrival_date": ["2026-04-03"],
            "japanese_family": ["no"],
            "health_insurance": ["kokuho"],
            "national_pension": ["yes"],
            "pension_exemption": ["yes"],
            "children_preschool": ["0"],
            "children_school": ["0"],
        },
        must={
            "gaikokujin-jukyochi",
            "mynumber-card",
            "kokuho-kanyu-dattai",
            "kokumin-nenkin-kanyu",
            "nenkin-menjo",
        },
        must_not={"tennyu-todoke", "jido-teate", "kodomo-iryohi-josei"},
        due={"gaikokujin-jukyochi": date(2026, 4, 17), "kokumin-nenkin-kanyu": date(2026, 4, 17)},
    ),
    "foreign-family-with-children-on-employer-insurance": Scenario(
        "foreign_arrival",
        {
            "arrival_date": ["2026-08-20"],
            "japanese_family": ["no"],
            "health_insurance": ["employer"],
            "national_pension": ["no"],
            "children_preschool": ["2"],
            "children_school": ["1"],
            "preschool_care": ["hoikuen"],
            "public_school": ["yes"],
        },
        must={
            "gaikokujin-jukyochi",
            "jido-teate",
            "kodomo-iryohi-josei",
            "yobo-sesshu-yoshinhyo",
            "hoikuen-nyuen",
            "tennyugaku",
        },
        must_not={"kokuho-kanyu-dattai", "kokumin-nenkin-kanyu", "nenkin-menjo", "tennyu-todoke"},
    ),
}


@pytest.mark.parametrize("scenario", list(SCENARIOS.values()), ids=list(SCENARIOS))
def test_scenario(scenario: Scenario) -> None:
    # given the event's guide and a household's raw answers
    spec = GuideSpec(GUIDES[scenario.event])

    # when the answers are cleaned and the checklist made
    cleaned = spec.clean(scenario.raw)
    entries = spec.checklist(cleaned.answers)
    codes = [entry.procedure for entry in entries]

    # then the answers are valid, and the checklist holds what it must and nothing it must not
    assert cleaned.errors == {}
    assert scenario.must <= set(codes), sorted(scenario.must - set(codes))
    assert not scenario.must_not & set(codes), sorted(scenario.must_not & set(codes))
    due = {e.procedure: e.deadline.due for e in entries if e.deadline is not None}
    for code, expected in (scenario.due or {}).items():
        assert due.get(code) == expected, code


def test_the_scenarios_cover_every_life_event() -> None:
    # given the table / then each life event has at least one household
    assert {scenario.event for scenario in SCENARIOS.values()} == LIFE_EVENTS


def test_the_family_of_four_gets_exactly_its_checklist_in_order() -> None:
    # given the family of four moving from another city
    spec = GuideSpec(GUIDES["moving_in"])

    # when
    entries = spec.checklist(spec.clean(FAMILY_OF_FOUR).answers)

    # then the moving-in notification comes first and the list is this, in this order
    assert [e.procedure for e in entries] == [
        "tennyu-todoke",
        "inkan-toroku",
        "juminhyo-copy",
        "kokuho-kanyu-dattai",
        "kokumin-nenkin-kanyu",
        "jido-teate",
        "kodomo-iryohi-josei",
        "yobo-sesshu-yoshinhyo",
        "hoikuen-nyuen",
        "tennyugaku",
        "inu-henko-shibo",
        "jitensha-teiki",
        "kagu-tento-boshi",
        "bosai-radio",
    ]


def test_a_question_shown_by_an_answer_is_asked_before_the_checklist_is_complete() -> None:
    # given the first page of the moving-in guide, answered with a child aged 3
    spec = GuideSpec(GUIDES["moving_in"])
    first_page = {key: FAMILY_OF_FOUR[key] for key in ("moving_date", "moved_from")}
    raw = {**first_page, "children_preschool": ["1"], "children_school": ["0"]}

    # when cleaned with only those questions shown
    cleaned = spec.clean(raw, shown=list(raw))

    # then the daycare question is pending, not an error
    assert "preschool_care" in cleaned.unanswered
    assert "public_school" not in cleaned.unanswered
    assert cleaned.errors == {}


# -- the guides as data -------------------------------------------------------------------------


def test_there_is_a_guide_for_every_life_event() -> None:
    assert set(GUIDES) == LIFE_EVENTS


@pytest.mark.parametrize("event", sorted(GUIDES))
def test_each_demo_guide_passes_the_checks_against_the_catalog_and_counters(event: str) -> None:
    # given a demo guide / when checked against the real catalog codes and counter codes
    problems = guide_problems(GUIDES[event], procedures=list(CATALOG), counters=COUNTER_CODES)

    # then it is usable as it is
    assert problems == []


@pytest.mark.parametrize("event", sorted(GUIDES))
def test_each_guide_asks_few_questions_and_every_text_is_complete(event: str) -> None:
    # given a demo guide
    guide = GUIDES[event]

    # then it asks 4 to 10 questions (moving-in 11: its nationality question is asked only
    # after a move from abroad, so a move within Japan still sees at most 10)
    assert 4 <= len(guide["questions"]) <= (11 if event == "moving_in" else 10)

    # and every text a resident reads is given in all four languages
    texts: list[dict[str, str]] = [guide["intro"]]
    for question in guide["questions"]:
        texts.append(question["label"])
        texts += [question["hint"]] if "hint" in question else []
        texts += [choice["label"] for choice in question.get("choices", [])]
    for item in guide["items"]:
        texts += [item["why"], *item.get("bring", [])]
        texts += [item["deadline"]["note"]] if "note" in item.get("deadline", {}) else []
    for text in texts:
        assert set(text) == set(LANGUAGES)
        assert all(text[language].strip() for language in LANGUAGES)


@pytest.mark.parametrize(
    ("event", "first"),
    [
        ("moving_in", {"tennyu-todoke", "gaikokujin-jukyochi"}),
        ("moving_out", {"tenshutsu-todoke"}),
        ("moving_within", {"tenkyo-todoke"}),
        ("birth", {"shussei-todoke"}),
        ("marriage", {"konin-todoke"}),
        ("death", {"shibo-todoke"}),
        ("foreign_arrival", {"gaikokujin-jukyochi", "tennyu-todoke"}),
    ],
)
def test_the_notification_the_others_depend_on_comes_first(event: str, first: set[str]) -> None:
    # given a guide whose event starts with a residence or family-register notification
    items = [item["procedure"] for item in GUIDES[event]["items"]]

    # then those notifications lead the list
    assert set(items[: len(first)]) == first


#: Each registry counter, and the words by which the catalog's ``where_instead`` names it.
COUNTER_IN_CATALOG = {
    "shiba-madoguchi": "窓口サービス係",
    "kokuho-nenkin": "国保年金課",
    "shiba-hokenfukushi": "保健福祉係",
    "hoiku": "保育課",
    "gakumu": "学務課",
    "zeimu": "税務課",
    "seikatsu-fukushi": "生活福祉",
}


@pytest.mark.parametrize("event", sorted(GUIDES))
def test_an_item_sends_people_to_a_counter_the_catalog_names_for_it(event: str) -> None:
    # given a demo guide's items
    for item in GUIDES[event]["items"]:
        procedure = CATALOG[item["procedure"]]

        # then a counter is one where the catalog says the procedure is done, and the 戸籍
        # notifications (at the 戸籍係, which the registry lacks) name none
        if procedure["code"] in {"shussei-todoke", "konin-todoke", "shibo-todoke"}:
            assert "counter" not in item
        if "counter" in item:
            assert COUNTER_IN_CATALOG[item["counter"]] in procedure["where_instead"], (
                event,
                procedure["code"],
            )
