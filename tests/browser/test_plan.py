"""The public dashboard of the master plan in Chromium: every page axe-clean in every
language, and the charts there without JavaScript."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from madoguchi.core.demo import demo_load_all
from madoguchi.evaluation.models import Series
from tests.browser.conftest import axe_check

pytestmark = pytest.mark.django_db(transaction=True)


def _interesting_series() -> list[int]:
    """One series of each target kind, plus the live one and one with no baseline."""
    picks = [
        Series.objects.get(indicator__name="オンライン申請ができる行政手続の割合"),
        Series.objects.get(indicator__name="経常収支比率"),
        Series.objects.get(indicator__name="財政力指数"),
        Series.objects.get(indicator__name__contains="差別や人権侵害"),
        Series.objects.get(indicator__name__contains="平和の灯"),
        Series.objects.get(indicator__name__contains="情報公開請求件数"),
    ]
    return [s.pk for s in picks]


@pytest.mark.parametrize("language", ["ja", "en", "zh-hans", "ko"])
def test_dashboard_indicator_and_method_pages_have_no_axe_violations(
    page: Page, site: Any, language: str
) -> None:
    # given
    demo_load_all()
    # when / then
    page.goto(f"{site.url}/{language}/plan/")
    axe_check(page)
    expect(page.locator(".indicator-table tbody tr")).to_have_count(30)
    page.goto(f"{site.url}/{language}/plan/methodology/")
    axe_check(page)
    page.goto(f"{site.url}/{language}/plan/policies/26/")
    axe_check(page)
    expect(page.locator(".indicator-table tbody tr")).to_have_count(13)
    for pk in _interesting_series():
        page.goto(f"{site.url}/{language}/plan/indicators/{pk}/")
        axe_check(page)
        expect(page.locator("figure.chart svg[role=img]")).to_be_visible()


def test_resident_reads_the_online_share_without_javascript(nojs_page: Page, site: Any) -> None:
    # given
    demo_load_all()
    page = nojs_page
    page.goto(f"{site.url}/ja/plan/")
    axe_check(page)
    # when
    page.get_by_role("link", name="オンライン申請ができる行政手続の割合").click()
    axe_check(page)
    # then: the chart, the live computation and the same figures as a table
    expect(page.locator("figure.chart svg")).to_be_visible()
    expect(page.locator(".notification")).to_contain_text("63")
    expect(page.locator("table")).to_contain_text("2020")


def test_indicator_table_reads_as_labelled_lines_on_a_phone(page: Page, site: Any) -> None:
    # given: a phone-sized screen
    demo_load_all()
    page.set_viewport_size({"width": 390, "height": 844})
    # when
    page.goto(f"{site.url}/ja/plan/policies/24/")
    axe_check(page)
    # then: each figure carries its column name, and nothing is wider than the screen
    cell = page.locator(".indicator-table td[data-label]").first
    label = cell.evaluate("el => getComputedStyle(el, '::before').content")
    assert "施策" in label
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
