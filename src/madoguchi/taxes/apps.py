from django.apps import AppConfig


class TaxesConfig(AppConfig):
    name = "madoguchi.taxes"
    label = "taxes"
    verbose_name = "Paying taxes and premiums, arrears included"

    def ready(self) -> None:
        from django.utils.translation import gettext_lazy as _

        from madoguchi.core.navigation import Entry, resident_entry, staff_entry

        resident_entry(
            Entry(
                key="taxes",
                title=_("Pay taxes and premiums"),
                description=_(
                    "Pay your inhabitants' tax, light vehicle tax or health insurance premium "
                    "by card or QR code with the numbers on your payment slip, overdue bills "
                    "included."
                ),
                url_name="taxes:index",
                order=25,
            )
        )
        staff_entry(
            Entry(
                key="taxes",
                title=_("Tax bills"),
                description=_(
                    "Bills from the tax system, what is owed with late fees, payment at the "
                    "counter, and collection data for the tax system."
                ),
                url_name="taxes:staff_bills",
                capability="taxes.view",
                order=41,
            )
        )
