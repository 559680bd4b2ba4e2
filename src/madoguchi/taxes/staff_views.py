"""Staff pages of the tax and premium divisions: bills and their payments, payment at the
counter, refunds, bills in from the tax system, collection data back to it, late-fee rates."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from madoguchi.accounts.decorators import staff_required
from madoguchi.accounts.models import User
from madoguchi.accounts.permissions import has_capability
from madoguchi.applications.delivery_formats import csv_bytes
from madoguchi.audit.services import audit_record
from madoguchi.core.forms import AccessibleForm
from madoguchi.core.views import crumbs
from madoguchi.payments.models import Payment, PaymentState
from madoguchi.payments.staff_views import (
    ERRORS,
    CounterPaymentForm,
    RefundForm,
    refund_from_form,
)
from madoguchi.taxes import selectors, services
from madoguchi.taxes.models import BillState, LateFeeRate, TaxBill

TAX_ERRORS = {
    **ERRORS,
    "not_open": gettext_lazy("This bill is not open for payment."),
    "rate_missing": gettext_lazy(
        "No late-fee rate is recorded for a year this bill's late fee runs into."
    ),
    "department": gettext_lazy("This bill belongs to another department."),
    "method": gettext_lazy("Choose how it was paid."),
    "rate_exists": gettext_lazy("That year's rates are already recorded."),
    "rate_out_of_bounds": gettext_lazy(
        "A rate cannot exceed the Act's own: 7.3 % for the first month, 14.6 % after it."
    ),
    "encoding": gettext_lazy("The file is neither UTF-8 nor Shift_JIS."),
}


def _viewer(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


class ImportForm(AccessibleForm):
    file = forms.FileField(
        label=gettext_lazy("Bills from the tax system (CSV)"),
        help_text=gettext_lazy(
            "UTF-8 or Shift_JIS, with the columns described in the manual. Nothing is saved "
            "unless every line is right."
        ),
    )


class FilterForm(forms.Form):
    state = forms.ChoiceField(
        label=gettext_lazy("State"),
        choices=[("", gettext_lazy("All")), *BillState.choices],
        required=False,
    )
    overdue = forms.BooleanField(label=gettext_lazy("Overdue only"), required=False)
    number = forms.CharField(
        label=gettext_lazy("Payment or notice number"), max_length=40, required=False
    )


@staff_required("taxes.view")
def bills_view(request: HttpRequest) -> HttpResponse:
    viewer = _viewer(request)
    filters = FilterForm(request.GET or None)
    state, overdue, number = "", False, ""
    if filters.is_valid():
        state = filters.cleaned_data["state"]
        overdue = filters.cleaned_data["overdue"]
        number = services.digits(filters.cleaned_data["number"])
    import_form = ImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST":
        if not has_capability(viewer, "taxes.manage"):
            raise Http404
        if import_form.is_valid():
            try:
                result = services.tax_bills_import(
                    data=import_form.cleaned_data["file"].read(20 * 1024 * 1024), actor=viewer
                )
            except services.TaxRefused as refused:
                import_form.add_error("file", str(TAX_ERRORS.get(refused.code, refused.code)))
            else:
                if not result.errors:
                    messages.success(
                        request,
                        _(
                            "Bills imported: %(created)s new, %(updated)s changed, "
                            "%(cancelled)s cancelled, %(unchanged)s unchanged."
                        )
                        % {
                            "created": result.created,
                            "updated": result.updated,
                            "cancelled": result.cancelled,
                            "unchanged": result.unchanged,
                        },
                    )
                    return redirect("taxes:staff_bills")
    bills = list(
        selectors.bills_for_staff(viewer=viewer, state=state, overdue=overdue, number=number)[:200]
    )
    today = timezone.localdate()
    return render(
        request,
        "taxes/staff/bills.html",
        {
            "filters": filters,
            "rows": [(bill, selectors.amount_due(bill=bill, on=today)) for bill in bills],
            "import_form": import_form,
            "result": result,
            "can_import": has_capability(viewer, "taxes.manage"),
            "can_report": has_capability(viewer, "payments.report"),
            "can_rates": has_capability(viewer, "taxes.rates"),
            "breadcrumbs": crumbs(_("Tax bills")),
        },
        status=400 if (import_form.errors or (result and result.errors)) else 200,
    )


def _bill(request: HttpRequest, public_id: UUID) -> TaxBill:
    try:
        return selectors.bill_for_staff(viewer=_viewer(request), public_id=public_id)
    except TaxBill.DoesNotExist as exc:
        raise Http404 from exc


@staff_required("taxes.view")
def bill_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    viewer = _viewer(request)
    bill = _bill(request, public_id)
    # The taxpayer's name and debts are personal data: every staff read is recorded.
    audit_record(action="tax.bill_viewed", target=bill, actor=viewer)
    payments = list(
        Payment.objects.filter(tax_bill=bill).prefetch_related("refunds", "history").order_by("-pk")
    )
    return render(
        request,
        "taxes/staff/bill.html",
        {
            "bill": bill,
            "due": selectors.amount_due(bill=bill),
            "payments": payments,
            "history": list(bill.history.all()),
            "counter_form": CounterPaymentForm(prefix="c", initial={"method": "qr_code"}),
            "refund_form": RefundForm(prefix="r"),
            "can_refund": has_capability(viewer, "cases.decide"),
            "refundable": {PaymentState.SUCCEEDED, PaymentState.PARTIALLY_REFUNDED},
            "breadcrumbs": crumbs(_("Tax bills"), bill.payment_number_display),
        },
    )


@require_POST
@staff_required("taxes.view")
def counter_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    bill = _bill(request, public_id)
    form = CounterPaymentForm(request.POST, prefix="c")
    if not form.is_valid():
        messages.error(request, _("Choose how it was paid and the counter."))
        return redirect("taxes:staff_bill", public_id=public_id)
    try:
        payment = services.tax_counter_payment_record(
            bill=bill,
            method=form.cleaned_data["method"],
            terminal_transaction_id=form.cleaned_data["transaction_id"],
            counter=form.cleaned_data["counter"],
            actor=_viewer(request),
        )
    except services.TaxRefused as refused:
        messages.error(request, str(TAX_ERRORS.get(refused.code, refused.code)))
    else:
        messages.success(
            request,
            _("Payment of %(amount)s yen recorded; the bill is paid.")
            % {"amount": f"{payment.amount_yen:,}"},
        )
    return redirect("taxes:staff_bill", public_id=public_id)


@require_POST
@staff_required("cases.decide")
def refund_view(request: HttpRequest, public_id: UUID, payment_id: int) -> HttpResponse:
    bill = _bill(request, public_id)
    payment = Payment.objects.filter(tax_bill=bill, pk=payment_id).first()
    if payment is None:
        raise Http404
    refund_from_form(request, payment, TAX_ERRORS)
    return redirect("taxes:staff_bill", public_id=public_id)


@staff_required("payments.report")
def collection_view(request: HttpRequest) -> HttpResponse:
    """収納データ of one day as CSV for the tax system (UTF-8 with BOM or Shift_JIS)."""
    viewer = _viewer(request)
    try:
        day = date.fromisoformat(request.GET.get("day", ""))
    except ValueError:
        day = timezone.localdate()
    sjis = request.GET.get("encoding") == "sjis"
    rows = selectors.collection_rows(viewer=viewer, day=day)
    audit_record(
        action="tax.collection_exported",
        actor=viewer,
        object_type="taxes.taxbill",
        data={"day": day.isoformat(), "rows": len(rows) - 1},
    )
    header = [str(cell) for cell in rows[0]]
    response = HttpResponse(
        csv_bytes(header, rows[1:], encoding="cp932")
        if sjis
        else csv_bytes(header, rows[1:], encoding="utf-8-sig"),
        content_type=f"text/csv; charset={'shift_jis' if sjis else 'utf-8'}",
    )
    response["Content-Disposition"] = f'attachment; filename="collection-{day.isoformat()}.csv"'
    return response


class RateForm(AccessibleForm):
    year = forms.IntegerField(label=gettext_lazy("Year"), min_value=2000, max_value=2100)
    first_month = forms.DecimalField(
        label=gettext_lazy("Rate for the first month (% a year)"),
        min_value=0,
        max_value=7.3,
        decimal_places=2,
    )
    later = forms.DecimalField(
        label=gettext_lazy("Rate after the first month (% a year)"),
        min_value=0,
        max_value=14.6,
        decimal_places=2,
    )
    source = forms.CharField(
        label=gettext_lazy("Source"),
        help_text=gettext_lazy("For example the announcement the rates come from."),
        max_length=300,
        required=False,
    )


@staff_required("taxes.rates")
def rates_view(request: HttpRequest) -> HttpResponse:
    viewer = _viewer(request)
    form = RateForm(request.POST or None, initial={"year": timezone.localdate().year + 1})
    if request.method == "POST" and form.is_valid():
        data: dict[str, Any] = form.cleaned_data
        try:
            services.late_fee_rate_record(
                year=data["year"],
                first_month=int(data["first_month"] * 100),
                later=int(data["later"] * 100),
                source=data["source"],
                actor=viewer,
            )
        except services.TaxRefused as refused:
            form.add_error(None, str(TAX_ERRORS.get(refused.code, refused.code)))
        else:
            messages.success(request, _("The rates have been recorded."))
            return redirect("taxes:staff_rates")
    return render(
        request,
        "taxes/staff/rates.html",
        {
            "form": form,
            "rates": list(LateFeeRate.objects.all()),
            "breadcrumbs": crumbs(_("Tax bills"), _("Late-fee rates")),
        },
        status=400 if form.errors else 200,
    )
