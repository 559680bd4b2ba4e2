"""Changes to form definitions: drafts, publishing, import. Each change is audited.

Publishing retires the previous published version instead of changing it: applications keep
pointing at the exact version they were made with.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from madoguchi.accounts.models import User
from madoguchi.accounts.permissions import can_act_for_department, require_capability
from madoguchi.audit.services import audit_record
from madoguchi.formengine.definition import DefinitionError, Problem, definition_problems
from madoguchi.formengine.models import FormVersion
from madoguchi.procedures.models import Procedure

MAX_DEFINITION_BYTES = 512 * 1024


def _check_actor(actor: User | None, procedure: Procedure) -> None:
    if actor is None:
        return  # the system (demo loader, migrations)
    require_capability(actor, "forms.manage")
    if not can_act_for_department(actor, procedure.department):
        raise PermissionDenied("forms.manage")


def definition_parse(*, text: str | bytes) -> dict[str, Any]:
    """A definition from an uploaded or pasted JSON document, or :class:`DefinitionError`."""
    if len(text) > MAX_DEFINITION_BYTES:
        raise DefinitionError([Problem("$", "the file is larger than 512 KB")])
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise DefinitionError([Problem("$", f"not valid JSON: {exc}")]) from exc
    problems = definition_problems(data)
    if problems:
        raise DefinitionError(problems)
    assert isinstance(data, dict)
    return data


def definition_export(*, version: FormVersion) -> str:
    return json.dumps(version.definition, ensure_ascii=False, indent=2) + "\n"


def form_draft_save(
    *, procedure: Procedure, definition: dict[str, Any], actor: User | None
) -> FormVersion:
    """Create or replace the procedure's draft version."""
    _check_actor(actor, procedure)
    problems = definition_problems(definition)
    if problems:
        raise DefinitionError(problems)
    with transaction.atomic():
        Procedure.objects.select_for_update().get(pk=procedure.pk)
        draft = procedure.form_versions.filter(status=FormVersion.Status.DRAFT).first()
        if draft is None:
            number = (procedure.form_versions.aggregate(n=Max("number"))["n"] or 0) + 1
            draft = FormVersion.objects.create(
                procedure=procedure,
                number=number,
                definition=definition,
                created_by=actor,
            )
        else:
            draft.definition = definition
            draft.save(update_fields=["definition"])
        audit_record(
            action="form.draft_saved",
            target=draft,
            actor=actor,
            data={"procedure": procedure.code, "number": draft.number},
        )
    return draft


def form_draft_from_published(*, procedure: Procedure, actor: User | None) -> FormVersion:
    """Start a draft as a copy of what is published (or return the existing draft)."""
    draft = procedure.form_versions.filter(status=FormVersion.Status.DRAFT).first()
    if draft is not None:
        return draft
    published = procedure.form_versions.filter(status=FormVersion.Status.PUBLISHED).first()
    definition = (
        published.definition
        if published
        else {
            "schema": 1,
            "steps": [
                {
                    "key": "applicant",
                    "title": {
                        "ja": "申請者",
                        "en": "Applicant",
                        "zh-hans": "申请人",
                        "ko": "신청인",
                    },
                    "items": [
                        {
                            "key": "applicant.name",
                            "type": "text",
                            "required": True,
                            "max_length": 50,
                            "label": {
                                "ja": "氏名",
                                "en": "Full name",
                                "zh-hans": "姓名",
                                "ko": "성명",
                            },
                        }
                    ],
                }
            ],
        }
    )
    return form_draft_save(procedure=procedure, definition=definition, actor=actor)


def form_publish(*, procedure: Procedure, actor: User | None) -> FormVersion:
    """Publish the draft; the version published before is retired, never changed."""
    _check_actor(actor, procedure)
    with transaction.atomic():
        Procedure.objects.select_for_update().get(pk=procedure.pk)
        draft = procedure.form_versions.filter(status=FormVersion.Status.DRAFT).first()
        if draft is None:
            raise DefinitionError([Problem("$", "there is no draft to publish")])
        problems = definition_problems(draft.definition)
        if problems:
            raise DefinitionError(problems)
        procedure.form_versions.filter(status=FormVersion.Status.PUBLISHED).update(
            status=FormVersion.Status.RETIRED
        )
        draft.status = FormVersion.Status.PUBLISHED
        draft.published_at = timezone.now()
        draft.save(update_fields=["status", "published_at"])
        audit_record(
            action="form.published",
            target=draft,
            actor=actor,
            data={"procedure": procedure.code, "number": draft.number},
        )
    return draft


def form_load(*, procedure: Procedure, definition: dict[str, Any]) -> FormVersion:
    """Demo and import: publish ``definition`` unless the published version already equals it."""
    published = procedure.form_versions.filter(status=FormVersion.Status.PUBLISHED).first()
    if published is not None and published.definition == definition:
        return published
    form_draft_save(procedure=procedure, definition=definition, actor=None)
    return form_publish(procedure=procedure, actor=None)
