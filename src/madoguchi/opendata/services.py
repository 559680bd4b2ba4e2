"""Changes to the open data catalog: datasets, resources, loading the datastore, counting
downloads.

Every change is one transaction that also appends to the audit chain, bumps the catalog
generation (so each process's search index knows to rebuild) and rebuilds the dataset's CKAN
dictionary. Input arrives in CKAN's shape, from the Action API or from the staff pages, and is
validated in one place; a problem raises ``CatalogValidationError`` with CKAN-style errors
(field → messages) and changes nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import mimetypes
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date
from functools import partial
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from madoguchi.accounts.models import Department, User
from madoguchi.accounts.permissions import require_capability
from madoguchi.audit.services import audit_record
from madoguchi.core import search
from madoguchi.core.tasks import enqueue_on_commit
from madoguchi.opendata import csvfiles, datastore, standards
from madoguchi.opendata.licenses import DEFAULT_LICENSE, LICENSES
from madoguchi.opendata.models import (
    CatalogGeneration,
    Dataset,
    DatasetRevision,
    DatasetState,
    DatastoreState,
    Download,
    Frequency,
    Group,
    Resource,
)

NAME_RE = re.compile(r"^[a-z0-9_-]{2,100}$")
ORG_NAMESPACE = uuid.UUID("6f9f3c1e-7d3a-4c55-9a53-6d0c4b1f0a11")
TABULAR_FORMATS = {"CSV"}
TRANSLATED_LANGUAGES = ("en", "zh-hans", "ko")
EXTRA_KEYS = {
    "frequency",
    "temporal_start",
    "temporal_end",
    "spatial_text",
    "contact_name",
    "contact_email",
    "standard",
    *(f"title_{lang}" for lang in TRANSLATED_LANGUAGES),
    *(f"notes_{lang}" for lang in TRANSLATED_LANGUAGES),
}
FORMAT_MIMETYPES = {
    "CSV": "text/csv",
    "JSON": "application/json",
    "GEOJSON": "application/geo+json",
    "XLSX": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "PDF": "application/pdf",
    "ZIP": "application/zip",
}
ALLOWED_FORMATS = ("CSV", "XLSX", "JSON", "GeoJSON", "PDF", "ZIP", "HTML", "API")


class CatalogValidationError(Exception):
    """Input that cannot be saved: CKAN's error dictionary, field name → messages."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__(errors)
        self.errors = errors


def organization_id(department: Department) -> str:
    """A stable UUID for a department acting as a CKAN organization."""
    return str(uuid.uuid5(ORG_NAMESPACE, department.code))


def organization_find(ref: str) -> Department | None:
    ref = str(ref or "").strip()
    if not ref:
        return None
    found = Department.objects.filter(code=ref).first()
    if found is not None:
        return found
    for department in Department.objects.all():
        if organization_id(department) == ref:
            return department
    return None


def generation_bump() -> None:
    token = uuid.uuid4().hex
    if not CatalogGeneration.objects.filter(pk=1).update(token=token):
        CatalogGeneration.objects.update_or_create(pk=1, defaults={"token": token})


# --- The CKAN dictionary of a dataset -----------------------------------------------------------


def _timestamp(value: Any) -> str | None:
    if value is None:
        return None
    return timezone.make_naive(value, UTC).isoformat(timespec="microseconds")


def organization_dict(department: Department) -> dict[str, Any]:
    return {
        "id": organization_id(department),
        "name": department.code,
        "title": department.name,
        "display_name": department.name,
        "description": "",
        "image_url": "",
        "type": "organization",
        "is_organization": True,
        "state": "active",
        "approval_status": "approved",
        "title_en": department.name_i18n.get("en", ""),
    }


def group_dict(group: Group) -> dict[str, Any]:
    return {
        "id": str(group.id),
        "name": group.name,
        "title": group.title,
        "display_name": group.title,
        "description": group.description,
        "image_display_url": "",
        "type": "group",
        "is_organization": False,
        "state": "active",
        "approval_status": "approved",
        "created": _timestamp(group.created_at),
        "title_en": group.title_i18n.get("en", ""),
    }


