from django.apps import AppConfig


class EvaluationConfig(AppConfig):
    name = "madoguchi.evaluation"
    label = "evaluation"
    verbose_name = "Policy evaluation"

    def ready(self) -> None:
        from django.utils.translation import gettext_lazy as _

        from madoguchi.core.navigation import Entry, resident_entry, staff_entry

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
        staff_entry(
            Entry(
                key="indicators",
                title=_("Indicator figures"),
                description=_("Enter or import the figures of the master plan's indicators."),
                url_name="evaluation:staff_list",
                capability="evaluation.observations.enter",
                order=60,
            )
        )
        staff_entry(
            Entry(
                key="evaluations",
                title=_("Policy evaluations"),
                description=_("Draft, approve and publish the yearly evaluations of the plan."),
                url_name="evaluation:staff_evaluations",
                capability="evaluation.records.view",
                order=61,
            )
        )
