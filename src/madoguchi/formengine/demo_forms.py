"""Demo data: application form definitions (schema 1) for procedures of Minato City.

Pure data, no Django imports and no I/O. ``DEMO_FORMS`` maps a procedure ``code`` of
``madoguchi.procedures.demo_procedures.PROCEDURES`` to the definition of its application
form, in the JSON shape described in ``docs/forms.md``. Most are procedures residents apply
for online; some are counter-only (転入届, 転居届, 転入学, 印鑑登録, 犬の登録), whose form the
counter (書かない窓口) fills for the resident; the catalog never offers to start those online.
The journey adds its own declaration page, so no form asks for a declaration.

The questions, their order and their Japanese wording are modelled on Minato's own paper
請求書・申込書 and its online forms (港区電子申請, 粗大ごみ受付センター, 施設予約システム):
住民票の写し交付請求書, 粗大ごみ収集申込み, 児童手当認定請求書, 保育施設等利用申込書,
区政情報公開請求書, 区民の声, the がん検診 application, 住民異動届 (転入・転出・転居),
国民健康保険の資格取得・喪失届, 国民年金被保険者関係届書, 子ども医療証の交付申請書,
転入学の届出, 印鑑登録申請書 and 犬の登録申請書. They are simplified for a
demo: the names of facilities, nursery schools and bicycle parking lots are examples, the
time slots, age limits and fees in hints follow the city's usual rules as far as known, and
the city's current forms prevail over anything here. English, Chinese and Korean texts are
our translations in the style of the city's multilingual pages.

Conventions:

* Data shared between procedures uses the registered keys of
  ``madoguchi.formengine.shared_keys`` (``applicant.name``, ``contact.email``,
  ``address.current``, ``child.birth_date`` …) with their registered types, so the counter
  (書かない窓口) can fill several forms from one entry; every other key is prefixed with
  something naming the procedure (``copies.count``, ``pickup.counter``, ``nyuen.reason``).
* The people an application is about beside the applicant are the registered shared groups
  ``household.members`` (never the applicant, so ``min`` is 0 where someone may be alone) and
  ``household.children``, with the canonical ``gender`` and ``relationship`` values of
  ``SHARED_CHOICES``; a group's extra questions (``previous_school``, ``insurance``) stay local.
* At most about six questions per step, one to four steps per form.
* Dates that depend on the day of application (a collection date, a booking date) have no
  hard-coded ``min``, which would go stale: schema 1 has no bound relative to today, so the
  earliest possible day is explained in the hint instead.
"""

from __future__ import annotations

from typing import Any

__all__ = ["DEMO_FORMS"]


def _t(ja: str, en: str, zh_hans: str, ko: str) -> dict[str, str]:
    """A text in the four languages of the site."""
    return {"ja": ja, "en": en, "zh-hans": zh_hans, "ko": ko}


def _choice(value: str, ja: str, en: str, zh_hans: str, ko: str) -> dict[str, Any]:
    return {"value": value, "label": _t(ja, en, zh_hans, ko)}


def _with(
    field: dict[str, Any], hint: dict[str, str] | None, extra: dict[str, Any]
) -> dict[str, Any]:
    if hint is not None:
        field["hint"] = hint
    field.update(extra)
    return field


# ---------------------------------------------------------------------------------------------
# Shared fields: the same datum with the same wording in every form
# ---------------------------------------------------------------------------------------------

_NAME_LABEL = _t("氏名", "Full name", "姓名", "성명")
_KANA_LABEL = _t("フリガナ", "Name in katakana (furigana)", "姓名读音（片假名）", "성명 후리가나")
_KANA_HINT = _t(
    "全角カタカナで入力してください（ひらがなでも入力できます）。例：ミナト タロウ",
    "Enter the reading of the name in katakana (hiragana is also accepted). Example: ミナト タロウ",
    "请用全角片假名填写（也可以用平假名）。例：ミナト タロウ",
    "전각 가타카나로 입력해 주십시오(히라가나도 입력할 수 있습니다). 예: ミナト タロウ",
)
_BIRTH_DATE_LABEL = _t("生年月日", "Date of birth", "出生日期", "생년월일")
_BIRTH_DATE_HINT = _t(
    "例：1985-04-01（1985年4月1日、昭和60年4月1日とも入力できます）",
    "For example: 1985-04-01 (you can also write 1985年4月1日 or 昭和60年4月1日).",
    "例：1985-04-01（也可以写作1985年4月1日或昭和60年4月1日）",
    "예: 1985-04-01 (1985年4月1日 또는 昭和60年4月1日로도 입력할 수 있습니다)",
)
_REGISTERED_ADDRESS_HINT = _t(
    "住民登録をしている住所を、建物名・部屋番号まで入力してください。",
    "Enter the address where you are registered as a resident, including the building name "
    "and room number.",
    "请填写住民登记的住址，包括建筑物名称和房间号。",
    "주민등록이 되어 있는 주소를 건물명·호수까지 입력해 주십시오.",
)
_DAYTIME_PHONE_HINT = _t(
    "日中に連絡が取れる番号を入力してください。例：090-1234-5678",
    "A number we can reach you on during the day, for example 090-1234-5678.",
    "请填写白天能联系到您的号码。例：090-1234-5678",
    "낮에 연락 가능한 번호를 입력해 주십시오. 예: 090-1234-5678",
)


def _applicant_name(
    label: dict[str, str] | None = None, hint: dict[str, str] | None = None, **extra: Any
) -> dict[str, Any]:
    field = {
        "key": "applicant.name",
        "type": "text",
        "required": True,
        "max_length": 50,
        "label": label or _NAME_LABEL,
    }
    return _with(field, hint, extra)


def _applicant_name_kana(**extra: Any) -> dict[str, Any]:
    field = {"key": "applicant.name_kana", "type": "name_kana", "required": True}
    return _with({**field, "label": _KANA_LABEL}, _KANA_HINT, extra)


def _applicant_birth_date(hint: dict[str, str] | None = None, **extra: Any) -> dict[str, Any]:
    field = {"key": "applicant.birth_date", "type": "date", "required": True, "era": True}
    return _with({**field, "label": _BIRTH_DATE_LABEL}, hint or _BIRTH_DATE_HINT, extra)


def _address_current(
    hint: dict[str, str], label: dict[str, str] | None = None, **extra: Any
) -> dict[str, Any]:
    field = {
        "key": "address.current",
        "type": "address_jp",
        "required": True,
        "label": label or _t("住所", "Address", "住址", "주소"),
    }
    return _with(field, hint, extra)


def _contact_phone(hint: dict[str, str] | None = None, **extra: Any) -> dict[str, Any]:
    field = {
        "key": "contact.phone",
        "type": "phone_jp",
        "required": True,
        "label": _t("電話番号", "Phone number", "电话号码", "전화번호"),
    }
    return _with(field, hint or _DAYTIME_PHONE_HINT, extra)


def _contact_email(hint: dict[str, str], **extra: Any) -> dict[str, Any]:
    field = {
        "key": "contact.email",
        "type": "email",
        "required": True,
        "label": _t("メールアドレス", "Email address", "电子邮箱地址", "이메일 주소"),
    }
    return _with(field, hint, extra)


_GENDER_LABEL = _t("性別", "Sex", "性别", "성별")
_GENDER_CHOICES = [
    _choice("female", "女性", "Female", "女性", "여성"),
    _choice("male", "男性", "Male", "男性", "남성"),
]
"""The shared values of ``SHARED_CHOICES["gender"]``, as the residence record holds them."""

_RELATIONSHIP_CHOICES = [
    _choice("spouse", "配偶者", "Spouse", "配偶者", "배우자"),
    _choice("child", "子", "Child", "子女", "자녀"),
    _choice("parent", "父母", "Parent", "父母", "부모"),
    _choice("sibling", "兄弟姉妹", "Brother or sister", "兄弟姐妹", "형제자매"),
    _choice("other", "その他", "Other", "其他", "기타"),
]
"""The shared values of ``SHARED_CHOICES["relationship"]``: relationship to the applicant."""

_CHILD_BIRTH_DATE_HINT = _t(
    "例：2018-04-01（平成30年4月1日とも入力できます）",
    "For example: 2018-04-01 (you can also write 平成30年4月1日).",
    "例：2018-04-01（也可以写作平成30年4月1日）",
    "예: 2018-04-01 (平成30年4月1日로도 입력할 수 있습니다)",
)


def _applicant_gender(hint: dict[str, str] | None = None, **extra: Any) -> dict[str, Any]:
    field = {"key": "applicant.gender", "type": "single_choice", "required": True}
    return _with({**field, "label": _GENDER_LABEL, "choices": _GENDER_CHOICES}, hint, extra)


def _address(key: str, label: dict[str, str], hint: dict[str, str], **extra: Any) -> dict[str, Any]:
    """``address.previous`` or ``address.new`` (``address.current`` has its own helper)."""
    return _with({"key": key, "type": "address_jp", "required": True, "label": label}, hint, extra)


def _moving_date(label: dict[str, str], hint: dict[str, str]) -> dict[str, Any]:
    field = {"key": "address.moving_date", "type": "date", "required": True, "label": label}
    return _with(field, hint, {})


def _person_fields(
    birth_date_hint: dict[str, str],
    *,
    gender: bool = True,
    relationship: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    """The questions of one item of ``household.members`` or ``household.children``, with the
    registered sub-keys; ``relationship`` is the label of the relationship question, if asked."""
    fields: list[dict[str, Any]] = [
        {"key": "name", "type": "text", "required": True, "max_length": 50, "label": _NAME_LABEL},
        {
            "key": "name_kana",
            "type": "name_kana",
            "required": True,
            "label": _KANA_LABEL,
            "hint": _KANA_HINT,
        },
        {
            "key": "birth_date",
            "type": "date",
            "required": True,
            "era": True,
            "label": _BIRTH_DATE_LABEL,
            "hint": birth_date_hint,
        },
    ]
    if gender:
        fields.append(
            {
                "key": "gender",
                "type": "single_choice",
                "required": True,
                "label": _GENDER_LABEL,
                "choices": _GENDER_CHOICES,
            }
        )
    if relationship is not None:
        fields.append(
            {
                "key": "relationship",
                "type": "single_choice",
                "required": True,
                "label": relationship,
                "choices": _RELATIONSHIP_CHOICES,
            }
        )
    return fields


# ---------------------------------------------------------------------------------------------
# 住民票の写しの交付請求
# ---------------------------------------------------------------------------------------------

_JUMINHYO_COPY: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "applicant",
            "title": _t("請求者", "Person making the request", "申请人", "청구인"),
            "condition": None,
            "items": [
                _applicant_name(
                    hint=_t(
                        "住民票に記載されている氏名を入力してください。",
                        "Enter your name as it appears on your residence record.",
                        "请按住民票上记载的姓名填写。",
                        "주민표에 기재된 성명을 입력해 주십시오.",
                    )
                ),
                _applicant_name_kana(),
                _applicant_birth_date(),
                _address_current(
                    _t(
                        "港区に住民登録をしている住所を、建物名・部屋番号まで入力してください。",
                        "Enter the address where you are registered in Minato, including the "
                        "building name and room number.",
                        "请填写在港区进行住民登记的住址，包括建筑物名称和房间号。",
                        "미나토구에 주민등록이 되어 있는 주소를 건물명·호수까지 입력해 주십시오.",
                    )
                ),
                _contact_phone(
                    _t(
                        "請求の内容を確認するため、区から連絡することがあります。例：090-1234-5678",
                        "We may call you to check your request. Example: 090-1234-5678",
                        "为确认申请内容，区政府可能会与您联系。例：090-1234-5678",
                        "청구 내용 확인을 위해 구에서 연락드릴 수 있습니다. 예: 090-1234-5678",
                    )
                ),
            ],
        },
        {
            "key": "certificate",
            "title": _t(
                "必要な住民票", "The certificate you need", "所需的住民票", "필요한 주민표"
            ),
            "condition": None,
            "items": [
                {
                    "key": "copies.count",
                    "type": "number",
                    "required": True,
                    "min": 1,
                    "max": 10,
                    "decimal_places": 0,
                    "label": _t("必要な通数", "Number of copies", "所需份数", "필요한 통수"),
                    "hint": _t(
                        "1通300円です。10通まで請求できます。",
                        "Each copy costs 300 yen. You can request up to 10.",
                        "每份300日元，最多可申请10份。",
                        "1통에 300엔입니다. 10통까지 청구할 수 있습니다.",
                    ),
                },
                {
                    "key": "juminhyo.contents",
                    "type": "multiple_choice",
                    "required": False,
                    "label": _t("記載する事項", "What to include", "需要记载的事项", "기재할 사항"),
                    "hint": _t(
                        "必要なものをすべて選んでください。何も選ばない場合は、請求者本人のみで、"
                        "本籍・続柄を省略した住民票になります。"
                        "必要な記載事項は提出先に確認してください。",
                        "Select everything you need. If you select nothing, the copy shows only "
                        "you, without registered domicile or relationship. Check with the "
                        "organisation you are submitting it to.",
                        "请选择所有需要的项目。如不选择，住民票将只记载申请人本人，"
                        "并省略本籍和与户主的关系。需要记载哪些事项，请向提交单位确认。",
                        "필요한 항목을 모두 선택해 주십시오. 아무것도 선택하지 않으면 청구인 "
                        "본인만 기재되고 본적·관계가 생략된 주민표가 됩니다. 필요한 기재 사항은 "
                        "제출처에 확인해 주십시오.",
                    ),
                    "choices": [
                        _choice(
                            "household_all",
                            "世帯全員",
                            "Everyone in the household",
                            "全体家庭成员",
                            "세대원 전원",
                        ),
                        _choice(
                            "honseki",
                            "本籍・筆頭者",
                            "Registered domicile (honseki) and head of the family register",
                            "本籍和户籍首位者",
                            "본적·필두자",
                        ),
                        _choice(
                            "zokugara",
                            "世帯主の氏名と続柄",
                            "Head of household and relationship to them",
                            "户主姓名及与户主的关系",
                            "세대주의 성명과 세대주와의 관계",
                        ),
                    ],
                },
                {
                    "key": "juminhyo.purpose",
                    "type": "single_choice",
                    "required": True,
                    "label": _t("使用目的", "What you will use it for", "用途", "사용 목적"),
                    "choices": [
                        _choice(
                            "employment",
                            "就職・勤務先への提出",
                            "Employment (for an employer)",
                            "就业（提交给工作单位）",
                            "취업(근무처 제출)",
                        ),
                        _choice(
                            "pension",
                            "年金・恩給の手続き",
                            "Pension procedures",
                            "办理养老金手续",
                            "연금 절차",
                        ),
                        _choice(
                            "vehicle",
                            "自動車の登録・運転免許",
                            "Vehicle registration or driving licence",
                            "车辆登记、驾驶证",
                            "자동차 등록·운전면허",
                        ),
                        _choice(
                            "finance",
                            "金融機関・保険の手続き",
                            "Bank or insurance procedures",
                            "金融机构、保险手续",
                            "금융기관·보험 절차",
                        ),
                        _choice(
                            "real_estate",
                            "不動産の登記・契約",
                            "Property registration or contract",
                            "不动产登记、合同",
                            "부동산 등기·계약",
                        ),
                        _choice(
                            "public_office",
                            "官公署への提出",
                            "Submission to a public office",
                            "提交给政府机关",
                            "관공서 제출",
                        ),
                        _choice("other", "その他", "Other", "其他", "기타"),
                    ],
                },
                {
                    "key": "juminhyo.purpose_detail",
                    "type": "text",
                    "required": True,
                    "max_length": 100,
                    "condition": {"field": "juminhyo.purpose", "equals": "other"},
                    "label": _t(
                        "使用目的の内容", "Describe the purpose", "请说明用途", "사용 목적 내용"
                    ),
                    "hint": _t(
                        "例：子どもの学校への提出",
                        "For example: to submit to my child's school",
                        "例：提交给孩子的学校",
                        "예: 자녀 학교에 제출",
                    ),
                },
            ],
        },
        {
            "key": "delivery",
            "title": _t("受け取り方法", "How to receive it", "领取方式", "수령 방법"),
            "condition": None,
            "items": [
                {
                    "key": "delivery.method",
                    "type": "single_choice",
                    "required": True,
                    "label": _t("受け取り方法", "How to receive it", "领取方式", "수령 방법"),
                    "hint": _t(
                        "郵送は住民登録の住所に限ります。届くまで1週間程度かかります。",
                        "We can only post it to your registered address. It takes about a week "
                        "to arrive.",
                        "只能邮寄到住民登记的住址，送达约需一周。",
                        "우편은 주민등록 주소로만 보내 드립니다. 도착까지 1주일 정도 걸립니다.",
                    ),
                    "choices": [
                        _choice(
                            "mail",
                            "住民登録の住所へ郵送",
                            "By post to your registered address",
                            "邮寄到住民登记的住址",
                            "주민등록 주소로 우편 발송",
                        ),
                        _choice(
                            "counter",
                            "総合支所の窓口で受け取る",
                            "Collect it at a regional city office",
                            "在综合支所窗口领取",
                            "종합지소 창구에서 수령",
                        ),
                    ],
                },
                {
                    "key": "pickup.counter",
                    "type": "single_choice",
                    "required": True,
                    "condition": {"field": "delivery.method", "equals": "counter"},
                    "label": _t("受け取る窓口", "Where to collect it", "领取窗口", "수령 창구"),
                    "hint": _t(
                        "請求からおおむね3開庁日後から受け取れます。"
                        "受け取りの際は本人確認書類をお持ちください。",
                        "It is usually ready about three working days after your request. "
                        "Bring identification when you collect it.",
                        "通常在申请后约3个工作日即可领取。领取时请携带身份证明文件。",
                        "보통 청구 후 평일 기준 3일 정도면 수령할 수 있습니다. 수령 시 본인 "
                        "확인 서류를 지참해 주십시오.",
                    ),
                    "choices": [
                        _choice(
                            "shiba",
                            "芝地区総合支所",
                            "Shiba Regional City Office",
                            "芝地区综合支所",
                            "시바 지구 종합지소",
                        ),
                        _choice(
                            "azabu",
                            "麻布地区総合支所",
                            "Azabu Regional City Office",
                            "麻布地区综合支所",
                            "아자부 지구 종합지소",
                        ),
                        _choice(
                            "akasaka",
                            "赤坂地区総合支所",
                            "Akasaka Regional City Office",
                            "赤坂地区综合支所",
                            "아카사카 지구 종합지소",
                        ),
                        _choice(
                            "takanawa",
                            "高輪地区総合支所",
                            "Takanawa Regional City Office",
                            "高轮地区综合支所",
                            "다카나와 지구 종합지소",
                        ),
                        _choice(
                            "shibaura_konan",
                            "芝浦港南地区総合支所",
                            "Shibaura-Konan Regional City Office",
                            "芝浦港南地区综合支所",
                            "시바우라코난 지구 종합지소",
                        ),
                    ],
                },
            ],
        },
    ],
    "rules": [],
}


