"""``madoguchi navigator measure``: answers written by hand with and without the no-writing
counter, for each life event's demo household (printed as a Markdown table)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from madoguchi.navigator.selectors import household_measurements


class Command(BaseCommand):
    help = "Navigator tools: measure (answers written on separate forms versus entered once)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["measure"])
        parser.add_argument("--forms", action="store_true", help="Also list each form.")

    def handle(self, *args: Any, **options: Any) -> None:
        rows = household_measurements()
        if not rows:
            self.stderr.write("No guides are loaded: run the demo or load the guides first.")
            return
        self.stdout.write("| Household | Forms | Separate forms | Entered once | Saved |")
        self.stdout.write("|---|---:|---:|---:|---:|")
        for label, m in rows:
            self.stdout.write(
                f"| {label} | {len(m.forms)} | {m.separate} | {m.here} | {m.separate - m.here} |"
            )
        if options["forms"]:
            for label, m in rows:
                self.stdout.write(f"\n{label}: entry {m.entry} answers")
                for procedure, separate, here in m.forms:
                    self.stdout.write(f"  {procedure.name}: {separate} → {here}")
