"""``madoguchi organisation load-minato``: load Minato City's departments and sections."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand

from madoguchi.accounts.demo import departments_load


class Command(BaseCommand):
    help = "Organisation (組織) tools."

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        sub.add_parser("load-minato", help="Create or update Minato City's departments.")

    def handle(self, *args: Any, **options: Any) -> None:
        created = departments_load()
        self.stdout.write(f"Minato organisation loaded ({created} units created).")