# ---------------------------------------------------------------------------------------------
# 粗大ごみ収集の申込み
# ---------------------------------------------------------------------------------------------

_SODAI_GOMI: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "applicant",
            "title": _t("申込者", "Your details", "申请人", "신청자"),
            "condition": None,
            "items": [
                _applicant_name(),
                _applicant_name_kana(),
                _address_current(
                    _t(
                        "粗大ごみを出す場所の住所です（港区内に限ります）。"
                        "建物名・部屋番号まで入力してください。",
                        "The address where the items will be put out (in Minato only), "
                        "including the building name and room number.",
                        "放置粗大垃圾地点的住址（仅限港区内），请填写到建筑物名称和房间号。",
                        "대형 폐기물을 내놓을 장소의 주소입니다(미나토구 내에 한함). "
                        "건물명·호수까지 입력해 주십시오.",
                    )
                ),
                _contact_phone(
                    _t(
                        "収集の確認などで連絡することがあります。例：090-1234-5678",
                        "We may call you to confirm the collection. Example: 090-1234-5678",
                        "我们可能会致电与您确认收集事宜。例：090-1234-5678",
                        "수거 확인 등을 위해 연락드릴 수 있습니다. 예: 090-1234-5678",
                    )
                ),
                _contact_email(
                    _t(
                        "受付番号、収集日、必要な処理券の金額をメールでお知らせします。",
                        "We will email you the reception number, the collection date and the "
                        "disposal stickers you need to buy.",
                        "我们会通过邮件通知您受理编号、收集日期和所需处理券的金额。",
                        "접수 번호, 수거일, 필요한 처리권 금액을 이메일로 알려 드립니다.",
                    )
                ),
            ],
        },
        {
            "key": "items",
            "title": _t("出す品目", "Items to be collected", "要处理的物品", "배출할 품목"),
            "condition": None,
            "items": [
                {
                    "group": "items",
                    "min": 1,
                    "max": 10,
                    "label": _t("粗大ごみの品目", "Items", "粗大垃圾品目", "대형 폐기물 품목"),
                    "item_label": _t("品目", "Item", "品目", "품목"),
                    "fields": [
                        {
                            "key": "name",
                            "type": "single_choice",
                            "required": True,
                            "label": _t("品名", "Item", "物品名称", "품명"),
                            "choices": [
                                _choice("sofa", "ソファ", "Sofa", "沙发", "소파"),
                                _choice("bed", "ベッド", "Bed", "床", "침대"),
                                _choice("bicycle", "自転車", "Bicycle", "自行车", "자전거"),
                                _choice(
                                    "chest", "たんす", "Chest of drawers", "衣柜、抽屉柜", "장롱"
                                ),
                                _choice("desk", "机", "Desk", "书桌", "책상"),
                                _choice("chair", "いす", "Chair", "椅子", "의자"),
                                _choice("futon", "布団", "Futon (bedding)", "被褥", "이불"),
                                _choice(
                                    "microwave",
                                    "電子レンジ",
                                    "Microwave oven",
                                    "微波炉",
                                    "전자레인지",
                                ),
                                _choice("other", "その他", "Other", "其他", "기타"),
                            ],
                        },
                        {
                            "key": "detail",
                            "type": "text",
                            "required": False,
                            "max_length": 100,
                            "label": _t(
                                "大きさ・品名の詳細",
                                "Size or details",
                                "尺寸或详细说明",
                                "크기·품명 상세",
                            ),
                            "hint": _t(
                                "料金は大きさで変わります。例：3人掛け、幅120cm。"
                                "「その他」を選んだ場合は品名を入力してください。",
                                "The fee depends on the size. For example: 3-seater, 120 cm "
                                'wide. If you chose "Other", say what the item is.',
                                "费用因尺寸而异。例：三人座、宽120厘米。"
                                "如选择了“其他”，请填写物品名称。",
                                "요금은 크기에 따라 다릅니다. 예: 3인용, 폭 120cm. "
                                "'기타'를 선택한 경우 품명을 입력해 주십시오.",
                            ),
                        },
                        {
                            "key": "count",
                            "type": "number",
                            "required": True,
                            "min": 1,
                            "max": 5,
                            "decimal_places": 0,
                            "label": _t("数量", "Quantity", "数量", "수량"),
                        },
                    ],
                },
                {
                    "key": "photo",
                    "type": "attachment",
                    "accept": ["jpeg", "png", "heic"],
                    "max_files": 3,
                    "max_size_mb": 10,
                    "required": False,
                    "label": _t("品物の写真", "Photos of the items", "物品照片", "품목 사진"),
                    "hint": _t(
                        "品目や大きさを確認するため、写真があれば添付してください。"
                        "JPEG・PNG・HEIC形式、3枚まで、1枚10MBまで。",
                        "If you have photos, attach them so we can check the items and their "
                        "size. JPEG, PNG or HEIC, up to 3 files of 10 MB each.",
                        "如有照片，请附上以便确认物品和尺寸。JPEG、PNG或HEIC格式，"
                        "最多3张，每张不超过10MB。",
                        "품목과 크기를 확인할 수 있도록 사진이 있으면 첨부해 주십시오. "
                        "JPEG·PNG·HEIC 형식, 최대 3장, 1장당 10MB까지.",
                    ),
                },
            ],
        },
        {
            "key": "collection",
            "title": _t(
                "収集日と出す場所",
                "Collection date and place",
                "收集日期和放置地点",
                "수거일과 배출 장소",
            ),
            "condition": None,
            "items": [
                {
                    "key": "collection.preferred_date",
                    "type": "date",
                    "required": True,
                    "label": _t(
                        "収集希望日", "Preferred collection date", "希望收集日期", "수거 희망일"
                    ),
                    "hint": _t(
                        "収集は地域ごとに決まった曜日に行います。申込日からおおむね1週間以降の日を"
                        "入力してください。収集日は受付後にメールでお知らせします。"
                        "例：2027-04-15",
                        "Collection is on a set weekday for each area. Choose a date at least "
                        "about a week from today; we will email you the confirmed date. "
                        "Example: 2027-04-15",
                        "各地区在固定的星期几收集。请填写申请日约一周以后的日期。"
                        "受理后我们会通过邮件通知收集日期。例：2027-04-15",
                        "수거는 지역별로 정해진 요일에 합니다. 신청일로부터 1주일 정도 이후의 "
                        "날짜를 입력해 주십시오. 수거일은 접수 후 이메일로 알려 드립니다. "
                        "예: 2027-04-15",
                    ),
                },
                {
                    "key": "placement.location",
                    "type": "single_choice",
                    "required": True,
                    "label": _t(
                        "出す場所", "Where you will put the items", "放置地点", "배출 장소"
                    ),
                    "hint": _t(
                        "収集日の朝8時までに、処理券を貼って出してください。",
                        "Put the items out by 8 a.m. on the collection day, with the disposal "
                        "stickers attached.",
                        "请在收集日早上8点前贴好处理券后放到指定地点。",
                        "수거일 아침 8시까지 처리권을 붙여서 내놓아 주십시오.",
                    ),
                    "choices": [
                        _choice(
                            "entrance",
                            "玄関前（戸建て）",
                            "In front of the entrance (detached house)",
                            "大门前（独栋住宅）",
                            "현관 앞(단독주택)",
                        ),
                        _choice(
                            "collection_point",
                            "建物のごみ集積所",
                            "The building's rubbish collection point",
                            "建筑物的垃圾收集点",
                            "건물의 쓰레기 집하장",
                        ),
                        _choice(
                            "ground_floor",
                            "建物1階の出入口付近",
                            "Near the ground-floor entrance of the building",
                            "建筑物一楼出入口附近",
                            "건물 1층 출입구 부근",
                        ),
                        _choice("other", "その他", "Somewhere else", "其他", "기타"),
                    ],
                },
                {
                    "key": "placement.note",
                    "type": "text",
                    "required": True,
                    "max_length": 100,
                    "condition": {"field": "placement.location", "equals": "other"},
                    "label": _t(
                        "出す場所の詳細", "Describe the place", "请说明放置地点", "배출 장소 상세"
                    ),
                    "hint": _t(
                        "例：駐車場の奥、管理人室の横",
                        "For example: at the back of the car park, next to the caretaker's office",
                        "例：停车场里侧、管理员室旁边",
                        "예: 주차장 안쪽, 관리인실 옆",
                    ),
                },
            ],
        },
    ],
    "rules": [],
}


# ---------------------------------------------------------------------------------------------
# 児童手当の認定請求
# ---------------------------------------------------------------------------------------------

_JIDO_TEATE: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "applicant",
            "title": _t("請求者", "Claimant", "申请人", "청구자"),
            "condition": None,
            "items": [
                _applicant_name(
                    hint=_t(
                        "子どもを養育している方のうち、生計を維持する程度の高い方"
                        "（通常は所得の高い方）が請求者になります。",
                        "The parent or guardian who mainly supports the household (usually the "
                        "one with the higher income) makes the claim.",
                        "由养育子女者中主要维持家庭生计的一方（通常为收入较高者）提出申请。",
                        "자녀를 양육하는 분 중 생계를 주로 유지하는 분(보통 소득이 많은 분)이 "
                        "청구자가 됩니다.",
                    )
                ),
                _applicant_name_kana(),
                _applicant_birth_date(),
                {
                    "key": "applicant.individual_number",
                    "type": "individual_number",
                    "required": True,
                    "label": _t(
                        "個人番号（マイナンバー）",
                        "Individual Number (My Number)",
                        "个人编号（My Number）",
                        "개인번호(마이넘버)",
                    ),
                    "hint": _t(
                        "12桁の番号です。マイナンバーカードまたは通知カードで確認できます。",
                        "The 12-digit number shown on your My Number Card or notification card.",
                        "12位数字，可在个人编号卡或通知卡上查到。",
                        "12자리 번호입니다. 마이넘버 카드 또는 통지 카드에서 확인할 수 있습니다.",
                    ),
                },
                _address_current(_REGISTERED_ADDRESS_HINT),
                _contact_phone(),
            ],
        },
        {
            "key": "children",
            "title": _t(
                "養育している子ども", "Children you are raising", "所养育的子女", "양육하는 자녀"
            ),
            "condition": None,
            "items": [
                {
                    "group": "children",
                    "min": 1,
                    "max": 10,
                    "label": _t(
                        "養育している子ども（高校生年代まで）",
                        "Children you are raising (up to the end of upper-secondary school age)",
                        "所养育的子女（至高中年龄段）",
                        "양육하는 자녀(고등학생 연령까지)",
                    ),
                    "item_label": _t("子ども", "Child", "子女", "자녀"),
                    "fields": [
                        {
                            "key": "name",
                            "type": "text",
                            "required": True,
                            "max_length": 50,
                            "label": _NAME_LABEL,
                        },
                        {
                            "key": "name_kana",
                            "type": "name_kana",
                            "required": True,
                            "label": _KANA_LABEL,
                            "hint": _KANA_HINT,
                        },
                        {
                            "key": "birth_date",
                            "type": "date",
                            "required": True,
                            "era": True,
                            "label": _BIRTH_DATE_LABEL,
                            "hint": _t(
                                "例：2023-04-01（令和5年4月1日とも入力できます）",
                                "For example: 2023-04-01 (you can also write 令和5年4月1日).",
                                "例：2023-04-01（也可以写作令和5年4月1日）",
                                "예: 2023-04-01 (令和5年4月1日로도 입력할 수 있습니다)",
                            ),
                        },
                        {
                            "key": "relationship",
                            "type": "single_choice",
                            "required": True,
                            "label": _t(
                                "請求者との続柄",
                                "Relationship to you",
                                "与申请人的关系",
                                "청구자와의 관계",
                            ),
                            "choices": [
                                _choice("child", "子", "Child", "子女", "자녀"),
                                _choice("adopted", "養子", "Adopted child", "养子女", "양자"),
                                _choice("grandchild", "孫", "Grandchild", "孙子女", "손자녀"),
                                _choice("other", "その他", "Other", "其他", "기타"),
                            ],
                        },
                        {
                            "key": "lives_together",
                            "type": "yes_no",
                            "required": True,
                            "label": _t(
                                "請求者と同居していますか",
                                "Does this child live with you?",
                                "该子女是否与申请人同住？",
                                "청구자와 함께 살고 있습니까?",
                            ),
                            "hint": _t(
                                "別居している場合は、別居監護申立書などの書類が追加で必要です。",
                                "If not, you will also need to submit a statement of care for a "
                                "child living apart, among other documents.",
                                "如不同住，需要另行提交分居监护申请书等文件。",
                                "따로 사는 경우 별거 감호 신청서 등의 서류가 추가로 필요합니다.",
                            ),
                        },
                    ],
                },
            ],
        },
        {
            "key": "spouse_bank",
            "title": _t(
                "配偶者と振込先",
                "Spouse and bank account",
                "配偶者和收款账户",
                "배우자와 입금 계좌",
            ),
            "condition": None,
            "items": [
                {
                    "key": "spouse.exists",
                    "type": "yes_no",
                    "required": True,
                    "label": _t(
                        "配偶者（事実上の婚姻関係にある方を含む）はいますか",
                        "Do you have a spouse (including a partner in a de facto marriage)?",
                        "您是否有配偶（包括事实婚姻关系的伴侣）？",
                        "배우자(사실혼 관계인 분 포함)가 있습니까?",
                    ),
                },
                {
                    "key": "spouse.has_higher_income",
                    "type": "yes_no",
                    "required": True,
                    "condition": {"field": "spouse.exists", "equals": True},
                    "label": _t(
                        "配偶者の所得は、あなたの所得より多いですか",
                        "Is your spouse's income higher than yours?",
                        "配偶者的收入是否高于您的收入？",
                        "배우자의 소득이 귀하의 소득보다 많습니까?",
                    ),
                    "hint": _t(
                        "「はい」の場合は、原則として配偶者が請求者になります。"
                        "判断に迷うときは区にご相談ください。",
                        "If yes, your spouse should normally make the claim instead. If you are "
                        "unsure, please contact the city.",
                        "如回答“是”，原则上应由配偶者作为申请人。如不确定，请向区政府咨询。",
                        "'예'인 경우 원칙적으로 배우자가 청구자가 됩니다. 판단이 어려우시면 구에 "
                        "문의해 주십시오.",
                    ),
                },
                {
                    "key": "bank.account",
                    "type": "bank_account",
                    "required": True,
                    "label": _t("振込先口座", "Bank account for payments", "收款账户", "입금 계좌"),
                    "hint": _t(
                        "請求者本人名義の口座に限ります。ゆうちょ銀行の場合は、"
                        "振込用の店番・口座番号を入力してください。",
                        "The account must be in your own name. For Japan Post Bank, enter the "
                        "branch number and account number used for transfers.",
                        "仅限申请人本人名义的账户。如为日本邮政银行（ゆうちょ銀行），"
                        "请填写用于转账的分行编号和账号。",
                        "청구자 본인 명의의 계좌만 가능합니다. 유초 은행은 이체용 지점 번호와 "
                        "계좌번호를 입력해 주십시오.",
                    ),
                },
            ],
        },
    ],
    "rules": [],
}


