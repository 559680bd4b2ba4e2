"""Identity providers that ship with Madoguchi."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from madoguchi.accounts.identity.registry import IdentityProvider, register

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
