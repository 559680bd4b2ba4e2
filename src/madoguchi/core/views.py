"""Public pages that belong to no single service: home, policies, errors, the design system
and the demo mailbox."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from madoguchi.core.forms import AccessibleForm, EraDateField
from madoguchi.core.mail import mailbox_message, mailbox_messages
from madoguchi.core.navigation import resident_entries


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "core/home.html", {"entries": resident_entries()})


def crumbs(*labels: Any) -> list[dict[str, Any]]:
    """Breadcrumb trail below Home; the last label is the current page."""
    return [{"label": label, "url": None} for label in labels]


def accessibility_policy(request: HttpRequest) -> HttpResponse:
    return render(
        request, "core/accessibility.html", {"breadcrumbs": crumbs(_("Web accessibility policy"))}
    )


def privacy_policy(request: HttpRequest) -> HttpResponse:
    return render(request, "core/privacy.html", {"breadcrumbs": crumbs(_("Privacy policy"))})


def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


class ComponentShowcaseForm(AccessibleForm):
    """Every form component, so the design system can be seen and tested in one place."""

    full_name = forms.CharField(
        label=_("Name"), max_length=50, help_text=_("As on your residence record.")
    )
    message = forms.CharField(label=_("Message"), widget=forms.Textarea, required=False)
    household_size = forms.IntegerField(
        label=_("Number of people in the household"), min_value=1, max_value=20
    )
    birth_date = EraDateField(
        label=_("Date of birth"),
        help_text=_("Choose the calendar, then enter the year, month and day."),
    )
    contact_method = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=[("email", _("Email")), ("phone", _("Phone")), ("post", _("Letter"))],
        widget=forms.RadioSelect,
    )
    topics = forms.MultipleChoiceField(
        label=_("Topics you are interested in"),
        choices=[
            ("childcare", _("Childcare")),
            ("welfare", _("Welfare")),
            ("disaster", _("Disaster preparedness")),
        ],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    district = forms.ChoiceField(
        label=_("District"),
        choices=[
            ("", _("Choose one")),
            ("shiba", _("Shiba")),
            ("azabu", _("Azabu")),
            ("akasaka", _("Akasaka")),
            ("takanawa", _("Takanawa")),
            ("shibaura", _("Shibaura-Konan")),
        ],
    )
    attachment = forms.FileField(
        label=_("Attachment"), required=False, help_text=_("PDF or image, up to 10 MB.")
    )
    agree = forms.BooleanField(label=_("I confirm that the above is correct"))


def design_system(request: HttpRequest) -> HttpResponse:
    form = ComponentShowcaseForm(request.POST or None, request.FILES or None)
    submitted = request.method == "POST" and form.is_valid()
    rows = [(f"{i:03d}", _("Example row"), i * 300) for i in range(1, 46)]
    page = Paginator(rows, 10).get_page(request.GET.get("page"))
    return render(
        request,
        "core/design_system.html",
        {
            "form": form,
            "submitted": submitted,
            "page_obj": page,
            "breadcrumbs": crumbs(_("Design system")),
        },
        status=400 if request.method == "POST" and not submitted else 200,
    )


def demo_mailbox(request: HttpRequest) -> HttpResponse:
    if settings.PRODUCTION:
        raise Http404
    return render(
        request,
        "core/mailbox.html",
        {"mails": mailbox_messages()[:100], "breadcrumbs": crumbs(_("Demo mailbox"))},
    )


def demo_mail(request: HttpRequest, key: str) -> HttpResponse:
    if settings.PRODUCTION:
        raise Http404
    mail = mailbox_message(key)
    if mail is None:
        raise Http404
    return render(request, "core/mail.html", {"mail": mail})


def _error(request: HttpRequest, status: int, title: Any, message: Any) -> HttpResponse:
    return render(
        request,
        "core/error.html",
        {"status": status, "title": title, "message": message},
        status=status,
    )


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(
        request,
        400,
        _("The request could not be understood"),
        _("Something in the request was not right. Go back and try again."),
    )


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(
        request,
        403,
        _("You cannot see this page"),
        _(
            "Your account does not have access to this page. "
            "If you think it should, ask the administrator."
        ),
    )


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(
        request,
        404,
        _("Page not found"),
        _("If you typed the address, check that it is correct. The page may have moved."),
    )


def server_error(request: HttpRequest) -> HttpResponse:
    return _error(
        request,
        500,
        _("Sorry, there is a problem with the service"),
        _("Please try again later. If the problem continues, contact the city."),
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return _error(
        request,
        403,
        _("The form has expired"),
        _("For your security, forms expire. Go back, reload the page and send it again."),
    )
