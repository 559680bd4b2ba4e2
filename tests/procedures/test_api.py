"""The procedures JSON API: shape, paging, errors, and schemathesis against its OpenAPI."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from madoguchi.wsgi import application

pytestmark = pytest.mark.django_db


def test_list_is_paged_and_has_the_promised_fields(client: Any, catalog: int) -> None:
    # when
    first = client.get("/api/v1/procedures", {"page_size": 10}).json()
    second = client.get("/api/v1/procedures", {"page_size": 10, "page": 2}).json()
    # then
    assert first["count"] >= 40 and len(first["items"]) == 10
    item = first["items"][0]
    assert {"id", "name", "department", "online", "fee_yen"} <= item.keys()
    assert isinstance(item["online"], bool)
    assert {i["id"] for i in first["items"]}.isdisjoint({i["id"] for i in second["items"]})


def test_search_and_online_filter(client: Any, catalog: int) -> None:
    # when
    found = client.get("/api/v1/procedures", {"q": "そだいごみ"}).json()["items"]
    offline = client.get("/api/v1/procedures", {"online": "false"}).json()["items"]
    # then
    assert any("粗大ごみ" in p["name"] for p in found)
    assert offline and not any(p["online"] for p in offline)


def test_detail_and_not_found(client: Any, catalog: int) -> None:
    # given
    some = client.get("/api/v1/procedures").json()["items"][0]
    # when
    detail = client.get(f"/api/v1/procedures/{some['id']}")
    missing = client.get("/api/v1/procedures/no-such-procedure")
    # then
    assert detail.status_code == 200 and detail.json()["id"] == some["id"]
    assert isinstance(detail.json()["fee_yen"], int | None)
    assert missing.status_code == 404 and "detail" in missing.json()


def test_fee_is_integer_yen_everywhere(client: Any, catalog: int) -> None:
    items = client.get("/api/v1/procedures", {"page_size": 200}).json()["items"]
    assert all(i["fee_yen"] is None or type(i["fee_yen"]) is int for i in items)


schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi_document(
    case: Any, catalog: int, wsgi_keeps_test_connection: None
) -> None:
    case.call_and_validate()