def download_path(resource: Resource) -> str:
    filename = resource.filename or "download"
    return f"/opendata/dataset/{resource.dataset_id}/resource/{resource.id}/download/{filename}"


def resource_dict(resource: Resource) -> dict[str, Any]:
    return {
        "id": str(resource.id),
        "package_id": str(resource.dataset_id),
        "name": resource.name,
        "description": resource.description,
        "format": resource.format,
        "mimetype": resource.mimetype or None,
        "url": download_path(resource) if resource.is_upload else resource.url,
        "url_type": "upload" if resource.is_upload else None,
        "size": resource.size,
        "hash": f"sha256:{resource.sha256}" if resource.sha256 else "",
        "created": _timestamp(resource.created_at),
        "last_modified": _timestamp(resource.modified_at),
        "metadata_modified": _timestamp(resource.modified_at),
        "datastore_active": resource.datastore_active,
        "position": resource.position,
        "state": "active",
        "cache_url": None,
        "resource_type": None,
    }


def package_dict(dataset: Dataset) -> dict[str, Any]:
    """The dataset as CKAN 2.10's ``package_show`` returns it (plus our extras)."""
    from madoguchi.opendata.licenses import license_get

    licence = license_get(dataset.license_id)
    organization = organization_dict(dataset.organization)
    extras = {
        "frequency": dataset.frequency,
        "temporal_start": dataset.temporal_start.isoformat() if dataset.temporal_start else "",
        "temporal_end": dataset.temporal_end.isoformat() if dataset.temporal_end else "",
        "spatial_text": dataset.spatial,
        "contact_name": dataset.contact_name,
        "contact_email": dataset.contact_email,
        "standard": dataset.standard,
        "publisher_name": "港区",
        "language": "ja",
    }
    for lang in TRANSLATED_LANGUAGES:
        extras[f"title_{lang}"] = dataset.title_i18n.get(lang, "")
        extras[f"notes_{lang}"] = dataset.notes_i18n.get(lang, "")
    resources = [resource_dict(r) for r in dataset.resources.all()]
    groups = [group_dict(g) for g in dataset.groups.all()]
    tags = [
        {
            "id": str(uuid.uuid5(ORG_NAMESPACE, "tag:" + t)),
            "name": t,
            "display_name": t,
            "state": "active",
            "vocabulary_id": None,
        }
        for t in dataset.tags
    ]
    return {
        "id": str(dataset.id),
        "name": dataset.name,
        "title": dataset.title,
        "notes": dataset.notes,
        "url": "",
        "version": str(dataset.version),
        "state": dataset.state,
        "private": dataset.private,
        "type": "dataset",
        "author": "",
        "author_email": "",
        "maintainer": dataset.contact_name,
        "maintainer_email": dataset.contact_email,
        "license_id": dataset.license_id,
        "license_title": licence.title if licence else dataset.license_id,
        "license_url": licence.url if licence else "",
        "isopen": bool(licence and licence.open),
        "metadata_created": _timestamp(dataset.created_at),
        "metadata_modified": _timestamp(dataset.modified_at),
        "creator_user_id": None,
        "owner_org": organization["id"],
        "organization": organization,
        "groups": groups,
        "tags": tags,
        "extras": [{"key": k, "value": v} for k, v in sorted(extras.items()) if v],
        "resources": resources,
        "num_resources": len(resources),
        "num_tags": len(tags),
        "relationships_as_object": [],
        "relationships_as_subject": [],
        "frequency": dataset.frequency,
    }


