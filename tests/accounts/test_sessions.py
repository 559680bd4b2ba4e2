"""Login throttling, session timeouts and "log out everywhere"."""

from __future__ import annotations

import time
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from madoguchi.accounts.middleware import AUTH_AT, LAST_SEEN
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def _login(client: Any, email: str, password: str) -> Any:
    return client.post(reverse("accounts:login"), {"email": email, "password": password})


def test_five_failures_lock_the_account_even_for_the_right_password(
    client: Any, make_resident: Any
) -> None:
    # given
    user = make_resident()
    for _ in range(5):
        assert _login(client, user.email, "wrong password here").status_code == 400
    # when
    response = _login(client, user.email, PASSWORD)
    # then
    assert response.status_code == 400
    assert "15分" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_failures_on_other_accounts_do_not_lock_this_one(client: Any, make_resident: Any) -> None:
    # given
    user = make_resident()
    other = make_resident()
    for _ in range(5):
        _login(client, other.email, "wrong password here")
    # when
    response = _login(client, user.email, PASSWORD)
    # then
    assert response.status_code == 302


def test_idle_session_is_ended_with_a_message(
    client: Any, make_resident: Any, settings: Any
) -> None:
    # given
    user = make_resident()
    assert _login(client, user.email, PASSWORD).status_code == 302
    session = client.session
    session[LAST_SEEN] = int(time.time()) - settings.MADOGUCHI_SESSION_IDLE_SECONDS - 5
    session.save()
    # when
    response = client.get(reverse("accounts:mypage"))
    # then
    assert response.status_code == 302
    assert reverse("accounts:login") in response.url
    assert "_auth_user_id" not in client.session


def test_absolute_lifetime_ends_an_active_session(
    client: Any, make_resident: Any, settings: Any
) -> None:
    # given
    user = make_resident()
    _login(client, user.email, PASSWORD)
    session = client.session
    session[AUTH_AT] = int(time.time()) - settings.MADOGUCHI_SESSION_ABSOLUTE_SECONDS - 5
    session.save()
    # when
    response = client.get(reverse("accounts:mypage"))
    # then
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_active_session_within_limits_continues(client: Any, make_resident: Any) -> None:
    # given
    user = make_resident()
    _login(client, user.email, PASSWORD)
    # when
    response = client.get(reverse("accounts:mypage"))
    # then
    assert response.status_code == 200


def test_log_out_everywhere_ends_other_sessions(make_resident: Any) -> None:
    # given: the same resident logged in on a phone and a PC
    user = make_resident()
    phone, pc = Client(), Client()
    _login(phone, user.email, PASSWORD)
    _login(pc, user.email, PASSWORD)
    assert pc.get(reverse("accounts:mypage")).status_code == 200
    # when
    phone.post(reverse("accounts:logout_everywhere"))
    # then
    assert pc.get(reverse("accounts:mypage")).status_code == 302
    assert phone.get(reverse("accounts:mypage")).status_code == 302
    # and a fresh login works again
    assert _login(pc, user.email, PASSWORD).status_code == 302


def test_open_redirects_are_refused_after_login(client: Any, make_resident: Any) -> None:
    # given
    user = make_resident()
    # when
    response = client.post(
        reverse("accounts:login") + "?next=https://evil.example/",
        {"email": user.email, "password": PASSWORD, "next": "https://evil.example/"},
    )
    # then
    assert response.status_code == 302
    assert response.url == reverse("accounts:mypage")
