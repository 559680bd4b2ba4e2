"""State changes for accounts. Each is one transaction with its audit record; mail is sent by
a background task enqueued on commit."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from datetime import timedelta

import pyotp
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core import signing
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from madoguchi.accounts.models import (
    ApiToken,
    AssuranceLevel,
    Department,
    IdentityVerification,
    LoginAttempt,
    StaffMembership,
    TOTPDevice,
    User,
    UserKind,
)
from madoguchi.audit.services import audit_record
from madoguchi.core.mail import send_email_task
from madoguchi.core.tasks import enqueue_on_commit

EMAIL_VERIFICATION_SALT = "madoguchi.accounts.email-verification"
TOTP_STEP_SECONDS = 30


class AccountError(Exception):
    """A refusal the user should see, with a code the view turns into a translated message."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def absolute_url(path: str) -> str:
    return settings.MADOGUCHI_PUBLIC_URL.rstrip("/") + path


def _send_templated_email(*, to: str, template: str, context: dict[str, object]) -> None:
    context = {"city_name": settings.MADOGUCHI_CITY_NAME, **context}
    subject = render_to_string(f"accounts/email/{template}_subject.txt", context).strip()
    body = render_to_string(f"accounts/email/{template}_body.txt", context)
    enqueue_on_commit(send_email_task, subject=subject, body=body, to=[to])


# --- Registration and email verification ---------------------------------------------------


def email_verification_token(*, user: User) -> str:
    return signing.dumps({"u": user.pk, "e": user.email}, salt=EMAIL_VERIFICATION_SALT)


def _send_verification(*, user: User, language: str) -> None:
    with translation.override(language):
        path = reverse("accounts:verify_email", args=[email_verification_token(user=user)])
        _send_templated_email(
            to=user.email,
            template="verify",
            context={"user": user, "url": absolute_url(path), "hours": 48},
        )


def resident_register(
    *, email: str, password: str, display_name: str, language: str
) -> User | None:
    """Create a resident account and send the verification mail.

    If the address already has an account, nothing is created and the owner is told by mail
    instead, so that the form never reveals which addresses are registered.
    """
    email = User.objects.normalize_email(email).strip().lower()
    with transaction.atomic():
        existing = User.objects.filter(email__iexact=email).first()
        if existing is not None:
            with translation.override(language):
                _send_templated_email(
                    to=existing.email,
                    template="already_registered",
                    context={"user": existing, "url": absolute_url(reverse("accounts:login"))},
                )
            audit_record(action="accounts.register_existing_email", target=existing)
            return None
        user = User(
            email=email,
            display_name=display_name.strip(),
            kind=UserKind.RESIDENT,
            preferred_language=language,
        )
        validate_password(password, user)
        user.set_password(password)
        user.save()
        audit_record(action="accounts.register", target=user, actor=user)
        _send_verification(user=user, language=language)
    return user


def resident_resend_verification(*, email: str, language: str) -> None:
    with transaction.atomic():
        user = User.objects.filter(
            email__iexact=email.strip(), email_verified_at__isnull=True
        ).first()
        if user is None:
            return
        audit_record(action="accounts.resend_verification", target=user)
        _send_verification(user=user, language=language)


def resident_verify_email(*, token: str) -> User:
    try:
        payload = signing.loads(
            token,
            salt=EMAIL_VERIFICATION_SALT,
            max_age=settings.MADOGUCHI_EMAIL_VERIFICATION_SECONDS,
        )
    except signing.SignatureExpired as exc:
        raise AccountError("verification_expired") from exc
    except signing.BadSignature as exc:
        raise AccountError("verification_invalid") from exc
    with transaction.atomic():
        user = User.objects.select_for_update().filter(pk=payload.get("u")).first()
        if user is None or user.email != payload.get("e"):
            raise AccountError("verification_invalid")
        if user.email_verified_at is None:
            user.email_verified_at = timezone.now()
            user.assurance_level = max(user.assurance_level, AssuranceLevel.EMAIL_VERIFIED)
            user.save(update_fields=["email_verified_at", "assurance_level"])
            audit_record(action="accounts.email_verified", target=user, actor=user)
    return user