def _search_texts(dataset: Dataset) -> list[str]:
    texts = [dataset.title, dataset.name, dataset.notes, *dataset.tags]
    texts += list(dataset.title_i18n.values()) + list(dataset.notes_i18n.values())
    texts += [dataset.organization.name, *dataset.organization.name_i18n.values()]
    for group in dataset.groups.all():
        texts += [group.title, group.name, *group.title_i18n.values()]
    for resource in dataset.resources.all():
        texts += [resource.name, resource.description, resource.format]
    return texts


def dataset_refresh(dataset: Dataset) -> None:
    """Rebuild the stored CKAN dictionary and search text after any change."""
    dataset = Dataset.objects.select_related("organization").get(pk=dataset.pk)
    Dataset.objects.filter(pk=dataset.pk).update(
        ckan=package_dict(dataset),
        search_index=search.index_text(_search_texts(dataset)),
        title_index=search.index_text([dataset.title, *dataset.title_i18n.values()]),
    )
    generation_bump()


# --- Validating dataset input ---------------------------------------------------------------------


def _as_list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    if isinstance(value, list | tuple):
        return list(value)
    return [value]


def _names(value: Any, key: str = "name") -> list[str]:
    names = []
    for item in _as_list(value):
        if isinstance(item, dict):
            names.append(str(item.get(key) or item.get("id") or "").strip())
        else:
            names.extend(part.strip() for part in str(item).split(","))
    return [n for n in names if n]


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"1", "true", "yes", "on", "t"}


