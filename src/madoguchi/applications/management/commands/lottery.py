"""``madoguchi lottery``: draw a closed lottery window, or re-run a past draw to check it.

The seed should be published before the draw (for example the date and the numbers of a
public lottery), so anyone can verify the result with ``lottery verify``.
"""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from madoguchi.applications import services
from madoguchi.applications.models import Application
from madoguchi.audit.models import AuditRecord
from madoguchi.procedures.models import ApplicationWindow


class Command(BaseCommand):
    help = "Draw a lottery window, or verify a past draw."

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        draw = sub.add_parser("draw", help="Draw a closed lottery window.")
        draw.add_argument("--window", type=int, required=True, help="window id")
        draw.add_argument("--seed", required=True)
        verify = sub.add_parser("verify", help="Re-run a past draw and compare.")
        verify.add_argument("--window", type=int, required=True)

    def handle(self, *args: Any, **options: Any) -> None:
        window = ApplicationWindow.objects.filter(pk=options["window"]).first()
        if window is None:
            raise CommandError("No window has that id.")
        if options["subcommand"] == "draw":
            try:
                winners = services.lottery_draw(window=window, seed=options["seed"], actor=None)
            except services.ApplicationRefused as error:
                raise CommandError(f"Refused: {error.code}") from error
            self.stdout.write(f"Drawn with seed {options['seed']!r}: {len(winners)} selected.")
            for winner in winners:
                self.stdout.write(f"{winner.lottery_rank:>4}  {winner.reference}")
            return
        record = (
            AuditRecord.objects.filter(action="lottery.drawn", object_id=str(window.pk))
            .order_by("-seq")
            .first()
        )
        if record is None:
            raise CommandError("This window has not been drawn.")
        entries = Application.objects.filter(window=window, lottery_rank__isnull=False)
        again = services.draw_order(list(entries.values_list("pk", flat=True)), window.draw_seed)
        if again != record.data["order"]:
            raise CommandError("The recorded order does not match a re-run of the draw.")
        self.stdout.write(f"Verified: the draw of window {window.pk} is reproducible.")
