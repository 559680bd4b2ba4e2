"""What a resident enters once for the counter: a form definition on the shared field keys.

It is an ordinary form definition (``docs/forms.md``), so the same field types validate it
(katakana, postal codes, bank accounts) and the same templates render it; every key is a
shared key, which is what lets the counter fill each procedure's form from it. The address
step depends on the life event: a move asks for the old and the new address.
Pure data, no Django.
"""

from __future__ import annotations

from typing import Any

MOVES_IN = frozenset({"moving_in", "moving_within", "foreign_arrival"})
"""Events after which the new address is the resident's current address."""


def _t(ja: str, en: str, zh_hans: str, ko: str) -> dict[str, str]:
    return {"ja": ja, "en": en, "zh-hans": zh_hans, "ko": ko}


_GENDERS = [
    {"value": "female", "label": _t("女性", "Female", "女性", "여성")},
    {"value": "male", "label": _t("男性", "Male", "男性", "남성")},
]
_RELATIONSHIPS = [
    {"value": "spouse", "label": _t("配偶者", "Spouse", "配偶", "배우자")},
    {"value": "child", "label": _t("子", "Child", "子女", "자녀")},
    {"value": "parent", "label": _t("父母", "Parent", "父母", "부모")},
    {"value": "sibling", "label": _t("兄弟姉妹", "Brother or sister", "兄弟姐妹", "형제자매")},
    {"value": "other", "label": _t("その他", "Other", "其他", "기타")},
]
_KANA_HINT = _t(
    "全角カタカナで入力してください（例：ミナト タロウ）。",
    "In full-width katakana, for example ミナト タロウ.",
    "请用全角片假名填写（例：ミナト タロウ）。",
    "전각 가타카나로 입력해 주십시오(예: ミナト タロウ).",
)


def _address(key: str, label: dict[str, str], hint: dict[str, str] | None = None) -> dict[str, Any]:
    field: dict[str, Any] = {"key": key, "type": "address_jp", "required": True, "label": label}
    if hint:
        field["hint"] = hint
    return field


def _address_step(event: str) -> dict[str, Any]:
    moving_date = {
        "key": "address.moving_date",
        "type": "date",
        "required": True,
        "era": True,
        "label": _t("引っ越しの日", "Moving date", "搬家日期", "이사 날짜"),
        "hint": _t(
            "住み始めた日（転出の場合は引っ越す予定の日）です。",
            "The day you started (or will start) living at the new address.",
            "开始在新住址居住的日期（迁出时为预定搬家日期）。",
            "새 주소에서 살기 시작한 날(전출은 이사 예정일)입니다.",
        ),
    }
    new = _address(
        "address.new",
        _t("新しい住所", "New address", "新住址", "새 주소"),
    )
    if event in ("moving_in", "moving_within"):
        items = [
            _address(
                "address.previous",
                _t("前の住所", "Previous address", "原住址", "이전 주소"),
                _t(
                    "住民票があった住所を入力してください。",
                    "The address where you were registered as a resident.",
                    "请填写原先办理住民登记的住址。",
                    "주민등록이 되어 있던 주소를 입력해 주십시오.",
                ),
            ),
            new,
            moving_date,
        ]
    elif event == "foreign_arrival":
        items = [new, moving_date]
    elif event == "moving_out":
        items = [
            _address("address.current", _t("今の住所", "Current address", "现住址", "현재 주소")),
            new,
            moving_date,
        ]
    else:
        items = [
            _address(
                "address.current",
                _t("住所", "Address", "住址", "주소"),
                _t(
                    "住民票のある住所を入力してください。",
                    "The address where you are registered as a resident.",
                    "请填写办理住民登记的住址。",
                    "주민등록이 되어 있는 주소를 입력해 주십시오.",
                ),
            )
        ]
    return {
        "key": "address",
        "title": _t("住所", "Addresses", "住址", "주소"),
        "condition": None,
        "items": items,
    }


