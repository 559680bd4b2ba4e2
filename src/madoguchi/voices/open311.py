"""Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) at ``/open311/v2/``.

Apps send residents' voices here (``POST requests``) with an API key the city issued, and
anyone may read the service list and the status of requests. Every method answers in XML
(the spec's required format) or JSON, chosen by the extension; errors use the spec's
``errors`` shape with the HTTP status that the spec names (404 for what does not exist, 403
for a missing or wrong ``api_key``, 400 for any other request that cannot be fulfilled).

What a resident wrote and where they are is personal data, so a request read back shows:

* ``description`` only when the voice has an approved, published ``Publication`` (its
  anonymised text), never the text the resident sent;
* ``address`` only for a published voice, and only when no personal data is found in it;
* ``lat``/``long`` rounded to three decimals (about 100 m);
* no ``media_url`` (photos are never public: a ``media_url`` posted with a request is kept
  for staff to open, and never fetched by the server), no contact details, no staff notes:
  ``status_notes`` is a fixed public sentence per status.

Voices are created synchronously, so every service is ``realtime``: ``POST requests`` returns
the ``service_request_id`` at once and no token is ever issued (``GET tokens/...`` is 404).
``jurisdiction_id`` is accepted and ignored (one jurisdiction). ``locale`` (ja, en, zh-hans,
ko; Japanese by default) chooses the language of names and notes.
"""

from __future__ import annotations

import json
import logging
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import wraps
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import SuspiciousOperation, ValidationError
from django.core.validators import URLValidator, validate_email
from django.db.models import OuterRef, QuerySet, Subquery
from django.http import HttpRequest, HttpResponse, UnreadablePostError
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.csrf import csrf_exempt

from madoguchi.accounts.models import Department
from madoguchi.core.ratelimit import rate_limit_hit
from madoguchi.voices import redaction, workflow
from madoguchi.voices.models import (
    Category,
    Channel,
    Publication,
    Status,
    StatusChange,
    Voice,
)
from madoguchi.voices.services import VoiceInputError, open311_key_find, voice_submit

log = logging.getLogger(__name__)

SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
CHANGESET = "2026-11-24 00:00"
"""When the service list or definitions last changed shape (the discovery spec's flag for
clients to refresh cached services). Category names and departments are data; their codes,
which clients key on, are fixed."""

CONTENT_TYPES = {
    "xml": "text/xml; charset=utf-8",
    "json": "application/json; charset=utf-8",
}
TOKYO = ZoneInfo("Asia/Tokyo")
MAX_REQUESTS = 1000
DEFAULT_SPAN = timedelta(days=90)
COORDINATE_DECIMALS = 3
MAX_DESCRIPTION = 4000
MAX_ADDRESS = 200
MAX_PHONE = 40
MAX_NAME = 200
MAX_MEDIA_URL = 2000
POSTS_PER_HOUR = 600
"""Default limit of POSTs per API key and hour (``MADOGUCHI_OPEN311_POSTS_PER_HOUR``)."""

LANGUAGES = ("ja", "en", "zh-hans", "ko")

CLOSED = frozenset({Status.ANSWERED, Status.CLOSED})
"""Open311 ``closed``: the city answered or closed the voice. ``workflow.OPEN`` is ``open``;
voices waiting for the resident's email confirmation are not shown at all."""


# --- Public texts ------------------------------------------------------------------------------

