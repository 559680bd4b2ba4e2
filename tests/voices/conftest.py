"""Fixtures for residents' voices: the demo departments behind the categories, handlers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from madoguchi.accounts.models import Department, StaffRole, User
from madoguchi.voices.models import Category


@pytest.fixture(autouse=True)
def _categories(request: pytest.FixtureRequest) -> None:
    """The categories come from a data migration, which a transactional test's flush
    removes; put them back for every test that uses the database."""
    uses_db = request.node.get_closest_marker("django_db") is not None or any(
        name in request.fixturenames for name in ("db", "transactional_db", "live_server")
    )
    if uses_db:
        request.getfixturevalue(
            "db" if "live_server" not in request.fixturenames else "transactional_db"
        )
        from madoguchi.voices.categories import categories_ensure

        categories_ensure()


@pytest.fixture
def waste_department(make_department: Callable[..., Department]) -> Department:
    department = make_department(code="kankyo-recycle-seiso", name="みなとリサイクル清掃事務所")
    Category.objects.filter(code="waste").update(department=department)
    return department


@pytest.fixture
def triage_department(make_department: Callable[..., Department]) -> Department:
    return make_department(code="kikaku-kuchoshitsu", name="区長室")


@pytest.fixture
def officer(make_staff: Callable[..., User], waste_department: Department) -> User:
    return make_staff(StaffRole.DEPARTMENT_OFFICER, waste_department)


@pytest.fixture
def manager(make_staff: Callable[..., User], waste_department: Department) -> User:
    return make_staff(StaffRole.DEPARTMENT_MANAGER, waste_department)


@pytest.fixture
def dumping(db: None, waste_department: Department, triage_department: Department) -> Any:
    """A resident's voice about illegal dumping near 芝公園, received by email."""
    from madoguchi.voices import services

    voice, _ = services.voice_submit(
        channel="email",
        body="芝公園の入口付近に粗大ごみが不法投棄されています。冷蔵庫とタイヤが置かれたままです。",
        contact_name="山田太郎",
        contact_email="yamada@example.jp",
        wants_reply=True,
        may_publish=True,
        message_id="dumping-1@example.jp",
    )
    return voice
