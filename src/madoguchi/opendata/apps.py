from django.apps import AppConfig


class OpendataConfig(AppConfig):
    name = "madoguchi.opendata"
    label = "opendata"
    verbose_name = "Open data catalog"

    def ready(self) -> None:
        from django.utils.translation import gettext_lazy as _

        from madoguchi.core.navigation import Entry, resident_entry, staff_entry

        resident_entry(
            Entry(
                key="opendata",
                title=_("Open data catalog"),
                description=_(
                    "Data published by Minato City, free to use under the licence shown on "
                    "each dataset. Developers can use the CKAN-compatible API at /api/3/action/."
                ),
                url_name="opendata:catalog",
                order=30,
            )
        )

        staff_entry(
            Entry(
                key="opendata",
                title=_("Open data"),
                description=_(
                    "Publish datasets to the open data catalog, load tables into the "
                    "datastore and see downloads per dataset and month."
                ),
                url_name="opendata:staff_list",
                capability="opendata.publish",
                order=50,
            )
        )
