"""Applications (申請): what a resident fills in and submits, and the case staff work on.

One row is one application from its first draft to its decision. Its answers and everything
else a person wrote are encrypted at rest. The status only changes through
``madoguchi.applications.workflow`` and every change is appended to ``StatusChange``, which is
never edited.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from madoguchi.accounts.models import Department
from madoguchi.core.crypto import EncryptedTextField
from madoguchi.formengine.models import FormVersion
from madoguchi.procedures.models import ApplicationWindow, Procedure


class Status(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("application status", "Draft")
    SUBMITTED = "submitted", pgettext_lazy("application status", "Received")
    IN_REVIEW = "in_review", pgettext_lazy("application status", "In review")
    AWAITING_CORRECTION = (
        "awaiting_correction",
        pgettext_lazy("application status", "Waiting for your correction"),
    )
    APPROVED = "approved", pgettext_lazy("application status", "Approved")
    REJECTED = "rejected", pgettext_lazy("application status", "Not approved")
    COMPLETED = "completed", pgettext_lazy("application status", "Completed")
    WITHDRAWN = "withdrawn", pgettext_lazy("application status", "Withdrawn")
    CANCELLED = "cancelled", pgettext_lazy("application status", "Cancelled")
    NOT_SELECTED = "not_selected", pgettext_lazy("application status", "Not selected in the draw")


class Channel(models.TextChoices):
    WEB = "web", _("Online")
    COUNTER = "counter", _("At the counter")
    API = "api", _("Through the API")


class Application(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    reference = models.CharField(max_length=8, unique=True, null=True, blank=True)
    procedure = models.ForeignKey(Procedure, on_delete=models.PROTECT, related_name="applications")
    form_version = models.ForeignKey(
        FormVersion, on_delete=models.PROTECT, related_name="applications"
    )
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="+")
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="applications",
    )
    guest_email = EncryptedTextField(blank=True)
    email_verified = models.BooleanField(default=False)
    language = models.CharField(max_length=10, default="ja")
    status = models.CharField(
        max_length=24, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    channel = models.CharField(max_length=16, choices=Channel.choices, default=Channel.WEB)
    answers_encrypted = EncryptedTextField(default="{}")
    drafts_encrypted = EncryptedTextField(default="{}")
    completed_steps = models.JSONField(default=list, blank=True)
    access_token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    access_token_expires_at = models.DateTimeField(null=True, blank=True)
    window = models.ForeignKey(
        ApplicationWindow, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    lottery_rank = models.PositiveIntegerField(null=True, blank=True)
    idempotency_key = models.CharField(max_length=80, null=True, blank=True, unique=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_cases",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True, db_index=True)
    due_date = models.DateField(null=True, blank=True, db_index=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    retain_until = models.DateField(null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["department", "status", "due_date"])]

    def __str__(self) -> str:
        return self.reference or f"draft {self.public_id}"

    @property
    def answers(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.answers_encrypted or "{}")
        return value

    @answers.setter
    def answers(self, value: dict[str, Any]) -> None:
        self.answers_encrypted = json.dumps(value, ensure_ascii=False)

    @property
    def drafts(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.drafts_encrypted or "{}")
        return value

    @drafts.setter
    def drafts(self, value: dict[str, Any]) -> None:
        self.drafts_encrypted = json.dumps(value, ensure_ascii=False)

    @property
    def contact_email(self) -> str:
        if self.applicant_id is not None:
            return str(self.applicant.email)  # type: ignore[union-attr]
        return self.guest_email

    @property
    def is_draft(self) -> bool:
        return self.status == Status.DRAFT


class StatusChange(models.Model):
    """One step of an application's history; appended, never edited."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="history")
    from_status = models.CharField(max_length=24, choices=Status.choices)
    to_status = models.CharField(max_length=24, choices=Status.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_kind = models.CharField(max_length=16)  # resident, staff, system
    message = EncryptedTextField(blank=True, help_text="Shown to the applicant.")
    occurred_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["occurred_at", "pk"]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"


class Attachment(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="attachments"
    )
    field_key = models.CharField(max_length=80)
    display_name = EncryptedTextField()
    kind = models.CharField(max_length=16)
    mime = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    storage_name = models.CharField(max_length=80, unique=True)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "pk"]

    def __str__(self) -> str:
        return f"{self.kind} {self.size} bytes"


class CaseNote(models.Model):
    """An internal note by staff; never shown to the applicant."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = EncryptedTextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self._meta.model_name} {self.pk}"


class Message(models.Model):
    """A message between staff and the applicant, shown to both."""

    class Direction(models.TextChoices):
        TO_APPLICANT = "to_applicant", _("From the city")
        FROM_APPLICANT = "from_applicant", _("From the applicant")

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="messages")
    direction = models.CharField(max_length=16, choices=Direction.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = EncryptedTextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self._meta.model_name} {self.pk}"


class DeliveryTarget(models.Model):
    """Where a procedure's submitted applications are sent (a delivery plugin + its config)."""

    procedure = models.ForeignKey(
        Procedure, on_delete=models.CASCADE, related_name="delivery_targets"
    )
    plugin = models.CharField(max_length=32)
    name = models.CharField(max_length=100)
    config = models.JSONField(default=dict, blank=True)
    secret = EncryptedTextField(blank=True)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["procedure_id", "pk"]

    def __str__(self) -> str:
        return f"{self.name} ({self.plugin})"


class Delivery(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("Waiting")
        DELIVERED = "delivered", _("Delivered")
        RETRYING = "retrying", _("Failed, will retry")
        DEAD = "dead", _("Failed, given up")

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="deliveries"
    )
    target = models.ForeignKey(DeliveryTarget, on_delete=models.CASCADE, related_name="deliveries")
    state = models.CharField(
        max_length=16, choices=State.choices, default=State.PENDING, db_index=True
    )
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "target"], name="one_delivery_per_target"
            )
        ]

    def __str__(self) -> str:
        return f"{self.target_id} {self.state}"
