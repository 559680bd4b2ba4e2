"""Demo data for the open data catalog: datasets shaped like Minato City's, generated here.

Every dataset describes itself as demo data in its first sentence, and none reproduces a file
the city publishes: the places are real places of Minato City (港区, 全国地方公共団体コード
131032) with plausible addresses and coordinates, but the figures — populations, counts,
capacities, telephone numbers, opening hours — are generated from a seeded
``random.Random``, so the same data comes out on every run and every machine.

The six standard datasets follow ``madoguchi.opendata.standards`` column for column, so they
validate; two CSVs are written in CP932 (Shift_JIS) and the rest in UTF-8 with a byte order
mark, as municipal files are, so that the loader's decoding is exercised. One dataset is
JSON and one GeoJSON. The master plan indicators are the plan's own figures, read from the
copy the evaluation app ships (``madoguchi/evaluation/data``).

Pure Python, no database: ``DEMO_DATASETS`` and ``demo_groups()`` are data, and each
resource's ``content`` builds its bytes only when called.
"""

from __future__ import annotations

import csv
import datetime
import functools
import io
import itertools
import json
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from madoguchi.opendata.standards import (
    AED_LOCATIONS,
    AGE_BANDS,
    CHILDCARE_FACILITIES,
    EVACUATION_SITES,
    POPULATION_BY_AREA_AGE,
    PUBLIC_FACILITIES,
    PUBLIC_TOILETS,
    STANDARD_TAG,
    StandardSchema,
)

LG_CODE = "131032"
LG_NAME = "東京都港区"
SPATIAL = "東京都港区"
CITY_URL = "https://www.city.minato.tokyo.jp/"
LIBRARY_URL = "https://www.lib.city.minato.tokyo.jp/"

DEMO_NOTICE = "これはMadoguchiのデモ用に生成したデータで、港区の公式データではありません。"
DEMO_NOTICE_EN = (
    "This is demo data generated for Madoguchi's demonstration; it is not Minato City's "
    "official data."
)

FREQUENCIES = ("daily", "weekly", "monthly", "quarterly", "annual", "irregular")

DEMO_GROUPS: list[tuple[str, str, str]] = [
    ("bousai", "防災", "Disaster prevention"),
    ("kosodate", "子育て", "Child-rearing"),
    ("kenko", "健康・福祉", "Health and welfare"),
    ("kankyo", "環境", "Environment"),
    ("machi", "まちづくり", "Urban development"),
    ("jinkou", "人口・統計", "Population and statistics"),
    ("gyousei", "行政・財政", "Administration and finance"),
    ("kanko", "観光・文化", "Tourism and culture"),
]


@dataclass(frozen=True)
class DemoGroup:
    """A theme (CKAN group) of the demo catalog."""

    name: str
    title: str
    title_en: str


@dataclass(frozen=True)
class DemoResource:
    """A file of a demo dataset. ``content`` builds the bytes when called; ``encoding`` is
    the text encoding they are written in (``"utf-8-sig"``, ``"cp932"`` or ``"utf-8"``)."""

    name: str
    format: str
    description: str
    content: Callable[[], bytes]
    encoding: str = "utf-8"


@dataclass(frozen=True)
class DemoDataset:
    """A demo dataset in CKAN's terms: ``name`` is the URL slug, ``organization`` the code of
    a department in ``madoguchi.accounts.demo_departments``, ``groups`` slugs of
    ``DEMO_GROUPS``, ``standard`` the code of the standard it follows, if any."""

    name: str
    title: str
    title_en: str
    notes: str
    notes_en: str
    organization: str
    groups: list[str]
    tags: list[str]
    frequency: str
    temporal_start: datetime.date | None
    temporal_end: datetime.date | None
    spatial: str
    standard: str | None
    resources: list[DemoResource]


def demo_groups() -> list[DemoGroup]:
    """The themes of the demo catalog, in display order."""
    return [DemoGroup(name=n, title=t, title_en=e) for n, t, e in DEMO_GROUPS]


def _rng(seed: str) -> random.Random:
    """A generator of its own per dataset, so that adding one dataset changes no other."""
    return random.Random(f"madoguchi-demo:{seed}")  # noqa: S311 — reproducible demo figures, not secrets


# ---------------------------------------------------------------------------------------
# Writing files


