"""The demo catalog's datasets are well-formed, labelled as demo data, and conform.

No database: the demo data is plain Python; these tests build every file.
"""

from __future__ import annotations

import json
import re

import pytest

from madoguchi.accounts.demo_departments import DEPARTMENTS
from madoguchi.opendata.csvfiles import decode_csv, read_rows
from madoguchi.opendata.demo_data import (
    DEMO_DATASETS,
    DEMO_GROUPS,
    DEMO_NOTICE,
    DEMO_NOTICE_EN,
    FREQUENCIES,
    LG_CODE,
    DemoDataset,
    DemoResource,
    demo_groups,
)
from madoguchi.opendata.standards import STANDARD_TAG, schema_get, validate

SLUG = re.compile(r"[a-z0-9_-]{2,100}")
RESOURCES = [(d, r) for d in DEMO_DATASETS for r in d.resources]
RESOURCE_IDS = [f"{d.name}/{r.name}" for d, r in RESOURCES]
STANDARD_RESOURCES = [(d, r) for d, r in RESOURCES if d.standard]
TABULAR = [(d, r) for d, r in RESOURCES if r.format == "CSV"]


def test_there_are_at_least_sixteen_datasets_with_unique_valid_names() -> None:
    # given / when
    names = [dataset.name for dataset in DEMO_DATASETS]

    # then
    assert len(names) >= 16
    assert len(set(names)) == len(names)
    assert all(SLUG.fullmatch(name) for name in names), names


@pytest.mark.parametrize("dataset", DEMO_DATASETS, ids=lambda d: d.name)
def test_each_dataset_says_first_that_it_is_demo_data(dataset: DemoDataset) -> None:
    # given / when / then
    assert dataset.notes.startswith(DEMO_NOTICE)
    assert dataset.notes_en.startswith(DEMO_NOTICE_EN)
    assert "港区の公式データではありません" in DEMO_NOTICE


@pytest.mark.parametrize("dataset", DEMO_DATASETS, ids=lambda d: d.name)
def test_each_dataset_has_well_formed_metadata(dataset: DemoDataset) -> None:
    # given the departments and themes of the demo
    departments = {department["code"] for department in DEPARTMENTS}
    groups = {name for name, _title, _title_en in DEMO_GROUPS}

    # when / then
    assert dataset.organization in departments
    assert dataset.groups and set(dataset.groups) <= groups
    assert dataset.frequency in FREQUENCIES
    assert dataset.title and dataset.title_en and dataset.spatial == "東京都港区"
    assert dataset.tags and len(set(dataset.tags)) == len(dataset.tags)
    assert dataset.resources
    if dataset.temporal_start and dataset.temporal_end:
        assert dataset.temporal_start <= dataset.temporal_end


@pytest.mark.parametrize("dataset", [d for d in DEMO_DATASETS if d.standard], ids=lambda d: d.name)
def test_a_standard_dataset_is_tagged_as_one(dataset: DemoDataset) -> None:
    # given
    schema = schema_get(dataset.standard or "")

    # when / then
    assert schema is not None
    assert STANDARD_TAG in dataset.tags
    assert schema.tag in dataset.tags


def test_the_catalog_has_the_required_standards_and_formats() -> None:
    # given / when
    standards = {dataset.standard for dataset in DEMO_DATASETS}
    formats = [resource.format for _dataset, resource in RESOURCES]

    # then
    assert {
        "public_facilities",
        "aed_locations",
        "evacuation_sites",
        "childcare_facilities",
        "population_by_area_age",
    } <= standards
    assert {"CSV", "JSON", "GeoJSON"} <= set(formats)
    assert formats.count("CSV") > len(formats) // 2


def test_the_groups_are_the_demo_themes_and_all_are_used() -> None:
    # given / when
    groups = demo_groups()
    used = {name for dataset in DEMO_DATASETS for name in dataset.groups}

    # then
    assert [(g.name, g.title, g.title_en) for g in groups] == DEMO_GROUPS
    assert used == {g.name for g in groups}
    assert all(SLUG.fullmatch(g.name) for g in groups)


@pytest.mark.parametrize(("dataset", "resource"), RESOURCES, ids=RESOURCE_IDS)
def test_each_resource_generates_the_same_bytes_every_time(
    dataset: DemoDataset, resource: DemoResource
) -> None:
    # given / when
    first = resource.content()
    second = resource.content()

    # then
    assert first
    assert first == second


@pytest.mark.parametrize(("dataset", "resource"), TABULAR, ids=lambda x: getattr(x, "name", ""))
def test_each_csv_decodes_in_its_declared_encoding_into_even_rows(
    dataset: DemoDataset, resource: DemoResource
) -> None:
    # given
    data = resource.content()

    # when
    text, encoding = decode_csv(data)
    header, rows = read_rows(text)

    # then
    assert encoding == resource.encoding
    assert len(header) >= 3 and rows
    assert all(len(row) == len(header) for row in rows)


