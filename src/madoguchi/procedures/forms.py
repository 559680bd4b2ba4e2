"""Staff form for a procedure's catalog entry."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from madoguchi.core.forms import AccessibleForm
from madoguchi.procedures.models import Category, FeeKind, IdentityLevel, OfflineReason


class ProcedureEditForm(AccessibleForm):
    online = forms.BooleanField(label=_("Residents can apply online"), required=False)
    offline_reason = forms.ChoiceField(
        label=_("If not, why not"),
        choices=[("", _("Choose one"))] + [c for c in OfflineReason.choices if c[0]],
        required=False,
    )
    offline_reason_text = forms.CharField(
        label=_("Explanation for residents"), widget=forms.Textarea, required=False
    )
    where_instead = forms.CharField(
        label=_("Where to go instead"), widget=forms.Textarea, required=False
    )
    fee_kind = forms.ChoiceField(label=_("Fee"), choices=FeeKind.choices, widget=forms.RadioSelect)
    fee_yen = forms.IntegerField(
        label=_("Amount in yen"), min_value=0, max_value=10_000_000, required=False
    )
    fee_note = forms.CharField(label=_("Fee note"), max_length=300, required=False)
    processing_days = forms.IntegerField(
        label=_("Processing time in business days"), min_value=0, max_value=365
    )
    published = forms.BooleanField(label=_("Shown in the catalog"), required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("online") and not data.get("offline_reason"):
            self.add_error(
                "offline_reason", _("Choose why residents cannot apply for this online.")
            )
        if (
            data.get("fee_kind") in {FeeKind.FIXED, FeeKind.PER_COPY}
            and data.get("fee_yen") is None
        ):
            self.add_error("fee_yen", _("Enter the fee in yen."))
        if data.get("fee_kind") == FeeKind.FREE:
            data["fee_yen"] = None
        if data.get("online"):
            data["offline_reason"] = ""
        return data


class ProcedureCreateForm(AccessibleForm):
    code = forms.SlugField(
        label=_("Code"),
        max_length=80,
        help_text=_(
            "Lowercase letters, digits and hyphens, used in the address (e.g. sodai-gomi)."
        ),
    )
    name = forms.CharField(label=_("Official name in Japanese"), max_length=200)
    name_en = forms.CharField(label=_("Name in English"), max_length=200, required=False)
    name_zh_hans = forms.CharField(
        label=_("Name in Simplified Chinese"), max_length=200, required=False
    )
    name_ko = forms.CharField(label=_("Name in Korean"), max_length=200, required=False)
    summary = forms.CharField(
        label=_("Plain-language summary in Japanese"), widget=forms.Textarea, required=False
    )
    department = forms.ChoiceField(label=_("Department"))
    category = forms.ChoiceField(label=_("Category"), choices=Category.choices)
    identity_level = forms.ChoiceField(
        label=_("Who can apply online"), choices=IdentityLevel.choices, widget=forms.RadioSelect
    )
    processing_days = forms.IntegerField(
        label=_("Processing time in business days"), min_value=0, max_value=365, initial=5
    )
    retention_years = forms.IntegerField(
        label=_("Keep applications for (years)"), min_value=1, max_value=30, initial=5
    )

    def __init__(self, *args: Any, departments: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["department"].choices = departments  # type: ignore[attr-defined]
