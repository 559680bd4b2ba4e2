"""Staff edit their own department's procedures; the indicator follows; all audited."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from madoguchi.accounts.models import Department, StaffRole
from madoguchi.audit.models import AuditRecord
from madoguchi.procedures.models import Procedure
from madoguchi.procedures.selectors import online_share

pytestmark = pytest.mark.django_db


def _form(procedure: Procedure, **overrides: Any) -> dict[str, Any]:
    data = {
        "online": "on" if procedure.online else "",
        "offline_reason": procedure.offline_reason,
        "offline_reason_text": procedure.offline_reason_text,
        "where_instead": procedure.where_instead,
        "fee_kind": procedure.fee_kind,
        "fee_yen": "" if procedure.fee_yen is None else procedure.fee_yen,
        "fee_note": procedure.fee_note,
        "processing_days": procedure.processing_days,
        "published": "on",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v != "" or k in {"fee_yen", "offline_reason"}}


def _offline_procedure_and_its_department() -> tuple[Procedure, Department]:
    procedure = Procedure.objects.filter(online=False).select_related("department").first()
    return procedure, procedure.department


def test_officer_makes_a_procedure_online_and_the_indicator_moves(
    catalog: int, staff_client: Any
) -> None:
    # given
    procedure, department = _offline_procedure_and_its_department()
    client = staff_client("department_officer", department)
    before = online_share()
    # when
    response = client.post(
        reverse("procedures:staff_edit", args=[procedure.code]),
        _form(procedure, online="on", offline_reason=""),
    )
    # then
    assert response.status_code == 302
    procedure.refresh_from_db()
    assert procedure.online and procedure.offline_reason == ""
    assert online_share().online == before.online + 1
    record = AuditRecord.objects.get(action="procedures.updated", object_id=str(procedure.pk))
    assert record.actor_id == client.user.pk and record.data["after"]["online"] is True


def test_going_offline_without_a_reason_is_refused_and_changes_nothing(
    catalog: int, staff_client: Any
) -> None:
    # given
    procedure = Procedure.objects.filter(online=True).select_related("department").first()
    client = staff_client("department_manager", procedure.department)
    # when
    response = client.post(
        reverse("procedures:staff_edit", args=[procedure.code]),
        _form(procedure, online="", offline_reason=""),
    )
    # then
    assert response.status_code == 400
    assert 'href="#id_offline_reason"' in response.content.decode()
    procedure.refresh_from_db()
    assert procedure.online is True
    assert not AuditRecord.objects.filter(action="procedures.updated").exists()


@pytest.mark.parametrize("role", [r.value for r in StaffRole])
def test_who_may_edit_which_procedure(
    catalog: int, staff_client: Any, make_department: Any, role: str
) -> None:
    # given: a procedure of one department, and staff of that department or of another
    procedure, department = _offline_procedure_and_its_department()
    own = staff_client(role, department)
    url = reverse("procedures:staff_edit", args=[procedure.code])
    # when
    own_status = own.get(url).status_code
    own.logout()
    other_status = staff_client(role, make_department("elsewhere")).get(url).status_code
    # then
    may_manage = role in {"department_officer", "department_manager", "administrator"}
    assert own_status == (200 if may_manage else 403)
    assert other_status == (200 if role == "administrator" else 403)


def test_staff_list_shows_only_the_departments_procedures(catalog: int, staff_client: Any) -> None:
    # given
    procedure, department = _offline_procedure_and_its_department()
    client = staff_client("department_officer", department)
    # when
    body = client.get(reverse("procedures:staff_list")).content.decode()
    # then
    assert procedure.name in body
    foreign = Procedure.objects.exclude(department__in=[department, *department.children.all()])
    assert foreign.exists()
    assert not any(f'/staff/procedures/{p.code}/"' in body for p in foreign)
