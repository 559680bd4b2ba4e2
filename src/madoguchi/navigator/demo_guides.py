"""Demo data: the life-event guides of the navigator, one per life event, for Minato City.

Pure data, no Django imports and no I/O. ``GUIDES`` maps each life-event code to a guide in
the shape :mod:`madoguchi.navigator.rules` documents and checks: a few questions, then the
procedures of the catalog (``madoguchi.procedures.demo_procedures``) that the answers call
for, in the order a resident should do them (the residence notification first, since the
others depend on it), each with why it applies, the statutory deadline where there is one and
the counter of the registry (``madoguchi.payments.demo.COUNTERS``) where it is done in person.

Conventions:

* A question that only matters after another answer carries a ``condition`` and is asked
  only then; a hidden question is never required.
* ``bring`` is given only where the catalog's ``documents`` do not fit the situation; the
  checklist shows the catalog's documents otherwise.
* ``counter`` is omitted where no counter of the registry fits: 戸籍 notifications go to
  芝地区総合支所区民課戸籍係, which the registry does not list, and some procedures are done
  at another office or by telephone (the catalog's ``where_instead`` says where).
* Deadlines count calendar days from the event date, as the laws do. 戸籍法第43条 counts the
  day of the event itself, so "14 days from the birth" is ``days: 13``; 住民基本台帳法 and the
  others follow 民法第140条 and do not, so "14 days after moving" is ``days: 14``. A deadline
  whose start is not the event date (国民年金 from the day a job ends, for example) is left to
  the catalog's ``deadline_rule`` rather than computed from the wrong day.

These are labelled demo data modelled on the city's procedures, not its official guidance.
"""

from __future__ import annotations

from typing import Any

Text = dict[str, str]


def _t(ja: str, en: str, zh_hans: str, ko: str) -> Text:
    """A text in the four languages of the site."""
    return {"ja": ja, "en": en, "zh-hans": zh_hans, "ko": ko}


def _choice(value: str, label: Text) -> dict[str, Any]:
    return {"value": value, "label": label}


def _question(
    key: str,
    kind: str,
    label: Text,
    *,
    required: bool = True,
    hint: Text | None = None,
    choices: list[dict[str, Any]] | None = None,
    condition: dict[str, Any] | None = None,
    maximum: int | None = None,
) -> dict[str, Any]:
    question: dict[str, Any] = {"key": key, "type": kind, "label": label, "required": required}
    if hint is not None:
        question["hint"] = hint
    if choices is not None:
        question["choices"] = choices
    if kind == "number":
        question["min"] = 0
        question["max"] = maximum if maximum is not None else 10
    if condition is not None:
        question["condition"] = condition
    return question


def _item(
    procedure: str,
    why: Text,
    *,
    when: dict[str, Any] | None = None,
    deadline: dict[str, Any] | None = None,
    counter: str | None = None,
    bring: list[Text] | None = None,
) -> dict[str, Any]:
    item: dict[str, Any] = {"procedure": procedure, "when": when, "why": why}
    if deadline is not None:
        item["deadline"] = deadline
    if counter is not None:
        item["counter"] = counter
    if bring is not None:
        item["bring"] = bring
    return item


def _deadline(days: int, note: Text | None = None) -> dict[str, Any]:
    deadline: dict[str, Any] = {"days": days, "counting": "calendar"}
    if note is not None:
        deadline["note"] = note
    return deadline


def _is(key: str, value: Any) -> dict[str, Any]:
    """``key``'s answer is ``value`` (for a multiple choice: includes it)."""
    return {"field": key, "equals": value}


def _at_least(key: str, number: int) -> dict[str, Any]:
    return {"field": key, "gte": number}


def _any(*conditions: dict[str, Any]) -> dict[str, Any]:
    return {"any": list(conditions)}


def _all(*conditions: dict[str, Any]) -> dict[str, Any]:
    return {"all": list(conditions)}


# -- shared questions and texts ----------------------------------------------------------------

_NONE_HINT = _t(
    "いない場合は0と入れてください。",
    "Enter 0 if there are none.",
    "没有的话请填0。",
    "없으면 0을 입력하세요.",
)

_CHOOSE_NONE_HINT = _t(
    "あてはまるものがなければ、何も選ばないでください。",
    "If none apply, leave all unticked.",
    "如果没有符合的项，请不要选择。",
    "해당하는 것이 없으면 아무것도 선택하지 마세요.",
)

_KOKUHO = _choice(
    "kokuho",
    _t("国民健康保険", "National Health Insurance", "国民健康保险", "국민건강보험"),
)
_EMPLOYER = _choice(
    "employer",
    _t(
        "勤務先の健康保険（社会保険）",
        "Health insurance through an employer",
        "工作单位的健康保险（社会保险）",
        "직장 건강보험(사회보험)",
    ),
)
_KOKI = _choice(
    "koki",
    _t(
        "後期高齢者医療制度（75歳以上）",
        "Medical care system for people aged 75 and over",
        "后期高龄者医疗制度（75岁以上）",
        "후기고령자 의료제도(75세 이상)",
    ),
)


def _household_insurance(label: Text) -> dict[str, Any]:
    return _question(
        "health_insurance",
        "multiple_choice",
        label,
        hint=_t(
            "家族で入っている保険がちがうときは、すべて選んでください。",
            "If members of your household are covered differently, choose all that apply.",
            "如果家人加入的保险不同，请全部选择。",
            "가족이 가입한 보험이 서로 다르면 모두 선택하세요.",
        ),
        choices=[_KOKUHO, _EMPLOYER, _KOKI],
    )


def _children_preschool() -> dict[str, Any]:
    return _question(
        "children_preschool",
        "number",
        _t(
            "0〜5歳の子ども（小学校に入る前）は何人ですか",
            "How many children aged 0 to 5 (not yet at primary school) are in your household?",
            "家里有几个0～5岁（上小学前）的孩子？",
            "0~5세(초등학교 입학 전) 자녀는 몇 명입니까?",
        ),
        hint=_NONE_HINT,
    )


def _children_school() -> dict[str, Any]:
    return _question(
        "children_school",
        "number",
        _t(
            "6〜18歳の子ども（小学生から高校生の年代まで）は何人ですか",
            "How many children aged 6 to 18 (primary school to high-school age) are in your "
            "household?",
            "家里有几个6～18岁（小学生到高中生年龄段）的孩子？",
            "6~18세(초등학생부터 고등학생 연령까지) 자녀는 몇 명입니까?",
        ),
        hint=_NONE_HINT,
    )


def _preschool_care() -> dict[str, Any]:
    return _question(
        "preschool_care",
        "single_choice",
        _t(
            "0〜5歳の子どもを、保育園か幼稚園に入れたいですか",
            "Would you like a place at a nursery or kindergarten for your child aged 0 to 5?",
            "您想让0～5岁的孩子上保育园或幼儿园吗？",
            "0~5세 자녀를 보육원이나 유치원에 보내고 싶습니까?",
        ),
        choices=[
            _choice(
                "hoikuen",
                _t(
                    "保育園（仕事などで、昼間に家で子どもをみられない）",
                    "A nursery (hoikuen): nobody can look after the child at home in the day, "
                    "because of work or similar",
                    "保育园（因工作等原因，白天无法在家照看孩子）",
                    "보육원(일 등으로 낮에 집에서 아이를 돌볼 수 없음)",
                ),
            ),
            _choice(
                "yochien",
                _t(
                    "区立幼稚園（3〜5歳）",
                    "A ward kindergarten (ages 3 to 5)",
                    "区立幼儿园（3～5岁）",
                    "구립 유치원(3~5세)",
                ),
            ),
            _choice(
                "none",
                _t("今は考えていない", "Not for now", "目前不考虑", "지금은 생각하지 않음"),
            ),
        ],
        condition=_at_least("children_preschool", 1),
    )


def _public_school() -> dict[str, Any]:
    return _question(
        "public_school",
        "yes_no",
        _t(
            "その中に、区立の小学校・中学校に通う子どもはいますか",
            "Will any of them attend a ward primary or junior high school?",
            "其中有要上区立小学或初中的孩子吗？",
            "그중에 구립 초등학교·중학교에 다닐 자녀가 있습니까?",
        ),
        condition=_at_least("children_school", 1),
    )


def _waste(label: Text) -> dict[str, Any]:
    return _question(
        "waste",
        "multiple_choice",
        label,
        required=False,
        hint=_CHOOSE_NONE_HINT,
        choices=[
            _choice(
                "large_items",
                _t(
                    "家具などの大きなごみ（粗大ごみ）",
                    "Furniture and other large items (oversized waste)",
                    "家具等大件垃圾",
                    "가구 등 큰 쓰레기(대형 쓰레기)",
                ),
            ),
            _choice(
                "lots",
                _t(
                    "ふだんのごみ置き場に出せないほど多いごみ",
                    "More household waste than the usual collection point can take",
                    "多到无法放在平时垃圾收集点的垃圾",
                    "평소 쓰레기 집적소에 내놓을 수 없을 만큼 많은 쓰레기",
                ),
            ),
        ],
    )


_ANY_CHILD = _any(_at_least("children_preschool", 1), _at_least("children_school", 1))

_JIDO_TEATE_LATE = _t(
    "遅れると、さかのぼって受け取れません。",
    "Late applications are not backdated.",
    "逾期申请不能追溯领取。",
    "늦으면 소급해서 받을 수 없습니다.",
)


def _jido_teate_note(ja: str, en: str, zh_hans: str, ko: str) -> Text:
    return _t(
        ja + _JIDO_TEATE_LATE["ja"],
        en + " " + _JIDO_TEATE_LATE["en"],
        zh_hans + _JIDO_TEATE_LATE["zh-hans"],
        ko + " " + _JIDO_TEATE_LATE["ko"],
    )


_KODOMO_IRYOHI_WHY = _t(
    "子どもが病院にかかったときの自己負担分を区が助成するので、子どもの医療証を申請します。",
    "The city pays your children's share of medical costs, so apply for their medical "
    "certificates.",
    "孩子看病时的自付部分由区补助，因此需要为孩子申请医疗证。",
    "자녀가 병원에 갔을 때의 본인 부담분을 구가 지원하므로 자녀의 의료증을 신청합니다.",
)

_YOBO_SESSHU_WHY = _t(
    "子どもの定期予防接種を港区で無料で受けるには、港区の予診票が必要です。",
    "To have your children's routine vaccinations free of charge in Minato, you need Minato's "
    "pre-screening forms.",
    "要在港区免费接种儿童定期预防接种，需要港区的预诊表。",
    "자녀의 정기 예방접종을 미나토구에서 무료로 받으려면 미나토구의 예진표가 필요합니다.",
)

_HOIKUEN_WHY = _t(
    "0〜5歳の子どもを保育園に入れたいので、入園を申し込みます。",
    "You would like a nursery place for your child aged 0 to 5, so you apply for one.",
    "您想让0～5岁的孩子上保育园，因此需要申请入园。",
    "0~5세 자녀를 보육원에 보내고 싶으므로 입소를 신청합니다.",
)

_YOCHIEN_WHY = _t(
    "子どもを区立幼稚園に入れたいので、入園を申し込みます。",
    "You would like a place at a ward kindergarten for your child, so you apply for one.",
    "您想让孩子上区立幼儿园，因此需要申请入园。",
    "자녀를 구립 유치원에 보내고 싶으므로 입학을 신청합니다.",
)

_KAGU_TENTO_BOSHI_WHY = _t(
    "港区に住む世帯は、地震に備える家具転倒防止器具を1回だけ無料でもらえます。",
    "Every household in Minato can get furniture anti-tip devices for earthquakes free of "
    "charge, once.",
    "居住在港区的家庭可以免费领取一次防地震的家具防倾倒器具。",
    "미나토구에 사는 세대는 지진에 대비한 가구 전도 방지 기구를 한 번 무료로 받을 수 있습니다.",
)

_SODAI_GOMI_WHY = _t(
    "家具などの大きなごみは、粗大ごみとして申し込んでから出します。",
    "Furniture and other large items are put out only after you book an oversized-waste "
    "collection.",
    "家具等大件垃圾须先申请大件垃圾回收后再排出。",
    "가구 등 큰 쓰레기는 대형 쓰레기로 신청한 후에 내놓습니다.",
)

