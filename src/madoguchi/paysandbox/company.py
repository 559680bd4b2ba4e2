"""The sandbox payment company's behaviour. SANDBOX: no money moves, ever.

It behaves like real card and QR payment companies do, including the awkward parts: the
webhook for a charge is sent by a background task, and per charge it is sent normally, twice,
late (a minute after the redirect), or before the resident is redirected back. Which one is
chosen from the charge id unless ``MADOGUCHI_SANDBOX_WEBHOOKS`` fixes it, so every order is
exercised in the demo.

Test cards: 4242 4242 4242 4242 succeeds; 4000 0000 0000 0002 is declined;
4000 0027 6000 3184 needs an extra authentication step (like 3-D Secure).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from datetime import timedelta
from typing import Any

import requests
from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import default_task_backend, task

from madoguchi.applications.delivery_formats import sign
from madoguchi.paysandbox.models import SandboxCharge

SIGNATURE_HEADER = "X-Sandbox-Signature"
CARD_SUCCEEDS = "4242424242424242"
CARD_DECLINED = "4000000000000002"
CARD_NEEDS_AUTHENTICATION = "4000002760003184"
BEHAVIOURS = ("normal", "twice", "late", "before_redirect")
LATE_SECONDS = 60
RETRY_DELAYS = (10, 60, 300, 1800)
"""Seconds before each retry of a webhook the merchant did not accept (then it gives up, as
card companies do after a few hours; the merchant still learns the outcome by asking)."""


class SandboxRefused(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def webhook_secret() -> str:
    """The secret shared by the sandbox company and Madoguchi's sandbox provider."""
    configured = getattr(settings, "MADOGUCHI_SANDBOX_SECRET", "")
    if configured:
        return str(configured)
    return hmac.new(
        str(settings.SECRET_KEY).encode(), b"madoguchi-sandbox-payments", hashlib.sha256
    ).hexdigest()


def _behaviour(charge_id: str) -> str:
    fixed = getattr(settings, "MADOGUCHI_SANDBOX_WEBHOOKS", "random")
    if fixed in BEHAVIOURS or fixed == "never":
        return str(fixed)
    digest = hashlib.sha256(charge_id.encode()).digest()
    return BEHAVIOURS[digest[0] % len(BEHAVIOURS)]


def charge_create(
    *,
    amount_yen: int,
    description: str,
    merchant_reference: str,
    return_url: str,
    webhook_url: str,
) -> SandboxCharge:
    if not 1 <= amount_yen <= 10_000_000:
        raise SandboxRefused("amount_invalid")
    charge_id = "ch_sandbox_" + secrets.token_hex(12)
    return SandboxCharge.objects.create(
        charge_id=charge_id,
        merchant_reference=merchant_reference,
        amount_yen=amount_yen,
        description=description,
        return_url=return_url,
        webhook_url=webhook_url,
        webhook_behaviour=_behaviour(charge_id),
    )


def charge_get(charge_id: str) -> SandboxCharge:
    try:
        return SandboxCharge.objects.get(charge_id=charge_id)
    except SandboxCharge.DoesNotExist as exc:
        raise SandboxRefused("no_such_charge") from exc


def _complete(charge: SandboxCharge, state: str, method: str, last4: str = "") -> None:
    charge.state = state
    charge.method = method
    charge.card_last4 = last4
    charge.completed_at = timezone.now()
    charge.save()
    event_type = "charge.succeeded" if state == SandboxCharge.State.SUCCEEDED else "charge.failed"
    _schedule_webhook(charge, event_type)


def card_pay(*, charge_id: str, number: str) -> SandboxCharge:
    """The resident typed a card on the hosted page."""
    digits = "".join(ch for ch in number if ch.isdigit())
    with transaction.atomic():
        charge = SandboxCharge.objects.select_for_update().get(charge_id=charge_id)
        if charge.state != SandboxCharge.State.OPEN:
            return charge
        if digits == CARD_NEEDS_AUTHENTICATION:
            charge.state = SandboxCharge.State.REQUIRES_ACTION
            charge.method = "card"
            charge.card_last4 = digits[-4:]
            charge.save()
        elif digits == CARD_SUCCEEDS:
            _complete(charge, SandboxCharge.State.SUCCEEDED, "card", digits[-4:])
        else:
            _complete(charge, SandboxCharge.State.DECLINED, "card", digits[-4:])
    return charge


def card_authenticate(*, charge_id: str, approve: bool) -> SandboxCharge:
    with transaction.atomic():
        charge = SandboxCharge.objects.select_for_update().get(charge_id=charge_id)
        if charge.state == SandboxCharge.State.REQUIRES_ACTION:
            state = SandboxCharge.State.SUCCEEDED if approve else SandboxCharge.State.DECLINED
            _complete(charge, state, "card", charge.card_last4)
    return charge


def qr_scan_pay(*, charge_id: str) -> SandboxCharge:
    """The QR code was scanned and the payment approved in the (simulated) wallet app."""
    with transaction.atomic():
        charge = SandboxCharge.objects.select_for_update().get(charge_id=charge_id)
        if charge.state == SandboxCharge.State.OPEN:
            _complete(charge, SandboxCharge.State.SUCCEEDED, "qr")
    return charge


