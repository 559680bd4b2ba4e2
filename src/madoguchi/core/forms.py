"""Form building blocks that follow the Digital Agency / GOV.UK patterns.

Every form used on a page should inherit ``AccessibleForm`` (or mix in ``AccessibleFormMixin``):
fields then carry ``aria-describedby`` (hint and error ids) and ``aria-invalid``, and render
through ``components/field.html`` with a label, the ※必須 marker, hint and errors.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.forms.boundfield import BoundField
from django.utils.translation import gettext_lazy as _

from madoguchi.core.wareki import ERAS, from_wareki

GROUPED_WIDGETS = {"radioselect", "checkboxselectmultiple", "eradate", "compound"}


class AccessibleBoundField(BoundField):
    @property
    def hint_id(self) -> str:
        return f"{self.auto_id}-hint"

    @property
    def error_id(self) -> str:
        return f"{self.auto_id}-error"

    @property
    def is_grouped(self) -> bool:
        return self.widget_type in GROUPED_WIDGETS

    def build_widget_attrs(self, attrs: dict[str, Any], widget: Any = None) -> dict[str, Any]:
        attrs = super().build_widget_attrs(attrs, widget)
        described = []
        if self.help_text:
            described.append(self.hint_id)
        if self.form.is_bound and self.errors:
            described.append(self.error_id)
            attrs["aria-invalid"] = "true"
        if described and not self.is_grouped:
            attrs["aria-describedby"] = " ".join(described)
        else:
            attrs.pop("aria-describedby", None)
        return attrs


def service_errors_add(
    form: forms.Form, errors: dict[str, list[str]], *, renamed: dict[str, str] | None = None
) -> None:
    """Show a service's errors (field name → messages) on ``form``: under the field of that
    name (after ``renamed``), or at the top when the form has no such field."""
    for key, messages in errors.items():
        name = (renamed or {}).get(key, key)
        for message in messages:
            form.add_error(name if name in form.fields else None, message)


class AccessibleFormMixin:
    bound_field_class: type[BoundField] | None = AccessibleBoundField
    template_name = "components/form_fields.html"
    template_name_div = "components/form_fields.html"


class AccessibleForm(AccessibleFormMixin, forms.Form):
    pass


class EraDateWidget(forms.MultiWidget):
    """Era (西暦・令和・平成…), year, month and day, each with its own visible label."""

    template_name = "components/widgets/era_date.html"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        era_choices = [("western", _("Western calendar (西暦)"))] + [
            (era.key, era.name) for era in reversed(ERAS)
        ]
        widgets = [
            forms.Select(choices=era_choices),
            forms.NumberInput(attrs={"inputmode": "numeric", "class": "input--year"}),
            forms.NumberInput(attrs={"inputmode": "numeric", "class": "input--short"}),
            forms.NumberInput(attrs={"inputmode": "numeric", "class": "input--short"}),
        ]
        super().__init__(widgets, attrs)

    def decompress(self, value: Any) -> list[Any]:
        if isinstance(value, date):
            return ["western", value.year, value.month, value.day]
        return ["western", None, None, None]


class EraDateField(forms.MultiValueField):
    """A date typed in the Gregorian calendar or a Japanese era (和暦)."""

    widget = EraDateWidget
    default_error_messages = {
        "invalid": _("Enter a valid date, for example 令和8年4月1日 or 2026年4月1日."),
        "incomplete": _("Enter the year, month and day."),
    }

    def __init__(self, **kwargs: Any) -> None:
        era_keys = ["western", *[era.key for era in ERAS]]
        fields = (
            forms.ChoiceField(choices=[(k, k) for k in era_keys]),
            forms.IntegerField(min_value=1, max_value=9999),
            forms.IntegerField(min_value=1, max_value=12),
            forms.IntegerField(min_value=1, max_value=31),
        )
        kwargs.setdefault("require_all_fields", True)
        super().__init__(fields=fields, **kwargs)

    def compress(self, data_list: list[Any]) -> date | None:
        if not data_list:
            return None
        era, year, month, day = data_list
        if year is None or month is None or day is None:
            raise ValidationError(self.error_messages["incomplete"], code="incomplete")
        try:
            if era == "western":
                return date(year, month, day)
            return from_wareki(era=era, year=year, month=month, day=day)
        except ValueError as exc:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from exc
