"""The late-fee rates published for 2018–2026 (附則第3条の2; 延滞金特例基準割合 + 1 % and
+ 7.3 %). Later years are recorded by the tax division when the Minister of Finance announces
them."""

from django.db import migrations

RATES = {
    2018: (260, 890),
    2019: (260, 890),
    2020: (260, 890),
    2021: (250, 880),
    2022: (240, 870),
    2023: (240, 870),
    2024: (240, 870),
    2025: (240, 870),
    2026: (280, 910),
}
SOURCE = "地方税法附則第3条の2（延滞金特例基準割合による特例）"


def add_rates(apps, schema_editor):
    LateFeeRate = apps.get_model("taxes", "LateFeeRate")
    for year, (first_month, later) in RATES.items():
        LateFeeRate.objects.get_or_create(
            year=year, defaults={"first_month": first_month, "later": later, "source": SOURCE}
        )


class Migration(migrations.Migration):
    dependencies = [("taxes", "0001_initial")]

    operations = [migrations.RunPython(add_rates, migrations.RunPython.noop)]
