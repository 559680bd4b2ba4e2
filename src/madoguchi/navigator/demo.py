"""Minato demo data for the navigator: the nine life-event guides, and one demo household per
event whose data measures what the no-writing counter saves in writing. The households are
invented (names like 港 太郎); nothing here is a real resident."""

from __future__ import annotations

from typing import Any

from madoguchi.core.demo import DemoLogin, demo_loader

_ADDRESS_MINATO = {
    "postal_code": "1058511",
    "prefecture": "東京都",
    "city": "港区",
    "town": "芝公園",
    "block": "1-5-25",
    "building": "",
}
_ADDRESS_ELSEWHERE = {
    "postal_code": "2310017",
    "prefecture": "神奈川県",
    "city": "横浜市中区",
    "town": "港町",
    "block": "1-1",
    "building": "",
}
_ADDRESS_MINATO_2 = {
    "postal_code": "1060032",
    "prefecture": "東京都",
    "city": "港区",
    "town": "六本木",
    "block": "6-1-1",
    "building": "",
}
_BANK = {
    "bank_code": "0001",
    "branch_code": "001",
    "account_type": "ordinary",
    "account_number": "1234567",
    "holder_kana": "ﾐﾅﾄ ﾀﾛｳ",
}
_APPLICANT = {
    "applicant.name": "港 太郎",
    "applicant.name_kana": "ミナト タロウ",
    "applicant.birth_date": "1988-05-12",
    "applicant.gender": "male",
    "contact.phone": "0312345678",
    "contact.email": "taro@example.jp",
}
_SPOUSE = {
    "name": "港 花子",
    "name_kana": "ミナト ハナコ",
    "birth_date": "1990-09-03",
    "gender": "female",
    "relationship": "spouse",
}
_CHILD_3 = {
    "name": "港 さくら",
    "name_kana": "ミナト サクラ",
    "birth_date": "2023-04-20",
    "gender": "female",
    "relationship": "child",
}
_CHILD_8 = {
    "name": "港 大地",
    "name_kana": "ミナト ダイチ",
    "birth_date": "2018-07-01",
    "gender": "male",
    "relationship": "child",
}


def _moving(**extra: Any) -> dict[str, Any]:
    return {
        **_APPLICANT,
        "address.previous": _ADDRESS_ELSEWHERE,
        "address.new": _ADDRESS_MINATO,
        "address.moving_date": "2026-12-01",
        **extra,
    }


def _living(**extra: Any) -> dict[str, Any]:
    return {**_APPLICANT, "address.current": _ADDRESS_MINATO, **extra}


_BABY = {
    "name": "港 ひかり",
    "name_kana": "ミナト ヒカリ",
    "birth_date": "2026-11-10",
    "gender": "female",
    "relationship": "child",
}
_PARENT = {
    "name": "港 一郎",
    "name_kana": "ミナト イチロウ",
    "birth_date": "1950-02-14",
    "gender": "male",
    "relationship": "parent",
}

#: (event, label, navigator answers as a query string gives them, data entered once).
HOUSEHOLDS: list[tuple[str, str, dict[str, list[str]], dict[str, Any]]] = [
    (
        "moving_in",
        "転入：4人家族（夫婦・3歳・8歳、犬、自転車）",
        {
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
        },
        _moving(**{"household.members": [_SPOUSE, _CHILD_3, _CHILD_8], "bank.account": _BANK}),
    ),
    (
        "moving_out",
        "転出：夫婦（国民健康保険、粗大ごみ）",
        {
            "moving_date": ["2026-12-20"],
            "health_insurance": ["kokuho"],
            "needs_tax_certificate": ["yes"],
            "dog": ["no"],
            "moped": ["no"],
            "waste": ["large_items"],
        },
        {
            **_APPLICANT,
            "address.current": _ADDRESS_MINATO,
            "address.new": _ADDRESS_ELSEWHERE,
            "address.moving_date": "2026-12-20",
            "household.members": [_SPOUSE],
        },
    ),
    (
        "moving_within",
        "転居：3人家族（8歳の転校、自転車）",
        {
            "moving_date": ["2026-12-05"],
            "school_transfer": ["yes"],
            "dog": ["no"],
            "bicycle": ["yes"],
        },
        {
            **_APPLICANT,
            "address.previous": _ADDRESS_MINATO,
            "address.new": _ADDRESS_MINATO_2,
            "address.moving_date": "2026-12-05",
            "household.members": [_SPOUSE, _CHILD_8],
        },
    ),
    (
        "birth",
        "出生：第一子（国民健康保険、保育園希望）",
        {
            "birth_date": ["2026-11-10"],
            "health_insurance": ["kokuho"],
            "public_servant": ["no"],
            "wants_daycare": ["yes"],
        },
        _living(**{"household.members": [_SPOUSE, _BABY], "bank.account": _BANK}),
    ),
    (
        "marriage",
        "婚姻：港区で新本籍、別世帯から同一世帯へ",
        {
            "marriage_date": ["2026-11-22"],
            "koseki_certificate": ["minato"],
            "needs_acceptance_proof": ["yes"],
            "separate_households": ["yes"],
            "seal_name_change": ["yes"],
            "insurance_change": ["leave_kokuho"],
        },
        _living(**{"household.members": [_SPOUSE]}),
    ),
    (
        "death",
        "おくやみ：同居の父（後期高齢者医療）",
        {
            "death_date": ["2026-11-20"],
            "health_insurance": ["koki"],
            "was_head": ["no"],
            "koseki_for_inheritance": ["minato"],
            "dog": ["no"],
        },
        _living(**{"household.members": [_SPOUSE, _PARENT]}),
    ),
    (
        "school",
        "入園・入学：3歳の保育園と8歳の学童クラブ",
        {
            "starting": ["hoikuen", "elementary"],
            "after_school": ["yes"],
            "transfer": ["no"],
            "school_costs": ["no"],
        },
        _living(**{"household.members": [_SPOUSE, _CHILD_3, _CHILD_8]}),
    ),
    (
        "long_term_care",
        "介護：70歳代の父と同居",
        {
            "age_group": ["65_plus"],
            "disability_certificate": ["not_applicable"],
            "money_trouble": ["no"],
            "furniture": ["yes"],
        },
        _living(**{"household.members": [_PARENT]}),
    ),
    (
        "foreign_arrival",
        "外国から：単身の留学生（国民健康保険・国民年金）",
        {
            "arrival_date": ["2026-12-01"],
            "japanese_family": ["no"],
            "health_insurance": ["kokuho"],
            "national_pension": ["yes"],
            "pension_exemption": ["yes"],
            "children_preschool": ["0"],
            "children_school": ["0"],
        },
        {
            **_APPLICANT,
            "address.new": _ADDRESS_MINATO,
            "address.moving_date": "2026-12-01",
        },
    ),
]


def household_answers(event: str) -> dict[str, list[str]]:
    for code, _label, answers, _data in HOUSEHOLDS:
        if code == event:
            return answers
    raise KeyError(event)


@demo_loader("navigator", order=40)
def load() -> list[DemoLogin]:
    from madoguchi.navigator.demo_guides import GUIDES
    from madoguchi.navigator.services import guide_save

    for event, definition in GUIDES.items():
        guide_save(event=event, definition=definition, actor=None)
    return []