# Group, description and notes are the API's own short texts in the four languages of the
# site (category names come from the categories' data).
GROUPS = {
    "waste": "living",
    "environment": "living",
    "roads_parks": "city",
    "urban": "city",
    "transport": "city",
    "safety": "city",
    "health": "care",
    "welfare": "care",
    "childcare": "care",
    "education": "care",
    "tax_insurance": "procedures",
    "registry": "procedures",
    "community": "community",
    "business": "community",
    "service": "government",
    "general": "government",
}
GROUP_NAMES: dict[str, dict[str, str]] = {
    "living": {
        "ja": "環境・くらし",
        "en": "Environment and daily life",
        "zh-hans": "环境・生活",
        "ko": "환경・생활",
    },
    "city": {
        "ja": "まちづくり・交通・安全",
        "en": "City, transport and safety",
        "zh-hans": "城市建设・交通・安全",
        "ko": "도시・교통・안전",
    },
    "care": {
        "ja": "健康・福祉・子育て・教育",
        "en": "Health, welfare, children and education",
        "zh-hans": "健康・福利・育儿・教育",
        "ko": "건강・복지・육아・교육",
    },
    "procedures": {
        "ja": "税・届出",
        "en": "Tax and registration",
        "zh-hans": "税务・登记",
        "ko": "세금・신고",
    },
    "community": {
        "ja": "地域・産業",
        "en": "Community and business",
        "zh-hans": "社区・产业",
        "ko": "지역・산업",
    },
    "government": {
        "ja": "区政・窓口",
        "en": "City government and counters",
        "zh-hans": "区政・窗口",
        "ko": "구정・창구",
    },
}
DESCRIPTION = {
    "ja": "{name}についてのご意見・ご要望・お困りごと",
    "en": "Opinions, requests and problems about: {name}",
    "zh-hans": "关于{name}的意见、要求和困扰",
    "ko": "{name}에 관한 의견・요청・불편 사항",
}
NOTICE_AGENCY = {
    "ja": "担当: {agency}。",
    "en": "Handled by: {agency}.",
    "zh-hans": "负责部门: {agency}。",
    "ko": "담당: {agency}.",
}
NOTICE_DEADLINE = {
    "ja": "対応の目安: {date}。",
    "en": "Target date: {date}.",
    "zh-hans": "处理目标日期: {date}。",
    "ko": "처리 목표일: {date}.",
}
STATUS_NOTES: dict[str, dict[str, str]] = {
    Status.RECEIVED: {
        "ja": "受け付けました。",
        "en": "Received.",
        "zh-hans": "已受理。",
        "ko": "접수되었습니다.",
    },
    Status.TRIAGED: {
        "ja": "担当部署を確認しています。",
        "en": "The responsible section is being decided.",
        "zh-hans": "正在确定负责部门。",
        "ko": "담당 부서를 확인하고 있습니다.",
    },
    Status.ASSIGNED: {
        "ja": "担当部署が決まりました。",
        "en": "Assigned to the responsible section.",
        "zh-hans": "已分配给负责部门。",
        "ko": "담당 부서가 정해졌습니다.",
    },
    Status.IN_PROGRESS: {
        "ja": "対応しています。",
        "en": "Being handled.",
        "zh-hans": "正在处理。",
        "ko": "처리 중입니다.",
    },
    Status.AWAITING_RESIDENT: {
        "ja": "お寄せいただいた方に確認しています。",
        "en": "Waiting for more information from the sender.",
        "zh-hans": "正在向提交人确认。",
        "ko": "보내신 분께 확인하고 있습니다.",
    },
    Status.FORWARDED: {
        "ja": "関係する機関に伝えました。",
        "en": "Forwarded to the organisation responsible.",
        "zh-hans": "已转交相关机构。",
        "ko": "관계 기관에 전달했습니다.",
    },
    Status.ANSWERED: {
        "ja": "回答しました。",
        "en": "Answered.",
        "zh-hans": "已答复。",
        "ko": "답변했습니다.",
    },
    Status.CLOSED: {
        "ja": "対応を終えました。",
        "en": "Closed.",
        "zh-hans": "已结束处理。",
        "ko": "처리를 마쳤습니다.",
    },
    Status.REOPENED: {
        "ja": "対応を再開しました。",
        "en": "Reopened.",
        "zh-hans": "已重新开始处理。",
        "ko": "처리를 다시 시작했습니다.",
    },
}
DUPLICATE_NOTE = {
    "ja": "{reference} と同じ内容として対応しています。",
    "en": "Duplicate of {reference}.",
    "zh-hans": "与 {reference} 内容相同，一并处理。",
    "ko": "{reference}와 같은 내용으로 처리하고 있습니다.",
}
CONTACT = {
    "ja": "{city} 区長室 広聴担当（区民の声）: {url}",
    "en": "{city}, Mayor's Office, public hearing section (residents' voices): {url}",
}
KEY_SERVICE = {
    "ja": (
        "APIキーは{city} 区長室 広聴担当が発行します。"
        "アプリの名前と連絡先を添えてお申し込みください。"
    ),
    "en": (
        "API keys are issued by the {city} Mayor's Office, public hearing section: ask with "
        "the name of your app and a contact address."
    ),
}


