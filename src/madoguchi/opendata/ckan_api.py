"""CKAN's Action API (version 3), so that CKAN clients and harvesters work unchanged.

``/api/3/action/<name>`` and ``/api/action/<name>`` answer GET (read actions) and POST (JSON,
form or multipart) with CKAN's envelope ``{"help", "success", "result"}`` and, on failure,
CKAN's error types and HTTP codes. The request parsing and error mapping follow CKAN 2.10's
``ckan/views/api.py``; parameter rules follow its action schemas (for example
``package_search`` refuses unknown parameters with a Search Query Error, and
``datastore_search`` with a Validation Error, exactly as CKAN does).

Writes need an API token of a data publisher, sent as CKAN clients send it: the
``Authorization`` header (raw or ``Bearer``) or ``X-CKAN-API-Key``. This module never lets an
exception escape as an HTML 500: anything unexpected becomes CKAN's JSON "Internal Server
Error" and is logged.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, JsonResponse
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt

from madoguchi.accounts.models import Department, User
from madoguchi.accounts.permissions import has_capability
from madoguchi.accounts.services import api_token_user
from madoguchi.opendata import datastore, selectors, services
from madoguchi.opendata.licenses import LICENSES
from madoguchi.opendata.models import Dataset, DatasetState, Group, Resource
from madoguchi.opendata.selectors import SearchQueryError

log = logging.getLogger(__name__)

CKAN_COMPATIBLE_VERSION = "2.10.0"
MAX_ROWS = 1000
DATASTORE_MAX_LIMIT = 32000


class NotFound(Exception):
    pass


class NotAuthorized(Exception):
    pass


class ValidationError(Exception):
    def __init__(self, errors: dict[str, Any]) -> None:
        super().__init__(errors)
        self.errors = errors


@dataclass
class Context:
    request: HttpRequest
    user: User | None

    @property
    def base_url(self) -> str:
        return self.request.build_absolute_uri("/").rstrip("/")

    @property
    def publisher(self) -> bool:
        return self.user is not None and has_capability(self.user, "opendata.publish")


Action = Callable[[Context, dict[str, Any]], Any]


@dataclass(frozen=True)
class _Registered:
    function: Action
    side_effect_free: bool


ACTIONS: dict[str, _Registered] = {}


def action(*, side_effect_free: bool) -> Callable[[Action], Action]:
    def register(function: Action) -> Action:
        ACTIONS[function.__name__] = _Registered(function, side_effect_free)
        return function

    return register


# --- Parameter helpers (CKAN's validators, as far as these actions use them) -------------------


def _int(data: dict[str, Any], key: str, default: int, *, minimum: int = 0) -> int:
    value = data.get(key, default)
    if value in (None, ""):
        return default
    try:
        number = int(str(value))
    except ValueError:
        raise ValidationError({key: ["Invalid integer"]}) from None
    if number < minimum:
        raise ValidationError({key: ["Must be a natural number"]})
    return number


def _bool(data: dict[str, Any], key: str, default: bool = False) -> bool:
    value = data.get(key, default)
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"true", "1", "yes", "on", "t", "y"}:
        return True
    if text in {"false", "0", "no", "off", "f", "n", ""}:
        return False
    raise ValidationError({key: ["Value must be one of: true, false"]})


def _json_value(data: dict[str, Any], key: str) -> Any:
    value = data.get(key)
    if isinstance(value, str):
        text = value.strip()
        if text[:1] in "[{":
            try:
                return json.loads(text)
            except ValueError:
                raise ValidationError({key: ["Could not parse as valid JSON"]}) from None
    return value


def _strings(data: dict[str, Any], key: str) -> list[str] | None:
    value = _json_value(data, key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value]
    raise ValidationError({key: ["Not a list of strings"]})


def _required(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if value in (None, ""):
        raise ValidationError({key: ["Missing value"]})
    return str(value)


def _absolute(package: dict[str, Any], base_url: str) -> dict[str, Any]:
    resources = [
        {**r, "url": base_url + r["url"]} if str(r.get("url", "")).startswith("/") else r
        for r in package.get("resources", [])
    ]
    return {**package, "resources": resources}


def _visible(ctx: Context, dataset: Dataset) -> bool:
    return dataset.is_public or ctx.publisher


def _dataset(ctx: Context, ref: str) -> Dataset:
    dataset = selectors.dataset_get(ref)
    if dataset is None or (dataset.state == DatasetState.DELETED and not ctx.publisher):
        raise NotFound("Dataset not found")
    if not _visible(ctx, dataset):
        raise NotAuthorized(f"User not authorized to read package {dataset.id}")
    return dataset


def _resource(ctx: Context, ref: str) -> Resource:
    try:
        key = uuid.UUID(str(ref))
    except ValueError:
        raise NotFound("Resource was not found.") from None
    resource = Resource.objects.select_related("dataset").filter(pk=key).first()
    if resource is None or resource.dataset.state == DatasetState.DELETED:
        raise NotFound("Resource was not found.")
    if not _visible(ctx, resource.dataset):
        raise NotAuthorized(f"User not authorized to read resource {resource.id}")
    return resource


def _require_publisher(ctx: Context, what: str) -> User:
    if ctx.user is None or not ctx.publisher:
        raise NotAuthorized(f"User not authorized to {what}")
    return ctx.user


# --- Site ---------------------------------------------------------------------------------------


@action(side_effect_free=True)
def site_read(ctx: Context, data: dict[str, Any]) -> bool:
    """Whether the site can be read (always, for this catalog)."""
    return True


@action(side_effect_free=True)
def status_show(ctx: Context, data: dict[str, Any]) -> dict[str, Any]:
    """What this site is and which CKAN API version it answers to."""
    return {
        "site_title": "港区オープンデータカタログ (Madoguchi)",
        "site_description": "Minato City open data catalog, served by Madoguchi",
        "site_url": ctx.base_url,
        "ckan_version": CKAN_COMPATIBLE_VERSION,
        "error_emails_to": None,
        "locale_default": "ja",
        "extensions": ["datastore", "dcat"],
        "madoguchi_version": _version(),
    }


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("madoguchi")
    except PackageNotFoundError:
        return "unknown"


@action(side_effect_free=True)
def help_show(ctx: Context, data: dict[str, Any]) -> str:
    """The documentation of an action."""
    name = _required(data, "name")
    if name not in ACTIONS:
        raise NotFound(f"Action function not found: {name}")
    return (ACTIONS[name].function.__doc__ or "").strip()


@action(side_effect_free=True)
def license_list(ctx: Context, data: dict[str, Any]) -> list[dict[str, Any]]:
    """Licences datasets may use."""
    return [
        {
            "id": lic.id,
            "title": lic.title,
            "url": lic.url,
            "od_conformance": "approved" if lic.open else "not reviewed",
            "osd_conformance": "not reviewed",
            "status": "active",
            "family": "",
            "maintainer": "",
            "domain_content": False,
            "domain_data": True,
            "domain_software": False,
            "is_generic": False,
        }
        for lic in LICENSES.values()
    ]


# --- Datasets -----------------------------------------------------------------------------------


@action(side_effect_free=True)
def package_list(ctx: Context, data: dict[str, Any]) -> list[str]:
    """Names of all public datasets. Parameters: limit, offset."""
    limit = _int(data, "limit", 0)
    offset = _int(data, "offset", 0)
    names = Dataset.objects.filter(state=DatasetState.ACTIVE, private=False).order_by("name")
    names_list = names.values_list("name", flat=True)
    if limit:
        return list(names_list[offset : offset + limit])
    return list(names_list[offset:])


@action(side_effect_free=True)
def current_package_list_with_resources(ctx: Context, data: dict[str, Any]) -> list[Any]:
    """Public datasets with their resources, most recently changed first. limit, offset."""
    limit = _int(data, "limit", 100)
    offset = _int(data, "offset", 0)
    rows = (
        Dataset.objects.filter(state=DatasetState.ACTIVE, private=False)
        .order_by("-modified_at")
        .values_list("ckan", flat=True)[offset : offset + limit]
    )
    return [_absolute(p, ctx.base_url) for p in rows]


@action(side_effect_free=True)
def package_show(ctx: Context, data: dict[str, Any]) -> dict[str, Any]:
    """One dataset by name or id. Parameter: id."""
    dataset = _dataset(ctx, _required(data, "id"))
    return _absolute(dataset.ckan, ctx.base_url)


PACKAGE_SEARCH_PARAMETERS = {
    "q",
    "fl",
    "fq",
    "rows",
    "sort",
    "start",
    "facet",
    "facet.mincount",
    "facet.limit",
    "facet.field",
    "include_private",
    "include_drafts",
    "include_deleted",
    "use_default_schema",
    "extras",
    "wt",
    "qf",
    "defType",
    "df",
    "mm",
    "tie",
    "bf",
    "boost",
    "fq_list",
}


@action(side_effect_free=True)
def package_search(ctx: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Search datasets: q, fq, rows (≤1000), start, sort, facet.field, facet.limit,
    facet.mincount, include_private, include_drafts, fl."""
    unknown = [k for k in data if k not in PACKAGE_SEARCH_PARAMETERS and not k.startswith("ext_")]
    if unknown:
        raise SearchQueryError(f"Invalid search parameters: {sorted(unknown)}")
    rows = _int(data, "rows", 10)
    if rows > MAX_ROWS:
        rows = MAX_ROWS
    start = _int(data, "start", 0)
    facet_fields = _strings(data, "facet.field") or []
    for field_name in facet_fields:
        if field_name not in selectors.FACET_FIELDS:
            raise SearchQueryError(f"Cannot facet on field {field_name!r}.")
    facet_limit = _int(data, "facet.limit", 50, minimum=-1)
    facet_mincount = _int(data, "facet.mincount", 1)
    fq = str(data.get("fq") or "")
    for extra in _strings(data, "fq_list") or []:
        fq += " " + extra
    include_private = _bool(data, "include_private") and ctx.publisher
    include_drafts = _bool(data, "include_drafts") and ctx.publisher
    outcome = selectors.dataset_search(
        q=str(data.get("q") or ""),
        fq=fq,
        sort=str(data.get("sort") or ""),
        rows=rows,
        start=start,
        facet_fields=facet_fields,
        include_private=include_private,
        include_drafts=include_drafts,
    )
    results = [_absolute(p, ctx.base_url) for p in selectors.packages_by_id(outcome.ids)]
    fl = _strings(data, "fl")
    if fl:
        results = [{k: p.get(k) for k in fl} for p in results]
    titles = _facet_titles(outcome.facets)
    facets: dict[str, dict[str, int]] = {}
    search_facets: dict[str, Any] = {}
    for field_name, counter in outcome.facets.items():
        items = [(k, n) for k, n in counter.most_common() if n >= facet_mincount]
        if facet_limit >= 0:
            items = items[:facet_limit]
        facets[field_name] = dict(items)
        search_facets[field_name] = {
            "title": field_name,
            "items": [
                {
                    "name": k,
                    "display_name": titles.get((field_name, k), k),
                    "count": n,
                }
                for k, n in items
            ],
        }
    return {
        "count": outcome.count,
        "facets": facets,
        "results": results,
        "sort": outcome.sort,
        "search_facets": search_facets,
    }


