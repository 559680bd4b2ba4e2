"""The open data benchmark: the datastore and the catalog search against Datasette.

What it measures
----------------
On a generated CSV of Japanese municipal facility data (1,000,000 rows, 117 MB: a little more
than the issue's ~100 MB; the same rows for a given ``--seed``):

* load time: ``services.resource_create`` of the file with ``load_now`` (decoding and checking
  the upload, storing it as UTF-8, loading it into a DuckDB file), in a child process;
* ``datastore_search`` through the HTTP API (gunicorn, CKAN's Action API), p50 and p95 over
  repeated sequential requests: an equality filter on 種別 with limit 100, and a text ``q``
  with limit 100;
* the same queries on the same rows against Datasette (``sqlite-utils insert`` of the same
  file, full-text search enabled on the text columns), in the same run: without an index on
  種別 (what ``sqlite-utils insert`` gives) and, after ``sqlite-utils create-index``, with one;
* ``package_search`` with a catalog of ``--datasets`` datasets (10,000 by default): the first
  request after a restart (the search index is built) and p50/p95 over a rotation of queries.

No-op baselines are measured on the same servers in the same run (``/healthz`` and
``status_show`` on Madoguchi, ``/-/versions.json`` on Datasette) and every line is also given as
a ratio to them; the datastore queries are given as Madoguchi p50 ÷ Datasette p50.

Targets (from the issue): load under 20 s; filtered ``datastore_search`` p50 under 30 ms and
no slower than Datasette's equivalent (without the index); ``package_search`` p95 under 100 ms.
Each is printed as PASS or FAIL. The exit status is 0 whenever the benchmark ran, 2 when it
could not set up (or a response was wrong, so that no number could be trusted), 130 on Ctrl-C.

The metadata database is SQLite in the temporary data directory unless ``--database-url``
names a PostgreSQL server (any database on it), where the benchmark creates its own database
``madoguchi_bench_od_<pid>`` and drops it afterwards. The datastore is DuckDB either way.

Run it from the project root::

    .venv/bin/python bench/opendata.py [--rows 1000000] [--datasets 10000] [--repeat 200]
                                       [--warmup 20] [--workers 2] [--database-url URL] [--keep]

It needs ``datasette`` and ``sqlite-utils`` in the same virtual environment (not project
requirements: only the benchmark uses them).
"""

from __future__ import annotations

import argparse
import copy
import csv
import functools
import importlib.metadata
import importlib.util
import json
import os
import platform
import random
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

import requests

PROJECT_DIR = Path(__file__).resolve().parent.parent
REQUEST_TIMEOUT = 120.0
CHILD_TIMEOUT = 3600.0
DATASETTE_DB = "bench"  # the file's stem is the database's name in Datasette's URLs
DATASETTE_TABLE = "rows"
REQUIRED_FOR_BENCH = ("datasette", "sqlite_utils")

# Targets (from the issue).
TARGET_LOAD_SECONDS = 20.0
TARGET_FILTERED_P50_MS = 30.0
TARGET_PACKAGE_SEARCH_P95_MS = 100.0

# --- The generated CSV ------------------------------------------------------------------------

KANJI_NUMBERS = "一二三四五六七八九"

# 地区 → (町, number of 丁目 or 0), and the district's rough centre.
DISTRICTS: dict[str, list[tuple[str, int]]] = {
    "芝": [
        ("芝", 5),
        ("芝公園", 4),
        ("芝大門", 2),
        ("浜松町", 2),
        ("新橋", 6),
        ("西新橋", 3),
        ("東新橋", 2),
        ("虎ノ門", 5),
        ("愛宕", 2),
        ("海岸", 1),
    ],
    "麻布": [
        ("麻布十番", 4),
        ("元麻布", 3),
        ("西麻布", 4),
        ("南麻布", 5),
        ("東麻布", 3),
        ("六本木", 7),
        ("麻布台", 3),
        ("麻布永坂町", 0),
        ("麻布狸穴町", 0),
    ],
    "赤坂": [("赤坂", 9), ("元赤坂", 2), ("南青山", 7), ("北青山", 3)],
    "高輪": [("高輪", 4), ("白金", 6), ("白金台", 5), ("三田", 5)],
    "芝浦港南": [("芝浦", 4), ("港南", 5), ("海岸", 3), ("台場", 2)],
}
CENTRES = {
    "芝": (35.6557, 139.7515),
    "麻布": (35.6548, 139.7330),
    "赤坂": (35.6720, 139.7280),
    "高輪": (35.6380, 139.7300),
    "芝浦港南": (35.6350, 139.7500),
}
DISTRICT_WEIGHTS = (22, 20, 22, 18, 18)

# 種別: weight, names (施設名 is 町 + one of these + a number; none: no name), 定員 range.
# Street furniture (no labels, or ごみ集積所) has no 開設日.
KINDS: list[tuple[str, float, tuple[str, ...], tuple[int, int]]] = [
    ("ごみ集積所", 18, ("集積所",), (0, 0)),
    ("防犯灯", 12, (), (0, 0)),
    ("消火器", 10, (), (0, 0)),
    ("街路樹", 9, (), (0, 0)),
    ("駐輪場", 6, ("駐輪場", "自転車駐車場"), (20, 400)),
    ("医療機関", 5, ("クリニック", "診療所", "病院"), (0, 60)),
    ("公園", 5, ("公園",), (0, 0)),
    ("児童遊園", 4, ("児童遊園",), (0, 0)),
    ("薬局", 4, ("薬局",), (0, 0)),
    ("公衆トイレ", 3.5, ("公衆便所",), (0, 0)),
    ("AED設置施設", 3.5, ("区民協働スペース", "いきいきプラザ", "スポーツセンター"), (0, 0)),
    ("保育園", 3, ("保育園", "保育室"), (30, 150)),
    ("避難所", 2.5, ("小学校", "中学校", "区民センター"), (150, 2000)),
    ("高齢者施設", 2, ("いきいきプラザ", "デイサービス", "特別養護老人ホーム"), (20, 120)),
    ("幼稚園", 2, ("幼稚園",), (35, 200)),
    ("小学校", 1.5, ("小学校",), (200, 900)),
    ("中学校", 1.2, ("中学校",), (150, 600)),
    ("区民センター", 1, ("区民センター",), (50, 400)),
    ("図書館", 1, ("図書館",), (40, 300)),
    ("投票所", 1, ("投票所",), (0, 0)),
]

