"""The issue's "done when" journey in Chromium, with axe on every page, with and without
JavaScript: find 粗大ごみ, apply as a guest with a photo, leave mid-way, resume from the
emailed link on another device, submit, and see the decision an officer takes with TOTP."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from madoguchi.applications.models import Application, Attachment, Status
from madoguchi.core.demo import demo_load_all
from tests.application_fixtures import png_bytes
from tests.browser.conftest import axe_check, demo_login

pytestmark = pytest.mark.django_db(transaction=True)

GUEST = "guest.rush@example.jp"
OFFICER = "officer@demo.madoguchi.jp"


def open_latest_mail(page: Page, site: Any, subject_part: str) -> None:
    page.goto(site.url + "/ja/demo/mailbox/")
    axe_check(page)
    page.get_by_role("link", name=subject_part).first.click()
    axe_check(page)
    page.locator(".mail-body a").first.click()
    axe_check(page)


def save_and_continue(page: Page) -> None:
    page.get_by_role("button", name="保存して次へ進む").click()
    axe_check(page)


def journey(page: Page, other_device: Page, officer_page: Page, site: Any, tmp_path: Path) -> None:
    # given: the resident searches the catalog the way they say it
    page.goto(site.url + "/ja/procedures/?q=ゴミ")
    axe_check(page)
    page.locator(".result__title a", has_text="粗大ごみ").first.click()
    axe_check(page)
    page.get_by_role("link", name="オンラインで申請する").click()
    axe_check(page)
    # when: they apply as a guest, giving their email address
    page.get_by_label("メールアドレス").fill(GUEST)
    page.get_by_role("button", name="リンクを送信する").click()
    axe_check(page)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    # and open the link from the mail (which confirms the address)
    open_latest_mail(page, site, "粗大ごみ")
    # and answer the first step
    expect(page.get_by_role("heading", level=1)).to_have_text("申込者")
    page.get_by_label("氏名").first.fill("港 太郎")
    page.get_by_label("フリガナ").fill("みなと たろう")
    page.locator('[name="address.current__postal_code"]').fill("105-8511")
    page.locator('[name="address.current__prefecture"]').select_option("東京都")
    page.locator('[name="address.current__city"]').fill("港区")
    page.locator('[name="address.current__town"]').fill("芝公園一丁目")
    page.locator('[name="address.current__block"]').fill("5-25")
    page.get_by_label("電話番号").fill("03-3578-2111")
    page.locator('[name="contact.email"]').fill(GUEST)
    save_and_continue(page)
    # and the second: an item and a photo of it
    expect(page.get_by_role("heading", level=1)).to_have_text("出す品目")
    page.locator('[name="items.0.name"]').select_option("sofa")
    page.locator('[name="items.0.count"]').fill("1")
    photo = tmp_path / "sofa.png"
    photo.write_bytes(png_bytes())
    page.locator('input[type=file][name="photo"]').set_input_files(str(photo))
    save_and_continue(page)
    # and leave on the third step, asking to come back later
    expect(page.get_by_role("heading", level=1)).to_have_text("収集日と出す場所")
    page.get_by_role("button", name="一時保存して後で続ける").click()
    axe_check(page)
    assert Attachment.objects.count() == 1

    # when: on another device they open the newest link from the mail
    open_latest_mail(other_device, site, "保存")
    # then: they are back on the step they left, and finish it
    expect(other_device.get_by_role("heading", level=1)).to_have_text("収集日と出す場所")
    collect = (timezone.localdate() + timedelta(days=10)).isoformat()
    other_device.get_by_label("収集希望日").fill(collect)
    other_device.get_by_label("玄関前（戸建て）").check()
    save_and_continue(other_device)
    # and check their answers, declare and send
    expect(other_device.get_by_role("heading", level=1)).to_contain_text("確認")
    expect(other_device.locator("main")).to_contain_text("sofa.png")
    other_device.get_by_label("入力した内容は事実に相違なく").check()
    other_device.get_by_role("button", name="同意して送信する").click()
    axe_check(other_device)
    expect(other_device.get_by_role("heading", level=1)).to_have_text("申請を受け付けました")
    reference = other_device.locator(".reference").inner_text().strip()
    application = Application.objects.get(reference=reference)
    assert application.status == Status.SUBMITTED

    # when: an officer logs in with a TOTP code and approves it
    demo_login(officer_page, site, OFFICER, totp=True)
    officer_page.goto(site.url + "/ja/staff/cases/")
    axe_check(officer_page)
    officer_page.get_by_role("link", name=reference).click()
    axe_check(officer_page)
    officer_page.get_by_role("button", name="審査を開始する").click()
    axe_check(officer_page)
    officer_page.get_by_role("button", name="承認する").click()
    axe_check(officer_page)

    # then: the resident sees the decision on their status page
    other_device.get_by_role("link", name="申請の進捗状況を確認する").click()
    axe_check(other_device)
    expect(other_device.locator(".status-line")).to_contain_text("承認")
    application.refresh_from_db()
    assert application.status == Status.APPROVED


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_guest_applies_resumes_and_sees_the_decision(
    make_page: Any, site: Any, tmp_path: Path, javascript: bool
) -> None:
    demo_load_all()
    resident, other_device, officer = (make_page(javascript=javascript) for _ in range(3))
    journey(resident, other_device, officer, site, tmp_path)
