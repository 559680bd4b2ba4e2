"""Account pages: thin wrappers around services and selectors."""

from __future__ import annotations

import segno
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth import views as auth_views
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from madoguchi.accounts import forms, selectors, services
from madoguchi.accounts.decorators import OTP_VERIFIED, resident_required, staff_required
from madoguchi.accounts.identity.builtin import IN_PERSON_DOCUMENTS
from madoguchi.accounts.middleware import mark_session_start
from madoguchi.accounts.models import Department, User, UserKind
from madoguchi.accounts.permissions import has_capability, is_staff
from madoguchi.audit.middleware import client_ip
from madoguchi.audit.services import audit_record
from madoguchi.core.navigation import staff_entries
from madoguchi.core.ratelimit import limit_posts
from madoguchi.core.views import crumbs

ACCOUNT_ERRORS = {
    "verification_expired": gettext_lazy(
        "This confirmation link has expired. Ask for a new one below."
    ),
    "verification_invalid": gettext_lazy(
        "This confirmation link is not valid. Ask for a new one below."
    ),
}


def _safe_next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def login_view(request: HttpRequest) -> HttpResponse:
    form = forms.LoginForm(request.POST or None)
    error = ""
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        ip = client_ip(request)
        if services.login_is_throttled(email=email, ip=ip):
            error = _(
                "Too many unsuccessful attempts. For your security, wait 15 minutes and try again."
            )
        else:
            user = authenticate(request, username=email, password=form.cleaned_data["password"])
            if user is not None and not user.email_verified_at:
                error = _(
                    "Confirm your email address first: open the link we sent you. "
                    "You can ask for a new link below."
                )
                services.login_attempt_record(email=email, ip=ip, user=None)
            elif user is not None:
                services.login_attempt_record(email=email, ip=ip, user=user)
                login(request, user)
                mark_session_start(request)
                if is_staff(user):
                    return redirect(
                        "accounts:otp_verify"
                        if hasattr(user, "totp_device") and user.totp_device.confirmed_at
                        else "accounts:otp_setup"
                    )
                return redirect(_safe_next(request, reverse("accounts:mypage")))
            else:
                services.login_attempt_record(email=email, ip=ip, user=None)
                error = _("The email address or password is not correct.")
    return render(
        request,
        "accounts/login.html",
        {"form": form, "login_error": error, "next": request.GET.get("next", "")},
        status=200 if not error else 400,
    )


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        audit_record(action="accounts.logout", target=request.user)
    logout(request)
    messages.success(request, _("You have logged out."))
    return redirect("core:home")


