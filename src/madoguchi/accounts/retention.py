"""How long account data is kept."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from madoguchi.accounts.models import LoginAttempt, User, UserKind
from madoguchi.audit.services import audit_record
from madoguchi.core.retention import retention_rule

LOGIN_ATTEMPT_DAYS = 90
UNVERIFIED_ACCOUNT_DAYS = 7


@retention_rule("accounts.login_attempts", f"Login attempts older than {LOGIN_ATTEMPT_DAYS} days")
def purge_login_attempts() -> int:
    cutoff = timezone.now() - timedelta(days=LOGIN_ATTEMPT_DAYS)
    with transaction.atomic():
        deleted, _ = LoginAttempt.objects.filter(attempted_at__lt=cutoff).delete()
        if deleted:
            audit_record(
                action="retention.login_attempts_purged", actor=None, data={"count": deleted}
            )
    return deleted


@retention_rule(
    "accounts.unverified_residents",
    f"Resident accounts whose email was never verified, after {UNVERIFIED_ACCOUNT_DAYS} days",
)
def purge_unverified_residents() -> int:
    cutoff = timezone.now() - timedelta(days=UNVERIFIED_ACCOUNT_DAYS)
    with transaction.atomic():
        expired = User.objects.filter(
            kind=UserKind.RESIDENT, email_verified_at__isnull=True, date_joined__lt=cutoff
        )
        ids = list(expired.values_list("pk", flat=True))
        if ids:
            User.objects.filter(pk__in=ids).delete()
            audit_record(
                action="retention.unverified_accounts_purged", actor=None, data={"ids": ids}
            )
    return len(ids)
