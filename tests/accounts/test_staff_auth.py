"""Staff must pass TOTP two-factor authentication; codes cannot be replayed."""

from __future__ import annotations

import time
from typing import Any

import pyotp
import pytest
from django.urls import reverse

from madoguchi.accounts.models import TOTPDevice
from madoguchi.accounts.services import totp_verify
from tests.conftest import PASSWORD, TOTP_SECRET

pytestmark = pytest.mark.django_db


def test_password_alone_does_not_open_staff_pages(client: Any, make_staff: Any) -> None:
    # given
    clerk = make_staff("counter_clerk")
    # when
    response = client.post(reverse("accounts:login"), {"email": clerk.email, "password": PASSWORD})
    # then
    assert response.url == reverse("accounts:otp_verify")
    assert client.get(reverse("accounts:staff_dashboard")).url == reverse("accounts:otp_verify")


def test_correct_code_opens_the_dashboard(client: Any, make_staff: Any, totp_now: Any) -> None:
    # given
    clerk = make_staff("counter_clerk")
    client.post(reverse("accounts:login"), {"email": clerk.email, "password": PASSWORD})
    # when
    response = client.post(reverse("accounts:otp_verify"), {"code": totp_now()})
    # then
    assert response.url == reverse("accounts:staff_dashboard")
    assert client.get(reverse("accounts:staff_dashboard")).status_code == 200


def test_wrong_code_is_refused(client: Any, make_staff: Any) -> None:
    # given
    clerk = make_staff("counter_clerk")
    client.post(reverse("accounts:login"), {"email": clerk.email, "password": PASSWORD})
    # when
    response = client.post(reverse("accounts:otp_verify"), {"code": "000000"})
    # then
    assert response.status_code == 200
    assert "aria-invalid" in response.content.decode()
    assert client.get(reverse("accounts:staff_dashboard")).status_code == 302


def test_a_code_is_accepted_only_once(make_staff: Any) -> None:
    # given
    clerk = make_staff("counter_clerk")
    now = time.time()
    code = pyotp.TOTP(TOTP_SECRET).at(now)
    # when
    first = totp_verify(user=clerk, code=code, at=now)
    replay = totp_verify(user=clerk, code=code, at=now)
    # then
    assert first is True and replay is False


def test_new_staff_enrol_with_a_qr_code_then_confirm(client: Any, make_staff: Any) -> None:
    # given
    officer = make_staff("department_officer", enrolled=False)
    login = client.post(reverse("accounts:login"), {"email": officer.email, "password": PASSWORD})
    assert login.url == reverse("accounts:otp_setup")
    # when
    page = client.get(reverse("accounts:otp_setup"))
    device = TOTPDevice.objects.get(user=officer)
    # then: the page shows the QR code (inline SVG, no JavaScript) and the key
    body = page.content.decode()
    assert "<svg" in body and device.secret in body
    assert device.confirmed_at is None
    # when
    response = client.post(reverse("accounts:otp_setup"), {"code": pyotp.TOTP(device.secret).now()})
    # then
    assert response.url == reverse("accounts:staff_dashboard")
    device.refresh_from_db()
    assert device.confirmed_at is not None


def test_totp_secret_is_encrypted_at_rest(make_staff: Any) -> None:
    # given
    from django.db import connection

    clerk = make_staff("counter_clerk")
    # when
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT secret FROM {TOTPDevice._meta.db_table} WHERE user_id = %s", [clerk.pk]
        )
        raw = cursor.fetchone()[0]
    # then
    assert TOTP_SECRET not in raw
    assert TOTPDevice.objects.get(user=clerk).secret == TOTP_SECRET
