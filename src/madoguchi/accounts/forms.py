"""Account forms. Validation messages are translated; nothing here writes to the database."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from madoguchi.accounts.identity.builtin import IN_PERSON_DOCUMENTS
from madoguchi.accounts.models import User
from madoguchi.core.forms import AccessibleForm, AccessibleFormMixin


class LoginForm(AccessibleForm):
    email = forms.EmailField(
        label=_("Email address"), widget=forms.EmailInput(attrs={"autocomplete": "username"})
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class RegisterForm(AccessibleForm):
    display_name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        help_text=_("How we address you in messages. You can use a nickname."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("We will send a link to this address to confirm it is yours."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        help_text=_(
            "At least 12 characters. A long phrase of several words is easy to remember and "
            "hard to guess."
        ),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password_again = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    agree = forms.BooleanField(
        label=_("I have read the privacy policy and agree to it"),
        error_messages={"required": _("Agree to the privacy policy to create an account.")},
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        password = data.get("password")
        again = data.get("password_again")
        if password and again and password != again:
            self.add_error("password_again", _("The two passwords do not match."))
        if password:
            candidate = User(email=data.get("email", ""), display_name=data.get("display_name", ""))
            try:
                password_validation.validate_password(password, candidate)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return data


class ResendVerificationForm(AccessibleForm):
    email = forms.EmailField(label=_("Email address"))


class TOTPForm(AccessibleForm):
    code = forms.CharField(
        label=_("6-digit code from your authenticator app"),
        min_length=6,
        max_length=7,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "class": "input--code"}
        ),
    )


class IdentityVerifyForm(AccessibleForm):
    email = forms.EmailField(label=_("Resident's email address"))
    document = forms.ChoiceField(
        label=_("Identity document checked"),
        choices=list(IN_PERSON_DOCUMENTS.items()),
        widget=forms.RadioSelect,
    )


class PasswordChangeForm(AccessibleFormMixin, auth_forms.PasswordChangeForm):
    pass


class PasswordResetForm(AccessibleFormMixin, auth_forms.PasswordResetForm):
    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict[str, Any],
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        # Sent by the task worker, like every other message, so the page never waits on mail.
        from django.template.loader import render_to_string

        from madoguchi.core.mail import send_email_task
        from madoguchi.core.tasks import enqueue_on_commit

        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        body = render_to_string(email_template_name, context)
        enqueue_on_commit(send_email_task, subject=subject, body=body, to=[to_email])


class SetPasswordForm(AccessibleFormMixin, auth_forms.SetPasswordForm):
    pass
