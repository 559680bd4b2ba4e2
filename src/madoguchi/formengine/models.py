"""Versioned form definitions stored in the database.

A procedure has at most one draft and at most one published version at a time; older
published versions are retired but kept, because every application points at the exact
version it was made with (see ``docs/forms.md``).
"""

from __future__ import annotations

import json

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from madoguchi.formengine.definition import FormSpec
from madoguchi.procedures.models import Procedure

_SPEC_CACHE_SIZE = 256
_SPECS: dict[str, FormSpec] = {}


class FormVersion(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        RETIRED = "retired", _("Retired")

    procedure = models.ForeignKey(Procedure, on_delete=models.PROTECT, related_name="form_versions")
    number = models.PositiveIntegerField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    definition = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["procedure_id", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["procedure", "number"], name="form_version_number"),
            models.UniqueConstraint(
                fields=["procedure"],
                condition=models.Q(status="draft"),
                name="form_one_draft_per_procedure",
            ),
            models.UniqueConstraint(
                fields=["procedure"],
                condition=models.Q(status="published"),
                name="form_one_published_per_procedure",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.procedure.code} v{self.number} ({self.status})"

    @property
    def spec(self) -> FormSpec:
        """The checked definition. Parsing checks the whole definition, so parsed specs are
        shared by every request of this process, keyed by the definition's canonical JSON
        (a changed draft gets a new key; published versions never change)."""
        key = json.dumps(self.definition, sort_keys=True, ensure_ascii=False)
        cached = _SPECS.get(key)
        if cached is None:
            cached = FormSpec(self.definition)
            if len(_SPECS) >= _SPEC_CACHE_SIZE:
                _SPECS.clear()
            _SPECS[key] = cached
        return cached
