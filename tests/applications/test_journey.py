"""The resident journey over HTTP: guest start, email link, steps, check, declare, submit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from madoguchi.applications.models import Application, Attachment, Status, StatusChange
from madoguchi.procedures.models import Procedure
from tests.application_fixtures import VALID_MY_NUMBER, link_in, png_bytes

pytestmark = pytest.mark.django_db(transaction=True)


def start_as_guest(client: Client, procedure: Procedure, read_mail: Callable[..., Any]) -> Any:
    response = client.post(f"/ja/procedures/{procedure.code}/apply/", {"email": "guest@example.jp"})
    assert response.status_code == 302
    application = Application.objects.get()
    (mail,) = read_mail("guest@example.jp")
    return application, link_in(mail.body)


def step_url(application: Application, step: str) -> str:
    return f"/ja/applications/{application.public_id}/steps/{step}/"


def test_guest_applies_from_start_to_reference(
    client: Client, procedure: Procedure, read_mail: Callable[..., Any]
) -> None:
    # given a guest who asked for the link
    application, link = start_as_guest(client, procedure, read_mail)
    # when they follow it from another browser
    other = Client()
    response = other.get(link)
    # then the address is confirmed and they land on the first step
    assert response.status_code == 302
    assert response["Location"].endswith("/continue/")
    application.refresh_from_db()
    assert application.email_verified
    assert other.get(response["Location"])["Location"] == step_url(application, "applicant")

    # when they answer step 1 (counter pickup reveals the counter question on a re-render)
    first = other.post(
        step_url(application, "applicant"),
        {
            "applicant.name": "港 太郎",
            "pickup.method": "counter",
            "shown": "applicant.name,pickup.method",
            "action": "continue",
        },
    )
    # then the newly applicable question is shown, without an error for it
    assert first.status_code == 200
    assert "受け取る窓口" in first.content.decode()
    assert "There is a problem" not in first.content.decode()
    second = other.post(
        step_url(application, "applicant"),
        {
            "applicant.name": "港 太郎",
            "pickup.method": "counter",
            "pickup.counter": "shiba",
            "shown": "applicant.name,pickup.method,pickup.counter",
            "action": "continue",
        },
    )
    assert second["Location"] == step_url(application, "items")

    # when they add a second item, attach a photo and continue
    added = other.post(
        step_url(application, "items"),
        {"count.items": "1", "items.0.name": "ソファ", "items.0.count": "1", "action": "add:items"},
    )
    assert added.status_code == 200
    assert 'name="items.1.name"' in added.content.decode()
    from django.core.files.uploadedfile import SimpleUploadedFile

    done = other.post(
        step_url(application, "items"),
        {
            "count.items": "2",
            "items.0.name": "ソファ",
            "items.0.count": "1",
            "items.1.name": "机",
            "items.1.count": "２",
            "photo": SimpleUploadedFile("sofa.png", png_bytes(), content_type="image/png"),
            "action": "continue",
        },
    )
    # then the bank step is skipped (counter pickup) and the check page follows
    assert done["Location"] == f"/ja/applications/{application.public_id}/check/"
    check = other.get(done["Location"]).content.decode()
    assert "机" in check and "sofa.png" in check and "芝" in check

    # when they declare and send, twice (a double click)
    url = f"/ja/applications/{application.public_id}/check/"
    sent = other.post(url, {"declaration": "on"})
    again = other.post(url, {"declaration": "on"})
    # then exactly one submission exists with a reference and one history row
    assert sent.status_code == 302 and again.status_code == 302
    application.refresh_from_db()
    assert application.status == Status.SUBMITTED
    assert len(application.reference or "") == 8
    assert StatusChange.objects.filter(application=application).count() == 1
    assert application.answers["items"] == [
        {"name": "ソファ", "count": "1"},
        {"name": "机", "count": "2"},
    ]
    assert Attachment.objects.filter(application=application).count() == 1
    receipts = [m for m in read_mail("guest@example.jp") if application.reference in m.subject]
    assert len(receipts) == 1


def test_hidden_step_answers_are_dropped_on_submission(
    client: Client, procedure: Procedure, read_mail: Callable[..., Any]
) -> None:
    # given a guest who chose mail pickup and answered the My Number step
    application, link = start_as_guest(client, procedure, read_mail)
    client.get(link)
    client.post(
        step_url(application, "applicant"),
        {"applicant.name": "港 花子", "pickup.method": "mail", "action": "continue"},
    )
    client.post(
        step_url(application, "items"),
        {"count.items": "1", "items.0.name": "いす", "items.0.count": "1", "action": "continue"},
    )
    bank = client.post(
        step_url(application, "bank"),
        {"applicant.individual_number": VALID_MY_NUMBER, "action": "continue"},
    )
    assert bank.status_code == 302
    # when they change step 1 to counter pickup and submit
    client.post(
        step_url(application, "applicant") + "?return=check",
        {
            "applicant.name": "港 花子",
            "pickup.method": "counter",
            "pickup.counter": "azabu",
            "action": "continue",
        },
    )
    client.post(f"/ja/applications/{application.public_id}/check/", {"declaration": "on"})
    # then the My Number answered on the now-skipped step is not kept
    application.refresh_from_db()
    assert application.status == Status.SUBMITTED
    assert "applicant.individual_number" not in application.answers
    assert application.answers["pickup.counter"] == "azabu"


def test_invalid_answer_is_explained_and_kept(
    client: Client, procedure: Procedure, read_mail: Callable[..., Any]
) -> None:
    # given a guest on step 2
    application, link = start_as_guest(client, procedure, read_mail)
    client.get(link)
    client.post(
        step_url(application, "applicant"),
        {"applicant.name": "港", "pickup.method": "mail", "action": "continue"},
    )
    # when they type a quantity out of range
    response = client.post(
        step_url(application, "items"),
        {"count.items": "1", "items.0.name": "ベッド", "items.0.count": "9", "action": "continue"},
    )
    # then they see the error, in Japanese, with what they typed still there
    page = response.content.decode()
    assert response.status_code == 400
    assert "エラー" in page
    assert 'value="ベッド"' in page and 'value="9"' in page
    # and leaving and coming back shows the same draft
    again = client.get(step_url(application, "items")).content.decode()
    assert 'value="ベッド"' in again


def test_save_and_come_back_later_mails_a_new_link_and_old_one_stops(
    client: Client, procedure: Procedure, read_mail: Callable[..., Any]
) -> None:
    # given a guest part-way through
    application, first_link = start_as_guest(client, procedure, read_mail)
    client.get(first_link)
    # when they choose "save and come back later"
    response = client.post(
        step_url(application, "applicant"), {"applicant.name": "港 一郎", "action": "save_later"}
    )
    # then a new link is mailed, the old one no longer opens the application
    assert response.status_code == 200
    mails = read_mail("guest@example.jp")
    assert len(mails) == 2
    new_link = next(link_in(m.body) for m in mails if link_in(m.body) != first_link)
    assert Client().get(first_link).status_code == 404
    fresh = Client()
    assert fresh.get(new_link).status_code == 302
    assert 'value="港 一郎"' in fresh.get(step_url(application, "applicant")).content.decode()


def test_someone_else_cannot_open_a_guest_application(
    client: Client, procedure: Procedure, read_mail: Callable[..., Any]
) -> None:
    # given a guest's application
    application, _link = start_as_guest(client, procedure, read_mail)
    # when another browser guesses its address
    other = Client()
    # then every page of it is a 404
    for path in ("", "continue/", "check/", "steps/applicant/", "withdraw/"):
        assert other.get(f"/ja/applications/{application.public_id}/{path}").status_code == 404


def test_guest_must_confirm_email_before_answering(
    client: Client, procedure: Procedure, read_mail: Callable[..., Any]
) -> None:
    # given a guest who has not opened the link yet
    application, _link = start_as_guest(client, procedure, read_mail)
    # when they try the first step directly
    response = client.get(step_url(application, "applicant"))
    # then they are asked to check their email
    assert response["Location"].endswith("/email/")
    assert not Application.objects.get().email_verified
