"""Resident pages of the open data catalog, and the download endpoints every client uses.

Search with facets, a dataset page, and a resource page with a paged, sortable table preview,
a bar chart of a numeric column and a map of rows with coordinates, all rendered on the server
(no JavaScript, no tile server). Downloads go through ``download_view`` or the datastore dump,
which count them.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import uuid
from typing import Any
from urllib.parse import urlencode

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from madoguchi.accounts.permissions import has_capability
from madoguchi.audit.middleware import client_ip
from madoguchi.opendata import charts, datastore, selectors, services
from madoguchi.opendata.licenses import license_get
from madoguchi.opendata.models import Dataset, DatasetState, Download, Frequency, Group, Resource

FACET_LABELS = {
    "organization": gettext_lazy("Department"),
    "groups": gettext_lazy("Theme"),
    "tags": gettext_lazy("Tag"),
    "res_format": gettext_lazy("Format"),
    "license_id": gettext_lazy("Licence"),
}
SORTS = {
    "": ("score desc, metadata_modified desc", gettext_lazy("Relevance")),
    "modified": ("metadata_modified desc", gettext_lazy("Recently updated")),
    "name": ("title_string asc", gettext_lazy("Title")),
}
PAGE_SIZE = 20
PREVIEW_ROWS = 25
MAP_POINTS = 2000


def _can_see(request: HttpRequest, dataset: Dataset) -> bool:
    return dataset.is_public or has_capability(request.user, "opendata.publish")


def _facet_value_label(field: str, value: str, titles: dict[tuple[str, str], str]) -> str:
    if field == "license_id":
        licence = license_get(value)
        return str(licence.label) if licence else value
    return titles.get((field, value), value)


def _titles(facets: dict[str, Any]) -> dict[tuple[str, str], str]:
    from madoguchi.accounts.models import Department

    titles: dict[tuple[str, str], str] = {}
    if "organization" in facets:
        for department in Department.objects.filter(code__in=list(facets["organization"])):
            titles[("organization", department.code)] = department.localized_name
    if "groups" in facets:
        for group in Group.objects.filter(name__in=list(facets["groups"])):
            titles[("groups", group.name)] = group.localized_title
    return titles


def _quote_fq(value: str) -> str:
    return '"' + value.replace('"', "") + '"'


def catalog_view(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()[:200]
    selected: list[tuple[str, str]] = []
    for field in FACET_LABELS:
        for value in request.GET.getlist(field)[:10]:
            if value:
                selected.append((field, value[:100]))
    sort_key = request.GET.get("sort", "")
    sort_key = sort_key if sort_key in SORTS else ""
    fq = " ".join(f"+{field}:{_quote_fq(value)}" for field, value in selected)
    try:
        page_number = max(1, int(request.GET.get("page", "1")))
    except ValueError:
        page_number = 1
    try:
        outcome = selectors.dataset_search(
            q=q.replace(":", " "),
            fq=fq,
            sort=SORTS[sort_key][0],
            rows=PAGE_SIZE,
            start=(page_number - 1) * PAGE_SIZE,
            facet_fields=list(FACET_LABELS),
        )
    except selectors.SearchQueryError:
        outcome = selectors.SearchOutcome(count=0, ids=[], facets={}, sort="")
    titles = _titles(outcome.facets)
    facets = []
    for field, label in FACET_LABELS.items():
        counter = outcome.facets.get(field)
        if not counter:
            continue
        items = []
        for value, count in counter.most_common(12):
            is_on = (field, value) in selected
            params = [(k, v) for k, v in selected if (k, v) != (field, value)]
            if not is_on:
                params.append((field, value))
            items.append(
                {
                    "label": _facet_value_label(field, value, titles),
                    "count": count,
                    "selected": is_on,
                    "url": "?" + urlencode([("q", q), *params, ("sort", sort_key)]),
                }
            )
        facets.append({"field": field, "label": label, "items": items})
    packages = selectors.packages_by_id(outcome.ids)
    pages = max(1, math.ceil(outcome.count / PAGE_SIZE))
    return render(
        request,
        "opendata/catalog.html",
        {
            "q": q,
            "results": [_summary(p) for p in packages],
            "count": outcome.count,
            "facets": facets,
            "selected": [
                {
                    "label": f"{FACET_LABELS[f]}: {_facet_value_label(f, v, titles)}",
                    "url": "?"
                    + urlencode([("q", q), *[(k, x) for k, x in selected if (k, x) != (f, v)]]),
                }
                for f, v in selected
            ],
            "sort": sort_key,
            "sorts": [(k, label) for k, (_, label) in SORTS.items()],
            "hidden": selected,
            "page": page_number,
            "pages": pages,
            "previous_url": _page_link(request, page_number - 1) if page_number > 1 else "",
            "next_url": _page_link(request, page_number + 1) if page_number < pages else "",
            "breadcrumbs": [{"label": _("Open data"), "url": None}],
        },
    )


def _page_link(request: HttpRequest, number: int) -> str:
    query = request.GET.copy()
    query["page"] = str(number)
    return "?" + query.urlencode()


def _localized(package: dict[str, Any], key: str) -> str:
    from django.utils import translation

    language = translation.get_language() or "ja"
    if language != "ja":
        for extra in package.get("extras", []):
            if extra.get("key") == f"{key}_{language}" and extra.get("value"):
                return str(extra["value"])
    return str(package.get(key) or "")


def _summary(package: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": package["name"],
        "title": _localized(package, "title"),
        "original_title": package["title"],
        "notes": _localized(package, "notes"),
        "organization": (package.get("organization") or {}).get("name", ""),
        "formats": sorted({r["format"] for r in package.get("resources", []) if r.get("format")}),
        "modified": package.get("metadata_modified", "")[:10],
    }


def _dataset_or_404(request: HttpRequest, name: str) -> Dataset:
    dataset = (
        Dataset.objects.select_related("organization")
        .prefetch_related("groups", "resources")
        .filter(name=name)
        .first()
    )
    if dataset is None or dataset.state == DatasetState.DELETED or not _can_see(request, dataset):
        raise Http404
    return dataset


def dataset_view(request: HttpRequest, name: str) -> HttpResponse:
    dataset = _dataset_or_404(request, name)
    licence = license_get(dataset.license_id)
    downloads = Download.objects.filter(dataset=dataset).count()
    return render(
        request,
        "opendata/dataset.html",
        {
            "dataset": dataset,
            "licence": licence,
            "frequency": Frequency(dataset.frequency).label if dataset.frequency else "",
            "resources": list(dataset.resources.all()),
            "downloads": downloads,
            "api_url": "/api/3/action/package_show?" + urlencode({"id": dataset.name}),
            "breadcrumbs": [
                {"label": _("Open data"), "url": reverse("opendata:catalog")},
                {"label": dataset.localized_title, "url": None},
            ],
        },
    )


def _resource_or_404(request: HttpRequest, name: str, resource_id: uuid.UUID) -> Resource:
    dataset = _dataset_or_404(request, name)
    resource = Resource.objects.filter(dataset=dataset, id=resource_id).first()
    if resource is None:
        raise Http404
    resource.dataset = dataset
    return resource


def resource_view(request: HttpRequest, name: str, resource_id: uuid.UUID) -> HttpResponse:
    resource = _resource_or_404(request, name, resource_id)
    dataset = resource.dataset
    context: dict[str, Any] = {
        "dataset": dataset,
        "resource": resource,
        "download_url": services.download_path(resource) + "?via=web"
        if resource.is_upload
        else resource.url,
        "breadcrumbs": [
            {"label": _("Open data"), "url": reverse("opendata:catalog")},
            {
                "label": dataset.localized_title,
                "url": reverse("opendata:dataset", args=[dataset.name]),
            },
            {"label": resource.name, "url": None},
        ],
    }
    if resource.datastore_active:
        context.update(_preview(request, resource))
    elif resource.format == "GeoJSON" and resource.is_upload:
        context.update(_geojson_map(resource))
    return render(request, "opendata/resource.html", context)


GEOJSON_MAP_MAX_BYTES = 5_000_000


def _geojson_map(resource: Resource) -> dict[str, Any]:
    """A map of a GeoJSON file's points (the first coordinate of other geometries), read on
    the server. Files too large or not GeoJSON simply get no map."""
    if not resource.size or resource.size > GEOJSON_MAP_MAX_BYTES:
        return {}
    try:
        with default_storage.open(resource.file, "rb") as handle:
            document = json.loads(handle.read().decode("utf-8-sig"))
    except (OSError, ValueError):
        return {}
    features = document.get("features") if isinstance(document, dict) else None
    if not isinstance(features, list):
        return {}
    points: list[tuple[float, float, str]] = []
    for feature in features[:MAP_POINTS]:
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        coordinates = geometry.get("coordinates") if isinstance(geometry, dict) else None
        while isinstance(coordinates, list) and coordinates and isinstance(coordinates[0], list):
            coordinates = coordinates[0]
        properties = feature.get("properties") or {}
        label = ""
        if isinstance(properties, dict):
            label = str(
                next((properties[k] for k in ("名称", "name", "施設名") if properties.get(k)), "")
            )
        try:
            lon, lat = float(coordinates[0]), float(coordinates[1])  # type: ignore[index]
        except (TypeError, ValueError, IndexError):
            lon, lat = math.nan, math.nan
        points.append((lat, lon, label))
    if not points:
        return {}
    svg, skipped = charts.point_map_svg(
        title=_("Map of %(name)s") % {"name": resource.name},
        description=_(
            "%(count)s places plotted by latitude and longitude; the numbered list below the "
            "map names each one."
        )
        % {"count": len(points)},
        points=points,
        id_prefix="geojson-map",
    )
    listed = [
        {"number": i + 1, "label": p[2], "lat": p[0], "lon": p[1]}
        for i, p in enumerate(points[:200])
    ]
    return {"map_svg": svg, "map_points": listed, "map_skipped": skipped}


def _preview(request: HttpRequest, resource: Resource) -> dict[str, Any]:
    fields = resource.datastore_fields
    ids = [f["id"] for f in fields]
    sort_column = request.GET.get("sort", "")
    direction = "desc" if request.GET.get("dir") == "desc" else "asc"
    sort = [(sort_column, direction.upper())] if sort_column in ids else []
    q = request.GET.get("q", "").strip()[:100]
    try:
        page_number = max(1, int(request.GET.get("page", "1")))
    except ValueError:
        page_number = 1
    path = services.datastore_dir() / resource.datastore_file
    result = datastore.search(
        name=str(resource.id),
        path=path,
        fields=fields,
        q=q or None,
        sort=sort,
        limit=PREVIEW_ROWS,
        offset=(page_number - 1) * PREVIEW_ROWS,
    )
    total = result.total or 0
    pages = max(1, math.ceil(total / PREVIEW_ROWS))
    columns = []
    for f in fields:
        next_dir = "desc" if sort_column == f["id"] and direction == "asc" else "asc"
        params = {"sort": f["id"], "dir": next_dir}
        if q:
            params["q"] = q
        columns.append(
            {
                "id": f["id"],
                "type": f["type"],
                "sort_url": "?" + urlencode(params) + "#preview",
                "sorted": ("descending" if direction == "desc" else "ascending")
                if sort_column == f["id"]
                else "",
            }
        )
    numeric = charts.numeric_columns(fields)
    chart_column = request.GET.get("chart", "")
    chart_column = chart_column if chart_column in numeric else (numeric[0] if numeric else "")
    chart_svg = ""
    if chart_column and result.records:
        label_index = next((i for i, f in enumerate(result.fields) if f["type"] == "text"), 0)
        value_index = [f["id"] for f in result.fields].index(chart_column)
        chart_svg = charts.bar_chart_svg(
            title=_("%(column)s by row (rows on this page)") % {"column": chart_column},
            description=_(
                "Bar chart of the column %(column)s for the %(count)s rows shown in the table "
                "below; the table has the same values."
            )
            % {"column": chart_column, "count": len(result.records)},
            labels=[str(r[label_index]) for r in result.records],
            values=[
                v if isinstance(v, int | float) and not isinstance(v, bool) else None
                for v in (r[value_index] for r in result.records)
            ],
            id_prefix="preview-chart",
        )
    map_svg, skipped = "", 0
    map_points: list[dict[str, Any]] = []
    coordinates = charts.coordinate_columns(fields)
    if coordinates:
        map_svg, map_points, skipped = _map(resource, path, fields, coordinates)
    return {
        "columns": columns,
        "rows": result.records,
        "total": total,
        "q": q,
        "page": page_number,
        "pages": pages,
        "previous_url": _page_link(request, page_number - 1) + "#preview"
        if page_number > 1
        else "",
        "next_url": _page_link(request, page_number + 1) + "#preview"
        if page_number < pages
        else "",
        "numeric_columns": numeric,
        "chart_column": chart_column,
        "chart_svg": chart_svg,
        "map_svg": map_svg,
        "map_points": map_points,
        "map_skipped": skipped,
        "sort_column": sort_column,
        "sort_dir": direction,
    }


# Numbers that identify rather than measure: not charted unless chosen.
_CODE_RE = re.compile(r"コード|番号|ID$|^ID|code|_id$|^id$", re.IGNORECASE)
_LABEL_NAMES = ("名称", "施設名", "地域名", "name", "名前", "地区")


def _label_index(fields: list[dict[str, str]]) -> int:
    """The column that names a row: 名称 and the like, else the first text column that is
    not a code."""
    ids = [f["id"] for f in fields]
    for wanted in _LABEL_NAMES:
        if wanted in ids:
            return ids.index(wanted)
    for i, f in enumerate(fields):
        if f["type"] == "text" and not _CODE_RE.search(f["id"]):
            return i
    return next((i for i, f in enumerate(fields) if f["type"] == "text"), 0)


def _map(
    resource: Resource, path: Any, fields: list[dict[str, str]], coordinates: tuple[str, str]
) -> tuple[str, list[dict[str, Any]], int]:
    lat, lon = coordinates
    label_index = _label_index(fields)
    label_field = fields[label_index]["id"] if fields[label_index]["type"] == "text" else ""
    columns = [lat, lon] + ([label_field] if label_field else [])
    result = datastore.search(
        name=str(resource.id),
        path=path,
        fields=fields,
        columns=columns,
        limit=MAP_POINTS,
        include_total=False,
    )
    points = [
        (
            float(r[0]) if r[0] is not None else math.nan,
            float(r[1]) if r[1] is not None else math.nan,
            str(r[2]) if len(r) > 2 and r[2] is not None else "",
        )
        for r in result.records
    ]
    if not points:
        return "", [], 0
    svg, skipped = charts.point_map_svg(
        title=_("Map of %(name)s") % {"name": resource.name},
        description=_(
            "%(count)s places plotted by latitude and longitude; the numbered list below the "
            "map names each one."
        )
        % {"count": len(points)},
        points=points,
        id_prefix="preview-map",
    )
    listed = [
        {"number": i + 1, "label": p[2], "lat": p[0], "lon": p[1]}
        for i, p in enumerate(points[:200])
    ]
    return svg, listed, skipped


# --- Downloads ----------------------------------------------------------------------------------


def _count(request: HttpRequest, resource: Resource, channel: str) -> None:
    services.download_record(
        resource=resource,
        ip=client_ip(request) or "",
        user_agent=request.headers.get("User-Agent", "")[:500],
        channel=channel,
    )


@require_GET
def download_view(
    request: HttpRequest, dataset_id: uuid.UUID, resource_id: uuid.UUID, filename: str
) -> FileResponse | HttpResponse:
    """The file of an uploaded resource (CSV always as UTF-8), counted as a download."""
    resource = (
        Resource.objects.select_related("dataset")
        .filter(id=resource_id, dataset_id=dataset_id)
        .first()
    )
    if resource is None or not resource.file or resource.dataset.state == DatasetState.DELETED:
        raise Http404
    if not _can_see(request, resource.dataset):
        raise Http404
    if filename != resource.filename:
        return redirect(services.download_path(resource))
    channel = Download.Channel.WEB if request.GET.get("via") == "web" else Download.Channel.DIRECT
    _count(request, resource, channel)
    content_type = resource.mimetype or "application/octet-stream"
    if resource.format == "CSV":
        content_type = "text/csv; charset=utf-8"
    response = FileResponse(
        default_storage.open(resource.file, "rb"),
        content_type=content_type,
        as_attachment=True,
        filename=resource.filename,
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def datastore_dump_view(request: HttpRequest, resource_id: uuid.UUID) -> StreamingHttpResponse:
    """CKAN's ``/datastore/dump/<id>``: the whole table as UTF-8 CSV, counted as an API
    download."""
    resource = Resource.objects.select_related("dataset").filter(id=resource_id).first()
    if resource is None or not resource.datastore_active:
        raise Http404
    if resource.dataset.state == DatasetState.DELETED or not _can_see(request, resource.dataset):
        raise Http404
    _count(request, resource, Download.Channel.API)
    fields = resource.datastore_fields
    path = services.datastore_dir() / resource.datastore_file

    def rows() -> Any:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([f["id"] for f in fields])
        yield out.getvalue()
        offset = 0
        while True:
            page = datastore.search(
                name=str(resource.id),
                path=path,
                fields=fields,
                limit=10000,
                offset=offset,
                include_total=False,
            )
            if not page.records:
                break
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
            writer.writerows(page.records)
            yield out.getvalue()
            offset += len(page.records)

    response = StreamingHttpResponse(
        (chunk.encode("utf-8") for chunk in rows()), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{resource.id}.csv"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def downloads_csv_view(request: HttpRequest) -> HttpResponse:
    """The catalog's own download statistics as open data: downloads per month, city-wide and
    per dataset, for the last twelve months. Computed at the moment of the request."""
    months = selectors.downloads_by_month(months=12)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["月", "データセット", "データセット名", "ダウンロード数"])
    for month, count in months:
        writer.writerow([month.strftime("%Y-%m"), "", "全体", count])
    per_dataset = selectors.downloads_per_dataset_month(first=months[0][0])
    for (month_text, name, title), count in sorted(per_dataset.items()):
        writer.writerow([month_text, name, title, count])
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="opendata-downloads.csv"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


# --- DCAT -----------------------------------------------------------------------------------

DCAT_PAGE_SIZE = 100


def _dcat_response(graph: Any, fmt: str) -> HttpResponse:
    from madoguchi.opendata import dcat

    body, content_type = dcat.serialize(graph=graph, fmt=fmt)
    response = HttpResponse(body, content_type=f"{content_type}; charset=utf-8")
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def catalog_dcat_view(request: HttpRequest, fmt: str) -> HttpResponse:
    """The public catalog as DCAT, 100 datasets a page (``?page=N``), newest changes first,
    paged with hydra as ckanext-dcat does."""
    from madoguchi.opendata import dcat

    if fmt not in dcat.FORMATS:
        raise Http404
    try:
        page = max(1, int(request.GET.get("page", "1")))
    except ValueError:
        page = 1
    public = Dataset.objects.filter(state=DatasetState.ACTIVE, private=False)
    total = public.count()
    packages = list(
        public.order_by("-modified_at").values_list("ckan", flat=True)[
            (page - 1) * DCAT_PAGE_SIZE : page * DCAT_PAGE_SIZE
        ]
    )
    latest = public.order_by("-modified_at").values_list("ckan", flat=True).first()
    base_url = request.build_absolute_uri("/").rstrip("/")
    path = request.build_absolute_uri(request.path)
    graph = dcat.catalog_graph(
        packages=packages,
        base_url=base_url,
        title="港区オープンデータカタログ",
        description="港区が公開するオープンデータの一覧 (Madoguchi)",
        language="ja",
        page=page,
        page_size=DCAT_PAGE_SIZE,
        total=total,
        page_url=lambda number: f"{path}?page={number}",
        modified=(latest or {}).get("metadata_modified"),
    )
    return _dcat_response(graph, fmt)


@require_GET
def dataset_dcat_view(request: HttpRequest, ref: str, fmt: str) -> HttpResponse:
    from rdflib import Graph

    from madoguchi.opendata import dcat

    if fmt not in dcat.FORMATS:
        raise Http404
    dataset = selectors.dataset_get(ref)
    if dataset is None or not dataset.is_public:
        raise Http404
    graph = Graph()
    dcat.graph_from_package(
        graph=graph, package=dataset.ckan, base_url=request.build_absolute_uri("/").rstrip("/")
    )
    return _dcat_response(graph, fmt)


@require_GET
def dataset_uri_view(request: HttpRequest, dataset_id: uuid.UUID) -> HttpResponse:
    """The dataset's URI in DCAT output resolves to its page."""
    dataset = Dataset.objects.filter(id=dataset_id).first()
    if dataset is None or not dataset.is_public:
        raise Http404
    return redirect("opendata:dataset", dataset.name)
