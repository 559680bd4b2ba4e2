"""Minato demo data for accounts: the organisation and one demo login per role."""

from __future__ import annotations

import base64
import hashlib

from django.db import transaction

from madoguchi.accounts.demo_departments import DEPARTMENTS
from madoguchi.accounts.models import (
    AssuranceLevel,
    Department,
    StaffMembership,
    StaffRole,
    User,
    UserKind,
)
from madoguchi.accounts.services import StaffRoleGrant, staff_create, totp_device_set_demo_secret
from madoguchi.audit.services import audit_record
from madoguchi.core.demo import DemoLogin, demo_loader

DEMO_PASSWORD = "minato-demo-2026"  # noqa: S105  (published demo credential)
DEMO_DOMAIN = "demo.madoguchi.jp"

#: (role, email local part, display name, department or section code)
DEMO_STAFF = [
    (StaffRole.COUNTER_CLERK, "clerk", "窓口 一郎", "shibaura-konan-kumin"),
    (StaffRole.DEPARTMENT_OFFICER, "officer", "環境 次郎", "kankyo-recycle-seiso"),
    (StaffRole.DEPARTMENT_MANAGER, "manager", "管理 三恵", "kankyo"),
    (StaffRole.DATA_PUBLISHER, "publisher", "公開 四季", "kikaku-johoseisaku"),
    (StaffRole.POLICY_ANALYST, "analyst", "政策 五月", "kikaku-kikakuka"),
    (StaffRole.ADMINISTRATOR, "admin", "管理者 六郎", "kikaku-johoseisaku"),
    (StaffRole.DEPARTMENT_MANAGER, "tax", "税務 七海", "sangyo-zeimu"),
]
DEMO_RESIDENT = ("resident", "港 花子")


def demo_totp_secret(email: str) -> str:
    """A fixed secret per demo account, so the README can tell how to get a code."""
    digest = hashlib.sha256(f"madoguchi-demo-totp:{email}".encode()).digest()
    return base64.b32encode(digest[:20]).decode("ascii")


def departments_load() -> int:
    created = 0
    order = 0
    with transaction.atomic():
        for dept in DEPARTMENTS:
            order += 10
            parent, made = Department.objects.update_or_create(
                code=dept["code"],
                defaults={
                    "name": dept["name"],
                    "name_i18n": _translations(dept),
                    "kind": Department.Kind.BRANCH
                    if dept["kind"] == "branch"
                    else Department.Kind.DEPARTMENT,
                    "parent": None,
                    "sort_order": order,
                },
            )
            created += int(made)
            for index, section in enumerate(dept["sections"], start=1):
                _, made = Department.objects.update_or_create(
                    code=section["code"],
                    defaults={
                        "name": section["name"],
                        "name_i18n": _translations(section),
                        "kind": Department.Kind.SECTION,
                        "parent": parent,
                        "sort_order": order + index,
                    },
                )
                created += int(made)
        if created:
            audit_record(
                action="accounts.departments_loaded", actor=None, data={"created": created}
            )
    return created


def _translations(entry: dict[str, str]) -> dict[str, str]:
    return {
        "en": entry.get("name_en", ""),
        "zh-hans": entry.get("name_zh_hans", ""),
        "ko": entry.get("name_ko", ""),
    }


@demo_loader("accounts", order=10)
def load() -> list[DemoLogin]:
    departments_load()
    logins = []
    for role, local, name, unit in DEMO_STAFF:
        email = f"{local}@{DEMO_DOMAIN}"
        user = User.objects.filter(email=email).first()
        if user is None:
            department = Department.objects.get(code=unit)
            user = staff_create(
                email=email,
                password=DEMO_PASSWORD,
                display_name=name,
                grants=[StaffRoleGrant(department=department, role=role)],
            )
            totp_device_set_demo_secret(user=user, secret=demo_totp_secret(email))
        elif not StaffMembership.objects.filter(user=user, role=role).exists():
            StaffMembership.objects.create(
                user=user, department=Department.objects.get(code=unit), role=role
            )
        logins.append(
            DemoLogin(
                role=str(StaffRole(role).label),
                email=email,
                password=DEMO_PASSWORD,
                note=(
                    f"TOTP key {demo_totp_secret(email)} "
                    f"(or run: .venv/bin/madoguchi demo_totp {email})"
                ),
            )
        )
    local, name = DEMO_RESIDENT
    email = f"{local}@{DEMO_DOMAIN}"
    if not User.objects.filter(email=email).exists():
        from django.utils import timezone

        with transaction.atomic():
            resident = User.objects.create_user(
                email,
                DEMO_PASSWORD,
                display_name=name,
                kind=UserKind.RESIDENT,
                email_verified_at=timezone.now(),
                assurance_level=AssuranceLevel.EMAIL_VERIFIED,
                preferred_language="ja",
            )
            audit_record(
                action="accounts.register", target=resident, actor=None, data={"demo": True}
            )
    logins.insert(0, DemoLogin(role="Resident", email=email, password=DEMO_PASSWORD))
    return logins
