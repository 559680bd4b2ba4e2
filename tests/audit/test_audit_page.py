"""Administrators read and verify the audit trail in the staff UI; nobody else can."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from madoguchi.audit.services import audit_record

pytestmark = pytest.mark.django_db


def test_administrator_filters_and_verifies_the_trail(staff_client: Any) -> None:
    # given
    client = staff_client("administrator")
    audit_record(action="test.visible", actor=None)
    audit_record(action="other.hidden", actor=None)
    # when
    response = client.get(reverse("audit:log"), {"action": "test.", "verify": "1"})
    # then
    body = response.content.decode()
    assert response.status_code == 200
    assert "test.visible" in body and "other.hidden" not in body
    assert "notification--success" in body


@pytest.mark.parametrize(
    "role",
    [
        "counter_clerk",
        "department_officer",
        "department_manager",
        "data_publisher",
        "policy_analyst",
    ],
)
def test_other_roles_cannot_read_the_trail(staff_client: Any, role: str) -> None:
    assert staff_client(role).get(reverse("audit:log")).status_code == 403


def test_pagination_keeps_the_filter(staff_client: Any) -> None:
    # given
    client = staff_client("administrator")
    for _ in range(60):
        audit_record(action="bulk.item", actor=None)
    # when
    body = client.get(reverse("audit:log"), {"action": "bulk."}).content.decode()
    # then
    assert "?action=bulk.&amp;page=2" in body
