"""Django forms built from a form definition's step, for rendering only.

Validation belongs to :meth:`madoguchi.formengine.definition.FormSpec.clean_step` (the same code
the API and the counter use); these forms turn a step into accessible markup through the shared
``components/field.html`` and carry that step's errors, translated, so the error summary, the
``aria-invalid`` attributes and the "Error:" page title all work as on every other form.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from django import forms
from django.forms.utils import ErrorDict, ErrorList
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from madoguchi.applications.models import Attachment
from madoguchi.core.forms import AccessibleForm
from madoguchi.formengine.definition import (
    COMPOUND_PARTS,
    FieldSpec,
    GroupSpec,
    StepSpec,
    group_input_name,
)
from madoguchi.formengine.fields import ACCOUNT_TYPES, PREFECTURES, FieldError

AUTOCOMPLETE = {
    "applicant.name": "name",
    "contact.email": "email",
    "contact.phone": "tel",
    "applicant.birth_date": "bday",
}

PART_LABELS = {
    "postal_code": gettext_lazy("Postal code"),
    "prefecture": gettext_lazy("Prefecture"),
    "city": gettext_lazy("City or ward"),
    "town": gettext_lazy("Town and district (町名・丁目)"),
    "block": gettext_lazy("Block and house number (番地)"),
    "building": gettext_lazy("Building and room (optional)"),
    "bank_code": gettext_lazy("Bank code (4 digits)"),
    "branch_code": gettext_lazy("Branch code (3 digits)"),
    "account_type": gettext_lazy("Account type"),
    "account_number": gettext_lazy("Account number (7 digits)"),
    "holder_kana": gettext_lazy("Account holder (katakana)"),
}

PART_AUTOCOMPLETE = {
    "postal_code": "postal-code",
    "prefecture": "address-level1",
    "city": "address-level2",
    "town": "address-line1",
    "block": "address-line2",
    "building": "address-line3",
}


def field_error_text(error: FieldError) -> str:
    """A field type's error in the reader's language (template first, then the values)."""
    template = _(error.message)
    params = {k: v for k, v in error.params.items() if k != "subfield"}
    return template % params if params else template


class CompoundWidget(forms.MultiWidget):
    """Sub-inputs named ``<field>__<part>``, each with its own visible label."""

    template_name = "applications/widgets/compound.html"

    def __init__(self, parts: tuple[str, ...], type_id: str) -> None:
        widgets: dict[str, forms.Widget | type[forms.Widget]] = {}
        for part in parts:
            attrs = {"autocomplete": PART_AUTOCOMPLETE.get(part, "off")}
            if part in {"postal_code", "bank_code", "branch_code", "account_number"}:
                attrs["inputmode"] = "numeric"
            if part == "account_type":
                widgets[f"_{part}"] = forms.Select(
                    choices=[("", "—"), *ACCOUNT_TYPES.items()], attrs=attrs
                )
            elif part == "prefecture":
                widgets[f"_{part}"] = forms.Select(
                    choices=[("", "—"), *[(p, p) for p in PREFECTURES]], attrs=attrs
                )
            else:
                widgets[f"_{part}"] = forms.TextInput(attrs=attrs)
        self.parts = parts
        super().__init__(widgets)

    def decompress(self, value: Any) -> list[Any]:
        if isinstance(value, dict):
            return [value.get(part, "") for part in self.parts]
        return ["" for _ in self.parts]

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context(name, value, attrs)
        for sub, part in zip(context["widget"]["subwidgets"], self.parts, strict=True):
            sub["part_label"] = PART_LABELS[part]
        return context


def _django_field(spec: FieldSpec, language: str) -> forms.Field:
    label = spec.label(language)
    hint = spec.hint(language)
    common: dict[str, Any] = {"label": label, "help_text": hint, "required": spec.required}
    attrs: dict[str, str] = {}
    if spec.key in AUTOCOMPLETE:
        attrs["autocomplete"] = AUTOCOMPLETE[spec.key]
    kind = spec.type
    if kind == "long_text":
        return forms.CharField(widget=forms.Textarea(attrs={"rows": 6, **attrs}), **common)
    if kind in {"number", "postal_code", "individual_number"}:
        attrs["inputmode"] = "numeric"
        if kind == "individual_number":
            attrs["autocomplete"] = "off"
        return forms.CharField(widget=forms.TextInput(attrs=attrs), **common)
    if kind == "email":
        return forms.CharField(widget=forms.EmailInput(attrs=attrs), **common)
    if kind == "phone_jp":
        attrs.setdefault("autocomplete", "tel")
        return forms.CharField(widget=forms.TextInput(attrs={"type": "tel", **attrs}), **common)
    if kind == "date":
        if not hint:
            common["help_text"] = _("For example 2026-04-01 or 令和8年4月1日.")
        return forms.CharField(widget=forms.TextInput(attrs=attrs), **common)
    if kind == "single_choice":
        choices = spec.choices(language)
        widget = forms.Select if len(choices) > 8 else forms.RadioSelect
        if widget is forms.Select:
            choices = [("", "—"), *choices]
        return forms.ChoiceField(choices=choices, widget=widget, **common)
    if kind == "multiple_choice":
        return forms.MultipleChoiceField(
            choices=spec.choices(language), widget=forms.CheckboxSelectMultiple, **common
        )
    if kind == "yes_no":
        return forms.ChoiceField(
            choices=[("yes", _("Yes")), ("no", _("No"))], widget=forms.RadioSelect, **common
        )
    if kind == "consent":
        return forms.BooleanField(**common)
    if kind in COMPOUND_PARTS:
        return forms.Field(widget=CompoundWidget(COMPOUND_PARTS[kind], kind), **common)
    if kind == "attachment":
        return forms.FileField(widget=forms.ClearableFileInput(attrs={}), **common)
    return forms.CharField(widget=forms.TextInput(attrs=attrs), **common)


@dataclass
class GroupBlock:
    spec: GroupSpec
    items: list[tuple[int, list[Any]]]
    error: str
    can_add: bool
    count: int
    label: str = ""
    item_label: str = ""
    hint: str = ""


@dataclass
class Block:
    kind: str  # "field" | "group" | "attachment"
    field: Any = None
    group: GroupBlock | None = None
    spec: FieldSpec | None = None
    files: list[Attachment] = dataclass_field(default_factory=list)


class StepForm(AccessibleForm):
    use_required_attribute = False

    def __init__(
        self,
        *,
        step: StepSpec,
        visible: set[str],
        language: str,
        data: Any,
        group_counts: dict[str, int],
        files: dict[str, list[Attachment]],
    ) -> None:
        super().__init__(data=data)
        self.step = step
        self.language = language
        self.group_counts = group_counts
        self.files_by_field = files
        self.group_errors: dict[str, str] = {}
        for item in step.items:
            if item.key not in visible:
                continue
            if isinstance(item, GroupSpec):
                for index in range(group_counts[item.key]):
                    for sub in item.fields:
                        name = group_input_name(item.key, index, sub.key)
                        self.fields[name] = _django_field(sub, language)
            else:
                self.fields[item.key] = _django_field(item, language)
        self._errors = ErrorDict()

    def set_errors(self, errors: dict[str, FieldError]) -> None:
        for name, error in errors.items():
            if name in self.fields:
                self._errors[name] = ErrorList([field_error_text(error)])
            else:
                self.group_errors[name] = field_error_text(error)

    def add_field_error(self, name: str, text: str) -> None:
        self._errors.setdefault(name, ErrorList()).append(text)

    @property
    def has_errors(self) -> bool:
        return bool(self._errors or self.group_errors)

    def blocks(self) -> list[Block]:
        blocks = []
        for item in self.step.items:
            if isinstance(item, GroupSpec):
                if group_input_name(item.key, 0, item.fields[0].key) not in self.fields:
                    continue
                count = self.group_counts[item.key]
                rows = [
                    (
                        index,
                        [self[group_input_name(item.key, index, sub.key)] for sub in item.fields],
                    )
                    for index in range(count)
                ]
                blocks.append(
                    Block(
                        kind="group",
                        group=GroupBlock(
                            spec=item,
                            items=rows,
                            error=self.group_errors.get(item.key, ""),
                            can_add=count < item.max_items,
                            count=count,
                            label=item.label(self.language),
                            item_label=item.item_label(self.language),
                            hint=item.hint(self.language),
                        ),
                    )
                )
            elif item.key in self.fields:
                blocks.append(
                    Block(
                        kind="attachment" if item.is_attachment else "field",
                        field=self[item.key],
                        spec=item,
                        files=self.files_by_field.get(item.key, []),
                    )
                )
        return blocks


class GuestStartForm(AccessibleForm):
    email = forms.EmailField(
        label=gettext_lazy("Email address"),
        help_text=gettext_lazy(
            "We send a link to this address. Open it to continue: it confirms the address and "
            "lets you come back to your application from any device for 7 days."
        ),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class DeclarationForm(AccessibleForm):
    declaration = forms.BooleanField(
        label=gettext_lazy("I declare that the information I have given is true and complete."),
        error_messages={"required": gettext_lazy("Tick the box to make the declaration.")},
    )


class StaffTransitionForm(AccessibleForm):
    message = forms.CharField(
        label=gettext_lazy("Message to the applicant"),
        help_text=gettext_lazy(
            "Required when asking for a correction, rejecting or cancelling. The applicant "
            "reads it."
        ),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class NoteForm(AccessibleForm):
    text = forms.CharField(
        label=gettext_lazy("Internal note"),
        help_text=gettext_lazy("Only staff see notes."),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class MessageForm(AccessibleForm):
    text = forms.CharField(
        label=gettext_lazy("Message"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class DeliveryTargetForm(AccessibleForm):
    plugin = forms.ChoiceField(
        label=gettext_lazy("Kind of delivery"),
        choices=[
            ("email", gettext_lazy("Email to the department (reference and link only)")),
            ("webhook", gettext_lazy("Signed JSON webhook to a system")),
            ("csv", gettext_lazy("CSV file in a drop folder")),
        ],
        widget=forms.RadioSelect,
    )
    name = forms.CharField(label=gettext_lazy("Name"), max_length=100)
    to = forms.EmailField(label=gettext_lazy("Email address (email)"), required=False)
    url = forms.URLField(
        assume_scheme="https",
        label=gettext_lazy("Address of the system (webhook)"),
        help_text=gettext_lazy("https only; plain http is allowed on this machine only."),
        required=False,
        max_length=500,
    )
    encoding = forms.ChoiceField(
        label=gettext_lazy("Character encoding (CSV)"),
        choices=[
            ("utf-8-sig", gettext_lazy("UTF-8 with BOM")),
            ("cp932", gettext_lazy("Shift_JIS (CP932) for older Excel")),
        ],
        required=False,
    )
    folder = forms.SlugField(label=gettext_lazy("Folder name (CSV)"), required=False)
