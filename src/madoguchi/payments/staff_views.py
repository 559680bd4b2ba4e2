"""Payments on the staff case page: status, refunds with a reason, counter payments."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

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
from madoguchi.applications import selectors as application_selectors
from madoguchi.applications.delivery_formats import csv_bytes
from madoguchi.applications.models import Application
from madoguchi.audit.services import audit_record
from madoguchi.core.forms import AccessibleForm
from madoguchi.core.views import crumbs
from madoguchi.payments import selectors, services
from madoguchi.payments.models import Counter, FeeSchedule, Payment, PaymentState
from madoguchi.payments.providers.counter import METHODS

METHOD_LABELS = {
    "credit_card": gettext_lazy("Credit card"),
    "e_money": gettext_lazy("E-money"),
    "transit_ic": gettext_lazy("Transit IC card (交通系IC)"),
    "qr_code": gettext_lazy("QR code payment"),
    "cash": gettext_lazy("Cash"),
}


class RefundForm(AccessibleForm):
    amount_yen = forms.IntegerField(label=gettext_lazy("Amount to refund (yen)"), min_value=1)
    reason = forms.CharField(label=gettext_lazy("Reason"), max_length=500)


class CounterPaymentForm(AccessibleForm):
    method = forms.ChoiceField(
        label=gettext_lazy("How it was paid"), choices=[(m, METHOD_LABELS[m]) for m in METHODS]
    )
    transaction_id = forms.CharField(
        label=gettext_lazy("Terminal transaction ID"),
        help_text=gettext_lazy("As printed on the terminal's slip; not needed for cash."),
        max_length=100,
        required=False,
    )
    counter = forms.CharField(label=gettext_lazy("Counter"), max_length=64)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # With a counter registry, the clerk picks the counter (so the daily report and the
        # cashless indicator speak of the same counters); without one it is typed.
        counters = list(Counter.objects.values_list("code", "name", "location"))
        if counters:
            self.fields["counter"] = forms.ChoiceField(
                label=gettext_lazy("Counter"),
                choices=[
                    (code, f"{name}（{location}）" if location else name)
                    for code, name, location in counters
                ],
            )


ERRORS = {
    "refund_out_of_bounds": gettext_lazy("The amount must be between 1 yen and what is left."),
    "reason_required": gettext_lazy("Give the reason for the refund."),
    "not_refundable": gettext_lazy("This payment cannot be refunded."),
    "provider_refused": gettext_lazy("The payment company refused the refund."),
    "transaction_id_required": gettext_lazy("Enter the terminal's transaction ID."),
    "nothing_due": gettext_lazy("No fee is due for this application."),
    "unknown_counter": gettext_lazy("Choose the counter from the list."),
    "method_not_accepted": gettext_lazy("This counter does not take that payment method."),
}


def case_panel(application: Application, viewer: User) -> dict[str, Any] | None:
    """The payments section of the case page (only for procedures with a fee)."""
    if not FeeSchedule.objects.filter(procedure_id=application.procedure_id).exists():
        return None
    payments = list(
        Payment.objects.filter(application=application).prefetch_related("refunds").order_by("-pk")
    )
    paid = any(
        p.state in {PaymentState.SUCCEEDED, PaymentState.PARTIALLY_REFUNDED} for p in payments
    )
    return {
        "template": "payments/staff/_case_panel.html",
        "payments": payments,
        "paid": paid,
        "can_refund": has_capability(viewer, "cases.decide"),
        "refund_form": RefundForm(prefix="r"),
        "counter_form": CounterPaymentForm(prefix="c", initial={"method": "qr_code"}),
        "application": application,
    }


def _case(request: HttpRequest, reference: str) -> Application:
    user = request.user
    assert isinstance(user, User)
    try:
        return application_selectors.case_get(viewer=user, reference=reference, purpose="read")
    except Application.DoesNotExist as exc:
        raise Http404 from exc


def refund_from_form(
    request: HttpRequest, payment: Payment, errors: Mapping[str, Any] = ERRORS
) -> None:
    """Refund ``payment`` as the posted refund form says, and tell the clerk the outcome
    (the case page and the tax bill page both use it)."""
    form = RefundForm(request.POST, prefix="r")
    if not form.is_valid():
        messages.error(request, _("Enter the amount and the reason."))
        return
    try:
        services.payment_refund(
            payment=payment,
            amount_yen=form.cleaned_data["amount_yen"],
            reason=form.cleaned_data["reason"],
            actor=request.user,  # type: ignore[arg-type]
        )
    except services.PaymentRefused as error:
        messages.error(request, str(errors.get(error.code, error.code)))
    else:
        messages.success(request, _("The refund has been made."))


@require_POST
@staff_required("cases.decide")
def refund_view(request: HttpRequest, reference: str, payment_id: int) -> HttpResponse:
    application = _case(request, reference)
    payment = Payment.objects.filter(application=application, pk=payment_id).first()
    if payment is None:
        raise Http404
    refund_from_form(request, payment)
    return redirect("applications:case", reference=reference)


@require_POST
@staff_required("cases.view")
def counter_payment_view(request: HttpRequest, reference: str) -> HttpResponse:
    application = _case(request, reference)
    form = CounterPaymentForm(request.POST, prefix="c")
    if not form.is_valid():
        messages.error(request, _("Choose how it was paid and the counter."))
        return redirect("applications:case", reference=reference)
    try:
        services.counter_payment_record(
            application=application,
            method=form.cleaned_data["method"],
            terminal_transaction_id=form.cleaned_data["transaction_id"],
            counter=form.cleaned_data["counter"],
            actor=request.user,  # type: ignore[arg-type]
        )
    except services.PaymentRefused as error:
        messages.error(request, str(ERRORS.get(error.code, error.code)))
    else:
        messages.success(request, _("The counter payment has been recorded."))
    return redirect("applications:case", reference=reference)


class ReconcileForm(AccessibleForm):
    day = forms.DateField(label=gettext_lazy("Day of the payments (YYYY-MM-DD)"))
    file = forms.FileField(
        label=gettext_lazy("Settlement file from the payment company (CSV)"),
        help_text=gettext_lazy("Columns charge and amount; UTF-8 or Shift_JIS."),
    )


def _day(request: HttpRequest) -> date:
    try:
        return date.fromisoformat(request.GET.get("day", ""))
    except ValueError:
        return timezone.localdate()


@staff_required("payments.report")
def report_view(request: HttpRequest) -> HttpResponse:
    """Fees taken on one day, by procedure, revenue category, method and counter."""
    viewer = request.user
    assert isinstance(viewer, User)
    day = _day(request)
    report = selectors.daily_report(viewer=viewer, day=day)
    if request.GET.get("format") == "csv":
        response = HttpResponse(
            csv_bytes(
                ["区分", "項目", "金額"],
                selectors.daily_report_csv(report)[1:],
                encoding="utf-8-sig",
            ),
            content_type="text/csv; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="payments-{day.isoformat()}.csv"'
        return response
    return render(
        request,
        "payments/staff/report.html",
        {
            "report": report,
            "day": day,
            "tables": [
                (_("By procedure"), report.by_procedure),
                (_("By revenue category"), report.by_category),
                (_("By method"), report.by_method),
                (_("By counter"), report.by_counter),
            ],
            "breadcrumbs": crumbs(_("Payments report")),
        },
    )


@staff_required("payments.report")
def reconcile_view(request: HttpRequest) -> HttpResponse:
    """Compare a provider's settlement file with what Madoguchi recorded as paid."""
    viewer = request.user
    assert isinstance(viewer, User)
    form = ReconcileForm(
        request.POST or None, request.FILES or None, initial={"day": timezone.localdate()}
    )
    mismatches: list[selectors.Mismatch] | None = None
    problem = ""
    if request.method == "POST" and form.is_valid():
        try:
            settled = selectors.parse_settlement(form.cleaned_data["file"].read(5 * 1024 * 1024))
        except selectors.SettlementFileError as error:
            problem = str(error)
        else:
            mismatches = selectors.reconcile(
                viewer=viewer, provider="sandbox", day=form.cleaned_data["day"], settled=settled
            )
            audit_record(
                action="payment.reconciled",
                actor=viewer,
                object_type="payments.payment",
                data={"day": form.cleaned_data["day"], "mismatches": len(mismatches)},
            )
    return render(
        request,
        "payments/staff/reconcile.html",
        {
            "form": form,
            "mismatches": mismatches,
            "problem": problem,
            "breadcrumbs": crumbs(_("Reconciliation")),
        },
        status=400 if (form.errors or problem) else 200,
    )