_ICHIJI_TARYO_WHY = _t(
    "ふだんのごみ置き場に出せないほど多いごみは、清掃事務所に収集を申し込みます。",
    "Waste that is too much for the usual collection point is collected on request to the "
    "city's cleaning office.",
    "多到无法放在平时垃圾收集点的垃圾，须向清扫事务所申请回收。",
    "평소 쓰레기 집적소에 내놓을 수 없을 만큼 많은 쓰레기는 청소사무소에 수거를 신청합니다.",
)

_JUMINHYO_WHY = _t(
    "運転免許証や銀行、勤め先の住所変更で、新しい住所の住民票の写しを求められることがあります。",
    "You may be asked for a certificate of residence at your new address to update your "
    "driving licence, bank or employer records.",
    "更改驾照、银行或工作单位的地址时，可能需要新住址的住民票副本。",
    "운전면허증이나 은행, 직장의 주소 변경에 새 주소의 주민표 사본을 요구받을 수 있습니다.",
)

_KOSEKI_LAST_DAY = _t(
    "最後の日が土日・祝日・年末年始のときは、次の開庁日までです。",
    "If the last day falls on a weekend, a holiday or the year-end closure, the next open day "
    "is the deadline.",
    "最后一天如果是周六、周日、节假日或年末年初休息日，则截止到下一个办公日。",
    "마지막 날이 토·일요일, 공휴일, 연말연시이면 다음 개청일까지입니다.",
)


# -- moving in (転入) ---------------------------------------------------------------------------

_MOVING_IN: dict[str, Any] = {
    "schema": 1,
    "intro": _t(
        "ほかの市区町村や国外から港区に引っ越してきた人のためのチェックリストです。"
        "質問に答えると、あなたの家族に必要な手続きがわかります。",
        "A checklist for people who have moved to Minato from another city or from abroad. "
        "Answer the questions to see the procedures your household needs.",
        "这是为从其他市区町村或国外搬到港区的人准备的清单。回答问题后，就能知道您家需要办理的手续。",
        "다른 시구정촌이나 국외에서 미나토구로 이사 온 분을 위한 체크리스트입니다. "
        "질문에 답하면 가족에게 필요한 절차를 알 수 있습니다.",
    ),
    "event_date": "moving_date",
    "questions": [
        _question(
            "moving_date",
            "date",
            _t(
                "港区に引っ越してきた日（住み始めた日）",
                "The day you moved to Minato (started living here)",
                "搬到港区的日期（开始居住的日期）",
                "미나토구로 이사 온 날(살기 시작한 날)",
            ),
            hint=_t(
                "まだ引っ越していないときは、予定の日を入れてください。",
                "If you have not moved yet, enter the planned date.",
                "尚未搬家的，请填写预定日期。",
                "아직 이사하지 않았다면 예정일을 입력하세요.",
            ),
        ),
        _question(
            "moved_from",
            "single_choice",
            _t(
                "どこから引っ越してきましたか",
                "Where did you move from?",
                "您是从哪里搬来的？",
                "어디에서 이사 왔습니까?",
            ),
            choices=[
                _choice(
                    "japan",
                    _t(
                        "日本のほかの市区町村",
                        "Another city, town or village in Japan",
                        "日本的其他市区町村",
                        "일본의 다른 시구정촌",
                    ),
                ),
                _choice("abroad", _t("国外", "Abroad", "国外", "국외")),
            ],
        ),
        _question(
            "nationality",
            "multiple_choice",
            _t(
                "引っ越してきた人の国籍（あてはまるものすべて）",
                "Nationality of the people who moved (choose all that apply)",
                "搬来的人的国籍（选择所有符合的项）",
                "이사 온 사람의 국적(해당하는 것 모두)",
            ),
            choices=[
                _choice("japanese", _t("日本", "Japanese", "日本国籍", "일본 국적")),
                _choice(
                    "foreign",
                    _t(
                        "日本以外（外国籍）",
                        "Another nationality (foreign national)",
                        "日本以外（外国国籍）",
                        "일본 이외(외국 국적)",
                    ),
                ),
            ],
            condition=_is("moved_from", "abroad"),
        ),
        _children_preschool(),
        _children_school(),
        _preschool_care(),
        _public_school(),
        _household_insurance(
            _t(
                "家族が入る健康保険はどれですか（あてはまるものすべて）",
                "Which health insurance will your household be covered by? (choose all that apply)",
                "家人将加入哪种健康保险？（选择所有符合的项）",
                "가족이 가입할 건강보험은 어느 것입니까?(해당하는 것 모두)",
            )
        ),
        _question(
            "national_pension",
            "yes_no",
            _t(
                "20〜59歳で、これから国民年金（第1号）に入る人はいますか",
                "Is anyone aged 20 to 59 about to join the National Pension (Category 1)?",
                "有20～59岁、即将加入国民年金（第1号）的人吗？",
                "20~59세로 이제 국민연금(제1호)에 가입하는 사람이 있습니까?",
            ),
            hint=_t(
                "仕事をやめた人、自営業を始めた人、国外から来た人など。"
                "前の市区町村ですでに国民年金に入っている人は、手続きはいりません。",
                "For example someone who has left a job, started their own business or come "
                "from abroad. Anyone already in the National Pension in their previous city "
                "need not do anything.",
                "例如辞职的人、开始自营业的人、从国外来的人等。已在之前的市区町村加入国民年金的人无需办理。",
                "일을 그만둔 사람, 자영업을 시작한 사람, 국외에서 온 사람 등입니다. "
                "이전 시구정촌에서 이미 국민연금에 가입한 사람은 절차가 필요 없습니다.",
            ),
        ),
        _question(
            "dog",
            "single_choice",
            _t("犬を飼っていますか", "Do you have a dog?", "您养狗吗？", "개를 기르고 있습니까?"),
            choices=[
                _choice("none", _t("いいえ", "No", "没有", "아니요")),
                _choice(
                    "registered",
                    _t(
                        "はい。前の市区町村で登録しています",
                        "Yes, registered in my previous city",
                        "是，已在之前的市区町村登记",
                        "예, 이전 시구정촌에서 등록했습니다",
                    ),
                ),
                _choice(
                    "not_registered",
                    _t(
                        "はい。まだ登録していません（国外から連れてきた犬など）",
                        "Yes, not registered yet (for example a dog brought from abroad)",
                        "是，尚未登记（例如从国外带来的狗）",
                        "예, 아직 등록하지 않았습니다(국외에서 데려온 개 등)",
                    ),
                ),
            ],
        ),
        _question(
            "vehicles",
            "multiple_choice",
            _t(
                "持っている乗りものはありますか（あてはまるものすべて）",
                "Do you have any of these? (choose all that apply)",
                "您有以下交通工具吗？（选择所有符合的项）",
                "다음 중 가지고 있는 것이 있습니까?(해당하는 것 모두)",
            ),
            required=False,
            hint=_CHOOSE_NONE_HINT,
            choices=[
                _choice("bicycle", _t("自転車", "Bicycle", "自行车", "자전거")),
                _choice(
                    "moped",
                    _t(
                        "原付バイク（125cc以下）",
                        "Moped or scooter (125 cc or less)",
                        "原动机自行车（125cc以下的摩托车）",
                        "원동기장치자전거(125cc 이하 오토바이)",
                    ),
                ),
            ],
        ),
    ],
    "items": [
        _item(
            "tennyu-todoke",
            _t(
                "港区に住所を移すための届出で、ほかの手続きはこの後になります。",
                "This registers your new address in Minato, and the other procedures follow "
                "from it.",
                "这是将住址迁到港区的申报，其他手续都在此之后办理。",
                "미나토구로 주소를 옮기는 신고로, 다른 절차는 이 신고 후에 합니다.",
            ),
            when=_any(_is("moved_from", "japan"), _is("nationality", "japanese")),
            deadline=_deadline(
                14,
                _t(
                    "引越しの日の翌日から数えて14日目までです。",
                    "File by the 14th day, counting from the day after you moved.",
                    "从搬家次日起算，第14天为止。",
                    "이사한 다음 날부터 세어 14일째까지입니다.",
                ),
            ),
            counter="shiba-madoguchi",
        ),
        _item(
            "gaikokujin-jukyochi",
            _t(
                "国外から来た外国籍の人は、在留カードを持ってこの届出をすると住民登録ができます。",
                "Foreign nationals arriving from abroad become registered residents when they "
                "file this with their residence card.",
                "从国外来的外国籍人士携带在留卡办理此申报后，即可完成住民登记。",
                "국외에서 온 외국 국적인 사람은 재류카드를 가지고 이 신고를 하면 주민등록이 "
                "됩니다.",
            ),
            when=_all(_is("moved_from", "abroad"), _is("nationality", "foreign")),
            deadline=_deadline(
                14,
                _t(
                    "住み始めた日の翌日から数えて14日目までです。",
                    "File by the 14th day, counting from the day after you started living here.",
                    "从开始居住次日起算，第14天为止。",
                    "살기 시작한 다음 날부터 세어 14일째까지입니다.",
                ),
            ),
            counter="shiba-madoguchi",
        ),
        _item(
            "inkan-toroku",
            _t(
                "印鑑登録は住んでいる市区町村でするので、実印が必要な15歳以上の人は港区で登録します。",
                "Seals are registered with the city you live in, so anyone aged 15 or over who "
                "needs a registered seal registers it in Minato.",
                "印章登记在居住地的市区町村办理，因此需要实印的15岁以上人员须在港区登记。",
                "인감 등록은 사는 시구정촌에서 하므로, 실인이 필요한 15세 이상인 사람은 "
                "미나토구에서 등록합니다.",
            ),
            counter="shiba-madoguchi",
        ),
        _item("juminhyo-copy", _JUMINHYO_WHY, counter="shiba-madoguchi"),
        _item(
            "mynumber-card",
            _t(
                "国外から来てマイナンバーカードを持っていない人は、住民登録の後に申請できます。",
                "If you came from abroad and have no My Number Card, you can apply once you are "
                "registered as a resident.",
                "从国外来且没有个人编号卡的人，在完成住民登记后可以申请。",
                "국외에서 와서 마이넘버카드가 없는 사람은 주민등록 후에 신청할 수 있습니다.",
            ),
            when=_is("moved_from", "abroad"),
            counter="shiba-madoguchi",
        ),
        _item(
            "kokuho-kanyu-dattai",
            _t(
                "国民健康保険は住んでいる市区町村ごとなので、港区の国民健康保険に入ります。",
                "National Health Insurance is run by the city you live in, so you join "
                "Minato's scheme.",
                "国民健康保险由居住地的市区町村管理，因此需要加入港区的国民健康保险。",
                "국민건강보험은 사는 시구정촌마다 운영되므로 미나토구의 국민건강보험에 가입합니다.",
            ),
            when=_is("health_insurance", "kokuho"),
            deadline=_deadline(
                14,
                _t(
                    "港区に住み始めた日の翌日から数えて14日目までです。",
                    "File by the 14th day, counting from the day after you started living in "
                    "Minato.",
                    "从开始在港区居住次日起算，第14天为止。",
                    "미나토구에 살기 시작한 다음 날부터 세어 14일째까지입니다.",
                ),
            ),
            counter="kokuho-nenkin",
        ),
        _item(
            "kokumin-nenkin-kanyu",
            _t(
                "これから国民年金に入る20〜59歳の人がいるので、加入の届出をします。",
                "Someone aged 20 to 59 is about to join the National Pension, so they file to "
                "enrol.",
                "有即将加入国民年金的20～59岁人员，因此需要办理加入申报。",
                "이제 국민연금에 가입하는 20~59세인 사람이 있으므로 가입 신고를 합니다.",
            ),
            when=_is("national_pension", True),
            counter="kokuho-nenkin",
        ),
        _item(
            "jido-teate",
            _t(
                "高校生の年代までの子どもがいるので、港区で児童手当を申請します"
                "（公務員の人は勤務先で申請します）。",
                "You have children up to high-school age, so you apply for Child Allowance in "
                "Minato (public employees apply through their employer).",
                "您有高中生年龄段以下的孩子，因此需要在港区申请儿童津贴（公务员向工作单位申请）。",
                "고등학생 연령까지의 자녀가 있으므로 미나토구에서 아동수당을 신청합니다"
                "(공무원은 직장에서 신청합니다).",
            ),
            when=_ANY_CHILD,
            deadline=_deadline(
                15,
                _jido_teate_note(
                    "転入した日（前の市区町村での転出予定日）の翌日から15日以内に申請すると、"
                    "翌月分から受け取れます。",
                    "Apply within 15 days from the day after you moved in (your planned "
                    "moving-out date from your previous city) to be paid from the following "
                    "month.",
                    "在迁入日（原住址的迁出预定日）次日起15天内申请，可从下个月起领取。",
                    "전입일(이전 시구정촌의 전출 예정일) 다음 날부터 15일 이내에 신청하면 "
                    "다음 달분부터 받을 수 있습니다.",
                ),
            ),
            counter="shiba-hokenfukushi",
        ),
        _item(
            "kodomo-iryohi-josei",
            _KODOMO_IRYOHI_WHY,
            when=_ANY_CHILD,
            counter="shiba-hokenfukushi",
        ),
        _item(
            "yobo-sesshu-yoshinhyo",
            _YOBO_SESSHU_WHY,
            when=_ANY_CHILD,
            counter="shiba-hokenfukushi",
        ),
        _item(
            "hoikuen-nyuen",
            _HOIKUEN_WHY,
            when=_is("preschool_care", "hoikuen"),
            counter="hoiku",
        ),
        _item(
            "yochien-nyuen",
            _YOCHIEN_WHY,
            when=_is("preschool_care", "yochien"),
            counter="gakumu",
        ),
        _item(
            "tennyugaku",
            _t(
                "区立の小学校・中学校に通う子どもがいるので、転入届の後に学務課で転入学の"
                "手続きをします。",
                "A child will attend a ward primary or junior high school, so after the "
                "moving-in notification you arrange the transfer at the School Affairs Division.",
                "有孩子要上区立小学或初中，因此在办理迁入申报后，到学务科办理转入学手续。",
                "구립 초등학교·중학교에 다닐 자녀가 있으므로 전입신고 후 학무과에서 전입학 "
                "절차를 합니다.",
            ),
            when=_is("public_school", True),
            counter="gakumu",
        ),
        _item(
            "inu-henko-shibo",
            _t(
                "前の市区町村で登録した犬の住所が港区に変わるので届け出ます"
                "（犬の登録は一生に1回なので、登録し直すことはありません）。",
                "Your dog, registered in your previous city, now lives in Minato, so you notify "
                "the change (a dog is registered once in its life, so it is not registered "
                "again).",
                "在之前的市区町村登记的狗住址变更为港区，因此需要申报（狗一生只登记一次，无需重新登记）。",
                "이전 시구정촌에서 등록한 개의 주소가 미나토구로 바뀌므로 신고합니다"
                "(개 등록은 평생 1회이므로 다시 등록하지 않습니다).",
            ),
            when=_is("dog", "registered"),
            deadline=_deadline(
                30,
                _t(
                    "引越しの日の翌日から数えて30日目までです。",
                    "File by the 30th day, counting from the day after you moved.",
                    "从搬家次日起算，第30天为止。",
                    "이사한 다음 날부터 세어 30일째까지입니다.",
                ),
            ),
            counter="shiba-hokenfukushi",
            bring=[
                _t(
                    "前の市区町村で交付された犬の鑑札（登録番号がわかるもの）",
                    "The dog's licence tag issued by your previous city (shows its registration "
                    "number)",
                    "之前的市区町村发放的狗牌（可确认登记编号）",
                    "이전 시구정촌에서 교부받은 개 감찰(등록번호를 알 수 있는 것)",
                ),
                _t(
                    "今年度の狂犬病予防注射済票（注射を受けている場合）",
                    "This year's rabies vaccination tag (if the dog has been vaccinated)",
                    "本年度的狂犬病预防注射完毕牌（已接种的情况下）",
                    "올해의 광견병 예방주사 접종표(접종한 경우)",
                ),
            ],
        ),
        _item(
            "inu-toroku",
            _t(
                "まだ登録していない犬は、港区で登録して鑑札を受け取ります。",
                "A dog that is not registered yet is registered in Minato, where you receive its "
                "licence tag.",
                "尚未登记的狗须在港区登记并领取狗牌。",
                "아직 등록하지 않은 개는 미나토구에서 등록하고 감찰을 받습니다.",
            ),
            when=_is("dog", "not_registered"),
            deadline=_deadline(
                30,
                _t(
                    "犬を飼い始めた日（国外から連れてきた日）から30日以内です。"
                    "ここでは引越しの日から数えています。",
                    "Within 30 days of starting to keep the dog (or bringing it from abroad); "
                    "the date shown counts from your moving date.",
                    "自开始饲养（或从国外带来）之日起30天内。此处按搬家日期计算。",
                    "개를 기르기 시작한 날(국외에서 데려온 날)부터 30일 이내입니다. "
                    "여기서는 이사한 날부터 셉니다.",
                ),
            ),
            counter="shiba-hokenfukushi",
        ),
        _item(
            "gentsuki-toroku",
            _t(
                "原付バイクのナンバープレートは市区町村ごとなので、港区のナンバーに替えます。",
                "Moped number plates are issued by each city, so you change to Minato plates.",
                "原动机自行车的号牌按市区町村发放，因此需要换成港区的号牌。",
                "원동기장치자전거 번호판은 시구정촌마다 발급되므로 미나토구 번호판으로 바꿉니다.",
            ),
            when=_is("vehicles", "moped"),
            deadline=_deadline(
                15,
                _t(
                    "引越しの日の翌日から数えて15日目までです。前の市区町村で廃車の手続きを"
                    "してから登録します。",
                    "File by the 15th day, counting from the day after you moved. Deregister the "
                    "moped in your previous city first.",
                    "从搬家次日起算，第15天为止。请先在之前的市区町村办理注销手续，再来登记。",
                    "이사한 다음 날부터 세어 15일째까지입니다. 이전 시구정촌에서 폐차 "
                    "절차를 한 후에 등록합니다.",
                ),
            ),
            counter="zeimu",
            bring=[
                _t(
                    "前の市区町村で廃車したときの廃車申告受付書",
                    "The deregistration receipt from your previous city",
                    "在之前的市区町村办理注销时的注销申报受理书",
                    "이전 시구정촌에서 폐차했을 때의 폐차신고 접수서",
                ),
                _t("本人確認書類", "Proof of identity", "身份证明文件", "본인 확인 서류"),
            ],
        ),
        _item(
            "jitensha-teiki",
            _t(
                "駅の近くの区立自転車駐車場を毎日使うなら、定期利用を申し込めます。",
                "If you will park your bicycle at a ward bicycle park near a station every day, "
                "you can apply for a season pass.",
                "如果每天使用车站附近的区立自行车停车场，可以申请定期使用。",
                "역 근처의 구립 자전거 주차장을 매일 이용한다면 정기 이용을 신청할 수 있습니다.",
            ),
            when=_is("vehicles", "bicycle"),
        ),
        _item("kagu-tento-boshi", _KAGU_TENTO_BOSHI_WHY),
        _item(
            "bosai-radio",
            _t(
                "災害のときの区の放送を家の中で聞ける防災ラジオを、1世帯1台申し込めます。",
                "Each household can apply for one disaster radio, which lets you hear the "
                "city's emergency broadcasts indoors.",
                "每户可申请1台防灾收音机，在家中也能收听区的灾害广播。",
                "재해 때 구의 방송을 집 안에서 들을 수 있는 방재 라디오를 1세대 1대 신청할 수 "
                "있습니다.",
            ),
        ),
    ],
}