def _text(texts: dict[str, str], **values: str) -> str:
    language = translation.get_language() or "ja"
    return (texts.get(language) or texts.get("en") or texts["ja"]).format(**values)


# --- Errors and responses ----------------------------------------------------------------------


class Open311Error(Exception):
    """An error in the spec's shape: one HTTP status, one or more descriptions."""

    def __init__(self, status: int, *descriptions: str) -> None:
        super().__init__(status, descriptions)
        self.status = status
        self.descriptions = descriptions


@dataclass(frozen=True)
class _Document:
    """A response body: the XML root's name and the data (the JSON is the data itself)."""

    root: str
    data: Any


# XML names of list items under each list element (the Spark convention's reverse).
_ITEMS = {
    "services": "service",
    "service_requests": "request",
    "errors": "error",
    "attributes": "attribute",
    "values": "value",
    "endpoints": "endpoint",
    "formats": "format",
}
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _fill(element: ET.Element, value: Any) -> None:
    if isinstance(value, list):
        item = _ITEMS[element.tag]
        for entry in value:
            _fill(ET.SubElement(element, item), entry)
    elif isinstance(value, dict):
        for name, entry in value.items():
            _fill(ET.SubElement(element, name), entry)
    elif isinstance(value, bool):
        element.text = "true" if value else "false"
    elif value is not None:
        element.text = _NOT_XML.sub("", str(value))


def _xml(document: _Document) -> bytes:
    root = ET.Element(document.root)
    _fill(root, document.data)
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode("utf-8")


def _render(fmt: str, document: _Document, status: int = 200) -> HttpResponse:
    if fmt == "json":
        content = json.dumps(document.data, ensure_ascii=False).encode("utf-8")
    else:
        content = _xml(document)
    return HttpResponse(content, status=status, content_type=CONTENT_TYPES[fmt])


def _error_response(fmt: str, error: Open311Error) -> HttpResponse:
    errors = [{"code": error.status, "description": d} for d in error.descriptions]
    return _render(fmt, _Document("errors", errors), status=error.status)


def _language(request: HttpRequest) -> str:
    wanted = (request.GET.get("locale") or "").strip()
    if not wanted and request.method == "POST":
        wanted = (request.POST.get("locale") or "").strip()
    if wanted:
        try:
            found = translation.get_supported_language_variant(wanted.lower())
        except LookupError:
            found = ""
        if found in LANGUAGES:
            return found
    return "ja"


Handler = Callable[..., HttpResponse]


def _refuse_nul(request: HttpRequest, kwargs: dict[str, Any]) -> None:
    """No database stores a NUL character in text: refuse it before it reaches a query."""
    values = [*kwargs.values(), *request.GET.values()]
    if request.method == "POST":
        values += list(request.POST.values())
    if any("\x00" in str(v) for v in values):
        raise Open311Error(400, "The request contains a NUL character.")


def _endpoint(*methods: str) -> Callable[[Handler], Handler]:
    """A GeoReport method: format from the extension, the spec's errors, CSRF exempt (the
    API key is the credential, sessions are never used), language from ``locale``."""
    allowed = {*methods, "HEAD"} if "GET" in methods else set(methods)

    def decorate(handler: Handler) -> Handler:
        @wraps(handler)
        def view(request: HttpRequest, fmt: str, **kwargs: Any) -> HttpResponse:
            known = fmt if fmt in CONTENT_TYPES else "xml"
            try:
                if fmt not in CONTENT_TYPES:
                    raise Open311Error(404, f"Unknown format '{fmt}': use .xml or .json.")
                if request.method not in allowed:
                    raise Open311Error(405, f"Use {' or '.join(sorted(methods))} here.")
                _refuse_nul(request, kwargs)
                with translation.override(_language(request)):
                    response = handler(request, fmt, **kwargs)
            except Open311Error as error:
                response = _error_response(known, error)
                if error.status == 405:
                    response["Allow"] = ", ".join(sorted(allowed))
            except (SuspiciousOperation, UnreadablePostError):
                response = _error_response(
                    known, Open311Error(400, "The request is too large or malformed.")
                )
            except Exception:
                log.exception("Open311 %s failed", request.path)
                response = _error_response(
                    known,
                    Open311Error(500, "The request could not be processed: please tell the city."),
                )
            response["Access-Control-Allow-Origin"] = "*"
            if request.method == "POST":
                response["Cache-Control"] = "no-store"
            return response

        return csrf_exempt(view)

    return decorate


