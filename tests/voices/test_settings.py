"""Staff map categories to departments and deadlines, and keep routing rules."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from madoguchi.accounts.models import Department, StaffRole
from madoguchi.audit.models import AuditRecord
from madoguchi.voices.models import Category, RoutingRule

pytestmark = pytest.mark.django_db


def _categories_post(department: Department, days: str = "7") -> dict[str, str]:
    data = {"action": "categories"}
    for category in Category.objects.all():
        data[f"department-{category.code}"] = department.code
        data[f"days-{category.code}"] = days
    return data


def test_a_manager_maps_every_category(
    staff_client: Callable[..., Any], waste_department: Department
) -> None:
    # given a department manager
    client = staff_client(StaffRole.DEPARTMENT_MANAGER, waste_department)
    # when every category is mapped to their department with 7 business days
    response = client.post("/ja/staff/voices/settings/", _categories_post(waste_department))
    # then the mapping is saved and audited
    assert response.status_code == 302
    assert set(Category.objects.values_list("department", flat=True)) == {waste_department.pk}
    assert set(Category.objects.values_list("deadline_days", flat=True)) == {7}
    assert AuditRecord.objects.filter(action="voices.category_configured").count() == 16


def test_a_bad_deadline_changes_nothing_for_that_category(
    staff_client: Callable[..., Any], waste_department: Department
) -> None:
    client = staff_client(StaffRole.DEPARTMENT_MANAGER, waste_department)
    before = list(Category.objects.values_list("code", "deadline_days"))
    client.post("/ja/staff/voices/settings/", _categories_post(waste_department, days="0"))
    assert list(Category.objects.values_list("code", "deadline_days")) == before


def test_routing_rules_are_added_and_removed(
    staff_client: Callable[..., Any], waste_department: Department
) -> None:
    client = staff_client(StaffRole.DEPARTMENT_MANAGER, waste_department)
    client.post(
        "/ja/staff/voices/settings/",
        {
            "action": "add_rule",
            "rule_name": "台場",
            "rule_keywords": "台場,お台場",
            "rule_categories": "",
            "rule_department": waste_department.code,
            "rule_order": "10",
        },
    )
    rule = RoutingRule.objects.get()
    assert rule.keywords == "台場,お台場" and rule.department == waste_department
    client.post("/ja/staff/voices/settings/", {"action": "delete_rule", "rule": str(rule.pk)})
    assert not RoutingRule.objects.exists()


@pytest.mark.parametrize(
    "role", [StaffRole.DEPARTMENT_OFFICER, StaffRole.COUNTER_CLERK, StaffRole.POLICY_ANALYST]
)
def test_only_managers_and_administrators_configure(
    staff_client: Callable[..., Any], waste_department: Department, role: str
) -> None:
    client = staff_client(role, waste_department)
    assert client.get("/ja/staff/voices/settings/").status_code == 403
    client.post("/ja/staff/voices/settings/", _categories_post(waste_department))
    # (the fixture maps only waste there; the refused post mapped nothing else)
    assert list(Category.objects.filter(department=waste_department)) == [
        Category.objects.get(code="waste")
    ]