def _csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]], *, encoding: str) -> bytes:
    """CSV as municipal files are written: CRLF line ends, every cell quoted only if needed."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def _standard_csv(
    schema: StandardSchema, records: Iterable[dict[str, object]], *, encoding: str
) -> bytes:
    """A standard dataset's CSV: every column of the standard, in its order; cells a record
    does not give are empty. A key that is not a column is a typo and fails loudly."""
    names = [column.name for column in schema.columns]
    rows = []
    for record in records:
        unknown = set(record) - set(names)
        if unknown:
            raise ValueError(f"Not columns of {schema.name}: {sorted(unknown)}")
        rows.append(["" if record.get(n) is None else record.get(n) for n in names])
    return _csv_bytes(names, rows, encoding=encoding)


def _json_bytes(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------------------
# Places of Minato City


@dataclass(frozen=True)
class _Place:
    """A real place of Minato City with a plausible (demo) address and position."""

    name: str
    kana: str
    en: str
    town: str  # 町字, as the address writes it: 芝公園一丁目
    banchi: str  # 番地以下: 5-25
    lat: float
    lon: float
    phone: str = ""
    building: str = ""
    kind: str = ""

    @property
    def address(self) -> str:
        return f"{LG_NAME}{self.town}{self.banchi}{self.building}"


def _address_cells(place: _Place) -> dict[str, object]:
    """The 正式版 address and position columns of a place."""
    return {
        "所在地_全国地方公共団体コード": LG_CODE,
        "所在地_連結表記": place.address,
        "所在地_都道府県": "東京都",
        "所在地_市区町村": "港区",
        "所在地_町字": place.town,
        "所在地_番地以下": place.banchi,
        "建物名等(方書)": place.building,
        "緯度": f"{place.lat:.6f}",
        "経度": f"{place.lon:.6f}",
    }


_OFFICE_DAYS = "月火水木金"

# fmt: off
FACILITIES: tuple[_Place, ...] = (
    _Place("港区役所", "ミナトクヤクショ", "Minato City Hall", "芝公園一丁目", "5-25", 35.658068,
        139.751599, "03-3578-2111", kind="庁舎"),
    _Place("芝地区総合支所", "シバチクソウゴウシショ", "Shiba Regional City Office",
        "芝公園一丁目", "5-25", 35.658068, 139.751599, "03-3578-3111", kind="庁舎"),
    _Place("麻布地区総合支所", "アザブチクソウゴウシショ", "Azabu Regional City Office",
        "六本木五丁目", "16-45", 35.657717, 139.734482, "03-5114-8811", kind="庁舎"),
    _Place("赤坂地区総合支所", "アカサカチクソウゴウシショ", "Akasaka Regional City Office",
        "赤坂四丁目", "18-13", 35.673712, 139.734904, "03-5413-7011", kind="庁舎"),
    _Place("高輪地区総合支所", "タカナワチクソウゴウシショ", "Takanawa Regional City Office",
        "高輪一丁目", "16-25", 35.639811, 139.73401, "03-5421-7611", kind="庁舎"),
    _Place("芝浦港南地区総合支所", "シバウラコウナンチクソウゴウシショ",
        "Shibaura-Konan Regional City Office", "芝浦一丁目", "16-1", 35.643021, 139.750012,
        "03-6400-0011", kind="庁舎"),
    _Place("麻布区民センター", "アザブクミンセンター", "Azabu Civic Center", "六本木五丁目",
        "16-45", 35.657717, 139.734482, "03-5114-8802", kind="区民センター"),
    _Place("赤坂区民センター", "アカサカクミンセンター", "Akasaka Civic Center", "赤坂四丁目",
        "18-13", 35.673712, 139.734904, "03-5413-2711", kind="区民センター"),
    _Place("高輪区民センター", "タカナワクミンセンター", "Takanawa Civic Center", "高輪一丁目",
        "16-25", 35.639811, 139.73401, "03-5421-7616", kind="区民センター"),
    _Place("芝浦港南区民センター", "シバウラコウナンクミンセンター", "Shibaura-Konan Civic Center",
        "芝浦一丁目", "16-1", 35.643021, 139.750012, "03-6400-0022", kind="区民センター"),
    _Place("港区スポーツセンター", "ミナトクスポーツセンター", "Minato City Sports Center",
        "芝浦一丁目", "16-1", 35.643021, 139.750012, "03-3452-4151", kind="スポーツ施設"),
    _Place("港区立生涯学習センター", "ミナトクリツショウガイガクシュウセンター",
        "Minato City Lifelong Learning Center", "新橋三丁目", "16-3", 35.66479, 139.75602,
        "03-3431-0213", kind="生涯学習施設"),
    _Place("みなと図書館", "ミナトトショカン", "Minato Library", "芝公園三丁目", "2-25", 35.65621,
        139.74852, "03-3437-6621", kind="図書館"),
    _Place("三田図書館", "ミタトショカン", "Mita Library", "芝五丁目", "28-4", 35.64782, 139.74681,
        "03-3452-4951", kind="図書館"),
    _Place("麻布図書館", "アザブトショカン", "Azabu Library", "南麻布五丁目", "8-20", 35.65023,
        139.72319, "03-3446-6571", kind="図書館"),
    _Place("赤坂図書館", "アカサカトショカン", "Akasaka Library", "南青山一丁目", "3-3", 35.67231,
        139.72371, "03-3408-5090", kind="図書館"),
    _Place("高輪図書館", "タカナワトショカン", "Takanawa Library", "高輪一丁目", "16-25",
        35.639811, 139.73401, "03-5421-7617", kind="図書館"),
    _Place("港南図書館", "コウナントショカン", "Konan Library", "港南三丁目", "3-7", 35.63162,
        139.74683, "03-3450-9901", kind="図書館"),
    _Place("港区立郷土歴史館", "ミナトクリツキョウドレキシカン",
        "Minato City Local History Museum", "白金台四丁目", "6-2", 35.63753, 139.72481,
        "03-6450-2107", kind="博物館"),
    _Place("みなと保健所", "ミナトホケンジョ", "Minato Public Health Center", "三田一丁目", "4-10",
        35.65082, 139.74501, "03-6400-0081", kind="保健所"),
    _Place("港区立男女平等参画センター", "ミナトクリツダンジョビョウドウサンカクセンター",
        "Minato Gender Equality Center", "芝浦一丁目", "16-1", 35.643021, 139.750012,
        "03-3456-4149", kind="生涯学習施設"),
    _Place("港区子ども家庭総合支援センター", "ミナトクコドモカテイソウゴウシエンセンター",
        "Minato Child and Family Support Center", "南青山五丁目", "7-11", 35.66321, 139.71172,
        "03-5962-6500", kind="福祉施設"),
    _Place("みなとリサイクル清掃事務所", "ミナトリサイクルセイソウジムショ",
        "Minato Recycling and Cleaning Office", "港南五丁目", "7-1", 35.62798, 139.75601,
        "03-3450-8025", kind="清掃施設"),
)
# fmt: on

# fmt: off
SCHOOLS: tuple[_Place, ...] = (
    _Place("御成門小学校", "オナリモンショウガッコウ", "Onarimon Elementary School",
        "芝公園三丁目", "2-3", 35.65702, 139.74961, "03-3431-3141", kind="低地外"),
    _Place("芝小学校", "シバショウガッコウ", "Shiba Elementary School", "芝二丁目", "24-9",
        35.64962, 139.75031, "03-3451-8435", kind="低地外"),
    _Place("赤羽小学校", "アカバネショウガッコウ", "Akabane Elementary School", "三田一丁目",
        "5-12", 35.65302, 139.74601, "03-3451-8431", kind="低地外"),
    _Place("御田小学校", "ミタショウガッコウ", "Mita Elementary School", "三田三丁目", "4-13",
        35.64661, 139.74172, "03-3451-7371", kind="低地外"),
    _Place("本村小学校", "ホンムラショウガッコウ", "Honmura Elementary School", "南麻布三丁目",
        "9-25", 35.64842, 139.72942, "03-3444-2051", kind="低地外"),
    _Place("南山小学校", "ナンザンショウガッコウ", "Nanzan Elementary School", "麻布台三丁目",
        "1-4", 35.65672, 139.73881, "03-3583-6861", kind="低地外"),
    _Place("東町小学校", "ヒガシチョウショウガッコウ", "Higashicho Elementary School",
        "南麻布一丁目", "5-26", 35.65162, 139.73511, "03-3453-2511", kind="低地"),
    _Place("麻布小学校", "アザブショウガッコウ", "Azabu Elementary School", "六本木五丁目", "1-1",
        35.65902, 139.73621, "03-3583-1821", kind="低地外"),
    _Place("赤坂小学校", "アカサカショウガッコウ", "Akasaka Elementary School", "赤坂八丁目",
        "5-9", 35.67102, 139.72981, "03-3405-4571", kind="低地外"),
    _Place("青山小学校", "アオヤマショウガッコウ", "Aoyama Elementary School", "南青山二丁目",
        "21-1", 35.67002, 139.72121, "03-3401-5181", kind="低地外"),
    _Place("青南小学校", "セイナンショウガッコウ", "Seinan Elementary School", "南青山四丁目",
        "16-7", 35.66192, 139.72001, "03-3407-9551", kind="低地外"),
    _Place("白金小学校", "シロカネショウガッコウ", "Shirokane Elementary School", "白金三丁目",
        "16-5", 35.64272, 139.73031, "03-3441-0301", kind="低地"),
    _Place("高輪台小学校", "タカナワダイショウガッコウ", "Takanawadai Elementary School",
        "高輪三丁目", "2-2", 35.63332, 139.73191, "03-3441-1861", kind="低地外"),
    _Place("白金の丘小学校", "シロカネノオカショウガッコウ", "Shirokane-no-Oka Elementary School",
        "白金二丁目", "1-3", 35.64412, 139.73381, "03-3443-0511", kind="低地外"),
    _Place("芝浦小学校", "シバウラショウガッコウ", "Shibaura Elementary School", "芝浦四丁目",
        "8-18", 35.64082, 139.75051, "03-3451-0551", kind="低地"),
    _Place("港南小学校", "コウナンショウガッコウ", "Konan Elementary School", "港南四丁目", "3-28",
        35.62852, 139.74971, "03-3471-0651", kind="低地"),
    _Place("港陽小学校", "コウヨウショウガッコウ", "Koyo Elementary School", "台場一丁目", "4-1",
        35.63082, 139.77661, "03-5500-2671", kind="低地"),
)
# fmt: on

# fmt: off
PARKS: tuple[_Place, ...] = (
    _Place("有栖川宮記念公園", "アリスガワノミヤキネンコウエン", "Arisugawa-no-miya Memorial Park",
        "南麻布五丁目", "7-29", 35.65182, 139.72431, "03-3441-9642", kind="地区公園"),
    _Place("檜町公園", "ヒノキチョウコウエン", "Hinokicho Park", "赤坂九丁目", "7-9", 35.66611,
        139.73241, "03-5413-7011", kind="近隣公園"),
    _Place("亀塚公園", "カメヅカコウエン", "Kamezuka Park", "三田四丁目", "16-20", 35.64261,
        139.73881, "03-5421-7611", kind="近隣公園"),
    _Place("乃木公園", "ノギコウエン", "Nogi Park", "赤坂八丁目", "11-32", 35.67002, 139.72801,
        "03-5413-7011", kind="街区公園"),
    _Place("芝浦中央公園", "シバウラチュウオウコウエン", "Shibaura Central Park", "港南一丁目",
        "3-1", 35.63122, 139.74251, "03-6400-0011", kind="近隣公園"),
    _Place("港南緑水公園", "コウナンリョクスイコウエン", "Konan Ryokusui Park", "港南四丁目",
        "7-1", 35.62802, 139.75101, "03-6400-0011", kind="近隣公園"),
    _Place("高輪森の公園", "タカナワモリノコウエン", "Takanawa Mori-no-Koen Park", "高輪三丁目",
        "18-1", 35.63422, 139.73661, "03-5421-7611", kind="街区公園"),
    _Place("三田台公園", "ミタダイコウエン", "Mitadai Park", "三田四丁目", "7-1", 35.64461,
        139.73901, "03-5421-7611", kind="街区公園"),
    _Place("桜田公園", "サクラダコウエン", "Sakurada Park", "新橋四丁目", "30-2", 35.66302,
        139.75681, "03-3578-3111", kind="街区公園"),
    _Place("西桜公園", "ニシサクラコウエン", "Nishisakura Park", "西新橋二丁目", "18-1", 35.66621,
        139.75111, "03-3578-3111", kind="街区公園"),
    _Place("麻布運動場", "アザブウンドウジョウ", "Azabu Sports Ground", "南麻布四丁目", "6-1",
        35.64801, 139.72721, "03-5114-8811", kind="運動公園"),
    _Place("台場区民公園", "ダイバクミンコウエン", "Daiba Civic Park", "台場一丁目", "6-1",
        35.63181, 139.77481, "03-6400-0011", kind="街区公園"),
)
# fmt: on

# fmt: off
WIDE_AREAS: tuple[_Place, ...] = (
    _Place("芝公園一帯", "シバコウエンイッタイ", "Shiba Park area", "芝公園四丁目", "10-17",
        35.65521, 139.74881, "03-3578-2111", kind="広域"),
    _Place("青山墓地一帯", "アオヤマボチイッタイ", "Aoyama Cemetery area", "南青山二丁目", "32-2",
        35.66631, 139.72201, "03-3578-2111", kind="広域"),
    _Place("有栖川宮記念公園一帯", "アリスガワノミヤキネンコウエンイッタイ",
        "Arisugawa-no-miya Memorial Park area", "南麻布五丁目", "7-29", 35.65182, 139.72431,
        "03-3578-2111", kind="広域"),
    _Place("自然教育園・東京大学医科学研究所一帯",
        "シゼンキョウイクエン・トウキョウダイガクイカガクケンキュウジョイッタイ",
        "Institute for Nature Study area", "白金台五丁目", "21-5", 35.63721, 139.72071,
        "03-3578-2111", kind="広域"),
    _Place("お台場海浜公園一帯", "オダイバカイヒンコウエンイッタイ", "Odaiba Marine Park area",
        "台場一丁目", "4-1", 35.62971, 139.77701, "03-3578-2111", kind="広域"),
)
# fmt: on


# ---------------------------------------------------------------------------------------
# 公共施設一覧 (standard)


def _public_facilities_csv() -> bytes:
    rng = _rng("public-facilities")
    records = []
    for number, place in enumerate(FACILITIES, start=1):
        office = place.kind in ("庁舎", "保健所", "清掃施設")
        opens, closes = ("08:30", "17:00") if office else ("09:00", rng.choice(("20:00", "21:00")))
        records.append(
            {
                "全国地方公共団体コード": LG_CODE,
                "ID": f"PF{number:04d}",
                "地方公共団体名": LG_NAME,
                "名称": place.name,
                "名称_カナ": place.kana,
                "名称_英字": place.en,
                **_address_cells(place),
                "電話番号": place.phone,
                "団体名": LG_NAME,
                "利用可能曜日": _OFFICE_DAYS if office else "月火水木金土日",
                "開始時間": opens,
                "終了時間": closes,
                "利用可能日時特記事項": "祝日・年末年始を除く"
                if office
                else "年末年始、施設点検日は休館",
                "説明": place.kind,
                "バリアフリー情報": rng.choice(
                    ("車椅子使用者用トイレ、エレベーターあり", "エレベーターあり", "段差なし")
                ),
                "URL": CITY_URL,
                "備考": DEMO_NOTICE,
            }
        )
    return _standard_csv(PUBLIC_FACILITIES, records, encoding="utf-8-sig")


# ---------------------------------------------------------------------------------------
# AED設置箇所一覧 (standard, CP932)


def _aed_csv() -> bytes:
    rng = _rng("aed-locations")
    spots = ("1階 正面玄関横", "1階 総合案内", "2階 事務室前", "地下1階 エレベーターホール")
    records = []
    number = 0
    for place in (*FACILITIES, *SCHOOLS):
        school = place in SCHOOLS
        for spot in (
            ("1階 職員室前", "体育館入口") if school else rng.sample(spots, k=rng.choice((1, 2)))
        ):
            number += 1
            floor = spot.split(" ")[0] if not school else "1階"
            records.append(
                {
                    "全国地方公共団体コード": LG_CODE,
                    "ID": f"AED{number:04d}",
                    "地方公共団体名": LG_NAME,
                    "名称": place.name,
                    "名称_カナ": place.kana,
                    "名称_英字": place.en,
                    **_address_cells(place),
                    "高度の種別": "階数",
                    "高度の値": {"地下1階": "-1", "2階": "2"}.get(floor, "1"),
                    "設置位置": spot,
                    "電話番号": place.phone,
                    "団体名": LG_NAME,
                    "利用可能曜日": "月火水木金" if school else "月火水木金土日",
                    "開始時間": "08:00" if school else "08:30",
                    "終了時間": "17:00" if school else "21:00",
                    "利用可能日時特記事項": "学校の開校時のみ使用可"
                    if school
                    else "施設の開館時間内のみ使用可",
                    "小児対応設備の有無": rng.choice(("有", "有", "無")),
                    "URL": CITY_URL,
                    "備考": "",
                }
            )
    return _standard_csv(AED_LOCATIONS, records, encoding="cp932")


# ---------------------------------------------------------------------------------------
# 指定緊急避難場所一覧 (standard)

_DISASTERS = (
    "洪水",
    "崖崩れ、土石流及び地滑り",
    "高潮",
    "地震",
    "津波",
    "大規模な火事",
    "内水氾濫",
    "火山現象",
)


def _evacuation_sites_csv() -> bytes:
    rng = _rng("evacuation-sites")
    records = []
    for number, place in enumerate((*SCHOOLS, *WIDE_AREAS), start=1):
        school = place in SCHOOLS
        lowland = place.kind == "低地"
        safe_from = {
            "洪水": not lowland,
            "崖崩れ、土石流及び地滑り": True,
            "高潮": not lowland,
            "地震": True,
            "津波": not lowland or place.name == "港陽小学校",
            "大規模な火事": place.kind == "広域",
            "内水氾濫": not lowland,
            "火山現象": True,
        }
        record: dict[str, object] = {
            "全国地方公共団体コード": LG_CODE,
            "ID": f"EV{number:04d}",
            "名称": place.name,
            "名称_カナ": place.kana,
            "名称_英字": place.en,
            **_address_cells(place),
            "標高": f"{rng.uniform(2.0, 4.5) if lowland else rng.uniform(8.0, 32.0):.1f}",
            "電話番号": place.phone,
            "市区町村コード": LG_CODE,
            "地方公共団体名": LG_NAME,
            "指定避難所との重複": "1" if school else "",
            "想定収容人数": rng.randrange(700, 2200, 10)
            if school
            else rng.randrange(40000, 160000, 1000),
            "対象となる町会・自治会": f"{_town_base(place.town)}地区の町会・自治会"
            if school
            else "",
            "URL": CITY_URL,
            "備考": "学校の校庭・体育館" if school else "広域避難場所",
        }
        for disaster in _DISASTERS:
            record[f"災害種別_{disaster}"] = "1" if safe_from[disaster] else ""
        records.append(record)
    return _standard_csv(EVACUATION_SITES, records, encoding="utf-8-sig")


def _shelters_geojson() -> bytes:
    rng = _rng("evacuation-shelters")
    features = []
    shelters = [(p, "指定避難所") for p in SCHOOLS] + [
        (p, "福祉避難所") for p in FACILITIES if p.kind == "区民センター"
    ]
    for number, (place, kind) in enumerate(shelters, start=1):
        features.append(
            {
                "type": "Feature",
                "id": f"SH{number:04d}",
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(place.lon, 6), round(place.lat, 6)],
                },
                "properties": {
                    "名称": place.name,
                    "名称_英字": place.en,
                    "種別": kind,
                    "所在地_連結表記": place.address,
                    "想定収容人数": rng.randrange(300, 1500, 10)
                    if kind == "指定避難所"
                    else rng.randrange(40, 120, 5),
                    "電話番号": place.phone,
                    "全国地方公共団体コード": LG_CODE,
                },
            }
        )
    collection = {
        "type": "FeatureCollection",
        "name": "港区 避難所（デモデータ）",
        "description": DEMO_NOTICE,
        "features": features,
    }
    return _json_bytes(collection)


# ---------------------------------------------------------------------------------------
# 子育て施設一覧 (standard)

# fmt: off
CHILDCARE: tuple[_Place, ...] = (
    _Place("芝保育園", "シバホイクエン", "Shiba Nursery School", "芝五丁目", "18-2", 35.64692,
        139.74601, "03-3453-1541", kind="認可保育所"),
    _Place("神明保育園", "シンメイホイクエン", "Shinmei Nursery School", "浜松町一丁目", "6-7",
        35.65901, 139.75602, "03-3431-4771", kind="認可保育所"),
    _Place("西麻布保育園", "ニシアザブホイクエン", "Nishi-Azabu Nursery School", "西麻布二丁目",
        "13-8", 35.65892, 139.72431, "03-3409-5911", kind="認可保育所"),
    _Place("南麻布保育園", "ミナミアザブホイクエン", "Minami-Azabu Nursery School", "南麻布四丁目",
        "6-6", 35.64701, 139.72802, "03-3444-3441", kind="認可保育所"),
    _Place("赤坂保育園", "アカサカホイクエン", "Akasaka Nursery School", "赤坂六丁目", "4-15",
        35.67201, 139.73451, "03-3583-6521", kind="認可保育所"),
    _Place("南青山保育園", "ミナミアオヤマホイクエン", "Minami-Aoyama Nursery School",
        "南青山四丁目", "9-25", 35.66322, 139.71901, "03-3401-6741", kind="認可保育所"),
    _Place("白金保育園", "シロカネホイクエン", "Shirokane Nursery School", "白金四丁目", "10-18",
        35.64252, 139.72551, "03-3441-7651", kind="認可保育所"),
    _Place("高輪保育園", "タカナワホイクエン", "Takanawa Nursery School", "高輪二丁目", "6-16",
        35.63782, 139.73701, "03-3441-3091", kind="認可保育所"),
    _Place("港南保育園", "コウナンホイクエン", "Konan Nursery School", "港南四丁目", "1-9",
        35.62901, 139.74901, "03-3471-8461", kind="認可保育所"),
    _Place("芝浦アイランドこども園", "シバウラアイランドコドモエン",
        "Shibaura Island Children's Center", "芝浦四丁目", "20-1", 35.63982, 139.75401,
        "03-5443-7361", kind="認定こども園"),
    _Place("麻布子ども中高生プラザ", "アザブコドモチュウコウセイプラザ", "Azabu Youth Plaza",
        "南麻布四丁目", "6-7", 35.64732, 139.72782, "03-5449-4671", kind="児童館"),
    _Place("赤坂子ども中高生プラザ", "アカサカコドモチュウコウセイプラザ", "Akasaka Youth Plaza",
        "赤坂八丁目", "10-46", 35.67052, 139.72881, "03-3408-4108", kind="児童館"),
    _Place("高輪子ども中高生プラザ", "タカナワコドモチュウコウセイプラザ", "Takanawa Youth Plaza",
        "高輪一丁目", "4-10", 35.64102, 139.73641, "03-3441-3181", kind="児童館"),
    _Place("港南子ども中高生プラザ", "コウナンコドモチュウコウセイプラザ", "Konan Youth Plaza",
        "港南三丁目", "3-7", 35.63162, 139.74683, "03-3450-9831", kind="児童館"),
    _Place("芝浦アイランド児童高齢者交流プラザ",
        "シバウラアイランドジドウコウレイシャコウリュウプラザ",
        "Shibaura Island Children and Seniors Plaza", "芝浦四丁目", "20-1", 35.63982, 139.75401,
        "03-5443-7364", kind="児童館"),
    _Place("子育てひろば あっぴい", "コソダテヒロバ アッピイ", "Kosodate Hiroba Appii",
        "南青山五丁目", "7-11", 35.66321, 139.71172, "03-5962-6501", kind="子育てひろば"),
)
# fmt: on


def _childcare_csv() -> bytes:
    rng = _rng("childcare-facilities")
    records = []
    for number, place in enumerate(CHILDCARE, start=1):
        nursery = place.kind in ("認可保育所", "認定こども園")
        records.append(
            {
                "全国地方公共団体コード": LG_CODE,
                "ID": f"CC{number:04d}",
                "地方公共団体名": LG_NAME,
                "名称": place.name,
                "名称_カナ": place.kana,
                "名称_英字": place.en,
                "種別": place.kind,
                **_address_cells(place),
                "電話番号": place.phone,
                "団体名": LG_NAME,
                "許可等年月日": datetime.date(
                    rng.randint(1965, 2015), rng.randint(1, 12), 1
                ).isoformat()
                if nursery
                else "",
                "収容定員": rng.randrange(60, 190, 5) if nursery else "",
                "受入年齢": "0歳（生後57日）～5歳" if nursery else "0歳～18歳",
                "利用可能曜日": "月火水木金土" if nursery else "月火水木金土日",
                "開始時間": "07:30" if nursery else "09:30",
                "終了時間": rng.choice(("18:30", "19:30")) if nursery else "19:00",
                "利用可能日時特記事項": "日曜・祝日・年末年始は休園"
                if nursery
                else "年末年始は休館",
                "一時預かりの有無": rng.choice(("有", "無")) if nursery else "無",
                "URL": CITY_URL,
                "備考": "",
            }
        )
    return _standard_csv(CHILDCARE_FACILITIES, records, encoding="utf-8-sig")


# ---------------------------------------------------------------------------------------
# 地域・年齢別人口 (standard)

_NUMERALS = "一二三四五六七八九"


def _town_base(town: str) -> str:
    """The town without its 丁目: 芝公園三丁目 → 芝公園."""
    if town.endswith("丁目") and town[-3] in _NUMERALS:
        return town[:-3]
    return town


def _chome(base: str, count: int, *, start: int = 1) -> list[str]:
    return [f"{base}{_NUMERALS[n - 1]}丁目" for n in range(start, start + count)]


# The five areas (地区) of the city and their towns (町丁目), and each area's population,
# roughly the city's in 2025 (265,000 in all).
DISTRICTS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    (
        "芝地区",
        46_000,
        (
            *_chome("芝", 5),
            *_chome("芝公園", 4),
            *_chome("芝大門", 2),
            *_chome("浜松町", 2),
            "海岸一丁目",
            *_chome("東新橋", 2),
            *_chome("新橋", 6),
            *_chome("西新橋", 3),
            *_chome("虎ノ門", 5),
            *_chome("愛宕", 2),
            *_chome("三田", 2, start=2),
        ),
    ),
    (
        "麻布地区",
        61_000,
        (
            *_chome("麻布台", 3),
            "麻布狸穴町",
            "麻布永坂町",
            *_chome("六本木", 7),
            *_chome("西麻布", 4),
            *_chome("元麻布", 3),
            *_chome("南麻布", 5),
            *_chome("麻布十番", 4),
            *_chome("東麻布", 3),
            "三田一丁目",
        ),
    ),
    (
        "赤坂地区",
        39_000,
        (*_chome("赤坂", 9), *_chome("元赤坂", 2), *_chome("南青山", 7), *_chome("北青山", 3)),
    ),
    (
        "高輪地区",
        60_000,
        (*_chome("高輪", 4), *_chome("白金", 6), *_chome("白金台", 5), *_chome("三田", 2, start=4)),
    ),
    (
        "芝浦港南地区",
        59_000,
        (*_chome("芝浦", 4), *_chome("海岸", 2, start=2), *_chome("港南", 5), *_chome("台場", 2)),
    ),
)

# The city's age structure, in per cent of residents per 5-year band (many residents in
# their thirties and forties, many young children), and the share of women in each band.
# fmt: off
_AGE_SHARE = (
    5.2, 5.4, 4.9, 3.7, 3.9, 6.4, 8.0, 8.8, 9.0, 8.9, 8.1, 6.5, 4.8, 3.8, 3.7, 3.2, 2.6, 2.9,
)
_FEMALE_SHARE = (
    0.49, 0.49, 0.49, 0.50, 0.53, 0.54, 0.53, 0.52, 0.51, 0.51,
    0.51, 0.51, 0.52, 0.53, 0.55, 0.57, 0.60, 0.68,
)
# fmt: on
POPULATION_DATE = datetime.date(2025, 1, 1)


@dataclass(frozen=True)
class _AreaCounts:
    code: str
    name: str
    district: str
    males: tuple[int, ...]
    females: tuple[int, ...]
    households: int

    @property
    def total(self) -> int:
        return sum(self.males) + sum(self.females)


@functools.cache
def _town_counts() -> tuple[_AreaCounts, ...]:
    """Each town's residents by age band and sex, and its households."""
    rng = _rng("population-by-area-age")
    towns = []
    share_sum = sum(_AGE_SHARE)
    for d, (district, population, names) in enumerate(DISTRICTS, start=1):
        weights = [rng.uniform(0.25, 1.75) for _ in names]
        scale = population / sum(weights)
        for t, (name, weight) in enumerate(zip(names, weights, strict=True), start=1):
            size = weight * scale
            males: list[int] = []
            females: list[int] = []
            for share, female in zip(_AGE_SHARE, _FEMALE_SHARE, strict=True):
                band = size * share / share_sum * rng.uniform(0.85, 1.15)
                females.append(round(band * female))
                males.append(round(band * (1 - female)))
            total = sum(males) + sum(females)
            towns.append(
                _AreaCounts(
                    code=f"{d}{t:03d}",
                    name=name,
                    district=district,
                    males=tuple(males),
                    females=tuple(females),
                    households=round(total / rng.uniform(1.75, 2.05)),
                )
            )
    return tuple(towns)


