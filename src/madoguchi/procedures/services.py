"""Changes to the procedure catalog. Every change rebuilds the procedure's search index and
is audited in the same transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from madoguchi.accounts.models import Department, User
from madoguchi.accounts.permissions import can_act_for_department, require_capability
from madoguchi.audit.services import audit_record
from madoguchi.core import search
from madoguchi.procedures.life_events import LIFE_EVENTS
from madoguchi.procedures.models import ApplicationWindow, LifeEvent, OfflineReason, Procedure

LANGUAGES = ("en", "zh-hans", "ko")


def procedure_reindex(*, procedure: Procedure) -> None:
    """Rebuild the normalised search text from every language's name, summary and keywords."""
    texts = [procedure.name, procedure.summary, *procedure.keywords]
    texts += [str(v) for v in procedure.name_i18n.values()]
    texts += [str(v) for v in procedure.summary_i18n.values()]
    procedure.search_index = search.index_text(texts)


def life_events_load() -> int:
    created = 0
    for order, event in enumerate(LIFE_EVENTS, start=1):
        _, made = LifeEvent.objects.update_or_create(
            code=event["code"],
            defaults={
                "name": event["name"],
                "name_i18n": {lang: event[lang] for lang in LANGUAGES},
                "sort_order": order,
            },
        )
        created += int(made)
    return created


def _i18n(entry: dict[str, Any], field: str) -> dict[str, str]:
    return {
        "en": entry.get(f"{field}_en", ""),
        "zh-hans": entry.get(f"{field}_zh_hans", ""),
        "ko": entry.get(f"{field}_ko", ""),
    }


def catalog_load(*, procedures: list[dict[str, Any]]) -> int:
    """Create or update procedures from data (the demo catalog); idempotent."""
    created_total = 0
    with transaction.atomic():
        life_events_load()
        events = {e.code: e for e in LifeEvent.objects.all()}
        departments = {d.code: d for d in Department.objects.all()}
        for entry in procedures:
            fee = entry.get("fee") or {}
            defaults = {
                "name": entry["name"],
                "name_i18n": _i18n(entry, "name"),
                "summary": entry.get("summary", ""),
                "summary_i18n": _i18n(entry, "summary"),
                "department": departments[entry["department"]],
                "category": entry["category"],
                "eligibility": entry.get("eligibility", ""),
                "identity_level": entry.get("identity_level", "email"),
                "documents": entry.get("documents", []),
                "fee_kind": fee.get("kind", "free"),
                "fee_yen": fee.get("amount_yen"),
                "fee_note": fee.get("note", ""),
                "processing_days": entry.get("processing_days", 0),
                "legal_basis": entry.get("legal_basis", ""),
                "online": bool(entry.get("online")),
                "offline_reason": ""
                if entry.get("online")
                else entry.get("offline_reason") or "not_yet",
                "offline_reason_text": entry.get("offline_reason_text", ""),
                "where_instead": entry.get("where_instead", ""),
                "keywords": entry.get("keywords", []),
                "deadline_rule": entry.get("deadline_rule", ""),
                "retention_years": entry.get("retention_years", 5),
            }
            procedure = Procedure.objects.filter(code=entry["code"]).first()
            if procedure is None:
                procedure = Procedure(code=entry["code"], **defaults)
                created_total += 1
            else:
                for key, value in defaults.items():
                    setattr(procedure, key, value)
            procedure_reindex(procedure=procedure)
            procedure.full_clean(exclude=["department"])
            procedure.save()
            procedure.life_events.set([events[c] for c in entry.get("life_events", [])])
            window = entry.get("window")
            if window and not procedure.windows.exists():
                ApplicationWindow.objects.create(
                    procedure=procedure,
                    opens_at=datetime.fromisoformat(window["opens"]),
                    closes_at=datetime.fromisoformat(window["closes"]),
                    capacity=window.get("capacity"),
                    mode=window.get("mode", "first_come"),
                )
        if created_total:
            audit_record(
                action="procedures.catalog_loaded", actor=None, data={"created": created_total}
            )
    return created_total


def procedure_set_online(
    *, procedure: Procedure, online: bool, offline_reason: str = "", offline_reason_text: str = ""
) -> Procedure:
    """Mark a procedure as applicable online, or record why it is not."""
    if online and offline_reason:
        raise ValidationError("An online procedure has no offline reason.")
    if not online and (not offline_reason or offline_reason not in OfflineReason.values):
        raise ValidationError("Give the reason why the procedure cannot be done online.")
    with transaction.atomic():
        before = {"online": procedure.online, "offline_reason": procedure.offline_reason}
        procedure.online = online
        procedure.offline_reason = "" if online else offline_reason
        procedure.offline_reason_text = "" if online else offline_reason_text
        procedure.save(
            update_fields=["online", "offline_reason", "offline_reason_text", "updated_at"]
        )
        audit_record(
            action="procedures.online_status_changed",
            target=procedure,
            data={
                "before": before,
                "after": {"online": online, "offline_reason": procedure.offline_reason},
            },
        )
    return procedure


EDITABLE_FIELDS = (
    "online",
    "offline_reason",
    "offline_reason_text",
    "where_instead",
    "fee_kind",
    "fee_yen",
    "fee_note",
    "processing_days",
    "published",
)


def procedure_update(*, actor: User, procedure: Procedure, changes: dict[str, Any]) -> Procedure:
    """Staff edit of a procedure's catalog entry, checked against the actor's departments and
    audited with the values before and after."""
    require_capability(actor, "procedures.manage")
    if not can_act_for_department(actor, procedure.department):
        raise PermissionDenied("department")
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"Not editable here: {sorted(unknown)}")
    with transaction.atomic():
        locked = Procedure.objects.select_for_update().get(pk=procedure.pk)
        before = {field: getattr(locked, field) for field in changes}
        for field, value in changes.items():
            setattr(locked, field, value)
        if locked.online:
            locked.offline_reason = ""
        locked.full_clean(exclude=["department"])
        locked.save()
        audit_record(
            action="procedures.updated",
            target=locked,
            actor=actor,
            data={"before": before, "after": {f: getattr(locked, f) for f in changes}},
        )
    return locked


def procedure_create(
    *,
    actor: User,
    code: str,
    name: str,
    name_i18n: dict[str, str],
    summary: str,
    department: Department,
    category: str,
    identity_level: str,
    processing_days: int,
    retention_years: int,
) -> Procedure:
    """A new catalog entry, created by staff for one of their departments. It starts as "not
    yet online" until a form is published for it and staff switch it online."""
    require_capability(actor, "procedures.manage")
    if not can_act_for_department(actor, department):
        raise PermissionDenied("department")
    with transaction.atomic():
        if Procedure.objects.filter(code=code).exists():
            raise ValidationError({"code": "taken"})
        procedure = Procedure(
            code=code,
            name=name,
            name_i18n={k: v for k, v in name_i18n.items() if v},
            summary=summary,
            department=department,
            category=category,
            identity_level=identity_level,
            processing_days=processing_days,
            retention_years=retention_years,
            online=False,
            offline_reason=OfflineReason.NOT_YET,
        )
        procedure_reindex(procedure=procedure)
        procedure.full_clean()
        procedure.save()
        audit_record(
            action="procedures.created",
            target=procedure,
            actor=actor,
            data={"code": code, "department": department.code},
        )
    return procedure
