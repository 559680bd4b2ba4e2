"""Delivery of submitted applications to the systems behind the counter, so nobody re-keys.

Each procedure lists delivery targets; each target names a plugin from :data:`DELIVERY_PLUGINS`
(``email`` to the department, ``webhook`` with an HMAC-SHA256 signature, ``csv`` into a drop
folder a back-office system or RPA robot picks up) and its settings. Deliveries run in
background tasks enqueued when the submission commits; a failure is retried with exponential
backoff and, after :data:`~madoguchi.applications.delivery_formats.MAX_ATTEMPTS`, put on the
dead-letter list that staff can see and resend from.

A plugin must never change the application itself: it only reads the payload.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

import requests
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from django_tasks import default_task_backend, task

from madoguchi.applications.delivery_formats import (
    backoff_seconds,
    csv_bytes,
    is_exhausted,
    sign,
)
from madoguchi.applications.models import Application, Delivery, DeliveryTarget
from madoguchi.audit.services import audit_record

SIGNATURE_HEADER = "X-Madoguchi-Signature"
WEBHOOK_TIMEOUT_SECONDS = 10


class DeliveryFailed(Exception):
    """The target did not accept the delivery; it will be retried."""


class DeliveryPlugin:
    id: ClassVar[str] = ""
    label: ClassVar[str] = ""

    def deliver(self, *, target: DeliveryTarget, payload: dict[str, Any], body: bytes) -> None:
        raise NotImplementedError

    def check_config(self, target: DeliveryTarget) -> list[str]:
        """Problems with the target's settings (empty when it can work)."""
        return []


DELIVERY_PLUGINS: dict[str, DeliveryPlugin] = {}


def delivery_plugin(plugin_id: str) -> Callable[[type[DeliveryPlugin]], type[DeliveryPlugin]]:
    def decorator(cls: type[DeliveryPlugin]) -> type[DeliveryPlugin]:
        if plugin_id in DELIVERY_PLUGINS:
            raise ValueError(f"Delivery plugin {plugin_id!r} is already registered")
        cls.id = plugin_id
        DELIVERY_PLUGINS[plugin_id] = cls()
        return cls

    return decorator


def application_payload(application: Application) -> dict[str, Any]:
    """What every target receives: the answers exactly as validated, with the form version
    they were made on, and the attachments' metadata (the files stay in Madoguchi)."""
    return {
        "reference": application.reference,
        "procedure": {"code": application.procedure.code, "name": application.procedure.name},
        "form_version": application.form_version.number,
        "channel": application.channel,
        "submitted_at": application.submitted_at,
        "due_date": application.due_date,
        "applicant_email": application.contact_email,
        "answers": application.answers,
        "attachments": [
            {
                "id": str(a.public_id),
                "field": a.field_key,
                "name": a.display_name,
                "kind": a.kind,
                "size": a.size,
                "sha256": a.sha256,
            }
            for a in application.attachments.all()
        ],
    }


def payload_body(payload: dict[str, Any]) -> bytes:
    return json.dumps(
        payload, cls=DjangoJSONEncoder, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ).encode("utf-8")


@delivery_plugin("email")
class EmailDelivery(DeliveryPlugin):
    """A notice to the department's mailbox. It carries the reference and a link to the case,
    never the answers: mail is not a safe place for personal data."""

    label = "Email to the department"

    def deliver(self, *, target: DeliveryTarget, payload: dict[str, Any], body: bytes) -> None:
        link = (
            str(settings.MADOGUCHI_PUBLIC_URL).rstrip("/")
            + f"/ja/staff/cases/{payload['reference']}/"
        )
        text = (
            f"新しい申請を受け付けました。\n\n手続: {payload['procedure']['name']}\n"
            f"受付番号: {payload['reference']}\n処理期限: {payload['due_date']}\n\n{link}\n"
        )
        try:
            send_mail(
                f"【新規申請】{payload['procedure']['name']} {payload['reference']}",
                text,
                None,
                [str(target.config["to"])],
            )
        except Exception as exc:  # any transport failure is retried
            raise DeliveryFailed(str(exc)[:500]) from exc

    def check_config(self, target: DeliveryTarget) -> list[str]:
        return [] if "@" in str(target.config.get("to", "")) else ["config.to must be an address"]


