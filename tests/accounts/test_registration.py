"""Residents register with email verification; passwords follow ASVS L2."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import signing
from django.urls import reverse

from madoguchi.accounts.models import AssuranceLevel, User
from madoguchi.accounts.services import EMAIL_VERIFICATION_SALT
from madoguchi.audit.models import AuditRecord

pytestmark = pytest.mark.django_db

GOOD_PASSWORD = "港区の空は今日も青い-2026"


def _register(client: Any, django_capture_on_commit_callbacks: Any, **overrides: str) -> Any:
    data = {
        "display_name": "港 太郎",
        "email": "taro@example.jp",
        "password": GOOD_PASSWORD,
        "password_again": GOOD_PASSWORD,
        "agree": "on",
        **overrides,
    }
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(reverse("accounts:register"), data)


def _link_in(body: str) -> str:
    match = re.search(r"https?://\S+/verify/\S+/", body)
    assert match, body
    return match.group(0)


def test_register_sends_a_verification_link_that_activates_login(
    client: Any, django_capture_on_commit_callbacks: Any, read_mail: Any
) -> None:
    # given
    response = _register(client, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    user = User.objects.get(email="taro@example.jp")
    assert user.assurance_level == AssuranceLevel.UNVERIFIED
    # when: logging in before verifying is refused with a clear message
    refused = client.post(
        reverse("accounts:login"), {"email": "taro@example.jp", "password": GOOD_PASSWORD}
    )
    # then
    assert refused.status_code == 400
    assert "メールアドレスの確認" in refused.content.decode()
    # when: the link from the mailbox is opened
    mails = read_mail("taro@example.jp")
    assert len(mails) == 1
    link = _link_in(mails[0].body)
    verified = client.get(link.split("8000", 1)[-1] if "8000" in link else link)
    # then
    assert verified.status_code == 302
    user.refresh_from_db()
    assert user.assurance_level == AssuranceLevel.EMAIL_VERIFIED
    login = client.post(
        reverse("accounts:login"), {"email": "TARO@example.jp", "password": GOOD_PASSWORD}
    )
    assert login.status_code == 302
    assert login.url == reverse("accounts:mypage")
    assert AuditRecord.objects.filter(
        action="accounts.email_verified", object_id=str(user.pk)
    ).exists()


def test_mail_is_written_in_the_language_of_the_page(
    client: Any, django_capture_on_commit_callbacks: Any, read_mail: Any
) -> None:
    # given
    client.get("/en/")
    # when
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/en/accounts/register/",
            {
                "display_name": "Taro",
                "email": "en@example.jp",
                "password": GOOD_PASSWORD,
                "password_again": GOOD_PASSWORD,
                "agree": "on",
            },
        )
    # then
    mail = read_mail("en@example.jp")[0]
    assert "Confirm your email address" in mail.subject
    assert "/en/accounts/verify/" in mail.body


def test_registering_an_existing_address_reveals_nothing_and_creates_nothing(
    client: Any, django_capture_on_commit_callbacks: Any, read_mail: Any, make_resident: Any
) -> None:
    # given
    make_resident(email="taken@example.jp")
    # when
    response = _register(client, django_capture_on_commit_callbacks, email="taken@example.jp")
    # then: the same "check your email" page, one account, and a warning mail to the owner
    assert response.status_code == 302 and response.url == reverse("accounts:register_done")
    assert User.objects.filter(email="taken@example.jp").count() == 1
    mails = read_mail("taken@example.jp")
    assert len(mails) == 1 and "既にアカウント" in mails[0].subject


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short-pass1", "12"),
        ("password1234", "一般的すぎます"),
        ("x" * 1025, "1024"),
    ],
)
def test_weak_or_absurd_passwords_are_refused_and_nothing_is_created(
    client: Any, django_capture_on_commit_callbacks: Any, password: str, message: str
) -> None:
    # when
    response = _register(
        client, django_capture_on_commit_callbacks, password=password, password_again=password
    )
    # then
    assert response.status_code == 200
    body = response.content.decode()
    assert message in body
    assert "<title>エラー:" in body
    assert not User.objects.filter(email="taro@example.jp").exists()


def test_a_128_character_passphrase_is_accepted(
    client: Any, django_capture_on_commit_callbacks: Any
) -> None:
    # given
    long = ("minato " * 19)[:128]
    assert len(long) == 128
    # when
    response = _register(
        client, django_capture_on_commit_callbacks, password=long, password_again=long
    )
    # then
    assert response.status_code == 302
    assert User.objects.get(email="taro@example.jp").check_password(long)


def test_form_errors_keep_the_answers(client: Any, django_capture_on_commit_callbacks: Any) -> None:
    # when
    response = _register(
        client, django_capture_on_commit_callbacks, password_again="different password 123"
    )
    # then
    body = response.content.decode()
    assert 'value="taro@example.jp"' in body
    assert 'value="港 太郎"' in body
    assert 'href="#id_password_again"' in body
    assert 'aria-invalid="true"' in body


def test_tampered_or_expired_links_are_refused(client: Any, make_resident: Any) -> None:
    # given
    user = make_resident(verified=False)
    token = signing.dumps(
        {"u": user.pk, "e": "someone-else@example.jp"}, salt=EMAIL_VERIFICATION_SALT
    )
    # when
    response = client.get(reverse("accounts:verify_email", args=[token]))
    bad = client.get(reverse("accounts:verify_email", args=["not-a-token"]))
    # then
    assert response.status_code == 400 and bad.status_code == 400
    user.refresh_from_db()
    assert user.email_verified_at is None