def _district_counts() -> list[_AreaCounts]:
    areas = []
    for d, (district, _population, _names) in enumerate(DISTRICTS, start=1):
        towns = [t for t in _town_counts() if t.district == district]
        areas.append(
            _AreaCounts(
                code=str(d),
                name=district,
                district=district,
                males=tuple(sum(col) for col in zip(*(t.males for t in towns), strict=True)),
                females=tuple(sum(col) for col in zip(*(t.females for t in towns), strict=True)),
                households=sum(t.households for t in towns),
            )
        )
    return areas


def _population_record(area: _AreaCounts) -> dict[str, object]:
    record: dict[str, object] = {
        "全国地方公共団体コード": LG_CODE,
        "地域コード": area.code,
        "地方公共団体名": LG_NAME,
        "調査年月日": POPULATION_DATE.isoformat(),
        "地域名": area.name,
        "総人口": area.total,
        "男性": sum(area.males),
        "女性": sum(area.females),
        "世帯数": area.households,
        "備考": "" if area.name == area.district else area.district,
    }
    for band, male, female in zip(AGE_BANDS, area.males, area.females, strict=True):
        record[f"{band}の男性"] = male
        record[f"{band}の女性"] = female
    return record


def _population_towns_csv() -> bytes:
    records = [_population_record(a) for a in _town_counts()]
    return _standard_csv(POPULATION_BY_AREA_AGE, records, encoding="utf-8-sig")


