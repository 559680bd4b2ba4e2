"""Staff pages for the procedure catalog."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from madoguchi.accounts.decorators import staff_required
from madoguchi.accounts.models import Department
from madoguchi.accounts.permissions import department_scope
from madoguchi.procedures import selectors, services
from madoguchi.procedures.forms import ProcedureCreateForm, ProcedureEditForm
from madoguchi.procedures.models import Procedure


@staff_required("procedures.manage")
def staff_procedure_list(request: HttpRequest) -> HttpResponse:
    procedures = selectors.procedure_list_for_staff(viewer=request.user)  # type: ignore[arg-type]
    return render(
        request,
        "procedures/staff_list.html",
        {"procedures": procedures, "share": selectors.online_share()},
    )


@staff_required("procedures.manage")
def staff_procedure_edit(request: HttpRequest, code: str) -> HttpResponse:
    try:
        procedure = selectors.procedure_get_for_staff(viewer=request.user, code=code)  # type: ignore[arg-type]
    except Procedure.DoesNotExist as exc:
        raise Http404 from exc
    initial = {field: getattr(procedure, field) for field in services.EDITABLE_FIELDS}
    form = ProcedureEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.procedure_update(
                actor=request.user,  # type: ignore[arg-type]
                procedure=procedure,
                changes={f: form.cleaned_data[f] for f in services.EDITABLE_FIELDS},
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The procedure has been saved."))
            return redirect("procedures:staff_list")
    return render(
        request,
        "procedures/staff_edit.html",
        {"procedure": procedure, "form": form},
        status=400 if form.errors else 200,
    )


@staff_required("procedures.manage")
def staff_procedure_create(request: HttpRequest) -> HttpResponse:
    viewer = request.user
    departments = Department.objects.filter(pk__in=department_scope(viewer)).order_by(  # type: ignore[arg-type]
        "sort_order", "code"
    )
    form = ProcedureCreateForm(
        request.POST or None,
        departments=[(d.code, d.localized_name) for d in departments],
        initial={"identity_level": "email", "processing_days": 5, "retention_years": 5},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            procedure = services.procedure_create(
                actor=viewer,  # type: ignore[arg-type]
                code=data["code"],
                name=data["name"],
                name_i18n={
                    "en": data["name_en"],
                    "zh-hans": data["name_zh_hans"],
                    "ko": data["name_ko"],
                },
                summary=data["summary"],
                department=departments.get(code=data["department"]),
                category=data["category"],
                identity_level=data["identity_level"],
                processing_days=data["processing_days"],
                retention_years=data["retention_years"],
            )
        except ValidationError:
            form.add_error("code", _("A procedure with this code already exists."))
        else:
            messages.success(
                request,
                _("The procedure has been created. Build its form, then switch it online."),
            )
            return redirect("formengine:builder", code=procedure.code)
    return render(
        request,
        "procedures/staff_create.html",
        {"form": form},
        status=400 if form.errors else 200,
    )
