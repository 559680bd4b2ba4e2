from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "madoguchi.core"
    label = "core"
    verbose_name = "Madoguchi core"

    def ready(self) -> None:
        from madoguchi.core import checks  # noqa: F401  (registers system checks)
