"""``madoguchi taxes``: ``import FILE`` takes bills in from the tax system's CSV (all or
nothing); ``collection [--day YYYY-MM-DD] [--sjis]`` writes that day's collection data (収納データ)
as CSV to standard output, for the tax system's nightly batch."""

from __future__ import annotations

import sys
from argparse import ArgumentParser
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from madoguchi.applications.delivery_formats import csv_bytes
from madoguchi.taxes import services
from madoguchi.taxes.selectors import COLLECTION_HEADER, collection_rows_all


class Command(BaseCommand):
    help = "Import tax bills, or export a day's collection data."

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        importing = sub.add_parser("import", help="Import bills from a CSV file.")
        importing.add_argument("file", type=Path)
        collection = sub.add_parser("collection", help="Write a day's collection data as CSV.")
        collection.add_argument("--day", type=date.fromisoformat, default=None)
        collection.add_argument("--sjis", action="store_true", help="Shift_JIS, not UTF-8.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["subcommand"] == "import":
            try:
                data = options["file"].read_bytes()
                result = services.tax_bills_import(data=data, actor=None)
            except OSError as error:
                raise CommandError(str(error)) from error
            except services.TaxRefused as refused:
                raise CommandError(refused.code) from refused
            if result.errors:
                for problem in result.errors:
                    self.stderr.write(problem)
                raise CommandError("Nothing was imported.")
            self.stdout.write(
                f"created {result.created}, updated {result.updated}, "
                f"cancelled {result.cancelled}, unchanged {result.unchanged}"
            )
            return
        day = options["day"] or timezone.localdate()
        rows = collection_rows_all(day=day)
        data = (
            csv_bytes(COLLECTION_HEADER, rows, encoding="cp932")
            if options["sjis"]
            else csv_bytes(COLLECTION_HEADER, rows, encoding="utf-8-sig")
        )
        sys.stdout.buffer.write(data)
