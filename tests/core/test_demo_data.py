"""The demo city loads idempotently and leaves a verifiable audit chain."""

from __future__ import annotations

import pytest

from madoguchi.accounts.models import Department, StaffRole, User
from madoguchi.audit.selectors import audit_chain_verify
from madoguchi.core.demo import demo_load_all
from madoguchi.evaluation.models import Initiative, Measure, Policy

pytestmark = pytest.mark.django_db


def test_demo_loads_the_city_and_a_login_per_role() -> None:
    # when
    logins = demo_load_all()
    # then
    assert Department.objects.filter(parent__isnull=True, kind="branch").count() == 5
    assert Department.objects.filter(name="環境リサイクル支援部").exists()
    assert Department.objects.filter(kind="section").count() >= 50
    roles = {login.role for login in logins}
    assert {str(r.label) for r in StaffRole} <= roles | {"Resident"}
    assert User.objects.filter(kind="resident").count() == 1
    assert sorted(Policy.objects.values_list("number", flat=True)) == [24, 25, 26]
    assert Measure.objects.count() >= 15 and Initiative.objects.count() >= 40
    assert audit_chain_verify().ok


def test_loading_twice_changes_nothing() -> None:
    # given
    demo_load_all()
    counts = (
        User.objects.count(),
        Department.objects.count(),
        Policy.objects.count(),
        Initiative.objects.count(),
    )
    # when
    demo_load_all()
    # then
    assert counts == (
        User.objects.count(),
        Department.objects.count(),
        Policy.objects.count(),
        Initiative.objects.count(),
    )
    assert audit_chain_verify().ok


def test_demo_staff_can_log_in_with_the_printed_password_and_totp(client) -> None:  # type: ignore[no-untyped-def]
    # given
    import pyotp

    from madoguchi.accounts.demo import DEMO_PASSWORD, demo_totp_secret

    demo_load_all()
    # when
    client.post(
        "/ja/accounts/login/", {"email": "clerk@demo.madoguchi.jp", "password": DEMO_PASSWORD}
    )
    code = pyotp.TOTP(demo_totp_secret("clerk@demo.madoguchi.jp")).now()
    response = client.post("/ja/staff/2fa/", {"code": code})
    # then
    assert response.url == "/ja/staff/"
    assert "区民課" in client.get("/ja/staff/").content.decode()