# Words searched with q: each is a whole sentence of 備考 (between "。"), so that SQLite's default
# FTS tokenizer (unicode61: no Japanese word splitting) sees it as one token and both engines
# find exactly the same rows. No other column or remark contains them.
Q_WORDS: dict[str, float] = {
    "要予約": 0.03,
    "車椅子対応": 0.04,
    "授乳室あり": 0.02,
    "夜間閉鎖": 0.03,
}
REMARKS = (
    "土日祝日は休み",
    "令和5年度に改修",
    "駐車場なし",
    "駐車場あり（3台）",
    "入口は建物の北側",
    "多目的トイレあり",
    "台風接近時は閉鎖",
    "工事のため一部利用不可",
    "詳細は所管課へ問い合わせ",
    "区道に面する",
    "夜間照明あり",
    "英語表記あり",
    "点字ブロックあり",
    "エレベーターあり",
    "2階に設置",
    "指定管理者が運営",
    "開館時間は9時から17時",
    "年末年始は休み",
    "ベビーカー置き場あり",
    "屋外に設置",
    "24時間利用可",
    "地域の町会が管理",
    "近隣にコインパーキングあり",
    "雨天時は使用不可",
    "平成20年に現在地へ移転し、令和2年度に耐震補強工事を実施",
    "災害時は地域の防災拠点として開設する",
)
CSV_HEADER = [
    "ID",
    "地区",
    "町丁目",
    "施設名",
    "種別",
    "住所",
    "緯度",
    "経度",
    "定員",
    "開設日",
    "備考",
]


@dataclass
class GeneratedCsv:
    path: Path
    rows: int
    size: int
    seconds: float
    kinds: Counter[str]
    words: Counter[str]


def generate_csv(path: Path, rows: int, seed: int) -> GeneratedCsv:
    """Write ``rows`` rows of facility data to ``path`` (UTF-8, LF); count what the queries
    will find."""
    started = time.perf_counter()
    rng = random.Random(seed)
    towns = {
        district: [
            (town if not chome else f"{town}{KANJI_NUMBERS[n]}丁目", town, n + 1 if chome else 0)
            for town, chome in entries
            for n in range(max(chome, 1))
        ]
        for district, entries in DISTRICTS.items()
    }
    district_names = list(DISTRICTS)
    kind_weights = [k[1] for k in KINDS]
    start_day = date(1965, 4, 1).toordinal()
    last_day = date(2025, 3, 31).toordinal()
    kinds: Counter[str] = Counter()
    words: Counter[str] = Counter()
    q_items = list(Q_WORDS.items())
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        batch: list[list[Any]] = []
        districts = rng.choices(district_names, weights=DISTRICT_WEIGHTS, k=rows)
        chosen_kinds = rng.choices(range(len(KINDS)), weights=kind_weights, k=rows)
        for i in range(rows):
            district = districts[i]
            chome_name, town, chome = rng.choice(towns[district])
            kind, _w, labels, (low, high) = KINDS[chosen_kinds[i]]
            kinds[kind] += 1
            name = f"{town}{rng.choice(labels)}{rng.randint(1, 60)}" if labels else ""
            dated = bool(labels) and kind != "ごみ集積所"
            block = rng.randint(1, 30)
            address = (
                f"{town}{chome}-{block}-{rng.randint(1, 20)}"
                if chome
                else f"{town}{block}-{rng.randint(1, 20)}"
            )
            lat0, lon0 = CENTRES[district]
            capacity = rng.randint(low, high) if high else ""
            opened = date.fromordinal(rng.randint(start_day, last_day)).isoformat() if dated else ""
            clauses: list[str] = []
            for word, share in q_items:
                if rng.random() < share:
                    clauses.append(word)
                    words[word] += 1
            extra = rng.choices((0, 1, 2, 3, 5), weights=(72, 16, 7, 3, 2))[0]
            clauses.extend(rng.sample(REMARKS, extra))
            rng.shuffle(clauses)
            batch.append(
                [
                    i + 1,
                    district,
                    chome_name,
                    name,
                    kind,
                    address,
                    f"{lat0 + rng.uniform(-0.008, 0.008):.5f}",
                    f"{lon0 + rng.uniform(-0.008, 0.008):.5f}",
                    capacity,
                    opened,
                    "。".join(clauses) + ("。" if clauses else ""),
                ]
            )
            if len(batch) >= 10000:
                writer.writerows(batch)
                batch.clear()
        writer.writerows(batch)
    return GeneratedCsv(
        path=path,
        rows=rows,
        size=path.stat().st_size,
        seconds=time.perf_counter() - started,
        kinds=kinds,
        words=words,
    )


# --- The catalog of --datasets datasets -------------------------------------------------------

