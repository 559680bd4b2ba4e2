"""Authorization as a matrix: who reaches which page, and department scoping."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from madoguchi.accounts.models import StaffRole
from madoguchi.accounts.selectors import department_members_list

pytestmark = pytest.mark.django_db

ROLES = [role.value for role in StaffRole]

# page → roles that may open it (anonymous and residents may open none of these)
STAFF_PAGES = {
    "accounts:staff_dashboard": set(ROLES),
    "accounts:identity_verify": {"counter_clerk", "department_officer", "administrator"},
}


@pytest.mark.parametrize("url_name", STAFF_PAGES)
def test_anonymous_visitors_are_sent_to_login(client: Any, url_name: str) -> None:
    response = client.get(reverse(url_name))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


@pytest.mark.parametrize("url_name", STAFF_PAGES)
def test_residents_never_reach_staff_pages(client: Any, make_resident: Any, url_name: str) -> None:
    # given
    client.force_login(make_resident())
    # when
    response = client.get(reverse(url_name))
    # then
    assert response.status_code == 403


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("url_name", STAFF_PAGES)
def test_staff_pages_by_role(staff_client: Any, role: str, url_name: str) -> None:
    # given
    client = staff_client(role)
    # when
    response = client.get(reverse(url_name))
    # then
    expected = 200 if role in STAFF_PAGES[url_name] else 403
    assert response.status_code == expected


@pytest.mark.parametrize("role", ROLES)
def test_staff_see_only_their_own_departments_staff(
    role: str, make_department: Any, make_staff: Any
) -> None:
    # given: two departments, one with a section
    waste = make_department("waste")
    waste_section = make_department("waste-collection", parent=waste)
    childcare = make_department("childcare")
    viewer = make_staff(role, waste_section if role == "counter_clerk" else waste)
    make_staff("department_officer", childcare)
    # when / then
    if role == "administrator":
        assert department_members_list(viewer=viewer, department=childcare).count() == 1
    else:
        with pytest.raises(PermissionDenied):
            department_members_list(viewer=viewer, department=childcare)
    own = waste_section if role == "counter_clerk" else waste
    assert viewer.pk in {m.user_id for m in department_members_list(viewer=viewer, department=own)}


def test_department_page_returns_403_for_another_department(
    staff_client: Any, make_department: Any, make_staff: Any
) -> None:
    # given
    mine, theirs = make_department("mine"), make_department("theirs")
    make_staff("department_officer", theirs)
    client = staff_client("department_officer", mine)
    # when
    own = client.get(reverse("accounts:department_members", args=["mine"]))
    other = client.get(reverse("accounts:department_members", args=["theirs"]))
    # then
    assert own.status_code == 200 and other.status_code == 403


def test_resident_pages_are_refused_to_anonymous_and_redirect_staff(
    client: Any, make_staff: Any
) -> None:
    # when
    anonymous = client.get(reverse("accounts:mypage"))
    client.force_login(make_staff("counter_clerk"))
    staff = client.get(reverse("accounts:mypage"))
    # then
    assert anonymous.status_code == 302 and reverse("accounts:login") in anonymous.url
    assert staff.url == reverse("accounts:staff_dashboard")


def test_identity_verification_raises_assurance_and_is_audited(
    staff_client: Any, make_resident: Any
) -> None:
    # given
    from madoguchi.accounts.models import AssuranceLevel
    from madoguchi.audit.models import AuditRecord

    resident = make_resident()
    client = staff_client("counter_clerk")
    # when
    response = client.post(
        reverse("accounts:identity_verify"), {"email": resident.email, "document": "mynumber_card"}
    )
    # then
    assert response.status_code == 302
    resident.refresh_from_db()
    assert resident.assurance_level == AssuranceLevel.IDENTITY_VERIFIED
    record = AuditRecord.objects.get(
        action="accounts.identity_verified", object_id=str(resident.pk)
    )
    assert record.actor_id == client.user.pk and record.data["evidence"] == "mynumber_card"
