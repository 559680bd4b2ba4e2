"""Reads about accounts and the organisation, with permissions checked here."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from madoguchi.accounts.models import Department, StaffMembership, User
from madoguchi.accounts.permissions import can_act_for_department, require_capability


def department_list(*, parents_only: bool = False) -> QuerySet[Department]:
    departments = Department.objects.select_related("parent")
    if parents_only:
        departments = departments.filter(parent__isnull=True)
    return departments


def staff_memberships_of(*, user: User) -> QuerySet[StaffMembership]:
    return StaffMembership.objects.filter(user=user).select_related("department")


def department_members_list(*, viewer: User, department: Department) -> QuerySet[StaffMembership]:
    """Staff of one department and its sections. Only its own staff (or an administrator)
    may see who works there."""
    require_capability(viewer, "staff.directory.view")
    if not can_act_for_department(viewer, department):
        raise PermissionDenied("department")
    unit_ids = [department.pk, *department.children.values_list("pk", flat=True)]
    return (
        StaffMembership.objects.filter(department_id__in=unit_ids)
        .select_related("user", "department")
        .order_by("department__sort_order", "user__email", "role")
    )
