"""Every page renders in all four languages, with the right lang attribute and no inline
script (so it works without JavaScript under our CSP)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

LANGUAGES = ["ja", "en", "zh-hans", "ko"]
PUBLIC_PAGES = [
    "core:home",
    "core:accessibility",
    "core:privacy",
    "core:design_system",
    "accounts:login",
    "accounts:register",
    "accounts:register_done",
    "accounts:resend_verification",
    "accounts:password_reset",
    "evaluation:plan",
]
HEADINGS = {
    "core:home": {"ja": "港区", "en": "online services", "zh-hans": "在线服务", "ko": "온라인"},
    "accounts:login": {"ja": "ログイン", "en": "Log in", "zh-hans": "登录", "ko": "로그인"},
}


def _url(name: str, language: str) -> str:
    with translation.override(language):
        return reverse(name)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_page_renders_in_language(client: Client, name: str, language: str) -> None:
    # when
    response = client.get(_url(name, language))
    # then
    assert response.status_code == 200
    body = response.content.decode()
    assert f'<html lang="{language}">' in body
    assert response["Content-Language"] == language
    assert re.search(r"<script(?![^>]*\bsrc=)[^>]*>", body) is None, "inline script found"
    assert 'href="#main"' in body and 'id="main"' in body
    if name in HEADINGS:
        assert HEADINGS[name][language] in body


@pytest.mark.parametrize("language", LANGUAGES)
def test_resident_and_staff_pages_render_in_language(
    client: Client, staff_client: Any, make_resident: Any, language: str
) -> None:
    # given
    client.force_login(make_resident())
    # when
    mypage = client.get(_url("accounts:mypage", language))
    staff = staff_client("administrator").get(_url("accounts:staff_dashboard", language))
    # then
    assert mypage.status_code == 200 and f'lang="{language}"' in mypage.content.decode()
    assert staff.status_code == 200 and f'lang="{language}"' in staff.content.decode()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ja", "ページが見つかりません"),
        ("en", "Page not found"),
        ("zh-hans", "找不到页面"),
        ("ko", "페이지를 찾을 수 없습니다"),
    ],
)
def test_not_found_page_speaks_the_language_of_the_url(
    client: Client, language: str, text: str
) -> None:
    # when
    response = client.get(f"/{language}/no-such-page/")
    # then
    assert response.status_code == 404
    assert text in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_error_views_render_in_each_language(rf: Any, language: str) -> None:
    # given
    from madoguchi.core import views

    request = rf.get(f"/{language}/")
    # when
    with translation.override(language):
        responses = [
            views.bad_request(request),
            views.permission_denied(request),
            views.page_not_found(request),
            views.server_error(request),
        ]
    # then
    assert [r.status_code for r in responses] == [400, 403, 404, 500]
    for response in responses:
        assert f'<html lang="{language}">' in response.content.decode()


def test_language_comes_from_prefix_then_cookie_then_accept_language(
    client: Client, settings: Any
) -> None:
    # when / then: no prefix, no cookie: Accept-Language decides
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ko-KR,ko;q=0.9").url == "/ko/"
    # when / then: a cookie beats Accept-Language
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ko").url == "/zh-hans/"
    # when / then: the URL prefix beats both
    response = client.get("/en/", HTTP_ACCEPT_LANGUAGE="ko")
    assert '<html lang="en">' in response.content.decode()
    # when / then: nothing at all means Japanese
    assert Client().get("/").url == "/ja/"


def test_language_switcher_keeps_the_page_and_remembers_the_choice(
    client: Client, settings: Any
) -> None:
    # given
    page = client.get("/ja/accounts/login/")
    assert 'name="next" value="/ja/accounts/login/"' in page.content.decode()
    # when
    response = client.post("/i18n/setlang/", {"language": "ko", "next": "/ja/accounts/login/"})
    # then
    assert response.status_code == 302
    assert response.url == "/ko/accounts/login/"
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ko"


def test_security_headers_are_set(client: Client) -> None:
    # when
    response = client.get("/ja/")
    # then
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_design_system_form_reports_errors_and_keeps_answers(client: Client) -> None:
    # when
    response = client.post(
        "/ja/design-system/",
        {
            "full_name": "港 花子",
            "household_size": "0",
            "birth_date_0": "heisei",
            "birth_date_1": "31",
            "birth_date_2": "5",
            "birth_date_3": "1",
            "district": "",
        },
    )
    # then
    body = response.content.decode()
    assert response.status_code == 400
    assert "<title>エラー:" in body
    assert 'value="港 花子"' in body
    assert 'href="#id_household_size"' in body
    assert 'href="#id_birth_date-group"' in body
    assert 'href="#id_contact_method-group"' in body


def test_design_system_form_accepts_a_wareki_date(client: Client) -> None:
    # when
    response = client.post(
        "/ja/design-system/",
        {
            "full_name": "港 花子",
            "household_size": "3",
            "birth_date_0": "reiwa",
            "birth_date_1": "1",
            "birth_date_2": "5",
            "birth_date_3": "1",
            "contact_method": "email",
            "district": "shiba",
            "agree": "on",
        },
    )
    # then
    assert response.status_code == 200
    assert "notification--success" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/v1/procedures?q=%00", 422),
        ("/api/v1/procedures?category=a%00b", 422),
        ("/api/3/action/package_search?q=%00", 409),
        ("/open311/v2/requests.json?service_code=%00", 400),
        ("/ja/procedures/?q=%E3%81%94%00", 400),
        ("/ja/opendata/?q=%00", 400),
    ],
)
def test_a_nul_character_in_the_address_is_refused_not_a_server_error(
    url: str, status: int
) -> None:
    # given an address carrying %00 (PostgreSQL cannot compare text with NUL)
    # when it is requested
    response = Client().get(url)
    # then each API refuses it in its own error shape, and pages with a 400
    assert response.status_code == status
    if url.startswith("/api/3/"):
        assert response.json()["error"]["__type"] == "Validation Error"
    elif url.startswith("/open311/"):
        assert response.json()[0]["code"] == 400
