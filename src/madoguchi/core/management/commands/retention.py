"""``madoguchi retention``: delete data whose retention period has ended."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from madoguchi.core.retention import retention_run


class Command(BaseCommand):
    help = "Delete data whose retention period has ended (run daily)."

    def handle(self, *args: Any, **options: Any) -> None:
        for key, count in retention_run().items():
            self.stdout.write(f"{key}: {count} deleted")
