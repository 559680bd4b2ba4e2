"""Load the Minato demo data (idempotent) and print the demo logins."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from madoguchi.core.demo import demo_load_all


class Command(BaseCommand):
    help = "Load the Minato demo data into the database (safe to run again)."

    def handle(self, *args: Any, **options: Any) -> None:
        for login in demo_load_all():
            self.stdout.write(f"{login.role}: {login.email} / {login.password}")