def _date_or_none(value: str, key: str, errors: dict[str, list[str]]) -> date | None:
    value = str(value or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        errors.setdefault(key, []).append(_("Enter a date as YYYY-MM-DD."))
        return None


@dataclass
class DatasetInput:
    values: dict[str, Any]
    groups: list[Group] | None
    resources: list[dict[str, Any]] | None


def _clean(data: dict[str, Any], *, existing: Dataset | None, partial: bool) -> DatasetInput:
    """Check CKAN-shaped input; on a patch only the keys present are checked and applied."""
    errors: dict[str, list[str]] = {}
    values: dict[str, Any] = {}
    extras: dict[str, Any] = {}
    for item in _as_list(data.get("extras")):
        if isinstance(item, dict) and "key" in item:
            extras[str(item["key"])] = item.get("value", "")
    for key in EXTRA_KEYS | {"maintainer", "maintainer_email"}:
        if key in data:
            extras[key] = data[key]
    if "maintainer" in extras and "contact_name" not in extras:
        extras["contact_name"] = extras["maintainer"]
    if "maintainer_email" in extras and "contact_email" not in extras:
        extras["contact_email"] = extras["maintainer_email"]

    def present(key: str) -> bool:
        return not partial or key in data or key in extras

    if present("name"):
        name = str(data.get("name") or "").strip()
        if not name:
            errors["name"] = [_("Missing value")]
        elif not NAME_RE.match(name):
            errors["name"] = [
                _(
                    "Must be 2 to 100 characters: lowercase letters (a-z), digits, "
                    "hyphens (-) and underscores (_)."
                )
            ]
        elif (
            Dataset.objects.filter(name=name)
            .exclude(pk=existing.pk if existing is not None else uuid.uuid4())
            .exists()
        ):
            errors["name"] = [_("That URL is already in use.")]
        values["name"] = name
    if present("title"):
        title = str(data.get("title") or "").strip()
        if not title:
            errors["title"] = [_("Missing value")]
        values["title"] = title[:300]
    if present("notes"):
        values["notes"] = str(data.get("notes") or "")
    if present("owner_org"):
        department = organization_find(str(data.get("owner_org") or ""))
        if department is None:
            errors["owner_org"] = [_("Organization does not exist")]
        values["organization"] = department
    if present("license_id"):
        license_id = str(data.get("license_id") or DEFAULT_LICENSE)
        if license_id not in LICENSES:
            errors["license_id"] = [_("Choose one of the listed licences.")]
        values["license_id"] = license_id
    if "private" in data or not partial:
        values["private"] = _boolean(data.get("private", False))
    if "state" in data:
        state = str(data.get("state") or "")
        if state not in DatasetState.values:
            errors["state"] = [_("Choose draft, active or deleted.")]
        values["state"] = state
    if "tags" in data or "tag_string" in data or not partial:
        tags = _names(data.get("tags")) + _names(data.get("tag_string"))
        for tag in tags:
            if len(tag) > 100 or any(c in tag for c in '<>"/\\'):
                errors.setdefault("tags", []).append(
                    _("Tag “%(tag)s” is too long or has characters that are not allowed.")
                    % {"tag": tag[:40]}
                )
        values["tags"] = list(dict.fromkeys(tags))
    groups: list[Group] | None = None
    if "groups" in data or not partial:
        groups = []
        for ref in _names(data.get("groups")):
            group = Group.objects.filter(name=ref).first()
            if group is None:
                try:
                    group = Group.objects.filter(id=uuid.UUID(ref)).first()
                except ValueError:
                    group = None
            if group is None:
                errors.setdefault("groups", []).append(
                    _("Group “%(name)s” does not exist.") % {"name": ref[:60]}
                )
            else:
                groups.append(group)
    if present("frequency"):
        frequency = str(extras.get("frequency") or "")
        if frequency and frequency not in Frequency.values:
            errors["frequency"] = [_("Choose one of the listed update frequencies.")]
        values["frequency"] = frequency
    if present("temporal_start"):
        values["temporal_start"] = _date_or_none(
            extras.get("temporal_start", ""), "temporal_start", errors
        )
    if present("temporal_end"):
        values["temporal_end"] = _date_or_none(
            extras.get("temporal_end", ""), "temporal_end", errors
        )
    start = values.get("temporal_start", getattr(existing, "temporal_start", None))
    end = values.get("temporal_end", getattr(existing, "temporal_end", None))
    if start and end and end < start:
        errors.setdefault("temporal_end", []).append(_("The end must not be before the start."))
    if present("spatial_text"):
        values["spatial"] = str(extras.get("spatial_text") or "")[:200]
    if present("contact_name"):
        values["contact_name"] = str(extras.get("contact_name") or "")[:200]
    if present("contact_email"):
        email = str(extras.get("contact_email") or "").strip()
        if email:
            try:
                validate_email(email)
            except Exception:
                errors["contact_email"] = [_("Enter a valid email address.")]
        values["contact_email"] = email
    if present("standard"):
        code = str(extras.get("standard") or "")
        if code and standards.schema_get(code) is None:
            errors["standard"] = [_("Unknown standard dataset.")]
        values["standard"] = code
    for field_name, i18n_key in (("title", "title_i18n"), ("notes", "notes_i18n")):
        keys = [f"{field_name}_{lang}" for lang in TRANSLATED_LANGUAGES]
        if any(k in extras for k in keys) or not partial:
            translations = dict(getattr(existing, i18n_key, {}) or {})
            for lang in TRANSLATED_LANGUAGES:
                key = f"{field_name}_{lang}"
                if key in extras:
                    text = str(extras.get(key) or "").strip()
                    if text:
                        translations[lang] = text
                    else:
                        translations.pop(lang, None)
            values[i18n_key] = translations
    standard_code = values.get("standard", getattr(existing, "standard", ""))
    schema = standards.schema_get(standard_code) if standard_code else None
    if schema is not None:
        # BODIK and the national catalog find standard datasets by these two tags.
        tags = list(values.get("tags", getattr(existing, "tags", None) or []))
        for tag in (standards.STANDARD_TAG, schema.tag):
            if tag not in tags:
                tags.append(tag)
        values["tags"] = tags
    resources: list[dict[str, Any]] | None = None
    if "resources" in data:
        resources = []
        for i, item in enumerate(_as_list(data.get("resources"))):
            if not isinstance(item, dict):
                errors.setdefault("resources", []).append(
                    _("Resource %(n)s must be an object.") % {"n": i + 1}
                )
                continue
            resources.append(item)
    if errors:
        raise CatalogValidationError(errors)
    return DatasetInput(values=values, groups=groups, resources=resources)


def _revision(dataset: Dataset, *, actor: User | None, note: str) -> None:
    dataset.refresh_from_db()
    DatasetRevision.objects.create(
        dataset=dataset, number=dataset.version, snapshot=dataset.ckan, note=note, created_by=actor
    )


def dataset_create(*, actor: User | None, data: dict[str, Any]) -> Dataset:
    """Create a dataset (draft unless ``state`` says active) from CKAN-shaped input."""
    if actor is not None:
        require_capability(actor, "opendata.publish")
    cleaned = _clean(data, existing=None, partial=False)
    values = cleaned.values
    values.setdefault("state", DatasetState.ACTIVE if "state" not in data else values["state"])
    with transaction.atomic():
        try:
            with transaction.atomic():
                dataset = Dataset.objects.create(**values)
        except IntegrityError as exc:
            raise CatalogValidationError({"name": [_("That URL is already in use.")]}) from exc
        if dataset.state == DatasetState.ACTIVE:
            dataset.published_at = timezone.now()
            dataset.save(update_fields=["published_at"])
        dataset.groups.set(cleaned.groups or [])
        for position, item in enumerate(cleaned.resources or []):
            _resource_link_create(dataset=dataset, data=item, position=position)
        dataset_refresh(dataset)
        _revision(dataset, actor=actor, note="created")
        audit_record(
            action="opendata.dataset_created",
            target=dataset,
            actor=actor,
            data={"name": dataset.name, "state": dataset.state},
        )
    return dataset


def dataset_update(
    *, actor: User | None, dataset: Dataset, data: dict[str, Any], partial: bool
) -> Dataset:
    """Replace (``partial=False``, CKAN's package_update) or patch a dataset's metadata.

    As in CKAN, an update that lists ``resources`` replaces the resource list: uploaded files
    not listed are removed; listed ones with an ``id`` are kept and their metadata updated.
    """
    if actor is not None:
        require_capability(actor, "opendata.publish")
    cleaned = _clean(data, existing=dataset, partial=partial)
    with transaction.atomic():
        locked = Dataset.objects.select_for_update().get(pk=dataset.pk)
        was_active = locked.state == DatasetState.ACTIVE
        for key, value in cleaned.values.items():
            setattr(locked, key, value)
        if not was_active and locked.state == DatasetState.ACTIVE:
            locked.published_at = timezone.now()
        locked.version += 1
        try:
            with transaction.atomic():
                locked.save()
        except IntegrityError as exc:
            raise CatalogValidationError({"name": [_("That URL is already in use.")]}) from exc
        if cleaned.groups is not None:
            locked.groups.set(cleaned.groups)
        if cleaned.resources is not None:
            _resources_replace(dataset=locked, items=cleaned.resources)
        dataset_refresh(locked)
        _revision(locked, actor=actor, note="patched" if partial else "updated")
        audit_record(
            action="opendata.dataset_updated",
            target=locked,
            actor=actor,
            data={"fields": sorted(cleaned.values), "version": locked.version},
        )
    locked.refresh_from_db()
    return locked


def _resources_replace(*, dataset: Dataset, items: list[dict[str, Any]]) -> None:
    keep: list[str] = []
    for position, item in enumerate(items):
        ref = str(item.get("id") or "")
        existing = dataset.resources.filter(id=ref).first() if _is_uuid(ref) else None
        if existing is None:
            created = _resource_link_create(dataset=dataset, data=item, position=position)
            keep.append(str(created.id))
            continue
        for key in ("name", "description", "format"):
            if key in item:
                setattr(existing, key, str(item.get(key) or "")[:300])
        if "url" in item and not existing.is_upload:
            existing.url = str(item.get("url") or "")
        existing.position = position
        existing.save()
        keep.append(str(existing.id))
    for gone in dataset.resources.exclude(id__in=keep):
        resource_delete_files(gone)
        gone.delete()


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def dataset_state_set(*, actor: User, dataset: Dataset, state: str) -> Dataset:
    return dataset_update(actor=actor, dataset=dataset, data={"state": state}, partial=True)


# --- Resources ------------------------------------------------------------------------------------


def _format_of(filename: str, given: str) -> str:
    if given:
        upper = given.strip().upper()
        for known in ALLOWED_FORMATS:
            if known.upper() == upper:
                return known
        return given.strip()[:20]
    suffix = Path(filename).suffix.lower().lstrip(".")
    return {"geojson": "GeoJSON", "xlsx": "XLSX", "csv": "CSV", "json": "JSON"}.get(
        suffix, suffix.upper()[:20]
    )


def _resource_link_create(*, dataset: Dataset, data: dict[str, Any], position: int) -> Resource:
    url = str(data.get("url") or "").strip()
    errors: dict[str, list[str]] = {}
    if url and not re.match(r"^https?://", url):
        errors["url"] = [_("Enter a link that starts with http:// or https://.")]
    name = str(data.get("name") or "").strip() or url.rsplit("/", 1)[-1] or _("Resource")
    if errors:
        raise CatalogValidationError(errors)
    return Resource.objects.create(
        dataset=dataset,
        position=position,
        name=name[:300],
        description=str(data.get("description") or ""),
        format=_format_of(url, str(data.get("format") or "")),
        url=url,
    )


_SAFE_NAME_RE = re.compile(r"[^A-Za-z0-9._\-\u3040-\u30ff\u3400-\u9fff]+")


def _safe_filename(name: str) -> str:
    base = Path(name or "data").name
    cleaned = _SAFE_NAME_RE.sub("_", base).strip("._") or "data"
    return cleaned[:120]


@dataclass
class PreparedUpload:
    content: bytes
    encoding: str
    problems: list[standards.Problem]


def upload_prepare(*, data: bytes, format: str, standard: str) -> PreparedUpload:
    """Decode a CSV upload to UTF-8 and check it against the dataset's standard schema.

    Raises ``CatalogValidationError`` when the file cannot be read or has errors against the
    standard; warnings are kept for the publisher to see.
    """
    if format != "CSV":
        return PreparedUpload(content=data, encoding="", problems=[])
    try:
        text, encoding = csvfiles.decode_csv(data)
    except csvfiles.CsvEncodingError as exc:
        line = getattr(exc, "line", None)
        message = _(
            "The file is neither UTF-8 nor Shift_JIS (CP932). Save it as CSV UTF-8 and "
            "upload it again."
        )
        if line:
            message += " " + _("The first unreadable character is on line %(line)s.") % {
                "line": line
            }
        raise CatalogValidationError({"upload": [message]}) from exc
    problems: list[standards.Problem] = []
    schema = standards.schema_get(standard) if standard else None
    if schema is not None:
        header, rows = csvfiles.read_rows(text)
        problems = standards.validate(schema=schema, header=header, rows=rows)
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            raise CatalogValidationError(
                {"upload": [problem_message(p) for p in errors[:50]]},
            )
    return PreparedUpload(content=text.encode("utf-8"), encoding=encoding, problems=problems)


def problem_message(problem: standards.Problem) -> str:
    if problem.row is not None and problem.column:
        return _("Row %(row)s, column “%(column)s”: %(message)s") % {
            "row": problem.row,
            "column": problem.column,
            "message": problem.message,
        }
    if problem.column:
        return _("Column “%(column)s”: %(message)s") % {
            "column": problem.column,
            "message": problem.message,
        }
    if problem.row is not None:
        return _("Row %(row)s: %(message)s") % {"row": problem.row, "message": problem.message}
    return problem.message


def resource_create(
    *,
    actor: User | None,
    dataset: Dataset,
    data: dict[str, Any],
    upload_name: str = "",
    upload: bytes | None = None,
    load_now: bool = False,
) -> Resource:
    """Add a resource: a link, or an uploaded file stored (CSV as UTF-8) and, if tabular,
    loaded into the datastore in the background (or before returning, with ``load_now``: the
    demo loader and the benchmark)."""
    if actor is not None:
        require_capability(actor, "opendata.publish")
    position = dataset.resources.count()
    if upload is None:
        if not str(data.get("url") or "").strip():
            raise CatalogValidationError({"url": [_("Give a link or upload a file.")]})
        with transaction.atomic():
            resource = _resource_link_create(dataset=dataset, data=data, position=position)
            _after_resource_change(actor=actor, dataset=dataset, resource=resource, action="added")
        return resource
    filename = _safe_filename(upload_name or str(data.get("name") or "data"))
    fmt = _format_of(filename, str(data.get("format") or ""))
    if fmt == "CSV" and not filename.lower().endswith(".csv"):
        filename += ".csv"
    prepared = upload_prepare(data=upload, format=fmt, standard=dataset.standard)
    resource_id = uuid.uuid4()
    storage_name = default_storage.save(
        f"opendata/{dataset.id}/{resource_id}/{filename}", ContentFile(prepared.content)
    )
    try:
        with transaction.atomic():
            resource = Resource.objects.create(
                id=resource_id,
                dataset=dataset,
                position=position,
                name=(str(data.get("name") or "").strip() or filename)[:300],
                description=str(data.get("description") or ""),
                format=fmt,
                file=storage_name,
                filename=filename,
                mimetype=FORMAT_MIMETYPES.get(fmt.upper())
                or (mimetypes.guess_type(filename)[0] or "application/octet-stream"),
                size=len(prepared.content),
                sha256=hashlib.sha256(prepared.content).hexdigest(),
                source_encoding=prepared.encoding,
                validation=[p.__dict__ for p in prepared.problems],
                datastore_state=DatastoreState.PENDING
                if fmt in TABULAR_FORMATS
                else DatastoreState.NONE,
            )
            _after_resource_change(actor=actor, dataset=dataset, resource=resource, action="added")
            if fmt in TABULAR_FORMATS and not load_now:
                enqueue_on_commit(datastore_load_task, resource_id=str(resource.id))
    except Exception:
        default_storage.delete(storage_name)
        raise
    if fmt in TABULAR_FORMATS and load_now:
        return datastore_load(resource=resource)
    return resource


def _after_resource_change(
    *, actor: User | None, dataset: Dataset, resource: Resource, action: str
) -> None:
    Dataset.objects.filter(pk=dataset.pk).update(
        version=F("version") + 1, modified_at=timezone.now()
    )
    dataset_refresh(dataset)
    _revision(dataset, actor=actor, note=f"resource {action}")
    audit_record(
        action=f"opendata.resource_{action}",
        target=resource,
        actor=actor,
        data={"dataset": dataset.name, "format": resource.format, "size": resource.size},
    )


def resource_delete_files(resource: Resource) -> None:
    if resource.file:
        name = resource.file
        transaction.on_commit(partial(default_storage.delete, name))
    if resource.datastore_file:
        path = datastore_dir() / resource.datastore_file
        transaction.on_commit(lambda: _remove_datastore_file(path))


def _remove_datastore_file(path: Path) -> None:
    datastore.connections.forget(path)
    path.unlink(missing_ok=True)


def resource_delete(*, actor: User, resource: Resource) -> None:
    require_capability(actor, "opendata.publish")
    dataset = resource.dataset
    with transaction.atomic():
        resource_delete_files(resource)
        audit_record(
            action="opendata.resource_removed",
            target=resource,
            actor=actor,
            data={"dataset": dataset.name, "name": resource.name},
        )
        resource.delete()
        Dataset.objects.filter(pk=dataset.pk).update(version=F("version") + 1)
        dataset_refresh(dataset)
        _revision(dataset, actor=actor, note="resource removed")


# --- Datastore loading ----------------------------------------------------------------------------


def datastore_dir() -> Path:
    return Path(settings.MADOGUCHI_DATASTORE_DIR)


def resource_source_path(resource: Resource) -> Path:
    return Path(default_storage.path(resource.file))


def datastore_load(*, resource: Resource) -> Resource:
    """Load a CSV resource's stored UTF-8 file into a new datastore file, reporting progress
    and bad rows on the resource. The previous datastore file stays in use until the new one
    is complete."""
    Resource.objects.filter(pk=resource.pk).update(
        datastore_state=DatastoreState.LOADING, datastore_progress=0
    )

    def progress(percent: int) -> None:
        Resource.objects.filter(pk=resource.pk).update(datastore_progress=percent)

    target_name = f"{resource.id}-{resource.sha256[:12] or 'x'}.duckdb"
    target = datastore_dir() / target_name
    old = resource.datastore_file
    try:
        result = datastore.load_csv(
            source=resource_source_path(resource), target=target, progress=progress
        )
    except Exception as exc:  # the loader reports every failure on the resource, never hides it
        Resource.objects.filter(pk=resource.pk).update(
            datastore_state=DatastoreState.FAILED,
            datastore_problems=[{"line": None, "column": "", "message": str(exc)[:500]}],
        )
        audit_record(
            action="opendata.datastore_failed",
            target=resource,
            actor=None,
            data={"error": str(exc)[:200]},
        )
        resource.refresh_from_db()
        return resource
    with transaction.atomic():
        Resource.objects.filter(pk=resource.pk).update(
            datastore_state=DatastoreState.DONE,
            datastore_progress=100,
            datastore_rows=result.rows,
            datastore_fields=result.fields,
            datastore_problems=result.problems,
            datastore_file=target_name,
            datastore_loaded_at=timezone.now(),
            datastore_seconds=round(result.seconds, 3),
        )
        dataset_refresh(resource.dataset)
        audit_record(
            action="opendata.datastore_loaded",
            target=resource,
            actor=None,
            data={"rows": result.rows, "bad_rows": len(result.problems)},
        )
    if old and old != target_name:
        _remove_datastore_file(datastore_dir() / old)
    resource.refresh_from_db()
    return resource


@task()
def datastore_load_task(*, resource_id: str) -> None:
    resource = Resource.objects.select_related("dataset").filter(pk=resource_id).first()
    if resource is None or not resource.file:
        return
    datastore_load(resource=resource)


# --- Download counting ----------------------------------------------------------------------------

_BOT_RE = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|archiver|facebookexternalhit|preview|monitor|"
    r"uptime|pingdom|curl-healthcheck|python-urllib/.*\bcheck",
    re.IGNORECASE,
)


def is_bot(user_agent: str) -> bool:
    return not user_agent.strip() or bool(_BOT_RE.search(user_agent))


def client_key(*, ip: str, user_agent: str, day: date) -> str:
    """A daily pseudonym for a client: the address is never stored, and the key changes
    every day so clients cannot be followed across days."""
    message = f"{day.isoformat()}|{ip}|{user_agent}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def download_record(
    *, resource: Resource, ip: str, user_agent: str, channel: str, day: date | None = None
) -> bool:
    """Count a download unless it comes from a bot or the same client already fetched this
    resource today. Returns whether it was counted."""
    if is_bot(user_agent):
        return False
    day = day or timezone.localdate()
    key = client_key(ip=ip, user_agent=user_agent, day=day)
    if Download.objects.filter(resource=resource, day=day, client=key).exists():
        return False
    # The unique constraint settles a race between two requests of the same client.
    Download.objects.bulk_create(
        [
            Download(
                resource=resource,
                dataset_id=resource.dataset_id,
                day=day,
                client=key,
                channel=channel,
            )
        ],
        ignore_conflicts=True,
    )
    return True
