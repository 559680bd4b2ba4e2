"""The life-event navigator and the no-writing counter (書かない窓口).

* :class:`Guide` is one life event's questions and rules (see ``rules.py``), edited by staff;
  every saved version is kept as a :class:`GuideRevision`.
* :class:`Entry` is what a resident typed once at home: stored encrypted, reachable only by a
  random token (in the QR code) or a short code, expiring after a week, and emptied when a
  counter session takes it over.
* :class:`CounterSession` is a clerk's work with one resident at the counter: the data, the
  checklist, the forms filled from the shared field keys, the cases submitted, and the route
  through the building. Its history (:class:`SessionEvent`) is appended, never edited.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from madoguchi.core.crypto import EncryptedTextField
from madoguchi.procedures.models import LifeEvent


class EncryptedJSON:
    """A JSON value kept in an encrypted text column: ``answers = EncryptedJSON()`` reads and
    writes ``answers_encrypted``."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.column = f"{name}_encrypted"

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        return json.loads(getattr(instance, self.column) or "{}")

    def __set__(self, instance: Any, value: Any) -> None:
        setattr(instance, self.column, json.dumps(value, ensure_ascii=False))


class Guide(models.Model):
    life_event = models.OneToOneField(LifeEvent, on_delete=models.CASCADE, related_name="guide")
    definition = models.JSONField()
    revision = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.life_event.code} r{self.revision}"


class GuideRevision(models.Model):
    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    definition = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["guide_id", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["guide", "number"], name="guide_revision_number")
        ]

    def __str__(self) -> str:
        return f"{self.guide_id} r{self.number}"


class Entry(models.Model):
    """Data a resident entered once for the counter."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Being entered")
        READY = "ready", _("Ready to show at the counter")
        USED = "used", _("Used at the counter")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    event = models.SlugField(max_length=40)
    language = models.CharField(max_length=10, default="ja")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.DRAFT)
    answers_encrypted = EncryptedTextField(default="{}")
    """The navigator answers the checklist was made from."""
    answers = EncryptedJSON()
    data_encrypted = EncryptedTextField(default="{}")
    """The entered data, keyed by shared field key (emptied once used)."""
    data = EncryptedJSON()
    drafts_encrypted = EncryptedTextField(default="{}")
    drafts = EncryptedJSON()
    completed_steps = models.JSONField(default=list, blank=True)
    token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    code_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(db_index=True)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "entries"

    def __str__(self) -> str:
        return f"entry {self.public_id} ({self.status})"


class IdentityDocument(models.TextChoices):
    MYNUMBER_CARD = "mynumber_card", _("My Number Card")
    DRIVING_LICENCE = "driving_licence", _("Driving licence")
    RESIDENCE_CARD = "residence_card", _("Residence card")
    PASSPORT = "passport", _("Passport")
    OTHER = "other", _("Other official document with a photo")


class CounterSession(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    event = models.SlugField(max_length=40)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.OPEN)
    from_entry = models.BooleanField(default=False)
    counter = models.ForeignKey(
        "payments.Counter", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    """Where the resident is now."""
    route = models.JSONField(default=list, blank=True)
    """Counter codes in the order the resident visits them."""
    answers_encrypted = EncryptedTextField(default="{}")
    data_encrypted = EncryptedTextField(default="{}")
    forms_encrypted = EncryptedTextField(default="{}")
    """Answers the clerk added or changed per procedure code, over what the data fills."""
    answers = EncryptedJSON()
    data = EncryptedJSON()
    forms = EncryptedJSON()
    submitted = models.JSONField(default=dict, blank=True)
    """Procedure code → reference of the case submitted from this session."""
    identity_document = models.CharField(
        max_length=20, choices=IdentityDocument.choices, blank=True
    )
    identity_checked_at = models.DateTimeField(null=True, blank=True)
    identity_checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    opened_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    retain_until = models.DateField(db_index=True)

    class Meta:
        ordering = ["-opened_at"]

    def __str__(self) -> str:
        return f"counter session {self.public_id}"

    @property
    def short_id(self) -> str:
        return str(self.public_id)[:8].upper()


class SessionEvent(models.Model):
    """One thing that happened in a counter session; appended, never edited."""

    ACTIONS = {
        "opened_with_code": _("Opened with the resident's code"),
        "opened_fresh": _("Opened without an entry"),
        "answers_set": _("Answers to the questions recorded"),
        "data_corrected": _("Data typed or corrected"),
        "identity_confirmed": _("Identity confirmed"),
        "form_answered": _("Form completed"),
        "cases_submitted": _("Submitted as cases"),
        "handed_over": _("Handed over to the next counter"),
        "closed": _("Closed"),
    }

    session = models.ForeignKey(CounterSession, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(auto_now_add=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=40)
    counter = models.ForeignKey(
        "payments.Counter", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    detail = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.action} {self.at:%Y-%m-%d %H:%M}"

    @property
    def action_label(self) -> str:
        return str(self.ACTIONS.get(self.action, self.action))
