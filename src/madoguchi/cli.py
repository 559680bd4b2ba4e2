"""The ``madoguchi`` console command: Django's management commands with our settings.

``madoguchi demo`` starts the demo, ``madoguchi audit verify`` checks the audit chain, and every
other Django command (``migrate``, ``createsuperuser`` ...) works as with ``manage.py``.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "madoguchi.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["madoguchi", *(argv if argv is not None else sys.argv[1:])])


if __name__ == "__main__":
    main()
