"""Minato demo data for the open data catalog: the themes, the generated demo datasets
(``demo_data``), the catalog's own download statistics as a dataset, and a year of generated
download history so that the monthly-downloads indicator has something to show.

Everything here is demo data and says so: each dataset's description starts with the demo
notice, and the download history is generated, not counted.
"""

from __future__ import annotations

import random
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from madoguchi.core.demo import DemoLogin, demo_loader
from madoguchi.opendata import demo_data, services
from madoguchi.opendata.models import Dataset, Download, Group, Resource

# Roughly the plan's FY2023 figure (3,200 a month), growing month by month.
DEMO_MONTHLY_DOWNLOADS = (2600, 3400)


def _dataset_input(item: demo_data.DemoDataset) -> dict[str, object]:
    return {
        "name": item.name,
        "title": item.title,
        "notes": item.notes,
        "owner_org": item.organization,
        "groups": [{"name": g} for g in item.groups],
        "tags": [{"name": t} for t in item.tags],
        "state": "active",
        "extras": [
            {"key": "frequency", "value": item.frequency},
            {
                "key": "temporal_start",
                "value": item.temporal_start.isoformat() if item.temporal_start else "",
            },
            {
                "key": "temporal_end",
                "value": item.temporal_end.isoformat() if item.temporal_end else "",
            },
            {"key": "spatial_text", "value": item.spatial},
            {"key": "standard", "value": item.standard or ""},
            {"key": "title_en", "value": item.title_en},
            {"key": "notes_en", "value": item.notes_en},
            {"key": "contact_name", "value": "港区 企画経営部 情報政策課"},
        ],
    }


def _downloads_dataset() -> None:
    if Dataset.objects.filter(name="opendata-downloads").exists():
        return
    dataset = services.dataset_create(
        actor=None,
        data={
            "name": "opendata-downloads",
            "title": "オープンデータのダウンロード数（月別）",
            "notes": (
                "港区オープンデータカタログのダウンロード数を月別・データセット別に集計したもの"
                "です。ファイルはアクセスした時点で集計されます（同じ利用者の同じファイルは1日1"
                "回として数え、ロボットは除きます）。デモ環境の過去の件数は生成したデータです。"
            ),
            "owner_org": "kikaku-johoseisaku",
            "groups": [{"name": "gyousei"}],
            "tags": [{"name": "オープンデータ"}, {"name": "統計"}],
            "state": "active",
            "extras": [
                {"key": "frequency", "value": "daily"},
                {"key": "title_en", "value": "Open data downloads per month"},
            ],
        },
    )
    services.resource_create(
        actor=None,
        dataset=dataset,
        data={
            "name": "月別ダウンロード数 (CSV)",
            "format": "CSV",
            "url": str(settings.MADOGUCHI_PUBLIC_URL).rstrip("/") + "/opendata/stats/downloads.csv",
            "description": "閲覧時点で集計した最新の値です。",
        },
    )


def _download_history() -> None:
    """A generated year of downloads, spread over the demo datasets' uploaded files."""
    if Download.objects.exists():
        return
    resources = list(Resource.objects.exclude(file="").values_list("id", "dataset_id"))
    if not resources:
        return
    rng = random.Random(131032)  # noqa: S311 - demo data, not security
    today = timezone.localdate()
    start = (today.replace(day=1) - timedelta(days=365)).replace(day=1)
    low, high = DEMO_MONTHLY_DOWNLOADS
    rows = []
    day = start
    total_days = (today - start).days or 1
    while day < today:
        progress = (day - start).days / total_days
        per_day = (low + (high - low) * progress) / 30
        count = max(0, int(rng.gauss(per_day, per_day * 0.15)))
        for n in range(count):
            resource_id, dataset_id = rng.choice(resources)
            rows.append(
                Download(
                    resource_id=resource_id,
                    dataset_id=dataset_id,
                    day=day,
                    client=f"demo-{day.isoformat()}-{n}",
                    channel=rng.choice(["web", "web", "direct", "api"]),
                )
            )
        day += timedelta(days=1)
    Download.objects.bulk_create(rows, batch_size=2000, ignore_conflicts=True)


@demo_loader("opendata", order=40)
def load() -> list[DemoLogin]:
    for group in demo_data.demo_groups():
        Group.objects.update_or_create(
            name=group.name,
            defaults={"title": group.title, "title_i18n": {"en": group.title_en}},
        )
    for item in demo_data.DEMO_DATASETS:
        if Dataset.objects.filter(name=item.name).exists():
            continue
        with transaction.atomic():
            dataset = services.dataset_create(actor=None, data=_dataset_input(item))
            for resource in item.resources:
                content = resource.content()
                extension = {"GeoJSON": "geojson"}.get(resource.format, resource.format.lower())
                services.resource_create(
                    actor=None,
                    dataset=dataset,
                    data={
                        "name": resource.name,
                        "description": resource.description,
                        "format": resource.format,
                    },
                    upload_name=f"{item.name}.{extension}",
                    upload=content,
                    load_now=True,
                )
    _downloads_dataset()
    _download_history()
    return []
