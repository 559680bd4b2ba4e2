from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "madoguchi.accounts"
    label = "accounts"
    verbose_name = "Accounts and organisation"

    def ready(self) -> None:
        from django.utils.translation import gettext_lazy as _

        from madoguchi.accounts.identity import builtin  # noqa: F401  (registers providers)
        from madoguchi.core.navigation import Entry, staff_entry

        staff_entry(
            Entry(
                key="identity_verify",
                title=_("Verify a resident's identity"),
                description=_("Record an identity document checked in person at the counter."),
                url_name="accounts:identity_verify",
                capability="identity.verify_in_person",
                order=80,
            )
        )