def charge_cancel(*, charge_id: str) -> SandboxCharge:
    with transaction.atomic():
        charge = SandboxCharge.objects.select_for_update().get(charge_id=charge_id)
        if charge.state in {SandboxCharge.State.OPEN, SandboxCharge.State.REQUIRES_ACTION}:
            charge.state = SandboxCharge.State.CANCELLED
            charge.completed_at = timezone.now()
            charge.save()
    return charge


def charge_refund(*, charge_id: str, amount_yen: int) -> SandboxCharge:
    with transaction.atomic():
        charge = SandboxCharge.objects.select_for_update().get(charge_id=charge_id)
        if charge.state not in {
            SandboxCharge.State.SUCCEEDED,
            SandboxCharge.State.PARTIALLY_REFUNDED,
        }:
            raise SandboxRefused("not_refundable")
        if amount_yen < 1 or charge.refunded_yen + amount_yen > charge.amount_yen:
            raise SandboxRefused("refund_too_large")
        charge.refunded_yen += amount_yen
        charge.state = (
            SandboxCharge.State.REFUNDED
            if charge.refunded_yen == charge.amount_yen
            else SandboxCharge.State.PARTIALLY_REFUNDED
        )
        charge.save()
        _schedule_webhook(charge, "charge.refunded")
    return charge


def event_body(charge: SandboxCharge, event_type: str, event_id: str) -> bytes:
    return json.dumps(
        {
            "id": event_id,
            "type": event_type,
            "sandbox": True,
            "data": {
                "charge": charge.charge_id,
                "merchant_reference": charge.merchant_reference,
                "amount": charge.amount_yen,
                "refunded": charge.refunded_yen,
                "status": charge.state,
                "method": charge.method,
            },
        },
        sort_keys=True,
    ).encode()


def _schedule_webhook(charge: SandboxCharge, event_type: str) -> None:
    event_id = "evt_sandbox_" + secrets.token_hex(10)
    behaviour = charge.webhook_behaviour
    if behaviour == "never":
        return
    if behaviour == "before_redirect":
        # Sent now, inside the request that will redirect the resident, after the charge is
        # committed: Madoguchi hears of the payment before the resident is back.
        charge_id = charge.charge_id
        transaction.on_commit(lambda: _send_now_or_later(charge_id, event_type, event_id))
        return
    copies = 2 if behaviour == "twice" else 1
    charge_id = charge.charge_id
    run_after = (
        timezone.now() + timedelta(seconds=LATE_SECONDS)
        if behaviour == "late" and default_task_backend.supports_defer
        else None
    )

    def enqueue() -> None:
        task_to_run = (
            sandbox_webhook_task.using(run_after=run_after) if run_after else sandbox_webhook_task
        )
        for _ in range(copies):
            task_to_run.enqueue(charge_id=charge_id, event_type=event_type, event_id=event_id)

    transaction.on_commit(enqueue)


def _send_now_or_later(charge_id: str, event_type: str, event_id: str) -> None:
    """Like a real company: if the merchant cannot be reached now, retry from the queue."""
    if _delivered(charge_id, event_type, event_id) >= 300:
        _retry_later(charge_id, event_type, event_id, attempt=1)


def _delivered(charge_id: str, event_type: str, event_id: str) -> int:
    """One delivery attempt; the HTTP status, 599 when the merchant could not be reached."""
    try:
        return send_webhook(charge_id, event_type, event_id)
    except requests.RequestException:
        return 599


def _retry_later(charge_id: str, event_type: str, event_id: str, *, attempt: int) -> bool:
    """Queue the next attempt after ``attempt`` failed ones; False once it has given up."""
    if attempt > len(RETRY_DELAYS):
        return False
    task_to_run = sandbox_webhook_task
    if default_task_backend.supports_defer:
        run_after = timezone.now() + timedelta(seconds=RETRY_DELAYS[attempt - 1])
        task_to_run = sandbox_webhook_task.using(run_after=run_after)
    task_to_run.enqueue(
        charge_id=charge_id, event_type=event_type, event_id=event_id, attempt=attempt + 1
    )
    return True


def send_webhook(charge_id: str, event_type: str, event_id: str) -> int:
    SandboxCharge.objects.filter(charge_id=charge_id).update(
        webhook_attempts=F("webhook_attempts") + 1
    )
    charge = charge_get(charge_id)
    body = event_body(charge, event_type, event_id)
    response = requests.post(
        charge.webhook_url,
        data=body,
        headers={
            "Content-Type": "application/json",
            SIGNATURE_HEADER: sign(body, webhook_secret(), int(time.time())),
        },
        timeout=10,
    )
    return response.status_code


@task()
def sandbox_webhook_task(
    *, charge_id: str, event_type: str, event_id: str, attempt: int = 1
) -> int:
    """SANDBOX: deliver one webhook. When the merchant does not accept it, the next attempt is
    queued with a growing delay (``RETRY_DELAYS``), every attempt carrying the same event id;
    this attempt then raises, so it shows as failed."""
    status = _delivered(charge_id, event_type, event_id)
    if status >= 300:
        retrying = _retry_later(charge_id, event_type, event_id, attempt=attempt)
        raise RuntimeError(
            f"webhook answered {status} (attempt {attempt}; "
            f"{'retrying' if retrying else 'giving up'})"
        )
    return status


def charge_as_dict(charge: SandboxCharge) -> dict[str, Any]:
    return {
        "charge": charge.charge_id,
        "amount": charge.amount_yen,
        "refunded": charge.refunded_yen,
        "status": charge.state,
        "method": charge.method,
    }
