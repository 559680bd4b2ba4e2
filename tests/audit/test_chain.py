"""The audit trail is an append-only hash chain: tampering anywhere is detected."""

from __future__ import annotations

import threading

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from madoguchi.audit.models import AppendOnlyError, AuditRecord
from madoguchi.audit.selectors import audit_chain_verify, audit_history
from madoguchi.audit.services import audit_record

pytestmark = pytest.mark.django_db


def _write(n: int) -> list[AuditRecord]:
    return [
        audit_record(
            action="test.event",
            object_type="test.thing",
            object_id=str(i),
            data={"i": i, "名前": "港"},
            actor=None,
        )
        for i in range(n)
    ]


def test_chain_links_each_record_to_the_previous_one() -> None:
    # given
    records = _write(3)
    # when
    result = audit_chain_verify()
    # then
    assert result.ok and result.checked == 3
    assert [r.seq for r in records] == [1, 2, 3]
    assert records[1].prev_hash == records[0].hash
    assert records[2].prev_hash == records[1].hash


def test_altered_record_is_named_by_verify() -> None:
    # given
    records = _write(5)
    # when: someone edits record #3 directly in the database
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {AuditRecord._meta.db_table} SET action = %s WHERE id = %s",
            ["test.innocent", records[2].pk],
        )
    # then
    result = audit_chain_verify()
    assert not result.ok
    assert result.broken_seq == 3
    assert result.broken_id == records[2].pk
    assert result.checked == 2


def test_altered_data_field_is_detected() -> None:
    # given
    records = _write(2)
    # when
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {AuditRecord._meta.db_table} SET data = %s WHERE id = %s",
            ['{"i": 99}', records[0].pk],
        )
    # then
    assert audit_chain_verify().broken_seq == 1


def test_deleted_record_in_the_middle_is_detected() -> None:
    # given
    records = _write(4)
    # when
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {AuditRecord._meta.db_table} WHERE id = %s", [records[1].pk])
    # then
    result = audit_chain_verify()
    assert not result.ok and result.broken_seq == 2


def test_deleted_last_record_is_detected_through_the_chain_head() -> None:
    # given
    records = _write(3)
    # when
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {AuditRecord._meta.db_table} WHERE id = %s", [records[2].pk])
    # then
    result = audit_chain_verify()
    assert not result.ok and result.broken_seq == 3


def test_the_orm_refuses_to_update_or_delete_records() -> None:
    # given
    record = _write(1)[0]
    # when / then
    record.action = "changed"
    with pytest.raises(AppendOnlyError):
        record.save()
    with pytest.raises(AppendOnlyError):
        record.delete()
    with pytest.raises(AppendOnlyError):
        AuditRecord.objects.filter(pk=record.pk).update(action="changed")
    with pytest.raises(AppendOnlyError):
        AuditRecord.objects.all().delete()
    assert audit_chain_verify().ok


def test_verify_command_exits_zero_then_fails_naming_the_record(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # given
    records = _write(3)
    # when
    call_command("audit", "verify")
    # then
    assert "3 records verified" in capsys.readouterr().out
    # when
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {AuditRecord._meta.db_table} SET object_id = %s WHERE id = %s",
            ["x", records[1].pk],
        )
    # then
    with pytest.raises(CommandError, match=r"record #2 \(id \d+\)"):
        call_command("audit", "verify")


def test_history_lists_one_objects_records_in_order(make_resident) -> None:  # type: ignore[no-untyped-def]
    # given
    user = make_resident()
    other = make_resident()
    audit_record(action="a.first", target=user, actor=None)
    audit_record(action="a.other", target=other, actor=None)
    audit_record(action="a.second", target=user, actor=None)
    # when
    history = list(audit_history(target=user).values_list("action", flat=True))
    # then
    assert history == ["a.first", "a.second"]


def test_record_keeps_actor_role_and_address(make_staff) -> None:  # type: ignore[no-untyped-def]
    # given
    clerk = make_staff("counter_clerk")
    # when
    record = audit_record(action="x.y", actor=clerk, ip="192.0.2.7")
    # then
    assert record.actor_id == clerk.pk
    assert record.actor_role == "counter_clerk"
    assert record.ip == "192.0.2.7"


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="SQLite's in-memory test database serialises writers itself; runs on PostgreSQL in CI",
)
def test_concurrent_appends_keep_one_unbroken_chain() -> None:
    # given: several threads appending at once, each in its own connection
    errors: list[BaseException] = []

    def append_many() -> None:
        try:
            for _ in range(10):
                audit_record(action="concurrent", actor=None)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=append_many) for _ in range(4)]
    # when
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # then
    assert errors == []
    result = audit_chain_verify()
    assert result.ok, result.reason
    assert AuditRecord.objects.filter(action="concurrent").count() == 40
