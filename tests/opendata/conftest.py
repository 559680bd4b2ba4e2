"""Fixtures for the open data catalog: a publisher, datasets and loaded CSV resources."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from madoguchi.accounts.models import Department, StaffRole, User
from madoguchi.accounts.services import api_token_create
from madoguchi.opendata import services
from madoguchi.opendata.models import Dataset, Group, Resource

FACILITIES_CSV = (
    "名称,種別,住所,緯度,経度,収容人数\n"
    "芝公園,公園,港区芝公園4-8,35.6545,139.7480,5000\n"
    "港区スポーツセンター,体育館,港区芝浦1-16-1,35.6425,139.7565,1200\n"
    "高輪区民センター,区民センター,港区高輪1-16-25,35.6404,139.7345,300\n"
)


@pytest.fixture
def department(make_department: Callable[..., Department]) -> Department:
    return make_department(code="bousai", name="防災課", name_i18n={"en": "Disaster Prevention"})


@pytest.fixture
def publisher(make_staff: Callable[..., User], department: Department) -> User:
    return make_staff(StaffRole.DATA_PUBLISHER, department)


@pytest.fixture
def publisher_token(publisher: User) -> str:
    return api_token_create(user=publisher, name="test")


@pytest.fixture
def theme(db: None) -> Group:
    return Group.objects.create(
        name="bousai", title="防災", title_i18n={"en": "Disaster prevention"}
    )


@pytest.fixture
def make_dataset(db: None, department: Department, theme: Group) -> Callable[..., Dataset]:
    def make(name: str = "evacuation-sites", **extra: Any) -> Dataset:
        data: dict[str, Any] = {
            "name": name,
            "title": extra.pop("title", "指定緊急避難場所一覧"),
            "notes": extra.pop("notes", "港区の指定緊急避難場所の一覧です。"),
            "owner_org": department.code,
            "groups": [{"name": theme.name}],
            "tags": extra.pop("tags", [{"name": "防災"}, {"name": "避難所"}]),
            "state": extra.pop("state", "active"),
            **extra,
        }
        return services.dataset_create(actor=None, data=data)

    return make


@pytest.fixture
def loaded_resource(make_dataset: Callable[..., Dataset]) -> Resource:
    """A dataset with one CSV resource loaded into the datastore. (The background-task path is
    exercised by the API tests, which commit.)"""
    dataset = make_dataset(name="facilities", title="公共施設一覧")
    resource = services.resource_create(
        actor=None,
        dataset=dataset,
        data={"name": "施設一覧"},
        upload_name="facilities.csv",
        upload=FACILITIES_CSV.encode("cp932"),
        load_now=True,
    )
    resource.refresh_from_db()
    return resource