# ---------------------------------------------------------------------------------------------
# 保育園の入園申込み（利用調整）
# ---------------------------------------------------------------------------------------------


_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _month_choice(year: int, month: int) -> dict[str, Any]:
    """A start month; 令和 year = Gregorian year − 2018 (令和元年 is 2019)."""
    return _choice(
        f"{year}-{month:02d}",
        f"令和{year - 2018}年{month}月",
        f"{_MONTHS_EN[month - 1]} {year}",
        f"{year}年{month}月",
        f"{year}년 {month}월",
    )


_HOIKUEN_START_MONTHS = [_month_choice(2027, m) for m in range(4, 13)] + [
    _month_choice(2028, m) for m in range(1, 4)
]
"""令和9年度 (April 2027 – March 2028), the year the demo application window (Nov 2026) is for."""

_HOIKUEN_NYUEN: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "guardian",
            "title": _t("保護者", "Parent or guardian", "监护人", "보호자"),
            "condition": None,
            "items": [
                _applicant_name(),
                _applicant_name_kana(),
                {
                    "key": "applicant.relationship",
                    "type": "single_choice",
                    "required": True,
                    "label": _t(
                        "お子さんとの続柄",
                        "Your relationship to the child",
                        "与孩子的关系",
                        "자녀와의 관계",
                    ),
                    "choices": [
                        _choice("mother", "母", "Mother", "母亲", "어머니"),
                        _choice("father", "父", "Father", "父亲", "아버지"),
                        _choice("grandparent", "祖父母", "Grandparent", "祖父母", "조부모"),
                        _choice("other", "その他", "Other", "其他", "기타"),
                    ],
                },
                _address_current(_REGISTERED_ADDRESS_HINT),
                _contact_phone(),
                _contact_email(
                    _t(
                        "利用調整の結果は郵送でお知らせします。"
                        "書類の不足などがあるときはメールで連絡することがあります。",
                        "We will send the allocation result by post. We may email you, for "
                        "example if a document is missing.",
                        "利用调整（入园审核）的结果将邮寄通知。如材料不全等，"
                        "我们可能会通过邮件联系您。",
                        "이용 조정 결과는 우편으로 알려 드립니다. 서류 누락 등이 있을 때 "
                        "이메일로 연락드릴 수 있습니다.",
                    )
                ),
            ],
        },
        {
            "key": "child",
            "title": _t(
                "入園を希望するお子さん",
                "The child",
                "申请入园的孩子",
                "어린이집 입소를 희망하는 자녀",
            ),
            "condition": None,
            "items": [
                {
                    "key": "child.name",
                    "type": "text",
                    "required": True,
                    "max_length": 50,
                    "label": _t("お子さんの氏名", "Child's full name", "孩子的姓名", "자녀의 성명"),
                },
                {
                    "key": "child.name_kana",
                    "type": "name_kana",
                    "required": True,
                    "label": _t(
                        "お子さんのフリガナ",
                        "Child's name in katakana (furigana)",
                        "孩子姓名的读音（片假名）",
                        "자녀 성명 후리가나",
                    ),
                    "hint": _KANA_HINT,
                },
                {
                    "key": "child.birth_date",
                    "type": "date",
                    "required": True,
                    "era": True,
                    "label": _t(
                        "お子さんの生年月日",
                        "Child's date of birth",
                        "孩子的出生日期",
                        "자녀의 생년월일",
                    ),
                    "hint": _t(
                        "例：2025-06-01（令和7年6月1日とも入力できます）",
                        "For example: 2025-06-01 (you can also write 令和7年6月1日).",
                        "例：2025-06-01（也可以写作令和7年6月1日）",
                        "예: 2025-06-01 (令和7年6月1日로도 입력할 수 있습니다)",
                    ),
                },
                {
                    "key": "nyuen.sibling_enrolled",
                    "type": "yes_no",
                    "required": True,
                    "label": _t(
                        "きょうだいが認可保育園などに在園していますか",
                        "Does a brother or sister already attend a licensed daycare?",
                        "孩子的兄弟姐妹是否已在认可保育园等入园？",
                        "형제자매가 인가 어린이집 등에 다니고 있습니까?",
                    ),
                    "hint": _t(
                        "利用調整で考慮される場合があります。",
                        "This may be taken into account in the allocation.",
                        "在利用调整中可能会考虑这一点。",
                        "이용 조정 시 고려될 수 있습니다.",
                    ),
                },
                {
                    "key": "nyuen.health_notes",
                    "type": "long_text",
                    "required": False,
                    "max_length": 500,
                    "label": _t(
                        "健康状態・アレルギーなど、保育で配慮が必要なこと",
                        "Health conditions, allergies or other needs we should know about",
                        "健康状况、过敏等保育时需要注意的事项",
                        "건강 상태·알레르기 등 보육 시 배려가 필요한 사항",
                    ),
                },
            ],
        },
        {
            "key": "preferences",
            "title": _t("入園の希望", "Daycare preferences", "入园意向", "입소 희망 사항"),
            "condition": None,
            "items": [
                {
                    "key": "nyuen.daycares",
                    "type": "multiple_choice",
                    "required": True,
                    "min": 1,
                    "max": 5,
                    "label": _t(
                        "希望する保育園（5園まで）",
                        "Daycares you would like (up to 5)",
                        "希望入读的保育园（最多5所）",
                        "희망하는 어린이집(5곳까지)",
                    ),
                    "hint": _t(
                        "5園まで選べます。希望の順位は次の欄に入力してください。",
                        "Choose up to 5. Give your order of preference in the next question.",
                        "最多可选5所。请在下一栏填写志愿顺序。",
                        "5곳까지 선택할 수 있습니다. 희망 순위는 다음 칸에 입력해 주십시오.",
                    ),
                    "choices": [
                        _choice(
                            "shibaura",
                            "芝浦保育園",
                            "Shibaura Nursery School",
                            "芝浦保育园",
                            "시바우라 어린이집",
                        ),
                        _choice(
                            "konan",
                            "港南保育園",
                            "Konan Nursery School",
                            "港南保育园",
                            "고난 어린이집",
                        ),
                        _choice(
                            "takanawa",
                            "高輪保育園",
                            "Takanawa Nursery School",
                            "高轮保育园",
                            "다카나와 어린이집",
                        ),
                        _choice(
                            "shirokane",
                            "白金保育園",
                            "Shirokane Nursery School",
                            "白金保育园",
                            "시로카네 어린이집",
                        ),
                        _choice(
                            "akasaka",
                            "赤坂保育園",
                            "Akasaka Nursery School",
                            "赤坂保育园",
                            "아카사카 어린이집",
                        ),
                        _choice(
                            "aoyama",
                            "青山保育園",
                            "Aoyama Nursery School",
                            "青山保育园",
                            "아오야마 어린이집",
                        ),
                        _choice(
                            "azabu",
                            "麻布保育園",
                            "Azabu Nursery School",
                            "麻布保育园",
                            "아자부 어린이집",
                        ),
                        _choice(
                            "higashi_azabu",
                            "東麻布保育園",
                            "Higashi-Azabu Nursery School",
                            "东麻布保育园",
                            "히가시아자부 어린이집",
                        ),
                        _choice(
                            "minami_azabu",
                            "南麻布保育園",
                            "Minami-Azabu Nursery School",
                            "南麻布保育园",
                            "미나미아자부 어린이집",
                        ),
                        _choice(
                            "daiba",
                            "台場保育園",
                            "Daiba Nursery School",
                            "台场保育园",
                            "다이바 어린이집",
                        ),
                    ],
                },
                {
                    "key": "nyuen.preference_order",
                    "type": "text",
                    "required": False,
                    "max_length": 200,
                    "label": _t("希望の順位", "Order of preference", "志愿顺序", "희망 순위"),
                    "hint": _t(
                        "例：1 芝浦、2 港南、3 高輪",
                        "For example: 1 Shibaura, 2 Konan, 3 Takanawa",
                        "例：1 芝浦、2 港南、3 高轮",
                        "예: 1 시바우라, 2 고난, 3 다카나와",
                    ),
                },
                {
                    "key": "nyuen.start_month",
                    "type": "single_choice",
                    "required": True,
                    "label": _t(
                        "入園希望月",
                        "Month you would like your child to start",
                        "希望入园月份",
                        "입소 희망 월",
                    ),
                    "hint": _t(
                        "入園日は各月の1日です。",
                        "Children start on the 1st of the month.",
                        "入园日为每月1日。",
                        "입소일은 매월 1일입니다.",
                    ),
                    "choices": _HOIKUEN_START_MONTHS,
                },
                {
                    "key": "nyuen.reason",
                    "type": "single_choice",
                    "required": True,
                    "label": _t(
                        "保育を必要とする理由",
                        "Why your child needs daycare",
                        "需要保育的理由",
                        "보육이 필요한 사유",
                    ),
                    "hint": _t(
                        "保護者の状況に最も近いものを選んでください。",
                        "Choose the one that best describes your situation.",
                        "请选择最符合监护人情况的一项。",
                        "보호자의 상황에 가장 가까운 것을 선택해 주십시오.",
                    ),
                    "choices": [
                        _choice("work", "就労", "Work", "就业", "취업(근로)"),
                        _choice(
                            "pregnancy",
                            "妊娠・出産",
                            "Pregnancy or childbirth",
                            "怀孕、分娩",
                            "임신·출산",
                        ),
                        _choice(
                            "illness",
                            "保護者の疾病・障害",
                            "Illness or disability of a parent",
                            "监护人患病或残障",
                            "보호자의 질병·장애",
                        ),
                        _choice(
                            "care",
                            "同居親族の介護・看護",
                            "Caring for a relative who lives with you",
                            "照护或看护同住亲属",
                            "동거 친족의 간병·간호",
                        ),
                        _choice("job_seeking", "求職活動", "Looking for work", "求职", "구직 활동"),
                        _choice("study", "就学", "Study", "就学", "학업"),
                        _choice("other", "その他", "Other", "其他", "기타"),
                    ],
                },
                {
                    "key": "employment_certificate",
                    "type": "attachment",
                    "accept": ["pdf", "jpeg", "png"],
                    "max_files": 5,
                    "max_size_mb": 10,
                    "required": True,
                    "label": _t(
                        "就労証明書など（保育を必要とする理由を証明する書類）",
                        "Employment certificate or other proof of why daycare is needed",
                        "就业证明书等（证明需要保育理由的文件）",
                        "취업증명서 등(보육이 필요한 사유를 증명하는 서류)",
                    ),
                    "hint": _t(
                        "父母それぞれの分が必要です。勤務先が作成した就労証明書（PDF）か、"
                        "書類を撮影した画像を添付してください。"
                        "PDF・JPEG・PNG形式、5ファイルまで、1ファイル10MBまで。",
                        "One for each parent. Attach the employment certificate your employer "
                        "completed (PDF) or a photo of the document. PDF, JPEG or PNG, up to 5 "
                        "files of 10 MB each.",
                        "父母双方各需一份。请附上工作单位填写的就业证明书（PDF）或文件照片。"
                        "PDF、JPEG或PNG格式，最多5个文件，每个不超过10MB。",
                        "부모 각각의 서류가 필요합니다. 근무처에서 작성한 취업증명서(PDF) 또는 "
                        "서류를 촬영한 이미지를 첨부해 주십시오. PDF·JPEG·PNG 형식, 최대 "
                        "5개 파일, 파일당 10MB까지.",
                    ),
                },
            ],
        },
    ],
    "rules": [],
}


# ---------------------------------------------------------------------------------------------
# 区民センターなどの施設の利用申込み
# ---------------------------------------------------------------------------------------------

_SHISETSU_YOYAKU: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "booking",
            "title": _t("利用の内容", "Booking details", "使用内容", "이용 내용"),
            "condition": None,
            "items": [
                {
                    "key": "booking.facility",
                    "type": "single_choice",
                    "required": True,
                    "label": _t("利用する施設", "Facility", "使用设施", "이용 시설"),
                    "hint": _t(
                        "部屋の種類や定員は施設ごとに異なります。"
                        "施設予約システムで空き状況を確認してから申し込んでください。",
                        "Rooms and capacities differ between facilities. Check availability in "
                        "the facility booking system before you apply.",
                        "房间类型和容纳人数因设施而异。请先在设施预约系统中确认空闲情况后再申请。",
                        "방의 종류와 정원은 시설마다 다릅니다. 시설 예약 시스템에서 빈 상황을 "
                        "확인한 후 신청해 주십시오.",
                    ),
                    "choices": [
                        _choice(
                            "akasaka",
                            "赤坂区民センター",
                            "Akasaka Community Centre",
                            "赤坂区民中心",
                            "아카사카 구민센터",
                        ),
                        _choice(
                            "azabu",
                            "麻布区民センター",
                            "Azabu Community Centre",
                            "麻布区民中心",
                            "아자부 구민센터",
                        ),
                        _choice(
                            "takanawa",
                            "高輪区民センター",
                            "Takanawa Community Centre",
                            "高轮区民中心",
                            "다카나와 구민센터",
                        ),
                        _choice(
                            "shibaura_konan",
                            "芝浦港南区民センター",
                            "Shibaura-Konan Community Centre",
                            "芝浦港南区民中心",
                            "시바우라코난 구민센터",
                        ),
                        _choice(
                            "daiba",
                            "台場区民センター",
                            "Daiba Community Centre",
                            "台场区民中心",
                            "다이바 구민센터",
                        ),
                    ],
                },
                {
                    "key": "booking.date",
                    "type": "date",
                    "required": True,
                    "label": _t("利用日", "Date", "使用日期", "이용일"),
                    "hint": _t(
                        "例：2027-05-20",
                        "For example: 2027-05-20",
                        "例：2027-05-20",
                        "예: 2027-05-20",
                    ),
                },
                {
                    "key": "booking.time_slot",
                    "type": "single_choice",
                    "required": True,
                    "label": _t("利用時間帯", "Time slot", "使用时段", "이용 시간대"),
                    "choices": [
                        _choice(
                            "morning",
                            "午前（9時〜12時）",
                            "Morning (9:00–12:00)",
                            "上午（9:00–12:00）",
                            "오전(9시~12시)",
                        ),
                        _choice(
                            "afternoon",
                            "午後（13時〜17時）",
                            "Afternoon (13:00–17:00)",
                            "下午（13:00–17:00）",
                            "오후(13시~17시)",
                        ),
                        _choice(
                            "evening",
                            "夜間（18時〜22時）",
                            "Evening (18:00–22:00)",
                            "晚间（18:00–22:00）",
                            "야간(18시~22시)",
                        ),
                    ],
                },
                {
                    "key": "booking.people",
                    "type": "number",
                    "required": True,
                    "min": 1,
                    "max": 300,
                    "decimal_places": 0,
                    "label": _t("利用人数", "Number of people", "使用人数", "이용 인원"),
                    "hint": _t(
                        "部屋の定員を超えないようにしてください。",
                        "This must not exceed the room's capacity.",
                        "请勿超过房间的容纳人数。",
                        "방의 정원을 넘지 않도록 해 주십시오.",
                    ),
                },
                {
                    "key": "booking.purpose",
                    "type": "single_choice",
                    "required": True,
                    "label": _t("利用目的", "Purpose", "使用目的", "이용 목적"),
                    "choices": [
                        _choice(
                            "meeting",
                            "会議・打合せ",
                            "Meeting",
                            "会议、商谈",
                            "회의·협의",
                        ),
                        _choice(
                            "lecture",
                            "講演会・講座",
                            "Lecture or class",
                            "讲座、讲习",
                            "강연회·강좌",
                        ),
                        _choice(
                            "music",
                            "音楽・合唱",
                            "Music or choir",
                            "音乐、合唱",
                            "음악·합창",
                        ),
                        _choice(
                            "exercise",
                            "体操・ダンス",
                            "Exercise or dance",
                            "体操、舞蹈",
                            "체조·댄스",
                        ),
                        _choice(
                            "culture",
                            "茶道・華道・書道などの文化活動",
                            "Tea ceremony, flower arranging, calligraphy or other cultural "
                            "activities",
                            "茶道、花道、书法等文化活动",
                            "다도·꽃꽂이·서예 등 문화 활동",
                        ),
                        _choice("other", "その他", "Other", "其他", "기타"),
                    ],
                },
                {
                    "key": "booking.event_name",
                    "type": "text",
                    "required": True,
                    "max_length": 50,
                    "label": _t("行事名", "Name of the event", "活动名称", "행사명"),
                    "hint": _t(
                        "施設の案内表示に掲示します。例：芝五丁目町会 定例会",
                        "It is shown on the facility's notice board. For example: Shiba 5-chome "
                        "neighbourhood association meeting",
                        "将显示在设施的指示牌上。例：芝五丁目町会 例会",
                        "시설 안내판에 게시됩니다. 예: 시바 5초메 주민회 정례회",
                    ),
                },
            ],
        },
        {
            "key": "user",
            "title": _t("利用者", "Your details", "使用者", "이용자"),
            "condition": None,
            "items": [
                {
                    "key": "booking.group_name",
                    "type": "text",
                    "required": False,
                    "max_length": 50,
                    "label": _t("団体名", "Group name", "团体名称", "단체명"),
                    "hint": _t(
                        "団体で利用する場合に入力してください。",
                        "Only if you are booking for a group.",
                        "以团体名义使用时请填写。",
                        "단체로 이용하는 경우 입력해 주십시오.",
                    ),
                },
                _applicant_name(
                    label=_t(
                        "氏名（団体の場合は代表者）",
                        "Full name (for a group, its representative)",
                        "姓名（团体请填写代表人）",
                        "성명(단체인 경우 대표자)",
                    )
                ),
                _applicant_name_kana(),
                _contact_phone(
                    _t(
                        "利用日当日に連絡が取れる番号を入力してください。例：090-1234-5678",
                        "A number we can reach you on during the booking. Example: 090-1234-5678",
                        "请填写使用当天能联系到您的号码。例：090-1234-5678",
                        "이용 당일 연락 가능한 번호를 입력해 주십시오. 예: 090-1234-5678",
                    )
                ),
                _contact_email(
                    _t(
                        "予約の確定と使用料をメールでお知らせします。",
                        "We will email you the confirmed booking and the fee.",
                        "我们会通过邮件通知您预约确认和使用费。",
                        "예약 확정과 사용료를 이메일로 알려 드립니다.",
                    )
                ),
            ],
        },
    ],
    "rules": [],
}


