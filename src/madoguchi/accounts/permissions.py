"""Who may do what. Services and selectors call these; views only translate the outcome.

A capability maps to the staff roles that hold it. Department scoping is separate: a staff
member acts for the departments they belong to and every section under them.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied

from madoguchi.accounts.models import Department, StaffRole, User, UserKind

ALL_STAFF = frozenset(StaffRole.values)

CAPABILITIES: dict[str, frozenset[str]] = {
    "staff.dashboard": ALL_STAFF,
    "staff.directory.view": ALL_STAFF,
    "staff.directory.view_all_departments": frozenset({StaffRole.ADMINISTRATOR}),
    "audit.view": frozenset({StaffRole.ADMINISTRATOR}),
    "procedures.manage": frozenset(
        {StaffRole.DEPARTMENT_OFFICER, StaffRole.DEPARTMENT_MANAGER, StaffRole.ADMINISTRATOR}
    ),
    "evaluation.observations.enter": frozenset({StaffRole.POLICY_ANALYST, StaffRole.ADMINISTRATOR}),
    "evaluation.records.view": frozenset(
        {StaffRole.POLICY_ANALYST, StaffRole.DEPARTMENT_MANAGER, StaffRole.ADMINISTRATOR}
    ),
    "evaluation.records.draft": frozenset({StaffRole.POLICY_ANALYST, StaffRole.ADMINISTRATOR}),
    "evaluation.records.approve": frozenset(
        {StaffRole.DEPARTMENT_MANAGER, StaffRole.ADMINISTRATOR}
    ),
    # Cases hold residents' personal data: system administrators do not get them.
    "cases.view": frozenset(
        {StaffRole.COUNTER_CLERK, StaffRole.DEPARTMENT_OFFICER, StaffRole.DEPARTMENT_MANAGER}
    ),
    "cases.decide": frozenset({StaffRole.DEPARTMENT_OFFICER, StaffRole.DEPARTMENT_MANAGER}),
    "cases.unmask": frozenset({StaffRole.DEPARTMENT_OFFICER, StaffRole.DEPARTMENT_MANAGER}),
    # Totals of fees taken and the comparison with the payment companies' settlements.
    "payments.report": frozenset({StaffRole.DEPARTMENT_MANAGER, StaffRole.ADMINISTRATOR}),
    # Tax bills hold taxpayers' names and what they owe: the tax and premium divisions see
    # their own; bills come in from the tax system; the yearly late-fee rates are set by a
    # manager.
    "taxes.view": frozenset(
        {StaffRole.COUNTER_CLERK, StaffRole.DEPARTMENT_OFFICER, StaffRole.DEPARTMENT_MANAGER}
    ),
    "taxes.manage": frozenset({StaffRole.DEPARTMENT_OFFICER, StaffRole.DEPARTMENT_MANAGER}),
    "taxes.rates": frozenset({StaffRole.DEPARTMENT_MANAGER, StaffRole.ADMINISTRATOR}),
    "forms.manage": frozenset(
        {StaffRole.DEPARTMENT_OFFICER, StaffRole.DEPARTMENT_MANAGER, StaffRole.ADMINISTRATOR}
    ),
    # The information policy section publishes the whole city's open data.
    "opendata.publish": frozenset({StaffRole.DATA_PUBLISHER, StaffRole.ADMINISTRATOR}),
    # Residents' voices: handled in the responsible department (and 区長室 for triage);
    # publishing needs a manager's approval; analysis reads aggregates only.
    "voices.handle": frozenset(
        {StaffRole.COUNTER_CLERK, StaffRole.DEPARTMENT_OFFICER, StaffRole.DEPARTMENT_MANAGER}
    ),
    "voices.publish": frozenset({StaffRole.DEPARTMENT_MANAGER}),
    "voices.configure": frozenset({StaffRole.DEPARTMENT_MANAGER, StaffRole.ADMINISTRATOR}),
    "voices.analyse": frozenset(
        {StaffRole.POLICY_ANALYST, StaffRole.DEPARTMENT_MANAGER, StaffRole.ADMINISTRATOR}
    ),
    # The no-writing counter: opening a resident's entry, filling forms, submitting cases.
    "counter.operate": frozenset(
        {StaffRole.COUNTER_CLERK, StaffRole.DEPARTMENT_OFFICER, StaffRole.DEPARTMENT_MANAGER}
    ),
    "navigator.configure": frozenset(
        {StaffRole.DEPARTMENT_OFFICER, StaffRole.DEPARTMENT_MANAGER, StaffRole.ADMINISTRATOR}
    ),
    "identity.verify_in_person": frozenset(
        {StaffRole.COUNTER_CLERK, StaffRole.DEPARTMENT_OFFICER, StaffRole.ADMINISTRATOR}
    ),
}


def is_staff(user: Any) -> bool:
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and user.kind == UserKind.STAFF
    )


def has_capability(user: Any, capability: str) -> bool:
    if not is_staff(user):
        return False
    allowed = CAPABILITIES[capability]
    return bool(user.staff_roles() & allowed)


def require_capability(user: Any, capability: str) -> None:
    if not has_capability(user, capability):
        raise PermissionDenied(capability)


def department_scope(user: User) -> set[int]:
    """Ids of the departments a staff member acts for: their own and all units below them."""
    if not is_staff(user):
        return set()
    cached: set[int] | None = getattr(user, "_department_scope_cache", None)
    if cached is not None:
        return cached
    children: dict[int | None, list[int]] = {}
    for dept_id, parent_id in Department.objects.values_list("id", "parent_id"):
        children.setdefault(parent_id, []).append(dept_id)
    scope: set[int] = set()
    stack = list(user.memberships.values_list("department_id", flat=True))
    while stack:
        current = stack.pop()
        if current in scope:
            continue
        scope.add(current)
        stack.extend(children.get(current, []))
    user._department_scope_cache = scope  # type: ignore[attr-defined]
    return scope


def can_act_for_department(user: User, department: Department) -> bool:
    if has_capability(user, "staff.directory.view_all_departments"):
        return True
    return department.pk in department_scope(user)