def test_at_least_two_csvs_really_are_cp932() -> None:
    # given the resources declared CP932
    cp932 = [r for _d, r in TABULAR if r.encoding == "cp932"]

    # when / then: they are Shift_JIS bytes, not UTF-8 (and contain Japanese)
    assert len(cp932) >= 2
    for resource in cp932:
        data = resource.content()
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        assert "港区" in data.decode("cp932")


def test_the_other_csvs_are_utf8_with_a_bom() -> None:
    # given / when
    others = [r for _d, r in TABULAR if r.encoding != "cp932"]

    # then
    assert others
    assert all(r.encoding == "utf-8-sig" for r in others)
    assert all(r.content().startswith(b"\xef\xbb\xbf") for r in others)


@pytest.mark.parametrize(
    ("dataset", "resource"), STANDARD_RESOURCES, ids=lambda x: getattr(x, "name", "")
)
def test_each_standard_resource_validates_without_errors_or_warnings(
    dataset: DemoDataset, resource: DemoResource
) -> None:
    # given
    schema = schema_get(dataset.standard or "")
    assert schema is not None
    text, _encoding = decode_csv(resource.content())
    header, rows = read_rows(text)

    # when
    problems = validate(schema=schema, header=header, rows=rows)

    # then
    assert problems == []
    assert header == [column.name for column in schema.columns]


@pytest.mark.parametrize(
    ("dataset", "resource"), STANDARD_RESOURCES, ids=lambda x: getattr(x, "name", "")
)
def test_standard_rows_are_minato_citys(dataset: DemoDataset, resource: DemoResource) -> None:
    # given
    text, _encoding = decode_csv(resource.content())
    header, rows = read_rows(text)

    # when
    codes = {row[header.index("全国地方公共団体コード")] for row in rows}

    # then
    assert codes == {LG_CODE}


def test_facilities_lie_in_minato_city() -> None:
    # given the public facilities list
    dataset = next(d for d in DEMO_DATASETS if d.standard == "public_facilities")
    text, _encoding = decode_csv(dataset.resources[0].content())
    header, rows = read_rows(text)

    # when
    points = [(float(r[header.index("緯度")]), float(r[header.index("経度")])) for r in rows]
    addresses = [r[header.index("所在地_連結表記")] for r in rows]

    # then
    assert all(35.62 <= lat <= 35.69 and 139.70 <= lon <= 139.79 for lat, lon in points)
    assert all(address.startswith("東京都港区") for address in addresses)
    assert "東京都港区芝公園一丁目5-25" in addresses  # 港区役所


def test_the_population_adds_up_to_the_size_of_the_city() -> None:
    # given the town-by-town file
    dataset = next(d for d in DEMO_DATASETS if d.standard == "population_by_area_age")
    towns, districts = (read_rows(decode_csv(r.content())[0]) for r in dataset.resources)

    # when
    header, rows = towns
    total = sum(int(row[header.index("総人口")]) for row in rows)
    consistent = all(
        int(row[header.index("総人口")])
        == int(row[header.index("男性")]) + int(row[header.index("女性")])
        == sum(int(row[i]) for i, name in enumerate(header) if name.endswith(("の男性", "の女性")))
        for row in rows
    )
    district_header, district_rows = districts

    # then
    assert 255_000 <= total <= 275_000
    assert consistent
    assert [row[district_header.index("地域名")] for row in district_rows] == [
        "芝地区",
        "麻布地区",
        "赤坂地区",
        "高輪地区",
        "芝浦港南地区",
    ]
    assert sum(int(row[district_header.index("総人口")]) for row in district_rows) == total


def test_the_json_and_geojson_parse() -> None:
    # given
    documents = {
        r.format: json.loads(r.content()) for _d, r in RESOURCES if r.format in ("JSON", "GeoJSON")
    }

    # when
    features = documents["GeoJSON"]["features"]

    # then
    assert documents["JSON"]["全国地方公共団体コード"] == LG_CODE
    assert documents["GeoJSON"]["type"] == "FeatureCollection"
    assert features and all(f["geometry"]["type"] == "Point" for f in features)
    lon, lat = features[0]["geometry"]["coordinates"]
    assert 139 < lon < 140 and 35 < lat < 36  # GeoJSON order: longitude first


def test_the_master_plan_indicators_are_the_plans_own() -> None:
    # given the evaluation app's copy of the plan's indicator table
    from importlib import resources

    shipped = (
        resources.files("madoguchi.evaluation")
        .joinpath("data/master_plan_indicators.csv")
        .read_text(encoding="utf-8")
    )
    dataset = next(d for d in DEMO_DATASETS if d.name == "master-plan-indicators")

    # when
    text, encoding = decode_csv(dataset.resources[0].content())

    # then
    assert encoding == "utf-8-sig"
    assert text == shipped.replace("\r\n", "\n")
