"""Writing to the audit chain. Every state-changing service calls ``audit_record`` inside its
own transaction, so that the change and its record commit or roll back together."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils import timezone

from madoguchi.audit import context
from madoguchi.audit.models import AuditChainHead, AuditRecord


def _canonical_data(data: dict[str, Any] | None) -> dict[str, Any]:
    """Data as it will read back from any database's JSON column."""
    result: dict[str, Any] = json.loads(json.dumps(data or {}, cls=DjangoJSONEncoder))
    return result


def record_hash(
    *,
    seq: int,
    occurred_at: datetime,
    actor_id: int | None,
    actor_role: str,
    ip: str | None,
    action: str,
    object_type: str,
    object_id: str,
    data: dict[str, Any],
    prev_hash: str,
) -> str:
    payload = {
        "seq": seq,
        "occurred_at": occurred_at.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor_id": actor_id,
        "actor_role": actor_role,
        "ip": ip,
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "data": data,
        "prev_hash": prev_hash,
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def hash_of(record: AuditRecord) -> str:
    return record_hash(
        seq=record.seq,
        occurred_at=record.occurred_at,
        actor_id=record.actor_id,
        actor_role=record.actor_role,
        ip=record.ip,
        action=record.action,
        object_type=record.object_type,
        object_id=record.object_id,
        data=record.data,
        prev_hash=record.prev_hash,
    )


def _resolve_actor(actor: Any) -> Any:
    if actor is not None and hasattr(actor, "resolve"):
        return actor.resolve()
    return actor


def actor_role_label(actor: Any) -> str:
    if actor is None:
        return "anonymous"
    label = getattr(actor, "audit_role_label", None)
    return label() if callable(label) else "user"


def object_label(target: models.Model) -> tuple[str, str]:
    return f"{target._meta.app_label}.{target._meta.model_name}", str(target.pk)


def audit_record(
    *,
    action: str,
    target: models.Model | None = None,
    object_type: str = "",
    object_id: str = "",
    data: dict[str, Any] | None = None,
    actor: Any = context.current,
    ip: str | object | None = context.current,
) -> AuditRecord:
    """Append one record to the chain.

    ``actor`` and ``ip`` default to the current request's; pass ``actor=None`` for the system.
    """
    ctx = context.current()
    actor_obj = _resolve_actor(ctx.actor) if actor is context.current else actor
    ip_value = ctx.ip if ip is context.current else ip
    if target is not None:
        object_type, object_id = object_label(target)
    # No savepoint: the record belongs to the caller's transaction, and a failure to write it
    # must fail the caller's change too.
    with transaction.atomic(savepoint=False):
        head, _ = AuditChainHead.objects.select_for_update().get_or_create(pk=1)
        seq = head.last_seq + 1
        occurred_at = timezone.now()
        clean = _canonical_data(data)
        actor_id = actor_obj.pk if actor_obj is not None else None
        role = actor_role_label(actor_obj)
        digest = record_hash(
            seq=seq,
            occurred_at=occurred_at,
            actor_id=actor_id,
            actor_role=role,
            ip=ip_value if isinstance(ip_value, str) else None,
            action=action,
            object_type=object_type,
            object_id=str(object_id),
            data=clean,
            prev_hash=head.last_hash,
        )
        record = AuditRecord.objects.create(
            seq=seq,
            occurred_at=occurred_at,
            actor_id=actor_id,
            actor_role=role,
            ip=ip_value if isinstance(ip_value, str) else None,
            action=action,
            object_type=object_type,
            object_id=str(object_id),
            data=clean,
            prev_hash=head.last_hash,
            hash=digest,
        )
        AuditChainHead.objects.filter(pk=head.pk).update(last_seq=seq, last_hash=digest)
    return record