def _population_districts_csv() -> bytes:
    records = [_population_record(a) for a in _district_counts()]
    return _standard_csv(POPULATION_BY_AREA_AGE, records, encoding="utf-8-sig")


# ---------------------------------------------------------------------------------------
# 世帯数・人口の推移 (monthly) and 外国人住民数 (by nationality)

# (month, Japanese residents, foreign residents): the shape of the last years — growth, the
# fall of 2020–2021 as foreign residents left, and the recovery since.
_TREND_POINTS = (
    (datetime.date(2019, 1, 1), 238_900, 20_300),
    (datetime.date(2020, 4, 1), 241_800, 21_000),
    (datetime.date(2022, 1, 1), 238_400, 17_300),
    (datetime.date(2023, 1, 1), 240_300, 19_000),
    (datetime.date(2024, 1, 1), 242_000, 20_500),
    (datetime.date(2025, 3, 1), 243_900, 21_500),
)


def _months(start: datetime.date, end: datetime.date) -> list[datetime.date]:
    months = []
    month = start
    while month <= end:
        months.append(month)
        month = datetime.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return months


def _trend(month: datetime.date) -> tuple[float, float]:
    """Japanese and foreign residents at ``month``, interpolated between the points."""
    for (d0, j0, f0), (d1, j1, f1) in itertools.pairwise(_TREND_POINTS):
        if d0 <= month <= d1:
            x = (month - d0).days / (d1 - d0).days
            return j0 + (j1 - j0) * x, f0 + (f1 - f0) * x
    raise ValueError(f"{month} is outside the trend.")


def _households_trend_csv() -> bytes:
    rng = _rng("population-households-monthly")
    rows: list[list[object]] = []
    previous: int | None = None
    for month in _months(_TREND_POINTS[0][0], _TREND_POINTS[-1][0]):
        japanese, foreign = _trend(month)
        japanese_n = round(japanese + rng.gauss(0, 120))
        foreign_n = round(foreign + rng.gauss(0, 60))
        total = japanese_n + foreign_n
        households = round(total / (1.83 - (month.year - 2019) * 0.01))
        change = "" if previous is None else total - previous
        rows.append([month.isoformat(), total, japanese_n, foreign_n, households, change])
        previous = total
    header = ["年月日", "総人口", "日本人", "外国人", "世帯数", "前月比"]
    return _csv_bytes(header, rows, encoding="utf-8-sig")


_NATIONALITIES = (
    ("中国", 24.0), ("韓国", 13.5), ("米国", 14.0), ("インド", 6.0), ("フランス", 4.5),
    ("英国", 4.5), ("フィリピン", 4.0), ("台湾", 3.5), ("オーストラリア", 2.5), ("ベトナム", 2.0),
    ("ドイツ", 2.0), ("カナダ", 1.5), ("その他", 18.0),
)  # fmt: skip