# -- moving out (転出) --------------------------------------------------------------------------

_MOVING_OUT: dict[str, Any] = {
    "schema": 1,
    "intro": _t(
        "港区からほかの市区町村や国外へ引っ越す人のためのチェックリストです。",
        "A checklist for people moving from Minato to another city or abroad.",
        "这是为从港区搬到其他市区町村或国外的人准备的清单。",
        "미나토구에서 다른 시구정촌이나 국외로 이사하는 분을 위한 체크리스트입니다.",
    ),
    "event_date": "moving_date",
    "questions": [
        _question(
            "moving_date",
            "date",
            _t(
                "引っ越す日（予定の日）",
                "The day you move out (planned)",
                "搬走的日期（预定日期）",
                "이사하는 날(예정일)",
            ),
        ),
        _household_insurance(
            _t(
                "今、家族が入っている健康保険はどれですか（あてはまるものすべて）",
                "Which health insurance is your household covered by now? (choose all that apply)",
                "家人目前加入的是哪种健康保险？（选择所有符合的项）",
                "지금 가족이 가입한 건강보험은 어느 것입니까?(해당하는 것 모두)",
            )
        ),
        _question(
            "needs_tax_certificate",
            "yes_no",
            _t(
                "引越し先で、所得の証明（課税証明書）が必要になりそうですか",
                "Are you likely to need proof of income (a tax certificate) after the move?",
                "搬家后可能需要收入证明（课税证明书）吗？",
                "이사한 곳에서 소득 증명(과세증명서)이 필요할 것 같습니까?",
            ),
            hint=_t(
                "保育園の申込み、住宅ローン、手当の申請などで求められることがあります。",
                "It can be asked for when applying for a nursery place, a mortgage or benefits.",
                "申请保育园、住房贷款、各种津贴时可能需要。",
                "보육원 신청, 주택담보대출, 수당 신청 등에서 요구될 수 있습니다.",
            ),
        ),
        _question(
            "dog",
            "yes_no",
            _t("犬を飼っていますか", "Do you have a dog?", "您养狗吗？", "개를 기르고 있습니까?"),
        ),
        _question(
            "moped",
            "yes_no",
            _t(
                "港区のナンバーの原付バイク（125cc以下）を持っていますか",
                "Do you have a moped or scooter (125 cc or less) with Minato number plates?",
                "您有挂港区号牌的原动机自行车（125cc以下的摩托车）吗？",
                "미나토구 번호판의 원동기장치자전거(125cc 이하 오토바이)를 가지고 있습니까?",
            ),
        ),
        _waste(
            _t(
                "引越しで出るごみ（あてはまるものすべて）",
                "Waste from your move (choose all that apply)",
                "搬家产生的垃圾（选择所有符合的项）",
                "이사로 나오는 쓰레기(해당하는 것 모두)",
            )
        ),
    ],
    "items": [
        _item(
            "tenshutsu-todoke",
            _t(
                "港区の住民登録を終えるための届出で、引越し先での転入届やほかの手続きはこの後"
                "になります。",
                "This ends your registration in Minato; the moving-in notification in your new "
                "city and the other procedures follow from it.",
                "这是结束在港区的住民登记的申报，在新住址的迁入申报及其他手续都在此之后办理。",
                "미나토구의 주민등록을 마치기 위한 신고로, 이사한 곳에서의 전입신고와 다른 "
                "절차는 이 신고 후에 합니다.",
            ),
            deadline=_deadline(
                0,
                _t(
                    "引越しの前に届け出ます（引越しの14日ほど前からできます）。"
                    "引越しの後になったときは、引越しの日から14日以内です。",
                    "File before you move (from about 14 days before). If you file after "
                    "moving, do it within 14 days of the move.",
                    "请在搬家前申报（搬家前约14天起可办理）。搬家后申报的，须在搬家之日起14天内办理。",
                    "이사하기 전에 신고합니다(이사 14일 전쯤부터 가능합니다). 이사 후에 "
                    "신고하는 경우에는 이사한 날부터 14일 이내입니다.",
                ),
            ),
            counter="shiba-madoguchi",
        ),
        _item(
            "kokuho-kanyu-dattai",
            _t(
                "港区の国民健康保険は引越しでやめることになるので、資格確認書を返します"
                "（引越し先で新しく入ります）。",
                "Moving ends your Minato National Health Insurance, so you return the "
                "eligibility certificate (you join again in your new city).",
                "搬家后港区的国民健康保险将终止，因此需要交还资格确认书（在新住址重新加入）。",
                "이사하면 미나토구의 국민건강보험이 끝나므로 자격확인서를 반납합니다"
                "(이사한 곳에서 새로 가입합니다).",
            ),
            when=_is("health_insurance", "kokuho"),
            deadline=_deadline(
                14,
                _t(
                    "国民健康保険の資格は引越しの日の翌日になくなります。転出届と同じ日に"
                    "手続きできます。",
                    "Your insurance ends the day after you move; you can do this on the same "
                    "day as the moving-out notification.",
                    "国民健康保险资格在搬家次日终止。可与迁出申报同一天办理。",
                    "국민건강보험 자격은 이사한 다음 날 없어집니다. 전출신고와 같은 날 절차를 "
                    "할 수 있습니다.",
                ),
            ),
            counter="kokuho-nenkin",
            bring=[
                _t(
                    "国民健康保険の資格確認書（お持ちの方）",
                    "Your National Health Insurance eligibility certificate (if you have one)",
                    "国民健康保险资格确认书（持有者）",
                    "국민건강보험 자격확인서(가지고 있는 분)",
                ),
                _t(
                    "届け出る人の本人確認書類",
                    "Proof of identity of the person filing",
                    "申报人的身份证明文件",
                    "신고하는 사람의 본인 확인 서류",
                ),
            ],
        ),
        _item(
            "zei-shomei",
            _t(
                "港区に住んでいた年の所得の証明は港区が出すので、引越しの前にとっておくと便利です"
                "（後から郵送やオンラインでも請求できます）。",
                "Minato issues the income certificate for the years you lived here, so it "
                "helps to get it before you move (you can also request it later by post or "
                "online).",
                "居住在港区期间的收入证明由港区发放，建议搬家前办好（之后也可以邮寄或在线申请）。",
                "미나토구에 살았던 해의 소득 증명은 미나토구가 발급하므로 이사 전에 받아 두면 "
                "편리합니다(나중에 우편이나 온라인으로도 청구할 수 있습니다).",
            ),
            when=_is("needs_tax_certificate", True),
            counter="zeimu",
        ),
        _item(
            "gentsuki-toroku",
            _t(
                "港区のナンバープレートを返して廃車の手続きをし、引越し先で新しいナンバーを"
                "もらいます。",
                "Return the Minato number plates to deregister the moped, then get new plates "
                "in your new city.",
                "交还港区号牌办理注销手续，再到新住址领取新号牌。",
                "미나토구 번호판을 반납하여 폐차 절차를 하고, 이사한 곳에서 새 번호판을 받습니다.",
            ),
            when=_is("moped", True),
            deadline=_deadline(
                15,
                _t(
                    "引越しの日の翌日から数えて15日目までです。引越しの前にすませると、"
                    "引越し先での登録がスムーズです。",
                    "By the 15th day, counting from the day after you move; doing it before the "
                    "move makes registering in your new city easier.",
                    "从搬家次日起算，第15天为止。在搬家前办好，在新住址登记会更顺利。",
                    "이사한 다음 날부터 세어 15일째까지입니다. 이사 전에 마치면 이사한 곳에서 "
                    "등록하기가 수월합니다.",
                ),
            ),
            counter="zeimu",
        ),
        _item(
            "inu-henko-shibo",
            _t(
                "犬の住所が変わるので、国内の引越しは引越し先の市区町村に港区の鑑札を持って、"
                "国外への引越しは港区に届け出ます。",
                "Your dog's address changes: for a move within Japan, notify your new city and "
                "bring the Minato licence tag; for a move abroad, notify Minato.",
                "狗的住址发生变化：在日本国内搬家的，携带港区狗牌向新住址的市区町村申报；搬到国外的，向港区申报。",
                "개의 주소가 바뀌므로, 국내 이사는 이사한 곳의 시구정촌에 미나토구 감찰을 "
                "가지고, 국외 이사는 미나토구에 신고합니다.",
            ),
            when=_is("dog", True),
            deadline=_deadline(
                30,
                _t(
                    "引越しの日の翌日から数えて30日目までです。",
                    "By the 30th day, counting from the day after you move.",
                    "从搬家次日起算，第30天为止。",
                    "이사한 다음 날부터 세어 30일째까지입니다.",
                ),
            ),
        ),
        _item("sodai-gomi", _SODAI_GOMI_WHY, when=_is("waste", "large_items")),
        _item("ichiji-taryo-gomi", _ICHIJI_TARYO_WHY, when=_is("waste", "lots")),
    ],
}


