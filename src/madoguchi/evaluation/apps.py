from django.apps import AppConfig


class EvaluationConfig(AppConfig):
    name = "madoguchi.evaluation"
    label = "evaluation"
    verbose_name = "Policy evaluation"

    def ready(self) -> None:
        from django.utils.translation import gettext_lazy as _

        from madoguchi.core.navigation import Entry, resident_entry

        resident_entry(
            Entry(
                key="plan",
                title=_("Master plan"),
                description=_(
                    "The city's policies for a convenient, open and well-run city, "
                    "and how they are measured."
                ),
                url_name="evaluation:plan",
                order=90,
            )
        )
