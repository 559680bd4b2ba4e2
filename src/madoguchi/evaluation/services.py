"""Loading the master plan's structure (idempotent: loading twice changes nothing)."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from madoguchi.audit.services import audit_record
from madoguchi.evaluation.models import Initiative, Measure, Policy


def _i18n(entry: dict[str, Any]) -> dict[str, str]:
    return {"en": entry["title_en"]} if entry.get("title_en") else {}


def master_plan_load(*, policies: list[dict[str, Any]]) -> int:
    """Create or update policies, measures and initiatives; returns how many rows changed."""
    changed = 0
    with transaction.atomic():
        for p in policies:
            policy, created = Policy.objects.update_or_create(
                number=p["number"],
                defaults={
                    "title": p["title"],
                    "title_i18n": _i18n(p),
                    "summary": p.get("summary", ""),
                },
            )
            changed += int(created)
            for m in p.get("measures", []):
                measure, created = Measure.objects.update_or_create(
                    policy=policy,
                    number=m["number"],
                    defaults={"title": m["title"], "title_i18n": _i18n(m)},
                )
                changed += int(created)
                for i in m.get("initiatives", []):
                    _, created = Initiative.objects.update_or_create(
                        measure=measure,
                        number=i["number"],
                        defaults={"title": i["title"], "title_i18n": _i18n(i)},
                    )
                    changed += int(created)
        if changed:
            audit_record(
                action="evaluation.master_plan_loaded", actor=None, data={"created": changed}
            )
    return changed
