"""Resident pages: send a voice (logged in or with an email confirmation), follow it through
its link, read the answer and rate it; browse and search published voices.

Everything works without JavaScript. The map is an image input: clicking it sends the form
back with the clicked point, and the page comes back with everything typed kept and the
point marked (photos must be chosen again: browsers never refill file inputs).
"""

from __future__ import annotations

import secrets
from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from madoguchi.core import search
from madoguchi.core.forms import service_errors_add
from madoguchi.core.ratelimit import limit_posts
from madoguchi.voices import locationmap, services
from madoguchi.voices.forms import VoiceForm
from madoguchi.voices.models import Publication, Status, Voice

FORM_FIELDS = ("body", "category", "address", "latitude", "longitude")


def _language() -> str:
    language = get_language() or "ja"
    return language if language in {"ja", "en", "zh-hans", "ko"} else "ja"


@limit_posts("voices-new", per_hour=30)
def new_view(request: HttpRequest) -> HttpResponse:
    anonymous = not request.user.is_authenticated
    if request.method != "POST":
        form = VoiceForm(anonymous=anonymous, initial={"submission_key": secrets.token_urlsafe(24)})
        return _render_new(request, form, None, None)
    data = request.POST.copy()
    if "map.x" in data:
        # A click on the map: keep everything, record the point, show the form again.
        try:
            point = locationmap.from_pixel(
                float(str(data.get("map.x"))), float(str(data.get("map.y")))
            )
        except (TypeError, ValueError):
            point = None
        if point is not None:
            data["latitude"], data["longitude"] = str(point[0]), str(point[1])
        form = VoiceForm(data, anonymous=anonymous)
        form.is_valid()
        form.errors.clear()
        return _render_new(request, form, *(point or (None, None)))
    if "clear_point" in data:
        data["latitude"], data["longitude"] = "", ""
        form = VoiceForm(data, anonymous=anonymous)
        form.is_valid()
        form.errors.clear()
        return _render_new(request, form, None, None)
    form = VoiceForm(data, request.FILES, anonymous=anonymous)
    if form.is_valid():
        cleaned = form.cleaned_data
        photos = [
            services.PhotoUpload(name=f.name, content=f.read()) for f in cleaned["photos"] or []
        ]
        try:
            voice, _token = services.voice_submit(
                channel="web",
                body=cleaned["body"],
                category_code=cleaned["category"],
                address=cleaned["address"],
                latitude=cleaned["latitude"],
                longitude=cleaned["longitude"],
                wants_reply=cleaned["wants_reply"],
                may_publish=cleaned["may_publish"],
                submitter=None if anonymous else request.user,  # type: ignore[arg-type]
                contact_name=cleaned.get("name", "") or "",
                contact_email=cleaned.get("email", "") or "",
                photos=photos,
                submission_key=cleaned["submission_key"],
                language=_language(),
            )
        except services.VoiceInputError as exc:
            service_errors_add(form, exc.errors)
        else:
            request.session["voices_sent"] = voice.reference
            return redirect("voices:sent", voice.reference)
    lat: float | None = None
    lon: float | None = None
    try:
        if form.data.get("latitude") and form.data.get("longitude"):
            lat = float(str(form.data.get("latitude")))
            lon = float(str(form.data.get("longitude")))
    except ValueError:
        lat = lon = None
    return _render_new(request, form, lat, lon, status=400)


def _render_new(
    request: HttpRequest,
    form: VoiceForm,
    latitude: float | None,
    longitude: float | None,
    status: int = 200,
) -> HttpResponse:
    query = f"?lat={latitude}&lon={longitude}" if latitude is not None else ""
    return render(
        request,
        "voices/new.html",
        {
            "form": form,
            "map_url": reverse("voices:map") + query,
            "map_size": locationmap.SIZE,
            "point": (latitude, longitude) if latitude is not None else None,
            "breadcrumbs": [{"label": _("Send your opinion"), "url": None}],
        },
        status=status,
    )


@require_GET
def map_view(request: HttpRequest) -> HttpResponse:
    try:
        lat = float(request.GET["lat"]) if "lat" in request.GET else None
        lon = float(request.GET["lon"]) if "lon" in request.GET else None
    except ValueError:
        lat = lon = None
    response = HttpResponse(
        locationmap.map_svg(latitude=lat, longitude=lon), content_type="image/svg+xml"
    )
    response["Cache-Control"] = "public, max-age=3600"
    return response


def sent_view(request: HttpRequest, reference: str) -> HttpResponse:
    if request.session.get("voices_sent") != reference:
        raise Http404
    voice = Voice.objects.filter(reference=reference).first()
    if voice is None:
        raise Http404
    return render(
        request,
        "voices/sent.html",
        {"voice": voice, "breadcrumbs": [{"label": _("Thank you"), "url": None}]},
    )


