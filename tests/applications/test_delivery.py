"""Delivery to back-office systems: signed webhooks, retries, dead letters, CSV drop, email."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from madoguchi.accounts.models import Department
from madoguchi.applications.delivery import (
    DELIVERY_PLUGINS,
    SIGNATURE_HEADER,
    deliveries_retry_due,
)
from madoguchi.applications.delivery_formats import MAX_ATTEMPTS, verify
from madoguchi.applications.models import Application, Delivery, DeliveryTarget, Status
from madoguchi.audit.models import AuditRecord
from madoguchi.procedures.models import Procedure

pytestmark = pytest.mark.django_db(transaction=True)

SECRET = "s3cret-s3cret-s3cret-s3cret-s3cret-42"


class Receiver:
    """A real HTTP server on loopback standing in for a department's system."""

    def __init__(self) -> None:
        self.requests: list[tuple[dict[str, str], bytes]] = []
        self.status = 200
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers.items()), body))
                self.send_response(receiver.status)
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    yield server
    server.close()


def webhook(procedure: Procedure, url: str) -> DeliveryTarget:
    return DeliveryTarget.objects.create(
        procedure=procedure,
        plugin="webhook",
        name="基幹システム",
        config={"url": url},
        secret=SECRET,
    )


def test_webhook_is_signed_and_delivered(
    procedure: Procedure, receiver: Receiver, make_application: Callable[..., Application]
) -> None:
    # given a procedure delivering to a webhook
    webhook(procedure, receiver.url)
    # when an application is submitted
    application = make_application()
    # then the system received the answers once, with a valid signature over the exact body
    ((headers, body),) = receiver.requests
    payload = json.loads(body)
    assert payload["reference"] == application.reference
    assert payload["answers"]["pickup.counter"] == "shiba"
    assert verify(body, headers[SIGNATURE_HEADER], SECRET, now=int(timezone.now().timestamp()))
    assert not verify(
        body + b" ", headers[SIGNATURE_HEADER], SECRET, now=int(timezone.now().timestamp())
    )
    assert Delivery.objects.get().state == Delivery.State.DELIVERED


def test_failing_webhook_is_retried_with_backoff_then_dead_lettered_and_resent(
    procedure: Procedure,
    receiver: Receiver,
    make_application: Callable[..., Application],
    department: Department,
    staff_client: Callable[..., Client],
) -> None:
    # given a system that answers 500
    receiver.status = 500
    webhook(procedure, receiver.url)
    application = make_application()
    # then the resident's submission stands, and the delivery waits for a retry
    assert application.status == Status.SUBMITTED
    delivery = Delivery.objects.get()
    assert delivery.state == Delivery.State.RETRYING and delivery.attempts == 1
    first_wait = delivery.next_attempt_at - timezone.now()
    # when time passes retry after retry
    now = timezone.now()
    for _ in range(MAX_ATTEMPTS - 1):
        assert deliveries_retry_due(now=now) == 0  # not due yet
        delivery.refresh_from_db()
        now = delivery.next_attempt_at + timedelta(seconds=1)
        assert deliveries_retry_due(now=now) == 1
    # then the waits grew and it ended on the dead-letter list, audited
    delivery.refresh_from_db()
    assert delivery.state == Delivery.State.DEAD and delivery.attempts == MAX_ATTEMPTS
    assert "HTTP 500" in delivery.last_error
    assert first_wait < timedelta(minutes=1)
    assert len(receiver.requests) == MAX_ATTEMPTS
    assert AuditRecord.objects.filter(action="delivery.dead").count() == 1
    # when staff see it and send it again once the system is back
    client = staff_client("department_officer", department)
    assert application.reference in client.get("/ja/staff/cases/deliveries/").content.decode()
    receiver.status = 200
    response = client.post(
        f"/ja/staff/cases/{application.reference}/deliveries/{delivery.pk}/resend/"
    )
    # then it is delivered
    assert response.status_code == 302
    delivery.refresh_from_db()
    assert delivery.state == Delivery.State.DELIVERED
    assert AuditRecord.objects.filter(action="delivery.resend").count() == 1