# 総合支所 (one per 地区) publish the district's data; departments publish the city-wide data.
BRANCHES = {
    "芝": ("bench-shiba", "芝地区総合支所"),
    "麻布": ("bench-azabu", "麻布地区総合支所"),
    "赤坂": ("bench-akasaka", "赤坂地区総合支所"),
    "高輪": ("bench-takanawa", "高輪地区総合支所"),
    "芝浦港南": ("bench-shibaura", "芝浦港南地区総合支所"),
}
DEPARTMENTS = {
    "bench-bosai": "防災危機管理室防災課",
    "bench-hoken": "みなと保健所保健予防課",
    "bench-hoiku": "子ども家庭支援部保育課",
    "bench-kodomo": "子ども家庭支援部子ども家庭課",
    "bench-seisou": "環境リサイクル支援部みなとリサイクル清掃事務所",
    "bench-kyouiku": "教育委員会事務局教育推進部",
    "bench-koureisha": "保健福祉支援部高齢者支援課",
    "bench-senkan": "選挙管理委員会事務局",
    "bench-kankou": "産業・地域振興支援部観光政策担当",
    "bench-johoseisaku": "企画経営部情報政策課",
    "bench-kikaku": "企画経営部企画課",
}
GROUPS = {
    "bousai": "防災",
    "kenkou": "健康・医療",
    "kosodate": "子育て",
    "toukei": "統計",
    "machizukuri": "まちづくり",
    "kankyou": "環境・ごみ",
    "koutsuu": "交通",
    "kyouiku": "教育",
    "fukushi": "福祉",
    "gyousei": "行政",
    "bunka": "文化・観光",
}
# Theme, publisher ("district": the district's 総合支所), groups, tags, resource formats.
THEMES: list[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    ("避難所", "bench-bosai", ("bousai",), ("防災", "避難所", "災害"), ("CSV", "GeoJSON", "PDF")),
    (
        "AED設置場所",
        "bench-hoken",
        ("bousai", "kenkou"),
        ("AED", "救命", "医療"),
        ("CSV", "GeoJSON"),
    ),
    ("保育園", "bench-hoiku", ("kosodate",), ("子育て", "保育園", "施設"), ("CSV", "XLSX")),
    ("人口", "district", ("toukei",), ("人口", "統計", "世帯"), ("CSV", "XLSX")),
    ("公園", "district", ("machizukuri",), ("公園", "施設", "地図"), ("CSV", "GeoJSON")),
    ("ごみ収集日", "bench-seisou", ("kankyou",), ("ごみ", "収集日", "環境"), ("CSV", "PDF")),
    ("駐輪場", "district", ("koutsuu",), ("自転車", "駐輪場", "交通"), ("CSV",)),
    ("公衆トイレ", "district", ("machizukuri",), ("トイレ", "施設"), ("CSV", "GeoJSON")),
    ("図書館", "bench-kyouiku", ("kyouiku",), ("図書館", "施設", "教育"), ("CSV", "PDF")),
    ("児童館", "bench-kodomo", ("kosodate",), ("子育て", "児童館", "施設"), ("CSV",)),
    ("高齢者施設", "bench-koureisha", ("fukushi",), ("高齢者", "介護", "施設"), ("CSV", "XLSX")),
    ("医療機関", "bench-hoken", ("kenkou",), ("医療", "病院"), ("CSV",)),
    ("投票所", "bench-senkan", ("gyousei",), ("選挙", "投票所"), ("CSV", "PDF")),
    ("文化財", "bench-kyouiku", ("bunka",), ("文化財", "観光", "歴史"), ("CSV", "PDF")),
    ("観光スポット", "bench-kankou", ("bunka",), ("観光", "イベント"), ("CSV", "GeoJSON")),
    ("公衆無線LAN", "bench-johoseisaku", ("gyousei",), ("Wi-Fi", "公衆無線LAN"), ("CSV",)),
    ("消防水利", "bench-bosai", ("bousai",), ("防災", "消防"), ("CSV", "GeoJSON")),
    ("小学校", "bench-kyouiku", ("kyouiku",), ("学校", "教育"), ("CSV",)),
    ("世帯数", "district", ("toukei",), ("世帯", "統計", "人口"), ("CSV", "XLSX")),
    ("粗大ごみ受付件数", "bench-seisou", ("kankyou", "toukei"), ("ごみ", "統計"), ("CSV",)),
    ("補助金交付実績", "bench-kikaku", ("gyousei",), ("補助金", "財政"), ("CSV", "XLSX", "PDF")),
    ("子育て支援施設", "bench-kodomo", ("kosodate",), ("子育て", "施設"), ("CSV",)),
    ("区民センター", "district", ("gyousei",), ("施設", "集会所"), ("CSV",)),
    ("放置自転車撤去台数", "district", ("koutsuu", "toukei"), ("自転車", "統計"), ("CSV",)),
    ("休日診療所", "bench-hoken", ("kenkou",), ("医療", "休日"), ("CSV", "PDF")),
]
TITLE_SUFFIXES = ("一覧", "データ", "位置情報", "の推移")
FQ_ORGANIZATION = "bench-azabu"
TEMPLATES_PER_THEME = 2
FORMAT_NAMES = {
    "CSV": "一覧（CSV）",
    "XLSX": "一覧（Excel）",
    "PDF": "一覧（PDF）",
    "GeoJSON": "位置情報（GeoJSON）",
}


def package_search_queries() -> list[tuple[str, dict[str, str]]]:
    """The rotation of package_search requests: (label, parameters)."""
    facets = json.dumps(["organization", "tags", "res_format"])
    common = {"rows": "10", "facet.field": facets}
    return [
        ("q=保育園", {"q": "保育園", **common}),
        ("q=ひなんじょ", {"q": "ひなんじょ", **common}),
        ("q=AED", {"q": "AED", **common}),
        (
            f"q=人口 fq=organization:{FQ_ORGANIZATION}",
            {"q": "人口", "fq": f"organization:{FQ_ORGANIZATION}", **common},
        ),
        ("no q (every dataset)", dict(common)),
    ]


# --- Children (run as `python bench/opendata.py --child NAME --spec JSON`) ----------------------


def _django_setup() -> None:
    import django

    django.setup()


def child_load(spec: dict[str, Any]) -> dict[str, Any]:
    """Create the dataset and time ``resource_create`` of the CSV."""
    import resource as rlimit

    _django_setup()
    from madoguchi.accounts.models import Department
    from madoguchi.opendata import services

    Department.objects.create(code="bench", name="ベンチ", kind="department")
    dataset = services.dataset_create(
        actor=None,
        data={
            "name": "bench-big",
            "title": "ベンチマーク",
            "owner_org": "bench",
            "state": "active",
        },
    )
    upload = Path(spec["csv"]).read_bytes()
    started = time.perf_counter()
    loaded = services.resource_create(
        actor=None,
        dataset=dataset,
        data={"name": "big"},
        upload_name="big.csv",
        upload=upload,
        load_now=True,
    )
    seconds = time.perf_counter() - started
    return {
        "resource_id": str(loaded.id),
        "seconds": seconds,
        "datastore_seconds": loaded.datastore_seconds,
        "state": loaded.datastore_state,
        "rows": loaded.datastore_rows,
        "fields": loaded.datastore_fields,
        "problems": loaded.datastore_problems[:5],
        "datastore_size": (services.datastore_dir() / loaded.datastore_file).stat().st_size
        if loaded.datastore_file
        else 0,
        "max_rss_kb": rlimit.getrusage(rlimit.RUSAGE_SELF).ru_maxrss,
    }


