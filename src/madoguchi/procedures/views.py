"""Resident catalog pages: search and browse, and a procedure's detail page."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from madoguchi.core.views import crumbs
from madoguchi.procedures import selectors
from madoguchi.procedures.models import Category, Procedure


def catalog_view(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()[:100]
    category = request.GET.get("category", "")
    category = category if category in Category.values else ""
    life_event = request.GET.get("life_event", "")[:40]
    online_only = request.GET.get("online") == "1"
    procedures = selectors.procedure_list(
        q=q, category=category, life_event=life_event, online_only=online_only
    )
    page = Paginator(procedures, 20).get_page(request.GET.get("page"))
    events = list(selectors.life_event_list())
    return render(
        request,
        "procedures/catalog.html",
        {
            "q": q,
            "category": category,
            "category_label": Category(category).label if category else "",
            "life_event": life_event,
            "life_event_obj": next((e for e in events if e.code == life_event), None),
            "online_only": online_only,
            "page_obj": page,
            "result_count": len(procedures),
            "categories": Category.choices,
            "life_events": events,
            "filtered": bool(q or category or life_event or online_only),
            "share": selectors.online_share(),
            "breadcrumbs": crumbs(_("Find a procedure")),
        },
    )


def detail_view(request: HttpRequest, code: str) -> HttpResponse:
    try:
        procedure = selectors.procedure_get(code=code)
    except Procedure.DoesNotExist as exc:
        raise Http404 from exc
    return render(
        request,
        "procedures/detail.html",
        {
            "procedure": procedure,
            "has_form": procedure.online and selectors.procedure_has_form(procedure=procedure),
            "breadcrumbs": [
                {"label": _("Find a procedure"), "url": reverse("procedures:catalog")},
                {"label": procedure.localized_name, "url": None},
            ],
        },
    )
