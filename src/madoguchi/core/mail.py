"""Outgoing mail: the demo's local mailbox and the task that sends a message.

The demo never talks to an SMTP server. Every message goes into a Maildir under the data
directory, which the demo mailbox page and the tests read back. Production uses SMTP.
"""

from __future__ import annotations

import mailbox
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage as StdEmailMessage
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage, send_mail
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone
from django_tasks import task


def mailbox_dir() -> Path:
    return Path(settings.MADOGUCHI_MAILBOX_DIR)


class MaildirBackend(BaseEmailBackend):
    """Delivers messages into a local Maildir (demo and tests)."""

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        box = mailbox.Maildir(mailbox_dir(), create=True)
        sent = 0
        for message in email_messages:
            if not message.recipients():
                continue
            box.add(message.message().as_bytes(linesep="\n"))
            sent += 1
        return sent


@dataclass(frozen=True)
class StoredMail:
    key: str
    subject: str
    sender: str
    to: str
    date: datetime | None
    body: str


def _parse(key: str, raw: bytes) -> StoredMail:
    parsed: Any = message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, StdEmailMessage)
    part = parsed.get_body(preferencelist=("plain", "html"))
    body = part.get_content() if part is not None else ""
    date = parsed["Date"].datetime if parsed["Date"] else None
    return StoredMail(
        key=key,
        subject=str(parsed["Subject"] or ""),
        sender=str(parsed["From"] or ""),
        to=str(parsed["To"] or ""),
        date=date,
        body=body,
    )


def mailbox_messages(*, recipient: str | None = None) -> list[StoredMail]:
    """Messages in the demo mailbox, newest first, optionally for one recipient."""
    box = mailbox.Maildir(mailbox_dir(), create=True)
    found = []
    for key in box.iterkeys():
        raw = box.get_bytes(key)
        stored = _parse(key, raw)
        if recipient is None or recipient.lower() in stored.to.lower():
            found.append(stored)
    epoch = timezone.make_aware(datetime(1970, 1, 1))
    found.sort(key=lambda m: m.date or epoch, reverse=True)
    return found


def mailbox_message(key: str) -> StoredMail | None:
    box = mailbox.Maildir(mailbox_dir(), create=True)
    try:
        return _parse(key, box.get_bytes(key))
    except KeyError:
        return None


@task()
def send_email_task(*, subject: str, body: str, to: list[str]) -> int:
    """Background task: send one plain-text UTF-8 message."""
    return send_mail(subject, body, None, to, fail_silently=False)
