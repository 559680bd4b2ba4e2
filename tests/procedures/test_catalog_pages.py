"""The resident catalog pages and the live online-share indicator."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import escape

from madoguchi.audit.models import AuditRecord
from madoguchi.procedures.models import Procedure
from madoguchi.procedures.selectors import online_share
from madoguchi.procedures.services import procedure_set_online

pytestmark = pytest.mark.django_db


def test_search_page_finds_bulky_waste_by_katakana(client: Any, catalog: int) -> None:
    # when
    response = client.get(reverse("procedures:catalog"), {"q": "ゴミ"})
    # then
    body = response.content.decode()
    assert response.status_code == 200
    assert "粗大ごみ" in body
    assert 'value="ゴミ"' in body


@pytest.mark.parametrize("language", ["en", "zh-hans", "ko"])
def test_catalog_and_detail_render_in_each_language(
    client: Any, catalog: int, language: str
) -> None:
    # given
    procedure = Procedure.objects.get(code=Procedure.objects.filter(online=True).first().code)
    # when
    listing = client.get(f"/{language}/procedures/")
    detail = client.get(f"/{language}/procedures/{procedure.code}/")
    # then
    assert listing.status_code == 200 and detail.status_code == 200
    assert escape(procedure.name_i18n[language]) in detail.content.decode()
    assert f'<html lang="{language}">' in detail.content.decode()


def test_offline_procedure_shows_its_reason_and_where_to_go(client: Any, catalog: int) -> None:
    # given
    procedure = Procedure.objects.filter(online=False).exclude(where_instead="").first()
    # when
    body = client.get(reverse("procedures:detail", args=[procedure.code])).content.decode()
    # then
    assert procedure.offline_reason_text in body
    assert procedure.where_instead in body


def test_unpublished_procedures_are_not_found(client: Any, catalog: int) -> None:
    # given
    procedure = Procedure.objects.first()
    Procedure.objects.filter(pk=procedure.pk).update(published=False)
    # when / then
    assert client.get(reverse("procedures:detail", args=[procedure.code])).status_code == 404
    listed = client.get("/api/v1/procedures", {"page_size": 200}).json()["items"]
    assert procedure.code not in {item["id"] for item in listed}
    assert len(listed) == catalog - 1


def test_online_share_is_computed_live_and_moves_when_a_procedure_goes_online(catalog: int) -> None:
    # given
    before = online_share()
    offline = Procedure.objects.filter(online=False).first()
    assert before.total >= 40 and 0 < before.online < before.total
    # when
    procedure_set_online(procedure=offline, online=True)
    # then
    after = online_share()
    assert (after.online, after.total) == (before.online + 1, before.total)
    assert AuditRecord.objects.filter(
        action="procedures.online_status_changed", object_id=str(offline.pk)
    ).exists()


def test_an_offline_procedure_must_say_why(catalog: int) -> None:
    # given
    online = Procedure.objects.filter(online=True).first()
    # when / then
    with pytest.raises(ValidationError):
        procedure_set_online(procedure=online, online=False)
    online.refresh_from_db()
    assert online.online is True


def test_catalog_page_query_count_does_not_grow_with_the_catalog(
    client: Any, catalog: int, django_assert_max_num_queries: Any
) -> None:
    with django_assert_max_num_queries(4):
        assert client.get(reverse("procedures:catalog")).status_code == 200
