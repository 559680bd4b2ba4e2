"""View guards. They only route people; the services and selectors check permissions again."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from madoguchi.accounts.permissions import has_capability, is_staff

OTP_VERIFIED = "madoguchi_otp_verified"

View = Callable[..., HttpResponse]


def otp_verified(request: HttpRequest) -> bool:
    return bool(request.session.get(OTP_VERIFIED))


def staff_required(capability: str = "staff.dashboard") -> Callable[[View], View]:
    """Logged in, a staff account, two-factor verified in this session, and the capability."""

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not is_staff(request.user):
                raise PermissionDenied
            if not otp_verified(request):
                has_device = hasattr(request.user, "totp_device") and (
                    request.user.totp_device.confirmed_at is not None
                )
                target = "accounts:otp_verify" if has_device else "accounts:otp_setup"
                return redirect(target)
            if not has_capability(request.user, capability):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def resident_required(view: View) -> View:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if is_staff(request.user):
            return redirect("accounts:staff_dashboard")
        return view(request, *args, **kwargs)

    return wrapper