# -- moving within the ward (転居) ---------------------------------------------------------------

_MOVING_WITHIN: dict[str, Any] = {
    "schema": 1,
    "intro": _t(
        "港区の中で引っ越した人のためのチェックリストです。",
        "A checklist for people who have moved to a new address within Minato.",
        "这是为在港区内搬家的人准备的清单。",
        "미나토구 안에서 이사한 분을 위한 체크리스트입니다.",
    ),
    "event_date": "moving_date",
    "questions": [
        _question(
            "moving_date",
            "date",
            _t(
                "新しい住所に引っ越した日",
                "The day you moved to your new address",
                "搬到新住址的日期",
                "새 주소로 이사한 날",
            ),
            hint=_t(
                "まだ引っ越していないときは、予定の日を入れてください。",
                "If you have not moved yet, enter the planned date.",
                "尚未搬家的，请填写预定日期。",
                "아직 이사하지 않았다면 예정일을 입력하세요.",
            ),
        ),
        _question(
            "school_transfer",
            "yes_no",
            _t(
                "引越しで、区立の小学校・中学校を転校する子どもはいますか",
                "Will a child change to another ward primary or junior high school because of "
                "the move?",
                "有因搬家而转到其他区立小学或初中的孩子吗？",
                "이사로 구립 초등학교·중학교를 전학하는 자녀가 있습니까?",
            ),
            hint=_t(
                "区内の引越しでは、今の学校に通い続けられることもあります。学校に相談してください。",
                "After a move within Minato a child can sometimes stay at the same school; ask "
                "the school.",
                "在区内搬家，有时可以继续在原来的学校就读。请向学校咨询。",
                "구내 이사는 지금 학교에 계속 다닐 수 있는 경우도 있습니다. 학교와 상담하세요.",
            ),
        ),
        _question(
            "dog",
            "yes_no",
            _t("犬を飼っていますか", "Do you have a dog?", "您养狗吗？", "개를 기르고 있습니까?"),
        ),
        _question(
            "bicycle",
            "yes_no",
            _t(
                "通勤や通学で、駅の近くの自転車駐車場を使いますか",
                "Will you park a bicycle near a station to get to work or school?",
                "上班或上学时，您会使用车站附近的自行车停车场吗？",
                "통근이나 통학으로 역 근처 자전거 주차장을 이용합니까?",
            ),
        ),
        _waste(
            _t(
                "引越しで出るごみ（あてはまるものすべて）",
                "Waste from your move (choose all that apply)",
                "搬家产生的垃圾（选择所有符合的项）",
                "이사로 나오는 쓰레기(해당하는 것 모두)",
            )
        ),
    ],
    "items": [
        _item(
            "tenkyo-todoke",
            _t(
                "港区の中で住所が変わったことを届け出るもので、ほかの手続きはこの後になります。",
                "This records your new address within Minato, and the other procedures follow "
                "from it.",
                "这是申报在港区内住址变更的手续，其他手续都在此之后办理。",
                "미나토구 안에서 주소가 바뀐 것을 신고하는 것으로, 다른 절차는 이 신고 후에 "
                "합니다.",
            ),
            deadline=_deadline(
                14,
                _t(
                    "引越しの日の翌日から数えて14日目までです。",
                    "File by the 14th day, counting from the day after you moved.",
                    "从搬家次日起算，第14天为止。",
                    "이사한 다음 날부터 세어 14일째까지입니다.",
                ),
            ),
            counter="shiba-madoguchi",
        ),
        _item("juminhyo-copy", _JUMINHYO_WHY, counter="shiba-madoguchi"),
        _item(
            "tennyugaku",
            _t(
                "区立の学校を転校する子どもがいるので、転居届の後に学務課で転入学通知書を"
                "受け取り、新しい学校に出します。",
                "A child is changing ward schools, so after the change-of-address notification "
                "you collect the placement notice from the School Affairs Division and give it "
                "to the new school.",
                "有孩子要转到其他区立学校，因此在办理迁居申报后，到学务科领取转入学通知书并交给新学校。",
                "구립 학교를 전학하는 자녀가 있으므로 전거신고 후 학무과에서 전입학통지서를 "
                "받아 새 학교에 제출합니다.",
            ),
            when=_is("school_transfer", True),
            counter="gakumu",
        ),
        _item(
            "inu-henko-shibo",
            _t(
                "犬の住所が変わったので、区に届け出ます（電子申請でもできます）。",
                "Your dog's address has changed, so you notify the city (you can do this online).",
                "狗的住址已变更，因此需要向区申报（也可在线申请）。",
                "개의 주소가 바뀌었으므로 구에 신고합니다(전자 신청으로도 할 수 있습니다).",
            ),
            when=_is("dog", True),
            deadline=_deadline(
                30,
                _t(
                    "引越しの日の翌日から数えて30日目までです。",
                    "File by the 30th day, counting from the day after you moved.",
                    "从搬家次日起算，第30天为止。",
                    "이사한 다음 날부터 세어 30일째까지입니다.",
                ),
            ),
            counter="shiba-hokenfukushi",
        ),
        _item(
            "jitensha-teiki",
            _t(
                "新しい住所の近くの駅で区立自転車駐車場を毎日使うなら、定期利用を申し込めます。",
                "If you will park every day at a ward bicycle park near your new home's "
                "station, you can apply for a season pass.",
                "如果每天使用新住址附近车站的区立自行车停车场，可以申请定期使用。",
                "새 주소 근처 역의 구립 자전거 주차장을 매일 이용한다면 정기 이용을 신청할 수 "
                "있습니다.",
            ),
            when=_is("bicycle", True),
        ),
        _item("sodai-gomi", _SODAI_GOMI_WHY, when=_is("waste", "large_items")),
        _item("ichiji-taryo-gomi", _ICHIJI_TARYO_WHY, when=_is("waste", "lots")),
    ],
}


# -- birth (出生) -------------------------------------------------------------------------------