def link_view(request: HttpRequest, token: str) -> HttpResponse:
    """The resident's own page for one voice, reached by the link in our mail: confirms an
    anonymous voice, shows its status and answers, and asks for a rating once answered."""
    voice = services.voice_for_token(token)
    if voice is None:
        raise Http404
    if voice.status == Status.UNCONFIRMED:
        voice = services.voice_confirm(voice=voice)
        messages.success(request, _("Thank you. Your voice has reached the city."))
    if request.method == "POST" and "score" in request.POST:
        try:
            services.voice_rate(voice=voice, score=int(request.POST.get("score", "0")))
        except (services.VoiceInputError, ValueError):
            messages.error(request, _("Choose one of the five answers."))
        else:
            messages.success(request, _("Thank you for your answer."))
        return redirect("voices:link", token)
    return render(request, "voices/link.html", _link_context(voice))


def mine_view(request: HttpRequest) -> HttpResponse:
    """A logged-in resident's voices, newest first."""
    if not request.user.is_authenticated:
        return redirect(f"{reverse('accounts:login')}?next={request.path}")
    voices = Voice.objects.filter(submitter=request.user).select_related("category")[:100]
    return render(
        request,
        "voices/mine.html",
        {"voices": voices, "breadcrumbs": [{"label": _("Your voices"), "url": None}]},
    )


def mine_detail_view(request: HttpRequest, reference: str) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect(f"{reverse('accounts:login')}?next={request.path}")
    voice = Voice.objects.filter(reference=reference, submitter=request.user).first()
    if voice is None:
        raise Http404
    if request.method == "POST" and "score" in request.POST:
        try:
            services.voice_rate(voice=voice, score=int(request.POST.get("score", "0")))
        except (services.VoiceInputError, ValueError):
            messages.error(request, _("Choose one of the five answers."))
        else:
            messages.success(request, _("Thank you for your answer."))
        return redirect("voices:mine_detail", reference)
    return render(request, "voices/link.html", _link_context(voice))


def _link_context(voice: Voice) -> dict[str, Any]:
    return {
        "voice": voice,
        "answers": list(voice.answers.all()),
        "history": list(voice.history.all()),
        "can_rate": voice.status in {Status.ANSWERED, Status.CLOSED} and voice.satisfaction is None,
        "scores": [
            (5, _("Very satisfied")),
            (4, _("Satisfied")),
            (3, _("Neither")),
            (2, _("Dissatisfied")),
            (1, _("Very dissatisfied")),
        ],
        "breadcrumbs": [{"label": _("Your voice"), "url": None}],
    }


def published_view(request: HttpRequest) -> HttpResponse:
    """Published voices and answers, anonymised, searchable in Japanese and other languages."""
    q = request.GET.get("q", "").strip()[:100]
    published = Publication.objects.filter(state=Publication.State.PUBLISHED).select_related(
        "voice__category"
    )
    if q:
        groups = search.query_groups(q)
        candidates = (
            list(published.filter(search.any_substring_q("search_index", groups[0])))
            if groups
            else []
        )
        items = [p for p in candidates if search.matches(groups, p.search_index)]
    else:
        items = list(published[:500])
    page = Paginator(items, 20).get_page(request.GET.get("page"))
    return render(
        request,
        "voices/published.html",
        {
            "q": q,
            "page_obj": page,
            "count": len(items),
            "breadcrumbs": [{"label": _("Published voices and answers"), "url": None}],
        },
    )


def published_detail_view(request: HttpRequest, reference: str) -> HttpResponse:
    publication = (
        Publication.objects.filter(voice__reference=reference, state=Publication.State.PUBLISHED)
        .select_related("voice__category", "voice__department")
        .first()
    )
    if publication is None:
        raise Http404
    language = _language()
    translated = publication.translations.get(language, {}) if language != "ja" else {}
    return render(
        request,
        "voices/published_detail.html",
        {
            "publication": publication,
            "title": translated.get("title") or publication.title,
            "body": translated.get("body") or publication.body,
            "answer": translated.get("answer") or publication.answer,
            "translated": bool(translated),
            "breadcrumbs": [
                {"label": _("Published voices and answers"), "url": reverse("voices:published")},
                {"label": publication.title, "url": None},
            ],
        },
    )


@require_GET
def monthly_csv_view(request: HttpRequest) -> HttpResponse:
    """Monthly aggregates of residents' voices as open data (no personal data): computed at
    the moment of the request."""
    import csv
    import io

    from madoguchi.voices import analysis

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["月", "分類コード", "受付方法", "受付件数", "回答件数", "回答までの日数（中央値）"]
    )
    for row in analysis.monthly_rows():
        writer.writerow(
            [
                row["month"],
                row["category"],
                row["channel"],
                row["received"],
                row["answered"],
                "" if row["median_days_to_answer"] is None else row["median_days_to_answer"],
            ]
        )
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="residents-voices-monthly.csv"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