def child_catalog(spec: dict[str, Any]) -> dict[str, Any]:
    """Create ``spec["datasets"]`` datasets: templates through the services, the rest
    bulk-created as copies of their CKAN dictionaries with new names and titles."""
    _django_setup()
    from django.db import transaction

    from madoguchi.accounts.models import Department
    from madoguchi.core import search
    from madoguchi.opendata import services
    from madoguchi.opendata.models import Dataset, DatasetState, Group

    rng = random.Random(spec["seed"])
    wanted = int(spec["datasets"])
    departments: dict[str, Any] = {}
    for code, name in [*BRANCHES.values(), *DEPARTMENTS.items()]:
        departments[code], _ = Department.objects.get_or_create(
            code=code, defaults={"name": name, "kind": "department"}
        )
    for slug, title in GROUPS.items():
        Group.objects.get_or_create(name=slug, defaults={"title": title})
    districts = list(BRANCHES)
    years = list(range(2015, 2026))

    def publisher(theme_org: str, district: str) -> str:
        return BRANCHES[district][0] if theme_org == "district" else theme_org

    def title_of(theme: str, district: str, year: int) -> str:
        return f"{district}の{theme}{rng.choice(TITLE_SUFFIXES)}（{year}年度）"

    # Templates: through dataset_create, with link resources, tags and groups.
    templates: list[tuple[Dataset, int, str]] = []
    plan = [(t, v) for v in range(TEMPLATES_PER_THEME) for t in range(len(THEMES))]
    started = time.perf_counter()
    for number, (t, variant) in enumerate(plan[:wanted]):
        theme, theme_org, groups, tags, formats = THEMES[t]
        district = districts[(t + variant) % len(districts)]
        year = years[-1 - variant]
        used_formats = formats if variant == 0 else formats[:1]
        dataset = services.dataset_create(
            actor=None,
            data={
                "name": f"bench-template-{number:03d}",
                "title": title_of(theme, district, year),
                "notes": f"港区{district}地区の{theme}に関するデータです。{year}年度末時点。",
                "owner_org": publisher(theme_org, district),
                "groups": [{"name": g} for g in groups],
                "tags": [{"name": tag} for tag in (*tags, district)],
                "state": "active",
                "license_id": "cc-by-4.0",
                "extras": [{"key": "frequency", "value": "annual"}],
                "resources": [
                    {
                        "name": f"{theme}{FORMAT_NAMES[fmt]}",
                        "url": f"https://opendata.example.jp/{t}/{variant}/data.{fmt.lower()}",
                        "format": fmt,
                        "description": f"{theme}の{FORMAT_NAMES[fmt]}",
                    }
                    for fmt in used_formats
                ],
            },
        )
        dataset.refresh_from_db()
        templates.append((dataset, t, district))
    services_seconds = time.perf_counter() - started

    # The rest: copies of the templates' CKAN dictionaries, bulk-created.
    @functools.cache
    def indexed(text: str) -> tuple[str, ...]:
        return tuple(search.index_text([text]).split("\n")) if text else ()

    def search_index(texts: list[str]) -> str:
        return "\n".join(dict.fromkeys(part for text in texts for part in indexed(text) if part))

    organizations = {code: services.organization_dict(d) for code, d in departments.items()}
    group_titles = {g.name: (g.id, g.title) for g in Group.objects.all()}
    through = Dataset.groups.through
    now = datetime.now(UTC)
    started = time.perf_counter()
    created = 0
    with transaction.atomic():
        batch: list[Dataset] = []
        links: list[Any] = []
        for i in range(max(wanted - len(templates), 0)):
            template, t, _district = templates[rng.randrange(len(templates))]
            theme, theme_org, groups, tags, _formats = THEMES[t]
            district = rng.choice([*districts, "港区全域"])
            if theme_org != "district":
                code = theme_org
            else:
                code = BRANCHES[district][0] if district in BRANCHES else "bench-kikaku"
            year = rng.choice(years)
            dataset_id = uuid.UUID(int=rng.getrandbits(128), version=4)
            name = f"bench-{i:05d}"
            title = title_of(theme, district, year)
            notes = f"港区{district}の{theme}に関するデータです。{year}年度末時点。"
            modified = now - timedelta(minutes=rng.randrange(5 * 365 * 24 * 60))
            created_at = modified - timedelta(days=rng.randrange(400))
            tag_names = [*tags, district]
            ckan = copy.deepcopy(template.ckan)
            ckan.update(
                id=str(dataset_id),
                name=name,
                title=title,
                notes=notes,
                metadata_created=created_at.replace(tzinfo=None).isoformat(),
                metadata_modified=modified.replace(tzinfo=None).isoformat(),
                organization=organizations[code],
                owner_org=organizations[code]["id"],
                tags=[
                    {
                        "id": str(uuid.uuid5(services.ORG_NAMESPACE, "tag:" + tag)),
                        "name": tag,
                        "display_name": tag,
                        "state": "active",
                        "vocabulary_id": None,
                    }
                    for tag in tag_names
                ],
                num_tags=len(tag_names),
            )
            for item in ckan["resources"]:
                item["id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                item["package_id"] = str(dataset_id)
            texts = [title, name, notes, *tag_names, departments[code].name]
            for g in groups:
                texts += [group_titles[g][1], g]
            for item in ckan["resources"]:
                texts += [item["name"], item["description"], item["format"]]
            batch.append(
                Dataset(
                    id=dataset_id,
                    name=name,
                    title=title,
                    notes=notes,
                    organization=departments[code],
                    tags=tag_names,
                    license_id=template.license_id,
                    frequency=template.frequency,
                    state=DatasetState.ACTIVE,
                    private=False,
                    version=1,
                    search_index=search_index(texts),
                    title_index=search_index([title]),
                    ckan=ckan,
                    published_at=created_at,
                )
            )
            links += [through(dataset_id=dataset_id, group_id=group_titles[g][0]) for g in groups]
            if len(batch) >= 1000:
                Dataset.objects.bulk_create(batch)
                through.objects.bulk_create(links)
                created += len(batch)
                batch, links = [], []
        Dataset.objects.bulk_create(batch)
        through.objects.bulk_create(links)
        created += len(batch)
        services.generation_bump()
    bulk_seconds = time.perf_counter() - started
    return {
        "templates": len(templates),
        "services_seconds": services_seconds,
        "bulk": created,
        "bulk_seconds": bulk_seconds,
        "active": Dataset.objects.filter(state=DatasetState.ACTIVE, private=False).count(),
    }


CHILDREN: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "load": child_load,
    "catalog": child_catalog,
}
CHILD_PREFIX = "BENCH_RESULT "


# --- Helpers -----------------------------------------------------------------------------------


def percentile(values: list[float], q: int) -> float:
    """The q-th percentile (1..99) of ``values``, inclusive method."""
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))


def missing_modules() -> list[str]:
    return [name for name in REQUIRED_FOR_BENCH if importlib.util.find_spec(name) is None]


