"""Staff forms for datasets and uploads. They only collect input; the services validate it
against the same rules as the CKAN API."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from madoguchi.core.forms import AccessibleForm
from madoguchi.opendata import standards
from madoguchi.opendata.licenses import LICENSES
from madoguchi.opendata.models import DatasetState, Frequency
from madoguchi.opendata.services import ALLOWED_FORMATS


class DatasetForm(AccessibleForm):
    title = forms.CharField(label=_("Title (Japanese)"), max_length=300)
    name = forms.CharField(
        label=_("Address name"),
        max_length=100,
        help_text=_(
            "Lowercase letters, digits, hyphens and underscores; used in the address and by "
            "API clients (e.g. aed-locations)."
        ),
    )
    notes = forms.CharField(
        label=_("Description (Japanese)"), widget=forms.Textarea, required=False
    )
    title_en = forms.CharField(label=_("Title in English"), max_length=300, required=False)
    title_zh_hans = forms.CharField(label=_("Title in Chinese"), max_length=300, required=False)
    title_ko = forms.CharField(label=_("Title in Korean"), max_length=300, required=False)
    notes_en = forms.CharField(
        label=_("Description in English"), widget=forms.Textarea, required=False
    )
    organization = forms.ChoiceField(label=_("Published by"))
    groups = forms.MultipleChoiceField(
        label=_("Themes"), widget=forms.CheckboxSelectMultiple, required=False
    )
    tags = forms.CharField(
        label=_("Tags"),
        required=False,
        help_text=_("Separate tags with commas (e.g. 防災, 避難所)."),
    )
    license_id = forms.ChoiceField(label=_("Licence"))
    frequency = forms.ChoiceField(label=_("Update frequency"), required=False)
    temporal_start = forms.DateField(
        label=_("Period covered: from"), required=False, help_text=_("YYYY-MM-DD")
    )
    temporal_end = forms.DateField(
        label=_("Period covered: to"), required=False, help_text=_("YYYY-MM-DD")
    )
    spatial = forms.CharField(label=_("Area covered"), max_length=200, required=False)
    contact_name = forms.CharField(label=_("Contact"), max_length=200, required=False)
    contact_email = forms.CharField(label=_("Contact email"), max_length=200, required=False)
    standard = forms.ChoiceField(
        label=_("Standard open data set"),
        required=False,
        help_text=_("Uploads are checked against the standard's columns."),
    )
    state = forms.ChoiceField(label=_("Publication status"), choices=DatasetState.choices)
    private = forms.BooleanField(label=_("Private (only publishers can see it)"), required=False)

    def __init__(
        self,
        *args: Any,
        organizations: list[tuple[str, str]],
        groups: list[tuple[str, str]],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        fields: dict[str, Any] = dict(self.fields)
        fields["organization"].choices = [("", _("Choose one")), *organizations]
        fields["groups"].choices = groups
        fields["license_id"].choices = [(lic.id, lic.label) for lic in LICENSES.values()]
        fields["frequency"].choices = [("", _("Not set")), *Frequency.choices]
        fields["standard"].choices = [("", _("None"))] + [
            (s.code, s.name) for s in standards.SCHEMAS.values()
        ]

    def ckan_data(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "name": data["name"].strip(),
            "title": data["title"],
            "notes": data["notes"],
            "owner_org": data["organization"],
            "groups": [{"name": g} for g in data["groups"]],
            "tag_string": data["tags"],
            "license_id": data["license_id"],
            "private": data["private"],
            "state": data["state"],
            "extras": [
                {"key": "frequency", "value": data["frequency"]},
                {
                    "key": "temporal_start",
                    "value": data["temporal_start"].isoformat() if data["temporal_start"] else "",
                },
                {
                    "key": "temporal_end",
                    "value": data["temporal_end"].isoformat() if data["temporal_end"] else "",
                },
                {"key": "spatial_text", "value": data["spatial"]},
                {"key": "contact_name", "value": data["contact_name"]},
                {"key": "contact_email", "value": data["contact_email"]},
                {"key": "standard", "value": data["standard"]},
                {"key": "title_en", "value": data["title_en"]},
                {"key": "title_zh-hans", "value": data["title_zh_hans"]},
                {"key": "title_ko", "value": data["title_ko"]},
                {"key": "notes_en", "value": data["notes_en"]},
            ],
        }

    # Service error keys that belong to a differently named form field.
    ERROR_FIELDS = {"owner_org": "organization", "spatial_text": "spatial", "tag_string": "tags"}


class UploadForm(AccessibleForm):
    upload = forms.FileField(
        label=_("File"),
        help_text=_("CSV in UTF-8 or Shift_JIS, XLSX, JSON, GeoJSON or PDF."),
    )
    name = forms.CharField(
        label=_("Name shown for the file"),
        max_length=300,
        required=False,
        help_text=_("Leave empty to use the file name."),
    )
    description = forms.CharField(label=_("Description"), widget=forms.Textarea, required=False)
    format = forms.ChoiceField(
        label=_("Format"),
        required=False,
        choices=[("", _("Work it out from the file name"))] + [(f, f) for f in ALLOWED_FORMATS],
    )
