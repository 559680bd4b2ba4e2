"""``madoguchi demo_totp EMAIL``: print the current two-factor code of a demo staff account."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

import pyotp
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from madoguchi.accounts.models import TOTPDevice


class Command(BaseCommand):
    help = "Demo only: print the current 6-digit code for a demo staff account."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("email")

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.PRODUCTION:
            raise CommandError("Not available in production.")
        device = TOTPDevice.objects.filter(user__email__iexact=options["email"]).first()
        if device is None:
            raise CommandError("No authenticator is enrolled for that account.")
        self.stdout.write(pyotp.TOTP(device.secret).now())
