from django.apps import AppConfig


class FormEngineConfig(AppConfig):
    name = "madoguchi.formengine"
    label = "formengine"
    verbose_name = "Forms defined as data"
