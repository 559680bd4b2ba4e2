"""Back office: the authorization matrix, audited reads, masking, queue, export, files."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from madoguchi.accounts.models import Department
from madoguchi.applications import services
from madoguchi.applications.models import Application, Status
from madoguchi.audit.models import AuditRecord
from tests.application_fixtures import VALID_MY_NUMBER, fill, png_bytes

pytestmark = pytest.mark.django_db

CASE_READERS = {"counter_clerk", "department_officer", "department_manager"}
DECIDERS = {"department_officer", "department_manager"}
ALL_ROLES = [
    "counter_clerk",
    "department_officer",
    "department_manager",
    "data_publisher",
    "policy_analyst",
    "administrator",
]


@pytest.fixture
def case(make_application: Callable[..., Application]) -> Application:
    return make_application()


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("same_department", [True, False], ids=["own-dept", "other-dept"])
def test_case_page_matrix(
    role: str,
    same_department: bool,
    case: Application,
    department: Department,
    make_department: Callable[..., Department],
    staff_client: Callable[..., Client],
) -> None:
    # given staff of a role, in the case's department or another one
    client = staff_client(
        role, department if same_department else make_department(code=f"x-{role}")
    )
    # when they open the queue and the case
    queue = client.get("/ja/staff/cases/")
    page = client.get(f"/ja/staff/cases/{case.reference}/")
    # then only case readers get in, and only for their own department
    if role not in CASE_READERS:
        assert queue.status_code == 403 and page.status_code == 403
    elif same_department:
        assert queue.status_code == 200 and page.status_code == 200
        assert case.reference in queue.content.decode()
    else:
        assert queue.status_code == 200 and page.status_code == 404
        assert case.reference not in queue.content.decode()


@pytest.mark.parametrize("role", sorted(CASE_READERS))
def test_only_deciders_can_approve(
    role: str, case: Application, department: Department, staff_client: Callable[..., Client]
) -> None:
    # given a case in review
    client = staff_client(role, department)
    client.post(f"/ja/staff/cases/{case.reference}/", {"action": "to:in_review"})
    # when the role tries to approve
    response = client.post(f"/ja/staff/cases/{case.reference}/", {"action": "to:approved"})
    # then officers and managers can, clerks cannot
    case.refresh_from_db()
    if role in DECIDERS:
        assert response.status_code == 302 and case.status == Status.APPROVED
    else:
        assert response.status_code == 400 and case.status == Status.IN_REVIEW


def test_residents_and_anonymous_visitors_never_reach_the_back_office(
    case: Application, client: Client, make_resident: Callable[..., Any]
) -> None:
    assert client.get(f"/ja/staff/cases/{case.reference}/").status_code == 302
    client.force_login(make_resident())
    assert client.get("/ja/staff/cases/").status_code == 403
    assert client.get(f"/ja/staff/cases/{case.reference}/").status_code == 403


def test_one_resident_never_sees_another_residents_application(
    procedure: Any, make_resident: Callable[..., Any], client: Client
) -> None:
    # given resident A's submitted application
    alice, bob = make_resident(), make_resident()
    application, _token = services.application_start(procedure=procedure, applicant=alice)
    fill(application)
    application = services.application_submit(application=application, actor=alice)
    # when resident B tries its pages
    client.force_login(bob)
    # then every page is a 404 and B's list is empty
    for path in ("", "check/", "continue/", "withdraw/", "steps/applicant/"):
        assert client.get(f"/ja/applications/{application.public_id}/{path}").status_code == 404
    assert application.reference not in client.get("/ja/my/applications/").content.decode()
    client.force_login(alice)
    assert application.reference in client.get("/ja/my/applications/").content.decode()


def test_every_read_of_a_case_is_audited(
    case: Application, department: Department, staff_client: Callable[..., Client]
) -> None:
    client = staff_client("counter_clerk", department)
    client.get(f"/ja/staff/cases/{case.reference}/")
    client.get(f"/ja/staff/cases/{case.reference}/")
    reads = AuditRecord.objects.filter(action="case.read", actor_id=client.user.pk)  # type: ignore[attr-defined]
    assert reads.count() == 2


def _case_with_my_number(procedure: Any) -> Application:
    application, _token = services.application_start(
        procedure=procedure, applicant=None, guest_email="m@example.jp"
    )
    Application.objects.filter(pk=application.pk).update(email_verified=True)
    application.refresh_from_db()
    fill(
        application,
        {
            "applicant": {"applicant.name": "港 次郎", "pickup.method": "mail"},
            "items": {"count.items": "1", "items.0.name": "机", "items.0.count": "1"},
            "bank": {"applicant.individual_number": VALID_MY_NUMBER},
        },
    )
    return services.application_submit(application=application, actor=None)


def test_sensitive_answers_are_masked_and_unmasking_is_logged(
    procedure: Any, department: Department, staff_client: Callable[..., Client]
) -> None:
    # given a case with a My Number
    case = _case_with_my_number(procedure)
    officer = staff_client("department_officer", department)
    # when the officer opens it
    page = officer.get(f"/ja/staff/cases/{case.reference}/").content.decode()
    # then the number is masked
    assert VALID_MY_NUMBER not in page
    assert "9018" in page  # the last four digits help staff match documents
    # when they choose to show it
    shown = officer.post(
        f"/ja/staff/cases/{case.reference}/", {"action": "unmask"}
    ).content.decode()
    # then it is shown and the unmasking is in the audit log
    assert VALID_MY_NUMBER in shown
    assert AuditRecord.objects.filter(action="case.unmask").count() == 1


def test_a_clerk_cannot_unmask(
    procedure: Any, department: Department, staff_client: Callable[..., Client]
) -> None:
    case = _case_with_my_number(procedure)
    clerk = staff_client("counter_clerk", department)
    response = clerk.post(f"/ja/staff/cases/{case.reference}/", {"action": "unmask"})
    assert response.status_code == 403
    assert AuditRecord.objects.filter(action="case.unmask").count() == 0


def test_my_number_is_encrypted_at_rest(procedure: Any) -> None:
    from django.db import connection

    case = _case_with_my_number(procedure)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT answers_encrypted FROM applications_application WHERE id = %s", [case.pk]
        )
        stored = cursor.fetchone()[0]
    assert VALID_MY_NUMBER not in stored and "港 次郎" not in stored


def test_queue_filters_and_counts(
    make_application: Callable[..., Application],
    department: Department,
    staff_client: Callable[..., Client],
) -> None:
    # given one case in review, one overdue, one new
    client = staff_client("department_officer", department)
    reviewed, overdue, fresh = (make_application(email=f"q{i}@example.jp") for i in range(3))
    services.application_transition(application=reviewed, target="in_review", actor=client.user)  # type: ignore[attr-defined]
    from datetime import date

    Application.objects.filter(pk=overdue.pk).update(due_date=date(2026, 1, 5))
    # when filtering
    in_review = client.get("/ja/staff/cases/?status=in_review").content.decode()
    late = client.get("/ja/staff/cases/?overdue=1").content.decode()
    mine = client.get("/ja/staff/cases/?assignee=me").content.decode()
    # then each filter shows exactly its cases
    assert reviewed.reference in in_review and fresh.reference not in in_review
    assert overdue.reference in late and fresh.reference not in late
    assert reviewed.reference in mine and overdue.reference not in mine
    assert "期限超過" in late or "Overdue" in late


def test_queue_query_count_does_not_grow_with_cases(
    make_application: Callable[..., Application],
    department: Department,
    staff_client: Callable[..., Client],
    django_assert_max_num_queries: Any,
) -> None:
    client = staff_client("department_officer", department)
    for i in range(3):
        make_application(email=f"n{i}@example.jp")
    with django_assert_max_num_queries(20) as few:
        client.get("/ja/staff/cases/")
    for i in range(10):
        make_application(email=f"m{i}@example.jp")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/ja/staff/cases/")


@pytest.mark.parametrize(("encoding", "bom"), [("", True), ("cp932", False)])
def test_csv_export_for_excel(
    encoding: str,
    bom: bool,
    case: Application,
    department: Department,
    staff_client: Callable[..., Client],
) -> None:
    client = staff_client("department_officer", department)
    response = client.get(f"/ja/staff/cases/export.csv?encoding={encoding}")
    body = response.content
    assert response.status_code == 200
    assert body.startswith(b"\xef\xbb\xbf") is bom
    text = body.decode("utf-8-sig" if bom else "cp932")
    assert "受付番号" in text and (case.reference or "") in text and "\r\n" in text
    assert AuditRecord.objects.filter(action="case.export").exists()


def test_staff_open_attachments_inline_in_a_sandbox(
    procedure: Any, department: Department, staff_client: Callable[..., Client]
) -> None:
    # given a case with a photo
    application, _token = services.application_start(
        procedure=procedure, applicant=None, guest_email="p@example.jp"
    )
    Application.objects.filter(pk=application.pk).update(email_verified=True)
    application.refresh_from_db()
    attachment = services.attachment_add(
        application=application, field_key="photo", name="ソファ.png", data=png_bytes()
    )
    fill(application)
    application.refresh_from_db()
    assert application.answers["photo"] == [str(attachment.public_id)]
    application = services.application_submit(application=application, actor=None)
    client = staff_client("counter_clerk", department)
    # when staff open it
    response = client.get(f"/ja/staff/cases/{application.reference}/files/{attachment.public_id}/")
    # then it is the file, inline, sandboxed, never cached, and the read is audited
    assert response.status_code == 200
    assert response.content == png_bytes()
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("inline")
    assert "sandbox" in response["Content-Security-Policy"]
    assert AuditRecord.objects.filter(action="case.file").count() == 1
    # and a resident's browser has no address for it at all
    assert (
        Client()
        .get(f"/ja/staff/cases/{application.reference}/files/{attachment.public_id}/")
        .status_code
        == 302
    )


def test_notes_messages_and_assignment(
    case: Application,
    department: Department,
    staff_client: Callable[..., Client],
    read_mail: Callable[..., Any],
    django_capture_on_commit_callbacks: Any,
) -> None:
    client = staff_client("department_officer", department)
    url = f"/ja/staff/cases/{case.reference}/"
    client.post(url, {"action": "note", "n-text": "電話で確認済み"})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "message", "m-text": "搬出場所を教えてください。"})
    client.post(url, {"action": "assign_me"})
    case.refresh_from_db()
    assert case.notes.get().text == "電話で確認済み"
    assert case.messages.get().direction == "to_applicant"
    assert case.assignee_id == client.user.pk  # type: ignore[attr-defined]
    assert any("搬出場所" in m.body for m in read_mail("guest@example.jp"))
    # the note is never shown to the applicant
    assert "電話で確認済み" not in str(case.history.all())


def test_a_case_can_be_assigned_to_a_colleague_of_the_department_only(
    case: Application,
    department: Department,
    staff_client: Callable[..., Client],
    make_staff: Callable[..., Any],
    make_department: Callable[..., Department],
) -> None:
    # given an officer, a clerk of the same department and an officer elsewhere
    colleague = make_staff("counter_clerk", department)
    stranger = make_staff("department_officer", make_department(code="elsewhere"))
    client = staff_client("department_officer", department)
    url = f"/ja/staff/cases/{case.reference}/"
    page = client.get(url).content.decode()
    # then only colleagues are offered, and a stranger cannot be slipped in
    assert colleague.display_name in page and stranger.display_name not in page
    assert client.post(url, {"action": "assign", "assignee": stranger.pk}).status_code == 404
    client.post(url, {"action": "assign", "assignee": colleague.pk})
    case.refresh_from_db()
    assert case.assignee == colleague
    assert AuditRecord.objects.filter(action="case.assign").count() == 1
