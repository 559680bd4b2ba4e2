"""The life-event navigator and the no-writing counter in Chromium.

A family of four moving into Minato answers the navigator with JavaScript switched off, gets a
checklist with deadlines, enters its data once and gets a QR code; a clerk opens a counter
session with the code, sees the forms filled, prints them as one PDF and submits two as cases.
axe runs on every page.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from madoguchi.accounts.models import StaffRole
from madoguchi.applications.models import Application, Channel, Status
from madoguchi.navigator.models import Entry
from tests.browser.conftest import axe_check, staff_login

pytestmark = pytest.mark.django_db(transaction=True)

MEMBERS = [
    ("港 花子", "ミナト ハナコ", "1990-09-03", "female", "spouse"),
    ("港 さくら", "ミナト サクラ", "2023-04-20", "female", "child"),
    ("港 大地", "ミナト ダイチ", "2018-07-01", "male", "child"),
]


@pytest.fixture
def minato(transactional_db: None) -> None:
    from madoguchi.accounts.demo import departments_load
    from madoguchi.formengine.demo import load as forms_load
    from madoguchi.navigator.demo import load as navigator_load
    from madoguchi.payments.demo import load as payments_load
    from madoguchi.procedures.demo import load as procedures_load

    departments_load()
    procedures_load()
    forms_load()
    payments_load()
    navigator_load()


def _continue(page: Page) -> None:
    page.get_by_role("button", name="保存して次へ").click()
    axe_check(page)


def _address(page: Page, name: str, values: dict[str, str]) -> None:
    for part, value in values.items():
        field = page.locator(f'[name="{name}__{part}"]')
        if part == "prefecture":
            field.select_option(value)
        else:
            field.fill(value)


def resident_gets_a_code(page: Page, site: Any) -> str:
    # given: the resident opens the navigator and chooses moving in
    page.goto(site.url + "/ja/navigator/")
    axe_check(page)
    page.get_by_role("link", name="引っ越してきたとき（転入）").click()
    axe_check(page)
    # when: they answer the questions
    page.locator('[name="moving_date"]').fill("2026-12-01")
    page.locator('[name="moved_from"][value="japan"]').check()
    page.locator('[name="children_preschool"]').fill("1")
    page.locator('[name="children_school"]').fill("1")
    page.locator('[name="health_insurance"][value="kokuho"]').check()
    page.locator('[name="national_pension"][value="yes"]').check()
    page.locator('[name="dog"][value="registered"]').check()
    page.locator('[name="vehicles"][value="bicycle"]').check()
    page.get_by_role("button", name="チェックリストを表示する").click()
    axe_check(page)
    # then: questions that now apply are asked, without losing the answers
    expect(page.locator('[name="children_preschool"]')).to_have_value("1")
    page.locator('[name="preschool_care"][value="hoikuen"]').check()
    page.locator('[name="public_school"][value="yes"]').check()
    page.get_by_role("button", name="チェックリストを表示する").click()
    axe_check(page)
    # and the checklist has the procedures with their deadlines and a shareable address
    expect(page.get_by_role("heading", level=1)).to_have_text("あなたのチェックリスト")
    main = page.locator("main")
    expect(main).to_contain_text("転入届")
    expect(main).to_contain_text("2026-12-15")
    expect(main).to_contain_text("児童手当の認定請求")
    assert "moving_date=2026-12-01" in page.locator("#share-url").input_value()

    # when: they enter their details once
    page.get_by_role("button", name="窓口で使う情報を入力する").click()
    axe_check(page)
    page.get_by_label("氏名").fill("港 太郎")
    page.get_by_label("フリガナ").fill("ミナト タロウ")
    page.get_by_label("生年月日").fill("1988-05-12")
    page.get_by_label("男性").check()
    _continue(page)
    for index, (name, kana, born, gender, relation) in enumerate(MEMBERS):
        if index:
            page.get_by_role("button", name="追加する").click()
            axe_check(page)
        prefix = f"household.members.{index}"
        page.locator(f'[name="{prefix}.name"]').fill(name)
        page.locator(f'[name="{prefix}.name_kana"]').fill(kana)
        page.locator(f'[name="{prefix}.birth_date"]').fill(born)
        page.locator(f'[name="{prefix}.gender"][value="{gender}"]').check()
        page.locator(f'[name="{prefix}.relationship"][value="{relation}"]').check()
    _continue(page)
    _address(
        page,
        "address.previous",
        {
            "postal_code": "231-0017",
            "prefecture": "神奈川県",
            "city": "横浜市中区",
            "town": "港町",
            "block": "1-1",
        },
    )
    _address(
        page,
        "address.new",
        {
            "postal_code": "105-8511",
            "prefecture": "東京都",
            "city": "港区",
            "town": "芝公園",
            "block": "1-5-25",
        },
    )
    page.locator('[name="address.moving_date"]').fill("2026-12-01")
    _continue(page)
    page.get_by_label("電話番号").fill("03-1234-5678")
    page.locator('[name="bank.account__bank_code"]').fill("0001")
    page.locator('[name="bank.account__branch_code"]').fill("001")
    page.locator('[name="bank.account__account_type"]').select_option("ordinary")
    page.locator('[name="bank.account__account_number"]').fill("1234567")
    page.locator('[name="bank.account__holder_kana"]').fill("ﾐﾅﾄ ﾀﾛｳ")
    _continue(page)
    # and check them and ask for the code
    expect(page.get_by_role("heading", level=1)).to_have_text("入力内容の確認")
    expect(page.locator("main")).to_contain_text("ミナト ダイチ")
    page.get_by_role("button", name="窓口で使うコードを発行する").click()
    axe_check(page)
    # then: a short code and a QR code are shown
    expect(page.locator(".qr-code svg")).to_be_visible()
    code = page.get_by_test_id("entry-code").inner_text()
    match = re.search(r"[A-Z0-9]{4}-[A-Z0-9]{4}", code)
    assert match, code
    assert Entry.objects.get().status == Entry.Status.READY
    return match.group(0)


def test_family_moving_in_from_navigator_to_counter(
    nojs_page: Page, page: Page, site: Any, minato: None, make_staff: Any
) -> None:
    code = resident_gets_a_code(nojs_page, site)

    # given: a clerk at the Shiba counter
    clerk = make_staff(StaffRole.COUNTER_CLERK)
    staff_login(page, site, clerk.email)
    page.goto(site.url + "/ja/staff/counter/")
    axe_check(page)
    # when: they type the resident's code and open the session
    page.locator("#id_c-code").fill(code)
    page.locator("#id_c-counter").select_option("shiba-madoguchi")
    page.get_by_role("button", name="開く").click()
    axe_check(page)
    # then: the session shows at least six forms filled from the data, and the route
    table = page.get_by_test_id("forms-table")
    rows = table.locator("tbody tr")
    filled = [int(rows.nth(i).locator("td").nth(2).inner_text()) for i in range(rows.count())]
    assert len([n for n in filled if n > 0]) >= 6, filled
    expect(page.locator("main")).to_contain_text("区役所本庁舎1階")

    # when: they confirm identity
    page.get_by_label("マイナンバーカード").check()
    page.get_by_role("button", name="本人確認を記録する").click()
    axe_check(page)
    # and print every form as one PDF
    pdf = page.request.get(
        site.url
        + page.get_by_role("link", name="すべての様式を印刷する（PDF）").get_attribute("href")
    )
    assert pdf.ok and pdf.body().startswith(b"%PDF")
    # and complete and submit two forms
    for code_ in complete_two(page):
        page.locator(f"#submit-{code_}").check()
    page.get_by_role("button", name="選んだ様式を申請として登録する").click()
    axe_check(page)
    cases = Application.objects.filter(channel=Channel.COUNTER, status=Status.SUBMITTED)
    assert cases.count() == 2
    expect(page.locator("main")).to_contain_text(cases.first().reference or "")


def complete_two(page: Page) -> list[str]:
    """Open two forms and answer what the data did not cover; returns their codes."""
    done = []
    for code, answers in COMPLETIONS.items():
        page.locator(f'a[href*="/form/{code}/"]').click()
        axe_check(page)
        for selector, value in answers:
            if selector == "save":
                page.get_by_role("button", name="保存", exact=True).click()
                axe_check(page)
                continue
            field = page.locator(selector)
            if value is None:
                field.check()
            elif field.evaluate("el => el.tagName") == "SELECT":
                field.select_option(value)
            else:
                field.fill(value)
        page.get_by_role("button", name="保存", exact=True).click()
        axe_check(page)
        done.append(code)
    return done


#: Per form: (selector, value) for the questions the entry does not answer (None = check).
COMPLETIONS: dict[str, list[tuple[str, str | None]]] = {
    "tennyu-todoke": [('[name="tennyu.basis"][value="mynumber_card"]', None)],
    # the identity question appears once the clerk says the resident applies in person
    "inkan-toroku": [
        ('[name="inkan.applicant_type"][value="self"]', None),
        ("save", None),
        ('[name="inkan.identity_method"][value="photo_id"]', None),
    ],
}
