"""Residents' voice in Chromium, the issue's whole journey: a resident without JavaScript
sends a voice with a photo about 不法投棄 near 芝公園 and marks the place on the map; it is
sorted and routed to the waste department; an officer answers; the resident reads the
answer and rates it; a manager publishes it with the resident's name redacted. axe runs on
every page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from madoguchi.accounts.models import StaffRole, User
from madoguchi.voices.models import Voice
from tests.application_fixtures import link_in, png_bytes
from tests.browser.conftest import axe_check, staff_login

pytestmark = pytest.mark.django_db(transaction=True)

TEXT = "芝公園の入口付近に粗大ごみが不法投棄されています。冷蔵庫が置かれたままです。山田太郎"


@pytest.fixture
def departments(make_department: Callable[..., Any]) -> Any:
    from madoguchi.voices.categories import categories_ensure
    from madoguchi.voices.models import Category

    categories_ensure()
    waste = make_department(code="kankyo-recycle-seiso", name="みなとリサイクル清掃事務所")
    make_department(code="kikaku-kuchoshitsu", name="区長室")
    Category.objects.filter(code="waste").update(department=waste)
    return waste


def test_voice_from_intake_to_publication(
    make_page: Callable[..., Page],
    site: Any,
    departments: Any,
    make_staff: Callable[..., User],
    read_mail: Any,
    tmp_path: Path,
) -> None:
    officer = make_staff(StaffRole.DEPARTMENT_OFFICER, departments)
    manager = make_staff(StaffRole.DEPARTMENT_MANAGER, departments)
    photo = tmp_path / "dumping.png"
    photo.write_bytes(png_bytes())
    # given a resident whose browser runs no JavaScript
    resident = make_page(javascript=False)
    resident.goto(site.url + "/ja/voices/")
    axe_check(resident)
    resident.locator("#id_body").fill(TEXT)
    # when she marks the place on the map (the page comes back with what she typed)
    resident.locator("input.location-map").click(position={"x": 140, "y": 150})
    axe_check(resident)
    expect(resident.locator("#id_body")).to_have_value(TEXT)
    expect(resident.locator("main [role=status]")).to_be_visible()
    # and sends it with a photo, her name and email, asking for an answer
    resident.locator("#id_photos").set_input_files(str(photo))
    resident.locator("#id_wants_reply").check()
    resident.locator("#id_may_publish").check()
    resident.locator("#id_name").fill("山田太郎")
    resident.locator("#id_email").fill("yamada@example.jp")
    resident.locator("button[name=send]").click()
    axe_check(resident)
    expect(resident.locator("h1")).to_contain_text("ありがとう")
    # then the confirmation link makes it reach the city
    mails = read_mail("yamada@example.jp")
    assert len(mails) == 1
    resident.goto(site.url + link_in(mails[0].body))
    axe_check(resident)
    voice = Voice.objects.get()
    assert voice.status == "received" and voice.photos.count() == 1
    assert voice.category is not None and voice.category.code == "waste"
    assert voice.department == departments and voice.latitude is not None

    # when the officer finds it in the queue, sorted and routed, and answers it
    staff = make_page()
    staff_login(staff, site, officer.email)
    staff.goto(site.url + "/ja/staff/voices/")
    axe_check(staff)
    staff.get_by_role("link", name=voice.reference).click()
    axe_check(staff)
    expect(staff.locator("main")).to_contain_text("ごみ・リサイクル")
    staff.locator("#id_answer").fill("山田様、ご連絡ありがとうございます。本日撤去しました。")
    staff.get_by_role("button", name="回答を送る").click()
    axe_check(staff)

    # then the resident reads the answer from the mail and rates it
    answer_mail = [m for m in read_mail("yamada@example.jp") if "本日撤去しました" in m.body]
    resident.goto(site.url + link_in(answer_mail[-1].body))
    axe_check(resident)
    expect(resident.locator("main")).to_contain_text("本日撤去しました")
    resident.locator("#score-4").check()
    resident.get_by_role("button", name="評価を送る").click()
    axe_check(resident)
    voice.refresh_from_db()
    assert voice.satisfaction == 4

    # when the officer prepares the anonymised text and the manager approves it
    staff.goto(f"{site.url}/ja/staff/voices/{voice.reference}/")
    axe_check(staff)
    staff.get_by_role("button", name="公開用の匿名版を作成").click()
    axe_check(staff)
    boss = make_page()
    staff_login(boss, site, manager.email)
    boss.goto(f"{site.url}/ja/staff/voices/{voice.reference}/publication/")
    axe_check(boss)
    expect(boss.locator("#id_body")).not_to_contain_text("山田")
    boss.get_by_role("button", name="承認して公開").click()
    axe_check(boss)
    # (the manager's analysis and settings pages pass axe too)
    boss.goto(f"{site.url}/ja/staff/voices/analysis/")
    axe_check(boss)
    expect(boss.locator("main")).to_contain_text("ごみ・リサイクル")
    boss.goto(f"{site.url}/ja/staff/voices/settings/")
    axe_check(boss)

    # then residents can read it, without the name
    resident.goto(site.url + "/ja/voices/published/")
    axe_check(resident)
    resident.locator(".result__title a").first.click()
    axe_check(resident)
    expect(resident.locator("main")).to_contain_text("不法投棄")
    expect(resident.locator("main")).not_to_contain_text("山田")