# ---------------------------------------------------------------------------------------------
# 区立自転車駐車場の定期利用申込み
# ---------------------------------------------------------------------------------------------

_JITENSHA_TEIKI: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "applicant",
            "title": _t("申込者", "Your details", "申请人", "신청자"),
            "condition": None,
            "items": [
                _applicant_name(),
                _applicant_name_kana(),
                _address_current(_REGISTERED_ADDRESS_HINT),
                _contact_phone(),
                _contact_email(
                    _t(
                        "利用の可否と定期利用券の受け取り方法をお知らせします。",
                        "We will tell you whether a space is available and how to collect your "
                        "pass.",
                        "我们会通知您能否使用以及定期使用券的领取方式。",
                        "이용 가능 여부와 정기 이용권 수령 방법을 알려 드립니다.",
                    )
                ),
            ],
        },
        {
            "key": "parking",
            "title": _t("利用の内容", "Parking details", "使用内容", "이용 내용"),
            "condition": None,
            "items": [
                {
                    "key": "parking.lot",
                    "type": "single_choice",
                    "required": True,
                    "label": _t(
                        "利用する自転車駐車場",
                        "Bicycle parking",
                        "使用的自行车停车场",
                        "이용할 자전거 주차장",
                    ),
                    "hint": _t(
                        "先着順で受け付けます。定員に達している場合はお知らせします。",
                        "Applications are accepted in order of arrival. We will let you know if "
                        "the parking is full.",
                        "按申请先后顺序受理。如已满员，我们会通知您。",
                        "선착순으로 접수합니다. 정원이 찬 경우 알려 드립니다.",
                    ),
                    "choices": [
                        _choice(
                            "tamachi_east",
                            "田町駅東口自転車駐車場",
                            "Tamachi Station East Exit bicycle parking",
                            "田町站东口自行车停车场",
                            "다마치역 동쪽 출구 자전거 주차장",
                        ),
                        _choice(
                            "hamamatsucho",
                            "浜松町駅自転車駐車場",
                            "Hamamatsucho Station bicycle parking",
                            "滨松町站自行车停车场",
                            "하마마쓰초역 자전거 주차장",
                        ),
                        _choice(
                            "shinagawa_konan",
                            "品川駅港南口自転車駐車場",
                            "Shinagawa Station Konan Exit bicycle parking",
                            "品川站港南口自行车停车场",
                            "시나가와역 고난 출구 자전거 주차장",
                        ),
                        _choice(
                            "shirokane_takanawa",
                            "白金高輪駅自転車駐車場",
                            "Shirokane-Takanawa Station bicycle parking",
                            "白金高轮站自行车停车场",
                            "시로카네타카나와역 자전거 주차장",
                        ),
                        _choice(
                            "azabu_juban",
                            "麻布十番駅自転車駐車場",
                            "Azabu-Juban Station bicycle parking",
                            "麻布十番站自行车停车场",
                            "아자부주반역 자전거 주차장",
                        ),
                    ],
                },
                {
                    "key": "parking.period",
                    "type": "single_choice",
                    "required": True,
                    "label": _t("利用期間", "Length of the pass", "使用期限", "이용 기간"),
                    "choices": [
                        _choice("1", "1か月", "1 month", "1个月", "1개월"),
                        _choice("3", "3か月", "3 months", "3个月", "3개월"),
                        _choice("6", "6か月", "6 months", "6个月", "6개월"),
                    ],
                },
                {
                    "key": "parking.vehicle_type",
                    "type": "single_choice",
                    "required": True,
                    "label": _t("車両の種類", "Type of vehicle", "车辆类型", "차량 종류"),
                    "hint": _t(
                        "電動アシスト自転車や子ども乗せ自転車は、専用の区画になる場合があります。",
                        "Electric-assisted and child-seat bicycles may be given a dedicated space.",
                        "电动助力自行车和儿童座椅自行车可能停放在专用区域。",
                        "전동 어시스트 자전거나 유아 동승용 자전거는 전용 구역이 될 수 있습니다.",
                    ),
                    "choices": [
                        _choice("bicycle", "自転車", "Bicycle", "自行车", "자전거"),
                        _choice(
                            "large_bicycle",
                            "電動アシスト自転車・子ども乗せ自転車",
                            "Electric-assisted or child-seat bicycle",
                            "电动助力自行车、儿童座椅自行车",
                            "전동 어시스트 자전거·유아 동승용 자전거",
                        ),
                        _choice(
                            "moped",
                            "原動機付自転車（50cc以下）",
                            "Moped (50 cc or less)",
                            "轻便摩托车（50cc以下）",
                            "원동기장치자전거(50cc 이하)",
                        ),
                    ],
                },
                {
                    "key": "parking.registration_number",
                    "type": "text",
                    "required": True,
                    "max_length": 20,
                    "label": _t(
                        "防犯登録番号",
                        "Crime-prevention registration number",
                        "防盗登记号码",
                        "방범등록번호",
                    ),
                    "hint": _t(
                        "自転車に貼ってある防犯登録シールの番号です。"
                        "原動機付自転車の場合はナンバープレートの番号を入力してください。",
                        "The number on the crime-prevention registration sticker on your "
                        "bicycle. For a moped, enter its number plate.",
                        "贴在自行车上的防盗登记贴纸上的号码。如为轻便摩托车，请填写车牌号码。",
                        "자전거에 붙어 있는 방범등록 스티커의 번호입니다. 원동기장치자전거는 "
                        "번호판 번호를 입력해 주십시오.",
                    ),
                },
                {
                    "key": "parking.is_student",
                    "type": "yes_no",
                    "required": True,
                    "label": _t("学生ですか", "Are you a student?", "您是学生吗？", "학생입니까?"),
                    "hint": _t(
                        "学生の方は学生料金になります。利用開始時に学生証を提示してください。",
                        "Students pay the student rate. Show your student ID when you start "
                        "using the parking.",
                        "学生适用学生价格。开始使用时请出示学生证。",
                        "학생은 학생 요금이 적용됩니다. 이용 시작 시 학생증을 제시해 주십시오.",
                    ),
                },
                {
                    "key": "parking.school_name",
                    "type": "text",
                    "required": True,
                    "max_length": 50,
                    "condition": {"field": "parking.is_student", "equals": True},
                    "label": _t("学校名", "Name of your school", "学校名称", "학교명"),
                },
            ],
        },
    ],
    "rules": [],
}


# ---------------------------------------------------------------------------------------------
# 区民の声
# ---------------------------------------------------------------------------------------------

_KUMIN_NO_KOE: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "opinion",
            "title": _t("ご意見・ご要望", "Your comment", "意见和建议", "의견·요망"),
            "condition": None,
            "items": [
                {
                    "key": "voice.category",
                    "type": "single_choice",
                    "required": True,
                    "label": _t("分野", "Topic area", "领域", "분야"),
                    "choices": [
                        _choice(
                            "welfare", "福祉・健康", "Welfare and health", "福利、健康", "복지·건강"
                        ),
                        _choice(
                            "children",
                            "子育て・教育",
                            "Children and education",
                            "育儿、教育",
                            "육아·교육",
                        ),
                        _choice(
                            "town",
                            "まちづくり・交通",
                            "Urban development and transport",
                            "城市建设、交通",
                            "도시 조성·교통",
                        ),
                        _choice(
                            "environment",
                            "環境・ごみ",
                            "Environment and rubbish",
                            "环境、垃圾",
                            "환경·쓰레기",
                        ),
                        _choice(
                            "safety",
                            "防災・防犯",
                            "Disaster preparedness and crime prevention",
                            "防灾、防范犯罪",
                            "방재·방범",
                        ),
                        _choice(
                            "procedures",
                            "届出・証明・税",
                            "Registrations, certificates and taxes",
                            "申报、证明、税务",
                            "신고·증명·세금",
                        ),
                        _choice(
                            "facilities", "区の施設", "City facilities", "区政府设施", "구 시설"
                        ),
                        _choice("other", "その他", "Other", "其他", "기타"),
                    ],
                },
                {
                    "key": "voice.topic",
                    "type": "long_text",
                    "required": True,
                    "max_length": 2000,
                    "label": _t(
                        "ご意見・ご要望の内容",
                        "Your comment or request",
                        "意见或建议的内容",
                        "의견·요망 내용",
                    ),
                    "hint": _t(
                        "2,000字以内で入力してください。場所や日時に関することは、"
                        "できるだけ具体的にお書きください。",
                        "Up to 2,000 characters. If it concerns a place or a time, please be as "
                        "specific as you can.",
                        "请在2,000字以内填写。涉及地点或时间的，请尽量具体说明。",
                        "2,000자 이내로 입력해 주십시오. 장소나 일시에 관한 내용은 가능한 한 "
                        "구체적으로 적어 주십시오.",
                    ),
                },
                {
                    "key": "voice.publish_anonymously",
                    "type": "yes_no",
                    "required": True,
                    "label": _t(
                        "個人が特定されない形で、ご意見を区のホームページなどで紹介してもよいですか",
                        "May we publish your comment on the city's website or elsewhere, in a "
                        "way that does not identify you?",
                        "我们可以在不透露个人身份的前提下，在区政府网站等处介绍您的意见吗？",
                        "개인이 특정되지 않는 형태로 의견을 구 홈페이지 등에 소개해도 되겠습니까?",
                    ),
                    "hint": _t(
                        "氏名や連絡先を公表することはありません。",
                        "We never publish your name or contact details.",
                        "我们不会公开您的姓名和联系方式。",
                        "성명이나 연락처는 공개하지 않습니다.",
                    ),
                },
                {
                    "key": "voice.wants_reply",
                    "type": "yes_no",
                    "required": True,
                    "label": _t(
                        "区からの回答を希望しますか",
                        "Would you like a reply from the city?",
                        "您希望区政府答复吗？",
                        "구의 답변을 희망하십니까?",
                    ),
                    "hint": _t(
                        "希望する場合は、次のページで氏名と連絡先を入力してください。"
                        "回答までに2週間程度かかることがあります。",
                        "If so, you will give your name and contact details on the next page. "
                        "A reply can take about two weeks.",
                        "如希望答复，请在下一页填写姓名和联系方式。答复可能需要两周左右。",
                        "희망하시면 다음 페이지에서 성명과 연락처를 입력해 주십시오. 답변까지 "
                        "2주 정도 걸릴 수 있습니다.",
                    ),
                },
            ],
        },
        {
            "key": "reply",
            "title": _t(
                "回答の送り先", "Where to send the reply", "答复的送达方式", "답변 받을 곳"
            ),
            "condition": {"field": "voice.wants_reply", "equals": True},
            "items": [
                _applicant_name(),
                {
                    "key": "voice.reply_method",
                    "type": "single_choice",
                    "required": True,
                    "label": _t(
                        "回答の方法", "How you would like the reply", "答复方式", "답변 방법"
                    ),
                    "choices": [
                        _choice("email", "メール", "By email", "电子邮件", "이메일"),
                        _choice("post", "郵送", "By post", "邮寄", "우편"),
                    ],
                },
                _contact_email(
                    _t(
                        "回答をこのアドレスに送ります。例：taro@example.jp",
                        "We will send the reply to this address. Example: taro@example.jp",
                        "我们会将答复发送到此地址。例：taro@example.jp",
                        "답변을 이 주소로 보내 드립니다. 예: taro@example.jp",
                    ),
                    condition={"field": "voice.reply_method", "equals": "email"},
                ),
                _address_current(
                    _t(
                        "回答をこの住所に郵送します。建物名・部屋番号まで入力してください。",
                        "We will post the reply to this address. Include the building name and "
                        "room number.",
                        "我们会将答复邮寄到此住址。请填写到建筑物名称和房间号。",
                        "답변을 이 주소로 우편 발송합니다. 건물명·호수까지 입력해 주십시오.",
                    ),
                    condition={"field": "voice.reply_method", "equals": "post"},
                ),
                _contact_phone(
                    _t(
                        "内容を確認するため、担当課から電話することがあります。例：090-1234-5678",
                        "The department in charge may call you to check details. "
                        "Example: 090-1234-5678",
                        "负责部门可能会致电向您确认内容。例：090-1234-5678",
                        "내용 확인을 위해 담당 부서에서 전화드릴 수 있습니다. 예: 090-1234-5678",
                    ),
                    required=False,
                ),
            ],
        },
    ],
    "rules": [],
}


# ---------------------------------------------------------------------------------------------
# 各種がん検診の申込み
# ---------------------------------------------------------------------------------------------

