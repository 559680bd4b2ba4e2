"""The open data catalog in Chromium: a resident searches in Japanese and looks at a table,
its chart and its map; a publisher uploads a Shift_JIS file that follows the 公共施設一覧
standard and sees it previewed. axe runs on every page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from madoguchi.core.demo import demo_load_all
from madoguchi.opendata.models import Download, Resource
from tests.browser.conftest import axe_check, demo_login

pytestmark = pytest.mark.django_db(transaction=True)

FACILITIES = (
    "全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,名称_英字,種別,所在地_連結表記,"
    "緯度,経度\n"
    "131032,131032-test-1,東京都港区,港区役所,ミナトクヤクショ,Minato City Hall,庁舎,"
    "東京都港区芝公園1-5-25,35.6581,139.7516\n"
    "131032,131032-test-2,東京都港区,赤坂区民センター,アカサカクミンセンター,"
    "Akasaka Community Center,区民センター,東京都港区赤坂4-18-13,35.6727,139.7331\n"
)


@pytest.fixture
def demo(site: Any) -> Any:
    demo_load_all()
    return site


def test_resident_searches_and_explores_a_table(page: Page, demo: Any) -> None:
    # given the demo catalog; when a resident searches by reading
    page.goto(demo.url + "/ja/opendata/")
    axe_check(page)
    page.get_by_label("データセットを検索").fill("ひなんじょ")
    page.locator("main form[role=search] button[type=submit]").click()
    axe_check(page)
    # then both the shelters and the evacuation sites are found
    results = page.locator(".result__title")
    expect(results).to_contain_text(["避難所", "指定緊急避難場所一覧"], ignore_case=True)
    # when narrowing by a facet and opening a dataset
    page.locator(".facet-list a", has_text="防災").first.click()
    axe_check(page)
    page.get_by_role("link", name="指定緊急避難場所一覧").click()
    axe_check(page)
    expect(page.locator("h1")).to_have_text("指定緊急避難場所一覧")
    # and its table, sorted by a column
    page.locator(".result__title a").first.click()
    axe_check(page)
    expect(page.locator("#preview-caption")).to_be_visible()
    page.locator("#preview thead").get_by_role("link", name="名称", exact=True).click()
    axe_check(page)
    expect(page.locator("#preview thead th[aria-sort=ascending]")).to_contain_text("名称")
    # then the map of the places is drawn without any tile server
    expect(page.locator("svg[role=img]").last).to_be_visible()


def test_table_chart_in_english_and_download_is_counted(page: Page, demo: Any) -> None:
    # given the population dataset in English
    resource = Resource.objects.get(dataset__name="population-by-area-age", position=0)
    page.goto(f"{demo.url}/en/opendata/dataset/population-by-area-age/resource/{resource.id}/")
    axe_check(page)
    # then a chart of a numeric column is on the page
    expect(page.locator("#chart-heading")).to_have_text("Chart")
    # when the resident downloads the file
    before = Download.objects.filter(resource=resource).count()
    with page.expect_download() as info:
        page.get_by_role("link", name="Download (CSV)").click()
    path = info.value.path()
    # then the file is UTF-8 and the download is counted once
    assert Path(path).read_bytes().decode("utf-8").startswith("全国地方公共団体コード")
    assert Download.objects.filter(resource=resource).count() == before + 1


def test_publisher_uploads_a_shift_jis_standard_file_and_sees_the_preview(
    page: Page, demo: Any, tmp_path: Path
) -> None:
    # given a publisher logged in
    demo_login(page, demo, "publisher@demo.madoguchi.jp", totp=True)
    page.goto(demo.url + "/ja/staff/opendata/")
    axe_check(page)
    # when she creates a dataset following 公共施設一覧
    page.get_by_role("link", name="新しいデータセット").click()
    axe_check(page)
    page.get_by_label("タイトル（日本語）").fill("区の施設（テスト）")
    page.get_by_label("アドレス名").fill("test-facilities")
    page.get_by_label("公開する部署").select_option("kikaku-johoseisaku")
    page.get_by_label("自治体標準オープンデータセット").select_option("public_facilities")
    page.get_by_label("公開の状態").select_option("active")
    page.get_by_role("button", name="保存").click()
    axe_check(page)
    # and uploads a Shift_JIS CSV with an error first, then a correct one
    page.get_by_role("link", name="ファイルを追加").click()
    axe_check(page)
    broken = tmp_path / "broken.csv"
    broken.write_bytes(FACILITIES.replace("35.6581", "北緯").encode("cp932"))
    page.locator("#id_upload").set_input_files(str(broken))
    page.get_by_role("button", name="アップロード").click()
    axe_check(page)
    expect(page.locator(".error-summary")).to_contain_text("緯度")
    good = tmp_path / "shisetsu.csv"
    good.write_bytes(FACILITIES.encode("cp932"))
    page.locator("#id_upload").set_input_files(str(good))
    page.get_by_role("button", name="アップロード").click()
    axe_check(page)
    # then the file is loaded and previewed as UTF-8 text
    expect(page.locator("main")).to_contain_text("cp932")
    page.get_by_role("link", name="shisetsu.csv").click()
    axe_check(page)
    expect(page.locator("#preview tbody")).to_contain_text("赤坂区民センター")
