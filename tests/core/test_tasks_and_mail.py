"""Background work: mail goes through the database task queue and the real worker command."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command
from django.db import transaction
from django_tasks import task_backends

from madoguchi.core.mail import mailbox_messages, send_email_task
from madoguchi.core.tasks import enqueue_on_commit

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def database_tasks(settings: Any) -> Any:
    # django_tasks resets its backends when the TASKS setting changes.
    settings.TASKS = DB_TASKS
    assert type(task_backends["default"]).__name__ == "DatabaseBackend"
    return settings


@pytest.mark.django_db(transaction=True)
def test_mail_enqueued_in_a_transaction_is_sent_by_the_worker(database_tasks: Any) -> None:
    # given
    from django_tasks_db.models import DBTaskResult

    with transaction.atomic():
        enqueue_on_commit(send_email_task, subject="件名", body="本文です", to=["a@example.jp"])
        assert DBTaskResult.objects.count() == 0  # nothing before commit
    assert DBTaskResult.objects.count() == 1
    assert mailbox_messages() == []
    # when
    call_command("db_worker", "--batch", "--no-startup-delay", "--queue-name", "*", verbosity=0)
    # then
    mails = mailbox_messages(recipient="a@example.jp")
    assert [m.subject for m in mails] == ["件名"]
    assert "本文です" in mails[0].body


@pytest.mark.django_db(transaction=True)
def test_rolled_back_change_sends_nothing(database_tasks: Any) -> None:
    # given
    from django_tasks_db.models import DBTaskResult

    # when
    with pytest.raises(RuntimeError), transaction.atomic():
        enqueue_on_commit(send_email_task, subject="x", body="y", to=["b@example.jp"])
        raise RuntimeError("rollback")
    # then
    assert DBTaskResult.objects.count() == 0


def test_maildir_keeps_utf8_subjects_and_bodies(settings: Any) -> None:
    # when
    from django.core.mail import send_mail

    send_mail("【港区】確認", "こんにちは 안녕하세요 你好", None, ["c@example.jp"])
    # then
    mail = mailbox_messages(recipient="c@example.jp")[0]
    assert mail.subject == "【港区】確認"
    assert "안녕하세요" in mail.body and "你好" in mail.body
