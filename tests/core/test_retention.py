"""Retention is enforced by a job: expired rows go, fresh ones stay, and it is audited."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone

from madoguchi.accounts.models import LoginAttempt, User
from madoguchi.audit.models import AuditRecord
from madoguchi.audit.selectors import audit_chain_verify

pytestmark = pytest.mark.django_db


def test_retention_deletes_only_what_has_expired(make_resident: Any, capsys: Any) -> None:
    # given
    old = timezone.now() - timedelta(days=91)
    LoginAttempt.objects.create(email="a@example.jp", attempted_at=old)
    LoginAttempt.objects.create(email="b@example.jp")
    stale = make_resident(verified=False)
    User.objects.filter(pk=stale.pk).update(date_joined=timezone.now() - timedelta(days=8))
    fresh_unverified = make_resident(verified=False)
    verified_old = make_resident()
    User.objects.filter(pk=verified_old.pk).update(date_joined=timezone.now() - timedelta(days=400))
    # when
    call_command("retention")
    # then
    assert list(LoginAttempt.objects.values_list("email", flat=True)) == ["b@example.jp"]
    assert not User.objects.filter(pk=stale.pk).exists()
    assert User.objects.filter(pk__in=[fresh_unverified.pk, verified_old.pk]).count() == 2
    assert AuditRecord.objects.filter(action="retention.unverified_accounts_purged").count() == 1
    assert "accounts.login_attempts: 1 deleted" in capsys.readouterr().out
    assert audit_chain_verify().ok
