"""Catalog services: validation, versions, uploads in any encoding, standards, downloads."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.core.files.storage import default_storage

from madoguchi.audit.models import AuditRecord
from madoguchi.opendata import selectors, services
from madoguchi.opendata.models import Dataset, DatasetRevision, Download, Resource

from .conftest import FACILITIES_CSV

pytestmark = pytest.mark.django_db

STANDARD_CSV = (
    "全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,名称_英字,種別,所在地_連結表記,"
    "緯度,経度\n"
    "131032,131032-1,東京都港区,港区役所,ミナトクヤクショ,Minato City Hall,庁舎,"
    "東京都港区芝公園1-5-25,35.6581,139.7516\n"
)


def test_invalid_input_changes_nothing(make_dataset: Callable[..., Dataset]) -> None:
    # given an existing dataset
    dataset = make_dataset()
    records = AuditRecord.objects.count()
    # when a patch has a bad date range and an unknown group
    with pytest.raises(services.CatalogValidationError) as raised:
        services.dataset_update(
            actor=None,
            dataset=dataset,
            data={
                "title": "新しい題",
                "groups": [{"name": "nope"}],
                "extras": [
                    {"key": "temporal_start", "value": "2026-05-01"},
                    {"key": "temporal_end", "value": "2026-04-01"},
                ],
            },
            partial=True,
        )
    # then both problems are named and nothing was saved or audited
    assert {"groups", "temporal_end"} <= set(raised.value.errors)
    dataset.refresh_from_db()
    assert dataset.title == "指定緊急避難場所一覧" and dataset.version == 1
    assert AuditRecord.objects.count() == records


def test_every_change_is_a_version_with_its_snapshot(make_dataset: Callable[..., Dataset]) -> None:
    # given a dataset; when its title changes twice
    dataset = make_dataset()
    services.dataset_update(actor=None, dataset=dataset, data={"title": "二"}, partial=True)
    services.dataset_update(actor=None, dataset=dataset, data={"title": "三"}, partial=True)
    # then each version keeps what the dataset looked like then
    snapshots = {
        r.number: r.snapshot["title"] for r in DatasetRevision.objects.filter(dataset=dataset)
    }
    assert snapshots == {1: "指定緊急避難場所一覧", 2: "二", 3: "三"}
    assert AuditRecord.objects.filter(action="opendata.dataset_updated").count() == 2


def test_a_shift_jis_upload_is_stored_as_utf8_and_loaded(loaded_resource: Resource) -> None:
    # given a CP932 upload (the fixture); then the stored file is UTF-8 and the table is loaded
    with default_storage.open(loaded_resource.file, "rb") as stored:
        assert stored.read().decode("utf-8") == FACILITIES_CSV
    assert loaded_resource.source_encoding == "cp932"
    assert loaded_resource.datastore_rows == 3
    assert loaded_resource.datastore_state == "done"
    # and the dataset's CKAN dictionary lists the resource as in the datastore
    ckan = Dataset.objects.get(pk=loaded_resource.dataset_id).ckan
    assert ckan["resources"][0]["datastore_active"] is True
    assert ckan["resources"][0]["format"] == "CSV"


def test_a_file_that_breaks_the_standard_is_refused_with_row_and_column(
    make_dataset: Callable[..., Dataset],
) -> None:
    # given a dataset that follows 公共施設一覧
    dataset = make_dataset(
        name="facilities", extras=[{"key": "standard", "value": "public_facilities"}]
    )
    broken = STANDARD_CSV.replace("35.6581", "北緯35度")
    # when a file with a bad latitude is uploaded
    with pytest.raises(services.CatalogValidationError) as raised:
        services.resource_create(
            actor=None, dataset=dataset, data={}, upload_name="x.csv", upload=broken.encode("cp932")
        )
    # then the message names the row and the column, and nothing is stored
    message = " ".join(raised.value.errors["upload"])
    assert "2" in message and "緯度" in message
    assert not Resource.objects.exists()
    # while a correct file is accepted
    ok = services.resource_create(
        actor=None,
        dataset=dataset,
        data={},
        upload_name="x.csv",
        upload=STANDARD_CSV.encode("cp932"),
        load_now=True,
    )
    assert ok.datastore_rows == 1


def test_an_unreadable_file_is_refused(make_dataset: Callable[..., Dataset]) -> None:
    dataset = make_dataset()
    with pytest.raises(services.CatalogValidationError):
        services.resource_create(
            actor=None, dataset=dataset, data={}, upload_name="x.csv", upload=b"\x81\xff\xfe\x00ab"
        )
    assert not Resource.objects.exists()


def test_downloads_count_once_per_client_per_day_and_never_bots(
    loaded_resource: Resource,
) -> None:
    # given one resource
    day = date(2026, 10, 5)

    def fetch(ip: str, agent: str, when: date = day) -> bool:
        return services.download_record(
            resource=loaded_resource, ip=ip, user_agent=agent, channel="web", day=when
        )

    # when a browser fetches twice, another client once, a bot and an empty agent once each,
    # and the first browser again the next day
    results = [
        fetch("203.0.113.1", "Mozilla/5.0 Firefox"),
        fetch("203.0.113.1", "Mozilla/5.0 Firefox"),
        fetch("203.0.113.2", "python-requests/2.32"),
        fetch("203.0.113.3", "Googlebot/2.1 (+http://www.google.com/bot.html)"),
        fetch("203.0.113.4", ""),
        fetch("203.0.113.1", "Mozilla/5.0 Firefox", date(2026, 10, 6)),
    ]
    # then three downloads are counted and no address is stored
    assert results == [True, False, True, False, False, True]
    assert Download.objects.count() == 3
    assert not Download.objects.filter(client__contains="203.0.113").exists()


def test_monthly_average_is_over_complete_months(loaded_resource: Resource) -> None:
    # given downloads in September (3) and October (1) and the current month (November, 5)
    def add(day: date, n: int) -> None:
        for i in range(n):
            Download.objects.create(
                resource=loaded_resource,
                dataset_id=loaded_resource.dataset_id,
                day=day,
                client=f"{day}-{i}",
                channel="web",
            )

    add(date(2026, 9, 10), 3)
    add(date(2026, 10, 1), 1)
    add(date(2026, 11, 2), 5)
    # when the indicator is computed on 24 November
    average = selectors.monthly_download_average(today=date(2026, 11, 24))
    # then it is the mean of September and October; November is not complete
    assert average.average == 2.0
    assert average.months == 2
    assert (average.first, average.last) == (date(2026, 9, 1), date(2026, 10, 1))
    assert selectors.monthly_download_average(today=date(2026, 9, 20)).average is None


def test_search_sees_changes_at_once(make_dataset: Callable[..., Dataset]) -> None:
    # given a search that finds nothing
    assert selectors.dataset_search(q="図書館").count == 0
    # when a dataset about libraries is added, then renamed
    dataset = make_dataset(name="libraries", title="図書館一覧", tags=[])
    found = selectors.dataset_search(q="としょかん").ids
    services.dataset_update(actor=None, dataset=dataset, data={"title": "蔵書数"}, partial=True)
    # then the in-memory index followed both changes
    assert found == [str(dataset.id)]
    assert selectors.dataset_search(q="図書館").count == 0


def test_withdrawn_datasets_leave_search_and_lists(make_dataset: Callable[..., Dataset]) -> None:
    dataset = make_dataset()
    services.dataset_update(actor=None, dataset=dataset, data={"state": "deleted"}, partial=True)
    assert selectors.dataset_search().count == 0


def test_standard_datasets_get_the_tags_bodik_expects(
    make_dataset: Callable[..., Dataset],
) -> None:
    # given a dataset without tags; when it is declared to follow the AED standard
    dataset = make_dataset(name="aed", tags=[])
    services.dataset_update(
        actor=None,
        dataset=dataset,
        data={"extras": [{"key": "standard", "value": "aed_locations"}]},
        partial=True,
    )
    # then it carries the standard's tags
    dataset.refresh_from_db()
    assert dataset.tags == ["自治体標準ODS", "AED"]
