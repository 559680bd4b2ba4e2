from django.apps import AppConfig


class ApplicationsConfig(AppConfig):
    name = "madoguchi.applications"
    label = "applications"
    verbose_name = "Applications and cases"

    def ready(self) -> None:
        from django.utils.translation import gettext_lazy as _

        from madoguchi.core.navigation import Entry, staff_entry

        staff_entry(
            Entry(
                key="cases",
                title=_("Cases"),
                description=_(
                    "Your department's applications: review, ask for corrections, decide, "
                    "with deadlines in business days."
                ),
                url_name="applications:queue",
                capability="cases.view",
                order=5,
            )
        )