def entry_definition(event: str) -> dict[str, Any]:
    """The form a resident fills once for ``event`` (a life-event code)."""
    return {
        "schema": 1,
        "title": _t(
            "窓口に持っていく情報",
            "Your details for the counter",
            "带到窗口的信息",
            "창구에 가져갈 정보",
        ),
        "steps": [
            {
                "key": "you",
                "title": _t("あなたのこと", "About you", "关于您", "본인 정보"),
                "condition": None,
                "items": [
                    {
                        "key": "applicant.name",
                        "type": "text",
                        "required": True,
                        "max_length": 50,
                        "label": _t("氏名", "Full name", "姓名", "성명"),
                    },
                    {
                        "key": "applicant.name_kana",
                        "type": "name_kana",
                        "required": True,
                        "label": _t(
                            "フリガナ",
                            "Name in katakana (furigana)",
                            "姓名读音（片假名）",
                            "후리가나",
                        ),
                        "hint": _KANA_HINT,
                    },
                    {
                        "key": "applicant.birth_date",
                        "type": "date",
                        "required": True,
                        "era": True,
                        "label": _t("生年月日", "Date of birth", "出生日期", "생년월일"),
                    },
                    {
                        "key": "applicant.gender",
                        "type": "single_choice",
                        "required": True,
                        "label": _t("性別", "Sex", "性别", "성별"),
                        "choices": _GENDERS,
                    },
                ],
            },
            {
                "key": "household",
                "title": _t("一緒の家族", "Your household", "同住家人", "함께하는 가족"),
                "condition": None,
                "items": [
                    {
                        "group": "household.members",
                        "min": 0,
                        "max": 10,
                        "label": _t(
                            "あなた以外の世帯の方（一緒に手続きをする方）",
                            "Other people in your household (besides you)",
                            "您以外的家庭成员（一起办理手续的人）",
                            "본인 외의 세대원(함께 절차를 밟는 분)",
                        ),
                        "item_label": _t("家族", "Person", "家人", "가족"),
                        "fields": [
                            {
                                "key": "name",
                                "type": "text",
                                "required": True,
                                "max_length": 50,
                                "label": _t("氏名", "Full name", "姓名", "성명"),
                            },
                            {
                                "key": "name_kana",
                                "type": "name_kana",
                                "required": True,
                                "label": _t("フリガナ", "Furigana", "读音（片假名）", "후리가나"),
                            },
                            {
                                "key": "birth_date",
                                "type": "date",
                                "required": True,
                                "era": True,
                                "label": _t("生年月日", "Date of birth", "出生日期", "생년월일"),
                            },
                            {
                                "key": "gender",
                                "type": "single_choice",
                                "required": True,
                                "label": _t("性別", "Sex", "性别", "성별"),
                                "choices": _GENDERS,
                            },
                            {
                                "key": "relationship",
                                "type": "single_choice",
                                "required": True,
                                "label": _t(
                                    "あなたとの続柄",
                                    "Relationship to you",
                                    "与您的关系",
                                    "본인과의 관계",
                                ),
                                "choices": _RELATIONSHIPS,
                            },
                        ],
                    }
                ],
            },
            _address_step(event),
            {
                "key": "contact",
                "title": _t(
                    "連絡先と振込先",
                    "Contact and bank account",
                    "联系方式和收款账户",
                    "연락처와 입금 계좌",
                ),
                "condition": None,
                "items": [
                    {
                        "key": "contact.phone",
                        "type": "phone_jp",
                        "required": True,
                        "label": _t("電話番号", "Phone number", "电话号码", "전화번호"),
                    },
                    {
                        "key": "contact.email",
                        "type": "email",
                        "required": False,
                        "label": _t(
                            "メールアドレス", "Email address", "电子邮箱地址", "이메일 주소"
                        ),
                    },
                    {
                        "key": "bank.account",
                        "type": "bank_account",
                        "required": False,
                        "label": _t(
                            "手当などの振込先口座",
                            "Bank account for allowances",
                            "补贴等的收款账户",
                            "수당 등의 입금 계좌",
                        ),
                        "hint": _t(
                            "児童手当などを受け取る口座です。なければ空欄のままにしてください。",
                            "Where allowances such as the child allowance are paid. Leave it "
                            "blank if you have none.",
                            "用于领取儿童补贴等的账户。没有的话请留空。",
                            "아동수당 등을 받는 계좌입니다. 없으면 비워 두십시오.",
                        ),
                    },
                ],
            },
        ],
    }
