"""A department officer creates a procedure and builds its two-step form (a condition and a
repeating group) in the staff form builder in Chromium, without code; a resident applies for
it, follows it in "My applications" and withdraws it. axe runs on every page."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from madoguchi.applications.models import Application, Status
from madoguchi.core.demo import demo_load_all
from madoguchi.formengine.models import FormVersion
from tests.browser.conftest import axe_check, demo_login

pytestmark = pytest.mark.django_db(transaction=True)

OFFICER = "officer@demo.madoguchi.jp"
RESIDENT = "resident@demo.madoguchi.jp"


def add_question(page: Page, **values: str) -> None:
    for name, value in values.items():
        field = page.locator(f'[name="q-{name}"]')
        if name in {"step", "kind", "condition_field", "condition_operator"}:
            field.select_option(value)
        elif name == "required":
            field.check()
        else:
            field.fill(value)
    page.get_by_role("button", name="質問を追加する").click()
    axe_check(page)
    expect(page.locator(".notification--success")).to_be_visible()


def test_officer_builds_a_form_and_a_resident_applies(
    page: Page, make_page: Any, site: Any
) -> None:
    demo_load_all()
    # given: an officer logged in with TOTP, on the procedure catalog
    demo_login(page, site, OFFICER, totp=True)
    page.goto(site.url + "/ja/staff/procedures/")
    axe_check(page)
    page.get_by_role("link", name="新しい手続き").click()
    axe_check(page)
    # when: they create a procedure
    page.locator('[name="code"]').fill("kodomo-taiken")
    page.locator('[name="name"]').fill("こども体験教室の申込み")
    page.locator('[name="name_en"]').fill("Children's workshop")
    page.locator('[name="category"]').select_option("childcare")
    page.locator('[name="identity_level"][value="email"]').check()
    page.get_by_role("button", name="手続きを作成する").click()
    axe_check(page)
    # and build its form: start, a yes/no question, a conditional question
    page.get_by_role("button", name="フォームの作成を始める").click()
    axe_check(page)
    add_question(
        page,
        step="applicant",
        kind="yes_no",
        key="guardian.attends",
        label_ja="保護者も参加しますか",
        label_en="Will a guardian attend?",
        required="on",
    )
    add_question(
        page,
        step="applicant",
        kind="text",
        key="guardian.name",
        label_ja="参加する保護者の氏名",
        required="on",
        condition_field="guardian.attends",
        condition_operator="equals",
        condition_value="yes",
    )
    # and a second step with a repeating group of children
    page.locator('[name="s-key"]').fill("children")
    page.locator('[name="s-title_ja"]').fill("参加するお子さん")
    page.get_by_role("button", name="ステップを追加する").click()
    axe_check(page)
    add_question(
        page,
        step="children",
        kind="group",
        key="children",
        label_ja="お子さん",
        group_fields="name | text | 氏名 | Name | required\nage | number | 年齢 | Age | required",
        group_min="1",
        group_max="3",
    )
    # and a mistake is explained, not saved
    add_before = FormVersion.objects.get(status="draft").definition
    page.locator('[name="q-step"]').select_option("children")
    page.locator('[name="q-kind"]').select_option("single_choice")
    page.locator('[name="q-key"]').fill("course")
    page.locator('[name="q-label_ja"]').fill("コース")
    page.get_by_role("button", name="質問を追加する").click()
    axe_check(page)
    expect(page.locator(".error-summary")).to_contain_text("choices")
    assert FormVersion.objects.get(status="draft").definition == add_before
    # and they preview, publish and switch the procedure online
    page.get_by_role("button", name="バージョン1を公開する").click()
    axe_check(page)
    page.get_by_role("link", name="プレビュー").first.click()
    axe_check(page)
    expect(page.locator("main")).to_contain_text("お子さん")
    page.goto(site.url + "/ja/staff/procedures/kodomo-taiken/")
    axe_check(page)
    page.locator('[name="online"]').check()
    page.locator('[name="fee_kind"][value="free"]').check()
    page.get_by_role("button", name="保存", exact=True).click()
    axe_check(page)
    # and add a CSV delivery for the department's system
    page.goto(site.url + "/ja/staff/procedures/kodomo-taiken/deliveries/")
    axe_check(page)
    page.locator('[name="plugin"][value="csv"]').check()
    page.locator('[name="name"]').fill("受付CSV")
    page.locator('[name="encoding"]').select_option("cp932")
    page.get_by_role("button", name="連携先を追加する").click()
    axe_check(page)
    page.goto(site.url + "/ja/staff/cases/deliveries/")
    axe_check(page)
    assert FormVersion.objects.get(procedure__code="kodomo-taiken").status == "published"

    # when: a resident applies for the new procedure
    resident = make_page()
    demo_login(resident, site, RESIDENT, totp=False)
    resident.goto(site.url + "/ja/procedures/kodomo-taiken/")
    axe_check(resident)
    resident.get_by_role("link", name="オンラインで申請する").click()
    axe_check(resident)
    resident.get_by_role("button", name="申請を始める").click()
    axe_check(resident)
    resident.get_by_label("氏名").fill("港 花子")
    resident.get_by_label("はい").check()
    resident.get_by_role("button", name="保存して次へ進む").click()
    axe_check(resident)
    # then: the conditional question appears; answering it leads to step 2
    resident.get_by_label("参加する保護者の氏名").fill("港 花子")
    resident.get_by_role("button", name="保存して次へ進む").click()
    axe_check(resident)
    resident.locator('[name="children.0.name"]').fill("港 一")
    resident.locator('[name="children.0.age"]').fill("7")
    resident.get_by_role("button", name="追加する", exact=True).click()
    axe_check(resident)
    resident.locator('[name="children.1.name"]').fill("港 二")
    resident.locator('[name="children.1.age"]').fill("５")
    resident.get_by_role("button", name="保存して次へ進む").click()
    axe_check(resident)
    resident.get_by_label("入力した内容は事実に相違なく").check()
    resident.get_by_role("button", name="同意して送信する").click()
    axe_check(resident)
    application = Application.objects.get(procedure__code="kodomo-taiken")
    assert application.answers["children"] == [
        {"name": "港 一", "age": "7"},
        {"name": "港 二", "age": "5"},
    ]
    # and it is in "My applications", from where they withdraw it
    resident.goto(site.url + "/ja/my/applications/")
    axe_check(resident)
    resident.get_by_role("link", name="こども体験教室の申込み").click()
    axe_check(resident)
    resident.get_by_role("link", name="この申請を取り下げる").click()
    axe_check(resident)
    resident.get_by_role("button", name="申請を取り下げる").click()
    axe_check(resident)
    application.refresh_from_db()
    assert application.status == Status.WITHDRAWN
    # and an old or forged link explains itself
    resident.goto(site.url + "/ja/applications/link/no-such-link/")
    axe_check(resident)
    expect(resident.get_by_role("heading", level=1)).to_be_visible()
