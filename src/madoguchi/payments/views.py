"""The resident's payment pages and the providers' webhook endpoint."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from madoguchi.applications.models import Status
from madoguchi.applications.views import _accessible
from madoguchi.payments import services
from madoguchi.payments.models import PAID_STATES, Payment, PaymentState, Refund
from madoguchi.payments.providers.base import SignatureInvalid, get_provider

DECLARED = "madoguchi_declared"


def pay_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """What the fee is for and how much, then off to the provider's page. The amount is the
    server's quote; nothing the browser sends changes it."""
    application = _accessible(request, public_id)
    due = services.fee_due(application=application, language=get_language() or "ja")
    if due is None:
        if application.status == Status.DRAFT:
            return redirect("applications:check", public_id=public_id)
        return redirect("applications:detail", public_id=public_id)
    if application.status == Status.DRAFT and str(public_id) not in request.session.get(
        DECLARED, []
    ):
        return redirect("applications:check", public_id=public_id)
    problem = ""
    if request.method == "POST":
        try:
            _payment, url = services.payment_start(
                application=application,
                provider_id="sandbox",
                actor=request.user if request.user.is_authenticated else None,
            )
        except services.PaymentRefused:
            problem = _("The payment service cannot be reached. Please try again in a moment.")
        else:
            return redirect(url)
    last = Payment.objects.filter(application=application).order_by("-pk").first()
    return render(
        request,
        "payments/pay.html",
        {
            "application": application,
            "procedure": application.procedure,
            "quote": due.quote,
            "problem": problem,
            "last": last,
        },
        status=503 if problem else 200,
    )


def return_view(request: HttpRequest, payment_id: UUID) -> HttpResponse:
    payment = (
        Payment.objects.select_related("application", "tax_bill")
        .filter(public_id=payment_id)
        .first()
    )
    if payment is None:
        raise Http404
    if payment.tax_bill is not None:
        from madoguchi.taxes.views import payment_returned

        return payment_returned(request, payment)
    assert payment.application is not None
    application = _accessible(request, payment.application.public_id)
    payment = services.payment_return(payment=payment)
    application.refresh_from_db()
    if payment.state == PaymentState.SUCCEEDED:
        if application.status == Status.SUBMITTED and application.reference:
            return redirect("applications:submitted", public_id=application.public_id)
        messages.success(request, _("Thank you. Your payment has been received."))
        return redirect("applications:detail", public_id=application.public_id)
    if payment.state == PaymentState.PENDING:
        return render(
            request,
            "payments/confirming.html",
            {"payment": payment, "application": application},
        )
    messages.error(
        request,
        _("The payment did not go through and nothing was charged. You can try again."),
    )
    return redirect("payments:pay", public_id=application.public_id)


@csrf_exempt
@require_POST
def webhook_view(request: HttpRequest, provider_id: str) -> HttpResponse:
    try:
        get_provider(provider_id)
    except KeyError as exc:
        raise Http404 from exc
    try:
        outcome = services.webhook_receive(provider_id=provider_id, request=request)
    except SignatureInvalid:
        return JsonResponse({"error": "signature"}, status=400)
    return JsonResponse({"result": outcome})


def gate(application: object, request: HttpRequest) -> str | None:
    """Submission gate: a fee due before submission sends the resident to pay first."""
    from madoguchi.applications.models import Application

    assert isinstance(application, Application)
    if services.fee_due(application=application) is None:
        return None
    declared = [p for p in request.session.get(DECLARED, []) if p != str(application.public_id)]
    request.session[DECLARED] = [str(application.public_id), *declared][:20]
    return reverse("payments:pay", args=[application.public_id])


def detail_actions(application: object) -> list[tuple[str, str]]:
    from madoguchi.applications.models import Application

    assert isinstance(application, Application)
    actions = []
    if application.status == Status.APPROVED and services.fee_due(application=application):
        actions.append((_("Pay the fee"), reverse("payments:pay", args=[application.public_id])))
    for payment in Payment.objects.filter(application=application, state__in=PAID_STATES):
        actions.append(
            (
                _("Download the receipt (PDF)"),
                reverse("payments:receipt", args=[application.public_id, payment.public_id]),
            )
        )
    for refund in Refund.objects.filter(payment__application=application):
        actions.append(
            (
                _("Download the refund note for %(amount)s yen (PDF)")
                % {"amount": f"{refund.amount_yen:,}"},
                reverse("payments:refund_note", args=[application.public_id, refund.public_id]),
            )
        )
    return actions


def submit_notice(application: object) -> tuple[str, str] | None:
    from madoguchi.applications.models import Application

    assert isinstance(application, Application)
    due = services.fee_due(application=application, language=get_language() or "ja")
    if due is None or application.status != Status.DRAFT:
        return None
    return (
        _(
            "A fee of %(amount)s yen is due. Next you pay it; your application is sent as "
            "soon as the payment is confirmed."
        )
        % {"amount": f"{due.quote.total_yen:,}"},
        _("Accept and continue to payment"),
    )


def receipt_view(request: HttpRequest, public_id: UUID, payment_id: UUID) -> HttpResponse:
    """The resident's receipt (領収書) as PDF."""
    from madoguchi.payments.receipts import pdf_download, receipt_pdf

    application = _accessible(request, public_id)
    payment = (
        Payment.objects.select_related("application__procedure", "application__department")
        .filter(application=application, public_id=payment_id, state__in=PAID_STATES)
        .first()
    )
    if payment is None:
        raise Http404
    name = f"receipt-{application.reference or payment.public_id}.pdf"
    return pdf_download(receipt_pdf(payment=payment), name)


def refund_note_view(request: HttpRequest, public_id: UUID, refund_id: UUID) -> HttpResponse:
    """The resident's credit note (返金通知書) for one refund, as PDF."""
    from madoguchi.payments.receipts import pdf_download, refund_note_pdf

    application = _accessible(request, public_id)
    refund = (
        Refund.objects.select_related(
            "payment__application__procedure", "payment__application__department"
        )
        .filter(payment__application=application, public_id=refund_id)
        .first()
    )
    if refund is None:
        raise Http404
    name = f"refund-{application.reference or 'note'}-{str(refund.public_id)[:8]}.pdf"
    return pdf_download(refund_note_pdf(refund=refund), name)
