"""Forms of the residents' voice pages and of staff entry."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from madoguchi.core.forms import AccessibleForm
from madoguchi.voices.models import Category, Channel


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data: Any, initial: Any = None) -> Any:
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(d, initial) for d in data if d]
        return [super().clean(data, initial)] if data else []


def _category_choices() -> list[tuple[str, Any]]:
    return [("", _("I don't know: let the city decide"))] + [
        (c.code, c.localized_name) for c in Category.objects.all()
    ]


class VoiceForm(AccessibleForm):
    body = forms.CharField(
        label=_("What would you like to tell the city?"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=4000,
        help_text=_("A problem, a request, an idea or thanks. Up to 4,000 characters."),
    )
    category = forms.ChoiceField(label=_("Topic"), required=False)
    address = forms.CharField(
        label=_("Where (address or place)"),
        required=False,
        max_length=200,
        help_text=_("For example: 芝公園4丁目の交差点. You can also choose a point on the map."),
    )
    latitude = forms.FloatField(required=False, widget=forms.HiddenInput)
    longitude = forms.FloatField(required=False, widget=forms.HiddenInput)
    photos = MultipleFileField(
        label=_("Photos"),
        required=False,
        help_text=_(
            "Up to 3 photos (JPEG, PNG, HEIC), 8 MB each. If the page shows an error, "
            "choose the photos again."
        ),
    )
    wants_reply = forms.BooleanField(label=_("I would like an answer"), required=False)
    may_publish = forms.BooleanField(
        label=_(
            "The city may publish my voice and its answer without my name or other personal details"
        ),
        required=False,
    )
    name = forms.CharField(label=_("Your name"), required=False, max_length=100)
    email = forms.EmailField(label=_("Email address"), required=False)
    submission_key = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, anonymous: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = _category_choices()  # type: ignore[attr-defined]
        if anonymous:
            self.fields["email"].required = True
            self.fields["email"].help_text = _(
                "We send you a link to confirm your voice; it reaches the city once you open "
                "it. The same link shows the answer."
            )
        else:
            del self.fields["email"]
            del self.fields["name"]


class StaffEntryForm(AccessibleForm):
    channel = forms.ChoiceField(
        label=_("Received by"),
        choices=[
            (c.value, c.label)
            for c in (Channel.PHONE, Channel.VISIT, Channel.LETTER, Channel.FAX, Channel.EMAIL)
        ],
        widget=forms.RadioSelect,
    )
    body = forms.CharField(
        label=_("What the resident said"), widget=forms.Textarea(attrs={"rows": 8}), max_length=4000
    )
    category = forms.ChoiceField(label=_("Topic"), required=False)
    address = forms.CharField(label=_("Where (address or place)"), required=False, max_length=200)
    name = forms.CharField(label=_("Resident's name"), required=False, max_length=100)
    email = forms.EmailField(label=_("Resident's email address"), required=False)
    phone = forms.CharField(label=_("Resident's phone number"), required=False, max_length=40)
    wants_reply = forms.BooleanField(label=_("The resident would like an answer"), required=False)
    may_publish = forms.BooleanField(
        label=_("The resident agrees to anonymous publication"), required=False
    )
    submission_key = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = _category_choices()  # type: ignore[attr-defined]


class AnswerForm(AccessibleForm):
    answer = forms.CharField(
        label=_("Answer to the resident"), widget=forms.Textarea(attrs={"rows": 8}), max_length=8000
    )


class NoteForm(AccessibleForm):
    note = forms.CharField(
        label=_("Internal note (not shown to the resident)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=4000,
    )


class PublicationForm(AccessibleForm):
    title = forms.CharField(label=_("Title of the published voice"), max_length=200)
    body = forms.CharField(
        label=_("The voice, anonymised"), widget=forms.Textarea(attrs={"rows": 8})
    )
    answer = forms.CharField(
        label=_("The answer, anonymised"), widget=forms.Textarea(attrs={"rows": 8})
    )
    # Optional translations, shown to residents reading in those languages.
    title_en = forms.CharField(label=_("Title in English"), max_length=200, required=False)
    body_en = forms.CharField(
        label=_("The voice in English"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    answer_en = forms.CharField(
        label=_("The answer in English"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    title_zh_hans = forms.CharField(label=_("Title in Chinese"), max_length=200, required=False)
    body_zh_hans = forms.CharField(
        label=_("The voice in Chinese"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    answer_zh_hans = forms.CharField(
        label=_("The answer in Chinese"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    title_ko = forms.CharField(label=_("Title in Korean"), max_length=200, required=False)
    body_ko = forms.CharField(
        label=_("The voice in Korean"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    answer_ko = forms.CharField(
        label=_("The answer in Korean"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )

    LANGUAGES = (("en", "en"), ("zh-hans", "zh_hans"), ("ko", "ko"))

    def translations(self) -> dict[str, dict[str, str]]:
        found: dict[str, dict[str, str]] = {}
        for language, suffix in self.LANGUAGES:
            texts = {
                key: self.cleaned_data.get(f"{key}_{suffix}", "").strip()
                for key in ("title", "body", "answer")
            }
            if any(texts.values()):
                found[language] = texts
        return found

    @classmethod
    def initial_from(cls, translations: dict[str, dict[str, str]]) -> dict[str, str]:
        initial = {}
        for language, suffix in cls.LANGUAGES:
            for key in ("title", "body", "answer"):
                initial[f"{key}_{suffix}"] = translations.get(language, {}).get(key, "")
        return initial
