"""The open data catalog (オープンデータカタログ): datasets, their resources, themes and
download counts.

The shapes follow CKAN's so that its Action API can be served unchanged: a dataset is a
"package", a publishing department is an "organization", a theme is a "group". Departments
are the city's own (``accounts.Department``); nothing here duplicates the organisation chart.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from madoguchi.accounts.models import Department
from madoguchi.core.i18n import localized


class Frequency(models.TextChoices):
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")
    MONTHLY = "monthly", _("Monthly")
    QUARTERLY = "quarterly", _("Quarterly")
    ANNUAL = "annual", _("Annually")
    IRREGULAR = "irregular", _("Irregularly")


class DatasetState(models.TextChoices):
    DRAFT = "draft", _("Not yet published")
    ACTIVE = "active", _("Published")
    DELETED = "deleted", _("Withdrawn")


class Group(models.Model):
    """A theme (グループ) datasets belong to: 防災, 子育て…"""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.SlugField(max_length=100, unique=True)
    title = models.CharField(max_length=200)
    title_i18n = models.JSONField(default=dict, blank=True)
    description = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def localized_title(self) -> str:
        return localized(self.title, self.title_i18n)


class Dataset(models.Model):
    """A dataset (パッケージ): metadata plus one or more resources."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.SlugField(max_length=100, unique=True)
    title = models.CharField(max_length=300)
    title_i18n = models.JSONField(default=dict, blank=True)
    notes = models.TextField(blank=True)
    notes_i18n = models.JSONField(default=dict, blank=True)
    organization = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="datasets")
    groups = models.ManyToManyField(Group, blank=True, related_name="datasets")
    tags = models.JSONField(default=list, blank=True)
    license_id = models.CharField(max_length=40, default="cc-by-4.0")
    frequency = models.CharField(max_length=16, choices=Frequency.choices, blank=True)
    temporal_start = models.DateField(null=True, blank=True)
    temporal_end = models.DateField(null=True, blank=True)
    spatial = models.CharField(max_length=200, blank=True, default="東京都港区")
    contact_name = models.CharField(max_length=200, blank=True)
    contact_email = models.EmailField(blank=True)
    standard = models.CharField(
        max_length=40, blank=True, help_text="Code of the standard open data set it follows."
    )
    state = models.CharField(
        max_length=10, choices=DatasetState.choices, default=DatasetState.DRAFT
    )
    private = models.BooleanField(default=False)
    version = models.PositiveIntegerField(default=1)
    search_index = models.TextField(blank=True, editable=False)
    title_index = models.TextField(blank=True, editable=False)
    # The dataset as CKAN's package_show returns it, rebuilt on every change: searches and
    # harvesters read this instead of joining five tables per dataset (CKAN keeps the same
    # copy in its Solr index). Resource URLs are stored as paths and made absolute on output.
    ckan = models.JSONField(default=dict, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    modified_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["state", "private"])]

    def __str__(self) -> str:
        return self.name

    @property
    def localized_title(self) -> str:
        return localized(self.title, self.title_i18n)

    @property
    def localized_notes(self) -> str:
        return localized(self.notes, self.notes_i18n)

    @property
    def is_public(self) -> bool:
        return self.state == DatasetState.ACTIVE and not self.private


class DatasetRevision(models.Model):
    """Each saved version of a dataset's metadata, as its CKAN dictionary; never edited."""

    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    snapshot = models.JSONField()
    note = models.CharField(max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["dataset", "number"], name="one_revision_number")
        ]

    def __str__(self) -> str:
        return f"{self.dataset_id} v{self.number}"


class DatastoreState(models.TextChoices):
    NONE = "", _("Not tabular")
    PENDING = "pending", _("Waiting to load")
    LOADING = "loading", _("Loading")
    DONE = "done", _("Loaded")
    FAILED = "failed", _("Could not load")


class Resource(models.Model):
    """A file or link of a dataset. Uploaded CSVs are stored as UTF-8 whatever encoding they
    arrived in, and tabular files are loaded into the datastore."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="resources")
    position = models.PositiveIntegerField(default=0)
    name = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    format = models.CharField(max_length=20, blank=True)
    url = models.URLField(max_length=1000, blank=True, help_text="A link, when not uploaded.")
    file = models.CharField(max_length=300, blank=True, help_text="Storage name of the upload.")
    filename = models.CharField(max_length=200, blank=True)
    mimetype = models.CharField(max_length=100, blank=True)
    size = models.PositiveBigIntegerField(null=True, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    source_encoding = models.CharField(max_length=20, blank=True)
    validation = models.JSONField(default=list, blank=True)
    datastore_state = models.CharField(
        max_length=10, choices=DatastoreState.choices, default=DatastoreState.NONE, blank=True
    )
    datastore_progress = models.PositiveSmallIntegerField(default=0)
    datastore_rows = models.PositiveBigIntegerField(default=0)
    datastore_fields = models.JSONField(default=list, blank=True)
    datastore_problems = models.JSONField(default=list, blank=True)
    datastore_file = models.CharField(max_length=300, blank=True)
    datastore_loaded_at = models.DateTimeField(null=True, blank=True)
    datastore_seconds = models.FloatField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    modified_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["dataset", "position", "created_at"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_upload(self) -> bool:
        return bool(self.file)

    @property
    def datastore_active(self) -> bool:
        return self.datastore_state == DatastoreState.DONE


class Download(models.Model):
    """One counted download: a client (a salted hash of address and user agent, never the
    address itself) fetching a resource on a day. Unique, so repeats on the same day count
    once."""

    class Channel(models.TextChoices):
        WEB = "web", _("Web page")
        API = "api", _("API")
        DIRECT = "direct", _("Direct link")

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="downloads")
    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="downloads")
    day = models.DateField()
    client = models.CharField(max_length=64)
    channel = models.CharField(max_length=8, choices=Channel.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["resource", "day", "client"], name="one_download_per_client_day"
            )
        ]
        indexes = [models.Index(fields=["day"]), models.Index(fields=["dataset", "day"])]

    def __str__(self) -> str:
        return f"{self.resource_id} {self.day}"


class CatalogGeneration(models.Model):
    """A single row whose token changes on every catalog change, so that each process can keep
    its search index in memory and know cheaply when to rebuild it. A random token rather than
    a counter: a counter restarted (a restored or flushed database) could repeat a value a
    process has already indexed."""

    token = models.CharField(max_length=32, default="")

    def __str__(self) -> str:
        return self.token