# --- Services ----------------------------------------------------------------------------------


def _name_parts(name: str, *, english: bool) -> list[str]:
    if english:
        return [p.strip().lower() for p in re.split(r",|\band\b", name) if p.strip()]
    return [p.strip() for p in name.split("・") if p.strip()]


def _service(category: Category) -> dict[str, Any]:
    name = category.localized_name
    english = str(category.name_i18n.get("en") or "")
    keywords = _name_parts(category.name, english=False) + _name_parts(english, english=True)
    group = GROUPS.get(category.code, "government")
    return {
        "service_code": category.code,
        "service_name": name,
        "description": _text(DESCRIPTION, name=name),
        "metadata": False,
        "type": "realtime",
        "keywords": ", ".join(dict.fromkeys(keywords)),
        "group": _text(GROUP_NAMES[group]),
    }


@_endpoint("GET")
def services_view(request: HttpRequest, fmt: str) -> HttpResponse:
    services = [_service(c) for c in Category.objects.order_by("sort_order", "code")]
    return _render(fmt, _Document("services", services))


@_endpoint("GET")
def service_definition_view(request: HttpRequest, fmt: str, service_code: str) -> HttpResponse:
    category = Category.objects.filter(code=service_code).first()
    if category is None:
        raise Open311Error(404, f"service_code '{service_code}' was not found.")
    # No service has metadata, so no attributes: the definition has the spec's shape, empty.
    definition = {"service_code": category.code, "attributes": []}
    return _render(fmt, _Document("service_definition", definition))


# --- Service requests: reading -----------------------------------------------------------------


_W3C = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?")


def _w3c(value: str) -> datetime:
    """A W3C date or date-time (ISO 8601 subset). A time without an offset is Tokyo time; a
    '+' that a client left unencoded in the query string arrives as a space and is put back."""
    text = value.strip()
    if re.fullmatch(r".+T.+ \d{2}:?\d{2}", text):
        text = text[::-1].replace(" ", "+", 1)[::-1]
    if not _W3C.fullmatch(text):
        raise ValueError(value)
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=TOKYO)
    return parsed


def _date_range(request: HttpRequest) -> tuple[datetime, datetime]:
    raw_start = (request.GET.get("start_date") or "").strip()
    raw_end = (request.GET.get("end_date") or "").strip()
    errors = []
    start = end = None
    for name, raw in (("start_date", raw_start), ("end_date", raw_end)):
        if not raw:
            continue
        try:
            parsed = _w3c(raw)
        except (ValueError, OverflowError):
            errors.append(
                f"{name} '{raw}' is not a W3C date-time such as 2010-01-01T00:00:00Z "
                "or 2010-01-01T09:00:00+09:00."
            )
            continue
        if name == "start_date":
            start = parsed
        elif len(raw) == len("2010-01-01"):
            end = parsed + timedelta(days=1) - timedelta(microseconds=1)  # the whole day
        else:
            end = parsed
    if errors:
        raise Open311Error(400, *errors)
    try:
        if start is None and end is None:
            end = timezone.now()
            start = end - DEFAULT_SPAN
        elif start is None:
            assert end is not None
            start = end - DEFAULT_SPAN
        elif end is None:
            end = start + DEFAULT_SPAN
    except OverflowError as exc:
        raise Open311Error(400, "start_date or end_date is out of range.") from exc
    if end < start:
        raise Open311Error(400, "end_date is before start_date.")
    if end - start > DEFAULT_SPAN:
        raise Open311Error(400, "start_date and end_date may not span more than 90 days.")
    return start, end


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def _public_requests() -> QuerySet[Voice]:
    """Voices as Open311 shows them: without what the resident wrote or how to reach them
    (never even read from the database here), with the time of their last change."""
    last_change = (
        StatusChange.objects.filter(voice=OuterRef("pk")).order_by("-at", "-id").values("at")[:1]
    )
    return (
        Voice.objects.exclude(status=Status.UNCONFIRMED)
        .select_related("category", "department", "publication")
        .defer(
            "body",
            "terms",
            "contact_name",
            "contact_email",
            "contact_phone",
            "publication__answer",
            "publication__findings",
            "publication__search_index",
        )
        .annotate(
            last_change=Subquery(last_change),
            duplicate_reference=Subquery(
                Voice.objects.filter(pk=OuterRef("duplicate_of_id")).values("reference")[:1]
            ),
        )
        .order_by("-received_at", "-id")
    )