class CounterForm(AccessibleForm):
    yearly_cases = forms.IntegerField(
        label=gettext_lazy("Cases a year"), min_value=0, max_value=10_000_000
    )
    accepts = forms.MultipleChoiceField(
        label=gettext_lazy("Payment methods accepted"),
        choices=[(m, METHOD_LABELS[m]) for m in METHODS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    unsuited_reason = forms.CharField(
        label=gettext_lazy("Why cashless payment does not fit this counter (if so)"),
        help_text=gettext_lazy("Leaves the counter out of the plan's indicator."),
        max_length=300,
        required=False,
    )


@staff_required("payments.report")
def counters_view(request: HttpRequest) -> HttpResponse:
    """The counter registry and the live share of busy counters that take cashless."""
    from madoguchi.accounts.permissions import can_act_for_department
    from madoguchi.payments.models import Counter

    viewer = request.user
    assert isinstance(viewer, User)
    counters = [
        c
        for c in Counter.objects.select_related("department")
        if can_act_for_department(viewer, c.department)
    ]
    editing = next((c for c in counters if c.code == request.GET.get("edit")), None)
    form = None
    if editing is not None:
        form = CounterForm(
            request.POST or None,
            initial={
                "yearly_cases": editing.yearly_cases,
                "accepts": editing.accepts,
                "unsuited_reason": editing.unsuited_reason,
            },
        )
        if request.method == "POST" and form.is_valid():
            services.counter_update(counter=editing, actor=viewer, **form.cleaned_data)
            messages.success(request, _("The counter has been saved."))
            return redirect("payments:counters")
    return render(
        request,
        "payments/staff/counters.html",
        {
            "counters": [
                (c, [METHOD_LABELS[m] for m in c.accepts if m in METHOD_LABELS]) for c in counters
            ],
            "editing": editing,
            "form": form,
            "share": selectors.cashless_counter_share(),
            "threshold": selectors.BUSY_COUNTER_CASES,
            "breadcrumbs": crumbs(_("Counters")),
        },
        status=400 if (form is not None and form.errors) else 200,
    )