# --- Login throttling and sessions ---------------------------------------------------------


def login_is_throttled(*, email: str, ip: str | None) -> bool:
    since = timezone.now() - timedelta(seconds=settings.MADOGUCHI_LOGIN_WINDOW_SECONDS)
    failures = LoginAttempt.objects.filter(attempted_at__gte=since, succeeded=False)
    if failures.filter(email=email.strip().lower()).count() >= (
        settings.MADOGUCHI_LOGIN_MAX_FAILURES_PER_ACCOUNT
    ):
        return True
    return bool(
        ip and failures.filter(ip=ip).count() >= settings.MADOGUCHI_LOGIN_MAX_FAILURES_PER_ADDRESS
    )


def login_attempt_record(*, email: str, ip: str | None, user: User | None) -> None:
    with transaction.atomic():
        LoginAttempt.objects.create(email=email.strip().lower(), ip=ip, succeeded=user is not None)
        if user is not None:
            audit_record(action="accounts.login", target=user, actor=user)
        else:
            audit_record(
                action="accounts.login_failed",
                object_type="accounts.user",
                data={"email": email.strip().lower()[:254]},
                actor=None,
            )


def user_logout_everywhere(*, user: User) -> None:
    with transaction.atomic():
        User.objects.filter(pk=user.pk).update(session_generation=user.session_generation + 1)
        user.refresh_from_db(fields=["session_generation"])
        audit_record(action="accounts.logout_everywhere", target=user, actor=user)


# --- Staff and two-factor authentication ---------------------------------------------------


@dataclass(frozen=True)
class StaffRoleGrant:
    department: Department
    role: str


def staff_create(
    *,
    email: str,
    password: str,
    display_name: str,
    grants: list[StaffRoleGrant],
    actor: User | None = None,
) -> User:
    with transaction.atomic():
        user = User.objects.create_user(
            email,
            password,
            display_name=display_name,
            kind=UserKind.STAFF,
            email_verified_at=timezone.now(),
            assurance_level=AssuranceLevel.EMAIL_VERIFIED,
        )
        for grant in grants:
            StaffMembership.objects.create(user=user, department=grant.department, role=grant.role)
        audit_record(
            action="accounts.staff_created",
            target=user,
            actor=actor,
            data={"grants": [[g.department.code, g.role] for g in grants]},
        )
    return user


def totp_device_start(*, user: User) -> TOTPDevice:
    """Create (or restart) an unconfirmed authenticator enrolment with a fresh secret."""
    with transaction.atomic():
        device, _ = TOTPDevice.objects.select_for_update().get_or_create(
            user=user, defaults={"secret": pyotp.random_base32()}
        )
        if device.confirmed_at is None:
            device.secret = pyotp.random_base32()
            device.save(update_fields=["secret"])
            audit_record(action="accounts.totp_enrolment_started", target=user, actor=user)
    return device


def totp_provisioning_uri(*, device: TOTPDevice) -> str:
    issuer = f"{settings.MADOGUCHI_CITY_NAME} Madoguchi"
    return pyotp.TOTP(device.secret).provisioning_uri(name=device.user.email, issuer_name=issuer)


