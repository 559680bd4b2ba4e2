from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Callable
from typing import Any

import pytest

from madoguchi.accounts.models import Department
from madoguchi.formengine.models import FormVersion
from madoguchi.formengine.services import form_load
from madoguchi.procedures.models import IdentityLevel, Procedure

TEXT = {"ja": "テキスト", "en": "Text", "zh-hans": "文本", "ko": "텍스트"}


def t(ja: str, en: str) -> dict[str, str]:
    return {"ja": ja, "en": en, "zh-hans": en, "ko": en}


FORM: dict[str, Any] = {
    "schema": 1,
    "steps": [
        {
            "key": "applicant",
            "title": t("申請者", "Applicant"),
            "items": [
                {
                    "key": "applicant.name",
                    "type": "text",
                    "required": True,
                    "max_length": 50,
                    "label": t("氏名", "Full name"),
                },
                {
                    "key": "pickup.method",
                    "type": "single_choice",
                    "required": True,
                    "label": t("受け取り方法", "How to receive it"),
                    "choices": [
                        {"value": "mail", "label": t("郵送", "By post")},
                        {"value": "counter", "label": t("窓口", "At the counter")},
                    ],
                },
                {
                    "key": "pickup.counter",
                    "type": "single_choice",
                    "required": True,
                    "condition": {"field": "pickup.method", "equals": "counter"},
                    "label": t("受け取る窓口", "Which counter"),
                    "choices": [
                        {"value": "shiba", "label": t("芝", "Shiba")},
                        {"value": "azabu", "label": t("麻布", "Azabu")},
                    ],
                },
            ],
        },
        {
            "key": "items",
            "title": t("品目", "Items"),
            "items": [
                {
                    "group": "items",
                    "min": 1,
                    "max": 3,
                    "label": t("品目", "Items"),
                    "item_label": t("品目", "Item"),
                    "fields": [
                        {
                            "key": "name",
                            "type": "text",
                            "required": True,
                            "label": t("品名", "Item"),
                        },
                        {
                            "key": "count",
                            "type": "number",
                            "required": True,
                            "min": 1,
                            "max": 5,
                            "decimal_places": 0,
                            "label": t("数量", "Quantity"),
                        },
                    ],
                },
                {
                    "key": "photo",
                    "type": "attachment",
                    "accept": ["png", "jpeg", "pdf"],
                    "max_files": 2,
                    "max_size_mb": 1,
                    "required": False,
                    "label": t("写真", "Photo"),
                },
            ],
        },
        {
            "key": "bank",
            "title": t("振込先", "Bank account"),
            "condition": {"field": "pickup.method", "equals": "mail"},
            "items": [
                {
                    "key": "applicant.individual_number",
                    "type": "individual_number",
                    "required": True,
                    "label": t("個人番号", "My Number"),
                }
            ],
        },
    ],
}


def png_bytes() -> bytes:
    """A real 1×1 PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


VALID_MY_NUMBER = "123456789018"


@pytest.fixture
def department(make_department: Callable[..., Department]) -> Department:
    return make_department(code="kankyo")


@pytest.fixture
def procedure(department: Department) -> Procedure:
    procedure = Procedure.objects.create(
        code="test-gomi",
        name="テスト粗大ごみ",
        department=department,
        category="waste",
        online=True,
        identity_level=IdentityLevel.NONE,
        processing_days=5,
    )
    form_load(procedure=procedure, definition=FORM)
    return procedure


@pytest.fixture
def form_version(procedure: Procedure) -> FormVersion:
    return procedure.form_versions.get(status="published")


def link_in(body: str) -> str:
    """The path of the first Madoguchi link in a mail body."""
    match = re.search(r"https?://[^/\s]+(/\S+)", body)
    assert match, body
    return match.group(1)


ANSWERS_COUNTER = {
    "applicant": {
        "applicant.name": "港 太郎",
        "pickup.method": "counter",
        "pickup.counter": "shiba",
    },
    "items": {"count.items": "1", "items.0.name": "ソファ", "items.0.count": "1"},
}


def fill(application: Any, steps: dict[str, dict[str, str]] | None = None) -> Any:
    """Answer every step through the engine and the save service, as the web layer does."""
    from django.http import QueryDict

    from madoguchi.applications import selectors, services

    spec = application.form_version.spec
    for step_key, values in (steps or ANSWERS_COUNTER).items():
        data = QueryDict(mutable=True)
        for key, value in values.items():
            data[key] = value
        counts = {"items": int(values.get("count.items", "1"))} if step_key == "items" else {}
        files = {
            key: [str(a.public_id) for a in attachments]
            for key, attachments in selectors.attachments_by_field(application=application).items()
        }
        result = spec.clean_step(
            spec.step(step_key), data, application.answers, group_counts=counts, attachments=files
        )
        assert result.valid, result.errors
        services.application_save_step(
            application=application, step_key=step_key, raw={}, result=result
        )
    return application


@pytest.fixture
def make_application(procedure: Procedure) -> Callable[..., Any]:
    """A guest application, email confirmed, answered, optionally submitted."""
    from madoguchi.applications import services
    from madoguchi.applications.models import Application

    def make(
        *, submit: bool = True, email: str = "guest@example.jp", proc: Procedure | None = None
    ) -> Application:
        application, _token = services.application_start(
            procedure=proc or procedure, applicant=None, guest_email=email
        )
        Application.objects.filter(pk=application.pk).update(email_verified=True)
        application.refresh_from_db()
        fill(application)
        if submit:
            application = services.application_submit(application=application, actor=None)
        return application

    return make
