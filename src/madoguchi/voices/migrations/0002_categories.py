"""The sixteen fixed categories (codes are part of the Open311 interface). Departments are
the city's to map; the demo maps them to its organisation."""

from django.db import migrations


def create(apps, schema_editor):  # type: ignore[no-untyped-def]
    from madoguchi.voices.categories import CATEGORIES

    Category = apps.get_model("voices", "Category")
    for order, c in enumerate(CATEGORIES):
        Category.objects.update_or_create(
            code=c.code,
            defaults={
                "name": c.ja,
                "name_i18n": {"en": c.en, "zh-hans": c.zh, "ko": c.ko},
                "deadline_days": c.deadline_days,
                "sort_order": order,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("voices", "0001_initial")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
