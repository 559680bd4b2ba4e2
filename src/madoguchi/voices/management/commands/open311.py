"""``madoguchi open311``: API keys for Open311 clients (the city's app and partners' apps).

    madoguchi open311 key create --name NAME      # prints the new key, once, on the last line
    madoguchi open311 key list                    # name, prefix, created, revoked
    madoguchi open311 key revoke --prefix P [--name NAME]

Only a key's SHA-256 and its first eight characters (the prefix) are stored, so a lost key
cannot be shown again: revoke it and create another. A prefix shared by several active keys
must be narrowed with ``--name``.
"""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from madoguchi.audit.services import audit_record
from madoguchi.voices.models import Open311Key
from madoguchi.voices.services import open311_key_create


def open311_key_revoke(*, prefix: str, name: str = "") -> int:
    """Revoke the active keys with this prefix (and name, when given); returns how many.

    Refuses (``ValueError``) when the prefix matches several active keys and no name narrows
    it, so one client's mistake never locks out another. Each revocation is audited under the
    key's own id, like its creation.
    """
    prefix = prefix.strip()
    if not prefix:
        raise ValueError("empty prefix")
    with transaction.atomic():
        keys = Open311Key.objects.select_for_update().filter(prefix=prefix, revoked_at__isnull=True)
        if name:
            keys = keys.filter(name=name)
        found = list(keys)
        if len(found) > 1 and not name:
            raise ValueError(f"{len(found)} active keys have this prefix")
        now = timezone.now()
        for key in found:
            key.revoked_at = now
            key.save(update_fields=["revoked_at"])
            audit_record(
                action="voices.open311_key_revoked",
                target=key,
                actor=None,
                data={"name": key.name, "prefix": key.prefix},
            )
    return len(found)


class Command(BaseCommand):
    help = "Create, list and revoke Open311 API keys."

    def add_arguments(self, parser: ArgumentParser) -> None:
        groups = parser.add_subparsers(dest="group", required=True)
        key = groups.add_parser("key", help="Open311 API keys.")
        actions = key.add_subparsers(dest="action", required=True)
        create = actions.add_parser("create", help="Create a key (printed once).")
        create.add_argument("--name", required=True, help="the client the key is for")
        actions.add_parser("list", help="List the keys.")
        revoke = actions.add_parser("revoke", help="Revoke a key by its prefix.")
        revoke.add_argument("--prefix", required=True)
        revoke.add_argument("--name", default="", help="narrow a prefix shared by several keys")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "create":
            name = options["name"].strip()
            if not name:
                raise CommandError("Give the key a name (the client it is for).")
            if len(name) > 100:
                raise CommandError("The name is at most 100 characters.")
            key = open311_key_create(name=name)
            self.stdout.write(f"Open311 key for {name!r}, shown only now:")
            self.stdout.write(key)
        elif action == "list":
            keys = Open311Key.objects.order_by("created_at", "id")
            if not keys:
                self.stdout.write("No Open311 keys.")
            for item in keys:
                created = timezone.localtime(item.created_at)
                state = "active"
                if item.revoked_at:
                    state = f"revoked {timezone.localtime(item.revoked_at):%Y-%m-%d %H:%M}"
                self.stdout.write(
                    f"{item.prefix}…  {item.name}  created {created:%Y-%m-%d %H:%M}  {state}"
                )
        else:
            if not options["prefix"].strip():
                raise CommandError("Give the key's prefix (see `open311 key list`).")
            try:
                count = open311_key_revoke(prefix=options["prefix"], name=options["name"])
            except ValueError as error:
                raise CommandError(f"{error}; add --name to choose one.") from error
            if not count:
                raise CommandError("No active key has that prefix.")
            self.stdout.write(f"Revoked {count} key(s).")
