"""Resident pages, downloads, DCAT and the staff pages' permissions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

from madoguchi.accounts.models import StaffRole
from madoguchi.opendata.models import Dataset, Download, Resource

pytestmark = pytest.mark.django_db

DCAT = Namespace("http://www.w3.org/ns/dcat#")


def test_catalog_search_dataset_and_resource_pages(client: Any, loaded_resource: Resource) -> None:
    dataset = loaded_resource.dataset
    # when a resident searches, opens the dataset and the resource sorted by a column
    search = client.get("/ja/opendata/", {"q": "こうきょうしせつ"})
    detail = client.get(f"/ja/opendata/dataset/{dataset.name}/")
    table = client.get(
        f"/ja/opendata/dataset/{dataset.name}/resource/{loaded_resource.id}/",
        {"sort": "収容人数", "dir": "desc"},
    )
    # then each page shows what it should
    assert search.status_code == 200 and "公共施設一覧" in search.content.decode()
    assert detail.status_code == 200
    html = table.content.decode()
    assert (
        html.index("芝公園") < html.index("港区スポーツセンター") < html.index("高輪区民センター")
    )
    assert 'aria-sort="descending"' in html
    assert html.count('role="img"') == 2  # the chart and the map


def test_private_and_draft_datasets_are_not_shown(
    client: Any, make_dataset: Callable[..., Dataset]
) -> None:
    make_dataset(name="secret", private=True)
    make_dataset(name="draft", state="draft")
    assert client.get("/ja/opendata/dataset/secret/").status_code == 404
    assert client.get("/ja/opendata/dataset/draft/").status_code == 404
    assert "secret" not in client.get("/ja/opendata/").content.decode()


def test_download_is_utf8_and_counted(client: Any, loaded_resource: Resource) -> None:
    url = (
        f"/opendata/dataset/{loaded_resource.dataset_id}/resource/{loaded_resource.id}"
        f"/download/{loaded_resource.filename}"
    )
    response = client.get(url + "?via=web", HTTP_USER_AGENT="Mozilla/5.0")
    body = b"".join(response.streaming_content)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert body.decode("utf-8").startswith("名称,種別")
    dump = client.get(f"/datastore/dump/{loaded_resource.id}", HTTP_USER_AGENT="curl/8")
    dumped = b"".join(dump.streaming_content).decode("utf-8")
    assert dumped.splitlines()[0] == "_id,名称,種別,住所,緯度,経度,収容人数"
    assert len(dumped.splitlines()) == 4
    assert sorted(Download.objects.values_list("channel", flat=True)) == ["api", "web"]


def test_dcat_catalog_and_dataset_parse_as_rdf(client: Any, loaded_resource: Resource) -> None:
    dataset = loaded_resource.dataset
    for fmt, parser in (("ttl", "turtle"), ("jsonld", "json-ld"), ("rdf", "xml")):
        response = client.get(f"/catalog.{fmt}")
        graph = Graph().parse(data=response.content, format=parser)
        datasets = set(graph.subjects(RDF.type, DCAT.Dataset))
        assert len(datasets) == 1, fmt
        one = Graph().parse(
            data=client.get(f"/dataset/{dataset.name}.{fmt}").content, format=parser
        )
        uri = URIRef(f"http://testserver/opendata/dataset/{dataset.id}")
        assert (uri, RDF.type, DCAT.Dataset) in one
        assert len(list(one.objects(uri, DCAT.distribution))) == 1


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (StaffRole.DATA_PUBLISHER, True),
        (StaffRole.ADMINISTRATOR, True),
        (StaffRole.COUNTER_CLERK, False),
        (StaffRole.DEPARTMENT_OFFICER, False),
        (StaffRole.POLICY_ANALYST, False),
    ],
)
def test_only_publishers_reach_the_staff_pages(
    staff_client: Callable[..., Any], loaded_resource: Resource, role: str, allowed: bool
) -> None:
    client = staff_client(role)
    name = loaded_resource.dataset.name
    for path in (
        "/ja/staff/opendata/",
        "/ja/staff/opendata/new/",
        f"/ja/staff/opendata/{name}/",
        f"/ja/staff/opendata/{name}/edit/",
        f"/ja/staff/opendata/{name}/upload/",
    ):
        assert (client.get(path).status_code == 200) is allowed, path
    delete = client.post(f"/ja/staff/opendata/{name}/resource/{loaded_resource.id}/delete/")
    assert Resource.objects.filter(pk=loaded_resource.pk).exists() is not allowed
    assert delete.status_code == (302 if allowed else 403)


def test_residents_and_anonymous_visitors_cannot_publish(
    client: Any, make_resident: Callable[..., Any]
) -> None:
    assert client.get("/ja/staff/opendata/").status_code == 302
    client.force_login(make_resident())
    assert client.get("/ja/staff/opendata/").status_code == 403


def test_a_geojson_file_gets_a_map(client: Any, make_dataset: Callable[..., Dataset]) -> None:
    # given a GeoJSON upload with two named points and one feature without geometry
    from madoguchi.opendata import services

    dataset = make_dataset(name="shelters")
    geojson = (
        '{"type":"FeatureCollection","features":['
        '{"type":"Feature","properties":{"名称":"芝小学校"},'
        '"geometry":{"type":"Point","coordinates":[139.7459,35.6498]}},'
        '{"type":"Feature","properties":{"名称":"青山小学校"},'
        '"geometry":{"type":"Point","coordinates":[139.7198,35.6690]}},'
        '{"type":"Feature","properties":{"名称":"不明"},"geometry":null}]}'
    )
    resource = services.resource_create(
        actor=None,
        dataset=dataset,
        data={"format": "GeoJSON"},
        upload_name="shelters.geojson",
        upload=geojson.encode(),
    )
    # when its page is shown
    html = client.get(f"/ja/opendata/dataset/shelters/resource/{resource.id}/").content.decode()
    # then a map is drawn and its places are listed, the one without position counted apart
    assert html.count('role="img"') == 1
    assert "芝小学校" in html and "青山小学校" in html
    assert html.count('class="chart__marker-number"') == 2
