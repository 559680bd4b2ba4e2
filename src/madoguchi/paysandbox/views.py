"""Hosted pages of the sandbox payment company. SANDBOX: no money moves, ever.

They stand in for a card company's checkout and a QR wallet app, and say so on every page.
"""

from __future__ import annotations

import segno
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from madoguchi.accounts.decorators import staff_required
from madoguchi.paysandbox import company
from madoguchi.paysandbox.models import SandboxCharge


def _charge(charge_id: str) -> SandboxCharge:
    try:
        return company.charge_get(charge_id)
    except company.SandboxRefused as exc:
        raise Http404 from exc


def _back(charge: SandboxCharge) -> HttpResponse:
    # The return URL was given by the merchant when it created the charge (never by the
    # browser), so this is not an open redirect.
    return HttpResponseRedirect(charge.return_url)


def checkout_view(request: HttpRequest, charge_id: str) -> HttpResponse:
    charge = _charge(charge_id)
    if charge.state == SandboxCharge.State.REQUIRES_ACTION:
        return redirect("paysandbox:authenticate", charge_id=charge_id)
    if charge.state != SandboxCharge.State.OPEN:
        return _back(charge)
    error = ""
    if request.method == "POST":
        number = request.POST.get("number", "")[:40]
        if sum(ch.isdigit() for ch in number) != 16:
            error = _("Enter the 16-digit card number.")
        else:
            charge = company.card_pay(charge_id=charge_id, number=number)
            if charge.state == SandboxCharge.State.REQUIRES_ACTION:
                return redirect("paysandbox:authenticate", charge_id=charge_id)
            return _back(charge)
    return render(
        request,
        "paysandbox/checkout.html",
        {"charge": charge, "error": error},
        status=400 if error else 200,
    )


def authenticate_view(request: HttpRequest, charge_id: str) -> HttpResponse:
    charge = _charge(charge_id)
    if charge.state != SandboxCharge.State.REQUIRES_ACTION:
        return _back(charge)
    if request.method == "POST":
        charge = company.card_authenticate(
            charge_id=charge_id, approve=request.POST.get("action") == "approve"
        )
        return _back(charge)
    return render(request, "paysandbox/authenticate.html", {"charge": charge})


def qr_view(request: HttpRequest, charge_id: str) -> HttpResponse:
    charge = _charge(charge_id)
    if charge.state != SandboxCharge.State.OPEN:
        return _back(charge)
    scan_url = request.build_absolute_uri(reverse("paysandbox:scan", args=[charge_id]))
    svg = segno.make(scan_url, error="m").svg_inline(scale=5, dark="#000", light="#fff")
    return render(
        request,
        "paysandbox/qr.html",
        {"charge": charge, "qr_svg": svg, "scan_url": scan_url, "checked": "check" in request.GET},
    )


def scan_view(request: HttpRequest, charge_id: str) -> HttpResponse:
    """The wallet app's confirmation screen, opened by scanning the QR code."""
    charge = _charge(charge_id)
    if request.method == "POST" and charge.state == SandboxCharge.State.OPEN:
        charge = company.qr_scan_pay(charge_id=charge_id)
    return render(request, "paysandbox/scan.html", {"charge": charge})


@require_POST
def cancel_view(request: HttpRequest, charge_id: str) -> HttpResponse:
    charge = company.charge_cancel(charge_id=_charge(charge_id).charge_id)
    return _back(charge)


@staff_required("payments.report")
def settlement_view(request: HttpRequest) -> HttpResponse:
    """The sandbox company's settlement file for a day (what it pays out to the city), as its
    merchant portal would offer it to the city's accounting staff."""
    import csv
    import io
    from datetime import date, datetime, time

    from django.utils import timezone

    try:
        day = date.fromisoformat(request.GET.get("day", ""))
    except ValueError:
        day = timezone.localdate()
    start = timezone.make_aware(datetime.combine(day, time.min))
    end = timezone.make_aware(datetime.combine(day, time.max))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["charge", "amount", "settled_on"])
    for charge in SandboxCharge.objects.filter(
        completed_at__range=(start, end),
        state__in=[
            SandboxCharge.State.SUCCEEDED,
            SandboxCharge.State.PARTIALLY_REFUNDED,
            SandboxCharge.State.REFUNDED,
        ],
    ).order_by("pk"):
        writer.writerow(
            [charge.charge_id, charge.amount_yen - charge.refunded_yen, day.isoformat()]
        )
    response = HttpResponse(
        out.getvalue().encode("utf-8-sig"), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="sandbox-settlement-{day.isoformat()}.csv"'
    )
    return response
