"""The sixteen categories of residents' voices. Codes are fixed (Open311 service codes, the
classifier's labels and the open data aggregates use them); names and the responsible
department are data that staff can edit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CategoryDef:
    code: str
    ja: str
    en: str
    zh: str
    ko: str
    department: str  # the demo organisation's section; cities map their own
    deadline_days: int = 10


CATEGORIES: tuple[CategoryDef, ...] = (
    CategoryDef(
        "waste",
        "ごみ・リサイクル",
        "Waste and recycling",
        "垃圾・回收",
        "쓰레기・재활용",
        "kankyo-recycle-seiso",
        5,
    ),
    CategoryDef(
        "roads_parks",
        "道路・公園",
        "Roads and parks",
        "道路・公园",
        "도로・공원",
        "machizukuri-doboku",
        5,
    ),
    CategoryDef(
        "urban",
        "街づくり・住宅・建築",
        "Urban planning, housing and building",
        "城市建设・住宅・建筑",
        "도시 만들기・주택・건축",
        "machizukuri-toshi-keikaku",
    ),
    CategoryDef(
        "environment",
        "環境・騒音・喫煙",
        "Environment, noise and smoking",
        "环境・噪音・吸烟",
        "환경・소음・흡연",
        "kankyo-kankyoka",
    ),
    CategoryDef(
        "health",
        "健康・保健・衛生",
        "Health and hygiene",
        "健康・保健・卫生",
        "건강・보건・위생",
        "hokenjo-seikatsu-eisei",
    ),
    CategoryDef(
        "welfare",
        "福祉・介護・障害",
        "Welfare, long-term care and disability",
        "福利・护理・残障",
        "복지・돌봄・장애",
        "hokenfukushi-hokenfukushika",
    ),
    CategoryDef(
        "childcare",
        "子育て・保育",
        "Children and childcare",
        "育儿・托育",
        "육아・보육",
        "kodomo-hoiku",
    ),
    CategoryDef(
        "education",
        "学校・教育・図書館",
        "Schools, education and libraries",
        "学校・教育・图书馆",
        "학교・교육・도서관",
        "kyoiku-gakumu",
    ),
    CategoryDef(
        "tax_insurance",
        "税・国保・年金",
        "Tax, health insurance and pension",
        "税务・国民健康保险・年金",
        "세금・국민건강보험・연금",
        "sangyo-zeimu",
    ),
    CategoryDef(
        "registry",
        "戸籍・住民票・マイナンバー",
        "Family register, residence and My Number",
        "户籍・住民票・个人编号",
        "호적・주민표・마이넘버",
        "shiba-kumin",
    ),
    CategoryDef(
        "safety",
        "防災・防犯・安全",
        "Disaster prevention and safety",
        "防灾・防盗・安全",
        "방재・방범・안전",
        "bosai-bosaika",
        5,
    ),
    CategoryDef(
        "transport",
        "交通・自転車・駐輪",
        "Transport, bicycles and parking",
        "交通・自行车・停车",
        "교통・자전거・주륜",
        "machizukuri-chiiki-kotsu",
    ),
    CategoryDef(
        "community",
        "地域活動・文化・スポーツ・施設",
        "Community, culture, sports and facilities",
        "社区活动・文化・体育・设施",
        "지역 활동・문화・스포츠・시설",
        "sangyo-chiiki-shinko",
    ),
    CategoryDef(
        "business",
        "産業・観光・商店街",
        "Business, tourism and shopping streets",
        "产业・观光・商店街",
        "산업・관광・상점가",
        "sangyo-sangyo-shinko",
    ),
    CategoryDef(
        "service",
        "職員の対応・窓口サービス",
        "Staff conduct and counter services",
        "职员态度・窗口服务",
        "직원 응대・창구 서비스",
        "somu-somuka",
    ),
    CategoryDef(
        "general",
        "区政全般・その他",
        "City government in general and other",
        "区政全般・其他",
        "구정 전반・기타",
        "kikaku-kuchoshitsu",
    ),
)

CODES = tuple(c.code for c in CATEGORIES)
TRIAGE_DEPARTMENT = "kikaku-kuchoshitsu"
"""区長室 (広聴担当) reads the voices the classifier is unsure about."""


def categories_ensure() -> int:
    """Create any missing category (names and deadlines from the table above; departments
    are left for the city to map). The migration does this on install; tests that empty the
    database call it again. Returns how many were created."""
    from madoguchi.voices.models import Category

    existing = set(Category.objects.values_list("code", flat=True))
    created = 0
    for order, c in enumerate(CATEGORIES):
        if c.code in existing:
            continue
        Category.objects.create(
            code=c.code,
            name=c.ja,
            name_i18n={"en": c.en, "zh-hans": c.zh, "ko": c.ko},
            deadline_days=c.deadline_days,
            sort_order=order,
        )
        created += 1
    return created