def _foreign_residents_csv() -> bytes:
    rng = _rng("foreign-residents-by-nationality")
    rows: list[list[object]] = []
    for year in range(2020, 2026):
        day = datetime.date(year, 1, 1)
        _japanese, foreign = _trend(day)
        weights = [share * rng.uniform(0.9, 1.1) for _name, share in _NATIONALITIES]
        scale = foreign / sum(weights)
        counts = [round(w * scale) for w in weights]
        for (name, _share), count in zip(_NATIONALITIES, counts, strict=True):
            rows.append([day.isoformat(), name, count])
        rows.append([day.isoformat(), "合計", sum(counts)])
    return _csv_bytes(["年月日", "国籍・地域", "人数"], rows, encoding="utf-8-sig")


# ---------------------------------------------------------------------------------------
# The master plan's indicators (facts from the plan)


def _master_plan_csv() -> bytes:
    """The plan's indicator table, as the evaluation app ships it (UTF-8), with a BOM."""
    source = resources.files("madoguchi.evaluation").joinpath("data/master_plan_indicators.csv")
    return source.read_text(encoding="utf-8").replace("\r\n", "\n").encode("utf-8-sig")


# ---------------------------------------------------------------------------------------
# 公衆トイレ一覧 (standard)

# fmt: off
TOILETS: tuple[_Place, ...] = (
    *(p for p in PARKS if p.kind != '運動公園'),
    _Place("新橋駅前公衆便所", "シンバシエキマエコウシュウベンジョ",
        "Shimbashi Station Public Toilet", "新橋二丁目", "20", 35.66611, 139.75781, "03-3578-2111",
        kind="駅前"),
    _Place("浜松町駅前公衆便所", "ハママツチョウエキマエコウシュウベンジョ",
        "Hamamatsucho Station Public Toilet", "浜松町二丁目", "4", 35.65531, 139.75701,
        "03-3578-2111", kind="駅前"),
    _Place("田町駅東口公衆便所", "タマチエキヒガシグチコウシュウベンジョ",
        "Tamachi Station East Exit Public Toilet", "芝浦三丁目", "1", 35.64581, 139.74811,
        "03-3578-2111", kind="駅前"),
    _Place("品川駅港南口公衆便所", "シナガワエキコウナングチコウシュウベンジョ",
        "Shinagawa Station Konan Exit Public Toilet", "港南二丁目", "14", 35.62891, 139.74041,
        "03-3578-2111", kind="駅前"),
)
# fmt: on


def _public_toilets_csv() -> bytes:
    rng = _rng("public-toilets")
    records = []
    for number, place in enumerate(TOILETS, start=1):
        male_urinal, male_japanese, male_western = (
            rng.randint(1, 4),
            rng.randint(0, 1),
            rng.randint(1, 3),
        )
        female_japanese, female_western = rng.randint(0, 1), rng.randint(2, 5)
        station = place.kind == "駅前"
        records.append(
            {
                "全国地方公共団体コード": LG_CODE,
                "ID": f"WC{number:04d}",
                "地方公共団体名": LG_NAME,
                "名称": place.name,
                "名称_カナ": place.kana,
                "名称_英語": place.en,
                **_address_cells(place),
                "設置位置": "駅前広場"
                if station
                else rng.choice(("公園入口横", "広場北側", "園内中央")),
                "男性トイレ総数": male_urinal + male_japanese + male_western,
                "男性トイレ数（小便器）": male_urinal,
                "男性トイレ数（和式）": male_japanese,
                "男性トイレ数（洋式）": male_western,
                "女性トイレ総数": female_japanese + female_western,
                "女性トイレ数（和式）": female_japanese,
                "女性トイレ数（洋式）": female_western,
                "男女共用トイレ総数": 0,
                "男女共用トイレ数（和式）": 0,
                "男女共用トイレ数（洋式）": 0,
                "バリアフリートイレ数": 1,
                "車椅子使用者用トイレ有無": "有",
                "乳幼児用設備設置トイレ有無": rng.choice(("有", "無")),
                "オストメイト設置トイレ有無": rng.choice(("有", "有", "無")),
                "利用開始時間": "00:00" if station else "07:00",
                "利用終了時間": "24:00" if station else "21:00",
                "利用可能時間特記事項": "" if station else "公園の開園時間に準じる",
                "備考": "",
            }
        )
    return _standard_csv(PUBLIC_TOILETS, records, encoding="utf-8-sig")


# ---------------------------------------------------------------------------------------
# Non-standard lists: 駐輪場 (CP932), 図書館, 公園, 文化財, 観光スポット

# fmt: off
_BICYCLE_PARKING = (
    ("田町駅東口自転車駐車場", "芝浦三丁目", "1-21", 35.64541, 139.74881),
    ("田町駅西口自転車駐車場", "芝五丁目", "33-8", 35.64602, 139.74631),
    ("品川駅港南口自転車駐車場", "港南二丁目", "16-4", 35.62831, 139.74151),
    ("浜松町駅自転車駐車場", "浜松町二丁目", "3-1", 35.65561, 139.75631),
    ("新橋駅自転車駐車場", "新橋二丁目", "9-1", 35.66581, 139.75701),
    ("六本木駅自転車駐車場", "六本木六丁目", "1-1", 35.66301, 139.73191),
    ("麻布十番駅自転車駐車場", "麻布十番一丁目", "4-6", 35.65461, 139.73711),
    ("白金高輪駅自転車駐車場", "高輪一丁目", "3-13", 35.64281, 139.73431),
    ("赤坂駅自転車駐車場", "赤坂五丁目", "3-1", 35.67241, 139.73621),
    ("青山一丁目駅自転車駐車場", "南青山一丁目", "1-1", 35.67291, 139.72421),
    ("表参道駅自転車駐車場", "北青山三丁目", "6-12", 35.66541, 139.71251),
    ("三田駅自転車駐車場", "芝五丁目", "34-7", 35.64811, 139.74771),
    ("芝浦ふ頭駅自転車駐車場", "海岸三丁目", "22-8", 35.63841, 139.75681),
    ("お台場海浜公園駅自転車駐車場", "台場一丁目", "4-2", 35.62951, 139.77831),
    ("高輪台駅自転車駐車場", "高輪三丁目", "10-5", 35.63181, 139.73041),
)
# fmt: on


def _bicycle_parking_csv() -> bytes:
    rng = _rng("bicycle-parking")
    rows: list[list[object]] = []
    for number, (name, town, banchi, lat, lon) in enumerate(_BICYCLE_PARKING, start=1):
        bicycles = rng.randrange(120, 1200, 10)
        rows.append(
            [
                f"BP{number:03d}",
                name,
                f"{LG_NAME}{town}{banchi}",
                f"{lat:.6f}",
                f"{lon:.6f}",
                bicycles,
                rng.randrange(0, 60, 5),
                "04:30～翌01:00" if rng.random() < 0.6 else "00:00～24:00",
                100,
                rng.choice((1800, 2000, 2200)),
                "有" if rng.random() < 0.7 else "無",
                "最初の2時間は無料",
            ]
        )
    header = [
        "ID",
        "名称",
        "所在地_連結表記",
        "緯度",
        "経度",
        "収容台数_自転車",
        "収容台数_原付",
        "利用時間",
        "一時利用料金（円/日）",
        "定期利用料金（円/月）",
        "屋根の有無",
        "備考",
    ]
    return _csv_bytes(header, rows, encoding="cp932")


def _libraries_csv() -> bytes:
    rng = _rng("libraries")
    rows: list[list[object]] = []
    for place in (p for p in FACILITIES if p.kind == "図書館"):
        rows.append(
            [
                place.name,
                place.en,
                place.address,
                f"{place.lat:.6f}",
                f"{place.lon:.6f}",
                place.phone,
                "09:00-20:00",
                "09:00-17:00" if place.name != "みなと図書館" else "09:00-19:00",
                "第3木曜日（祝日の場合は翌日）、年末年始、特別整理期間",
                rng.randrange(120_000, 480_000, 1000),
                rng.randint(40, 220),
                LIBRARY_URL,
            ]
        )
    header = [
        "名称",
        "名称_英字",
        "所在地_連結表記",
        "緯度",
        "経度",
        "電話番号",
        "開館時間_平日",
        "開館時間_土日祝",
        "休館日",
        "蔵書数",
        "閲覧席数",
        "URL",
    ]
    return _csv_bytes(header, rows, encoding="utf-8-sig")


def _parks_csv() -> bytes:
    rng = _rng("parks")
    rows: list[list[object]] = []
    for number, place in enumerate(PARKS, start=1):
        area = {"地区公園": 67_000, "運動公園": 12_000, "近隣公園": 15_000}.get(place.kind, 3_500)
        rows.append(
            [
                f"PK{number:03d}",
                place.name,
                place.kana,
                place.kind,
                place.address,
                f"{place.lat:.6f}",
                f"{place.lon:.6f}",
                round(area * rng.uniform(0.6, 1.2)),
                datetime.date(rng.randint(1934, 2012), rng.randint(1, 12), 1).isoformat(),
                "有",
                "無" if place.kind in ("運動公園",) else "有",
                place.phone,
            ]
        )
    header = [
        "ID",
        "名称",
        "名称_カナ",
        "種別",
        "所在地_連結表記",
        "緯度",
        "経度",
        "面積（平方メートル）",
        "開園年月日",
        "トイレ",
        "遊具",
        "問い合わせ先電話番号",
    ]
    return _csv_bytes(header, rows, encoding="utf-8-sig")


