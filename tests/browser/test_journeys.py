"""Real journeys in Chromium, with axe-core on every page visited."""

from __future__ import annotations

from typing import Any

import pyotp
import pytest
from playwright.sync_api import Page, expect

from madoguchi.accounts.models import User
from tests.browser.conftest import axe_check, staff_login
from tests.conftest import TOTP_SECRET

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "港区で暮らす毎日を便利に-2026"


def _register_verify_login_switch_logout(page: Page, site: Any) -> None:
    # given: a new resident on the home page
    page.goto(site.url + "/ja/")
    axe_check(page)
    page.get_by_role("link", name="アカウント作成").first.click()
    axe_check(page)
    # when: they register
    page.get_by_label("お名前").fill("港 花子")
    page.get_by_label("メールアドレス").fill("hanako@example.jp")
    page.get_by_label("パスワード ※必須", exact=True).fill(PASSWORD)
    page.get_by_label("パスワード（確認）").fill(PASSWORD)
    page.get_by_label("プライバシーポリシーを読み、同意します").check()
    page.get_by_role("button", name="アカウント作成").click()
    axe_check(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("メールをご確認ください")
    # then: the confirmation mail is in the demo mailbox, and its link verifies the address
    page.goto(site.url + "/ja/demo/mailbox/")
    axe_check(page)
    page.get_by_role("link", name="メールアドレスの確認").first.click()
    axe_check(page)
    page.locator(".mail-body a").first.click()
    axe_check(page)
    expect(page.locator(".notification--success")).to_be_visible()
    assert User.objects.get(email="hanako@example.jp").email_verified_at is not None
    # when: they log in
    page.get_by_label("メールアドレス").fill("hanako@example.jp")
    page.get_by_label("パスワード").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="ログイン").click()
    axe_check(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("マイページ")
    # when: they switch to English
    page.get_by_role("button", name="English").click()
    axe_check(page)
    # then: the same page, in English, with the right lang attribute
    assert page.url.endswith("/en/accounts/mypage/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("My page")
    # when: they log out
    page.get_by_role("button", name="Log out", exact=True).click()
    axe_check(page)
    expect(
        page.get_by_role("navigation", name="Account").get_by_role("link", name="Log in")
    ).to_be_visible()
    expect(page.locator(".notification--success")).to_contain_text("You have logged out.")


def test_resident_registers_verifies_logs_in_switches_language_and_logs_out(
    page: Page, site: Any
) -> None:
    _register_verify_login_switch_logout(page, site)


def test_the_same_journey_works_without_javascript(nojs_page: Page, site: Any) -> None:
    _register_verify_login_switch_logout(nojs_page, site)


def test_staff_log_in_with_totp(page: Page, site: Any, make_staff: Any) -> None:
    # given
    clerk = make_staff("counter_clerk")
    page.goto(site.url + "/ja/accounts/login/")
    axe_check(page)
    # when: password first
    page.get_by_label("メールアドレス").fill(clerk.email)
    page.get_by_label("パスワード").fill("correct horse battery staple")
    page.locator("main").get_by_role("button", name="ログイン").click()
    axe_check(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("二要素認証")
    # when: a wrong code, then the right one
    page.get_by_label("認証アプリに表示された6桁のコード").fill("000000")
    page.get_by_role("button", name="次へ").click()
    axe_check(page)
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page).to_have_title("エラー: 二要素認証 | 港区 Madoguchi")
    page.get_by_label("認証アプリに表示された6桁のコード").fill(pyotp.TOTP(TOTP_SECRET).now())
    page.get_by_role("button", name="次へ").click()
    axe_check(page)
    # then
    expect(page.get_by_role("heading", level=1)).to_have_text("職員ダッシュボード")


def test_new_staff_enrol_an_authenticator_from_the_qr_page(
    page: Page, site: Any, make_staff: Any
) -> None:
    # given
    officer = make_staff("department_officer", enrolled=False)
    page.goto(site.url + "/ja/accounts/login/")
    axe_check(page)
    page.get_by_label("メールアドレス").fill(officer.email)
    page.get_by_label("パスワード").fill("correct horse battery staple")
    page.locator("main").get_by_role("button", name="ログイン").click()
    axe_check(page)
    # when: the key shown on the page is typed into an authenticator
    secret = page.locator("code.secret").inner_text()
    expect(page.locator(".qr-code svg")).to_be_visible()
    page.get_by_label("認証アプリに表示された6桁のコード").fill(pyotp.TOTP(secret).now())
    page.get_by_role("button", name="確認").click()
    axe_check(page)
    # then
    expect(page.get_by_role("heading", level=1)).to_have_text("職員ダッシュボード")


LANGS = ["ja", "en", "zh-hans", "ko"]


def _serve(html: str, status: int) -> Any:
    """A route handler that answers with a page rendered by one of our views."""
    return lambda route: route.fulfill(
        status=status, body=html, content_type="text/html; charset=utf-8"
    )


PAGES = [
    "/",
    "/accessibility/",
    "/privacy/",
    "/design-system/",
    "/design-system/?page=3",
    "/accounts/login/",
    "/accounts/register/",
    "/accounts/register/sent/",
    "/accounts/register/resend/",
    "/accounts/password/reset/",
    "/plan/",
    "/demo/mailbox/",
    "/no-such-page/",
]


@pytest.mark.parametrize("language", LANGS)
def test_every_public_page_has_no_axe_violations(page: Page, site: Any, language: str) -> None:
    from madoguchi.core.demo import demo_load_all

    demo_load_all()
    for path in PAGES:
        response = page.goto(f"{site.url}/{language}{path}")
        assert response is not None and response.status == (404 if "no-such" in path else 200), path
        expect(page.locator("html")).to_have_attribute("lang", language)
        axe_check(page)


@pytest.mark.parametrize("language", LANGS)
def test_signed_in_pages_and_form_errors_have_no_axe_violations(
    page: Page, site: Any, language: str, make_resident: Any, make_staff: Any
) -> None:
    # given: a form submitted with errors
    page.goto(f"{site.url}/{language}/design-system/")
    axe_check(page)
    page.locator("main form button[type=submit]").click()
    axe_check(page)
    expect(page.locator(".error-summary")).to_be_visible()
    # and: a resident's page
    resident = make_resident(email=f"r-{language}@example.jp")
    page.goto(f"{site.url}/{language}/accounts/login/")
    axe_check(page)
    page.locator("#id_email").fill(resident.email)
    page.locator("#id_password").fill("correct horse battery staple")
    page.locator("main form button[type=submit]").click()
    axe_check(page)
    assert "/accounts/mypage/" in page.url
    page.goto(f"{site.url}/{language}/accounts/password/change/")
    axe_check(page)


@pytest.mark.parametrize("language", LANGS)
def test_staff_pages_have_no_axe_violations(
    page: Page, site: Any, language: str, make_staff: Any
) -> None:
    # given: an administrator logged in with password and TOTP
    admin = make_staff("administrator")
    staff_login(page, site, admin.email, language=language)
    assert page.url.endswith(f"/{language}/staff/")
    # when / then: every staff page
    from madoguchi.core.demo import demo_load_all
    from madoguchi.evaluation.live import fiscal_year
    from madoguchi.evaluation.models import Policy, Series
    from madoguchi.procedures.models import Procedure

    demo_load_all()
    offline = Procedure.objects.filter(online=False).first()
    survey = Series.objects.filter(survey_based=True).first()
    policy = Policy.objects.get(number=24)
    for path in [
        "/staff/audit/",
        "/staff/audit/?verify=1",
        "/staff/procedures/",
        f"/staff/procedures/{offline.code}/",
        "/staff/identity/",
        "/staff/indicators/",
        f"/staff/indicators/{survey.pk}/",
        f"/staff/evaluations/{fiscal_year() - 1}/policy/{policy.pk}/",
        "/staff/evaluations/",
        "/staff/indicators/import/",
    ]:
        page.goto(f"{site.url}/{language}{path}")
        axe_check(page)
    page.locator("main form button[type=submit]").click()  # the import form sent empty
    axe_check(page)
    expect(page.locator(".error-summary")).to_be_visible()
    membership = admin.memberships.first()
    page.goto(f"{site.url}/{language}/staff/departments/{membership.department.code}/")
    axe_check(page)


@pytest.mark.parametrize("language", LANGS)
def test_forbidden_bad_request_and_server_error_pages_have_no_axe_violations(
    page: Page, site: Any, language: str, make_resident: Any, rf: Any
) -> None:
    # given: a resident who opens a staff page
    resident = make_resident(email=f"f-{language}@example.jp")
    page.goto(f"{site.url}/{language}/accounts/login/")
    axe_check(page)
    page.locator("#id_email").fill(resident.email)
    page.locator("#id_password").fill("correct horse battery staple")
    page.locator("main form button[type=submit]").click()
    axe_check(page)
    # when
    response = page.goto(f"{site.url}/{language}/staff/")
    # then
    assert response is not None and response.status == 403
    axe_check(page)
    # and: the 400 and 500 pages, rendered by their real views, served at a site address
    from django.utils import translation

    from madoguchi.core import views

    for status, view in [(400, views.bad_request), (500, views.server_error)]:
        with translation.override(language):
            html = view(rf.get("/")).content.decode()
        url = f"{site.url}/{language}/error-{status}/"
        page.route(url, _serve(html, status))
        page.goto(url)
        expect(page.locator("html")).to_have_attribute("lang", language)
        axe_check(page)