_BIRTH: dict[str, Any] = {
    "schema": 1,
    "intro": _t(
        "赤ちゃんが生まれた家族のためのチェックリストです。おめでとうございます。",
        "A checklist for families with a newborn baby. Congratulations!",
        "这是为有新生儿的家庭准备的清单。恭喜您！",
        "아기가 태어난 가족을 위한 체크리스트입니다. 축하합니다.",
    ),
    "event_date": "birth_date",
    "questions": [
        _question(
            "birth_date",
            "date",
            _t(
                "赤ちゃんが生まれた日",
                "The baby's date of birth",
                "婴儿的出生日期",
                "아기가 태어난 날",
            ),
        ),
        _question(
            "health_insurance",
            "single_choice",
            _t(
                "赤ちゃんが入る健康保険はどれですか",
                "Which health insurance will the baby join?",
                "婴儿将加入哪种健康保险？",
                "아기가 가입할 건강보험은 어느 것입니까?",
            ),
            hint=_t(
                "ふつうは、親が入っている健康保険です。",
                "Usually the one a parent is covered by.",
                "通常是父母加入的健康保险。",
                "보통은 부모가 가입한 건강보험입니다.",
            ),
            choices=[_KOKUHO, _EMPLOYER],
        ),
        _question(
            "public_servant",
            "yes_no",
            _t(
                "児童手当を受け取る親は公務員ですか",
                "Is the parent who will receive Child Allowance a public employee?",
                "领取儿童津贴的父母是公务员吗？",
                "아동수당을 받을 부모는 공무원입니까?",
            ),
            hint=_t(
                "公務員の人は、勤務先で児童手当を申請します。",
                "Public employees apply for Child Allowance through their employer.",
                "公务员向工作单位申请儿童津贴。",
                "공무원은 직장에서 아동수당을 신청합니다.",
            ),
        ),
        _question(
            "wants_daycare",
            "yes_no",
            _t(
                "子どもを保育園に入れたいですか",
                "Would you like a nursery place for the baby?",
                "您想让孩子上保育园吗？",
                "아이를 보육원에 보내고 싶습니까?",
            ),
            hint=_t(
                "育児休業の後など、先の入園でもかまいません。",
                "It can be for later, for example after parental leave.",
                "也可以是以后入园，例如育儿假结束后。",
                "육아휴직 후 등 나중에 입소하는 경우도 괜찮습니다.",
            ),
        ),
    ],
    "items": [
        _item(
            "shussei-todoke",
            _t(
                "赤ちゃんの戸籍と住民票を作るための届出で、ほかの手続きはこの後になります。",
                "This records the baby in the family register and the residence records, and "
                "the other procedures follow from it.",
                "这是为婴儿建立户籍和住民票的申报，其他手续都在此之后办理。",
                "아기의 호적과 주민표를 만들기 위한 신고로, 다른 절차는 이 신고 후에 합니다.",
            ),
            deadline=_deadline(
                13,
                _t(
                    "生まれた日を1日目として数えて14日目までです（国外で生まれたときは3か月以内）。"
                    + _KOSEKI_LAST_DAY["ja"],
                    "By the 14th day, counting the day of birth as the first (three months if "
                    "born abroad). " + _KOSEKI_LAST_DAY["en"],
                    "以出生当日为第1天，第14天为止（在国外出生的为3个月内）。"
                    + _KOSEKI_LAST_DAY["zh-hans"],
                    "태어난 날을 1일째로 세어 14일째까지입니다(국외에서 태어난 경우 3개월 "
                    "이내). " + _KOSEKI_LAST_DAY["ko"],
                ),
            ),
        ),
        _item(
            "kokuho-kanyu-dattai",
            _t(
                "赤ちゃんも国民健康保険に入るので、加入の届出をします。",
                "The baby joins National Health Insurance too, so you file to enrol them.",
                "婴儿也要加入国民健康保险，因此需要办理加入申报。",
                "아기도 국민건강보험에 가입하므로 가입 신고를 합니다.",
            ),
            when=_is("health_insurance", "kokuho"),
            deadline=_deadline(
                14,
                _t(
                    "生まれた日の翌日から数えて14日目までです。出生届と同じ日に手続きできます。",
                    "By the 14th day, counting from the day after the birth; you can do this on "
                    "the same day as the birth notification.",
                    "从出生次日起算，第14天为止。可与出生申报同一天办理。",
                    "태어난 다음 날부터 세어 14일째까지입니다. 출생신고와 같은 날 할 수 있습니다.",
                ),
            ),
            counter="kokuho-nenkin",
        ),
        _item(
            "jido-teate",
            _t(
                "子どもが生まれたので、児童手当を申請します。",
                "Your child has been born, so you apply for Child Allowance.",
                "孩子出生了，因此需要申请儿童津贴。",
                "아이가 태어났으므로 아동수당을 신청합니다.",
            ),
            when=_is("public_servant", False),
            deadline=_deadline(
                15,
                _jido_teate_note(
                    "生まれた日の翌日から15日以内に申請すると、生まれた月の翌月分から受け取れます。",
                    "Apply within 15 days from the day after the birth to be paid from the month "
                    "after the birth.",
                    "在出生次日起15天内申请，可从出生月份的下个月起领取。",
                    "태어난 다음 날부터 15일 이내에 신청하면 태어난 달의 다음 달분부터 받을 수 "
                    "있습니다.",
                ),
            ),
            counter="shiba-hokenfukushi",
        ),
        _item(
            "kodomo-iryohi-josei",
            _t(
                "赤ちゃんが病院にかかったときの自己負担分を区が助成するので、健康保険に入ったら"
                "医療証を申請します。",
                "The city pays the baby's share of medical costs, so once the baby has health "
                "insurance you apply for the medical certificate.",
                "婴儿看病时的自付部分由区补助，因此加入健康保险后需要申请医疗证。",
                "아기가 병원에 갔을 때의 본인 부담분을 구가 지원하므로 건강보험에 가입하면 "
                "의료증을 신청합니다.",
            ),
            counter="shiba-hokenfukushi",
        ),
        _item(
            "yobo-sesshu-yoshinhyo",
            _t(
                "赤ちゃんの予防接種を無料で受けるための予診票を受け取ります。",
                "You receive the pre-screening forms for the baby's free vaccinations.",
                "领取婴儿免费接种疫苗所需的预诊表。",
                "아기의 예방접종을 무료로 받기 위한 예진표를 받습니다.",
            ),
            counter="shiba-hokenfukushi",
        ),
        _item(
            "hoikuen-nyuen",
            _t(
                "子どもを保育園に入れたいので、入園を申し込みます。",
                "You would like a nursery place for your child, so you apply for one.",
                "您想让孩子上保育园，因此需要申请入园。",
                "아이를 보육원에 보내고 싶으므로 입소를 신청합니다.",
            ),
            when=_is("wants_daycare", True),
            counter="hoiku",
        ),
        _item(
            "mynumber-card",
            _t(
                "赤ちゃんにもマイナンバーが付くので、マイナンバーカードを申請できます。",
                "The baby is given a My Number too, so you can apply for a My Number Card.",
                "婴儿也会获得个人编号，因此可以申请个人编号卡。",
                "아기에게도 마이넘버가 부여되므로 마이넘버카드를 신청할 수 있습니다.",
            ),
            counter="shiba-madoguchi",
        ),
    ],
}


# -- marriage (婚姻) ----------------------------------------------------------------------------

_MARRIAGE: dict[str, Any] = {
    "schema": 1,
    "intro": _t(
        "結婚する人のためのチェックリストです。いっしょに住むために引っ越すときは、"
        "引越しのチェックリストも見てください。",
        "A checklist for people getting married. If you are moving to live together, see the "
        "moving checklists too.",
        "这是为结婚的人准备的清单。如果为了一起生活而搬家，也请查看搬家的清单。",
        "결혼하는 분을 위한 체크리스트입니다. 함께 살기 위해 이사하는 경우에는 이사 "
        "체크리스트도 확인하세요.",
    ),
    "event_date": "marriage_date",
    "questions": [
        _question(
            "marriage_date",
            "date",
            _t(
                "婚姻届を出す日（予定の日）",
                "The day you file the marriage notification (planned)",
                "提交结婚申报的日期（预定日期）",
                "혼인신고를 하는 날(예정일)",
            ),
        ),
        _question(
            "koseki_certificate",
            "single_choice",
            _t(
                "結婚した後の戸籍証明書（戸籍謄本）が必要ですか",
                "Will you need a family register certificate (koseki tōhon) after the marriage?",
                "婚后需要户籍证明书（户籍誊本）吗？",
                "결혼 후의 호적증명서(호적 등본)가 필요합니까?",
            ),
            hint=_t(
                "パスポートの名前の変更などで必要になります。",
                "It is needed, for example, to change the name on a passport.",
                "例如更改护照上的姓名时需要。",
                "여권의 이름 변경 등에 필요합니다.",
            ),
            choices=[
                _choice("no", _t("いいえ", "No", "不需要", "아니요")),
                _choice(
                    "minato",
                    _t(
                        "はい。新しい本籍は港区です",
                        "Yes; our new registered domicile (honseki) is in Minato",
                        "需要。新的本籍在港区",
                        "예. 새 본적은 미나토구입니다",
                    ),
                ),
                _choice(
                    "elsewhere",
                    _t(
                        "はい。新しい本籍は港区以外です",
                        "Yes; our new registered domicile is outside Minato",
                        "需要。新的本籍不在港区",
                        "예. 새 본적은 미나토구 이외입니다",
                    ),
                ),
            ],
        ),
        _question(
            "needs_acceptance_proof",
            "yes_no",
            _t(
                "婚姻届を出したことの証明（受理証明書）が、すぐに必要ですか",
                "Do you need proof that the marriage notification was accepted straight away?",
                "您是否需要马上取得结婚申报已被受理的证明（受理证明书）？",
                "혼인신고를 한 것의 증명(수리증명서)이 바로 필요합니까?",
            ),
            hint=_t(
                "新しい戸籍ができるまで数日かかります。その間に、勤め先などで結婚の証明を"
                "求められたときに使います。",
                "The new family register takes a few days; this proves the marriage in the "
                "meantime, for example to your employer.",
                "新户籍建立需要几天时间，在此期间工作单位等要求证明婚姻时可以使用。",
                "새 호적이 만들어지기까지 며칠 걸립니다. 그동안 직장 등에서 결혼 증명을 "
                "요구할 때 사용합니다.",
            ),
        ),
        _question(
            "separate_households",
            "yes_no",
            _t(
                "2人は港区の同じ住所に別々の世帯で住んでいて、世帯を1つにしたいですか",
                "Do the two of you already live at the same Minato address as separate "
                "households, and want to become one household?",
                "两人是否已以不同家庭（世带）住在港区的同一住址，并希望合为一个家庭？",
                "두 사람이 미나토구의 같은 주소에 각각 다른 세대로 살고 있고, 세대를 하나로 "
                "합치고 싶습니까?",
            ),
        ),
        _question(
            "seal_name_change",
            "yes_no",
            _t(
                "名字が変わる人で、名字の入った印鑑を港区に登録している人はいますか",
                "Will someone whose surname changes have a seal with that surname registered in "
                "Minato?",
                "改姓的人中，有在港区登记了刻有姓氏印章的人吗？",
                "성이 바뀌는 사람 중에 성이 들어간 인감을 미나토구에 등록한 사람이 있습니까?",
            ),
        ),
        _question(
            "insurance_change",
            "single_choice",
            _t(
                "結婚で、健康保険は変わりますか",
                "Will anyone's health insurance change with the marriage?",
                "结婚后健康保险会变化吗？",
                "결혼으로 건강보험이 바뀝니까?",
            ),
            choices=[
                _choice("none", _t("変わらない", "No change", "不变", "바뀌지 않음")),
                _choice(
                    "leave_kokuho",
                    _t(
                        "国民健康保険をやめて、配偶者の勤務先の健康保険に入る",
                        "Leaving National Health Insurance to join the spouse's employer insurance",
                        "退出国民健康保险，加入配偶工作单位的健康保险",
                        "국민건강보험을 탈퇴하고 배우자의 직장 건강보험에 가입",
                    ),
                ),
                _choice(
                    "join_kokuho",
                    _t(
                        "勤務先の健康保険をやめて、国民健康保険に入る",
                        "Leaving employer insurance to join National Health Insurance",
                        "退出工作单位的健康保险，加入国民健康保险",
                        "직장 건강보험을 탈퇴하고 국민건강보험에 가입",
                    ),
                ),
            ],
        ),
    ],
    "items": [
        _item(
            "konin-todoke",
            _t(
                "結婚は婚姻届が受理された日に成立するので、最初にこの届出をします。",
                "A marriage takes effect on the day the notification is accepted, so this comes "
                "first.",
                "结婚申报被受理之日婚姻即成立，因此首先办理此申报。",
                "결혼은 혼인신고가 수리된 날에 성립하므로 이 신고를 가장 먼저 합니다.",
            ),
        ),
        _item(
            "todoke-juri-shomei",
            _t(
                "新しい戸籍ができる前でも、この証明書で結婚したことを証明できます。",
                "This certificate proves the marriage even before the new family register is "
                "ready.",
                "即使新户籍尚未建立，也可以用这份证明书证明已结婚。",
                "새 호적이 만들어지기 전에도 이 증명서로 결혼한 것을 증명할 수 있습니다.",
            ),
            when=_is("needs_acceptance_proof", True),
        ),
        _item(
            "koseki-shomei",
            _t(
                "新しい本籍が港区なので、港区で結婚後の戸籍証明書をとれます"
                "（新しい戸籍ができるまで数日かかります）。",
                "Your new registered domicile is in Minato, so Minato issues the certificate "
                "(the new register takes a few days).",
                "新的本籍在港区，因此可以在港区领取婚后的户籍证明书（新户籍建立需要几天）。",
                "새 본적이 미나토구이므로 미나토구에서 결혼 후의 호적증명서를 받을 수 "
                "있습니다(새 호적이 만들어지기까지 며칠 걸립니다).",
            ),
            when=_is("koseki_certificate", "minato"),
            counter="shiba-madoguchi",
        ),
        _item(
            "koseki-koiki",
            _t(
                "本籍が港区以外でも、本人が港区の窓口に来れば、結婚後の戸籍証明書をとれます"
                "（新しい戸籍ができるまで数日かかります）。",
                "Even with a registered domicile outside Minato, you can get the certificate by "
                "coming in person to a Minato counter (the new register takes a few days).",
                "即使本籍不在港区，本人到港区窗口也可以领取婚后的户籍证明书（新户籍建立需要几天）。",
                "본적이 미나토구 이외라도 본인이 미나토구 창구에 오면 결혼 후의 호적증명서를 "
                "받을 수 있습니다(새 호적이 만들어지기까지 며칠 걸립니다).",
            ),
            when=_is("koseki_certificate", "elsewhere"),
        ),
        _item(
            "setai-henko",
            _t(
                "同じ住所の別々の世帯を1つにするので、世帯変更届を出します。",
                "You are merging two households at the same address into one, so you file a "
                "household change.",
                "将同一住址的两个家庭合为一个，因此需要提交家庭变更申报。",
                "같은 주소의 각각의 세대를 하나로 합치므로 세대변경신고를 합니다.",
            ),
            when=_is("separate_households", True),
            deadline=_deadline(
                14,
                _t(
                    "世帯を1つにした日の翌日から数えて14日目までです。ここでは婚姻届の日に"
                    "世帯を1つにするとして数えています。",
                    "By the 14th day, counting from the day after the households merge; the "
                    "date shown assumes they merge on the day of the marriage notification.",
                    "从合并家庭次日起算，第14天为止。此处按在提交结婚申报当天合并家庭计算。",
                    "세대를 합친 다음 날부터 세어 14일째까지입니다. 여기서는 혼인신고 날에 "
                    "세대를 합치는 것으로 계산했습니다.",
                ),
            ),
            counter="shiba-madoguchi",
        ),
        _item(
            "inkan-toroku",
            _t(
                "名字が変わると前の名字の印鑑の登録はなくなるので、新しい印鑑で登録し直します。",
                "When a surname changes, the seal registered with the old surname is cancelled, "
                "so you register a new one.",
                "改姓后，刻有原姓氏的印章登记将被注销，因此需要用新印章重新登记。",
                "성이 바뀌면 이전 성의 인감 등록은 없어지므로 새 인감으로 다시 등록합니다.",
            ),
            when=_is("seal_name_change", True),
            counter="shiba-madoguchi",
        ),
        _item(
            "kokuho-kanyu-dattai",
            _t(
                "結婚で健康保険が変わるので、国民健康保険に入る、またはやめる届出をします。",
                "Your health insurance changes with the marriage, so you file to join or leave "
                "National Health Insurance.",
                "结婚后健康保险发生变化，因此需要办理加入或退出国民健康保险的申报。",
                "결혼으로 건강보험이 바뀌므로 국민건강보험 가입 또는 탈퇴 신고를 합니다.",
            ),
            when={"field": "insurance_change", "in": ["leave_kokuho", "join_kokuho"]},
            counter="kokuho-nenkin",
        ),
    ],
}