# fmt: off
_CULTURAL_PROPERTIES = (
    ("増上寺三解脱門", "ゾウジョウジサンゲダツモン", "国指定", "重要文化財（建造物）",
     "芝公園四丁目", "7-35", 35.65742, 139.74861, "1915-08-10",
     "江戸時代初期に再建された三間二階二重門。"),
    ("旧芝離宮庭園", "キュウシバリキュウテイエン", "国指定", "名勝", "海岸一丁目", "4-1", 35.65532,
     139.75731, "1979-06-26", "江戸時代初期の大名庭園の面影を残す回遊式泉水庭園。"),
    ("高輪大木戸跡", "タカナワオオキドアト", "国指定", "史跡", "高輪二丁目", "19", 35.63952,
     139.74061, "1928-02-07", "江戸の南の入口に設けられた大木戸の石垣。"),
    ("東禅寺（最初のイギリス公使館跡）", "トウゼンジ（サイショノイギリスコウシカンアト）",
     "国指定", "史跡", "高輪三丁目", "16-16", 35.63922, 139.73351, "2010-02-22",
     "幕末に最初のイギリス公使館が置かれた寺院。"),
    ("善福寺のイチョウ", "ゼンプクジノイチョウ", "国指定", "天然記念物", "元麻布一丁目", "6-21",
     35.65432, 139.73171, "1938-12-14", "「逆さイチョウ」とも呼ばれる大イチョウ。"),
    ("芝丸山古墳", "シバマルヤマコフン", "都指定", "史跡", "芝公園四丁目", "8", 35.65652,
     139.74791, "1979-03-31", "都内有数の規模をもつ前方後円墳。"),
    ("赤穂義士墓所", "アコウギシボショ", "都指定", "旧跡", "高輪二丁目", "11-1", 35.63802,
     139.74001, "1955-03-28", "泉岳寺にある浅野長矩と赤穂義士の墓所。"),
    ("氷川神社社殿", "ヒカワジンジャシャデン", "都指定", "有形文化財（建造物）", "赤坂六丁目",
     "10-12", 35.66992, 139.73651, "1952-11-03", "江戸時代中期に建立された社殿。"),
    ("旧公衆衛生院", "キュウコウシュウエイセイイン", "区指定", "有形文化財（建造物）",
     "白金台四丁目", "6-2", 35.63753, 139.72481, "2019-03-29",
     "昭和13年竣工の建物。現在は港区立郷土歴史館として利用。"),
    ("亀塚", "カメヅカ", "区指定", "史跡", "三田四丁目", "16-20", 35.64261, 139.73881,
     "1985-05-14", "亀塚公園内に残る塚。"),
    ("乃木希典邸", "ノギマレスケテイ", "区指定", "有形文化財（建造物）", "赤坂八丁目", "11-32",
     35.67002, 139.72801, "1991-04-01", "明治期の軍人乃木希典の旧邸と馬小屋。"),
)
# fmt: on


def _cultural_properties_csv() -> bytes:
    rows: list[list[object]] = []
    for number, (name, kana, level, kind, town, banchi, lat, lon, day, summary) in enumerate(
        _CULTURAL_PROPERTIES, start=1
    ):
        rows.append(
            [
                f"CP{number:03d}",
                name,
                kana,
                level,
                kind,
                f"{LG_NAME}{town}{banchi}",
                f"{lat:.6f}",
                f"{lon:.6f}",
                day,
                summary,
            ]
        )
    header = [
        "ID",
        "名称",
        "名称_カナ",
        "文化財分類",
        "種類",
        "所在地_連結表記",
        "緯度",
        "経度",
        "文化財指定日",
        "概要",
    ]
    return _csv_bytes(header, rows, encoding="utf-8-sig")


# fmt: off
_TOURIST_SPOTS = (
    ("東京タワー", "Tokyo Tower", "展望・ランドマーク", "芝公園四丁目", "2-8", 35.658581,
     139.745433, "赤羽橋駅", "高さ333mの電波塔。展望台から都心を一望できる。",
     "A 333-metre tower with observation decks over central Tokyo."),
    ("六本木ヒルズ", "Roppongi Hills", "商業・文化施設", "六本木六丁目", "10-1", 35.660464,
     139.729249, "六本木駅", "美術館や展望台を備えた複合施設。",
     "A complex with an art museum and an observation deck."),
    ("東京ミッドタウン", "Tokyo Midtown", "商業・文化施設", "赤坂九丁目", "7-1", 35.665498,
     139.73105, "六本木駅", "檜町公園に隣接する複合施設。", "A complex next to Hinokicho Park."),
    ("国立新美術館", "The National Art Center, Tokyo", "美術館・博物館", "六本木七丁目", "22-2",
     35.665302, 139.72641, "乃木坂駅", "波打つガラスの外観が特徴の美術館。",
     "An art centre known for its undulating glass facade."),
    ("増上寺", "Zojoji Temple", "寺社", "芝公園四丁目", "7-35", 35.65742, 139.74861, "御成門駅",
     "徳川将軍家の菩提寺。", "The family temple of the Tokugawa shoguns."),
    ("愛宕神社", "Atago Shrine", "寺社", "愛宕一丁目", "5-3", 35.66491, 139.74821,
     "虎ノ門ヒルズ駅", "「出世の石段」で知られる神社。",
     "A shrine known for its steep stone stairs."),
    ("泉岳寺", "Sengakuji Temple", "寺社", "高輪二丁目", "11-1", 35.63802, 139.74001, "泉岳寺駅",
     "赤穂義士ゆかりの寺。", "The temple of the forty-seven ronin."),
    ("レインボーブリッジ", "Rainbow Bridge", "展望・ランドマーク", "海岸三丁目", "33", 35.63661,
     139.76311, "芝浦ふ頭駅", "遊歩道から東京湾を望む吊り橋。",
     "A suspension bridge with a walkway over Tokyo Bay."),
    ("お台場海浜公園", "Odaiba Marine Park", "公園・庭園", "台場一丁目", "4-1", 35.62971,
     139.77701, "お台場海浜公園駅", "砂浜と遊歩道のある海浜公園。",
     "A seaside park with a beach and a promenade."),
    ("根津美術館", "Nezu Museum", "美術館・博物館", "南青山六丁目", "5-1", 35.66231, 139.71691,
     "表参道駅", "日本・東洋の古美術と日本庭園。",
     "Japanese and East Asian art with a Japanese garden."),
    ("旧芝離宮恩賜庭園", "Kyu-Shiba-rikyu Gardens", "公園・庭園", "海岸一丁目", "4-1", 35.65532,
     139.75731, "浜松町駅", "大名庭園の面影を残す回遊式庭園。",
     "A strolling garden from the Edo period."),
    ("麻布十番商店街", "Azabu-Juban Shopping Street", "商店街", "麻布十番二丁目", "3", 35.65491,
     139.73641, "麻布十番駅", "老舗と新しい店が並ぶ商店街。",
     "A shopping street of old shops and new ones."),
    ("有栖川宮記念公園", "Arisugawa-no-miya Memorial Park", "公園・庭園", "南麻布五丁目", "7-29",
     35.65182, 139.72431, "広尾駅", "起伏に富んだ地形を生かした日本庭園風の公園。",
     "A hilly park in the style of a Japanese garden."),
)
# fmt: on


def _tourist_spots_csv() -> bytes:
    rows: list[list[object]] = []
    for number, spot in enumerate(_TOURIST_SPOTS, start=1):
        name, en, category, town, banchi, lat, lon, station, text, text_en = spot
        rows.append(
            [
                f"TS{number:03d}",
                name,
                en,
                category,
                f"{LG_NAME}{town}{banchi}",
                f"{lat:.6f}",
                f"{lon:.6f}",
                station,
                text,
                text_en,
            ]
        )
    header = [
        "ID",
        "名称",
        "名称_英字",
        "カテゴリ",
        "所在地_連結表記",
        "緯度",
        "経度",
        "最寄り駅",
        "説明",
        "説明_英語",
    ]
    return _csv_bytes(header, rows, encoding="utf-8-sig")


# ---------------------------------------------------------------------------------------
# 粗大ごみ・資源回収の日程 (JSON)

_WEEKDAYS = "月火水木金土"


def _garbage_schedule_json() -> bytes:
    rng = _rng("garbage-collection-schedule")
    towns = []
    for district, _population, names in DISTRICTS:
        for name in names:
            first = rng.randrange(0, 3)
            towns.append(
                {
                    "地区": district,
                    "町丁目": name,
                    "可燃ごみ": [_WEEKDAYS[first], _WEEKDAYS[first + 3]],
                    "不燃ごみ": {
                        "週": [1, 3] if rng.random() < 0.5 else [2, 4],
                        "曜日": _WEEKDAYS[rng.randrange(0, 5)],
                    },
                    "資源": [_WEEKDAYS[(first + 1) % 6]],
                    "びん・缶・ペットボトル": [_WEEKDAYS[(first + 1) % 6]],
                }
            )
    bulky = []
    for district, _population, _names in DISTRICTS:
        start = datetime.date(2025, 4, 1) + datetime.timedelta(days=rng.randrange(0, 6))
        days = [start + datetime.timedelta(weeks=2 * n) for n in range(26)]
        bulky.append({"地区": district, "収集日": [d.isoformat() for d in days]})
    schedule = {
        "説明": DEMO_NOTICE,
        "全国地方公共団体コード": LG_CODE,
        "地方公共団体名": LG_NAME,
        "対象年度": 2025,
        "ごみ・資源の収集日": towns,
        "粗大ごみ": {
            "申込方法": "粗大ごみ受付センターへ電話またはインターネットで事前に申し込む",
            "収集": bulky,
        },
    }
    return _json_bytes(schedule)


# ---------------------------------------------------------------------------------------
# 区民の声の件数, がん検診の受診状況

_VOICE_FIELDS = (
    ("区政全般", 1.0), ("福祉・健康", 1.3), ("子育て・教育", 1.1), ("環境・清掃", 1.2),
    ("まちづくり・交通", 1.4), ("防災・安全", 0.6), ("窓口・手続", 1.5),
)  # fmt: skip
_VOICE_KINDS = (("要望・提案", 90), ("苦情", 70), ("問い合わせ", 110), ("感謝", 15), ("その他", 20))