@require_POST
def logout_everywhere_view(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect("accounts:login")
    services.user_logout_everywhere(user=request.user)
    logout(request)
    messages.success(request, _("You have been logged out on every device."))
    return redirect("accounts:login")


@limit_posts("accounts.register", per_hour=10)
def register_view(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("accounts:mypage")
    form = forms.RegisterForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.resident_register(
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
                display_name=form.cleaned_data["display_name"],
                language=get_language() or "ja",
            )
        except ValidationError as error:
            form.add_error("password", error)
        else:
            request.session["madoguchi_registered_email"] = form.cleaned_data["email"]
            return redirect("accounts:register_done")
    return render(request, "accounts/register.html", {"form": form})


def register_done_view(request: HttpRequest) -> HttpResponse:
    email = request.session.get("madoguchi_registered_email", "")
    return render(request, "accounts/register_done.html", {"email": email})


def verify_email_view(request: HttpRequest, token: str) -> HttpResponse:
    try:
        services.resident_verify_email(token=token)
    except services.AccountError as error:
        return render(
            request,
            "accounts/verify_failed.html",
            {"message": ACCOUNT_ERRORS[error.code], "form": forms.ResendVerificationForm()},
            status=400,
        )
    messages.success(request, _("Your email address is confirmed. You can now log in."))
    return redirect("accounts:login")


@limit_posts("accounts.resend_verification", per_hour=10)
def resend_verification_view(request: HttpRequest) -> HttpResponse:
    form = forms.ResendVerificationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.resident_resend_verification(
            email=form.cleaned_data["email"], language=get_language() or "ja"
        )
        request.session["madoguchi_registered_email"] = form.cleaned_data["email"]
        return redirect("accounts:register_done")
    return render(request, "accounts/resend.html", {"form": form})


@resident_required
def mypage_view(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "accounts/mypage.html",
        {"account": request.user, "breadcrumbs": crumbs(_("My page"))},
    )


def otp_setup_view(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not is_staff(user):
        return redirect("accounts:login")
    assert isinstance(user, User)
    if hasattr(user, "totp_device") and user.totp_device.confirmed_at:
        return redirect("accounts:otp_verify")
    form = forms.TOTPForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if services.totp_verify(user=user, code=form.cleaned_data["code"]):
            request.session[OTP_VERIFIED] = True
            request.session.cycle_key()
            return redirect("accounts:staff_dashboard")
        form.add_error("code", _("That code is not correct. Enter the code shown in the app now."))
        device = user.totp_device
    else:
        device = services.totp_device_start(user=user)
    uri = services.totp_provisioning_uri(device=device)
    qr_svg = segno.make(uri, error="m").svg_inline(
        scale=5, title=_("QR code for your authenticator app")
    )
    return render(
        request,
        "accounts/otp_setup.html",
        {"form": form, "qr_svg": qr_svg, "secret": device.secret},
    )


def otp_verify_view(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not is_staff(user):
        return redirect("accounts:login")
    assert isinstance(user, User)
    form = forms.TOTPForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        ip = client_ip(request)
        if services.login_is_throttled(email=user.email, ip=ip):
            logout(request)
            messages.error(
                request, _("Too many unsuccessful attempts. Wait 15 minutes and try again.")
            )
            return redirect("accounts:login")
        if services.totp_verify(user=user, code=form.cleaned_data["code"]):
            request.session[OTP_VERIFIED] = True
            request.session.cycle_key()
            return redirect(_safe_next(request, reverse("accounts:staff_dashboard")))
        services.login_attempt_record(email=user.email, ip=ip, user=None)
        form.add_error("code", _("That code is not correct. Enter the code shown in the app now."))
    return render(request, "accounts/otp_verify.html", {"form": form})


@staff_required()
def staff_dashboard_view(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    return render(
        request,
        "accounts/staff_dashboard.html",
        {
            "memberships": selectors.staff_memberships_of(user=user),
            "entries": [e for e in staff_entries() if has_capability(user, e.capability)],
        },
    )


@staff_required("staff.directory.view")
def department_members_view(request: HttpRequest, code: str) -> HttpResponse:
    department = get_object_or_404(Department, code=code)
    members = selectors.department_members_list(viewer=request.user, department=department)  # type: ignore[arg-type]
    return render(
        request,
        "accounts/department_members.html",
        {"department": department, "members": members},
    )


@staff_required("identity.verify_in_person")
def identity_verify_view(request: HttpRequest) -> HttpResponse:
    form = forms.IdentityVerifyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        resident = User.objects.filter(
            email__iexact=form.cleaned_data["email"], kind=UserKind.RESIDENT
        ).first()
        if resident is None:
            form.add_error("email", _("No resident account uses this email address."))
        else:
            services.identity_verification_record(
                user=resident,
                provider="in_person",
                subject="",
                evidence=form.cleaned_data["document"],
                verified_by=request.user,  # type: ignore[arg-type]
            )
            messages.success(
                request,
                _("Identity verified for %(email)s (%(document)s).")
                % {
                    "email": resident.email,
                    "document": IN_PERSON_DOCUMENTS[form.cleaned_data["document"]],
                },
            )
            return redirect("accounts:identity_verify")
    return render(request, "accounts/identity_verify.html", {"form": form})


class PasswordChangeView(auth_views.PasswordChangeView):
    form_class = forms.PasswordChangeForm
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:password_change_done")


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "accounts/password_change_done.html"


@method_decorator(limit_posts("accounts.password_reset", per_hour=10), name="dispatch")
class PasswordResetView(auth_views.PasswordResetView):
    form_class = forms.PasswordResetForm
    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/email/password_reset_body.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")
    extra_email_context = {"public_url": None}

    def form_valid(self, form: forms.PasswordResetForm) -> HttpResponse:
        from django.conf import settings

        self.extra_email_context = {"public_url": settings.MADOGUCHI_PUBLIC_URL.rstrip("/")}
        return super().form_valid(form)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    form_class = forms.SetPasswordForm
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"
