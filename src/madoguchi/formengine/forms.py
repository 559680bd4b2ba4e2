"""Staff form builder forms."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from madoguchi.core.forms import AccessibleForm
from madoguchi.formengine.fields import FIELD_TYPES

TYPE_LABELS = {
    "text": _("Short text"),
    "long_text": _("Long text"),
    "number": _("Number"),
    "email": _("Email address"),
    "phone_jp": _("Phone number"),
    "postal_code": _("Postal code"),
    "name_kana": _("Name in katakana"),
    "date": _("Date"),
    "single_choice": _("One choice"),
    "multiple_choice": _("Several choices"),
    "yes_no": _("Yes or no"),
    "consent": _("Consent checkbox"),
    "individual_number": _("My Number (sensitive)"),
    "bank_account": _("Bank account (sensitive)"),
    "address_jp": _("Address"),
    "attachment": _("File upload"),
    "group": _("Repeating group of questions"),
}

CONDITION_OPERATORS = [
    ("", _("Always ask")),
    ("equals", _("Only if the answer equals")),
    ("not_equals", _("Only if the answer is not")),
    ("answered", _("Only if it was answered")),
]


class DefinitionForm(AccessibleForm):
    definition = forms.CharField(
        label=_("Form definition (JSON)"),
        help_text=_("The whole draft as JSON. See the form definition guide for the format."),
        widget=forms.Textarea(attrs={"rows": 24, "spellcheck": "false", "class": "code"}),
        max_length=512 * 1024,
    )


class ImportForm(AccessibleForm):
    file = forms.FileField(
        label=_("Definition file (.json)"),
        help_text=_("Replaces the draft. The file is checked before anything is saved."),
    )


class ConditionMixin(forms.Form):
    condition_field = forms.ChoiceField(label=_("Depends on the question"), required=False)
    condition_operator = forms.ChoiceField(
        label=_("When to ask"), choices=CONDITION_OPERATORS, required=False
    )
    condition_value = forms.CharField(
        label=_("Answer value"),
        help_text=_("The choice value, or yes / no."),
        max_length=100,
        required=False,
    )

    def set_condition_fields(self, keys: list[str]) -> None:
        self.fields["condition_field"].choices = [("", "—"), *[(k, k) for k in keys]]  # type: ignore[attr-defined]


class StepAddForm(AccessibleForm, ConditionMixin):
    key = forms.SlugField(
        label=_("Step key"), max_length=40, help_text=_("Lowercase letters, digits and _.")
    )
    title_ja = forms.CharField(label=_("Title in Japanese"), max_length=100)
    title_en = forms.CharField(label=_("Title in English"), max_length=100, required=False)
    title_zh = forms.CharField(
        label=_("Title in Simplified Chinese"), max_length=100, required=False
    )
    title_ko = forms.CharField(label=_("Title in Korean"), max_length=100, required=False)

    field_order = ["key", "title_ja", "title_en", "title_zh", "title_ko"]


class QuestionAddForm(AccessibleForm, ConditionMixin):
    step = forms.ChoiceField(label=_("Step"))
    kind = forms.ChoiceField(
        label=_("Type of question"),
        choices=[
            (k, TYPE_LABELS[k]) for k in [*FIELD_TYPES, "attachment", "group"] if k in TYPE_LABELS
        ],
    )
    key = forms.CharField(
        label=_("Key"),
        max_length=80,
        help_text=_(
            "Dotted lowercase name, e.g. pickup.method. Shared keys such as applicant.name "
            "mean the same datum in every form."
        ),
    )
    label_ja = forms.CharField(label=_("Question in Japanese"), max_length=300)
    label_en = forms.CharField(label=_("Question in English"), max_length=300, required=False)
    label_zh = forms.CharField(
        label=_("Question in Simplified Chinese"), max_length=300, required=False
    )
    label_ko = forms.CharField(label=_("Question in Korean"), max_length=300, required=False)
    hint_ja = forms.CharField(label=_("Hint in Japanese"), max_length=500, required=False)
    required = forms.BooleanField(label=_("An answer is required"), required=False)
    choices = forms.CharField(
        label=_("Choices (one per line)"),
        help_text=_("value: 日本語 / English / 中文 / 한국어"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
    )
    group_fields = forms.CharField(
        label=_("Questions of the repeating group (one per line)"),
        help_text=_("key | type | 日本語 | English | required"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
    )
    group_min = forms.IntegerField(
        label=_("At least (items)"), min_value=0, max_value=50, initial=1, required=False
    )
    group_max = forms.IntegerField(
        label=_("At most (items)"), min_value=1, max_value=50, initial=10, required=False
    )

    field_order = [
        "step",
        "kind",
        "key",
        "label_ja",
        "label_en",
        "label_zh",
        "label_ko",
        "hint_ja",
        "required",
        "choices",
        "group_fields",
        "group_min",
        "group_max",
    ]

    def __init__(self, *args: Any, steps: list[str], keys: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["step"].choices = [(s, s) for s in steps]  # type: ignore[attr-defined]
        self.set_condition_fields(keys)