@delivery_plugin("webhook")
class WebhookDelivery(DeliveryPlugin):
    """POST the JSON payload, signed: ``X-Madoguchi-Signature: t=<unix time>,v1=<hex>`` where
    the hex is HMAC-SHA256 of ``"<t>." + body`` with the target's secret. Any 2xx is success."""

    label = "Signed JSON webhook"

    def deliver(self, *, target: DeliveryTarget, payload: dict[str, Any], body: bytes) -> None:
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            SIGNATURE_HEADER: sign(body, target.secret, int(time.time())),
            "X-Madoguchi-Reference": str(payload["reference"]),
            "User-Agent": "Madoguchi-Delivery/1",
        }
        try:
            response = requests.post(
                str(target.config["url"]),
                data=body,
                headers=headers,
                timeout=WEBHOOK_TIMEOUT_SECONDS,
                allow_redirects=False,
            )
        except requests.RequestException as exc:
            raise DeliveryFailed(f"{type(exc).__name__}: {exc}"[:500]) from exc
        if not 200 <= response.status_code < 300:
            raise DeliveryFailed(f"HTTP {response.status_code}: {response.text[:200]}")

    def check_config(self, target: DeliveryTarget) -> list[str]:
        problems = []
        url = str(target.config.get("url", ""))
        if not url.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            problems.append("config.url must be https (plain http only on loopback)")
        if len(target.secret) < 32:
            problems.append("the secret must be at least 32 characters")
        return problems


@delivery_plugin("csv")
class CsvDropDelivery(DeliveryPlugin):
    """One CSV file per application in a folder (UTF-8 with BOM or Shift_JIS/CP932), for
    systems and spreadsheets that read files rather than receive requests."""

    label = "CSV file in a drop folder"

    def deliver(self, *, target: DeliveryTarget, payload: dict[str, Any], body: bytes) -> None:
        header, row = flatten_for_csv(payload)
        encoding = target.config.get("encoding", "utf-8-sig")
        data = csv_bytes(header, [row], encoding=encoding)
        folder = Path(settings.MADOGUCHI_EXPORT_DIR) / str(target.config.get("folder", "default"))
        try:
            folder.mkdir(parents=True, exist_ok=True)
            final = folder / f"{payload['procedure']['code']}-{payload['reference']}.csv"
            partial = final.with_suffix(".csv.part")
            partial.write_bytes(data)
            partial.replace(final)  # readers never see half a file
        except OSError as exc:
            raise DeliveryFailed(str(exc)[:500]) from exc

    def check_config(self, target: DeliveryTarget) -> list[str]:
        if target.config.get("encoding", "utf-8-sig") not in {"utf-8-sig", "cp932"}:
            return ["config.encoding must be utf-8-sig or cp932"]
        folder = str(target.config.get("folder", "default"))
        if "/" in folder or "\\" in folder or folder.startswith("."):
            return ["config.folder must be a plain folder name"]
        return []


def flatten_for_csv(payload: dict[str, Any]) -> tuple[list[str], list[object]]:
    """One header row and one value row: fixed columns, then one column per answer."""
    header = ["受付番号", "手続", "様式版", "受付日時", "処理期限"]
    row: list[object] = [
        payload["reference"],
        payload["procedure"]["name"],
        payload["form_version"],
        payload["submitted_at"],
        payload["due_date"],
    ]
    for key, value in payload["answers"].items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for n, item in enumerate(value, start=1):
                for sub, sub_value in item.items():
                    header.append(f"{key}.{n}.{sub}")
                    row.append(sub_value)
        else:
            header.append(key)
            row.append(value)
    return header, row


# --- Running deliveries --------------------------------------------------------------------------