def pip_command() -> str:
    pip = Path(sys.executable).with_name("pip")
    try:
        shown = str(pip.relative_to(Path.cwd()))
    except ValueError:
        shown = str(pip)
    return f"{shown} install datasette sqlite-utils"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def ljust(text: str, width: int) -> str:
    """``text`` padded to ``width`` terminal columns (CJK characters take two)."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(width - used, 0)


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


@dataclass
class Series:
    """Latencies of one line of the report, in milliseconds."""

    label: str
    samples: list[float] = field(default_factory=list)
    warmup: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def p50(self) -> float:
        return statistics.median(self.samples) if self.samples else float("nan")

    @property
    def p95(self) -> float:
        return percentile(self.samples, 95)


Check = Callable[[str, requests.Response], str | None]


def timed_get(session: requests.Session, url: str) -> tuple[float, requests.Response]:
    started = time.perf_counter()
    response = session.get(url, timeout=REQUEST_TIMEOUT)
    return (time.perf_counter() - started) * 1000, response


def measure(
    session: requests.Session,
    label: str,
    urls: list[str],
    *,
    repeat: int,
    warmup: int,
    check: Check | None = None,
) -> Series:
    """GET ``urls`` in rotation: ``warmup`` unmeasured requests, then ``repeat`` measured ones.
    Every response must be 200; ``check`` looks at each distinct URL's first response."""
    series = Series(label)
    checked: set[str] = set()
    for n in range(warmup + repeat):
        url = urls[n % len(urls)]
        ms, response = timed_get(session, url)
        if response.status_code != 200:
            raise RuntimeError(
                f"{label}: HTTP {response.status_code} for {url}\n{response.text[:500]}"
            )
        if check is not None and url not in checked:
            problem = check(url, response)
            if problem:
                raise RuntimeError(f"{label}: {problem} ({url})")
            checked.add(url)
        (series.samples if n >= warmup else series.warmup).append(ms)
    print(f"  {label}: p50 {series.p50:.1f} ms, p95 {series.p95:.1f} ms", flush=True)
    return series


def wait_until_up(
    process: subprocess.Popen[bytes], url: str, what: str, log: Path, seconds: float = 120
) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} did not start:\n{log_tail(log)}")
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{what} did not answer {url} in {seconds:.0f} s:\n{log_tail(log)}")


