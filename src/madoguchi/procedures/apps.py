from django.apps import AppConfig


class ProceduresConfig(AppConfig):
    name = "madoguchi.procedures"
    label = "procedures"
    verbose_name = "Online procedures"

    def ready(self) -> None:
        from django.utils.translation import gettext_lazy as _

        from madoguchi.core.navigation import Entry, resident_entry, staff_entry

        resident_entry(
            Entry(
                key="procedures",
                title=_("Find a procedure"),
                description=_(
                    "Search the city's procedures: what you need, the fee, and whether you "
                    "can apply online."
                ),
                url_name="procedures:catalog",
                order=10,
            )
        )
        staff_entry(
            Entry(
                key="procedures",
                title=_("Procedure catalog"),
                description=_(
                    "Edit your department's procedures: online or not and why, fees, "
                    "processing time."
                ),
                url_name="procedures:staff_list",
                capability="procedures.manage",
                order=20,
            )
        )
