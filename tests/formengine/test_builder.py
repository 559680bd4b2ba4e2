"""The staff form builder: a new procedure with a two-step form, a condition and a repeating
group, built and published without code, then applied for; plus import and export."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from madoguchi.accounts.models import Department
from madoguchi.applications.models import Application, Status
from madoguchi.audit.models import AuditRecord
from madoguchi.formengine import builder
from madoguchi.formengine.definition import definition_problems
from madoguchi.formengine.models import FormVersion
from madoguchi.procedures.models import Procedure
from tests.application_fixtures import FORM, link_in

pytestmark = pytest.mark.django_db


def test_parse_choices_and_group_fields() -> None:
    assert builder.parse_choices("mail: 郵送 / By post\ncounter: 窓口") == [
        {"value": "mail", "label": {"ja": "郵送", "en": "By post"}},
        {"value": "counter", "label": {"ja": "窓口"}},
    ]
    assert builder.parse_group_fields("name | text | 氏名 | Name | required") == [
        {"key": "name", "type": "text", "label": {"ja": "氏名", "en": "Name"}, "required": True}
    ]
    with pytest.raises(builder.BuilderError):
        builder.parse_choices("no colon here")


def test_builder_edits_never_modify_their_input() -> None:
    original = json.dumps(FORM, sort_keys=True)
    builder.add_item(FORM, step_key="applicant", item={"key": "x", "type": "text", "label": "x"})
    builder.remove_item(FORM, step_key="items", key="photo")
    builder.move_item(FORM, step_key="applicant", key="pickup.method", offset=-1)
    assert json.dumps(FORM, sort_keys=True) == original


def post(client: Client, url: str, data: dict[str, Any]) -> Any:
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[-3000:]
    return response


def test_staff_build_publish_and_a_resident_applies(
    department: Department,
    staff_client: Callable[..., Client],
    read_mail: Callable[..., Any],
    django_capture_on_commit_callbacks: Any,
) -> None:
    # given an officer of the department
    staff = staff_client("department_officer", department)
    # when they create a new procedure
    post(
        staff,
        "/ja/staff/procedures/new/",
        {
            "code": "kodomo-taiken",
            "name": "こども体験教室の申込み",
            "name_en": "Children's workshop",
            "department": department.code,
            "category": "childcare",
            "identity_level": "none",
            "processing_days": "3",
            "retention_years": "1",
        },
    )
    procedure = Procedure.objects.get(code="kodomo-taiken")
    url = "/ja/staff/procedures/kodomo-taiken/form/"
    post(staff, url, {"action": "start_draft"})
    # and a first step with a yes/no question and a condition on it
    post(
        staff,
        url,
        {
            "action": "add_question",
            "q-step": "applicant",
            "q-kind": "yes_no",
            "q-key": "guardian.attends",
            "q-label_ja": "保護者も参加しますか",
            "q-label_en": "Will a guardian attend?",
            "q-required": "on",
        },
    )
    post(
        staff,
        url,
        {
            "action": "add_question",
            "q-step": "applicant",
            "q-kind": "text",
            "q-key": "guardian.name",
            "q-label_ja": "参加する保護者の氏名",
            "q-required": "on",
            "q-condition_field": "guardian.attends",
            "q-condition_operator": "equals",
            "q-condition_value": "yes",
        },
    )
    # and a second step holding a repeating group of children
    post(
        staff,
        url,
        {
            "action": "add_step",
            "s-key": "children",
            "s-title_ja": "参加するお子さん",
            "s-title_en": "Children",
        },
    )
    post(
        staff,
        url,
        {
            "action": "add_question",
            "q-step": "children",
            "q-kind": "group",
            "q-key": "children",
            "q-label_ja": "お子さん",
            "q-label_en": "Child",
            "q-group_min": "1",
            "q-group_max": "3",
            "q-group_fields": (
                "name | text | 氏名 | Name | required\nage | number | 年齢 | Age | required"
            ),
        },
    )
    post(staff, url, {"action": "publish"})
    post(
        staff,
        "/ja/staff/procedures/kodomo-taiken/",
        {"online": "on", "fee_kind": "free", "processing_days": "3", "published": "on"},
    )
    # then version 1 is published, valid, and audited
    version = procedure.form_versions.get(status=FormVersion.Status.PUBLISHED)
    assert definition_problems(version.definition) == []
    assert [s["key"] for s in version.definition["steps"]] == ["applicant", "children"]
    assert AuditRecord.objects.filter(action="form.published").count() == 1

    # when a guest applies
    resident = Client()
    with django_capture_on_commit_callbacks(execute=True):
        post(resident, "/ja/procedures/kodomo-taiken/apply/", {"email": "oya@example.jp"})
    resident.get(link_in(read_mail("oya@example.jp")[0].body))
    application = Application.objects.get()
    base = f"/ja/applications/{application.public_id}"
    first = resident.get(f"{base}/steps/applicant/").content.decode()
    assert "保護者も参加しますか" in first and "参加する保護者の氏名" not in first
    shown = resident.post(
        f"{base}/steps/applicant/",
        {
            "applicant.name": "港 母",
            "guardian.attends": "yes",
            "shown": "applicant.name,guardian.attends",
            "action": "continue",
        },
    )
    assert "参加する保護者の氏名" in shown.content.decode()
    post(
        resident,
        f"{base}/steps/applicant/",
        {
            "applicant.name": "港 母",
            "guardian.attends": "yes",
            "guardian.name": "港 母",
            "action": "continue",
        },
    )
    resident.post(
        f"{base}/steps/children/",
        {
            "count.children": "1",
            "children.0.name": "港 一",
            "children.0.age": "7",
            "action": "add:children",
        },
    )
    post(
        resident,
        f"{base}/steps/children/",
        {
            "count.children": "2",
            "children.0.name": "港 一",
            "children.0.age": "7",
            "children.1.name": "港 二",
            "children.1.age": "5",
            "action": "continue",
        },
    )
    with django_capture_on_commit_callbacks(execute=True):
        post(resident, f"{base}/check/", {"declaration": "on"})
    # then the application holds both children and the guardian
    application.refresh_from_db()
    assert application.status == Status.SUBMITTED
    assert application.answers["children"] == [
        {"name": "港 一", "age": "7"},
        {"name": "港 二", "age": "5"},
    ]
    assert application.answers["guardian.name"] == "港 母"
    assert application.form_version == version


def test_publishing_a_new_version_leaves_earlier_applications_alone(
    procedure: Procedure, make_application: Callable[..., Application]
) -> None:
    from madoguchi.formengine.services import (
        form_draft_from_published,
        form_draft_save,
        form_publish,
    )

    # given an application made on version 1
    application = make_application()
    # when version 2 renames a question and is published
    draft = form_draft_from_published(procedure=procedure, actor=None)
    changed = json.loads(json.dumps(draft.definition))
    changed["steps"][0]["items"][0]["label"] = {"ja": "お名前"}
    form_draft_save(procedure=procedure, definition=changed, actor=None)
    form_publish(procedure=procedure, actor=None)
    # then the application still reads with version 1, which is retired but unchanged
    application.refresh_from_db()
    assert application.form_version.number == 1
    assert application.form_version.status == FormVersion.Status.RETIRED
    assert application.form_version.definition == FORM


def test_import_checks_the_file_and_export_round_trips(
    procedure: Procedure, staff_client: Callable[..., Client], department: Department
) -> None:
    staff = staff_client("department_manager", department)
    url = f"/ja/staff/procedures/{procedure.code}/form/"
    # given a broken file
    broken = SimpleUploadedFile("form.json", b'{"schema": 1, "steps": [{"key": "a"}]}')
    response = staff.post(url, {"action": "import", "i-file": broken})
    # then the problems are listed by path and nothing is saved
    assert response.status_code == 400
    assert "steps[0].title" in response.content.decode()
    assert not procedure.form_versions.filter(status="draft").exists()
    # when the published version is exported and imported again
    exported = staff.get(f"/ja/staff/procedures/{procedure.code}/form/v1.json")
    assert exported.status_code == 200
    assert json.loads(exported.content) == FORM
    post(staff, url, {"action": "import", "i-file": SimpleUploadedFile("f.json", exported.content)})
    # then it becomes the draft
    assert procedure.form_versions.get(status="draft").definition == FORM


def test_builder_is_only_for_form_managers_of_the_department(
    procedure: Procedure,
    staff_client: Callable[..., Client],
    department: Department,
    make_department: Callable[..., Department],
) -> None:
    assert (
        staff_client("counter_clerk", department)
        .get(f"/ja/staff/procedures/{procedure.code}/form/")
        .status_code
        == 403
    )
    other = staff_client("department_officer", make_department(code="other"))
    assert other.get(f"/ja/staff/procedures/{procedure.code}/form/").status_code == 403


def test_preview_renders_every_step(
    procedure: Procedure, staff_client: Callable[..., Client], department: Department
) -> None:
    staff = staff_client("department_officer", department)
    page = staff.get(f"/ja/staff/procedures/{procedure.code}/form/v1/preview/").content.decode()
    assert "申請者" in page and "品目" in page and "個人番号" in page