def delivery_attempt(*, delivery_id: int, now: datetime | None = None) -> Delivery:
    """Try one delivery once; record success, a retry time, or the dead letter."""
    now = now or timezone.now()
    with transaction.atomic():
        delivery = (
            Delivery.objects.select_for_update()
            .select_related("target", "application__procedure", "application__form_version")
            .get(pk=delivery_id)
        )
        if delivery.state in {Delivery.State.DELIVERED, Delivery.State.DEAD}:
            return delivery
        plugin = DELIVERY_PLUGINS.get(delivery.target.plugin)
        payload = application_payload(delivery.application)
        delivery.attempts += 1
        try:
            if plugin is None:
                raise DeliveryFailed(f"unknown plugin {delivery.target.plugin}")
            plugin.deliver(target=delivery.target, payload=payload, body=payload_body(payload))
        except DeliveryFailed as exc:
            delivery.last_error = str(exc)
            if is_exhausted(delivery.attempts):
                delivery.state = Delivery.State.DEAD
                delivery.next_attempt_at = None
                audit_record(
                    action="delivery.dead",
                    target=delivery.application,
                    actor=None,
                    data={"delivery": delivery.pk, "error": delivery.last_error[:200]},
                )
            else:
                delivery.state = Delivery.State.RETRYING
                delivery.next_attempt_at = now + timedelta(
                    seconds=backoff_seconds(delivery.attempts)
                )
        else:
            delivery.state = Delivery.State.DELIVERED
            delivery.delivered_at = now
            delivery.next_attempt_at = None
            delivery.last_error = ""
        delivery.save()
        if delivery.state == Delivery.State.RETRYING and default_task_backend.supports_defer:
            retry_at = delivery.next_attempt_at
            transaction.on_commit(
                lambda: deliver_task.using(run_after=retry_at).enqueue(delivery_id=delivery_id)
            )
    return delivery


@task()
def deliver_task(*, delivery_id: int) -> str:
    """Background task: one delivery attempt."""
    return str(delivery_attempt(delivery_id=delivery_id).state)


def deliveries_retry_due(*, now: datetime | None = None) -> int:
    """Attempt every delivery whose retry time has come (the sweep behind deferred tasks, and
    the way retries happen where the task backend cannot defer)."""
    now = now or timezone.now()
    due = list(
        Delivery.objects.filter(
            state__in=[Delivery.State.PENDING, Delivery.State.RETRYING],
            next_attempt_at__lte=now,
        ).values_list("pk", flat=True)
    )
    for delivery_id in due:
        delivery_attempt(delivery_id=delivery_id, now=now)
    return len(due)


def delivery_resend(*, delivery: Delivery, actor: Any) -> Delivery:
    """Staff put a dead (or delivered) delivery back in the queue."""
    with transaction.atomic():
        Delivery.objects.filter(pk=delivery.pk).update(
            state=Delivery.State.PENDING, attempts=0, next_attempt_at=None, last_error=""
        )
        audit_record(
            action="delivery.resend",
            target=delivery.application,
            actor=actor,
            data={"delivery": delivery.pk},
        )
        delivery_id = delivery.pk
        transaction.on_commit(lambda: deliver_task.enqueue(delivery_id=delivery_id))
    delivery.refresh_from_db()
    return delivery


# --- Configuring targets ---------------------------------------------------------------------


def delivery_target_add(
    *, procedure: Any, plugin: str, name: str, config: dict[str, Any], secret: str, actor: Any
) -> tuple[DeliveryTarget, list[str]]:
    """Add a target after its plugin has checked the settings; returns it and any problems
    (a target with problems is not saved)."""
    from madoguchi.accounts.permissions import can_act_for_department, require_capability

    require_capability(actor, "forms.manage")
    if not can_act_for_department(actor, procedure.department):
        raise PermissionDenied("department")
    target = DeliveryTarget(
        procedure=procedure, plugin=plugin, name=name, config=config, secret=secret
    )
    implementation = DELIVERY_PLUGINS.get(plugin)
    problems = ["unknown plugin"] if implementation is None else implementation.check_config(target)
    if problems:
        return target, problems
    with transaction.atomic():
        target.save()
        audit_record(
            action="delivery.target_added",
            target=target,
            actor=actor,
            data={"procedure": procedure.code, "plugin": plugin, "config": config},
        )
    return target, []


def delivery_target_set_active(*, target: DeliveryTarget, active: bool, actor: Any) -> None:
    from madoguchi.accounts.permissions import can_act_for_department, require_capability

    require_capability(actor, "forms.manage")
    if not can_act_for_department(actor, target.procedure.department):
        raise PermissionDenied("department")
    with transaction.atomic():
        DeliveryTarget.objects.filter(pk=target.pk).update(active=active)
        audit_record(
            action="delivery.target_activated" if active else "delivery.target_deactivated",
            target=target,
            actor=actor,
        )
