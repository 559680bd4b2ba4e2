"""Staff forms for indicator figures."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from madoguchi.core.forms import AccessibleForm
from madoguchi.evaluation.models import EvaluationRecord
from madoguchi.evaluation.observations import FIRST_FY, LAST_FY, SURVEY_ANSWERS


class ObservationForm(AccessibleForm):
    fy = forms.IntegerField(
        label=_("Fiscal year"),
        min_value=FIRST_FY,
        max_value=LAST_FY,
        help_text=_("The fiscal year starting in April, for example 2025."),
    )
    value = forms.DecimalField(label=_("Value"), max_digits=14, decimal_places=4, required=False)
    source = forms.CharField(
        label=_("Source"),
        max_length=300,
        help_text=_("For example: 令和7年度区民意識調査, or the name of the statistics."),
    )
    note = forms.CharField(label=_("Note"), widget=forms.Textarea, required=False)

    def __init__(self, *args: Any, survey: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.survey = survey
        if survey:
            del self.fields["value"]
            for index, answer in enumerate(SURVEY_ANSWERS):
                self.fields[f"answer_{index}"] = forms.DecimalField(
                    label=answer, min_value=0, max_value=100, max_digits=5, decimal_places=1,
                    help_text=_("Percent of respondents") if index == 0 else "",
                )  # fmt: skip

    def distribution(self) -> dict[str, Any] | None:
        if not self.survey:
            return None
        return {answer: self.cleaned_data[f"answer_{i}"] for i, answer in enumerate(SURVEY_ANSWERS)}


class ImportForm(AccessibleForm):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Columns: series_id, fy, value, source, note. UTF-8 or Shift_JIS. "
            "If any row is wrong, nothing is imported."
        ),
    )


class EvaluationForm(AccessibleForm):
    grade = forms.ChoiceField(
        label=_("Grade"),
        choices=[("", _("Choose one")), *EvaluationRecord.Grade.choices],
        required=False,
    )
    category = forms.ChoiceField(
        label=_("Category"),
        choices=[("", _("Choose one")), *EvaluationRecord.Category.choices],
        required=False,
    )
    narrative = forms.CharField(label=_("Evaluation"), widget=forms.Textarea, required=False)
    committee_comments = forms.CharField(
        label=_("Comments of the evaluation committee"), widget=forms.Textarea, required=False
    )
    next_actions = forms.CharField(label=_("Next actions"), widget=forms.Textarea, required=False)

    def __init__(self, *args: Any, initiative: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        del self.fields["grade" if initiative else "category"]


class TransitionForm(AccessibleForm):
    comment = forms.CharField(label=_("Comment"), widget=forms.Textarea, required=False)
