"""Identity providers that ship with Madoguchi, and the system check that runs every
provider's own health check."""

from __future__ import annotations

from typing import Any

from django.core.checks import CheckMessage, Error
from django.core.checks import register as register_check
from django.utils.translation import gettext_lazy as _

from madoguchi.accounts.identity.registry import IdentityProvider, all_providers, register

#: Documents a counter clerk may check in person (本人確認書類).
IN_PERSON_DOCUMENTS = {
    "mynumber_card": _("My Number Card"),
    "drivers_license": _("Driver's licence"),
    "residence_card": _("Residence card"),
    "passport": _("Passport"),
}


@register("in_person")
class InPersonVerification(IdentityProvider):
    """A clerk checks an identity document at the counter and records which one."""

    label = _("Checked in person at a counter")
    resident_initiated = False

    def check_config(self) -> list[str]:
        return [] if IN_PERSON_DOCUMENTS else ["No identity documents are configured."]


@register_check()
def identity_providers_healthy(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    return [
        Error(f"Identity provider {provider.id!r}: {problem}", id="madoguchi.E010")
        for provider in all_providers()
        for problem in provider.check_config()
    ]