def _facet_titles(facets: dict[str, Any]) -> dict[tuple[str, str], str]:
    titles: dict[tuple[str, str], str] = {}
    if "organization" in facets:
        for code, name in Department.objects.filter(
            code__in=list(facets["organization"])
        ).values_list("code", "name"):
            titles[("organization", code)] = name
    if "groups" in facets:
        for name, title in Group.objects.filter(name__in=list(facets["groups"])).values_list(
            "name", "title"
        ):
            titles[("groups", name)] = title
    if "license_id" in facets:
        for lic in LICENSES.values():
            titles[("license_id", lic.id)] = lic.title
    return titles


def _package_input(data: dict[str, Any]) -> dict[str, Any]:
    values = dict(data)
    for key in ("tags", "groups", "extras", "resources"):
        value = values.get(key)
        if isinstance(value, str) and value.strip()[:1] in "[{":
            try:
                values[key] = json.loads(value)
            except ValueError:
                raise ValidationError({key: ["Could not parse as valid JSON"]}) from None
    return values


def _saved(function: Callable[[], Dataset]) -> Dataset:
    try:
        return function()
    except services.CatalogValidationError as exc:
        raise ValidationError(dict(exc.errors)) from exc
    except PermissionDenied as exc:
        raise NotAuthorized(str(exc)) from exc