_GAN_KENSHIN: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "person",
            "title": _t("受診する方", "The person to be screened", "受检者", "수검자"),
            "condition": None,
            "items": [
                _applicant_name(),
                _applicant_name_kana(),
                _applicant_birth_date(
                    _t(
                        "対象の検診を確認するために使います。例：1975-10-01"
                        "（昭和50年10月1日とも入力できます）",
                        "Used to check which screenings you can have. For example: 1975-10-01 "
                        "(you can also write 昭和50年10月1日).",
                        "用于确认您可以接受的筛查。例：1975-10-01（也可以写作昭和50年10月1日）",
                        "받을 수 있는 검진을 확인하는 데 사용합니다. 예: 1975-10-01 "
                        "(昭和50年10月1日로도 입력할 수 있습니다)",
                    )
                ),
                _applicant_gender(
                    _t(
                        "子宮頸がん検診・乳がん検診の対象を確認するために使います。",
                        "Used to check eligibility for cervical and breast cancer screening.",
                        "用于确认宫颈癌和乳腺癌筛查的对象资格。",
                        "자궁경부암 검진·유방암 검진 대상 확인에 사용합니다.",
                    )
                ),
                _address_current(
                    _t(
                        "受診券をこの住所に郵送します。住民登録をしている住所を入力してください。",
                        "We will post your screening voucher to this address. Enter the address "
                        "where you are registered as a resident.",
                        "受检券将邮寄到此住址。请填写住民登记的住址。",
                        "수검권을 이 주소로 우편 발송합니다. 주민등록이 되어 있는 주소를 입력해 "
                        "주십시오.",
                    )
                ),
                _contact_phone(),
            ],
        },
        {
            "key": "screening",
            "title": _t("検診の内容", "Screening", "筛查内容", "검진 내용"),
            "condition": None,
            "items": [
                {
                    "key": "screening.types",
                    "type": "multiple_choice",
                    "required": True,
                    "min": 1,
                    "label": _t(
                        "受診する検診", "Screenings you want", "希望接受的筛查", "받을 검진"
                    ),
                    "hint": _t(
                        "年齢は年度末（3月31日）時点です。対象外の検診は受診できません。",
                        "Ages are as of 31 March, the end of the fiscal year. You cannot book a "
                        "screening you are not eligible for.",
                        "年龄以年度末（3月31日）为准。不符合条件的筛查无法受检。",
                        "연령은 연도 말(3월 31일) 기준입니다. 대상이 아닌 검진은 받을 수 없습니다.",
                    ),
                    "choices": [
                        _choice(
                            "stomach_xray",
                            "胃がん検診（エックス線・40歳以上）",
                            "Stomach cancer (X-ray, aged 40 and over)",
                            "胃癌筛查（X光，40岁以上）",
                            "위암 검진(X선, 40세 이상)",
                        ),
                        _choice(
                            "stomach_endoscopy",
                            "胃がん検診（内視鏡・50歳以上）",
                            "Stomach cancer (endoscopy, aged 50 and over)",
                            "胃癌筛查（胃镜，50岁以上）",
                            "위암 검진(내시경, 50세 이상)",
                        ),
                        _choice(
                            "lung",
                            "肺がん検診（40歳以上）",
                            "Lung cancer (aged 40 and over)",
                            "肺癌筛查（40岁以上）",
                            "폐암 검진(40세 이상)",
                        ),
                        _choice(
                            "colorectal",
                            "大腸がん検診（40歳以上）",
                            "Colorectal cancer (aged 40 and over)",
                            "大肠癌筛查（40岁以上）",
                            "대장암 검진(40세 이상)",
                        ),
                        _choice(
                            "cervical",
                            "子宮頸がん検診（20歳以上の女性）",
                            "Cervical cancer (women aged 20 and over)",
                            "宫颈癌筛查（20岁以上女性）",
                            "자궁경부암 검진(20세 이상 여성)",
                        ),
                        _choice(
                            "breast",
                            "乳がん検診（40歳以上の女性）",
                            "Breast cancer (women aged 40 and over)",
                            "乳腺癌筛查（40岁以上女性）",
                            "유방암 검진(40세 이상 여성)",
                        ),
                    ],
                },
                {
                    "key": "screening.institution",
                    "type": "text",
                    "required": False,
                    "max_length": 100,
                    "label": _t(
                        "希望する医療機関",
                        "Preferred clinic or hospital",
                        "希望就诊的医疗机构",
                        "희망하는 의료기관",
                    ),
                    "hint": _t(
                        "区内の協力医療機関の名称を入力してください。決まっていない場合は空欄で"
                        "構いません。",
                        "The name of a participating clinic in Minato. Leave it blank if you "
                        "have not decided yet.",
                        "请填写区内合作医疗机构的名称。尚未决定的可以不填。",
                        "구내 협력 의료기관의 명칭을 입력해 주십시오. 정하지 않았으면 비워 "
                        "두셔도 됩니다.",
                    ),
                },
                {
                    "key": "period.from",
                    "type": "date",
                    "required": True,
                    "label": _t(
                        "受診希望期間（開始日）",
                        "Preferred period: from",
                        "希望受检期间（开始日期）",
                        "수검 희망 기간(시작일)",
                    ),
                    "hint": _t(
                        "例：2027-06-01",
                        "For example: 2027-06-01",
                        "例：2027-06-01",
                        "예: 2027-06-01",
                    ),
                },
                {
                    "key": "period.to",
                    "type": "date",
                    "required": True,
                    "label": _t(
                        "受診希望期間（終了日）",
                        "Preferred period: to",
                        "希望受检期间（结束日期）",
                        "수검 희망 기간(종료일)",
                    ),
                    "hint": _t(
                        "受診券は年度末（3月31日）まで使えます。例：2027-07-31",
                        "Vouchers are valid until 31 March. For example: 2027-07-31",
                        "受检券在年度末（3月31日）前有效。例：2027-07-31",
                        "수검권은 연도 말(3월 31일)까지 사용할 수 있습니다. 예: 2027-07-31",
                    ),
                },
            ],
        },
    ],
    "rules": [
        {
            "type": "date_order",
            "start": "period.from",
            "end": "period.to",
            "message": _t(
                "受診希望期間の終了日は、開始日と同じ日かそれより後の日にしてください。",
                "The end of the preferred period must be on or after its start.",
                "希望受检期间的结束日期必须是开始日期当天或之后。",
                "수검 희망 기간의 종료일은 시작일과 같은 날이거나 그 이후여야 합니다.",
            ),
        },
    ],
}


# ---------------------------------------------------------------------------------------------
# 区政情報の公開請求
# ---------------------------------------------------------------------------------------------

_CONTACT_EITHER_HINT = _t(
    "電話番号かメールアドレスの少なくとも一方を入力してください。"
    "請求の内容を確認するため連絡することがあります。",
    "Give a phone number, an email address or both. We may contact you to clarify your request.",
    "请至少填写电话号码或电子邮箱地址中的一项。我们可能会联系您以确认请求内容。",
    "전화번호와 이메일 주소 중 하나 이상을 입력해 주십시오. 청구 내용 확인을 위해 연락드릴 수 "
    "있습니다.",
)

_JOHO_KOKAI_SEIKYU: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "requester",
            "title": _t("請求者", "Requester", "请求人", "청구인"),
            "condition": None,
            "items": [
                _applicant_name(
                    label=_t(
                        "氏名（法人その他の団体の場合は、名称及び代表者の氏名）",
                        "Full name (for a company or other organisation, its name and the "
                        "representative's name)",
                        "姓名（法人或其他团体请填写名称及代表人姓名）",
                        "성명(법인 기타 단체인 경우 명칭 및 대표자 성명)",
                    )
                ),
                _applicant_name_kana(),
                _address_current(
                    _t(
                        "決定通知書をこの住所に郵送します。",
                        "We will post the decision notice to this address.",
                        "决定通知书将邮寄到此地址。",
                        "결정통지서를 이 주소로 우편 발송합니다.",
                    ),
                    label=_t(
                        "住所（法人その他の団体の場合は所在地）",
                        "Address (for an organisation, its address)",
                        "住址（法人或其他团体请填写所在地）",
                        "주소(법인 기타 단체인 경우 소재지)",
                    ),
                ),
                _contact_phone(_CONTACT_EITHER_HINT, required=False),
                _contact_email(_CONTACT_EITHER_HINT, required=False),
            ],
        },
        {
            "key": "request",
            "title": _t(
                "請求する区政情報",
                "The information you are requesting",
                "请求公开的区政信息",
                "청구하는 구정 정보",
            ),
            "condition": None,
            "items": [
                {
                    "key": "kokai.document",
                    "type": "long_text",
                    "required": True,
                    "max_length": 2000,
                    "label": _t(
                        "請求する区政情報の内容",
                        "Describe the information you want",
                        "请求公开的区政信息的内容",
                        "청구하는 구정 정보의 내용",
                    ),
                    "hint": _t(
                        "文書を特定できるよう、件名・年度・担当課などをできるだけ具体的に"
                        "書いてください。例：令和8年度 ○○公園改修工事の設計図面",
                        "Be as specific as you can (title, fiscal year, department) so that we "
                        "can identify the documents. For example: design drawings for the "
                        "FY2026 renovation of ○○ Park.",
                        "为便于确定文件，请尽量具体填写文件名称、年度、负责部门等。"
                        "例：2026年度○○公园改建工程的设计图纸",
                        "문서를 특정할 수 있도록 건명·연도·담당 부서 등을 가능한 한 구체적으로 "
                        "적어 주십시오. 예: 2026년도 ○○공원 개수 공사 설계 도면",
                    ),
                },
                {
                    "key": "kokai.method",
                    "type": "single_choice",
                    "required": True,
                    "label": _t(
                        "公開の方法", "How you want to receive it", "公开方式", "공개 방법"
                    ),
                    "hint": _t(
                        "閲覧は無料です。写しの交付は、A3判までの片面1枚につき白黒10円、"
                        "カラー50円です（郵送の場合は別に郵送料がかかります）。",
                        "Viewing is free. Copies cost 10 yen (black and white) or 50 yen "
                        "(colour) per single-sided sheet up to A3; postage is extra.",
                        "阅览免费。复印件A3以内单面每张黑白10日元、彩色50日元（邮寄时另需邮费）。",
                        "열람은 무료입니다. 사본 교부는 A3 크기까지 단면 1장당 흑백 10엔, "
                        "컬러 50엔입니다(우편의 경우 우편 요금이 별도로 듭니다).",
                    ),
                    "choices": [
                        _choice(
                            "view",
                            "閲覧・視聴",
                            "Viewing (reading, watching or listening)",
                            "阅览、视听",
                            "열람·시청",
                        ),
                        _choice(
                            "copy_counter",
                            "写しの交付（窓口で受け取り）",
                            "Copies, collected at the counter",
                            "交付复印件（窗口领取）",
                            "사본 교부(창구 수령)",
                        ),
                        _choice(
                            "copy_mail",
                            "写しの交付（郵送）",
                            "Copies, sent by post",
                            "交付复印件（邮寄）",
                            "사본 교부(우편)",
                        ),
                    ],
                },
            ],
        },
    ],
    "rules": [
        {
            "type": "at_least_one",
            "fields": ["contact.phone", "contact.email"],
            "message": _t(
                "電話番号かメールアドレスのどちらかを入力してください。",
                "Enter a phone number or an email address.",
                "请填写电话号码或电子邮箱地址。",
                "전화번호나 이메일 주소 중 하나를 입력해 주십시오.",
            ),
        },
    ],
}


# ---------------------------------------------------------------------------------------------
# 住民異動届（転入届・転出届・転居届）
# ---------------------------------------------------------------------------------------------

_MOVER_RELATIONSHIP_LABEL = _t(
    "届出人（あなた）との続柄",
    "Relationship to you",
    "与申报人（您）的关系",
    "신고인(본인)과의 관계",
)
_MOVER_ITEM_LABEL = _t("異動者", "Person moving", "迁移人员", "이동자")
_NOTIFIER_TITLE = _t("届出人", "Person making the notification", "申报人", "신고인")


def _notifier_items(name_hint: dict[str, str]) -> list[dict[str, Any]]:
    """The person making a 住民異動届, who is one of the people moving."""
    return [
        _applicant_name(hint=name_hint),
        _applicant_name_kana(),
        _applicant_birth_date(),
        _applicant_gender(
            _t(
                "住民票に記載されている（記載する）性別です。",
                "As recorded (or to be recorded) on your residence record.",
                "住民票上记载（将记载）的性别。",
                "주민표에 기재되어 있는(기재할) 성별입니다.",
            )
        ),
        _contact_phone(
            _t(
                "届出の内容を確認するため、区から連絡することがあります。例：090-1234-5678",
                "We may call you to check your notification. Example: 090-1234-5678",
                "为确认申报内容，区政府可能会与您联系。例：090-1234-5678",
                "신고 내용 확인을 위해 구에서 연락드릴 수 있습니다. 예: 090-1234-5678",
            )
        ),
    ]


def _movers_group(label: dict[str, str], hint: dict[str, str]) -> dict[str, Any]:
    """The other people moving with the person making the notification (``household.members``:
    never the notifier, so someone moving alone adds nobody)."""
    return {
        "group": "household.members",
        "min": 0,
        "max": 10,
        "label": label,
        "item_label": _MOVER_ITEM_LABEL,
        "hint": hint,
        "fields": _person_fields(_BIRTH_DATE_HINT, relationship=_MOVER_RELATIONSHIP_LABEL),
    }


_TENNYU_TODOKE: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "notifier",
            "title": _NOTIFIER_TITLE,
            "condition": None,
            "items": _notifier_items(
                _t(
                    "港区に引っ越してきた方のうち、届け出る方の氏名を入力してください。"
                    "外国籍の方は在留カードのとおりに入力してください。",
                    "The name of the person making the notification, who is one of the people "
                    "who moved to Minato. Foreign nationals: enter it exactly as on your "
                    "residence card.",
                    "请填写搬入港区的人员中办理申报者的姓名。外国籍人士请按在留卡上的内容填写。",
                    "미나토구로 이사해 온 분 중 신고하는 분의 성명을 입력해 주십시오. "
                    "외국 국적인 분은 재류카드에 기재된 대로 입력해 주십시오.",
                )
            ),
        },
        {
            "key": "moving_in",
            "title": _t("転入の方法", "How you are moving in", "迁入方式", "전입 방법"),
            "condition": None,
            "items": [
                {
                    "key": "tennyu.basis",
                    "type": "single_choice",
                    "required": True,
                    "label": _t(
                        "転出証明書またはマイナンバーカード",
                        "Moving-out certificate or My Number Card",
                        "转出证明书或个人编号卡",
                        "전출증명서 또는 마이넘버 카드",
                    ),
                    "hint": _t(
                        "マイナンバーカードによる転入届の特例は、転出予定日から30日以内、かつ"
                        "転入した日から14日以内に届け出る場合に使えます。転入する方全員の"
                        "マイナンバーカードを窓口でご提示ください（暗証番号の入力が必要です）。"
                        "国外からの転入の場合は、全員のパスポートをお持ちください。",
                        "You can use the My Number Card special procedure if you notify within 30 "
                        "days of your planned moving-out date and within 14 days of moving in. "
                        "Show the My Number Cards of everyone moving in at the counter (you will "
                        "need the card PIN). If you are moving in from abroad, bring everyone's "
                        "passport.",
                        "使用个人编号卡办理迁入申报特例，须在预定迁出日起30天内且迁入之日起14天内"
                        "办理。请在窗口出示所有迁入人员的个人编号卡（需要输入密码）。"
                        "从国外迁入时，请携带所有人员的护照。",
                        "마이넘버 카드에 의한 전입신고 특례는 전출 예정일로부터 30일 이내, 그리고 "
                        "전입한 날로부터 14일 이내에 신고하는 경우에 이용할 수 있습니다. 전입하는 "
                        "분 전원의 마이넘버 카드를 창구에서 제시해 주십시오(비밀번호 입력이 "
                        "필요합니다). 국외에서 전입하는 경우 전원의 여권을 지참해 주십시오.",
                    ),
                    "choices": [
                        _choice(
                            "certificate",
                            "前住所地で交付された転出証明書",
                            "The moving-out certificate issued by your previous municipality",
                            "原住址所在地政府交付的转出证明书",
                            "이전 주소지에서 교부받은 전출증명서",
                        ),
                        _choice(
                            "mynumber_card",
                            "マイナンバーカード（転入届の特例）",
                            "My Number Card (special procedure for moving in)",
                            "个人编号卡（迁入申报特例）",
                            "마이넘버 카드(전입신고 특례)",
                        ),
                        _choice(
                            "abroad",
                            "国外からの転入（転出証明書はありません）",
                            "Moving in from abroad (no moving-out certificate)",
                            "从国外迁入（没有转出证明书）",
                            "국외에서 전입(전출증명서 없음)",
                        ),
                    ],
                },
            ],
        },
        {
            "key": "addresses",
            "title": _t("住所", "Addresses", "住址", "주소"),
            "condition": None,
            "items": [
                _address(
                    "address.previous",
                    _t("前住所", "Previous address", "原住址", "이전 주소"),
                    _t(
                        "前に住民登録をしていた住所を、建物名・部屋番号まで入力してください。",
                        "The address where you were registered before, including the building "
                        "name and room number.",
                        "请填写之前进行住民登记的住址，包括建筑物名称和房间号。",
                        "이전에 주민등록을 했던 주소를 건물명·호수까지 입력해 주십시오.",
                    ),
                    condition={"field": "tennyu.basis", "not_equals": "abroad"},
                ),
                {
                    "key": "tennyu.previous_head_name",
                    "type": "text",
                    "required": False,
                    "max_length": 50,
                    "condition": {"field": "tennyu.basis", "not_equals": "abroad"},
                    "label": _t(
                        "前住所の世帯主の氏名",
                        "Head of household at your previous address",
                        "原住址的户主姓名",
                        "이전 주소의 세대주 성명",
                    ),
                    "hint": _t(
                        "前住所で世帯主だった方の氏名です。あなたご自身が世帯主だった場合は、"
                        "あなたの氏名を入力してください。",
                        "The head of your household at your previous address. If that was you, "
                        "enter your own name.",
                        "在原住址担任户主者的姓名。如果户主是您本人，请填写您的姓名。",
                        "이전 주소에서 세대주였던 분의 성명입니다. 본인이 세대주였던 경우 본인의 "
                        "성명을 입력해 주십시오.",
                    ),
                },
                _address(
                    "address.new",
                    _t(
                        "新住所（港区内）",
                        "New address in Minato",
                        "新住址（港区内）",
                        "새 주소(미나토구 내)",
                    ),
                    _t(
                        "住み始めた港区内の住所を、建物名・部屋番号まで入力してください。",
                        "The address in Minato where you now live, including the building name "
                        "and room number.",
                        "请填写开始居住的港区内住址，包括建筑物名称和房间号。",
                        "거주를 시작한 미나토구 내 주소를 건물명·호수까지 입력해 주십시오.",
                    ),
                ),
                _moving_date(
                    _t(
                        "転入日（住み始めた日）",
                        "Date you moved in",
                        "迁入日期（开始居住的日期）",
                        "전입일(거주를 시작한 날)",
                    ),
                    _t(
                        "新住所に実際に住み始めた日です。届出はこの日から14日以内です。"
                        "例：2027-04-01",
                        "The day you actually started living at the new address. You must "
                        "notify within 14 days of it. For example: 2027-04-01",
                        "实际开始在新住址居住的日期。须在此日起14天内申报。例：2027-04-01",
                        "새 주소에 실제로 거주하기 시작한 날입니다. 신고는 이날로부터 14일 "
                        "이내입니다. 예: 2027-04-01",
                    ),
                ),
            ],
        },
        {
            "key": "members",
            "title": _t(
                "一緒に転入する方",
                "People moving in with you",
                "与您一同迁入的人",
                "함께 전입하는 분",
            ),
            "condition": None,
            "items": [
                _movers_group(
                    _t(
                        "一緒に転入する世帯の方",
                        "Members of your household moving in with you",
                        "与您一同迁入的家庭成员",
                        "함께 전입하는 세대원",
                    ),
                    _t(
                        "あなたと一緒に港区に転入する方を入力してください。届出人（あなた）"
                        "ご自身は入力しないでください。お一人で転入する場合は、何も入力せずに"
                        "次へ進んでください。",
                        "Enter everyone moving to Minato with you. Do not list yourself. If you "
                        "are moving alone, leave this blank and continue.",
                        "请填写与您一同迁入港区的人员。请勿填写申报人（您）本人。"
                        "如果您是一个人迁入，请不要填写，直接进入下一步。",
                        "귀하와 함께 미나토구로 전입하는 분을 입력해 주십시오. 신고인(본인)은 "
                        "입력하지 마십시오. 혼자 전입하는 경우에는 아무것도 입력하지 말고 다음으로 "
                        "진행해 주십시오.",
                    ),
                ),
            ],
        },
    ],
    "rules": [],
}


