from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "madoguchi.audit"
    label = "audit"
    verbose_name = "Audit trail"

    def ready(self) -> None:
        from django.utils.translation import gettext_lazy as _

        from madoguchi.core.navigation import Entry, staff_entry

        staff_entry(
            Entry(
                key="audit",
                title=_("Audit trail"),
                description=_("Search the audit records and verify the hash chain."),
                url_name="audit:log",
                capability="audit.view",
                order=200,
            )
        )
