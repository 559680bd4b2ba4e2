"""Residents' voices (区民の声): opinions, requests and complaints from every channel, their
handling, answers and publication.

What a resident wrote and how to reach them are encrypted at rest; what the city analyses
(category, department, channel, dates, the content words in ``terms``) is stored in the clear
so dashboards can count it. ``terms`` never holds detected personal data.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from madoguchi.accounts.models import Department
from madoguchi.core.crypto import EncryptedTextField
from madoguchi.core.i18n import localized


class Channel(models.TextChoices):
    WEB = "web", _("Web form")
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone")
    VISIT = "visit", _("Visit")
    LETTER = "letter", _("Letter")
    FAX = "fax", _("Fax")
    OPEN311 = "open311", _("App (Open311)")


STAFF_CHANNELS = (Channel.PHONE, Channel.VISIT, Channel.LETTER, Channel.FAX, Channel.EMAIL)


class Status(models.TextChoices):
    UNCONFIRMED = "unconfirmed", _("Waiting for email confirmation")
    RECEIVED = "received", _("Received")
    TRIAGED = "triaged", _("Sorted")
    ASSIGNED = "assigned", _("Assigned")
    IN_PROGRESS = "in_progress", _("Being handled")
    AWAITING_RESIDENT = "awaiting_resident", _("Waiting for the resident")
    FORWARDED = "forwarded", _("Forwarded")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")
    REOPENED = "reopened", _("Reopened")


class Category(models.Model):
    """One of the sixteen fixed categories; its department and deadline are editable."""

    code = models.SlugField(max_length=32, unique=True)
    name = models.CharField(max_length=100)
    name_i18n = models.JSONField(default=dict, blank=True)
    department = models.ForeignKey(
        Department, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    deadline_days = models.PositiveSmallIntegerField(
        default=10, help_text="Business days to answer."
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.code

    @property
    def localized_name(self) -> str:
        return localized(self.name, self.name_i18n)


class RoutingRule(models.Model):
    """Applied in order after the category is known: the first rule that matches sends the
    voice to its department (for example a 総合支所 for voices about its area)."""

    order = models.PositiveSmallIntegerField(default=100)
    name = models.CharField(max_length=100)
    keywords = models.CharField(
        max_length=300, blank=True, help_text="Comma-separated; any one matches."
    )
    categories = models.CharField(
        max_length=300, blank=True, help_text="Comma-separated category codes; empty = any."
    )
    near_latitude = models.FloatField(null=True, blank=True)
    near_longitude = models.FloatField(null=True, blank=True)
    radius_m = models.PositiveIntegerField(null=True, blank=True)
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="+")
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.name


class Voice(models.Model):
    reference = models.CharField(max_length=12, unique=True)
    channel = models.CharField(max_length=10, choices=Channel.choices)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.RECEIVED)
    language = models.CharField(max_length=10, default="ja")
    body = EncryptedTextField()
    terms = models.JSONField(default=list, blank=True)
    category = models.ForeignKey(
        Category, null=True, blank=True, on_delete=models.PROTECT, related_name="voices"
    )
    category_chosen_by_resident = models.BooleanField(default=False)
    suggested_category = models.CharField(max_length=32, blank=True)
    suggested_confidence = models.FloatField(null=True, blank=True)
    department = models.ForeignKey(
        Department, null=True, blank=True, on_delete=models.PROTECT, related_name="voices"
    )
    routed_by = models.CharField(max_length=120, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assigned_voices",
    )
    address = models.CharField(max_length=200, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    wants_reply = models.BooleanField(default=False)
    may_publish = models.BooleanField(default=False)
    submitter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="voices",
    )
    contact_name = EncryptedTextField(blank=True)
    contact_email = EncryptedTextField(blank=True)
    contact_phone = EncryptedTextField(blank=True)
    # The address of a photo an Open311 app sent with the report (GeoReport v2 ``media_url``),
    # kept as sent for staff to open. Madoguchi never fetches it (no requests to addresses a
    # client chooses) and never shows it publicly.
    media_url = EncryptedTextField(blank=True)
    email_confirmed = models.BooleanField(default=False)
    link_token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    submission_key = models.CharField(max_length=64, null=True, blank=True, unique=True)
    message_id = models.CharField(max_length=300, null=True, blank=True, unique=True)
    original_message = models.CharField(
        max_length=300, blank=True, help_text="Storage name of the email as received."
    )
    open311_key = models.ForeignKey(
        "Open311Key", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    received_at = models.DateTimeField()
    # Denormalised for the dashboard: grouping by month or percentiles of answer times over
    # 100,000 voices must not convert every timestamp.
    received_month = models.CharField(max_length=7, blank=True, db_index=True)
    response_hours = models.PositiveIntegerField(null=True, blank=True)
    deadline = models.DateField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )
    related = models.ManyToManyField("self", blank=True, symmetrical=True)
    satisfaction = models.PositiveSmallIntegerField(null=True, blank=True)
    satisfaction_at = models.DateTimeField(null=True, blank=True)
    retain_until = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-received_at"]
        indexes = [
            models.Index(fields=["status", "deadline"]),
            models.Index(fields=["received_at"]),
            models.Index(fields=["department", "status"]),
            # Covering indexes for the dashboard: its two scans read only the index.
            models.Index(
                fields=[
                    "received_at",
                    "status",
                    "category",
                    "department",
                    "channel",
                    "received_month",
                    "satisfaction",
                ],
                name="voices_dashboard_cells",
            ),
            models.Index(
                fields=["received_at", "status", "response_hours"], name="voices_dashboard_hours"
            ),
        ]

    def __str__(self) -> str:
        return self.reference


class TermDay(models.Model):
    """How many voices used a word on a day (after redaction): the rising-topics figure is
    two sums over this table instead of a pass over every voice's words."""

    day = models.DateField()
    term = models.CharField(max_length=100)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "term"], name="one_count_per_term_day")
        ]
        indexes = [models.Index(fields=["day", "term"])]

    def __str__(self) -> str:
        return f"{self.day} {self.term} {self.count}"