_TENSHUTSU_TODOKE: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "notifier",
            "title": _NOTIFIER_TITLE,
            "condition": None,
            "items": _notifier_items(
                _t(
                    "港区から引っ越す方のうち、届け出る方の氏名を入力してください。"
                    "外国籍の方は在留カードのとおりに入力してください。",
                    "The name of the person making the notification, who is one of the people "
                    "moving out of Minato. Foreign nationals: enter it exactly as on your "
                    "residence card.",
                    "请填写从港区搬出的人员中办理申报者的姓名。外国籍人士请按在留卡上的内容填写。",
                    "미나토구에서 이사하는 분 중 신고하는 분의 성명을 입력해 주십시오. "
                    "외국 국적인 분은 재류카드에 기재된 대로 입력해 주십시오.",
                )
            ),
        },
        {
            "key": "addresses",
            "title": _t(
                "住所と転出予定日", "Addresses and date", "住址和迁出日期", "주소와 전출 예정일"
            ),
            "condition": None,
            "items": [
                _address_current(
                    _t(
                        "いま住民登録をしている港区内の住所を、建物名・部屋番号まで入力してください。",
                        "The address in Minato where you are registered now, including the "
                        "building name and room number.",
                        "请填写目前在港区进行住民登记的住址，包括建筑物名称和房间号。",
                        "현재 주민등록이 되어 있는 미나토구 내 주소를 건물명·호수까지 입력해 "
                        "주십시오.",
                    ),
                    label=_t(
                        "現住所（港区内）",
                        "Current address in Minato",
                        "现住址（港区内）",
                        "현주소(미나토구 내)",
                    ),
                ),
                {
                    "key": "tenshutsu.destination",
                    "type": "single_choice",
                    "required": True,
                    "label": _t("転出先", "Where you are moving to", "迁往地", "전출지"),
                    "choices": [
                        _choice(
                            "domestic",
                            "国内のほかの市区町村",
                            "Another municipality in Japan",
                            "日本国内的其他市区町村",
                            "국내의 다른 시구정촌",
                        ),
                        _choice("abroad", "国外", "Abroad", "国外", "국외"),
                    ],
                },
                _address(
                    "address.new",
                    _t("転出先の住所", "New address", "迁往地的住址", "전출지 주소"),
                    _t(
                        "引っ越し先の住所を、建物名・部屋番号まで入力してください。",
                        "The address you are moving to, including the building name and room "
                        "number.",
                        "请填写搬迁后的住址，包括建筑物名称和房间号。",
                        "이사할 곳의 주소를 건물명·호수까지 입력해 주십시오.",
                    ),
                    condition={"field": "tenshutsu.destination", "equals": "domestic"},
                ),
                {
                    "key": "tenshutsu.country",
                    "type": "text",
                    "required": True,
                    "max_length": 50,
                    "condition": {"field": "tenshutsu.destination", "equals": "abroad"},
                    "label": _t(
                        "転出先の国・地域",
                        "Country or region you are moving to",
                        "迁往的国家或地区",
                        "전출할 국가·지역",
                    ),
                    "hint": _t(
                        "例：アメリカ合衆国",
                        "For example: United States of America",
                        "例：美国",
                        "예: 미국",
                    ),
                },
                _moving_date(
                    _t(
                        "転出予定日（引っ越した日）",
                        "Moving-out date",
                        "预定迁出日期（搬家日期）",
                        "전출 예정일(이사한 날)",
                    ),
                    _t(
                        "引っ越す日です。すでに引っ越した場合は、引っ越した日を入力してください。"
                        "転出予定日のおおむね14日前から届け出られます。例：2027-03-25",
                        "The day you move. If you have already moved, the day you moved. You can "
                        "notify from about 14 days before. For example: 2027-03-25",
                        "搬家的日期。如已搬家，请填写搬家的日期。可在预定迁出日约14天前起申报。"
                        "例：2027-03-25",
                        "이사하는 날입니다. 이미 이사한 경우 이사한 날을 입력해 주십시오. 전출 "
                        "예정일 약 14일 전부터 신고할 수 있습니다. 예: 2027-03-25",
                    ),
                ),
            ],
        },
        {
            "key": "members",
            "title": _t(
                "一緒に転出する方",
                "People moving out with you",
                "与您一同迁出的人",
                "함께 전출하는 분",
            ),
            "condition": None,
            "items": [
                _movers_group(
                    _t(
                        "一緒に転出する世帯の方",
                        "Members of your household moving out with you",
                        "与您一同迁出的家庭成员",
                        "함께 전출하는 세대원",
                    ),
                    _t(
                        "あなたと一緒に転出する方を入力してください。届出人（あなた）ご自身は"
                        "入力しないでください。お一人で転出する場合は、何も入力せずに次へ"
                        "進んでください。",
                        "Enter everyone moving out with you. Do not list yourself. If you are "
                        "moving alone, leave this blank and continue.",
                        "请填写与您一同迁出的人员。请勿填写申报人（您）本人。"
                        "如果您是一个人迁出，请不要填写，直接进入下一步。",
                        "귀하와 함께 전출하는 분을 입력해 주십시오. 신고인(본인)은 입력하지 "
                        "마십시오. 혼자 전출하는 경우에는 아무것도 입력하지 말고 다음으로 진행해 "
                        "주십시오.",
                    ),
                ),
            ],
        },
        {
            "key": "certificate",
            "title": _t("転出証明書", "Moving-out certificate", "转出证明书", "전출증명서"),
            "condition": {"field": "tenshutsu.destination", "equals": "domestic"},
            "items": [
                {
                    "key": "tenshutsu.method",
                    "type": "single_choice",
                    "required": True,
                    "label": _t(
                        "転入先での届出の方法",
                        "How you will notify your new municipality",
                        "在迁入地申报的方式",
                        "전입지에서의 신고 방법",
                    ),
                    "hint": _t(
                        "マイナンバーカードによる特例を使う場合、転出証明書は交付されません。"
                        "転入先の窓口に、転入する方全員のマイナンバーカードをお持ちください。",
                        "With the My Number Card special procedure, no moving-out certificate is "
                        "issued: bring the My Number Cards of everyone moving to the counter of "
                        "your new municipality.",
                        "使用个人编号卡特例时，不交付转出证明书。"
                        "请携带所有迁入人员的个人编号卡前往迁入地的窗口。",
                        "마이넘버 카드에 의한 특례를 이용하는 경우 전출증명서는 교부되지 "
                        "않습니다. 전입지 창구에 전입하는 분 전원의 마이넘버 카드를 지참해 "
                        "주십시오.",
                    ),
                    "choices": [
                        _choice(
                            "certificate",
                            "転出証明書を受け取る",
                            "Receive a moving-out certificate",
                            "领取转出证明书",
                            "전출증명서를 받는다",
                        ),
                        _choice(
                            "mynumber_card",
                            "マイナンバーカードで転入の特例を使う",
                            "Use the My Number Card special procedure",
                            "使用个人编号卡办理迁入特例",
                            "마이넘버 카드로 전입 특례를 이용한다",
                        ),
                    ],
                },
            ],
        },
    ],
    "rules": [],
}


_TENKYO_TODOKE: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "notifier",
            "title": _NOTIFIER_TITLE,
            "condition": None,
            "items": _notifier_items(
                _t(
                    "港区内で引っ越した方のうち、届け出る方の氏名を入力してください。"
                    "外国籍の方は在留カードのとおりに入力してください。",
                    "The name of the person making the notification, who is one of the people "
                    "who moved within Minato. Foreign nationals: enter it exactly as on your "
                    "residence card.",
                    "请填写在港区内搬家的人员中办理申报者的姓名。外国籍人士请按在留卡上的内容填写。",
                    "미나토구 내에서 이사한 분 중 신고하는 분의 성명을 입력해 주십시오. "
                    "외국 국적인 분은 재류카드에 기재된 대로 입력해 주십시오.",
                )
            ),
        },
        {
            "key": "addresses",
            "title": _t("住所", "Addresses", "住址", "주소"),
            "condition": None,
            "items": [
                _address_current(
                    _t(
                        "いま住民登録をしている港区内の住所（引っ越す前の住所）を入力してください。",
                        "The address in Minato where you are still registered (the one you moved "
                        "from).",
                        "请填写目前在港区进行住民登记的住址（搬家前的住址）。",
                        "현재 주민등록이 되어 있는 미나토구 내 주소(이사 전 주소)를 입력해 "
                        "주십시오.",
                    ),
                    label=_t(
                        "転居前の住所", "Address you moved from", "搬家前的住址", "이사 전 주소"
                    ),
                ),
                _address(
                    "address.new",
                    _t(
                        "新住所（港区内）",
                        "New address in Minato",
                        "新住址（港区内）",
                        "새 주소(미나토구 내)",
                    ),
                    _t(
                        "住み始めた港区内の住所を、建物名・部屋番号まで入力してください。",
                        "The address in Minato where you now live, including the building name "
                        "and room number.",
                        "请填写开始居住的港区内住址，包括建筑物名称和房间号。",
                        "거주를 시작한 미나토구 내 주소를 건물명·호수까지 입력해 주십시오.",
                    ),
                ),
                _moving_date(
                    _t(
                        "転居日（住み始めた日）",
                        "Date you moved",
                        "迁居日期（开始居住的日期）",
                        "전거일(거주를 시작한 날)",
                    ),
                    _t(
                        "新住所に実際に住み始めた日です。届出はこの日から14日以内です。"
                        "例：2027-04-01",
                        "The day you actually started living at the new address. You must "
                        "notify within 14 days of it. For example: 2027-04-01",
                        "实际开始在新住址居住的日期。须在此日起14天内申报。例：2027-04-01",
                        "새 주소에 실제로 거주하기 시작한 날입니다. 신고는 이날로부터 14일 "
                        "이내입니다. 예: 2027-04-01",
                    ),
                ),
            ],
        },
        {
            "key": "members",
            "title": _t(
                "一緒に転居する方",
                "People moving with you",
                "与您一同迁居的人",
                "함께 이사하는 분",
            ),
            "condition": None,
            "items": [
                _movers_group(
                    _t(
                        "一緒に転居する世帯の方",
                        "Members of your household moving with you",
                        "与您一同迁居的家庭成员",
                        "함께 이사하는 세대원",
                    ),
                    _t(
                        "あなたと一緒に転居する方を入力してください。届出人（あなた）ご自身は"
                        "入力しないでください。お一人で転居する場合は、何も入力せずに次へ"
                        "進んでください。",
                        "Enter everyone moving with you. Do not list yourself. If you are moving "
                        "alone, leave this blank and continue.",
                        "请填写与您一同迁居的人员。请勿填写申报人（您）本人。"
                        "如果您是一个人迁居，请不要填写，直接进入下一步。",
                        "귀하와 함께 이사하는 분을 입력해 주십시오. 신고인(본인)은 입력하지 "
                        "마십시오. 혼자 이사하는 경우에는 아무것도 입력하지 말고 다음으로 진행해 "
                        "주십시오.",
                    ),
                ),
            ],
        },
    ],
    "rules": [],
}


# ---------------------------------------------------------------------------------------------
# 国民健康保険の加入・脱退の届出
# ---------------------------------------------------------------------------------------------


def _applicant_individual_number(hint: dict[str, str], **extra: Any) -> dict[str, Any]:
    field = {
        "key": "applicant.individual_number",
        "type": "individual_number",
        "required": True,
        "label": _t(
            "個人番号（マイナンバー）",
            "Individual Number (My Number)",
            "个人编号（My Number）",
            "개인번호(마이넘버)",
        ),
    }
    return _with(field, hint, extra)