def _published(voice: Voice) -> Publication | None:
    publication: Publication | None = getattr(voice, "publication", None)
    if publication is not None and publication.state == Publication.State.PUBLISHED:
        return publication
    return None


def _public_address(voice: Voice, publication: Publication | None) -> str | None:
    """The address of a published voice, unless personal data is found in it (staff approve
    the anonymised text, not the address the resident typed)."""
    if publication is None or not voice.address.strip():
        return None
    if redaction.findings_detect(voice.address):
        return None
    return voice.address


def _isoformat(moment: datetime) -> str:
    return timezone.localtime(moment, TOKYO).replace(microsecond=0).isoformat()


def _expected(deadline: date | None) -> str | None:
    if deadline is None:
        return None
    return datetime.combine(deadline, time(23, 59, 59), tzinfo=TOKYO).isoformat()


def _agency(department: Department | None) -> str | None:
    return department.localized_name if department is not None else None


def _notice(voice: Voice) -> str | None:
    parts = []
    agency = _agency(voice.department)
    if agency:
        parts.append(_text(NOTICE_AGENCY, agency=agency))
    if voice.deadline is not None and voice.status not in CLOSED:
        parts.append(_text(NOTICE_DEADLINE, date=voice.deadline.isoformat()))
    return " ".join(parts) or None


def _status_notes(voice: Voice) -> str | None:
    reference = getattr(voice, "duplicate_reference", None)
    if reference:
        return _text(DUPLICATE_NOTE, reference=reference)
    notes = STATUS_NOTES.get(voice.status)
    return _text(notes) if notes else None