# -- death of a family member (死亡) ------------------------------------------------------------

_DEATH: dict[str, Any] = {
    "schema": 1,
    "intro": _t(
        "家族が亡くなったときのチェックリストです。心からお悔やみ申し上げます。",
        "A checklist for when a family member has died. Please accept our sincere condolences.",
        "这是家人去世时的清单。谨致深切的哀悼。",
        "가족이 돌아가셨을 때의 체크리스트입니다. 삼가 고인의 명복을 빕니다.",
    ),
    "event_date": "death_date",
    "questions": [
        _question(
            "death_date",
            "date",
            _t(
                "亡くなったことを知った日",
                "The day you learned of the death",
                "得知去世的日期",
                "돌아가신 것을 안 날",
            ),
            hint=_t(
                "ふつうは亡くなった日です。",
                "Usually the day of death.",
                "通常是去世当天。",
                "보통은 돌아가신 날입니다.",
            ),
        ),
        _question(
            "health_insurance",
            "single_choice",
            _t(
                "亡くなった人が入っていた健康保険はどれですか",
                "Which health insurance was the person who died covered by?",
                "去世的人加入的是哪种健康保险？",
                "돌아가신 분이 가입했던 건강보험은 어느 것입니까?",
            ),
            choices=[_KOKUHO, _EMPLOYER, _KOKI],
        ),
        _question(
            "was_head",
            "yes_no",
            _t(
                "亡くなった人は世帯主でしたか",
                "Was the person who died the head of the household?",
                "去世的人是户主吗？",
                "돌아가신 분은 세대주였습니까?",
            ),
        ),
        _question(
            "remaining_adults",
            "number",
            _t(
                "世帯に残る15歳以上の人は何人ですか",
                "How many people aged 15 or over remain in the household?",
                "家庭中留下的15岁以上的人有几个？",
                "세대에 남는 15세 이상인 사람은 몇 명입니까?",
            ),
            condition=_is("was_head", True),
        ),
        _question(
            "koseki_for_inheritance",
            "single_choice",
            _t(
                "相続の手続きのために、亡くなった人の戸籍証明書が必要ですか",
                "Do you need the family register certificates of the person who died, for "
                "inheritance?",
                "为办理继承手续，需要去世的人的户籍证明书吗？",
                "상속 절차를 위해 돌아가신 분의 호적증명서가 필요합니까?",
            ),
            choices=[
                _choice("no", _t("いいえ", "No", "不需要", "아니요")),
                _choice(
                    "minato",
                    _t(
                        "はい。本籍は港区です",
                        "Yes; the registered domicile (honseki) is in Minato",
                        "需要。本籍在港区",
                        "예. 본적은 미나토구입니다",
                    ),
                ),
                _choice(
                    "elsewhere",
                    _t(
                        "はい。本籍は港区以外です",
                        "Yes; the registered domicile is outside Minato",
                        "需要。本籍不在港区",
                        "예. 본적은 미나토구 이외입니다",
                    ),
                ),
            ],
        ),
        _question(
            "dog",
            "yes_no",
            _t(
                "亡くなった人が飼い主の犬はいますか",
                "Did the person who died own a dog?",
                "去世的人是否养有狗（登记为主人）？",
                "돌아가신 분이 주인인 개가 있습니까?",
            ),
        ),
        _waste(
            _t(
                "遺品の整理で出るごみ（あてはまるものすべて）",
                "Waste from clearing the belongings (choose all that apply)",
                "整理遗物产生的垃圾（选择所有符合的项）",
                "유품 정리로 나오는 쓰레기(해당하는 것 모두)",
            )
        ),
    ],
    "items": [
        _item(
            "shibo-todoke",
            _t(
                "亡くなったことを戸籍と住民票に記録し、火葬許可証を受け取るための届出で、"
                "ほかの手続きはこの後になります。",
                "This records the death in the family register and residence records and "
                "gives you the cremation permit; the other procedures follow from it.",
                "这是将死亡记入户籍和住民票并领取火葬许可证的申报，其他手续都在此之后办理。",
                "사망을 호적과 주민표에 기록하고 화장허가증을 받기 위한 신고로, 다른 절차는 이 "
                "신고 후에 합니다.",
            ),
            deadline=_deadline(
                6,
                _t(
                    "亡くなったことを知った日を1日目として数えて7日目までです"
                    "（国外で亡くなったときは3か月以内）。"
                    + _KOSEKI_LAST_DAY["ja"]
                    + "葬儀社が代わりに届けることもよくあります。",
                    "By the 7th day, counting the day you learned of the death as the first "
                    "(three months if the death was abroad). "
                    + _KOSEKI_LAST_DAY["en"]
                    + " Funeral companies often file it for the family.",
                    "以得知去世当天为第1天，第7天为止（在国外去世的为3个月内）。"
                    + _KOSEKI_LAST_DAY["zh-hans"]
                    + "殡葬公司代为申报的情况也很常见。",
                    "돌아가신 것을 안 날을 1일째로 세어 7일째까지입니다(국외에서 돌아가신 "
                    "경우 3개월 이내). "
                    + _KOSEKI_LAST_DAY["ko"]
                    + " 장례업체가 대신 신고하는 경우도 많습니다.",
                ),
            ),
        ),
        _item(
            "kokuho-kanyu-dattai",
            _t(
                "亡くなった人が国民健康保険に入っていたので、資格がなくなる届出をして資格確認書を"
                "返します。",
                "The person who died was in National Health Insurance, so you notify the end of "
                "cover and return the eligibility certificate.",
                "去世的人加入了国民健康保险，因此需要办理资格丧失申报并交还资格确认书。",
                "돌아가신 분이 국민건강보험에 가입했으므로 자격 상실 신고를 하고 자격확인서를 "
                "반납합니다.",
            ),
            when=_is("health_insurance", "kokuho"),
            deadline=_deadline(
                14,
                _t(
                    "資格は亡くなった日の翌日になくなり、そこから14日以内に届け出ます。",
                    "Cover ends the day after the death; file within 14 days of that.",
                    "资格在去世次日丧失，须在此后14天内申报。",
                    "자격은 돌아가신 다음 날 없어지며, 그로부터 14일 이내에 신고합니다.",
                ),
            ),
            counter="kokuho-nenkin",
            bring=[
                _t(
                    "亡くなった人の国民健康保険の資格確認書",
                    "The National Health Insurance eligibility certificate of the person who died",
                    "去世的人的国民健康保险资格确认书",
                    "돌아가신 분의 국민건강보험 자격확인서",
                ),
                _t(
                    "届け出る人の本人確認書類",
                    "Proof of identity of the person filing",
                    "申报人的身份证明文件",
                    "신고하는 사람의 본인 확인 서류",
                ),
                _t(
                    "葬祭費を申請するときは、葬儀の領収書と振込先の口座がわかるもの",
                    "To claim the funeral grant: the funeral receipt and the bank account for "
                    "payment",
                    "申请丧葬费时，需要葬礼收据和可确认收款账户的材料",
                    "장제비를 신청할 때는 장례 영수증과 입금 계좌를 알 수 있는 것",
                ),
            ],
        ),
        _item(
            "setai-henko",
            _t(
                "世帯主が亡くなり、世帯に15歳以上の人が2人以上残るので、新しい世帯主を届け出ます。",
                "The head of household has died and two or more people aged 15 or over remain, "
                "so you notify the new head of household.",
                "户主去世，家庭中仍有两名以上15岁以上的人，因此需要申报新户主。",
                "세대주가 돌아가시고 세대에 15세 이상인 사람이 2명 이상 남으므로 새 세대주를 "
                "신고합니다.",
            ),
            when=_at_least("remaining_adults", 2),
            deadline=_deadline(
                14,
                _t(
                    "世帯主が亡くなった日の翌日から数えて14日目までです。",
                    "By the 14th day, counting from the day after the head of household died.",
                    "从户主去世次日起算，第14天为止。",
                    "세대주가 돌아가신 다음 날부터 세어 14일째까지입니다.",
                ),
            ),
            counter="shiba-madoguchi",
        ),
        _item(
            "koseki-shomei",
            _t(
                "相続の手続きには亡くなった人の戸籍証明書が必要で、本籍が港区なので港区で"
                "請求します。",
                "Inheritance needs the family register certificate of the person who died, and "
                "as the registered domicile is in Minato you request it here.",
                "办理继承需要去世的人的户籍证明书，本籍在港区，因此在港区申请。",
                "상속 절차에는 돌아가신 분의 호적증명서가 필요하며, 본적이 미나토구이므로 "
                "미나토구에서 청구합니다.",
            ),
            when=_is("koseki_for_inheritance", "minato"),
            counter="shiba-madoguchi",
        ),
        _item(
            "joseki-genkoseki",
            _t(
                "相続では生まれてから亡くなるまでの戸籍をそろえるので、古い戸籍（除籍・"
                "改製原戸籍）も必要になることがよくあります。",
                "Inheritance needs the registers from birth to death, so the old closed and "
                "pre-revision registers are often needed too.",
                "办理继承需要收集从出生到去世的户籍，因此经常还需要旧户籍（除籍・改制原户籍）。",
                "상속에서는 출생부터 사망까지의 호적을 갖추므로 옛 호적(제적·개제원호적)도 "
                "필요한 경우가 많습니다.",
            ),
            when=_is("koseki_for_inheritance", "minato"),
            counter="shiba-madoguchi",
        ),
        _item(
            "koseki-koiki",
            _t(
                "本籍が港区以外でも、配偶者や子などが本人で港区の窓口に来れば、戸籍証明書を"
                "まとめて請求できます。",
                "Even with a registered domicile outside Minato, a spouse, child or other direct "
                "relative can request the certificates in person at a Minato counter.",
                "即使本籍不在港区，配偶或子女等本人到港区窗口也可以一并申请户籍证明书。",
                "본적이 미나토구 이외라도 배우자나 자녀 등이 본인이 직접 미나토구 창구에 오면 "
                "호적증명서를 한꺼번에 청구할 수 있습니다.",
            ),
            when=_is("koseki_for_inheritance", "elsewhere"),
        ),
        _item(
            "inu-henko-shibo",
            _t(
                "犬の飼い主が変わるので、新しい飼い主を届け出ます。",
                "The dog has a new owner, so you notify the change of owner.",
                "狗的主人发生变化，因此需要申报新主人。",
                "개의 주인이 바뀌므로 새 주인을 신고합니다.",
            ),
            when=_is("dog", True),
            deadline=_deadline(
                30,
                _t(
                    "飼い主が変わった日から30日以内です。",
                    "Within 30 days of the change of owner.",
                    "自主人变更之日起30天内。",
                    "주인이 바뀐 날부터 30일 이내입니다.",
                ),
            ),
            counter="shiba-hokenfukushi",
        ),
        _item("sodai-gomi", _SODAI_GOMI_WHY, when=_is("waste", "large_items")),
        _item("ichiji-taryo-gomi", _ICHIJI_TARYO_WHY, when=_is("waste", "lots")),
    ],
}