_KOKUHO_KANYU_DATTAI: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "notifier",
            "title": _NOTIFIER_TITLE,
            "condition": None,
            "items": [
                _applicant_name(
                    hint=_t(
                        "世帯主または同じ世帯の方が届け出ます。",
                        "The head of household or a member of the same household makes the "
                        "notification.",
                        "由户主或同一家庭的成员申报。",
                        "세대주 또는 같은 세대의 분이 신고합니다.",
                    )
                ),
                _applicant_name_kana(),
                _applicant_birth_date(),
                _applicant_individual_number(
                    _t(
                        "12桁の番号です。マイナンバーカードまたは通知カードで確認できます。",
                        "The 12-digit number shown on your My Number Card or notification card.",
                        "12位数字，可在个人编号卡或通知卡上查到。",
                        "12자리 번호입니다. 마이넘버 카드 또는 통지 카드에서 확인할 수 있습니다.",
                    )
                ),
                _address_current(_REGISTERED_ADDRESS_HINT),
                _contact_phone(),
            ],
        },
        {
            "key": "change",
            "title": _t("届出の内容", "What has changed", "申报内容", "신고 내용"),
            "condition": None,
            "items": [
                {
                    "key": "kokuho.change",
                    "type": "single_choice",
                    "required": True,
                    "label": _t("届出の種類", "Joining or leaving", "申报类型", "신고 종류"),
                    "choices": [
                        _choice(
                            "join",
                            "国民健康保険に加入する",
                            "Joining the National Health Insurance",
                            "加入国民健康保险",
                            "국민건강보험에 가입한다",
                        ),
                        _choice(
                            "leave",
                            "国民健康保険をやめる（脱退する）",
                            "Leaving the National Health Insurance",
                            "退出国民健康保险",
                            "국민건강보험을 탈퇴한다",
                        ),
                    ],
                },
                {
                    "key": "kokuho.join_reason",
                    "type": "single_choice",
                    "required": True,
                    "condition": {"field": "kokuho.change", "equals": "join"},
                    "label": _t("加入の理由", "Why you are joining", "加入理由", "가입 사유"),
                    "choices": [
                        _choice(
                            "moved_in",
                            "港区に転入した",
                            "Moved to Minato",
                            "迁入港区",
                            "미나토구로 전입했다",
                        ),
                        _choice(
                            "left_job",
                            "勤務先の健康保険をやめた（退職など）",
                            "Left an employer's health insurance (for example, on leaving a job)",
                            "退出了工作单位的健康保险（如离职等）",
                            "근무처의 건강보험을 그만두었다(퇴직 등)",
                        ),
                        _choice(
                            "left_dependent",
                            "家族の健康保険の扶養から外れた",
                            "No longer a dependant on a family member's health insurance",
                            "不再是家属健康保险的被扶养人",
                            "가족 건강보험의 피부양자에서 제외되었다",
                        ),
                        _choice(
                            "birth",
                            "子どもが生まれた",
                            "A child was born",
                            "孩子出生",
                            "아이가 태어났다",
                        ),
                        _choice(
                            "welfare_ended",
                            "生活保護を受けなくなった",
                            "Public assistance (seikatsu hogo) ended",
                            "不再领取生活保护",
                            "생활보호를 받지 않게 되었다",
                        ),
                        _choice("other", "その他", "Other", "其他", "기타"),
                    ],
                },
                {
                    "key": "kokuho.leave_reason",
                    "type": "single_choice",
                    "required": True,
                    "condition": {"field": "kokuho.change", "equals": "leave"},
                    "label": _t("脱退の理由", "Why you are leaving", "退出理由", "탈퇴 사유"),
                    "choices": [
                        _choice(
                            "joined_other",
                            "勤務先の健康保険に加入した（家族の扶養に入った場合を含む）",
                            "Joined an employer's health insurance (including as a family "
                            "member's dependant)",
                            "加入了工作单位的健康保险（包括成为家属的被扶养人）",
                            "근무처의 건강보험에 가입했다(가족의 피부양자가 된 경우 포함)",
                        ),
                        _choice(
                            "moved_out",
                            "港区から転出した",
                            "Moved out of Minato",
                            "从港区迁出",
                            "미나토구에서 전출했다",
                        ),
                        _choice("death", "死亡した", "Died", "去世", "사망했다"),
                        _choice(
                            "welfare_started",
                            "生活保護を受け始めた",
                            "Started receiving public assistance (seikatsu hogo)",
                            "开始领取生活保护",
                            "생활보호를 받기 시작했다",
                        ),
                        _choice("other", "その他", "Other", "其他", "기타"),
                    ],
                },
                {
                    "key": "kokuho.change_date",
                    "type": "date",
                    "required": True,
                    "label": _t(
                        "資格が変わった日", "Date of the change", "资格变更日期", "자격이 바뀐 날"
                    ),
                    "hint": _t(
                        "加入の場合は、転入した日、前の健康保険をやめた日の翌日、生まれた日など。"
                        "脱退の場合は、新しい健康保険に加入した日、亡くなった日の翌日など。"
                        "届出はこの日から14日以内です。例：2027-04-01",
                        "For joining: the day you moved in, the day after your previous insurance "
                        "ended, the day of birth and so on. For leaving: the day you joined the "
                        "new insurance, the day after a death and so on. Notify within 14 days. "
                        "For example: 2027-04-01",
                        "加入时为迁入日、原健康保险终止日的次日、出生日等；退出时为加入新健康保险"
                        "之日、去世日的次日等。须在此日起14天内申报。例：2027-04-01",
                        "가입의 경우 전입한 날, 이전 건강보험을 그만둔 날의 다음 날, 태어난 날 "
                        "등입니다. 탈퇴의 경우 새 건강보험에 가입한 날, 사망한 날의 다음 날 "
                        "등입니다. 신고는 이날로부터 14일 이내입니다. 예: 2027-04-01",
                    ),
                },
                {
                    "key": "kokuho.applicant_included",
                    "type": "yes_no",
                    "required": True,
                    "label": _t(
                        "届出人（あなた）ご自身も加入・脱退しますか",
                        "Are you yourself joining or leaving?",
                        "申报人（您）本人是否也加入或退出？",
                        "신고인(본인)도 가입·탈퇴합니까?",
                    ),
                    "hint": _t(
                        "世帯主がほかの世帯員の分だけを届け出る場合（子どもが生まれたときなど）は、"
                        "「いいえ」を選んでください。",
                        "If you are only notifying for other members of your household (for "
                        'example, for a newborn child), answer "No".',
                        "如果户主只为其他家庭成员申报（如孩子出生时），请选择“否”。",
                        "세대주가 다른 세대원의 신고만 하는 경우(아이가 태어났을 때 등)에는 "
                        "'아니요'를 선택해 주십시오.",
                    ),
                },
            ],
        },
        {
            "key": "members",
            "title": _t(
                "一緒に加入・脱退する方",
                "Others joining or leaving",
                "一同加入或退出的人",
                "함께 가입·탈퇴하는 분",
            ),
            "condition": None,
            "items": [
                {
                    "group": "household.members",
                    "min": 0,
                    "max": 10,
                    "label": _t(
                        "一緒に加入・脱退する世帯の方",
                        "Members of your household joining or leaving",
                        "一同加入或退出的家庭成员",
                        "함께 가입·탈퇴하는 세대원",
                    ),
                    "item_label": _t("世帯員", "Household member", "家庭成员", "세대원"),
                    "hint": _t(
                        "あなた以外に、同じ世帯で同時に加入・脱退する方を入力してください。"
                        "届出人（あなた）ご自身は入力しないでください。いない場合は、何も入力せずに"
                        "次へ進んでください。",
                        "Enter anyone else in your household joining or leaving at the same time. "
                        "Do not list yourself. If there is nobody, leave this blank and continue.",
                        "请填写您以外、同一家庭中同时加入或退出的人员。请勿填写申报人（您）本人。"
                        "如果没有，请不要填写，直接进入下一步。",
                        "본인 외에 같은 세대에서 동시에 가입·탈퇴하는 분을 입력해 주십시오. "
                        "신고인(본인)은 입력하지 마십시오. 해당하는 분이 없으면 아무것도 입력하지 "
                        "말고 다음으로 진행해 주십시오.",
                    ),
                    "fields": [
                        *_person_fields(
                            _BIRTH_DATE_HINT,
                            gender=False,
                            relationship=_MOVER_RELATIONSHIP_LABEL,
                        ),
                        {
                            "key": "individual_number",
                            "type": "individual_number",
                            "required": False,
                            "label": _t(
                                "個人番号（マイナンバー）",
                                "Individual Number (My Number)",
                                "个人编号（My Number）",
                                "개인번호(마이넘버)",
                            ),
                            "hint": _t(
                                "わかる場合に入力してください。生まれたばかりのお子さんなど、"
                                "まだわからない場合は空欄で構いません。",
                                "If you know it. Leave it blank if it is not known yet, for "
                                "example for a newborn child.",
                                "知道的话请填写。如刚出生的孩子等尚不知道的，可以不填。",
                                "알고 있는 경우 입력해 주십시오. 갓 태어난 아이 등 아직 모르는 "
                                "경우에는 비워 두셔도 됩니다.",
                            ),
                        },
                    ],
                },
            ],
        },
    ],
    "rules": [],
}


# ---------------------------------------------------------------------------------------------
# 国民年金の加入（第1号被保険者）の届出
# ---------------------------------------------------------------------------------------------

_KOKUMIN_NENKIN_KANYU: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "insured",
            "title": _t("加入する方", "The person joining", "加入人", "가입하는 분"),
            "condition": None,
            "items": [
                _applicant_name(
                    hint=_t(
                        "国民年金に加入するご本人の氏名を入力してください。",
                        "The name of the person joining the National Pension.",
                        "请填写加入国民年金的本人姓名。",
                        "국민연금에 가입하는 본인의 성명을 입력해 주십시오.",
                    )
                ),
                _applicant_name_kana(),
                _applicant_birth_date(
                    _t(
                        "20歳以上60歳未満の方が対象です。例：1990-04-01"
                        "（平成2年4月1日とも入力できます）",
                        "For people aged 20 to 59. For example: 1990-04-01 (you can also write "
                        "平成2年4月1日).",
                        "对象为20岁以上未满60岁的人。例：1990-04-01（也可以写作平成2年4月1日）",
                        "20세 이상 60세 미만인 분이 대상입니다. 예: 1990-04-01 "
                        "(平成2年4月1日로도 입력할 수 있습니다)",
                    )
                ),
                _applicant_individual_number(
                    _t(
                        "マイナンバーで基礎年金番号を確認します。12桁の番号です。",
                        "We use it to look up your basic pension number. It has 12 digits.",
                        "我们将通过个人编号确认您的基础年金编号。共12位数字。",
                        "마이넘버로 기초연금번호를 확인합니다. 12자리 번호입니다.",
                    )
                ),
                _address_current(_REGISTERED_ADDRESS_HINT),
                _contact_phone(),
            ],
        },
        {
            "key": "reason",
            "title": _t("加入の理由", "Why you are joining", "加入理由", "가입 사유"),
            "condition": None,
            "items": [
                {
                    "key": "nenkin.reason",
                    "type": "single_choice",
                    "required": True,
                    "label": _t("加入の理由", "Why you are joining", "加入理由", "가입 사유"),
                    "choices": [
                        _choice(
                            "left_job",
                            "会社などを退職した（厚生年金をやめた）",
                            "Left a job (no longer in the Employees' Pension)",
                            "从公司等离职（退出了厚生年金）",
                            "회사 등을 퇴직했다(후생연금을 그만두었다)",
                        ),
                        _choice(
                            "spouse_changed",
                            "配偶者の扶養から外れた、または配偶者が退職した"
                            "（第3号被保険者でなくなった）",
                            "No longer a dependent spouse, or your spouse left their job (no "
                            "longer a Category III insured person)",
                            "不再是配偶者的被扶养人，或配偶者离职（不再是第3号被保险人）",
                            "배우자의 피부양자에서 제외되었거나 배우자가 퇴직했다"
                            "(제3호 피보험자가 아니게 되었다)",
                        ),
                        _choice(
                            "from_abroad",
                            "国外から転入した",
                            "Moved to Japan from abroad",
                            "从国外迁入",
                            "국외에서 전입했다",
                        ),
                        _choice(
                            "turned_20",
                            "20歳になった（加入のお知らせが届いていない）",
                            "Turned 20 (and have not received a notice of enrolment)",
                            "年满20岁（未收到加入通知）",
                            "20세가 되었다(가입 안내를 받지 못했다)",
                        ),
                        _choice("other", "その他", "Other", "其他", "기타"),
                    ],
                },
                {
                    "key": "nenkin.qualification_date",
                    "type": "date",
                    "required": True,
                    "label": _t(
                        "資格を取得した日",
                        "Date you became insured",
                        "取得资格的日期",
                        "자격 취득일",
                    ),
                    "hint": _t(
                        "退職した日の翌日、扶養から外れた日、国外から転入した日、20歳の誕生日の"
                        "前日など。届出はこの日から14日以内です。例：2027-04-01",
                        "The day after you left your job, the day you stopped being a dependant, "
                        "the day you moved in from abroad, the day before your 20th birthday and "
                        "so on. Notify within 14 days. For example: 2027-04-01",
                        "离职日的次日、不再是被扶养人之日、从国外迁入之日、20岁生日的前一天等。"
                        "须在此日起14天内申报。例：2027-04-01",
                        "퇴직한 날의 다음 날, 피부양자에서 제외된 날, 국외에서 전입한 날, 20세 "
                        "생일 전날 등입니다. 신고는 이날로부터 14일 이내입니다. 예: 2027-04-01",
                    ),
                },
                {
                    "key": "nenkin.exemption_wanted",
                    "type": "yes_no",
                    "required": False,
                    "label": _t(
                        "保険料の免除・納付猶予もあわせて申請しますか",
                        "Do you also want to apply for exemption from or postponement of "
                        "contributions?",
                        "是否同时申请免除或延期缴纳保险费？",
                        "보험료 면제·납부 유예도 함께 신청하시겠습니까?",
                    ),
                    "hint": _t(
                        "退職などで保険料を納めるのが難しい場合は、あわせて申請できます"
                        "（退職による特例があります）。",
                        "If paying is difficult, for example after leaving a job, you can apply "
                        "at the same time (there is a special rule for people who have left "
                        "their job).",
                        "因离职等原因难以缴纳保险费时，可以同时申请（离职有特例）。",
                        "퇴직 등으로 보험료 납부가 어려운 경우 함께 신청할 수 있습니다"
                        "(퇴직에 따른 특례가 있습니다).",
                    ),
                },
            ],
        },
    ],
    "rules": [],
}


# ---------------------------------------------------------------------------------------------
# 子どもの医療費助成（マル乳・マル子・マル青）の申請
# ---------------------------------------------------------------------------------------------

_CHILD_ITEM_LABEL = _t("子ども", "Child", "子女", "자녀")

_KODOMO_IRYOHI_JOSEI: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "guardian",
            "title": _t("保護者", "Parent or guardian", "监护人", "보호자"),
            "condition": None,
            "items": [
                _applicant_name(
                    hint=_t(
                        "お子さんを養育している保護者の氏名です。父母がともに養育している場合は、"
                        "原則として所得の多い方が申請します。",
                        "The parent or guardian raising the child. If both parents do, the one "
                        "with the higher income normally applies.",
                        "养育孩子的监护人的姓名。父母共同养育时，原则上由收入较高的一方申请。",
                        "자녀를 양육하는 보호자의 성명입니다. 부모가 함께 양육하는 경우 원칙적으로 "
                        "소득이 많은 분이 신청합니다.",
                    )
                ),
                _applicant_name_kana(),
                _applicant_birth_date(),
                _address_current(_REGISTERED_ADDRESS_HINT),
                _contact_phone(),
            ],
        },
        {
            "key": "children",
            "title": _t(
                "医療証が必要なお子さん",
                "Children who need a medical certificate",
                "需要医疗证的孩子",
                "의료증이 필요한 자녀",
            ),
            "condition": None,
            "items": [
                {
                    "group": "household.children",
                    "min": 1,
                    "max": 10,
                    "label": _t(
                        "医療証が必要なお子さん",
                        "Children who need a medical certificate",
                        "需要医疗证的孩子",
                        "의료증이 필요한 자녀",
                    ),
                    "item_label": _CHILD_ITEM_LABEL,
                    "hint": _t(
                        "0歳から18歳になった日以後の最初の3月31日までのお子さんが対象です。",
                        "Children from birth until the first 31 March after their 18th birthday.",
                        "对象为从0岁到年满18岁之后的第一个3月31日为止的孩子。",
                        "0세부터 18세가 된 날 이후 첫 3월 31일까지의 자녀가 대상입니다.",
                    ),
                    "fields": [
                        *_person_fields(_CHILD_BIRTH_DATE_HINT),
                        {
                            "key": "insurance",
                            "type": "single_choice",
                            "required": True,
                            "label": _t(
                                "お子さんの健康保険",
                                "Child's health insurance",
                                "孩子的健康保险",
                                "자녀의 건강보험",
                            ),
                            "hint": _t(
                                "資格確認書やマイナポータルで確認できます。",
                                "You can check it on the eligibility certificate (shikaku "
                                "kakuninsho) or in Mynaportal.",
                                "可以在资格确认书或Mynaportal上确认。",
                                "자격확인서나 마이나포털에서 확인할 수 있습니다.",
                            ),
                            "choices": [
                                _choice(
                                    "kokuho",
                                    "国民健康保険",
                                    "National Health Insurance",
                                    "国民健康保险",
                                    "국민건강보험",
                                ),
                                _choice(
                                    "shaho",
                                    "健康保険（社会保険）",
                                    "Employees' health insurance (shakai hoken)",
                                    "健康保险（社会保险）",
                                    "건강보험(사회보험)",
                                ),
                                _choice(
                                    "kyosai",
                                    "共済組合",
                                    "Mutual aid association (kyosai kumiai)",
                                    "共济组合",
                                    "공제조합",
                                ),
                                _choice("other", "その他", "Other", "其他", "기타"),
                            ],
                        },
                    ],
                },
            ],
        },
        {
            "key": "refund",
            "title": _t("払戻しの振込先", "Account for refunds", "退款账户", "환급 계좌"),
            "condition": None,
            "items": [
                {
                    "key": "bank.account",
                    "type": "bank_account",
                    "required": False,
                    "label": _t(
                        "払戻しの振込先口座",
                        "Bank account for refunds",
                        "退款的收款账户",
                        "환급금 입금 계좌",
                    ),
                    "hint": _t(
                        "医療証が届く前に医療機関で支払った自己負担分の払戻しを受けるための口座"
                        "です。払戻しには、領収書を添えた申請が別に必要です。申請者（保護者）"
                        "名義の口座に限ります。払戻しがない場合は空欄で構いません。",
                        "For refunds of costs you paid at a clinic or hospital before the "
                        "certificate arrived. A refund needs a separate claim with the receipts. "
                        "The account must be in your own name. Leave it blank if there is "
                        "nothing to refund.",
                        "用于退还在收到医疗证之前在医疗机构支付的自付部分。申请退款需另行提交附有"
                        "收据的申请。仅限申请人（监护人）本人名义的账户。没有需要退还的费用时"
                        "可以不填。",
                        "의료증이 도착하기 전에 의료기관에서 지불한 본인 부담분을 환급받기 위한 "
                        "계좌입니다. 환급에는 영수증을 첨부한 신청이 별도로 필요합니다. 신청자"
                        "(보호자) 명의의 계좌만 가능합니다. 환급받을 것이 없으면 비워 두셔도 "
                        "됩니다.",
                    ),
                },
            ],
        },
    ],
    "rules": [],
}


# ---------------------------------------------------------------------------------------------
# 区立小・中学校への転入学の手続き
# ---------------------------------------------------------------------------------------------

_KANJI_DIGITS = "一二三四五六"


def _grade_choice(school: str, year: int) -> dict[str, Any]:
    """A school year: ``e1``–``e6`` (小学校), ``j1``–``j3`` (中学校)."""
    if school == "e":
        return _choice(
            f"e{year}",
            f"小学{year}年",
            f"Elementary school, grade {year}",
            f"小学{_KANJI_DIGITS[year - 1]}年级",
            f"초등학교 {year}학년",
        )
    return _choice(
        f"j{year}",
        f"中学{year}年",
        f"Junior high school, grade {year}",
        f"初中{_KANJI_DIGITS[year - 1]}年级",
        f"중학교 {year}학년",
    )


