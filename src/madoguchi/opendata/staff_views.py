"""Staff pages for publishing open data: datasets, uploads, datastore progress, downloads."""

from __future__ import annotations

import uuid
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from madoguchi.accounts.decorators import staff_required
from madoguchi.accounts.models import Department
from madoguchi.core.forms import service_errors_add
from madoguchi.opendata import selectors, services
from madoguchi.opendata.forms import DatasetForm, UploadForm
from madoguchi.opendata.models import Dataset, Group, Resource

STAFF = "opendata.publish"


def _choices() -> dict[str, Any]:
    return {
        "organizations": [
            (d.code, d.localized_name)
            for d in Department.objects.filter(kind__in=["department", "branch", "section"])
        ],
        "groups": [(g.name, g.localized_title) for g in Group.objects.all()],
    }


def _dataset(name: str) -> Dataset:
    dataset = (
        Dataset.objects.select_related("organization").prefetch_related("groups").filter(name=name)
    ).first()
    if dataset is None:
        raise Http404
    return dataset


@staff_required(STAFF)
def staff_list(request: HttpRequest) -> HttpResponse:
    months = selectors.downloads_by_month(months=6)
    per_dataset = selectors.downloads_per_dataset_month(first=months[0][0])
    datasets = list(Dataset.objects.select_related("organization").order_by("-modified_at"))
    month_keys = [m.strftime("%Y-%m") for m, _ in months]
    rows = []
    for dataset in datasets:
        counts = [per_dataset.get((key, dataset.name, dataset.title), 0) for key in month_keys]
        rows.append({"dataset": dataset, "counts": counts, "total": sum(counts)})
    average = selectors.monthly_download_average()
    return render(
        request,
        "opendata/staff_list.html",
        {
            "rows": rows,
            "months": month_keys,
            "month_totals": [n for _, n in months],
            "average": average,
        },
    )


@staff_required(STAFF)
def staff_dataset_create(request: HttpRequest) -> HttpResponse:
    form = DatasetForm(
        request.POST or None,
        initial={"license_id": "cc-by-4.0", "state": "draft", "spatial": "東京都港区"},
        **_choices(),
    )
    if request.method == "POST" and form.is_valid():
        try:
            dataset = services.dataset_create(
                actor=request.user,  # type: ignore[arg-type]
                data=form.ckan_data(),
            )
        except services.CatalogValidationError as exc:
            service_errors_add(form, exc.errors, renamed=DatasetForm.ERROR_FIELDS)
        else:
            messages.success(request, _("The dataset has been created."))
            return redirect("opendata:staff_dataset", dataset.name)
    return render(
        request,
        "opendata/staff_form.html",
        {"form": form, "title": _("New dataset")},
        status=400 if form.errors else 200,
    )


@staff_required(STAFF)
def staff_dataset_edit(request: HttpRequest, name: str) -> HttpResponse:
    dataset = _dataset(name)
    initial = {
        "name": dataset.name,
        "title": dataset.title,
        "notes": dataset.notes,
        "title_en": dataset.title_i18n.get("en", ""),
        "title_zh_hans": dataset.title_i18n.get("zh-hans", ""),
        "title_ko": dataset.title_i18n.get("ko", ""),
        "notes_en": dataset.notes_i18n.get("en", ""),
        "organization": dataset.organization.code,
        "groups": [g.name for g in dataset.groups.all()],
        "tags": ", ".join(dataset.tags),
        "license_id": dataset.license_id,
        "frequency": dataset.frequency,
        "temporal_start": dataset.temporal_start,
        "temporal_end": dataset.temporal_end,
        "spatial": dataset.spatial,
        "contact_name": dataset.contact_name,
        "contact_email": dataset.contact_email,
        "standard": dataset.standard,
        "state": dataset.state,
        "private": dataset.private,
    }
    form = DatasetForm(request.POST or None, initial=initial, **_choices())
    if request.method == "POST" and form.is_valid():
        data = form.ckan_data()
        try:
            updated = services.dataset_update(
                actor=request.user,  # type: ignore[arg-type]
                dataset=dataset,
                data=data,
                partial=True,
            )
        except services.CatalogValidationError as exc:
            service_errors_add(form, exc.errors, renamed=DatasetForm.ERROR_FIELDS)
        else:
            messages.success(request, _("The dataset has been saved as a new version."))
            return redirect("opendata:staff_dataset", updated.name)
    return render(
        request,
        "opendata/staff_form.html",
        {"form": form, "dataset": dataset, "title": _("Edit dataset")},
        status=400 if form.errors else 200,
    )


@staff_required(STAFF)
def staff_dataset(request: HttpRequest, name: str) -> HttpResponse:
    dataset = _dataset(name)
    months = selectors.downloads_by_month(dataset=dataset, months=12)
    resources = list(dataset.resources.all())
    return render(
        request,
        "opendata/staff_dataset.html",
        {
            "dataset": dataset,
            "resources": resources,
            "loading": any(r.datastore_state in {"pending", "loading"} for r in resources),
            "revisions": list(dataset.revisions.select_related("created_by")[:20]),
            "months": [(m.strftime("%Y-%m"), n) for m, n in months],
            "upload_form": UploadForm(),
        },
    )


@staff_required(STAFF)
def staff_resource_upload(request: HttpRequest, name: str) -> HttpResponse:
    dataset = _dataset(name)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["upload"]
        try:
            resource = services.resource_create(
                actor=request.user,  # type: ignore[arg-type]
                dataset=dataset,
                data={
                    "name": form.cleaned_data["name"],
                    "description": form.cleaned_data["description"],
                    "format": form.cleaned_data["format"],
                },
                upload_name=upload.name,
                upload=upload.read(),
            )
        except services.CatalogValidationError as exc:
            for message in [m for messages_ in exc.errors.values() for m in messages_]:
                form.add_error("upload", message)
        else:
            if resource.validation:
                messages.warning(
                    request,
                    _("The file was added with %(count)s warnings; see below.")
                    % {"count": len(resource.validation)},
                )
            else:
                messages.success(request, _("The file has been added."))
            return redirect("opendata:staff_dataset", dataset.name)
    return render(
        request,
        "opendata/staff_upload.html",
        {"dataset": dataset, "form": form},
        status=400 if form.errors else 200,
    )


@staff_required(STAFF)
@require_POST
def staff_resource_delete(request: HttpRequest, name: str, resource_id: uuid.UUID) -> HttpResponse:
    dataset = _dataset(name)
    resource = Resource.objects.filter(dataset=dataset, id=resource_id).first()
    if resource is None:
        raise Http404
    try:
        services.resource_delete(actor=request.user, resource=resource)  # type: ignore[arg-type]
    except PermissionDenied:
        raise
    messages.success(request, _("The file has been removed."))
    return redirect("opendata:staff_dataset", dataset.name)
