"""A resident finds a procedure in Chromium, with and without JavaScript, in every language."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from madoguchi.core.demo import demo_load_all
from tests.browser.conftest import axe_check, staff_login

pytestmark = pytest.mark.django_db(transaction=True)


def _find_bulky_waste(page: Page, site: Any, query: str) -> None:
    # given: the catalog from the home page
    page.goto(site.url + "/ja/")
    axe_check(page)
    page.get_by_role("link", name="手続きを探す").first.click()
    axe_check(page)
    # when: the resident types the word the way they know it
    page.get_by_role("searchbox").fill(query)
    page.locator("form[role=search] button[type=submit]").click()
    axe_check(page)
    # then: 粗大ごみ is among the first results and opens its page
    first_results = page.locator(".result__title a")
    titles = first_results.all_inner_texts()[:3]
    assert any("粗大ごみ" in t for t in titles), titles
    page.locator(".result__title a", has_text="粗大ごみ").first.click()
    axe_check(page)
    expect(page.get_by_role("heading", level=1)).to_contain_text("粗大ごみ")
    expect(page.locator(".summary-list")).to_contain_text("円")


@pytest.mark.parametrize("query", ["ゴミ", "そだいごみ"])
def test_resident_finds_bulky_waste(page: Page, site: Any, query: str) -> None:
    demo_load_all()
    _find_bulky_waste(page, site, query)


def test_resident_finds_bulky_waste_without_javascript(nojs_page: Page, site: Any) -> None:
    demo_load_all()
    _find_bulky_waste(nojs_page, site, "ゴミ")


@pytest.mark.parametrize("language", ["ja", "en", "zh-hans", "ko"])
def test_catalog_pages_have_no_axe_violations(page: Page, site: Any, language: str) -> None:
    # given
    demo_load_all()
    from madoguchi.procedures.models import Procedure

    offline = Procedure.objects.filter(online=False).first()
    windowed = Procedure.objects.filter(windows__isnull=False).first()
    # when / then
    for path in [
        "/procedures/",
        "/procedures/?page=2",
        "/procedures/?q=%E4%BF%9D%E8%82%B2%E5%9C%92",
        "/procedures/?q=zzzzzz",
        "/procedures/?category=registry&online=1",
        "/procedures/?life_event=moving_in",
        f"/procedures/{offline.code}/",
        f"/procedures/{windowed.code}/",
    ]:
        response = page.goto(f"{site.url}/{language}{path}")
        assert response is not None and response.status == 200, path
        axe_check(page)


def test_officer_puts_a_procedure_online_from_the_staff_catalog(
    page: Page, site: Any, make_staff: Any
) -> None:
    # given: an officer of the department that owns an offline procedure
    from madoguchi.procedures.models import Procedure
    from madoguchi.procedures.selectors import online_share

    demo_load_all()
    procedure = Procedure.objects.filter(online=False).select_related("department").first()
    officer = make_staff("department_officer", procedure.department)
    before = online_share().online
    staff_login(page, site, officer.email)
    # when: they open the catalog from the dashboard and make the procedure online
    page.get_by_role("link", name="手続きカタログ").click()
    axe_check(page)
    page.get_by_role("link", name=procedure.name, exact=True).click()
    axe_check(page)
    page.get_by_label("区民がオンラインで申請できる").check()
    page.get_by_role("button", name="保存").click()
    axe_check(page)
    # then
    expect(page.locator(".notification--success")).to_be_visible()
    procedure.refresh_from_db()
    assert procedure.online
    assert online_share().online == before + 1