_TENNYUGAKU: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "guardian",
            "title": _t("保護者", "Parent or guardian", "监护人", "보호자"),
            "condition": None,
            "items": [
                _applicant_name(
                    hint=_t(
                        "転校するお子さんの保護者の氏名を入力してください。",
                        "The name of the parent or guardian of the child changing school.",
                        "请填写转学孩子的监护人姓名。",
                        "전학하는 자녀의 보호자 성명을 입력해 주십시오.",
                    )
                ),
                _applicant_name_kana(),
                _contact_phone(),
            ],
        },
        {
            "key": "addresses",
            "title": _t("住所", "Addresses", "住址", "주소"),
            "condition": None,
            "items": [
                _address_current(
                    _t(
                        "転入届・転居届を済ませた港区内の住所です。この住所で通う学校"
                        "（通学区域の学校）が決まります。",
                        "Your address in Minato after the moving-in or moving notification. It "
                        "decides which school your child attends (the school for that area).",
                        "办理迁入或迁居申报后的港区内住址。就读学校（学区内的学校）根据此住址"
                        "决定。",
                        "전입신고·전거신고를 마친 미나토구 내 주소입니다. 이 주소로 다닐 학교"
                        "(통학 구역의 학교)가 정해집니다.",
                    ),
                    label=_t(
                        "現住所（港区内）",
                        "Current address in Minato",
                        "现住址（港区内）",
                        "현주소(미나토구 내)",
                    ),
                ),
                _address(
                    "address.previous",
                    _t("前の住所", "Previous address", "之前的住址", "이전 주소"),
                    _t(
                        "転入・転居する前の住所です。国外から転入した場合は空欄にしてください。",
                        "Where you lived before the move. Leave it blank if you moved here from "
                        "abroad.",
                        "迁入或迁居之前的住址。如从国外迁入，请不要填写。",
                        "전입·전거하기 전의 주소입니다. 국외에서 전입한 경우에는 비워 두십시오.",
                    ),
                    required=False,
                ),
                _moving_date(
                    _t(
                        "転入・転居した日",
                        "Date you moved",
                        "迁入或迁居的日期",
                        "전입·전거한 날",
                    ),
                    _t(
                        "例：2027-04-01",
                        "For example: 2027-04-01",
                        "例：2027-04-01",
                        "예: 2027-04-01",
                    ),
                ),
            ],
        },
        {
            "key": "children",
            "title": _t(
                "転校するお子さん", "Children changing school", "转学的孩子", "전학하는 자녀"
            ),
            "condition": None,
            "items": [
                {
                    "group": "household.children",
                    "min": 1,
                    "max": 5,
                    "label": _t(
                        "転校するお子さん",
                        "Children changing school",
                        "转学的孩子",
                        "전학하는 자녀",
                    ),
                    "item_label": _CHILD_ITEM_LABEL,
                    "hint": _t(
                        "区立小・中学校に転校するお子さんを入力してください。前の学校が発行した"
                        "在学証明書と教科用図書給与証明書を窓口でご提示ください。",
                        "Enter each child moving to a Minato public elementary or junior high "
                        "school. Bring the certificate of enrolment and the textbook certificate "
                        "issued by the previous school to the counter.",
                        "请填写转入区立小学或初中的孩子。请在窗口出示原学校开具的在学证明书和"
                        "教科书发放证明书。",
                        "구립 초·중학교로 전학하는 자녀를 입력해 주십시오. 이전 학교에서 발급한 "
                        "재학증명서와 교과용 도서 급여증명서를 창구에서 제시해 주십시오.",
                    ),
                    "fields": [
                        *_person_fields(_CHILD_BIRTH_DATE_HINT),
                        {
                            "key": "previous_school",
                            "type": "text",
                            "required": True,
                            "max_length": 100,
                            "label": _t(
                                "前の学校名", "Previous school", "原学校名称", "이전 학교명"
                            ),
                            "hint": _t(
                                "在学証明書に記載されている学校名です。国外の学校の場合は、"
                                "国名と学校名を入力してください。",
                                "As shown on the certificate of enrolment. For a school abroad, "
                                "give the country and the school's name.",
                                "在学证明书上记载的学校名称。如为国外的学校，请填写国家名称和"
                                "学校名称。",
                                "재학증명서에 기재된 학교명입니다. 국외 학교인 경우 국가명과 "
                                "학교명을 입력해 주십시오.",
                            ),
                        },
                        {
                            "key": "grade",
                            "type": "single_choice",
                            "required": True,
                            "label": _t(
                                "転入する学年",
                                "School year they will join",
                                "转入的年级",
                                "전입할 학년",
                            ),
                            "choices": [
                                *(_grade_choice("e", year) for year in range(1, 7)),
                                *(_grade_choice("j", year) for year in range(1, 4)),
                            ],
                        },
                    ],
                },
            ],
        },
    ],
    "rules": [],
}


# ---------------------------------------------------------------------------------------------
# 印鑑登録の申請
# ---------------------------------------------------------------------------------------------

_INKAN_TOROKU: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "registrant",
            "title": _t("登録する方", "The person registering", "登记人", "등록하는 분"),
            "condition": None,
            "items": [
                _applicant_name(
                    hint=_t(
                        "住民票に記載されている氏名を入力してください。登録できる印鑑は、"
                        "住民票の氏名、氏、名、またはそれらの一部を組み合わせたものを表した"
                        "ものに限ります。",
                        "Your name as on your residence record. The seal must show your full "
                        "name, your family name, your given name, or a combination of parts of "
                        "them, as on the residence record.",
                        "请按住民票上记载的姓名填写。可登记的印章仅限于刻有住民票上的姓名、"
                        "姓、名或其部分组合的印章。",
                        "주민표에 기재된 성명을 입력해 주십시오. 등록할 수 있는 인감은 주민표의 "
                        "성명, 성, 이름 또는 그 일부를 조합한 것을 나타낸 것에 한합니다.",
                    )
                ),
                _applicant_name_kana(),
                _applicant_birth_date(),
                _applicant_gender(),
                _address_current(_REGISTERED_ADDRESS_HINT),
                _contact_phone(),
            ],
        },
        {
            "key": "application",
            "title": _t(
                "窓口で申請する方",
                "Who applies at the counter",
                "在窗口申请的人",
                "창구에서 신청하는 분",
            ),
            "condition": None,
            "items": [
                {
                    "key": "inkan.applicant_type",
                    "type": "single_choice",
                    "required": True,
                    "label": _t("申請する方", "Who is applying", "申请人", "신청하는 분"),
                    "hint": _t(
                        "原則として登録するご本人が申請します。病気などやむを得ない理由で来られない"
                        "場合は、委任状を持った代理人が申請できます。",
                        "The person registering normally applies in person. If they cannot "
                        "come, for example because of illness, a representative with a letter of "
                        "authorisation can apply.",
                        "原则上由登记人本人申请。因患病等不得已的理由无法前来时，可由持有委托书"
                        "的代理人申请。",
                        "원칙적으로 등록하는 본인이 신청합니다. 질병 등 부득이한 사유로 오실 수 "
                        "없는 경우 위임장을 가진 대리인이 신청할 수 있습니다.",
                    ),
                    "choices": [
                        _choice("self", "本人", "The person registering", "本人", "본인"),
                        _choice("proxy", "代理人", "A representative", "代理人", "대리인"),
                    ],
                },
                {
                    "key": "inkan.identity_method",
                    "type": "single_choice",
                    "required": True,
                    "condition": {"field": "inkan.applicant_type", "equals": "self"},
                    "label": _t(
                        "本人確認の方法",
                        "How we check your identity",
                        "本人确认方式",
                        "본인 확인 방법",
                    ),
                    "hint": _t(
                        "官公署発行の顔写真付きの本人確認書類があれば、その場で登録できます。"
                        "ない場合は、後日ご自宅に郵送する照会書（回答書）を持って、もう一度窓口に"
                        "お越しください。",
                        "With photo identification issued by a public authority, the seal is "
                        "registered on the spot. Without it, we post an inquiry form to your home "
                        "and you come back with its reply.",
                        "持有政府机关签发的带照片的本人确认证件时，可当场登记。没有时，请携带日后"
                        "邮寄到您家中的照会书（回答书）再次前来窗口。",
                        "관공서가 발행한 얼굴 사진이 있는 본인 확인 서류가 있으면 그 자리에서 "
                        "등록할 수 있습니다. 없는 경우 나중에 자택으로 우송하는 조회서(회답서)를 "
                        "가지고 다시 창구에 와 주십시오.",
                    ),
                    "choices": [
                        _choice(
                            "photo_id",
                            "顔写真付きの本人確認書類（マイナンバーカード、運転免許証、"
                            "パスポートなど）",
                            "Photo identification (My Number Card, driving licence, passport "
                            "and so on)",
                            "带照片的本人确认证件（个人编号卡、驾驶证、护照等）",
                            "얼굴 사진이 있는 본인 확인 서류(마이넘버 카드, 운전면허증, 여권 등)",
                        ),
                        _choice(
                            "inquiry",
                            "照会書（回答書）による確認",
                            "By the inquiry form and its reply",
                            "通过照会书（回答书）确认",
                            "조회서(회답서)에 의한 확인",
                        ),
                    ],
                },
                {
                    "key": "inkan.proxy_name",
                    "type": "text",
                    "required": True,
                    "max_length": 50,
                    "condition": {"field": "inkan.applicant_type", "equals": "proxy"},
                    "label": _t(
                        "代理人の氏名", "Representative's full name", "代理人姓名", "대리인 성명"
                    ),
                    "hint": _t(
                        "ご本人が記入した委任状が必要です。登録の意思を確認するため、ご本人あてに"
                        "照会書（回答書）を郵送し、回答書をお持ちいただいた時点で登録となります。",
                        "A letter of authorisation written by the person registering is needed. "
                        "We post an inquiry form to them to confirm their wish; the seal is "
                        "registered when the reply is brought to the counter.",
                        "需要本人填写的委托书。为确认本人的登记意愿，将向本人邮寄照会书"
                        "（回答书），在带来回答书时完成登记。",
                        "본인이 작성한 위임장이 필요합니다. 등록 의사를 확인하기 위해 본인 앞으로 "
                        "조회서(회답서)를 우송하며, 회답서를 가져오신 시점에 등록됩니다.",
                    ),
                },
            ],
        },
    ],
    "rules": [],
}


# ---------------------------------------------------------------------------------------------
# 犬の登録
# ---------------------------------------------------------------------------------------------

_INU_TOROKU: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "owner",
            "title": _t("飼い主", "Owner", "饲主", "소유자"),
            "condition": None,
            "items": [
                _applicant_name(
                    hint=_t(
                        "犬の所有者の氏名を入力してください。",
                        "The name of the dog's owner.",
                        "请填写犬只所有人的姓名。",
                        "개 소유자의 성명을 입력해 주십시오.",
                    )
                ),
                _applicant_name_kana(),
                _address_current(
                    _t(
                        "犬を飼っている港区内の住所を、建物名・部屋番号まで入力してください。",
                        "The address in Minato where the dog is kept, including the building "
                        "name and room number.",
                        "请填写饲养犬只的港区内住址，包括建筑物名称和房间号。",
                        "개를 기르고 있는 미나토구 내 주소를 건물명·호수까지 입력해 주십시오.",
                    )
                ),
                _contact_phone(),
            ],
        },
        {
            "key": "dog",
            "title": _t("犬", "The dog", "犬只", "개"),
            "condition": None,
            "items": [
                {
                    "key": "dog.name",
                    "type": "text",
                    "required": True,
                    "max_length": 30,
                    "label": _t("犬の名前", "Dog's name", "犬只的名字", "개 이름"),
                },
                {
                    "key": "dog.breed",
                    "type": "text",
                    "required": True,
                    "max_length": 50,
                    "label": _t("犬種", "Breed", "犬种", "견종"),
                    "hint": _t(
                        "例：柴、トイ・プードル、雑種",
                        "For example: Shiba, toy poodle, mixed breed",
                        "例：柴犬、玩具贵宾犬、杂交犬",
                        "예: 시바, 토이 푸들, 잡종",
                    ),
                },
                {
                    "key": "dog.coat_colour",
                    "type": "text",
                    "required": True,
                    "max_length": 30,
                    "label": _t("毛色", "Coat colour", "毛色", "털 색깔"),
                    "hint": _t(
                        "例：白、茶、黒白",
                        "For example: white, brown, black and white",
                        "例：白色、棕色、黑白色",
                        "예: 흰색, 갈색, 흑백",
                    ),
                },
                {
                    "key": "dog.sex",
                    "type": "single_choice",
                    "required": True,
                    "label": _t("犬の性別", "Dog's sex", "犬只的性别", "개의 성별"),
                    "choices": [
                        _choice("male", "オス", "Male", "公", "수컷"),
                        _choice("female", "メス", "Female", "母", "암컷"),
                    ],
                },
            ],
        },
        {
            "key": "dates",
            "title": _t(
                "生年月日と飼い始めた日",
                "Date of birth and date you got the dog",
                "出生日期和开始饲养的日期",
                "생년월일과 기르기 시작한 날",
            ),
            "condition": None,
            "items": [
                {
                    "key": "dog.birth_date",
                    "type": "date",
                    "required": True,
                    "label": _t(
                        "犬の生年月日", "Dog's date of birth", "犬只的出生日期", "개의 생년월일"
                    ),
                    "hint": _t(
                        "わからない場合は、おおよその日を入力し、次の質問で「はい」を選んで"
                        "ください。例：2026-10-01",
                        'If you do not know it, enter an approximate date and answer "Yes" to '
                        "the next question. For example: 2026-10-01",
                        "如不知道，请填写大概的日期，并在下一个问题中选择“是”。例：2026-10-01",
                        "모르는 경우 대략적인 날짜를 입력하고 다음 질문에서 '예'를 선택해 "
                        "주십시오. 예: 2026-10-01",
                    ),
                },
                {
                    "key": "dog.birth_date_estimated",
                    "type": "yes_no",
                    "required": True,
                    "label": _t(
                        "生年月日はおおよその日（推定）ですか",
                        "Is the date of birth approximate?",
                        "出生日期是否为大概日期（推定）？",
                        "생년월일은 대략적인 날짜(추정)입니까?",
                    ),
                },
                {
                    "key": "dog.acquired_date",
                    "type": "date",
                    "required": True,
                    "label": _t(
                        "飼い始めた日", "Date you got the dog", "开始饲养的日期", "기르기 시작한 날"
                    ),
                    "hint": _t(
                        "犬を譲り受けた日や購入した日です。登録は、飼い始めた日（生後90日以内の"
                        "犬は生後90日を経過した日）から30日以内です。例：2027-01-15",
                        "The day you were given or bought the dog. Register within 30 days of it "
                        "(for a puppy under 90 days old, within 30 days of it turning 90 days "
                        "old). For example: 2027-01-15",
                        "受让或购买犬只的日期。须在开始饲养之日（出生未满90天的犬只为出生满90天"
                        "之日）起30天内登记。例：2027-01-15",
                        "개를 양도받은 날이나 구입한 날입니다. 등록은 기르기 시작한 날(생후 90일 "
                        "이내의 개는 생후 90일이 지난 날)로부터 30일 이내입니다. "
                        "예: 2027-01-15",
                    ),
                },
            ],
        },
    ],
    "rules": [
        {
            "type": "date_order",
            "start": "dog.birth_date",
            "end": "dog.acquired_date",
            "message": _t(
                "飼い始めた日は、犬の生年月日と同じ日かそれより後の日にしてください。",
                "The date you got the dog must be on or after its date of birth.",
                "开始饲养的日期必须是犬只出生日期当天或之后。",
                "기르기 시작한 날은 개의 생년월일과 같은 날이거나 그 이후여야 합니다.",
            ),
        },
    ],
}


def _unshared(node: Any) -> Any:
    """A copy in which no dict or list appears twice (``copy.deepcopy`` would keep the texts
    reused above shared between fields, so editing one label would change another)."""
    if isinstance(node, dict):
        return {key: _unshared(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_unshared(value) for value in node]
    return node


DEMO_FORMS: dict[str, dict[str, Any]] = _unshared(
    {
        "juminhyo-copy": _JUMINHYO_COPY,
        "sodai-gomi": _SODAI_GOMI,
        "jido-teate": _JIDO_TEATE,
        "hoikuen-nyuen": _HOIKUEN_NYUEN,
        "shisetsu-yoyaku": _SHISETSU_YOYAKU,
        "jitensha-teiki": _JITENSHA_TEIKI,
        "kumin-no-koe": _KUMIN_NO_KOE,
        "gan-kenshin": _GAN_KENSHIN,
        "joho-kokai-seikyu": _JOHO_KOKAI_SEIKYU,
        "tennyu-todoke": _TENNYU_TODOKE,
        "tenshutsu-todoke": _TENSHUTSU_TODOKE,
        "tenkyo-todoke": _TENKYO_TODOKE,
        "kokuho-kanyu-dattai": _KOKUHO_KANYU_DATTAI,
        "kokumin-nenkin-kanyu": _KOKUMIN_NENKIN_KANYU,
        "kodomo-iryohi-josei": _KODOMO_IRYOHI_JOSEI,
        "tennyugaku": _TENNYUGAKU,
        "inkan-toroku": _INKAN_TOROKU,
        "inu-toroku": _INU_TOROKU,
    }
)
"""Procedure code → form definition (schema 1, see ``docs/forms.md``)."""