def _rounded(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return round(value, COORDINATE_DECIMALS)


def _request(voice: Voice) -> dict[str, Any]:
    publication = _published(voice)
    description = None
    if publication is not None:
        language = translation.get_language() or "ja"
        translated = publication.translations.get(language, {}) if language != "ja" else {}
        body = translated.get("body") if isinstance(translated, dict) else None
        description = body or publication.body or None
    category = voice.category
    last_change = getattr(voice, "last_change", None) or voice.received_at
    return {
        "service_request_id": voice.reference,
        "status": "closed" if voice.status in CLOSED else "open",
        "status_notes": _status_notes(voice),
        "service_name": category.localized_name if category is not None else None,
        "service_code": category.code if category is not None else None,
        "description": description,
        "agency_responsible": _agency(voice.department),
        "service_notice": _notice(voice),
        "requested_datetime": _isoformat(voice.received_at),
        "updated_datetime": _isoformat(last_change),
        "expected_datetime": _expected(voice.deadline),
        "address": _public_address(voice, publication),
        "address_id": None,
        "zipcode": None,
        "lat": _rounded(voice.latitude),
        "long": _rounded(voice.longitude),
        "media_url": None,
    }


def _statuses(values: Iterable[str]) -> set[str]:
    wanted: set[str] = set()
    for value in values:
        if value.lower() == "open":
            wanted |= set(workflow.OPEN)
        elif value.lower() == "closed":
            wanted |= set(CLOSED)
        else:
            raise Open311Error(400, f"status '{value}' is not one of: open, closed.")
    return wanted


def _requests_list(request: HttpRequest, fmt: str) -> HttpResponse:
    voices = _public_requests()
    ids = _split(request.GET.get("service_request_id"))
    if ids:
        # The spec: a list of ids overrides all other arguments.
        references = list(dict.fromkeys(i.upper() for i in ids if len(i) <= 20))[:MAX_REQUESTS]
        voices = voices.filter(reference__in=references)
    else:
        start, end = _date_range(request)
        voices = voices.filter(received_at__gte=start, received_at__lte=end)
        codes = _split(request.GET.get("service_code"))
        if codes:
            voices = voices.filter(category__code__in=codes)
        statuses = _split(request.GET.get("status"))
        if statuses:
            voices = voices.filter(status__in=_statuses(statuses))
    found = [_request(v) for v in voices[:MAX_REQUESTS]]
    return _render(fmt, _Document("service_requests", found))


@_endpoint("GET")
def request_view(request: HttpRequest, fmt: str, service_request_id: str) -> HttpResponse:
    reference = service_request_id.strip().upper()
    voice = _public_requests().filter(reference=reference).first() if len(reference) <= 20 else None
    if voice is None:
        raise Open311Error(404, f"service_request_id '{service_request_id}' was not found.")
    return _render(fmt, _Document("service_requests", [_request(voice)]))


@_endpoint("GET")
def token_view(request: HttpRequest, fmt: str, token: str) -> HttpResponse:
    # Every service is realtime: POST requests returns the service_request_id itself and no
    # token is ever issued, so every token is unknown.
    raise Open311Error(
        404,
        f"token '{token}' was not found: this server issues no tokens, POST requests "
        "returns the service_request_id directly.",
    )


# --- Service requests: creating ----------------------------------------------------------------


def _coordinates(data: Any, errors: list[str]) -> tuple[float | None, float | None]:
    raw_lat = (data.get("lat") or "").strip()
    raw_long = (data.get("long") or "").strip()
    if not raw_lat and not raw_long:
        return None, None
    if not raw_lat or not raw_long:
        errors.append("lat and long must be sent together.")
        return None, None
    try:
        latitude, longitude = float(raw_lat[:40]), float(raw_long[:40])
    except ValueError:
        errors.append("lat and long must be decimal degrees (WGS84), e.g. lat=35.658&long=139.751.")
        return None, None
    if not (
        math.isfinite(latitude)
        and math.isfinite(longitude)
        and -90 <= latitude <= 90
        and -180 <= longitude <= 180
    ):
        errors.append("lat must be between -90 and 90 and long between -180 and 180.")
        return None, None
    return latitude, longitude


def _create(request: HttpRequest, fmt: str) -> HttpResponse:
    data = request.POST
    api_key = (data.get("api_key") or "").strip()
    if not api_key:
        raise Open311Error(403, "api_key is missing -- can't proceed with create_request.")
    key = open311_key_find(api_key)
    if key is None:
        raise Open311Error(403, "Invalid api_key received -- can't proceed with create_request.")
    limit = int(getattr(settings, "MADOGUCHI_OPEN311_POSTS_PER_HOUR", POSTS_PER_HOUR))
    if rate_limit_hit(scope="open311.post", key=str(key.pk), limit=limit, window_seconds=3600):
        raise Open311Error(
            429, f"Too many requests with this api_key: at most {limit} an hour. Try again later."
        )

    service_code = (data.get("service_code") or "").strip()
    if not service_code:
        raise Open311Error(400, "service_code was not provided.")
    if not Category.objects.filter(code=service_code).exists():
        raise Open311Error(404, f"service_code '{service_code}' was not found.")

    errors: list[str] = []
    latitude, longitude = _coordinates(data, errors)
    address = (data.get("address_string") or "").strip()
    address_id = (data.get("address_id") or "").strip()
    if len(address) > MAX_ADDRESS:
        errors.append(f"address_string may have at most {MAX_ADDRESS} characters.")
    if len(address_id) > MAX_ADDRESS:
        errors.append(f"address_id may have at most {MAX_ADDRESS} characters.")
    if latitude is None and not address and not address_id and not errors:
        errors.append("A location is required: lat and long, address_string or address_id.")
    if not address and address_id:
        # No master address repository to look it up in: keep it for staff to read.
        address = f"address_id: {address_id}"
    description = data.get("description") or ""
    if not description.strip():
        errors.append(
            "description is required here: the city handles every request by what the "
            "resident wrote, so a request without text cannot be accepted."
        )
    elif len(description) > MAX_DESCRIPTION:
        errors.append(f"description may have at most {MAX_DESCRIPTION} characters.")
    email = (data.get("email") or "").strip()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            errors.append("email is not a valid email address.")
    phone = (data.get("phone") or "").strip()
    if len(phone) > MAX_PHONE:
        errors.append(f"phone may have at most {MAX_PHONE} characters.")
    name = " ".join(
        p
        for p in ((data.get("first_name") or "").strip(), (data.get("last_name") or "").strip())
        if p
    )
    if len(name) > MAX_NAME:
        errors.append(f"first_name and last_name may have at most {MAX_NAME} characters.")
    media_url = (data.get("media_url") or "").strip()
    if media_url:
        if len(media_url) > MAX_MEDIA_URL:
            errors.append(f"media_url may have at most {MAX_MEDIA_URL} characters.")
        else:
            try:
                URLValidator(schemes=["http", "https"])(media_url)
            except ValidationError:
                errors.append("media_url is not a valid http or https URL.")
    if errors:
        raise Open311Error(400, *errors)

    # device_id and account_id are not kept (no tracking of devices or app accounts). The
    # media_url is kept for staff but never fetched (no requests to addresses a client chooses).
    try:
        voice, _token = voice_submit(
            channel=Channel.OPEN311,
            body=description,
            category_code=service_code,
            address=address,
            latitude=latitude,
            longitude=longitude,
            contact_email=email,
            contact_name=name,
            contact_phone=phone,
            media_url=media_url,
            open311_key=key,
            wants_reply=bool(email),
            language=translation.get_language() or "ja",
        )
    except VoiceInputError as exc:
        raise Open311Error(
            400,
            *[f"{field}: {message}" for field, items in exc.errors.items() for message in items],
        ) from exc
    created = {
        "service_request_id": voice.reference,
        "service_notice": _notice(voice),
        "account_id": None,
    }
    return _render(fmt, _Document("service_requests", [created]))


@_endpoint("GET", "POST")
def requests_view(request: HttpRequest, fmt: str) -> HttpResponse:
    if request.method == "POST":
        return _create(request, fmt)
    return _requests_list(request, fmt)


# --- Discovery and the rest --------------------------------------------------------------------


@_endpoint("GET")
def discovery_view(request: HttpRequest, fmt: str) -> HttpResponse:
    public_url = str(settings.MADOGUCHI_PUBLIC_URL).rstrip("/")
    services_path = reverse("open311-services", kwargs={"fmt": "xml"})
    base = public_url + services_path.rsplit("/", 1)[0]
    city = str(settings.MADOGUCHI_CITY_NAME)
    document = {
        "changeset": CHANGESET,
        "contact": _text(CONTACT, city=city, url=public_url + "/"),
        "key_service": _text(KEY_SERVICE, city=city),
        "endpoints": [
            {
                "specification": SPECIFICATION,
                "url": base,
                "changeset": CHANGESET,
                "type": "production",
                "formats": ["text/xml", "application/json"],
            }
        ],
    }
    return _render(fmt, _Document("discovery", document))


@csrf_exempt
def not_found_view(request: HttpRequest, path: str) -> HttpResponse:
    """Anything else under the endpoint: the spec's 404, in JSON when asked for JSON."""
    fmt = "json" if path.endswith(".json") else "xml"
    response = _error_response(fmt, Open311Error(404, f"There is no Open311 method at '{path}'."))
    response["Access-Control-Allow-Origin"] = "*"
    return response