def _residents_voice_csv() -> bytes:
    rng = _rng("residents-voice-counts")
    rows: list[list[object]] = []
    for year in range(2019, 2025):
        for field_name, weight in _VOICE_FIELDS:
            for kind, base in _VOICE_KINDS:
                rows.append([year, field_name, kind, round(base * weight * rng.uniform(0.7, 1.3))])
    return _csv_bytes(["年度", "分野", "分類", "件数"], rows, encoding="utf-8-sig")


_SCREENINGS = (
    ("胃がん検診", 60_000, 0.10),
    ("肺がん検診", 75_000, 0.12),
    ("大腸がん検診", 90_000, 0.22),
    ("子宮頸がん検診", 70_000, 0.20),
    ("乳がん検診", 55_000, 0.18),
    ("前立腺がん検診", 20_000, 0.25),
)


def _cancer_screening_csv() -> bytes:
    rng = _rng("cancer-screening")
    rows: list[list[object]] = []
    for year in range(2019, 2025):
        dip = 0.8 if year == 2020 else 1.0
        for name, eligible, rate in _SCREENINGS:
            people = round(eligible * rng.uniform(0.97, 1.04))
            screened = round(people * rate * dip * rng.uniform(0.9, 1.1))
            rows.append([year, name, people, screened, f"{100 * screened / people:.1f}"])
    header = ["年度", "検診の種類", "対象者数", "受診者数", "受診率（%）"]
    return _csv_bytes(header, rows, encoding="utf-8-sig")


# ---------------------------------------------------------------------------------------
# The datasets


def _notes(text: str) -> str:
    return f"{DEMO_NOTICE}\n\n{text}"


def _notes_en(text: str) -> str:
    return f"{DEMO_NOTICE_EN}\n\n{text}"


def _csv(
    name: str, description: str, content: Callable[[], bytes], *, encoding: str = "utf-8-sig"
) -> DemoResource:
    return DemoResource(
        name=name, format="CSV", description=description, content=content, encoding=encoding
    )


_STANDARD_NOTE = "デジタル庁の自治体標準オープンデータセット「{name}」の項目定義に沿っています。"
_STANDARD_NOTE_EN = "Follows the Digital Agency's standard open data set “{name}”."


def _standard_tags(schema: StandardSchema, *extra: str) -> list[str]:
    return [STANDARD_TAG, schema.tag, *extra]


