"""The life events residents meet (the navigator part adds questions to them)."""

from __future__ import annotations

LIFE_EVENTS: list[dict[str, str]] = [
    {
        "code": "moving_in",
        "name": "引っ越してきたとき（転入）",
        "en": "Moving into Minato",
        "zh-hans": "迁入港区时",
        "ko": "전입할 때",
    },
    {
        "code": "moving_out",
        "name": "引っ越すとき（転出）",
        "en": "Moving out of Minato",
        "zh-hans": "迁出港区时",
        "ko": "전출할 때",
    },
    {
        "code": "moving_within",
        "name": "区内で引っ越すとき（転居）",
        "en": "Moving within Minato",
        "zh-hans": "在区内搬家时",
        "ko": "구내에서 이사할 때",
    },
    {
        "code": "birth",
        "name": "子どもが生まれたとき",
        "en": "Having a baby",
        "zh-hans": "孩子出生时",
        "ko": "아이가 태어났을 때",
    },
    {
        "code": "marriage",
        "name": "結婚するとき",
        "en": "Getting married",
        "zh-hans": "结婚时",
        "ko": "결혼할 때",
    },
    {
        "code": "death",
        "name": "家族が亡くなったとき（おくやみ）",
        "en": "When a family member dies",
        "zh-hans": "家人去世时",
        "ko": "가족이 사망했을 때",
    },
    {
        "code": "school",
        "name": "入園・入学するとき",
        "en": "Starting daycare or school",
        "zh-hans": "入园、入学时",
        "ko": "입원·입학할 때",
    },
    {
        "code": "long_term_care",
        "name": "介護が必要になったとき",
        "en": "Needing long-term care",
        "zh-hans": "需要护理时",
        "ko": "돌봄이 필요할 때",
    },
    {
        "code": "foreign_arrival",
        "name": "外国から来たとき",
        "en": "Arriving from abroad",
        "zh-hans": "从国外来日时",
        "ko": "외국에서 왔을 때",
    },
]
