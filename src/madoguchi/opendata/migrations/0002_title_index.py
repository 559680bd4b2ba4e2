"""Each dataset's title index is stored, so a process rebuilding its search index after a
catalog change reads it instead of analysing 10,000 titles again."""

from django.db import migrations, models


def fill(apps, schema_editor):  # type: ignore[no-untyped-def]
    from madoguchi.core import search

    Dataset = apps.get_model("opendata", "Dataset")
    for dataset in Dataset.objects.all().only("id", "title", "title_i18n"):
        Dataset.objects.filter(pk=dataset.pk).update(
            title_index=search.index_text([dataset.title, *dataset.title_i18n.values()])
        )


class Migration(migrations.Migration):
    dependencies = [("opendata", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="dataset",
            name="title_index",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
