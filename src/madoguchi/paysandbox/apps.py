from django.apps import AppConfig


class PaySandboxConfig(AppConfig):
    name = "madoguchi.paysandbox"
    label = "paysandbox"
    verbose_name = "Sandbox payment company (test only)"
