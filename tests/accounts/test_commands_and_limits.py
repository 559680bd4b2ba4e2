"""Bootstrapping staff from the command line, and rate limits on public forms."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from madoguchi.accounts.models import Department, StaffMembership, User
from madoguchi.audit.models import AuditRecord

pytestmark = pytest.mark.django_db


def test_first_administrator_is_created_from_the_command_line(capsys: Any) -> None:
    # given
    call_command("organisation", "load-minato")
    # when
    call_command(
        "staff", "create", "--email", "it@city.example.jp", "--name", "情報 太郎",
        "--department", "kikaku-johoseisaku", "--role", "administrator",
    )  # fmt: skip
    # then
    out = capsys.readouterr().out
    assert "Initial password: " in out
    password = out.split("Initial password: ")[1].split()[0]
    user = User.objects.get(email="it@city.example.jp")
    assert user.check_password(password) and user.has_staff_role("administrator")
    assert Department.objects.filter(kind="branch").count() == 5


def test_grant_adds_a_role_and_audits_it(make_staff: Any, make_department: Any) -> None:
    # given
    clerk = make_staff("counter_clerk")
    other = make_department("other-unit")
    # when
    call_command(
        "staff",
        "grant",
        "--email",
        clerk.email,
        "--department",
        "other-unit",
        "--role",
        "department_officer",
    )
    # then
    assert StaffMembership.objects.filter(
        user=clerk, department=other, role="department_officer"
    ).exists()
    assert AuditRecord.objects.filter(
        action="accounts.role_granted", object_id=str(clerk.pk)
    ).exists()


def test_unknown_department_is_refused_and_nothing_is_created() -> None:
    with pytest.raises(CommandError, match="No department"):
        call_command(
            "staff", "create", "--email", "x@city.example.jp", "--name", "x",
            "--department", "nowhere", "--role", "administrator",
        )  # fmt: skip
    assert not User.objects.filter(email="x@city.example.jp").exists()


def test_registration_posts_are_limited_per_address(client: Any) -> None:
    # given: ten attempts from one address within the hour
    for i in range(10):
        response = client.post(reverse("accounts:register"), {"email": f"spam{i}@example.jp"})
        assert response.status_code == 200
    # when
    response = client.post(reverse("accounts:register"), {"email": "spam-last@example.jp"})
    # then
    assert response.status_code == 429
    assert "1時間ほど待って" in response.content.decode()
    # and other addresses are unaffected
    other = client.post(
        reverse("accounts:register"), {"email": "x@example.jp"}, REMOTE_ADDR="192.0.2.99"
    )
    assert other.status_code == 200


def test_password_reset_posts_are_limited_per_address(client: Any) -> None:
    for _ in range(10):
        assert (
            client.post(reverse("accounts:password_reset"), {"email": "a@example.jp"}).status_code
            == 302
        )
    assert (
        client.post(reverse("accounts:password_reset"), {"email": "a@example.jp"}).status_code
        == 429
    )