# -- starting school (入園・入学) ----------------------------------------------------------------

_SCHOOL_AGE = _any(_is("starting", "elementary"), _is("starting", "junior_high"))

_SCHOOL: dict[str, Any] = {
    "schema": 1,
    "intro": _t(
        "子どもが保育園、幼稚園、小学校・中学校に入るときのチェックリストです。"
        "区立の小学校・中学校に入学する子どもには、区から就学通知が届きます。",
        "A checklist for when a child starts nursery, kindergarten, primary or junior high "
        "school. Children starting at a ward primary or junior high school receive a school "
        "entry notice from the city.",
        "这是孩子进入保育园、幼儿园、小学或初中时的清单。进入区立小学或初中的孩子会收到区寄来的入学通知。",
        "아이가 보육원, 유치원, 초등학교·중학교에 들어갈 때의 체크리스트입니다. 구립 "
        "초등학교·중학교에 입학하는 아이에게는 구에서 취학통지가 옵니다.",
    ),
    "event_date": "transfer_date",
    "questions": [
        _question(
            "starting",
            "multiple_choice",
            _t(
                "子どもはどこに入りますか（あてはまるものすべて）",
                "Where is your child starting? (choose all that apply)",
                "孩子将进入哪里？（选择所有符合的项）",
                "아이는 어디에 들어갑니까?(해당하는 것 모두)",
            ),
            choices=[
                _choice("hoikuen", _t("保育園", "Nursery (hoikuen)", "保育园", "보육원")),
                _choice(
                    "yochien",
                    _t("区立幼稚園", "Ward kindergarten", "区立幼儿园", "구립 유치원"),
                ),
                _choice("elementary", _t("小学校", "Primary school", "小学", "초등학교")),
                _choice("junior_high", _t("中学校", "Junior high school", "初中", "중학교")),
            ],
        ),
        _question(
            "after_school",
            "yes_no",
            _t(
                "放課後、仕事などで家に大人がいない小学生はいますか",
                "Is there a primary-school child with no adult at home after school, because "
                "of work or similar?",
                "有放学后因工作等原因家中没有大人的小学生吗？",
                "방과 후 일 등으로 집에 어른이 없는 초등학생이 있습니까?",
            ),
            condition=_is("starting", "elementary"),
        ),
        _question(
            "transfer",
            "yes_no",
            _t(
                "ほかの学校から、区立の小学校・中学校に転校しますか",
                "Is the child transferring from another school to a ward primary or junior high "
                "school?",
                "孩子是从其他学校转入区立小学或初中吗？",
                "다른 학교에서 구립 초등학교·중학교로 전학합니까?",
            ),
            condition=_SCHOOL_AGE,
        ),
        _question(
            "transfer_date",
            "date",
            _t("転校する日", "The day of the transfer", "转学日期", "전학하는 날"),
            required=False,
            hint=_t(
                "決まっていなければ空けておいてください。",
                "Leave blank if it is not decided yet.",
                "尚未确定的请留空。",
                "정해지지 않았으면 비워 두세요.",
            ),
            condition=_is("transfer", True),
        ),
        _question(
            "school_costs",
            "yes_no",
            _t(
                "学用品や修学旅行などの学校の費用を払うのが難しいですか",
                "Is it hard for you to pay school costs such as supplies and school trips?",
                "您难以支付学习用品、修学旅行等学校费用吗？",
                "학용품이나 수학여행 등 학교 비용을 내기가 어렵습니까?",
            ),
            hint=_t(
                "所得の基準があります。区立の小学校・中学校に通う子どもが対象です。",
                "There is an income threshold; it covers children at ward primary and junior "
                "high schools.",
                "设有收入标准，对象为就读区立小学和初中的孩子。",
                "소득 기준이 있습니다. 구립 초등학교·중학교에 다니는 아이가 대상입니다.",
            ),
            condition=_SCHOOL_AGE,
        ),
    ],
    "items": [
        _item(
            "hoikuen-nyuen",
            _t(
                "保育園に入るには、区に入園を申し込みます（4月入園は前の年の11月ごろに"
                "申し込みます）。",
                "A nursery place is applied for through the city (for April, apply around the "
                "November before).",
                "进入保育园须向区申请入园（4月入园在前一年11月左右申请）。",
                "보육원에 들어가려면 구에 입소를 신청합니다(4월 입소는 전년 11월경에 신청합니다).",
            ),
            when=_is("starting", "hoikuen"),
            counter="hoiku",
        ),
        _item(
            "yochien-nyuen",
            _t(
                "区立幼稚園に入るには、入園を申し込みます（4月入園は前の年の11月ごろに"
                "申し込みます）。",
                "A ward kindergarten place is applied for (for April, apply around the November "
                "before).",
                "进入区立幼儿园须申请入园（4月入园在前一年11月左右申请）。",
                "구립 유치원에 들어가려면 입학을 신청합니다(4월 입학은 전년 11월경에 신청합니다).",
            ),
            when=_is("starting", "yochien"),
            counter="gakumu",
        ),
        _item(
            "tennyugaku",
            _t(
                "区立の学校に転校するので、学務課で転入学通知書を受け取り、学校に出します。",
                "The child is transferring to a ward school, so you collect the placement notice "
                "from the School Affairs Division and give it to the school.",
                "孩子要转入区立学校，因此需要到学务科领取转入学通知书并交给学校。",
                "구립 학교로 전학하므로 학무과에서 전입학통지서를 받아 학교에 제출합니다.",
            ),
            when=_is("transfer", True),
            deadline=_deadline(
                0,
                _t(
                    "転校する日までにすませます。",
                    "Complete this by the day of the transfer.",
                    "请在转学日之前办好。",
                    "전학하는 날까지 마칩니다.",
                ),
            ),
            counter="gakumu",
        ),
        _item(
            "gakudo-club",
            _t(
                "放課後に家に大人がいない小学生は、学童クラブに申し込めます。",
                "A primary-school child with no adult at home after school can join an "
                "after-school club.",
                "放学后家中没有大人的小学生可以申请加入学童俱乐部。",
                "방과 후 집에 어른이 없는 초등학생은 학동클럽에 신청할 수 있습니다.",
            ),
            when=_is("after_school", True),
        ),
        _item(
            "shugaku-enjo",
            _t(
                "学校の費用を払うのが難しい家庭は、費用の一部の援助を申請できます"
                "（毎年度の申請が必要です）。",
                "Families who find school costs hard to pay can apply for help with part of "
                "them (you apply every school year).",
                "难以支付学校费用的家庭可以申请部分费用援助（每学年都需要申请）。",
                "학교 비용을 내기 어려운 가정은 비용 일부의 원조를 신청할 수 있습니다"
                "(매 학년도 신청이 필요합니다).",
            ),
            when=_is("school_costs", True),
            counter="gakumu",
        ),
    ],
}


# -- needing long-term care (介護) ---------------------------------------------------------------

_LONG_TERM_CARE: dict[str, Any] = {
    "schema": 1,
    "intro": _t(
        "介護が必要になった人と、その家族のためのチェックリストです。"
        "困ったときは、高齢者相談センターにも相談できます。",
        "A checklist for people who need care and their families. You can also talk to a "
        "community care centre for older people (kōreisha sōdan center).",
        "这是为需要护理的人及其家人准备的清单。遇到困难时，也可以向高龄者咨询中心咨询。",
        "개호가 필요해진 분과 그 가족을 위한 체크리스트입니다. 어려울 때는 고령자 "
        "상담센터에도 상담할 수 있습니다.",
    ),
    "questions": [
        _question(
            "age_group",
            "single_choice",
            _t(
                "介護が必要な人の年齢",
                "Age of the person who needs care",
                "需要护理的人的年龄",
                "개호가 필요한 사람의 나이",
            ),
            choices=[
                _choice("65_plus", _t("65歳以上", "65 or over", "65岁以上", "65세 이상")),
                _choice("40_64", _t("40〜64歳", "40 to 64", "40～64岁", "40~64세")),
                _choice("under_40", _t("40歳未満", "Under 40", "不满40岁", "40세 미만")),
            ],
        ),
        _question(
            "specified_disease",
            "yes_no",
            _t(
                "介護が必要になった原因は、介護保険の「特定疾病」ですか",
                "Is the need for care caused by one of the 'specified diseases' of long-term "
                "care insurance?",
                "需要护理的原因是护理保险规定的“特定疾病”吗？",
                "개호가 필요해진 원인이 개호보험의 '특정질병'입니까?",
            ),
            hint=_t(
                "末期のがん、脳血管疾患（脳卒中など）、関節リウマチなど16の病気です。"
                "わからないときは、主治医に聞いてください。",
                "There are 16, including terminal cancer, cerebrovascular disease (such as "
                "stroke) and rheumatoid arthritis. If unsure, ask your doctor.",
                "包括晚期癌症、脑血管疾病（脑卒中等）、类风湿性关节炎等16种疾病。不清楚的话请询问主治医生。",
                "말기 암, 뇌혈관 질환(뇌졸중 등), 류머티즘 관절염 등 16가지 질병입니다. 잘 "
                "모르면 주치의에게 물어보세요.",
            ),
            condition=_is("age_group", "40_64"),
        ),
        _question(
            "disability_certificate",
            "single_choice",
            _t(
                "身体障害者手帳を持っていますか",
                "Does the person have a physical disability certificate?",
                "本人持有身体残疾人手册吗？",
                "신체장애인 수첩을 가지고 있습니까?",
            ),
            choices=[
                _choice("has", _t("持っている", "Yes", "持有", "가지고 있음")),
                _choice(
                    "needs",
                    _t(
                        "持っていない。体に障害がある",
                        "No, but they have a physical disability",
                        "没有，但身体有残疾",
                        "가지고 있지 않음. 몸에 장애가 있음",
                    ),
                ),
                _choice(
                    "not_applicable",
                    _t(
                        "体に障害はない",
                        "They have no physical disability",
                        "身体没有残疾",
                        "몸에 장애는 없음",
                    ),
                ),
            ],
        ),
        _question(
            "money_trouble",
            "yes_no",
            _t(
                "生活費や医療・介護の費用に困っていますか",
                "Are you struggling to pay for living, medical or care costs?",
                "您在生活费或医疗、护理费用方面有困难吗？",
                "생활비나 의료·개호 비용으로 어려움을 겪고 있습니까?",
            ),
            hint=_t(
                "生活保護の相談は、だれでもできます。",
                "Anyone can ask about public assistance.",
                "任何人都可以咨询生活保护。",
                "생활보호 상담은 누구나 할 수 있습니다.",
            ),
        ),
        _question(
            "furniture",
            "yes_no",
            _t(
                "地震で家具が倒れないようにする器具がほしいですか",
                "Would you like devices that stop furniture falling over in an earthquake?",
                "您需要防止家具在地震时倾倒的器具吗？",
                "지진으로 가구가 넘어지지 않게 하는 기구가 필요합니까?",
            ),
            hint=_t(
                "高齢者の世帯は、取付けも手伝ってもらえます。",
                "Households of older people can get help fitting them.",
                "老年人家庭还可以获得安装帮助。",
                "고령자 세대는 설치도 도움을 받을 수 있습니다.",
            ),
        ),
    ],
    "items": [
        _item(
            "kaigo-nintei",
            _t(
                "介護保険のサービス（ホームヘルパー、デイサービスなど）を使うには、まず介護や"
                "支援がどのくらい必要かの認定を受けます。",
                "To use long-term care insurance services (home helpers, day services and so "
                "on), the level of care needed is certified first.",
                "要使用护理保险服务（家庭护理员、日间服务等），首先需要认定需要何种程度的护理或支援。",
                "개호보험 서비스(홈헬퍼, 데이서비스 등)를 이용하려면 먼저 개호나 지원이 얼마나 "
                "필요한지 인정을 받습니다.",
            ),
            when=_any(
                _is("age_group", "65_plus"),
                _all(_is("age_group", "40_64"), _is("specified_disease", True)),
            ),
            counter="shiba-hokenfukushi",
        ),
        _item(
            "shintai-shogaisha-techo",
            _t(
                "体に障害がある人は、手帳があると福祉サービスや割引を受けられます。",
                "With a disability certificate, a person with a physical disability can use "
                "welfare services and discounts.",
                "身体有残疾的人持有手册后，可以享受福利服务和各种优惠。",
                "몸에 장애가 있는 사람은 수첩이 있으면 복지 서비스나 할인을 받을 수 있습니다.",
            ),
            when=_is("disability_certificate", "needs"),
            counter="shiba-hokenfukushi",
        ),
        _item(
            "seikatsu-hogo",
            _t(
                "生活に困っているときは、生活保護で生活費や医療・介護の費用の助けを受けられる"
                "ことがあるので、まず相談します。",
                "If you are struggling, public assistance may help with living, medical and "
                "care costs, so start by talking to a caseworker.",
                "生活困难时，可能可以通过生活保护获得生活费、医疗和护理费用方面的帮助，请先咨询。",
                "생활이 어려울 때는 생활보호로 생활비나 의료·개호 비용의 도움을 받을 수 있는 "
                "경우가 있으므로 먼저 상담합니다.",
            ),
            when=_is("money_trouble", True),
            counter="seikatsu-fukushi",
        ),
        _item(
            "kagu-tento-boshi",
            _t(
                "地震で家具が倒れてけがをしないよう、器具を無料でもらえます"
                "（高齢者の世帯は取付けの手伝いもあります）。",
                "You can get devices free of charge so that falling furniture does not hurt "
                "anyone in an earthquake (older people's households can get help fitting them).",
                "为防止地震时家具倾倒造成伤害，可以免费领取器具（老年人家庭还可获得安装帮助）。",
                "지진으로 가구가 넘어져 다치지 않도록 기구를 무료로 받을 수 있습니다"
                "(고령자 세대는 설치 도움도 있습니다).",
            ),
            when=_is("furniture", True),
        ),
    ],
}