def log_tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def stop(process: subprocess.Popen[bytes] | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# --- The environment ---------------------------------------------------------------------------


class Environment:
    """The temporary directory, the metadata database and the two servers of one run."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.tmp = Path(tempfile.mkdtemp(prefix="madoguchi-opendata-bench-"))
        self.data_dir = self.tmp / "data"
        self.csv_path = self.tmp / "big.csv"
        self.sqlite_path = self.tmp / "datasette" / f"{DATASETTE_DB}.db"
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.datasette_port = free_port()
        self.datasette_base = f"http://127.0.0.1:{self.datasette_port}"
        self.server: subprocess.Popen[bytes] | None = None
        self.datasette: subprocess.Popen[bytes] | None = None
        self.server_log = self.tmp / "gunicorn.log"
        self.datasette_log = self.tmp / "datasette.log"
        self.server_url = args.database_url or ""
        self.db_name = f"madoguchi_bench_od_{os.getpid()}" if self.server_url else ""
        self.db_url = with_database(self.server_url, self.db_name) if self.server_url else ""
        self.db_created = False
        self.load_at_start = os.getloadavg()[0]
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "madoguchi.settings",
            "MADOGUCHI_ENV": "demo",
            "MADOGUCHI_DATA_DIR": str(self.data_dir),
            "MADOGUCHI_PUBLIC_URL": self.base,
            "MADOGUCHI_LOG_LEVEL": "WARNING",
        }
        self.env.pop("DATABASE_URL", None)
        if self.db_url:
            self.env["DATABASE_URL"] = self.db_url

    @property
    def metadata_database(self) -> str:
        if not self.db_url:
            return f"SQLite {sqlite3.sqlite_version} (in the temporary data directory)"
        import psycopg

        with psycopg.connect(self.db_url) as conn:
            row = conn.execute("SHOW server_version").fetchone()
        version = row[0] if row else "?"
        return f"PostgreSQL {version}, database {self.db_name}"

    def prepare(self) -> None:
        if self.server_url:
            import psycopg
            from psycopg import sql

            with psycopg.connect(self.server_url, autocommit=True) as conn:
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(self.db_name)))
            self.db_created = True
        self.madoguchi("migrate", "--no-input", "--verbosity", "0")

    def madoguchi(self, *argv: str) -> str:
        return self.run([sys.executable, "-m", "madoguchi", *argv], f"madoguchi {argv[0]}")

    def run(self, argv: list[str], what: str, env: dict[str, str] | None = None) -> str:
        result = subprocess.run(
            argv,
            env=env or self.env,
            cwd=PROJECT_DIR,
            capture_output=True,
            text=True,
            check=False,
            timeout=CHILD_TIMEOUT,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"`{what}` failed ({result.returncode}):\n"
                f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
            )
        return result.stdout

    def child(self, name: str, spec: dict[str, Any]) -> dict[str, Any]:
        out = self.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", name],
            f"child {name}",
            env={**self.env, "BENCH_SPEC": json.dumps(spec, ensure_ascii=False)},
        )
        line = next((x for x in out.splitlines() if x.startswith(CHILD_PREFIX)), None)
        if line is None:
            raise RuntimeError(f"child {name} printed no result:\n{out[-3000:]}")
        result: dict[str, Any] = json.loads(line.removeprefix(CHILD_PREFIX))
        return result

    def start_server(self) -> None:
        log = self.server_log.open("ab")
        self.server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "madoguchi.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.args.workers),
                "--graceful-timeout",
                "10",
                "--timeout",
                "120",
            ],
            env=self.env,
            cwd=PROJECT_DIR,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        wait_until_up(self.server, f"{self.base}/healthz", "gunicorn", self.server_log)
        # Every worker must have booted before anything is measured.
        deadline = time.monotonic() + 60
        while len(self.workers()) < self.args.workers and time.monotonic() < deadline:
            time.sleep(0.2)

    def workers(self) -> list[int]:
        assert self.server is not None
        pids: set[int] = set()
        for children in Path(f"/proc/{self.server.pid}/task").glob("*/children"):
            try:
                pids.update(int(p) for p in children.read_text().split())
            except OSError:
                continue
        return sorted(pids)

    def stop_server(self) -> None:
        stop(self.server)
        self.server = None

    def start_datasette(self) -> None:
        log = self.datasette_log.open("ab")
        self.datasette = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "datasette",
                "serve",
                str(self.sqlite_path),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.datasette_port),
                "--setting",
                "sql_time_limit_ms",
                "10000",
                # Like for like: Madoguchi computes no facet suggestions either.
                "--setting",
                "suggest_facets",
                "off",
            ],
            env=self.env,
            cwd=self.tmp,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        wait_until_up(
            self.datasette,
            f"{self.datasette_base}/-/versions.json",
            "datasette",
            self.datasette_log,
        )

    def stop_datasette(self) -> None:
        stop(self.datasette)
        self.datasette = None

    def sqlite_utils(self, *argv: str) -> float:
        started = time.perf_counter()
        self.run([sys.executable, "-m", "sqlite_utils", *argv], f"sqlite-utils {argv[0]}")
        return time.perf_counter() - started

    def close(self) -> None:
        self.stop_server()
        self.stop_datasette()
        if self.db_created and not self.args.keep:
            try:
                import psycopg
                from psycopg import sql

                with psycopg.connect(self.server_url, autocommit=True) as conn:
                    conn.execute(
                        sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                            sql.Identifier(self.db_name)
                        )
                    )
            except Exception as exc:
                print(f"warning: could not drop {self.db_name}: {exc}", file=sys.stderr)
        if not self.args.keep:
            shutil.rmtree(self.tmp, ignore_errors=True)


# --- The checks on responses -------------------------------------------------------------------


def madoguchi_check(expected: dict[str, int]) -> Check:
    """A datastore_search answer: success, min(100, n) records and total n for the URL's key."""

    def check(url: str, response: requests.Response) -> str | None:
        body = response.json()
        if not body.get("success"):
            return f"not a success: {str(body)[:300]}"
        result = body["result"]
        key = next(k for k in expected if k in _unquoted(url))
        want = expected[key]
        if len(result["records"]) != min(100, want):
            return f"{len(result['records'])} records, expected {min(100, want)}"
        if result.get("total") != want:
            return f"total {result.get('total')}, expected {want}"
        return None

    return check


def datasette_check(expected: dict[str, int]) -> Check:
    def check(url: str, response: requests.Response) -> str | None:
        body = response.json()
        key = next(k for k in expected if k in _unquoted(url))
        want = expected[key]
        rows = body.get("rows")
        if not isinstance(rows, list) or len(rows) != min(100, want):
            return f"{len(rows or [])} rows, expected {min(100, want)}"
        if body.get("filtered_table_rows_count") != want:
            return f"filtered_table_rows_count {body.get('filtered_table_rows_count')}, not {want}"
        return None

    return check


def package_search_check(counts: dict[str, int]) -> Check:
    def check(url: str, response: requests.Response) -> str | None:
        body = response.json()
        if not body.get("success"):
            return f"not a success: {str(body)[:300]}"
        result = body["result"]
        if result["count"] < 1 or not result["results"]:
            return "no dataset found"
        if not result["facets"].get("organization"):
            return "no organization facet"
        counts[url] = result["count"]
        return None

    return check


def _unquoted(url: str) -> str:
    from urllib.parse import unquote_plus

    return unquote_plus(url)


# --- Phases ------------------------------------------------------------------------------------


@dataclass
class Loads:
    csv: GeneratedCsv
    madoguchi: dict[str, Any]
    insert_seconds: float = 0.0
    fts_seconds: float = 0.0
    fts_columns: list[str] = field(default_factory=list)
    index_seconds: float = 0.0
    sqlite_size: int = 0


@dataclass
class Results:
    lines: dict[str, Series] = field(default_factory=dict)
    first_search_ms: float = 0.0
    first_search_label: str = ""
    catalog: dict[str, Any] = field(default_factory=dict)
    search_counts: dict[str, int] = field(default_factory=dict)
    search_lines: list[tuple[str, Series]] = field(default_factory=list)


def datastore_phase(
    env: Environment, loads: Loads, results: Results, session: requests.Session
) -> None:
    args = env.args
    kw = {"repeat": args.repeat, "warmup": args.warmup}
    resource_id = loads.madoguchi["resource_id"]
    kinds = sorted(loads.csv.kinds, key=lambda k: -loads.csv.kinds[k])
    random.Random(args.seed).shuffle(kinds)
    words = sorted(Q_WORDS)
    api = f"{env.base}/api/3/action"
    table = f"{env.datasette_base}/{DATASETTE_DB}/{DATASETTE_TABLE}.json"

    def madoguchi_url(**params: Any) -> str:
        return f"{api}/datastore_search?" + urlencode(
            {"resource_id": resource_id, **params, "limit": 100}
        )

    def datasette_url(**params: Any) -> str:
        return f"{table}?" + urlencode({**params, "_size": 100, "_shape": "objects"})

    filtered_m = [madoguchi_url(filters=json.dumps({"種別": k}, ensure_ascii=False)) for k in kinds]
    filtered_d = [datasette_url(**{"種別": k}) for k in kinds]
    q_m = [madoguchi_url(q=w) for w in words]
    q_d = [datasette_url(_search=w) for w in words]
    # The check finds the expected count by the value in the URL: the kind, or the word.
    kind_counts = {f'"種別": "{k}"': n for k, n in loads.csv.kinds.items()}
    kind_counts_d = {f"種別={k}&": n for k, n in loads.csv.kinds.items()}
    word_counts = {f"q={w}&": loads.csv.words[w] for w in words}
    word_counts_d = {f"_search={w}&": loads.csv.words[w] for w in words}

    print("Measuring the datastore queries …", flush=True)
    lines = results.lines
    lines["healthz"] = measure(session, "Madoguchi GET /healthz", [f"{env.base}/healthz"], **kw)
    lines["status"] = measure(session, "Madoguchi status_show", [f"{api}/status_show"], **kw)
    lines["versions"] = measure(
        session, "Datasette GET /-/versions.json", [f"{env.datasette_base}/-/versions.json"], **kw
    )
    lines["filtered_m"] = measure(
        session, "Madoguchi filtered", filtered_m, check=madoguchi_check(kind_counts), **kw
    )
    lines["filtered_d"] = measure(
        session, "Datasette filtered", filtered_d, check=datasette_check(kind_counts_d), **kw
    )
    lines["q_m"] = measure(session, "Madoguchi q", q_m, check=madoguchi_check(word_counts), **kw)
    lines["q_d"] = measure(
        session, "Datasette _search", q_d, check=datasette_check(word_counts_d), **kw
    )
    print(f"sqlite-utils create-index … {DATASETTE_TABLE} 種別", flush=True)
    env.stop_datasette()
    loads.index_seconds = env.sqlite_utils(
        "create-index", str(env.sqlite_path), DATASETTE_TABLE, "種別"
    )
    env.start_datasette()
    lines["filtered_di"] = measure(
        session,
        "Datasette filtered, index on 種別",
        filtered_d,
        check=datasette_check(kind_counts_d),
        **kw,
    )


def catalog_phase(env: Environment, results: Results, session: requests.Session) -> None:
    args = env.args
    env.stop_server()
    print(f"Creating {args.datasets} datasets …", flush=True)
    results.catalog = env.child("catalog", {"datasets": args.datasets, "seed": args.seed})
    env.start_server()
    api = f"{env.base}/api/3/action"
    queries = package_search_queries()
    urls = [f"{api}/package_search?" + urlencode(params) for _label, params in queries]
    # The first search after the restart builds the worker's in-memory index.
    ms, response = timed_get(session, urls[0])
    if response.status_code != 200:
        raise RuntimeError(f"package_search: HTTP {response.status_code}\n{response.text[:500]}")
    results.first_search_ms = ms
    results.first_search_label = queries[0][0]
    kw = {"repeat": args.repeat, "warmup": args.warmup}
    counts: dict[str, int] = {}
    results.lines["status_after"] = measure(
        session, "Madoguchi status_show (catalog grown)", [f"{api}/status_show"], **kw
    )
    results.lines["package_search"] = measure(
        session, "package_search, rotation", urls, check=package_search_check(counts), **kw
    )
    # The rotation's samples, per query (request n went to urls[(warmup + n) % len(urls)]).
    samples = results.lines["package_search"].samples
    for index, (label, _params) in enumerate(queries):
        own = [ms for n, ms in enumerate(samples) if (args.warmup + n) % len(urls) == index]
        results.search_lines.append((label, Series(label, own)))
        results.search_counts[label] = counts.get(urls[index], 0)


# --- Report ------------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def versions() -> str:
    import datasette.version
    import django
    import duckdb

    from_pkg = importlib.metadata.version
    return (
        f"Python {platform.python_version()}, DuckDB {duckdb.__version__},"
        f" Datasette {datasette.version.__version__}, sqlite-utils {from_pkg('sqlite-utils')},"
        f"\n                     SQLite {sqlite3.sqlite_version}, Django {django.get_version()},"
        f" gunicorn {from_pkg('gunicorn')}"
    )


def report(env: Environment, loads: Loads, results: Results, metadata_db: str) -> bool:
    args = env.args
    lines = results.lines
    csv_info = loads.csv
    load = loads.madoguchi
    width = 96
    print()
    print("Madoguchi open data benchmark")
    print("=" * width)
    print(f"machine              {os.cpu_count()} CPUs ({cpu_model()}), {platform.system()}")
    print(
        f"load average         {env.load_at_start:.2f} at the start, {os.getloadavg()[0]:.2f} at"
        " the end (1-minute; the benchmark itself adds about 1, more means other work)"
    )
    print(f"versions             {versions()}")
    print(f"metadata database    {metadata_db}; datastore DuckDB")
    print(
        f"servers              gunicorn {args.workers} sync workers; Datasette (uvicorn),"
        " sql_time_limit_ms 10000, suggest_facets off"
    )
    print(
        f"client               one, sequential, one requests.Session; per line {args.repeat}"
        f" measured requests after {args.warmup} warm-up"
    )
    print(
        f"CSV                  {csv_info.rows:,} rows x {len(CSV_HEADER)} columns,"
        f" {megabytes(csv_info.size)} UTF-8 (seed {args.seed}, generated in"
        f" {csv_info.seconds:.1f} s, not measured)"
    )
    print("-" * width)
    print("Load")
    other = load["seconds"] - (load["datastore_seconds"] or 0.0)
    print(
        f"  Madoguchi resource_create (load_now)   {load['seconds']:7.2f} s"
        f"   DuckDB load {load['datastore_seconds']:.2f} s + decode, store, metadata"
        f" {other:.2f} s"
    )
    print(
        f"    {load['rows']:,} rows, state {load['state']}, DuckDB file"
        f" {megabytes(load['datastore_size'])}, peak RSS {load['max_rss_kb'] / 1024:.0f} MiB"
    )
    print(
        f"  Datasette sqlite-utils insert --csv    {loads.insert_seconds:7.2f} s"
        f"   (the baseline's load, for information; SQLite file {megabytes(loads.sqlite_size)})"
    )
    print(
        f"  Datasette sqlite-utils enable-fts      {loads.fts_seconds:7.2f} s"
        f"   ({', '.join(loads.fts_columns)})"
    )
    print(f"  Datasette sqlite-utils create-index    {loads.index_seconds:7.2f} s   (種別)")
    print("-" * width)
    header = f"{'Requests (ms)':<58}{'p50':>8}{'p95':>8}{'x no-op':>9}{'M / D':>8}"
    print(header)
    m_noop = lines["status"].p50
    d_noop = lines["versions"].p50

    def row(text: str, s: Series, noop: float, ratio: float | None = None) -> None:
        ratio_text = f"{ratio:8.2f}" if ratio is not None else ""
        print(f"  {ljust(text, 56)}{s.p50:8.1f}{s.p95:8.1f}{s.p50 / noop:9.2f}{ratio_text}")

    fm, fd, fdi = lines["filtered_m"], lines["filtered_d"], lines["filtered_di"]
    qm, qd = lines["q_m"], lines["q_d"]
    row("Madoguchi GET /healthz (Django, no API)", lines["healthz"], m_noop)
    row("Madoguchi status_show (no-op of the Action API)", lines["status"], m_noop)
    row("Datasette GET /-/versions.json (no-op)", lines["versions"], d_noop)
    row("Madoguchi datastore_search filters={種別} limit 100", fm, m_noop)
    row("Datasette rows.json?種別= _size=100, no index", fd, d_noop, fm.p50 / fd.p50)
    row("Datasette rows.json?種別= _size=100, index on 種別", fdi, d_noop, fm.p50 / fdi.p50)
    row("Madoguchi datastore_search q=<word> limit 100 (scan)", qm, m_noop)
    row("Datasette rows.json?_search=<word> _size=100 (FTS index)", qd, d_noop, qm.p50 / qd.p50)
    print(
        f"  (each side returns 100 rows and counts all matches: total / filtered_table_rows_count;"
        f"\n   kinds rotate over {len(csv_info.kinds)} values, words over {len(Q_WORDS)};"
        " M / D = Madoguchi p50 / Datasette p50, below 1: Madoguchi faster;"
        "\n   checked: every distinct query's rows and count equal the generated data's on both"
        " sides)"
    )
    catalog = results.catalog
    print("-" * width)
    print(
        f"Catalog: {catalog['active']:,} public datasets ({catalog['templates']} through"
        f" dataset_create in {catalog['services_seconds']:.1f} s ="
        f" {catalog['services_seconds'] / max(catalog['templates'], 1) * 1000:.0f} ms each,"
        f" {catalog['bulk']:,} bulk-created in {catalog['bulk_seconds']:.1f} s)"
    )
    status = lines["status_after"]
    print(header)
    row("Madoguchi status_show (no-op)", status, status.p50)
    first = f"package_search, first request after restart ({results.first_search_label})"
    print(f"  {ljust(first, 56)}{results.first_search_ms:8.1f}")
    ps = lines["package_search"]
    print(
        f"    (each worker builds its own index on its first search; the warm-up's slowest"
        f" request: {max(ps.warmup, default=float('nan')):.1f} ms)"
    )
    row(f"package_search, rotation of {len(results.search_lines)} queries", ps, status.p50)
    for label, series in results.search_lines:
        count = results.search_counts.get(label, 0)
        row(f"  {label} ({count:,} found)", series, status.p50)
    print("  (rows=10, facet.field=[organization, tags, res_format])")
    print("-" * width)
    ok_load = load["seconds"] < TARGET_LOAD_SECONDS
    ok_p50 = fm.p50 < TARGET_FILTERED_P50_MS
    ok_peer = fm.p50 <= fd.p50
    ok_search = ps.p95 < TARGET_PACKAGE_SEARCH_P95_MS
    print(
        f"{verdict(ok_load)}  load < {TARGET_LOAD_SECONDS:.0f} s ({load['seconds']:.2f} s"
        f" for {csv_info.rows:,} rows)"
    )
    print(
        f"{verdict(ok_p50)}  filtered datastore_search p50 < {TARGET_FILTERED_P50_MS:.0f} ms"
        f" ({fm.p50:.1f} ms)"
    )
    print(
        f"{verdict(ok_peer)}  filtered datastore_search p50 <= Datasette's, no index as"
        f" sqlite-utils insert leaves it ({fm.p50:.1f} vs {fd.p50:.1f} ms, ratio"
        f" {fm.p50 / fd.p50:.2f})"
    )
    print(
        f"      for information, against Datasette with an index on 種別: {fm.p50:.1f} vs"
        f" {fdi.p50:.1f} ms, ratio {fm.p50 / fdi.p50:.2f}"
        f" ({'not slower' if fm.p50 <= fdi.p50 else 'slower'})"
    )
    print(
        f"{verdict(ok_search)}  package_search p95 < {TARGET_PACKAGE_SEARCH_P95_MS:.0f} ms"
        f" ({ps.p95:.1f} ms with {catalog['active']:,} datasets)"
    )
    every = ok_load and ok_p50 and ok_peer and ok_search
    print("=" * width)
    print("ALL TARGETS MET" if every else "SOME TARGETS MISSED (see FAIL above)")
    return every


# --- Main --------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows of the generated CSV")
    parser.add_argument(
        "--datasets", type=int, default=10_000, help="datasets in the catalog for package_search"
    )
    parser.add_argument("--repeat", type=int, default=200, help="measured requests per line")
    parser.add_argument("--warmup", type=int, default=20, help="unmeasured requests first")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument(
        "--database-url",
        default="",
        help="a PostgreSQL server URL (any database on it) for the metadata; default SQLite",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the temporary directory (and the database)"
    )
    parser.add_argument("--seed", type=int, default=2026, help="seed of the generated data")
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    least = TEMPLATES_PER_THEME * len(THEMES)
    if args.rows < 1000 or args.datasets < least or args.repeat < 2 or args.warmup < 0:
        parser.error(f"--rows >= 1000, --datasets >= {least}, --repeat >= 2 and --warmup >= 0")
    if args.workers < 1:
        parser.error("--workers must be >= 1")
    return args


def run_child(name: str) -> int:
    result = CHILDREN[name](json.loads(os.environ["BENCH_SPEC"]))
    print(CHILD_PREFIX + json.dumps(result, ensure_ascii=False), flush=True)
    return 0


def _interrupted(*_args: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        return run_child(args.child)
    missing = missing_modules()
    if missing:
        print(
            f"The benchmark needs {', '.join(m.replace('_', '-') for m in missing)}:"
            f" {pip_command()}",
            file=sys.stderr,
        )
        return 2
    # SIGTERM cleans up like Ctrl-C.
    signal.signal(signal.SIGTERM, _interrupted)
    env = Environment(args)
    session = requests.Session()
    try:
        print(f"Set-up: data in {env.tmp} …", flush=True)
        env.prepare()
        metadata_db = env.metadata_database
        print(f"Generating {args.rows:,} rows …", flush=True)
        generated = generate_csv(env.csv_path, args.rows, args.seed)
        print(
            f"  {env.csv_path.name}: {megabytes(generated.size)} in {generated.seconds:.1f} s",
            flush=True,
        )
        print("Loading into Madoguchi (resource_create, load_now) …", flush=True)
        loaded = env.child("load", {"csv": str(env.csv_path)})
        if loaded["state"] != "done" or loaded["rows"] != args.rows:
            raise RuntimeError(
                f"the datastore load ended {loaded['state']!r} with {loaded['rows']} rows"
                f" (expected done, {args.rows}): {loaded['problems']}"
            )
        print(
            f"  resource {loaded['resource_id']}: {loaded['seconds']:.2f} s"
            f" (DuckDB {loaded['datastore_seconds']:.2f} s)",
            flush=True,
        )
        loads = Loads(csv=generated, madoguchi=loaded)
        env.sqlite_path.parent.mkdir(parents=True)
        print("Loading into SQLite for Datasette (sqlite-utils insert) …", flush=True)
        loads.insert_seconds = env.sqlite_utils(
            "insert", str(env.sqlite_path), DATASETTE_TABLE, str(env.csv_path), "--csv"
        )
        # Full-text search on the columns Madoguchi's q searches: its text columns.
        loads.fts_columns = [
            f["id"] for f in loaded["fields"] if f["type"] == "text" and f["id"] != "_id"
        ]
        loads.fts_seconds = env.sqlite_utils(
            "enable-fts", str(env.sqlite_path), DATASETTE_TABLE, *loads.fts_columns
        )
        loads.sqlite_size = env.sqlite_path.stat().st_size
        print(
            f"  insert {loads.insert_seconds:.1f} s, enable-fts {loads.fts_seconds:.1f} s",
            flush=True,
        )
        env.start_datasette()
        env.start_server()
        print(
            f"gunicorn on {env.base} (workers {env.workers()}), Datasette on {env.datasette_base}",
            flush=True,
        )
        results = Results()
        datastore_phase(env, loads, results, session)
        catalog_phase(env, results, session)
        report(env, loads, results, metadata_db)
        if args.keep:
            print(f"Kept: {env.tmp}" + (f" and database {env.db_url}" if env.db_url else ""))
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except (RuntimeError, subprocess.TimeoutExpired, OSError) as exc:
        print(f"The benchmark could not run: {exc}", file=sys.stderr)
        for name, path in (("gunicorn", env.server_log), ("datasette", env.datasette_log)):
            tail = log_tail(path)
            if tail:
                print(f"--- {name} log ---\n{tail}", file=sys.stderr)
        return 2
    finally:
        session.close()
        env.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