def test_unreachable_system_does_not_block_submission(
    procedure: Procedure, make_application: Callable[..., Application]
) -> None:
    webhook(procedure, "http://127.0.0.1:9/nothing-listens-here")
    application = make_application()
    assert application.status == Status.SUBMITTED
    delivery = Delivery.objects.get()
    assert delivery.state == Delivery.State.RETRYING
    assert "ConnectionError" in delivery.last_error


@pytest.mark.parametrize(("encoding", "decode"), [("utf-8-sig", "utf-8-sig"), ("cp932", "cp932")])
def test_csv_drop_writes_one_file_per_application(
    encoding: str, decode: str, procedure: Procedure, make_application: Callable[..., Application]
) -> None:
    DeliveryTarget.objects.create(
        procedure=procedure,
        plugin="csv",
        name="CSV",
        config={"encoding": encoding, "folder": "gomi"},
    )
    application = make_application()
    (path,) = (Path(settings.MADOGUCHI_EXPORT_DIR) / "gomi").iterdir()
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") is (encoding == "utf-8-sig")
    text = raw.decode(decode)
    assert (application.reference or "") in text and "ソファ" in text and "items.1.name" in text


def test_email_delivery_tells_the_department_without_personal_data(
    procedure: Procedure,
    make_application: Callable[..., Application],
    read_mail: Callable[..., Any],
) -> None:
    DeliveryTarget.objects.create(
        procedure=procedure, plugin="email", name="係メール", config={"to": "gomi@city.example.jp"}
    )
    application = make_application()
    (mail,) = read_mail("gomi@city.example.jp")
    assert (application.reference or "") in mail.subject
    assert "港 太郎" not in mail.body


def test_plugins_check_their_configuration(procedure: Procedure) -> None:
    bad = DeliveryTarget(
        procedure=procedure, plugin="webhook", config={"url": "http://example.jp"}, secret="short"
    )
    good = DeliveryTarget(
        procedure=procedure, plugin="webhook", config={"url": "https://example.jp/h"}, secret=SECRET
    )
    assert len(DELIVERY_PLUGINS["webhook"].check_config(bad)) == 2
    assert DELIVERY_PLUGINS["webhook"].check_config(good) == []
    assert DELIVERY_PLUGINS["csv"].check_config(DeliveryTarget(config={"folder": "../etc"})) != []
    assert DELIVERY_PLUGINS["email"].check_config(DeliveryTarget(config={"to": "nobody"})) != []


def test_staff_add_a_webhook_see_its_secret_once_and_switch_it_off(
    procedure: Procedure, department: Department, staff_client: Callable[..., Client]
) -> None:
    # given an officer on the procedure's delivery page
    client = staff_client("department_officer", department)
    url = f"/ja/staff/procedures/{procedure.code}/deliveries/"
    # when they add a webhook with a plain-http address elsewhere than this machine
    refused = client.post(
        url, {"action": "add", "plugin": "webhook", "name": "外部", "url": "http://example.jp/h"}
    )
    # then the plugin's check refuses it and nothing is saved
    assert refused.status_code == 400 and not DeliveryTarget.objects.exists()
    # when they add an https one
    added = client.post(
        url, {"action": "add", "plugin": "webhook", "name": "基幹", "url": "https://example.jp/h"}
    )
    # then its signing secret is shown once and stored encrypted
    target = DeliveryTarget.objects.get()
    assert target.secret and target.secret in added.content.decode()
    assert target.secret not in client.get(url).content.decode()
    # when they switch it off, it is off and audited
    client.post(url, {"action": f"off:{target.pk}"})
    target.refresh_from_db()
    assert not target.active
    assert AuditRecord.objects.filter(action="delivery.target_deactivated").count() == 1