def _matching_step(secret: str, code: str, last_used_step: int, at: float | None) -> int | None:
    code = code.strip().replace(" ", "")
    if len(code) != 6 or not code.isdigit():
        return None
    now_step = int((at if at is not None else time.time()) // TOTP_STEP_SECONDS)
    totp = pyotp.TOTP(secret)
    for step in (now_step - 1, now_step, now_step + 1):
        if step <= last_used_step:
            continue
        if hmac.compare_digest(totp.at(step * TOTP_STEP_SECONDS), code):
            return step
    return None


def totp_verify(*, user: User, code: str, at: float | None = None) -> bool:
    """Check a code; the first successful check also confirms a new enrolment. A code is
    accepted once only."""
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().filter(user=user).first()
        if device is None:
            return False
        step = _matching_step(device.secret, code, device.last_used_step, at)
        if step is None:
            audit_record(action="accounts.totp_failed", target=user, actor=user)
            return False
        device.last_used_step = step
        fields = ["last_used_step"]
        if device.confirmed_at is None:
            device.confirmed_at = timezone.now()
            fields.append("confirmed_at")
            audit_record(action="accounts.totp_enrolled", target=user, actor=user)
        device.save(update_fields=fields)
        audit_record(action="accounts.totp_verified", target=user, actor=user)
    return True


def totp_device_set_demo_secret(*, user: User, secret: str) -> TOTPDevice:
    """Demo data only: enrol a known secret so that demo staff can log in from the docs."""
    with transaction.atomic():
        device, _ = TOTPDevice.objects.update_or_create(
            user=user, defaults={"secret": secret, "confirmed_at": timezone.now()}
        )
        audit_record(action="accounts.totp_enrolled", target=user, actor=None, data={"demo": True})
    return device


def new_demo_totp_secret() -> str:
    return pyotp.random_base32(length=32, chars=list("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))


def random_password() -> str:
    return secrets.token_urlsafe(18)


# --- Identity assurance --------------------------------------------------------------------


def identity_verification_record(
    *, user: User, provider: str, subject: str, evidence: str, verified_by: User | None
) -> IdentityVerification:
    with transaction.atomic():
        verification = IdentityVerification.objects.create(
            user=user,
            provider=provider,
            subject=subject,
            evidence=evidence,
            verified_by=verified_by,
        )
        User.objects.filter(pk=user.pk).update(assurance_level=AssuranceLevel.IDENTITY_VERIFIED)
        user.assurance_level = AssuranceLevel.IDENTITY_VERIFIED
        audit_record(
            action="accounts.identity_verified",
            target=user,
            data={"provider": provider, "evidence": evidence},
        )
    return verification


# --- API tokens ----------------------------------------------------------------------------


def api_token_create(*, user: User, name: str, days: int = 365) -> str:
    """Issue a bearer token for ``user``; returns the token, which is never stored."""
    token = "mdg_" + secrets.token_urlsafe(32)
    with transaction.atomic():
        created = ApiToken.objects.create(
            user=user,
            name=name,
            token_hash=hashlib.sha256(token.encode()).hexdigest(),
            prefix=token[:8],
            expires_at=timezone.now() + timedelta(days=days),
        )
        audit_record(
            action="accounts.api_token_created",
            target=created,
            actor=None,
            data={"user": user.pk, "name": name, "days": days},
        )
    return token


def api_token_user(*, token: str) -> User | None:
    """The active user a current, unrevoked token belongs to."""
    if not token.startswith("mdg_") or len(token) > 100:
        return None
    found = (
        ApiToken.objects.select_related("user")
        .filter(
            token_hash=hashlib.sha256(token.encode()).hexdigest(),
            revoked_at__isnull=True,
            expires_at__gt=timezone.now(),
            user__is_active=True,
        )
        .first()
    )
    if found is None:
        return None
    if found.last_used_at is None or timezone.now() - found.last_used_at > timedelta(minutes=5):
        ApiToken.objects.filter(pk=found.pk).update(last_used_at=timezone.now())
    return found.user


def api_token_revoke(*, user: User, prefix: str) -> int:
    with transaction.atomic():
        count = ApiToken.objects.filter(user=user, prefix=prefix, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )
        audit_record(
            action="accounts.api_token_revoked",
            actor=None,
            object_type="accounts.apitoken",
            object_id=prefix,
            data={"user": user.pk, "count": count},
        )
    return count