DEMO_DATASETS: list[DemoDataset] = [
    DemoDataset(
        name="public-facilities",
        title="公共施設一覧",
        title_en="Public facilities",
        notes=_notes(
            "区役所・総合支所、区民センター、図書館、スポーツセンターなど、区の主な公共施設の"
            "名称、所在地、位置、電話番号、利用時間です。\n\n"
            + _STANDARD_NOTE.format(name=PUBLIC_FACILITIES.name)
        ),
        notes_en=_notes_en(
            "The city's main public facilities — the city hall and regional offices, civic "
            "centres, libraries, the sports centre — with address, position, telephone "
            "number and opening hours.\n\n" + _STANDARD_NOTE_EN.format(name="公共施設一覧")
        ),
        organization="kikaku",
        groups=["gyousei", "machi"],
        tags=_standard_tags(PUBLIC_FACILITIES, "施設", "位置情報"),
        frequency="irregular",
        temporal_start=None,
        temporal_end=None,
        spatial=SPATIAL,
        standard=PUBLIC_FACILITIES.code,
        resources=[
            _csv(
                "公共施設一覧（CSV）",
                "自治体標準オープンデータセットの形式。UTF-8（BOM付き）。",
                _public_facilities_csv,
            ),
        ],
    ),
    DemoDataset(
        name="aed-locations",
        title="AED設置箇所一覧",
        title_en="AED locations",
        notes=_notes(
            "区の施設と区立小学校に設置しているAED（自動体外式除細動器）の設置場所、設置位置、"
            "使用できる時間です。\n\n" + _STANDARD_NOTE.format(name=AED_LOCATIONS.name)
        ),
        notes_en=_notes_en(
            "Where the automated external defibrillators (AEDs) in the city's facilities and "
            "elementary schools are, and when they can be used.\n\n"
            + _STANDARD_NOTE_EN.format(name="AED設置箇所一覧")
        ),
        organization="hokenjo",
        groups=["kenko", "bousai"],
        tags=_standard_tags(AED_LOCATIONS, "救命", "位置情報"),
        frequency="irregular",
        temporal_start=None,
        temporal_end=None,
        spatial=SPATIAL,
        standard=AED_LOCATIONS.code,
        resources=[
            _csv(
                "AED設置箇所一覧（CSV）",
                "自治体標準オープンデータセットの形式。Shift_JIS（CP932）。",
                _aed_csv,
                encoding="cp932",
            ),
        ],
    ),
    DemoDataset(
        name="evacuation-sites",
        title="指定緊急避難場所一覧",
        title_en="Designated emergency evacuation sites",
        notes=_notes(
            "災害の種類ごとに指定している緊急避難場所（区立小学校、広域避難場所）と、"
            "想定収容人数です。\n\n" + _STANDARD_NOTE.format(name=EVACUATION_SITES.name)
        ),
        notes_en=_notes_en(
            "The emergency evacuation sites designated for each kind of disaster (elementary "
            "schools and the wide-area sites for large fires) and their capacity.\n\n"
            + _STANDARD_NOTE_EN.format(name="指定緊急避難場所一覧")
        ),
        organization="bosai",
        groups=["bousai"],
        tags=_standard_tags(EVACUATION_SITES, "防災", "避難", "位置情報"),
        frequency="irregular",
        temporal_start=None,
        temporal_end=None,
        spatial=SPATIAL,
        standard=EVACUATION_SITES.code,
        resources=[
            _csv(
                "指定緊急避難場所一覧（CSV）",
                "自治体標準オープンデータセットの形式。",
                _evacuation_sites_csv,
            ),
        ],
    ),
    DemoDataset(
        name="childcare-facilities",
        title="子育て施設一覧",
        title_en="Childcare facilities",
        notes=_notes(
            "区立保育園・こども園、子ども中高生プラザ（児童館）、子育てひろばの所在地、定員、"
            "受入年齢、開所時間です。\n\n" + _STANDARD_NOTE.format(name=CHILDCARE_FACILITIES.name)
        ),
        notes_en=_notes_en(
            "The city's nursery schools, children's centres and youth plazas: address, "
            "capacity, ages accepted and opening hours.\n\n"
            + _STANDARD_NOTE_EN.format(name="子育て施設一覧")
        ),
        organization="kodomo",
        groups=["kosodate"],
        tags=_standard_tags(CHILDCARE_FACILITIES, "保育園", "児童館", "位置情報"),
        frequency="annual",
        temporal_start=None,
        temporal_end=None,
        spatial=SPATIAL,
        standard=CHILDCARE_FACILITIES.code,
        resources=[
            _csv("子育て施設一覧（CSV）", "自治体標準オープンデータセットの形式。", _childcare_csv),
        ],
    ),
    DemoDataset(
        name="population-by-area-age",
        title="地域・年齢別人口",
        title_en="Population by area and age",
        notes=_notes(
            "2025年1月1日現在の町丁目別・地区別の人口を、5歳階級・男女別に集計したものです"
            "（住民基本台帳による人口、外国人住民を含む）。\n\n"
            + _STANDARD_NOTE.format(name=POPULATION_BY_AREA_AGE.name)
        ),
        notes_en=_notes_en(
            "Residents on 1 January 2025 by town and by area, in 5-year age bands and by sex "
            "(resident register, foreign residents included).\n\n"
            + _STANDARD_NOTE_EN.format(name="地域・年齢別人口")
        ),
        organization="shiba",
        groups=["jinkou"],
        tags=_standard_tags(POPULATION_BY_AREA_AGE, "統計", "年齢別"),
        frequency="monthly",
        temporal_start=POPULATION_DATE,
        temporal_end=POPULATION_DATE,
        spatial=SPATIAL,
        standard=POPULATION_BY_AREA_AGE.code,
        resources=[
            _csv(
                "町丁目別・年齢別人口（2025年1月1日）",
                "町丁目ごとの5歳階級・男女別人口。",
                _population_towns_csv,
            ),
            _csv(
                "地区別・年齢別人口（2025年1月1日）",
                "芝・麻布・赤坂・高輪・芝浦港南の5地区ごとの集計。",
                _population_districts_csv,
            ),
        ],
    ),
    DemoDataset(
        name="master-plan-indicators",
        title="港区基本計画 成果指標",
        title_en="Minato City Master Plan outcome indicators",
        notes=_notes(
            "港区基本計画（令和3年度～令和8年度）政策24～26の成果指標の基準値と目標値です。"
            "数値は計画に記載されたものです。"
        ),
        notes_en=_notes_en(
            "Baselines and targets of the outcome indicators of policies 24–26 of the Minato "
            "City Master Plan (FY2021–2026); the figures are the plan's own."
        ),
        organization="kikaku",
        groups=["gyousei"],
        tags=["基本計画", "成果指標", "行政評価"],
        frequency="annual",
        temporal_start=datetime.date(2021, 4, 1),
        temporal_end=datetime.date(2027, 3, 31),
        spatial=SPATIAL,
        standard=None,
        resources=[
            _csv("成果指標の基準値と目標値（CSV）", "政策・施策ごとの成果指標。", _master_plan_csv),
        ],
    ),
    DemoDataset(
        name="public-toilets",
        title="公衆トイレ一覧",
        title_en="Public toilets",
        notes=_notes(
            "区立公園と駅前の公衆トイレの所在地、便器の数、バリアフリー設備、利用時間です。\n\n"
            + _STANDARD_NOTE.format(name=PUBLIC_TOILETS.name)
        ),
        notes_en=_notes_en(
            "Public toilets in the city's parks and at stations: address, number of toilets, "
            "accessible facilities and hours.\n\n" + _STANDARD_NOTE_EN.format(name="公衆トイレ一覧")
        ),
        organization="machizukuri",
        groups=["machi", "kenko"],
        tags=_standard_tags(PUBLIC_TOILETS, "バリアフリー", "位置情報"),
        frequency="irregular",
        temporal_start=None,
        temporal_end=None,
        spatial=SPATIAL,
        standard=PUBLIC_TOILETS.code,
        resources=[
            _csv(
                "公衆トイレ一覧（CSV）",
                "自治体標準オープンデータセットの形式。",
                _public_toilets_csv,
            ),
        ],
    ),
    DemoDataset(
        name="bicycle-parking",
        title="区営自転車駐車場一覧",
        title_en="Municipal bicycle parking",
        notes=_notes("駅周辺の区営自転車駐車場の所在地、収容台数、利用時間、料金です。"),
        notes_en=_notes_en(
            "The city's bicycle parking near stations: address, capacity, hours and fees."
        ),
        organization="machizukuri",
        groups=["machi"],
        tags=["駐輪場", "自転車", "交通", "位置情報"],
        frequency="annual",
        temporal_start=None,
        temporal_end=None,
        spatial=SPATIAL,
        standard=None,
        resources=[
            _csv(
                "区営自転車駐車場一覧（CSV）",
                "Shift_JIS（CP932）。",
                _bicycle_parking_csv,
                encoding="cp932",
            ),
        ],
    ),
    DemoDataset(
        name="libraries",
        title="区立図書館一覧",
        title_en="City libraries",
        notes=_notes("区立図書館の所在地、開館時間、休館日、蔵書数です。"),
        notes_en=_notes_en("The city libraries: address, opening hours, closing days, holdings."),
        organization="kyoiku",
        groups=["kanko"],
        tags=["図書館", "生涯学習", "位置情報"],
        frequency="irregular",
        temporal_start=None,
        temporal_end=None,
        spatial=SPATIAL,
        standard=None,
        resources=[_csv("区立図書館一覧（CSV）", "図書館ごとの基本情報。", _libraries_csv)],
    ),
    DemoDataset(
        name="parks",
        title="区立公園一覧",
        title_en="City parks",
        notes=_notes("区立公園・運動場の種別、所在地、面積、開園年月日、設備です。"),
        notes_en=_notes_en("The city's parks: kind, address, area, opening date and facilities."),
        organization="machizukuri",
        groups=["machi", "kankyo"],
        tags=["公園", "緑地", "位置情報"],
        frequency="annual",
        temporal_start=None,
        temporal_end=None,
        spatial=SPATIAL,
        standard=None,
        resources=[_csv("区立公園一覧（CSV）", "公園ごとの基本情報。", _parks_csv)],
    ),
    DemoDataset(
        name="garbage-collection-schedule",
        title="ごみ・資源の収集日と粗大ごみの収集日程",
        title_en="Garbage, recycling and bulky waste collection days",
        notes=_notes(
            "町丁目ごとの可燃ごみ・不燃ごみ・資源の収集曜日と、地区ごとの粗大ごみの収集日"
            "（2025年度）です。JSON形式。"
        ),
        notes_en=_notes_en(
            "Collection weekdays for burnable, non-burnable and recyclable waste by town, and "
            "bulky waste collection days by area (FY2025), as JSON."
        ),
        organization="kankyo",
        groups=["kankyo"],
        tags=["ごみ", "資源", "リサイクル", "収集日"],
        frequency="annual",
        temporal_start=datetime.date(2025, 4, 1),
        temporal_end=datetime.date(2026, 3, 31),
        spatial=SPATIAL,
        standard=None,
        resources=[
            DemoResource(
                name="収集日程（JSON）",
                format="JSON",
                description="町丁目ごとの収集曜日と地区ごとの粗大ごみ収集日。UTF-8。",
                content=_garbage_schedule_json,
            ),
        ],
    ),
    DemoDataset(
        name="evacuation-shelters",
        title="避難所（地図データ）",
        title_en="Evacuation shelters (map data)",
        notes=_notes(
            "指定避難所と福祉避難所の位置をGeoJSON形式で提供します。地図に重ねて使えます。"
        ),
        notes_en=_notes_en(
            "The designated shelters and welfare shelters as GeoJSON points, ready for a map."
        ),
        organization="bosai",
        groups=["bousai"],
        tags=["防災", "避難所", "地図", "GeoJSON"],
        frequency="irregular",
        temporal_start=None,
        temporal_end=None,
        spatial=SPATIAL,
        standard=None,
        resources=[
            DemoResource(
                name="避難所（GeoJSON）",
                format="GeoJSON",
                description="座標系はWGS84（経度・緯度の順）。",
                content=_shelters_geojson,
            ),
        ],
    ),
    DemoDataset(
        name="population-households-monthly",
        title="世帯数と人口の推移（月別）",
        title_en="Households and population by month",
        notes=_notes("毎月1日現在の総人口、日本人・外国人の人口、世帯数の推移です。"),
        notes_en=_notes_en(
            "Population (Japanese and foreign residents) and households on the first of each month."
        ),
        organization="shiba",
        groups=["jinkou"],
        tags=["人口", "世帯数", "統計", "推移"],
        frequency="monthly",
        temporal_start=_TREND_POINTS[0][0],
        temporal_end=_TREND_POINTS[-1][0],
        spatial=SPATIAL,
        standard=None,
        resources=[_csv("月別の人口と世帯数（CSV）", "2019年1月から。", _households_trend_csv)],
    ),
    DemoDataset(
        name="foreign-residents-by-nationality",
        title="国籍・地域別外国人住民数",
        title_en="Foreign residents by nationality",
        notes=_notes("各年1月1日現在の外国人住民数を国籍・地域別に集計したものです。"),
        notes_en=_notes_en(
            "Foreign residents on 1 January of each year, by nationality or region."
        ),
        organization="sangyo",
        groups=["jinkou"],
        tags=["人口", "外国人住民", "国際化", "統計"],
        frequency="annual",
        temporal_start=datetime.date(2020, 1, 1),
        temporal_end=datetime.date(2025, 1, 1),
        spatial=SPATIAL,
        standard=None,
        resources=[
            _csv(
                "国籍・地域別外国人住民数（CSV）",
                "縦持ち形式（年月日・国籍・人数）。",
                _foreign_residents_csv,
            )
        ],
    ),
    DemoDataset(
        name="residents-voice-counts",
        title="区民の声の受付件数",
        title_en="Residents' comments received",
        notes=_notes(
            "区に寄せられた区民の声（要望・苦情・問い合わせなど）の件数を、年度・分野・分類別に集計したものです。"
        ),
        notes_en=_notes_en(
            "Comments from residents (requests, complaints, questions...) received by the city, "
            "by fiscal year, field and kind."
        ),
        organization="kikaku",
        groups=["gyousei"],
        tags=["区民の声", "広聴", "統計"],
        frequency="annual",
        temporal_start=datetime.date(2019, 4, 1),
        temporal_end=datetime.date(2025, 3, 31),
        spatial=SPATIAL,
        standard=None,
        resources=[_csv("区民の声の件数（CSV）", "年度・分野・分類別。", _residents_voice_csv)],
    ),
    DemoDataset(
        name="cultural-properties",
        title="文化財一覧",
        title_en="Cultural properties",
        notes=_notes("区内の国・都・区指定の文化財の名称、種類、所在地、指定日、概要です。"),
        notes_en=_notes_en(
            "Cultural properties designated by the nation, Tokyo and the city: kind, address, "
            "date of designation and summary."
        ),
        organization="kyoiku",
        groups=["kanko"],
        tags=["文化財", "歴史", "位置情報"],
        frequency="irregular",
        temporal_start=None,
        temporal_end=None,
        spatial=SPATIAL,
        standard=None,
        resources=[_csv("文化財一覧（CSV）", "指定区分・種類別。", _cultural_properties_csv)],
    ),
    DemoDataset(
        name="tourist-spots",
        title="観光スポット一覧",
        title_en="Places to visit",
        notes=_notes("区内の主な観光スポットの所在地、最寄り駅、日本語と英語の説明です。"),
        notes_en=_notes_en(
            "The main places to visit in the city, with address, nearest station and a "
            "description in Japanese and English."
        ),
        organization="sangyo",
        groups=["kanko"],
        tags=["観光", "英語", "位置情報"],
        frequency="irregular",
        temporal_start=None,
        temporal_end=None,
        spatial=SPATIAL,
        standard=None,
        resources=[_csv("観光スポット一覧（CSV）", "日本語・英語の説明付き。", _tourist_spots_csv)],
    ),
    DemoDataset(
        name="cancer-screening",
        title="がん検診の受診状況",
        title_en="Cancer screening uptake",
        notes=_notes("区が実施するがん検診の種類ごとの対象者数、受診者数、受診率（年度別）です。"),
        notes_en=_notes_en(
            "People eligible for and attending each of the city's cancer screenings, and the "
            "uptake rate, by fiscal year."
        ),
        organization="hokenjo",
        groups=["kenko"],
        tags=["がん検診", "健康", "統計"],
        frequency="annual",
        temporal_start=datetime.date(2019, 4, 1),
        temporal_end=datetime.date(2025, 3, 31),
        spatial=SPATIAL,
        standard=None,
        resources=[
            _csv("がん検診の受診状況（CSV）", "年度・検診の種類別。", _cancer_screening_csv)
        ],
    ),
]
