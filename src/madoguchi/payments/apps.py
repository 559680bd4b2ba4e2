from django.apps import AppConfig


class PaymentsConfig(AppConfig):
    name = "madoguchi.payments"
    label = "payments"
    verbose_name = "Cashless payments"

    def ready(self) -> None:
        from madoguchi.applications import hooks
        from madoguchi.payments import staff_views, views

        hooks.submission_gate(views.gate)
        hooks.detail_action(views.detail_actions)
        hooks.submit_notice(views.submit_notice)
        hooks.case_panel(staff_views.case_panel)