@action(side_effect_free=False)
def package_create(ctx: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Create a dataset: name, title, owner_org, notes, tags, groups, license_id, private,
    extras, resources (links). Needs a data publisher's API token."""
    user = _require_publisher(ctx, "create a package")
    values = _package_input(data)
    dataset = _saved(lambda: services.dataset_create(actor=user, data=values))
    dataset.refresh_from_db()
    return _absolute(dataset.ckan, ctx.base_url)


@action(side_effect_free=False)
def package_update(ctx: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Replace a dataset's metadata (fields not given are cleared, as in CKAN)."""
    user = _require_publisher(ctx, "edit package")
    dataset = _dataset(ctx, _required(data, "id"))
    values = _package_input(data)
    values.setdefault("name", dataset.name)
    updated = _saved(
        lambda: services.dataset_update(actor=user, dataset=dataset, data=values, partial=False)
    )
    return _absolute(updated.ckan, ctx.base_url)


@action(side_effect_free=False)
def package_patch(ctx: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Change only the given fields of a dataset."""
    user = _require_publisher(ctx, "edit package")
    dataset = _dataset(ctx, _required(data, "id"))
    values = _package_input({k: v for k, v in data.items() if k != "id"})
    updated = _saved(
        lambda: services.dataset_update(actor=user, dataset=dataset, data=values, partial=True)
    )
    return _absolute(updated.ckan, ctx.base_url)


@action(side_effect_free=False)
def package_delete(ctx: Context, data: dict[str, Any]) -> None:
    """Withdraw a dataset (its state becomes deleted; it stays in the history)."""
    user = _require_publisher(ctx, "delete package")
    dataset = _dataset(ctx, _required(data, "id"))
    _saved(lambda: services.dataset_state_set(actor=user, dataset=dataset, state="deleted"))
    return None


# --- Resources ----------------------------------------------------------------------------------


@action(side_effect_free=True)
def resource_show(ctx: Context, data: dict[str, Any]) -> dict[str, Any]:
    """One resource by id."""
    resource = _resource(ctx, _required(data, "id"))
    package = _absolute({"resources": [services.resource_dict(resource)]}, ctx.base_url)
    return dict(package["resources"][0])


@action(side_effect_free=True)
def resource_view_list(ctx: Context, data: dict[str, Any]) -> list[dict[str, Any]]:
    """Views of a resource: the table view when it is in the datastore."""
    resource = _resource(ctx, _required(data, "id"))
    if not resource.datastore_active:
        return []
    return [
        {
            "id": str(uuid.uuid5(resource.id, "datatables_view")),
            "resource_id": str(resource.id),
            "package_id": str(resource.dataset_id),
            "view_type": "datatables_view",
            "title": "Table",
            "description": "",
        }
    ]


@action(side_effect_free=False)
def resource_create(ctx: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Add a resource to a dataset: package_id, name, description, format, and either url or
    a file in ``upload`` (multipart). CSV in UTF-8 or Shift_JIS is stored as UTF-8 and loaded
    into the datastore."""
    user = _require_publisher(ctx, "create resource")
    dataset = _dataset(ctx, _required(data, "package_id"))
    upload = data.get("upload")
    content = None
    upload_name = ""
    if upload is not None and hasattr(upload, "read"):
        limit = int(settings.MADOGUCHI_OPENDATA_MAX_UPLOAD)
        if getattr(upload, "size", 0) > limit:
            raise ValidationError({"upload": [f"File is larger than {limit // 1_000_000} MB"]})
        content = upload.read()
        upload_name = getattr(upload, "name", "") or ""
    values = {k: v for k, v in data.items() if k != "upload"}
    try:
        resource = services.resource_create(
            actor=user, dataset=dataset, data=values, upload_name=upload_name, upload=content
        )
    except services.CatalogValidationError as exc:
        raise ValidationError(dict(exc.errors)) from exc
    package = _absolute({"resources": [services.resource_dict(resource)]}, ctx.base_url)
    return dict(package["resources"][0])


# --- Organizations, groups, tags ----------------------------------------------------------------


def _public_counts(field_name: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ckan in Dataset.objects.filter(state=DatasetState.ACTIVE, private=False).values_list(
        "ckan", flat=True
    ):
        if field_name == "organization":
            key = (ckan.get("organization") or {}).get("name")
            if key:
                counts[key] = counts.get(key, 0) + 1
        elif field_name == "groups":
            for group in ckan.get("groups", []):
                counts[group["name"]] = counts.get(group["name"], 0) + 1
        else:
            for tag in ckan.get("tags", []):
                counts[tag["name"]] = counts.get(tag["name"], 0) + 1
    return counts


def _publishing_departments() -> list[Department]:
    codes = set(Dataset.objects.values_list("organization__code", flat=True))
    return [d for d in Department.objects.all() if d.code in codes]


def _list_of(
    ctx: Context, data: dict[str, Any], items: list[tuple[str, dict[str, Any]]], kind: str
) -> list[Any]:
    counts = _public_counts(kind)
    wanted = _strings(data, "organizations" if kind == "organization" else "groups")
    if wanted:
        items = [(n, d) for n, d in items if n in wanted]
    sort = str(data.get("sort") or "name asc")
    key, _, direction = sort.partition(" ")
    if key not in {"name", "title", "package_count"}:
        raise ValidationError({"sort": [f"Cannot sort by field `{key}`"]})
    items.sort(
        key=lambda item: counts.get(item[0], 0) if key == "package_count" else item[1][key],
        reverse=direction.strip().lower() == "desc",
    )
    offset = _int(data, "offset", 0)
    limit = _int(data, "limit", 1000)
    items = items[offset : offset + limit]
    if not _bool(data, "all_fields"):
        return [name for name, _ in items]
    return [{**d, "package_count": counts.get(name, 0)} for name, d in items]


@action(side_effect_free=True)
def organization_list(ctx: Context, data: dict[str, Any]) -> list[Any]:
    """Departments that publish datasets. all_fields, sort, limit, offset."""
    items = [(d.code, services.organization_dict(d)) for d in _publishing_departments()]
    return _list_of(ctx, data, items, "organization")


@action(side_effect_free=True)
def group_list(ctx: Context, data: dict[str, Any]) -> list[Any]:
    """Themes. all_fields, sort, limit, offset."""
    items = [(g.name, services.group_dict(g)) for g in Group.objects.all()]
    return _list_of(ctx, data, items, "groups")


def _with_datasets(
    ctx: Context, data: dict[str, Any], body: dict[str, Any], fq: str
) -> dict[str, Any]:
    outcome = selectors.dataset_search(fq=fq, rows=1000, sort="name asc")
    body["package_count"] = outcome.count
    if _bool(data, "include_datasets"):
        body["packages"] = [
            _absolute(p, ctx.base_url) for p in selectors.packages_by_id(outcome.ids)
        ]
    body.setdefault("users", [])
    body.setdefault("extras", [])
    body.setdefault("groups", [])
    body.setdefault("tags", [])
    return body


@action(side_effect_free=True)
def organization_show(ctx: Context, data: dict[str, Any]) -> dict[str, Any]:
    """One publishing department by name (code) or id; include_datasets."""
    department = services.organization_find(_required(data, "id"))
    if department is None:
        raise NotFound("Organization was not found.")
    body = services.organization_dict(department)
    return _with_datasets(ctx, data, body, f'organization:"{department.code}"')


@action(side_effect_free=True)
def group_show(ctx: Context, data: dict[str, Any]) -> dict[str, Any]:
    """One theme by name or id; include_datasets."""
    ref = _required(data, "id")
    group = Group.objects.filter(name=ref).first()
    if group is None:
        try:
            group = Group.objects.filter(id=uuid.UUID(ref)).first()
        except ValueError:
            group = None
    if group is None:
        raise NotFound("Group was not found.")
    return _with_datasets(ctx, data, services.group_dict(group), f'groups:"{group.name}"')


@action(side_effect_free=True)
def tag_list(ctx: Context, data: dict[str, Any]) -> list[Any]:
    """Tags of public datasets; query (substring), all_fields."""
    counts = _public_counts("tags")
    query = str(data.get("query") or "").strip().lower()
    names = sorted(n for n in counts if query in n.lower())
    if _bool(data, "all_fields"):
        return [
            {
                "id": str(uuid.uuid5(services.ORG_NAMESPACE, "tag:" + n)),
                "name": n,
                "display_name": n,
                "vocabulary_id": None,
            }
            for n in names
        ]
    return names


# --- Datastore ----------------------------------------------------------------------------------

DATASTORE_SEARCH_PARAMETERS = {
    "resource_id",
    "id",
    "q",
    "plain",
    "filters",
    "language",
    "limit",
    "offset",
    "fields",
    "sort",
    "distinct",
    "include_total",
    "total_estimation_threshold",
    "records_format",
    "full_text",
}


def _datastore_resource(ctx: Context, ref: str) -> Resource:
    resource = _resource(ctx, ref) if ref else None
    if resource is None or not resource.datastore_active:
        raise NotFound(f'Resource "{ref}" was not found.')
    return resource


def _links(resource_id: str, data: dict[str, Any], offset: int, limit: int) -> dict[str, str]:
    base = {k: v for k, v in data.items() if k not in {"offset", "id"}}
    base["resource_id"] = resource_id
    flat = {k: json.dumps(v) if isinstance(v, dict | list) else v for k, v in base.items()}
    return {
        "start": "/api/3/action/datastore_search?" + urlencode(flat),
        "next": "/api/3/action/datastore_search?" + urlencode({**flat, "offset": offset + limit}),
    }


def _format_records(
    records: list[tuple[Any, ...]], fields: list[dict[str, str]], records_format: str
) -> Any:
    if records_format == "lists":
        return [list(r) for r in records]
    if records_format in {"csv", "tsv"}:
        out = io.StringIO()
        writer = csv.writer(
            out, delimiter="," if records_format == "csv" else "\t", lineterminator="\n"
        )
        writer.writerows(records)
        return out.getvalue()
    names = [f["id"] for f in fields]
    return [dict(zip(names, r, strict=True)) for r in records]


@action(side_effect_free=True)
def datastore_search(ctx: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Rows of a tabular resource: resource_id, filters, q, fields, sort, limit (≤32000),
    offset, include_total, records_format (objects, lists, csv, tsv), distinct."""
    junk = sorted(k for k in data if k not in DATASTORE_SEARCH_PARAMETERS)
    if junk:
        raise ValidationError({"__junk": [f"The input field {junk} was not expected."]})
    ref = str(data.get("resource_id") or data.get("id") or "")
    if not ref:
        raise ValidationError({"resource_id": ["Missing value"]})
    resource = _datastore_resource(ctx, ref)
    filters = _json_value(data, "filters") or {}
    if not isinstance(filters, dict):
        raise ValidationError({"filters": ["Not a json object"]})
    q = _json_value(data, "q")
    if q is not None and not isinstance(q, str | dict):
        raise ValidationError({"q": ["Not a string or a json object"]})
    limit = min(_int(data, "limit", 100), DATASTORE_MAX_LIMIT)
    offset = _int(data, "offset", 0)
    records_format = str(data.get("records_format") or "objects")
    if records_format not in {"objects", "lists", "csv", "tsv"}:
        raise ValidationError(
            {"records_format": ["Value must be one of ['objects', 'lists', 'csv', 'tsv']"]}
        )
    include_total = _bool(data, "include_total", True)
    distinct = _bool(data, "distinct")
    columns = _strings(data, "fields")
    fields = resource.datastore_fields
    try:
        sort = datastore.parse_sort(_strings(data, "sort") or [], [f["id"] for f in fields])
        result = datastore.search(
            name=str(resource.id),
            path=services.datastore_dir() / resource.datastore_file,
            fields=fields,
            filters=filters,
            q=q or None,
            columns=columns,
            sort=sort,
            limit=limit,
            offset=offset,
            include_total=include_total,
            distinct=distinct,
        )
    except datastore.DatastoreError as exc:
        raise ValidationError({exc.field_name or "query": [str(exc)]}) from exc
    body: dict[str, Any] = {
        "include_total": include_total,
        "limit": limit,
        "records_format": records_format,
        "resource_id": str(resource.id),
        "total_estimation_threshold": None,
        "records": _format_records(result.records, result.fields, records_format),
        "fields": result.fields,
        "_links": _links(str(resource.id), data, offset, limit),
    }
    if offset:
        body["offset"] = offset
    if filters:
        body["filters"] = filters
    if q:
        body["q"] = q
    if sort:
        body["sort"] = ", ".join(f"{c} {d.lower()}" for c, d in sort)
    if result.total is not None:
        body["total"] = result.total
        body["total_was_estimated"] = False
    return body


@action(side_effect_free=True)
def datastore_search_sql(ctx: Context, data: dict[str, Any]) -> dict[str, Any]:
    """A read-only SQL query (one SELECT) over public datastore tables, named by resource id
    in double quotes. At most 32,000 rows and 10 seconds."""
    sql = str(data.get("sql") or "").strip()
    if not sql:
        raise ValidationError({"sql": ["Missing value"]})
    tables = {}
    for ref in datastore.referenced_tables(sql):
        resource = Resource.objects.select_related("dataset").filter(pk=ref).first()
        if resource is None or not resource.datastore_active:
            continue
        if not _visible(ctx, resource.dataset):
            raise NotAuthorized(f"Not authorized to read resource {ref}")
        tables[ref] = services.datastore_dir() / resource.datastore_file
    try:
        fields, rows, truncated = datastore.run_sql(sql=sql, tables=tables)
    except datastore.DatastoreError as exc:
        raise ValidationError({"query": [str(exc)], "info": {"statement": [sql]}}) from exc
    names = [f["id"] for f in fields]
    body: dict[str, Any] = {
        "sql": sql,
        "records": [dict(zip(names, r, strict=True)) for r in rows],
        "fields": fields,
    }
    if truncated:
        body["records_truncated"] = True
    return body


@action(side_effect_free=True)
def datastore_info(ctx: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Columns and row count of a datastore table."""
    ref = str(data.get("id") or data.get("resource_id") or "")
    resource = _datastore_resource(ctx, ref)
    return {
        "meta": {"count": resource.datastore_rows, "id": str(resource.id)},
        "fields": [
            {"id": f["id"], "type": f["type"], "schema": {"native_type": f["type"]}}
            for f in resource.datastore_fields
            if f["id"] != datastore.ROW_ID
        ],
    }


# --- The endpoint -------------------------------------------------------------------------------


def _token_user(request: HttpRequest) -> User | None:
    header = request.headers.get("Authorization") or request.headers.get("X-CKAN-API-Key") or ""
    token = header.strip()
    if token.lower().startswith("bearer "):
        token = token[7:].strip()
    if not token:
        return None
    return api_token_user(token=token)


class _BadRequest(Exception):
    pass


def _request_data(request: HttpRequest, *, side_effect_free: bool) -> dict[str, Any]:
    """CKAN's ``_get_request_data``: JSON body, form or multipart, or (read actions) the
    query string; repeated parameters become lists."""

    def mixed(multi: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in multi:
            values = multi.getlist(key)
            out[key] = values[0] if len(values) == 1 else values
        return out

    if request.method == "GET":
        if not side_effect_free:
            raise _BadRequest(
                "JSON Error: Invalid request. Please use POST method for your request"
            )
        return mixed(request.GET)
    if request.method != "POST":
        raise _BadRequest("JSON Error: Invalid request. Please use POST method for your request")
    content_type = request.content_type or ""
    if content_type.startswith("multipart/form-data") or (
        content_type == "application/x-www-form-urlencoded" and request.POST
    ):
        values = list(request.POST.values())
        if (
            content_type == "application/x-www-form-urlencoded"
            and len(values) == 1
            and values[0] in {"1", ""}
        ):
            key = next(iter(request.POST.keys()))
            try:
                parsed = json.loads(key)
            except ValueError as exc:
                raise _BadRequest(f"JSON Error: Error decoding JSON data. Error: {exc!r}") from exc
            data = parsed
        else:
            data = mixed(request.POST)
        if isinstance(data, dict):
            for name, upload in request.FILES.items():
                data[name] = upload
    elif request.body:
        try:
            data = json.loads(request.body.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise _BadRequest(
                f"JSON Error: Error decoding JSON data. Error: {exc!r} "
                f"JSON data extracted from the request: {request.body[:200]!r}"
            ) from exc
    else:
        data = {}
    if not isinstance(data, dict):
        raise _BadRequest(
            f"JSON Error: Request data JSON decoded to {data!r} but it needs to be a dictionary."
        )
    return data


def _finish(status: int, body: Any) -> JsonResponse:
    response = JsonResponse(
        body, status=status, safe=False, json_dumps_params={"ensure_ascii": False}
    )
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "no-cache"
    return response


@csrf_exempt
def action_view(request: HttpRequest, name: str, version: int = 3) -> JsonResponse:
    with translation.override("en"):
        return _action(request, name)


def _action(request: HttpRequest, name: str) -> JsonResponse:
    registered = ACTIONS.get(name)
    if registered is None:
        return _finish(400, f"Bad request - Action name not known: {name}")
    envelope: dict[str, Any] = {
        "help": request.build_absolute_uri(f"/api/3/action/help_show?name={name}")
    }
    try:
        data = _request_data(request, side_effect_free=registered.side_effect_free)
    except _BadRequest as exc:
        return _finish(400, f"Bad request - {exc}")
    data.pop("callback", None)
    ctx = Context(request=request, user=_token_user(request))
    try:
        envelope["result"] = registered.function(ctx, data)
        envelope["success"] = True
    except NotAuthorized as exc:
        message = "Access denied" + (f": {exc}" if str(exc) else "")
        return _error(envelope, 403, {"__type": "Authorization Error", "message": message})
    except NotFound as exc:
        message = "Not found" + (f": {exc}" if str(exc) else "")
        return _error(envelope, 404, {"__type": "Not Found Error", "message": message})
    except ValidationError as exc:
        return _error(envelope, 409, {**exc.errors, "__type": "Validation Error"})
    except SearchQueryError as exc:
        return _error(
            envelope,
            400,
            {"__type": "Search Query Error", "message": f"Search Query is invalid: {exc.args!r}"},
        )
    except Exception:
        log.exception("CKAN action %s failed", name)
        return _error(
            envelope, 500, {"__type": "Internal Server Error", "message": "Internal Server Error"}
        )
    return _finish(200, envelope)


def _error(envelope: dict[str, Any], status: int, error: dict[str, Any]) -> JsonResponse:
    envelope["success"] = False
    envelope["error"] = error
    return _finish(status, envelope)
