"""The resident's pages: find a bill by the numbers on its slip (or in "my tax bills"), see
what it costs today with its late fee, pay it online, download the receipt.

No account is needed, as with the national tax payment site: the payment number and the
confirmation number together open the bill for this browser only. Looking up is rate-limited
per address, and a failed lookup never says which number was wrong.
"""

from __future__ import annotations

from uuid import UUID

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from madoguchi.core.forms import AccessibleForm
from madoguchi.core.ratelimit import limit_posts
from madoguchi.payments.models import PAID_STATES, Payment
from madoguchi.taxes import selectors, services
from madoguchi.taxes.models import BillState, TaxBill

SESSION_KEY = "madoguchi_tax_bills"

REFUSALS = {
    "not_open": gettext_lazy("This bill is not open for payment."),
    "rate_missing": gettext_lazy(
        "The late fee for this bill cannot be computed online yet. Please pay at the tax "
        "counter or ask the division shown below."
    ),
    "provider_unavailable": gettext_lazy(
        "The payment service cannot be reached. Please try again in a moment."
    ),
}


class LookupForm(AccessibleForm):
    payment_number = forms.CharField(
        label=gettext_lazy("Payment number (納付番号)"),
        help_text=gettext_lazy(
            "As printed on your payment slip. Spaces and hyphens may be left in."
        ),
        max_length=40,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    confirmation_number = forms.CharField(
        label=gettext_lazy("Confirmation number (確認番号)"),
        help_text=gettext_lazy("Printed next to the payment number."),
        max_length=16,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )

    def clean_payment_number(self) -> str:
        value = services.digits(self.cleaned_data["payment_number"])
        if not services.PAYMENT_NUMBER.match(value):
            raise forms.ValidationError(_("Enter the payment number as printed: 10 to 20 digits."))
        return value

    def clean_confirmation_number(self) -> str:
        value = services.digits(self.cleaned_data["confirmation_number"])
        if not services.CONFIRMATION_NUMBER.match(value):
            raise forms.ValidationError(
                _("Enter the confirmation number as printed: 4 to 8 digits.")
            )
        return value


def _unlock(request: HttpRequest, bill: TaxBill) -> None:
    unlocked = [p for p in request.session.get(SESSION_KEY, []) if p != str(bill.public_id)]
    request.session[SESSION_KEY] = [str(bill.public_id), *unlocked][:10]


def _accessible(request: HttpRequest, public_id: UUID) -> TaxBill:
    """The bill if this browser opened it with its numbers, or its taxpayer is logged in;
    anyone else gets a 404, so bill ids cannot be probed."""
    bill = TaxBill.objects.select_related("department").filter(public_id=public_id).first()
    if bill is None:
        raise Http404
    user = request.user
    if user.is_authenticated and bill.taxpayer_id == user.pk:
        return bill
    if str(bill.public_id) in request.session.get(SESSION_KEY, []):
        return bill
    raise Http404


def masked_name(name: str) -> str:
    """The taxpayer's name with all but its first letter hidden: enough to recognise one's
    own bill, not enough to learn a stranger's name from a guessed number."""
    shown = []
    for index, char in enumerate(name):
        shown.append(char if index == 0 or char.isspace() else "＊")
    return "".join(shown)


@limit_posts("taxes_lookup", per_hour=30)
def index_view(request: HttpRequest) -> HttpResponse:
    form = LookupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        bill = services.tax_bill_find(
            payment_number=form.cleaned_data["payment_number"],
            confirmation_number=form.cleaned_data["confirmation_number"],
        )
        if bill is not None:
            _unlock(request, bill)
            return redirect("taxes:bill", public_id=bill.public_id)
        form.add_error(
            None,
            _(
                "No bill matches these two numbers. Check both against your payment slip; "
                "if they are right, please ask the division named on the slip."
            ),
        )
    mine = selectors.bills_of_resident(user=request.user)  # type: ignore[arg-type]
    return render(
        request,
        "taxes/index.html",
        {
            "form": form,
            "mine": [(bill, selectors.amount_due(bill=bill)) for bill in mine],
        },
        status=400 if form.errors else 200,
    )


def bill_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    bill = _accessible(request, public_id)
    problem = ""
    if request.method == "POST":
        try:
            _payment, url = services.tax_payment_start(
                bill=bill,
                provider_id="sandbox",
                actor=request.user if request.user.is_authenticated else None,
            )
        except services.TaxRefused as refused:
            problem = str(REFUSALS.get(refused.code, REFUSALS["provider_unavailable"]))
        else:
            return redirect(url)
        bill.refresh_from_db()
    due = selectors.amount_due(bill=bill)
    owner = request.user.is_authenticated and bill.taxpayer_id == request.user.pk
    paid = list(Payment.objects.filter(tax_bill=bill, state__in=PAID_STATES).order_by("-pk"))
    last = Payment.objects.filter(tax_bill=bill).order_by("-pk").first()
    return render(
        request,
        "taxes/bill.html",
        {
            "bill": bill,
            "due": due,
            "name": bill.taxpayer_name if owner else masked_name(bill.taxpayer_name),
            "paid": paid,
            "last": last,
            "problem": problem,
            "states": BillState,
        },
        status=409 if problem else 200,
    )


def receipt_view(request: HttpRequest, public_id: UUID, payment_id: UUID) -> HttpResponse:
    """The receipt (領収証書) of a paid bill, as PDF."""
    from madoguchi.payments.receipts import pdf_download, receipt_pdf

    bill = _accessible(request, public_id)
    payment = (
        Payment.objects.select_related("tax_bill__department")
        .filter(tax_bill=bill, public_id=payment_id, state__in=PAID_STATES)
        .first()
    )
    if payment is None:
        raise Http404
    return pdf_download(receipt_pdf(payment=payment), f"receipt-{bill.payment_number}.pdf")


def payment_returned(request: HttpRequest, payment: Payment) -> HttpResponse:
    """Back from the payment company's page (called by the payments return view): ask the
    company, never the browser, then show the bill."""
    from madoguchi.payments import services as payment_services
    from madoguchi.payments.models import PaymentState

    assert payment.tax_bill is not None
    bill = _accessible(request, payment.tax_bill.public_id)
    payment = payment_services.payment_return(payment=payment)
    if payment.state in PAID_STATES:
        messages.success(request, _("Thank you. Your payment has been received."))
        return redirect("taxes:bill", public_id=bill.public_id)
    if payment.state == PaymentState.PENDING:
        return render(request, "payments/confirming.html", {"payment": payment})
    messages.error(
        request,
        _("The payment did not go through and nothing was charged. You can try again."),
    )
    return redirect("taxes:bill", public_id=bill.public_id)


@require_POST
def forget_view(request: HttpRequest) -> HttpResponse:
    """Close the bills this browser opened (on a shared computer)."""
    request.session.pop(SESSION_KEY, None)
    messages.success(request, _("The bills you opened are closed on this browser."))
    return redirect("taxes:index")