# -- foreign residents' arrival (外国人住民の転入) -----------------------------------------------

_FOREIGN_ARRIVAL: dict[str, Any] = {
    "schema": 1,
    "intro": _t(
        "国外から日本に来て、港区に3か月より長く住む外国籍の人のためのチェックリストです。",
        "A checklist for foreign nationals who have come from abroad to live in Minato for "
        "more than three months.",
        "这是为从国外来日本、在港区居住3个月以上的外国籍人士准备的清单。",
        "국외에서 일본에 와서 미나토구에 3개월보다 오래 사는 외국 국적인 분을 위한 "
        "체크리스트입니다.",
    ),
    "event_date": "arrival_date",
    "questions": [
        _question(
            "arrival_date",
            "date",
            _t(
                "港区に住み始めた日",
                "The day you started living in Minato",
                "开始在港区居住的日期",
                "미나토구에 살기 시작한 날",
            ),
            hint=_t(
                "住む所が決まって、住み始めた日です。",
                "The day you moved into your home here.",
                "确定住处并开始居住的日期。",
                "살 곳이 정해져 살기 시작한 날입니다.",
            ),
        ),
        _question(
            "japanese_family",
            "yes_no",
            _t(
                "いっしょに国外から来た家族に、日本国籍の人はいますか",
                "Did any family member with Japanese nationality come from abroad with you?",
                "和您一起从国外来的家人中，有日本国籍的人吗？",
                "함께 국외에서 온 가족 중에 일본 국적인 사람이 있습니까?",
            ),
        ),
        _household_insurance(
            _t(
                "家族が入る健康保険はどれですか（あてはまるものすべて）",
                "Which health insurance will your household be covered by? (choose all that apply)",
                "家人将加入哪种健康保险？（选择所有符合的项）",
                "가족이 가입할 건강보험은 어느 것입니까?(해당하는 것 모두)",
            )
        ),
        _question(
            "national_pension",
            "yes_no",
            _t(
                "20〜59歳で、勤務先の厚生年金に入らない人はいますか",
                "Is anyone aged 20 to 59 not going to be in an employer's pension plan?",
                "有20～59岁、不加入工作单位厚生年金的人吗？",
                "20~59세로 직장의 후생연금에 가입하지 않는 사람이 있습니까?",
            ),
            hint=_t(
                "学生や自営業の人などです。厚生年金に入る人に扶養される配偶者は、"
                "ここに入りません。",
                "For example students and self-employed people. A spouse supported by someone "
                "in an employer's plan does not count.",
                "例如学生和自营业者等。由加入厚生年金的人抚养的配偶不包括在内。",
                "학생이나 자영업자 등입니다. 후생연금에 가입하는 사람이 부양하는 배우자는 "
                "해당되지 않습니다.",
            ),
        ),
        _question(
            "pension_exemption",
            "yes_no",
            _t(
                "その人は学生ですか、または収入が少ないですか",
                "Is that person a student, or on a low income?",
                "这个人是学生或收入较低吗？",
                "그 사람은 학생이거나 수입이 적습니까?",
            ),
            condition=_is("national_pension", True),
        ),
        _children_preschool(),
        _children_school(),
        _preschool_care(),
        _public_school(),
    ],
    "items": [
        _item(
            "gaikokujin-jukyochi",
            _t(
                "在留カードを持って住居地を届け出ると住民票ができ、ほかの手続きはこの後に"
                "なります。",
                "Filing your address with your residence card creates your residence record, "
                "and the other procedures follow from it.",
                "携带在留卡申报居住地后即建立住民票，其他手续都在此之后办理。",
                "재류카드를 가지고 주거지를 신고하면 주민표가 만들어지며, 다른 절차는 이 신고 "
                "후에 합니다.",
            ),
            deadline=_deadline(
                14,
                _t(
                    "住み始めた日の翌日から数えて14日目までです。",
                    "File by the 14th day, counting from the day after you started living here.",
                    "从开始居住次日起算，第14天为止。",
                    "살기 시작한 다음 날부터 세어 14일째까지입니다.",
                ),
            ),
            counter="shiba-madoguchi",
        ),
        _item(
            "tennyu-todoke",
            _t(
                "国外からいっしょに来た日本国籍の家族は、転入届を出します。",
                "Family members with Japanese nationality who came from abroad with you file a "
                "moving-in notification.",
                "和您一起从国外来的日本国籍家人须提交迁入申报。",
                "함께 국외에서 온 일본 국적의 가족은 전입신고를 합니다.",
            ),
            when=_is("japanese_family", True),
            deadline=_deadline(
                14,
                _t(
                    "住み始めた日の翌日から数えて14日目までです。",
                    "File by the 14th day, counting from the day after you started living here.",
                    "从开始居住次日起算，第14天为止。",
                    "살기 시작한 다음 날부터 세어 14일째까지입니다.",
                ),
            ),
            counter="shiba-madoguchi",
        ),
        _item(
            "mynumber-card",
            _t(
                "住民票ができるとマイナンバーが付くので、身分証明書にもなるマイナンバーカードを"
                "申請できます。",
                "Once you are registered you are given a My Number, and you can apply for a My "
                "Number Card, which also serves as photo ID.",
                "建立住民票后会获得个人编号，可以申请也能作为身份证件使用的个人编号卡。",
                "주민표가 만들어지면 마이넘버가 부여되므로, 신분증으로도 쓸 수 있는 "
                "마이넘버카드를 신청할 수 있습니다.",
            ),
            counter="shiba-madoguchi",
        ),
        _item(
            "kokuho-kanyu-dattai",
            _t(
                "3か月より長く住む人は、勤務先の健康保険に入らない場合、国民健康保険に入ります。",
                "People staying more than three months who are not in an employer's health "
                "insurance join National Health Insurance.",
                "居住3个月以上、不加入工作单位健康保险的人须加入国民健康保险。",
                "3개월보다 오래 사는 사람은 직장 건강보험에 가입하지 않으면 국민건강보험에 "
                "가입합니다.",
            ),
            when=_is("health_insurance", "kokuho"),
            deadline=_deadline(
                14,
                _t(
                    "住み始めた日の翌日から数えて14日目までです。",
                    "File by the 14th day, counting from the day after you started living here.",
                    "从开始居住次日起算，第14天为止。",
                    "살기 시작한 다음 날부터 세어 14일째까지입니다.",
                ),
            ),
            counter="kokuho-nenkin",
        ),
        _item(
            "kokumin-nenkin-kanyu",
            _t(
                "日本に住む20〜59歳の人は国民年金に入るので、厚生年金に入らない人は届け出ます。",
                "Everyone aged 20 to 59 living in Japan is in the National Pension, so those "
                "not in an employer's plan enrol.",
                "居住在日本的20～59岁人员须加入国民年金，因此不加入厚生年金的人须办理申报。",
                "일본에 사는 20~59세인 사람은 국민연금에 가입하므로, 후생연금에 가입하지 않는 "
                "사람은 신고합니다.",
            ),
            when=_is("national_pension", True),
            deadline=_deadline(
                14,
                _t(
                    "日本に住み始めた日の翌日から数えて14日目までです。",
                    "File by the 14th day, counting from the day after you started living in "
                    "Japan.",
                    "从开始在日本居住次日起算，第14天为止。",
                    "일본에 살기 시작한 다음 날부터 세어 14일째까지입니다.",
                ),
            ),
            counter="kokuho-nenkin",
        ),
        _item(
            "nenkin-menjo",
            _t(
                "学生や収入が少ない人は、国民年金の保険料の免除や猶予を申請できます。",
                "Students and people on a low income can apply to be exempted from, or to "
                "postpone, National Pension contributions.",
                "学生或收入较低的人可以申请免除或缓交国民年金保险费。",
                "학생이나 수입이 적은 사람은 국민연금 보험료의 면제나 유예를 신청할 수 있습니다.",
            ),
            when=_is("pension_exemption", True),
            counter="kokuho-nenkin",
        ),
        _item(
            "jido-teate",
            _t(
                "高校生の年代までの子どもと港区に住む人は、児童手当を受け取れます。",
                "People living in Minato with children up to high-school age can receive Child "
                "Allowance.",
                "与高中生年龄段以下的孩子一起居住在港区的人可以领取儿童津贴。",
                "고등학생 연령까지의 자녀와 미나토구에 사는 사람은 아동수당을 받을 수 있습니다.",
            ),
            when=_ANY_CHILD,
            deadline=_deadline(
                15,
                _jido_teate_note(
                    "住み始めた日の翌日から15日以内に申請すると、翌月分から受け取れます。",
                    "Apply within 15 days from the day after you started living here to be paid "
                    "from the following month.",
                    "在开始居住次日起15天内申请，可从下个月起领取。",
                    "살기 시작한 다음 날부터 15일 이내에 신청하면 다음 달분부터 받을 수 있습니다.",
                ),
            ),
            counter="shiba-hokenfukushi",
        ),
        _item(
            "kodomo-iryohi-josei",
            _KODOMO_IRYOHI_WHY,
            when=_ANY_CHILD,
            counter="shiba-hokenfukushi",
        ),
        _item(
            "yobo-sesshu-yoshinhyo",
            _YOBO_SESSHU_WHY,
            when=_ANY_CHILD,
            counter="shiba-hokenfukushi",
        ),
        _item(
            "hoikuen-nyuen",
            _HOIKUEN_WHY,
            when=_is("preschool_care", "hoikuen"),
            counter="hoiku",
        ),
        _item(
            "yochien-nyuen",
            _YOCHIEN_WHY,
            when=_is("preschool_care", "yochien"),
            counter="gakumu",
        ),
        _item(
            "tennyugaku",
            _t(
                "外国籍の子どもも、希望すれば区立の小学校・中学校に入れるので、学務課で"
                "手続きをします。",
                "Children of foreign nationality can attend ward primary and junior high "
                "schools if they wish, and you arrange it at the School Affairs Division.",
                "外国籍的孩子如有意愿也可以进入区立小学和初中，请到学务科办理手续。",
                "외국 국적의 아이도 희망하면 구립 초등학교·중학교에 다닐 수 있으므로 "
                "학무과에서 절차를 합니다.",
            ),
            when=_is("public_school", True),
            counter="gakumu",
        ),
    ],
}


GUIDES: dict[str, dict[str, Any]] = {
    "moving_in": _MOVING_IN,
    "moving_out": _MOVING_OUT,
    "moving_within": _MOVING_WITHIN,
    "birth": _BIRTH,
    "marriage": _MARRIAGE,
    "death": _DEATH,
    "school": _SCHOOL,
    "long_term_care": _LONG_TERM_CARE,
    "foreign_arrival": _FOREIGN_ARRIVAL,
}
"""The demo guide of each life event, by life-event code."""
