"""Shared fixtures: factories for users and staff, the demo mailbox, a TOTP helper."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyotp
import pytest
from django.utils import timezone

from madoguchi.accounts.models import AssuranceLevel, Department, User, UserKind
from madoguchi.accounts.services import StaffRoleGrant, staff_create, totp_device_set_demo_secret
from madoguchi.core.mail import StoredMail, mailbox_messages

pytest_plugins = ["tests.application_fixtures"]

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _japanese_by_default() -> Any:
    """Each test starts in Japanese: a request in another language must not leak into the
    next test's reverse() calls."""
    from django.utils import translation

    with translation.override("ja"):
        yield


@pytest.fixture(autouse=True)
def _isolated_mailbox(settings: Any, tmp_path: Path) -> Path:
    # pytest-django swaps in Django's in-memory backend; the tests read the real demo mailbox.
    settings.EMAIL_BACKEND = "madoguchi.core.mail.MaildirBackend"
    settings.MADOGUCHI_MAILBOX_DIR = tmp_path / "mailbox"
    return settings.MADOGUCHI_MAILBOX_DIR


@pytest.fixture(autouse=True)
def _isolated_storage(settings: Any, tmp_path: Path) -> Path:
    # Attachments and CSV drops go to this test's own folders, never to ./var.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "storage", "base_url": None},
        },
    }
    settings.MADOGUCHI_EXPORT_DIR = tmp_path / "exports"
    settings.MADOGUCHI_DATASTORE_DIR = tmp_path / "datastore"
    return tmp_path / "storage"


@pytest.fixture
def read_mail() -> Callable[[str], list[StoredMail]]:
    return lambda recipient: mailbox_messages(recipient=recipient)


@pytest.fixture
def make_department(db: None) -> Callable[..., Department]:
    counter = {"n": 0}

    def make(code: str | None = None, parent: Department | None = None, **extra: Any) -> Department:
        counter["n"] += 1
        code = code or f"dept-{counter['n']}"
        kind = Department.Kind.SECTION if parent else Department.Kind.DEPARTMENT
        return Department.objects.create(
            code=code,
            name=extra.pop("name", f"部署{counter['n']}"),
            kind=kind,
            parent=parent,
            **extra,
        )

    return make


@pytest.fixture
def make_resident(db: None) -> Callable[..., User]:
    counter = {"n": 0}

    def make(email: str | None = None, verified: bool = True, **extra: Any) -> User:
        counter["n"] += 1
        return User.objects.create_user(
            email or f"resident{counter['n']}@example.jp",
            PASSWORD,
            display_name=extra.pop("display_name", f"区民{counter['n']}"),
            kind=UserKind.RESIDENT,
            email_verified_at=timezone.now() if verified else None,
            assurance_level=AssuranceLevel.EMAIL_VERIFIED
            if verified
            else AssuranceLevel.UNVERIFIED,
            **extra,
        )

    return make


TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


@pytest.fixture
def make_staff(db: None, make_department: Callable[..., Department]) -> Callable[..., User]:
    counter = {"n": 0}

    def make(role: str, department: Department | None = None, enrolled: bool = True) -> User:
        counter["n"] += 1
        department = department or make_department()
        user = staff_create(
            email=f"staff{counter['n']}@city.example.jp",
            password=PASSWORD,
            display_name=f"職員{counter['n']}",
            grants=[StaffRoleGrant(department=department, role=role)],
        )
        if enrolled:
            totp_device_set_demo_secret(user=user, secret=TOTP_SECRET)
        return user

    return make


@pytest.fixture
def totp_now() -> Callable[[], str]:
    return lambda: pyotp.TOTP(TOTP_SECRET).now()


@pytest.fixture
def staff_client(client: Any, make_staff: Callable[..., User]) -> Callable[..., Any]:
    """A test client logged in as staff with two-factor verification done in this session."""

    def login(role: str, department: Department | None = None) -> Any:
        user = make_staff(role, department)
        client.force_login(user)
        session = client.session
        session["madoguchi_otp_verified"] = True
        session.save()
        client.user = user
        return client

    return login


@pytest.fixture
def wsgi_keeps_test_connection() -> Any:
    """Calling the real WSGI application (as schemathesis does) fires request_finished, whose
    close_old_connections would close the connection holding the test's transaction on
    PostgreSQL. Django's own test client disconnects it the same way."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)
