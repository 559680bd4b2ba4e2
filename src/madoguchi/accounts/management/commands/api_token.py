"""``madoguchi api_token``: issue and revoke bearer tokens for the JSON API.

A token acts as its user with that user's roles and departments: create a dedicated staff
account (``madoguchi staff create``) for each back-office integration and give it a token.
"""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from madoguchi.accounts.models import ApiToken, User
from madoguchi.accounts.services import api_token_create, api_token_revoke


class Command(BaseCommand):
    help = "Issue, list and revoke API tokens."

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        create = sub.add_parser("create", help="Issue a token (printed once).")
        create.add_argument("--email", required=True)
        create.add_argument("--name", required=True, help="what the token is for")
        create.add_argument("--days", type=int, default=365)
        listing = sub.add_parser("list", help="List a user's tokens.")
        listing.add_argument("--email", required=True)
        revoke = sub.add_parser("revoke", help="Revoke a token by its prefix.")
        revoke.add_argument("--email", required=True)
        revoke.add_argument("--prefix", required=True)

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(email__iexact=options["email"]).first()
        if user is None:
            raise CommandError("No account has that email address.")
        command = options["subcommand"]
        if command == "create":
            if not 1 <= options["days"] <= 730:
                raise CommandError("A token lives between 1 and 730 days.")
            token = api_token_create(user=user, name=options["name"], days=options["days"])
            self.stdout.write(f"Token for {user.email} ({options['name']}), shown only now:")
            self.stdout.write(token)
        elif command == "list":
            for t in ApiToken.objects.filter(user=user):
                state = "revoked" if t.revoked_at else f"expires {t.expires_at:%Y-%m-%d}"
                self.stdout.write(f"{t.prefix}…  {t.name}  {state}")
        else:
            count = api_token_revoke(user=user, prefix=options["prefix"])
            if not count:
                raise CommandError("No active token has that prefix.")
            self.stdout.write(f"Revoked {count} token(s).")
