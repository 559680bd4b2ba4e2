"""Accounts, the city's organisation and staff roles.

Residents and staff share one user model (email as login). Staff belong to departments or
sections (組織) with roles; what a role may do is decided in ``permissions.py`` and checked in
services and selectors, never only in views.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from madoguchi.core.crypto import EncryptedTextField
from madoguchi.core.i18n import localized


class UserKind(models.TextChoices):
    RESIDENT = "resident", _("Resident")
    STAFF = "staff", _("Staff")


class AssuranceLevel(models.IntegerChoices):
    """Identity assurance: what the city knows about who holds the account."""

    UNVERIFIED = 0, _("Email not verified")
    EMAIL_VERIFIED = 1, _("Email verified")
    IDENTITY_VERIFIED = 2, _("Identity verified")


class StaffRole(models.TextChoices):
    COUNTER_CLERK = "counter_clerk", _("Counter clerk")
    DEPARTMENT_OFFICER = "department_officer", _("Department officer")
    DEPARTMENT_MANAGER = "department_manager", _("Department manager")
    DATA_PUBLISHER = "data_publisher", _("Data publisher")
    POLICY_ANALYST = "policy_analyst", _("Policy analyst")
    ADMINISTRATOR = "administrator", _("Administrator")


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("kind", UserKind.STAFF)
        extra.setdefault("is_superuser", True)
        extra.setdefault("is_staff", True)
        extra.setdefault("email_verified_at", timezone.now())
        extra.setdefault("assurance_level", AssuranceLevel.EMAIL_VERIFIED)
        return self.create_user(email, password, **extra)

    def get_by_natural_key(self, username: str | None) -> User:
        return self.get(email__iexact=username or "")


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(_("name"), max_length=150, blank=True)
    kind = models.CharField(max_length=16, choices=UserKind.choices, default=UserKind.RESIDENT)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False, help_text="May use Django's admin site.")
    date_joined = models.DateTimeField(default=timezone.now)
    email_verified_at = models.DateTimeField(null=True, blank=True)
    assurance_level = models.PositiveSmallIntegerField(
        choices=AssuranceLevel.choices, default=AssuranceLevel.UNVERIFIED
    )
    preferred_language = models.CharField(max_length=10, blank=True)
    # Raised by "log out everywhere": it is part of the session hash, so every existing
    # session of this user stops verifying at its next request.
    session_generation = models.PositiveIntegerField(default=0)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []  # type: ignore[misc]

    class Meta:
        ordering = ["email"]

    def __str__(self) -> str:
        return self.display_name or self.email

    def get_session_auth_hash(self) -> str:
        key_salt = "madoguchi.accounts.User.get_session_auth_hash"
        return salted_hmac(
            key_salt, f"{self.password}:{self.session_generation}", algorithm="sha256"
        ).hexdigest()

    @property
    def is_staff_member(self) -> bool:
        return self.kind == UserKind.STAFF

    def staff_roles(self) -> set[str]:
        if not self.is_staff_member:
            return set()
        cached: set[str] | None = getattr(self, "_staff_roles_cache", None)
        if cached is None:
            cached = set(self.memberships.values_list("role", flat=True))
            self._staff_roles_cache = cached
        return cached

    def has_staff_role(self, role: str) -> bool:
        return self.is_active and role in self.staff_roles()

    def audit_role_label(self) -> str:
        if not self.is_staff_member:
            return "resident"
        return ",".join(sorted(self.staff_roles())) or "staff"


class Department(models.Model):
    """A unit of the city's organisation: a department (部), branch office (総合支所) or a
    section (課・担当) under one of them."""

    class Kind(models.TextChoices):
        DEPARTMENT = "department", _("Department")
        BRANCH = "branch", _("Branch office")
        SECTION = "section", _("Section")

    code = models.SlugField(max_length=64, unique=True)
    name = models.CharField(max_length=120, help_text="Official Japanese name.")
    name_i18n = models.JSONField(
        default=dict, blank=True, help_text='Translations by language code, e.g. {"en": "..."}'
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "code"]

    def __str__(self) -> str:
        return self.localized_name

    @property
    def localized_name(self) -> str:
        return localized(self.name, self.name_i18n)


class StaffMembership(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="memberships")
    role = models.CharField(max_length=32, choices=StaffRole.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "department", "role"], name="unique_staff_membership"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.department} ({self.get_role_display()})"


class TOTPDevice(models.Model):
    """A staff member's authenticator app (RFC 6238, 30-second steps, 6 digits)."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="totp_device")
    secret = EncryptedTextField()
    confirmed_at = models.DateTimeField(null=True, blank=True)
    # The last accepted time step: a code is never accepted twice (replay protection).
    last_used_step = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"TOTP for {self.user}"


class LoginAttempt(models.Model):
    """Recent login attempts, for throttling. Old rows are pruned by the retention job."""

    email = models.CharField(max_length=254, db_index=True)
    ip = models.GenericIPAddressField(null=True, blank=True, db_index=True)
    succeeded = models.BooleanField(default=False)
    attempted_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self) -> str:
        return f"{self.email} {self.attempted_at:%Y-%m-%d %H:%M} {self.succeeded}"


class IdentityVerification(models.Model):
    """Evidence that raised an account to identity-verified, from an identity provider."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="identity_verifications")
    provider = models.CharField(max_length=64)
    subject = models.CharField(max_length=255, blank=True, help_text="Provider's subject id.")
    evidence = models.CharField(max_length=255, blank=True)
    verified_at = models.DateTimeField(default=timezone.now)
    verified_by = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self) -> str:
        return f"{self.user} via {self.provider}"


class ApiToken(models.Model):
    """A bearer token for the JSON API, acting as its user (a staff integration account or a
    resident's app). Only the SHA-256 of the token is stored; the token is shown once."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    token_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8, help_text="First characters, to recognise it.")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"
