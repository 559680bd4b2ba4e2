"""Residents find procedures however they write the words."""

from __future__ import annotations

from typing import Any

import pytest

from madoguchi.procedures.selectors import procedure_list

pytestmark = pytest.mark.django_db


def _names(q: str, **filters: Any) -> list[str]:
    return [p.name for p in procedure_list(q=q, **filters)]


@pytest.mark.parametrize("query", ["ゴミ", "ごみ", "そだいごみ", "粗大ゴミ", "ｿﾀﾞｲｺﾞﾐ"])
def test_bulky_waste_is_found_however_it_is_written(catalog: int, query: str) -> None:
    # when
    names = _names(query)
    # then
    assert any("粗大ごみ" in name for name in names[:3]), names


@pytest.mark.parametrize("query", ["申込", "申し込み", "申込み", "もうしこみ"])
def test_okurigana_variants_find_the_same_procedures(catalog: int, query: str) -> None:
    # when
    names = _names(query)
    # then
    assert any("保育園" in name for name in names), names
    assert any("粗大ごみ" in name for name in names), names


@pytest.mark.parametrize("query", ["じゅうみんひょう", "住民票", "residence record"])
def test_residence_certificate_by_reading_or_english(catalog: int, query: str) -> None:
    # when
    names = _names(query)
    # then
    assert any("住民票" in name for name in names[:3]), names


def test_chinese_and_korean_names_are_searchable(catalog: int) -> None:
    # given the Chinese and Korean names of the dog registration
    from madoguchi.procedures.models import Procedure

    dog = next(p for p in Procedure.objects.all() if "犬の登録" in p.name)
    # when / then
    assert dog.name in _names(dog.name_i18n["zh-hans"])
    assert dog.name in _names(dog.name_i18n["ko"])


def test_an_unrelated_word_finds_nothing_unrelated(catalog: int) -> None:
    # when
    names = _names("保育園")
    # then
    assert names and not any("犬" in name for name in names)


def test_a_particle_alone_finds_nothing(catalog: int) -> None:
    # when / then: の is in almost every name, and means nothing on its own
    assert _names("の") == []


def test_every_word_must_match(catalog: int) -> None:
    # when
    both = _names("住民票 写し")
    nonsense = _names("住民票 ぞうきん")
    # then
    assert any("住民票" in n for n in both)
    assert nonsense == []


def test_filters_by_category_life_event_and_online(catalog: int) -> None:
    # when
    waste = procedure_list(category="waste")
    moving_in = procedure_list(life_event="moving_in")
    online = procedure_list(online_only=True)
    # then
    assert waste and all(p.category == "waste" for p in waste)
    assert moving_in and all(
        "moving_in" in {e.code for e in p.life_events.all()} for p in moving_in
    )
    assert online and all(p.online for p in online)
