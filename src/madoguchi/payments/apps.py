from django.apps import AppConfig


class PaymentsConfig(AppConfig):
    name = "madoguchi.payments"
    label = "payments"
    verbose_name = "Cashless payments"

    def ready(self) -> None:
        from django.utils.translation import gettext_lazy as _

        from madoguchi.applications import hooks
        from madoguchi.core.navigation import Entry, staff_entry
        from madoguchi.payments import staff_views, views

        hooks.submission_gate(views.gate)
        hooks.detail_action(views.detail_actions)
        hooks.submit_notice(views.submit_notice)
        hooks.case_panel(staff_views.case_panel)
        staff_entry(
            Entry(
                key="payments",
                title=_("Payments report"),
                description=_(
                    "Fees taken each day by procedure, revenue category, method and counter, "
                    "and reconciliation with the payment company's settlement."
                ),
                url_name="payments:report",
                capability="payments.report",
                order=40,
            )
        )
