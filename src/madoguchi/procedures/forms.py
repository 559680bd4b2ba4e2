"""Staff form for a procedure's catalog entry."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from madoguchi.core.forms import AccessibleForm
from madoguchi.procedures.models import FeeKind, OfflineReason


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
