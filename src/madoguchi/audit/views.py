"""The administrator's view of the audit trail."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from madoguchi.accounts.decorators import staff_required
from madoguchi.audit.selectors import audit_chain_verify, audit_records_list


@staff_required("audit.view")
def audit_log_view(request: HttpRequest) -> HttpResponse:
    action = request.GET.get("action", "").strip()[:100]
    records = audit_records_list(viewer=request.user, action_prefix=action)
    page = Paginator(records, 50).get_page(request.GET.get("page"))
    verification = audit_chain_verify() if request.GET.get("verify") == "1" else None
    return render(
        request,
        "audit/log.html",
        {"page_obj": page, "action": action, "verification": verification},
    )