class StatusChange(models.Model):
    """The voice's history: appended, never edited."""

    voice = models.ForeignKey(Voice, on_delete=models.CASCADE, related_name="history")
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20)
    at = models.DateTimeField(auto_now_add=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.voice_id}: {self.from_status} → {self.to_status}"


class Photo(models.Model):
    voice = models.ForeignKey(Voice, on_delete=models.CASCADE, related_name="photos")
    storage_name = models.CharField(max_length=200, unique=True)
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.storage_name


class Note(models.Model):
    """Internal notes between staff; never shown to the resident."""

    voice = models.ForeignKey(Voice, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = EncryptedTextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"note {self.pk}"


class Answer(models.Model):
    """The city's answer to the resident, sent by email and shown on their page."""

    voice = models.ForeignKey(Voice, on_delete=models.CASCADE, related_name="answers")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = EncryptedTextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"answer {self.pk}"


class Publication(models.Model):
    """A voice and its answer, anonymised, proposed for publication and approved by staff."""

    class State(models.TextChoices):
        PROPOSED = "proposed", _("Waiting for approval")
        PUBLISHED = "published", _("Published")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    voice = models.OneToOneField(Voice, on_delete=models.CASCADE, related_name="publication")
    state = models.CharField(max_length=10, choices=State.choices, default=State.PROPOSED)
    title = models.CharField(max_length=200)
    body = models.TextField()
    answer = models.TextField()
    translations = models.JSONField(default=dict, blank=True)
    findings = models.JSONField(default=list, blank=True)
    search_index = models.TextField(blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-published_at"]

    def __str__(self) -> str:
        return self.title

    def _localized(self, key: str) -> str:
        from django.utils import translation

        language = translation.get_language() or "ja"
        texts = self.translations.get(language, {}) if language != "ja" else {}
        return str(texts.get(key) or getattr(self, key))

    @property
    def localized_title(self) -> str:
        return self._localized("title")

    @property
    def localized_body(self) -> str:
        return self._localized("body")


class Open311Key(models.Model):
    """An API key for Open311 clients; only its SHA-256 is stored."""

    name = models.CharField(max_length=100)
    key_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"
