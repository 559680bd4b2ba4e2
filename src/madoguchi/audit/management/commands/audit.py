"""``madoguchi audit verify``: check the audit hash chain."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from madoguchi.audit.selectors import audit_chain_verify


class Command(BaseCommand):
    help = "Audit trail tools. `audit verify` checks the hash chain."

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        sub.add_parser("verify", help="Check every record's hash and link; exit 1 on a break.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["subcommand"] == "verify":
            result = audit_chain_verify()
            if result.ok:
                self.stdout.write(f"Audit chain OK: {result.checked} records verified.")
                return
            where = f"record #{result.broken_seq}"
            if result.broken_id is not None:
                where += f" (id {result.broken_id})"
            raise CommandError(
                f"Audit chain BROKEN at {where}: {result.reason}. "
                f"{result.checked} records before it verified."
            )
