"""``madoguchi payments``: ``check`` runs every provider's health check (exit 0 when all
pass); ``expire`` closes payment pages left open past 90 minutes."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from madoguchi.payments.providers.base import enabled_providers
from madoguchi.payments.services import payments_expire


class Command(BaseCommand):
    help = "Check payment providers, or expire stale payment pages."

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        sub.add_parser("check", help="Run every enabled provider's health check.")
        sub.add_parser("expire", help="Expire payment pages open longer than 90 minutes.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["subcommand"] == "expire":
            self.stdout.write(f"Checked {payments_expire()} stale payment(s).")
            return
        failed = False
        for provider_id, provider in sorted(enabled_providers().items()):
            problems = provider.check_config()
            if problems:
                failed = True
                for problem in problems:
                    self.stdout.write(f"{provider_id}: FAIL {problem}")
            else:
                self.stdout.write(f"{provider_id}: OK ({provider.label})")
        if failed:
            raise CommandError("A payment provider is not configured correctly.")
