"""Reading the audit trail: verifying the chain and listing an object's history."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import QuerySet

from madoguchi.audit.models import GENESIS_HASH, AuditChainHead, AuditRecord
from madoguchi.audit.services import hash_of, object_label


@dataclass(frozen=True)
class ChainVerification:
    ok: bool
    checked: int
    broken_seq: int | None = None
    broken_id: int | None = None
    reason: str = ""


def audit_chain_verify() -> ChainVerification:
    """Walk the whole chain in order; report the first record that does not hold."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    checked = 0
    for record in AuditRecord.objects.order_by("seq").iterator(chunk_size=2000):
        if record.seq != expected_seq:
            return ChainVerification(
                False,
                checked,
                expected_seq,
                None,
                f"record #{expected_seq} is missing (found #{record.seq} instead)",
            )
        if record.prev_hash != expected_prev:
            return ChainVerification(
                False, checked, record.seq, record.pk, "previous-hash link does not match"
            )
        if hash_of(record) != record.hash:
            return ChainVerification(
                False, checked, record.seq, record.pk, "content does not match its hash"
            )
        expected_prev = record.hash
        expected_seq += 1
        checked += 1
    head = AuditChainHead.objects.filter(pk=1).first()
    if head is not None and (head.last_seq != checked or head.last_hash != expected_prev):
        return ChainVerification(
            False,
            checked,
            checked + 1,
            None,
            f"the chain ends at #{checked} but its head says #{head.last_seq}: "
            "records were removed",
        )
    return ChainVerification(True, checked)


def audit_history(*, target: models.Model) -> QuerySet[AuditRecord]:
    """Every record about one object, oldest first."""
    object_type, object_id = object_label(target)
    return AuditRecord.objects.filter(object_type=object_type, object_id=object_id).order_by("seq")


def audit_records_list(*, viewer: object, action_prefix: str = "") -> QuerySet[AuditRecord]:
    """The whole trail, newest first: administrators only."""
    has_role = getattr(viewer, "has_staff_role", None)
    if not callable(has_role) or not has_role("administrator"):
        raise PermissionDenied
    records = AuditRecord.objects.order_by("-seq")
    if action_prefix:
        records = records.filter(action__startswith=action_prefix)
    return records
