"""The CKAN Action API, exercised with CKAN's own Python client (ckanapi) over real HTTP and
with raw requests where the envelope, status codes and error shapes matter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ckanapi
import pytest
import requests

from madoguchi.opendata.models import Dataset, DatastoreState, Resource

from .conftest import FACILITIES_CSV

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def ckan(live_server: Any) -> ckanapi.RemoteCKAN:
    return ckanapi.RemoteCKAN(live_server.url)


def _raw(live_server: Any, name: str, **kwargs: Any) -> requests.Response:
    method = kwargs.pop("method", "post")
    return requests.request(method, f"{live_server.url}/api/3/action/{name}", timeout=30, **kwargs)


def test_package_list_show_and_search_through_ckanapi(
    ckan: ckanapi.RemoteCKAN, make_dataset: Callable[..., Dataset]
) -> None:
    # given a public dataset, a private one and a draft
    make_dataset(name="evacuation-sites")
    make_dataset(name="secret-plan", title="非公開の計画", private=True)
    make_dataset(name="draft-data", title="下書き", state="draft")
    # when a client lists, shows and searches
    names = ckan.action.package_list()
    shown = ckan.action.package_show(id="evacuation-sites")
    found = ckan.action.package_search(q="ひなんじょ", **{"facet.field": '["organization","tags"]'})
    # then only the public dataset is visible, in CKAN's shapes
    assert names == ["evacuation-sites"]
    assert shown["title"] == "指定緊急避難場所一覧"
    assert shown["organization"]["name"] == "bousai"
    assert {t["name"] for t in shown["tags"]} == {"防災", "避難所"}
    assert shown["license_id"] == "cc-by-4.0"
    assert found["count"] == 1
    assert found["results"][0]["name"] == "evacuation-sites"
    assert found["facets"]["organization"] == {"bousai": 1}
    assert found["search_facets"]["tags"]["items"][0]["count"] == 1


def test_private_datasets_need_a_publisher_token(
    live_server: Any, make_dataset: Callable[..., Dataset], publisher_token: str
) -> None:
    # given a private dataset
    make_dataset(name="secret-plan", title="非公開の計画", private=True)
    anonymous = ckanapi.RemoteCKAN(live_server.url)
    publisher = ckanapi.RemoteCKAN(live_server.url, apikey=publisher_token)
    # when an anonymous client and a publisher ask for it
    with pytest.raises(ckanapi.NotAuthorized):
        anonymous.action.package_show(id="secret-plan")
    seen = publisher.action.package_show(id="secret-plan")
    searched = publisher.action.package_search(include_private=True)
    hidden = anonymous.action.package_search(include_private=True)
    # then only the publisher sees it
    assert seen["private"] is True
    assert searched["count"] == 1
    assert hidden["count"] == 0


@pytest.mark.parametrize(
    ("fq", "expected"),
    [
        ("organization:bousai", {"a-sites", "b-aed"}),
        ('tags:"AED"', {"b-aed"}),
        ("+groups:bousai -tags:AED", {"a-sites"}),
        ("res_format:CSV", set()),
        ("license_id:(cc-by-4.0 OR cc-zero)", {"a-sites", "b-aed"}),
    ],
)
def test_package_search_filters(
    ckan: ckanapi.RemoteCKAN, make_dataset: Callable[..., Dataset], fq: str, expected: set[str]
) -> None:
    # given two datasets with different tags
    make_dataset(name="a-sites")
    make_dataset(name="b-aed", title="AED設置箇所一覧", tags=[{"name": "AED"}])
    # when filtered with Solr-style fq
    found = ckan.action.package_search(fq=fq, rows=1000)
    # then the right datasets come back
    assert {p["name"] for p in found["results"]} == expected


def test_package_search_paging_sorting_and_row_cap(
    ckan: ckanapi.RemoteCKAN, make_dataset: Callable[..., Dataset]
) -> None:
    # given three datasets
    for name in ("c-data", "a-data", "b-data"):
        make_dataset(name=name, title=name)
    # when sorted by name and paged, and asking for more than 1000 rows
    first = ckan.action.package_search(sort="name asc", rows=2, start=0)
    second = ckan.action.package_search(sort="name asc", rows=2, start=2)
    everything = ckan.action.package_search(rows=5000)
    # then pages follow the order and rows are capped, not refused
    assert [p["name"] for p in first["results"]] == ["a-data", "b-data"]
    assert [p["name"] for p in second["results"]] == ["c-data"]
    assert first["count"] == 3
    assert len(everything["results"]) == 3


def test_search_errors_use_ckans_types(ckan: ckanapi.RemoteCKAN) -> None:
    with pytest.raises(ckanapi.SearchQueryError, match="Invalid search parameters"):
        ckan.action.package_search(colour="blue")
    with pytest.raises(ckanapi.SearchQueryError):
        ckan.action.package_search(sort="popularity desc")
    with pytest.raises(ckanapi.SearchQueryError):
        ckan.action.package_search(fq="secret_field:x")
    with pytest.raises(ckanapi.ValidationError):
        ckan.action.package_search(rows="many")
    with pytest.raises(ckanapi.NotFound):
        ckan.action.package_show(id="no-such-dataset")


def test_envelope_status_codes_and_bad_requests(
    live_server: Any, make_dataset: Callable[..., Dataset]
) -> None:
    make_dataset(name="evacuation-sites")
    # when calling with GET, POST JSON, bad JSON, an unknown action and a write over GET
    ok = _raw(live_server, "package_show", method="get", params={"id": "evacuation-sites"})
    missing = _raw(live_server, "package_show", json={"id": "nope"})
    bad_json = _raw(
        live_server, "package_show", data=b"{not json", headers={"Content-Type": "application/json"}
    )
    not_a_dict = _raw(live_server, "package_show", json=[1, 2])
    unknown = _raw(live_server, "package_explode", json={})
    write_by_get = _raw(live_server, "package_create", method="get", params={"name": "x"})
    unauthorised = _raw(live_server, "package_create", json={"name": "x-data", "title": "x"})
    trailing_slash = _raw(live_server, "package_list/", method="get", allow_redirects=False)
    # then each answers as CKAN does, never with HTML or a redirect
    assert ok.status_code == 200
    assert set(ok.json()) == {"help", "success", "result"} and ok.json()["success"] is True
    assert missing.status_code == 404
    assert missing.json()["error"]["__type"] == "Not Found Error"
    assert bad_json.status_code == 400 and "JSON Error" in bad_json.json()
    assert not_a_dict.status_code == 400
    assert unknown.status_code == 400 and "Action name not known" in unknown.json()
    assert write_by_get.status_code == 400
    assert unauthorised.status_code == 403
    assert unauthorised.json()["error"]["__type"] == "Authorization Error"
    assert trailing_slash.status_code == 200


def test_organizations_groups_tags_status_and_licences(
    ckan: ckanapi.RemoteCKAN, make_dataset: Callable[..., Dataset]
) -> None:
    make_dataset(name="evacuation-sites")
    assert ckan.action.organization_list() == ["bousai"]
    full = ckan.action.organization_list(all_fields=True)
    assert full[0]["package_count"] == 1 and full[0]["title"] == "防災課"
    org = ckan.action.organization_show(id="bousai", include_datasets=True)
    assert [p["name"] for p in org["packages"]] == ["evacuation-sites"]
    assert ckan.action.group_list() == ["bousai"]
    assert ckan.action.group_show(id="bousai")["package_count"] == 1
    assert ckan.action.tag_list() == sorted(["防災", "避難所"])
    assert ckan.action.tag_list(query="避難") == ["避難所"]
    status = ckan.action.status_show()
    assert status["ckan_version"].startswith("2.10")
    assert "cc-by-4.0" in {lic["id"] for lic in ckan.action.license_list()}
    with pytest.raises(ckanapi.NotFound):
        ckan.action.organization_show(id="nobody")


def test_create_dataset_and_upload_a_cp932_csv_with_ckanapi(
    live_server: Any, publisher_token: str, department: Any, theme: Any, tmp_path: Path
) -> None:
    # given a publisher's client and a Shift_JIS CSV file
    client = ckanapi.RemoteCKAN(live_server.url, apikey=publisher_token)
    path = tmp_path / "shisetsu.csv"
    path.write_bytes(FACILITIES_CSV.encode("cp932"))
    # when it creates a dataset and uploads the file
    created = client.action.package_create(
        name="public-facilities",
        title="公共施設一覧",
        owner_org="bousai",
        groups=[{"name": "bousai"}],
        tags=[{"name": "公共施設"}],
        extras=[{"key": "frequency", "value": "monthly"}],
    )
    with path.open("rb") as upload:
        resource = client.action.resource_create(
            package_id=created["id"], name="施設一覧", upload=upload
        )
    # then the dataset exists, the file is served as UTF-8 and the table is in the datastore
    shown = client.action.package_show(id="public-facilities")
    assert shown["resources"][0]["id"] == resource["id"]
    assert resource["url"].startswith(live_server.url + "/opendata/dataset/")
    downloaded = requests.get(resource["url"], timeout=30)
    assert downloaded.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert downloaded.content.decode("utf-8") == FACILITIES_CSV
    rows = client.action.datastore_search(resource_id=resource["id"], filters={"種別": "公園"})
    assert rows["total"] == 1 and rows["records"][0]["名称"] == "芝公園"
    assert Resource.objects.get(id=resource["id"]).datastore_state == DatastoreState.DONE


def test_update_and_patch_keep_a_version_history(
    live_server: Any, publisher_token: str, make_dataset: Callable[..., Dataset]
) -> None:
    # given a dataset
    dataset = make_dataset(name="evacuation-sites")
    client = ckanapi.RemoteCKAN(live_server.url, apikey=publisher_token)
    # when it is patched, then updated without tags
    patched = client.action.package_patch(id="evacuation-sites", notes="新しい説明")
    updated = client.action.package_update(
        id=dataset.name, title="避難場所一覧", owner_org="bousai"
    )
    # then the patch kept everything else, the update replaced the metadata, versions count up
    assert patched["title"] == "指定緊急避難場所一覧" and patched["notes"] == "新しい説明"
    assert {t["name"] for t in patched["tags"]} == {"防災", "避難所"}
    assert updated["title"] == "避難場所一覧" and updated["tags"] == []
    assert [r.number for r in dataset.revisions.all()] == [3, 2, 1]


def test_validation_errors_name_the_field(
    live_server: Any, publisher_token: str, make_dataset: Callable[..., Dataset]
) -> None:
    make_dataset(name="evacuation-sites")
    client = ckanapi.RemoteCKAN(live_server.url, apikey=publisher_token)
    with pytest.raises(ckanapi.ValidationError) as taken:
        client.action.package_create(name="evacuation-sites", title="x", owner_org="bousai")
    with pytest.raises(ckanapi.ValidationError) as bad:
        client.action.package_create(name="Bad Name!", title="", owner_org="nobody")
    assert "name" in taken.value.error_dict
    assert {"name", "title", "owner_org"} <= set(bad.value.error_dict)
    assert Dataset.objects.count() == 1


def test_datastore_search_and_sql_through_the_api(
    live_server: Any, ckan: ckanapi.RemoteCKAN, loaded_resource: Resource
) -> None:
    rid = str(loaded_resource.id)
    # when searching with q, sort, fields, lists and csv formats
    by_q = ckan.action.datastore_search(resource_id=rid, q="高輪", fields="名称,収容人数")
    sorted_ = ckan.action.datastore_search(resource_id=rid, sort="収容人数 desc", limit=1)
    lists = ckan.action.datastore_search(resource_id=rid, records_format="lists", limit=1)
    as_csv = ckan.action.datastore_search(resource_id=rid, records_format="csv", limit=1)
    sql = ckan.action.datastore_search_sql(
        sql=f'SELECT "種別", count(*) AS n FROM "{rid}" GROUP BY 1 ORDER BY 1'
    )
    views = ckan.action.resource_view_list(id=rid)
    # then the answers have CKAN's shapes
    assert by_q["records"] == [{"名称": "高輪区民センター", "収容人数": 300}]
    assert by_q["total"] == 1
    assert sorted_["records"][0]["名称"] == "芝公園" and sorted_["_links"]["next"]
    assert lists["records"] == [[1, "芝公園", "公園", "港区芝公園4-8", 35.6545, 139.748, 5000]]
    assert as_csv["records"].startswith("1,芝公園,公園")
    assert {r["種別"]: r["n"] for r in sql["records"]} == {
        "公園": 1,
        "体育館": 1,
        "区民センター": 1,
    }
    assert views[0]["view_type"] == "datatables_view"


def test_datastore_errors_never_500(live_server: Any, loaded_resource: Resource) -> None:
    rid = str(loaded_resource.id)
    cases = [
        ("datastore_search", {"resource_id": rid, "colour": "blue"}, 409),
        ("datastore_search", {"resource_id": rid, "filters": {"nope": 1}}, 409),
        ("datastore_search", {"resource_id": rid, "sort": "nope desc"}, 409),
        ("datastore_search", {"resource_id": rid, "limit": "lots"}, 409),
        ("datastore_search", {"resource_id": "00000000-0000-0000-0000-000000000000"}, 404),
        ("datastore_search", {}, 409),
        ("datastore_search_sql", {"sql": f'DELETE FROM "{rid}"'}, 409),
        ("datastore_search_sql", {"sql": "SELECT * FROM pg_catalog.nope"}, 409),
        ("datastore_search_sql", {"sql": "SELECT * FROM read_csv('/etc/passwd')"}, 409),
        ("datastore_search_sql", {"sql": "SELEC"}, 409),
        ("datastore_search_sql", {}, 409),
    ]
    for name, body, status in cases:
        response = _raw(live_server, name, json=body)
        assert response.status_code == status, (name, body, response.text)
        assert response.json()["success"] is False
        assert response.json()["error"]["__type"] in {"Validation Error", "Not Found Error"}


def _cli(live_server: Any, *args: str) -> subprocess.CompletedProcess[str]:
    executable = str(Path(sys.executable).with_name("ckanapi"))
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}"}
    return subprocess.run(  # noqa: S603
        [executable, *args, "-r", live_server.url],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_ckanapi_command_line_action_dump_and_search(
    live_server: Any, make_dataset: Callable[..., Dataset]
) -> None:
    # given two public datasets
    make_dataset(name="evacuation-sites")
    make_dataset(
        name="aed-locations", title="AED設置箇所一覧", notes="AEDの設置場所", tags=[{"name": "AED"}]
    )
    # when the ckanapi command line tool runs its usual commands against the server
    action = _cli(live_server, "action", "package_search", "q=AED")
    dump = _cli(live_server, "dump", "datasets", "--all", "-q")
    search = _cli(live_server, "search", "datasets", "q=避難所")
    # then each succeeds and prints what CKAN would
    assert action.returncode == 0, action.stderr
    assert json.loads(action.stdout)["results"][0]["name"] == "aed-locations"
    assert dump.returncode == 0, dump.stderr
    dumped = [json.loads(line) for line in dump.stdout.splitlines()]
    assert sorted(d["name"] for d in dumped) == ["aed-locations", "evacuation-sites"]
    assert search.returncode == 0, search.stderr
    assert [json.loads(line)["name"] for line in search.stdout.splitlines()] == ["evacuation-sites"]
