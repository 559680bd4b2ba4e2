"""``madoguchi staff``: create staff accounts and grant roles from the command line (the way to
bootstrap the first administrator of a production installation)."""

from __future__ import annotations

import os
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from madoguchi.accounts.models import Department, StaffMembership, StaffRole, User
from madoguchi.accounts.services import StaffRoleGrant, random_password, staff_create
from madoguchi.audit.services import audit_record


class Command(BaseCommand):
    help = "Create staff accounts and grant roles."

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        create = sub.add_parser("create", help="Create a staff account with one role.")
        create.add_argument("--email", required=True)
        create.add_argument("--name", required=True)
        create.add_argument("--department", required=True, help="department or section code")
        create.add_argument("--role", required=True, choices=StaffRole.values)
        create.add_argument(
            "--password-env",
            help="name of an environment variable holding the initial password "
            "(default: a random one is printed)",
        )
        grant = sub.add_parser("grant", help="Give an existing staff member another role.")
        grant.add_argument("--email", required=True)
        grant.add_argument("--department", required=True)
        grant.add_argument("--role", required=True, choices=StaffRole.values)
        sub.add_parser("list", help="List staff and their roles.")

    def _department(self, code: str) -> Department:
        department = Department.objects.filter(code=code).first()
        if department is None:
            raise CommandError(f"No department or section has the code {code!r}.")
        return department

    def handle(self, *args: Any, **options: Any) -> None:
        command = options["subcommand"]
        if command == "create":
            if User.objects.filter(email__iexact=options["email"]).exists():
                raise CommandError("An account with that email address already exists.")
            password = os.environ.get(options["password_env"] or "", "") or random_password()
            user = staff_create(
                email=options["email"],
                password=password,
                display_name=options["name"],
                grants=[StaffRoleGrant(self._department(options["department"]), options["role"])],
            )
            self.stdout.write(f"Created {user.email}.")
            if not options["password_env"]:
                self.stdout.write(f"Initial password: {password}")
            self.stdout.write("They enrol an authenticator app at their first login.")
        elif command == "grant":
            member = User.objects.filter(email__iexact=options["email"], kind="staff").first()
            if member is None:
                raise CommandError("No staff account uses that email address.")
            department = self._department(options["department"])
            _, created = StaffMembership.objects.get_or_create(
                user=member, department=department, role=options["role"]
            )
            if created:
                audit_record(
                    action="accounts.role_granted",
                    target=member,
                    actor=None,
                    data={"department": department.code, "role": options["role"]},
                )
            self.stdout.write("Granted." if created else "They already had that role.")
        else:
            for membership in StaffMembership.objects.select_related("user", "department").order_by(
                "user__email"
            ):
                self.stdout.write(
                    f"{membership.user.email}\t{membership.department.code}\t{membership.role}"
                )
