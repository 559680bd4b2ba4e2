"""Open311 GeoReport v2 at /open311/v2/, over real HTTP: with the georeport client from PyPI
where it covers a method, and with raw requests where the spec's shapes, status codes and
the residents' privacy matter."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
import requests
from django.utils import timezone
from georeport import GeoReport

from madoguchi.accounts.models import Department, User
from madoguchi.voices.categories import CATEGORIES
from madoguchi.voices.models import Category, Channel, Open311Key, Publication, Status, Voice
from madoguchi.voices.services import open311_key_create, voice_submit, voice_transition

pytestmark = pytest.mark.django_db(transaction=True)

XML_DECLARATION = b'<?xml version="1.0" encoding="utf-8"?>'
REQUEST_FIELDS = [
    "service_request_id",
    "status",
    "status_notes",
    "service_name",
    "service_code",
    "description",
    "agency_responsible",
    "service_notice",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "address",
    "address_id",
    "zipcode",
    "lat",
    "long",
    "media_url",
]
PERSONAL_TEXT = "山田花子です。自宅前（芝公園四丁目）の街灯が切れています。電話 090-1234-5678"


@pytest.fixture(autouse=True)
def categories(transactional_db: None) -> None:
    # The data migration's sixteen categories: a transactional test flushes them after each
    # test, so each test puts them back.
    for order, c in enumerate(CATEGORIES):
        Category.objects.update_or_create(
            code=c.code,
            defaults={
                "name": c.ja,
                "name_i18n": {"en": c.en, "zh-hans": c.zh, "ko": c.ko},
                "deadline_days": c.deadline_days,
                "sort_order": order,
            },
        )


@pytest.fixture
def api_key(transactional_db: None) -> str:
    return open311_key_create(name="テスト用アプリ")


@pytest.fixture
def base(live_server: Any) -> str:
    return f"{live_server.url}/open311/v2"


def _post(base: str, fmt: str = "json", **fields: Any) -> requests.Response:
    return requests.post(f"{base}/requests.{fmt}", data=fields, timeout=30)


def _get(base: str, path: str, **params: Any) -> requests.Response:
    return requests.get(f"{base}/{path}", params=params, timeout=30)


def _report(base: str, api_key: str, **fields: Any) -> str:
    """A valid request from an app; returns its service_request_id."""
    data = {
        "api_key": api_key,
        "service_code": "roads_parks",
        "lat": "35.6586",
        "long": "139.7454",
        "description": "公園の街灯が切れています。",
        **fields,
    }
    response = _post(base, **data)
    assert response.status_code == 200, response.text
    return str(response.json()[0]["service_request_id"])


def _voice(status: str = Status.RECEIVED, **fields: Any) -> Voice:
    values: dict[str, Any] = {
        "channel": Channel.OPEN311,
        "body": "歩道の段差が危ないです。",
        "category_code": "roads_parks",
        **fields,
    }
    voice, _ = voice_submit(**values)
    if status == Status.CLOSED:
        voice = voice_transition(voice=voice, target=Status.CLOSED, actor=None, note="済")
    return voice


def _xml(response: requests.Response) -> ET.Element:
    assert response.headers["Content-Type"] == "text/xml; charset=utf-8"
    assert response.content.startswith(XML_DECLARATION)
    return ET.fromstring(response.content)  # noqa: S314 - our own server's answer


def _errors_json(response: requests.Response) -> list[dict[str, Any]]:
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    body = response.json()
    assert isinstance(body, list) and body
    assert all(set(e) == {"code", "description"} for e in body)
    return body


# --- The georeport client ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_georeport_client_lists_services_and_reads_a_definition(
    base: str, api_key: str, fmt: str
) -> None:
    # given the client pointed at the endpoint
    client = GeoReport(base, api_key=api_key, output_format=fmt)
    # when it lists the services and reads one definition
    services = client.get_service_list()
    definition = client.get_service_definition("waste")
    # then the sixteen categories are services, in Japanese, realtime, without metadata
    assert [s["service_code"] for s in services] == [c.code for c in CATEGORIES]
    waste = services[0]
    assert waste["service_name"] == "ごみ・リサイクル"
    assert waste["type"] == "realtime"
    assert waste["metadata"] in (False, "false")  # XML carries text, JSON a boolean
    assert "ごみ" in waste["keywords"] and "recycling" in waste["keywords"]
    assert waste["group"] == "環境・くらし"
    assert waste["description"]
    assert definition["service_code"] == "waste"
    # JSON: an empty list; XML: an empty <attributes/> that xmltodict reads as None
    assert definition["attributes"] in ([], None)


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_georeport_client_follows_a_created_request(base: str, api_key: str, fmt: str) -> None:
    # given a request created over raw HTTP: georeport 0.3.1 has no method to create one
    # (its GeoReport class only reads: get_service_list, get_service_definition,
    # get_service_requests, get_service_request)
    client = GeoReport(base, api_key=api_key, output_format=fmt)
    reference = _report(base, api_key)
    # when the client reads it alone, by a list of ids and by status
    one = client.get_service_request(reference)
    listed = client.get_service_requests(service_request_id=reference)
    open_ones = client.get_service_requests(status="open", service_code="roads_parks")
    # then it is open, in its category, with the spec's fields
    # (with one request, georeport's XML path returns a dict instead of a list: xmltodict
    # cannot tell a list of one from a single element)
    listed_one = listed if isinstance(listed, dict) else listed[0]
    open_one = open_ones if isinstance(open_ones, dict) else open_ones[0]
    for found in (one, listed_one, open_one):
        assert found["service_request_id"] == reference
        assert found["status"] == "open"
        assert found["service_code"] == "roads_parks"
        assert found["service_name"] == "道路・公園"
        assert list(found) == REQUEST_FIELDS
    assert one["requested_datetime"].endswith("+09:00")


def test_georeport_client_fails_on_an_empty_xml_list(base: str) -> None:
    # given no request at all
    client = GeoReport(base, output_format="xml")
    # when the client asks for the list in XML
    # then georeport 0.3.1 fails on the spec's empty <service_requests/> (it indexes None),
    # while the raw response is the spec's empty list
    with pytest.raises(TypeError):
        client.get_service_requests()
    assert _xml(_get(base, "requests.xml")).tag == "service_requests"
    assert _get(base, "requests.json").json() == []


# --- Creating requests -------------------------------------------------------------------------


def test_post_creates_a_voice_from_the_app(
    base: str, api_key: str, read_mail: Callable[[str], list[Any]]
) -> None:
    # given a report with a position, an address and the reporter's contact details
    fields = {
        "api_key": api_key,
        "service_code": "waste",
        "lat": "35.65858",
        "long": "139.74543",
        "address_string": "芝公園四丁目 東京都港区",
        "email": "Hanako@Example.jp",
        "first_name": "花子",
        "last_name": "山田",
        "phone": "090-1234-5678",
        "device_id": "device-123",
        "account_id": "acct-9",
        "media_url": "https://photos.example.com/1.jpg",
        "jurisdiction_id": "city.minato.tokyo.jp",
        "description": "ごみ集積所にごみが残っています。",
    }
    # when the app posts it (no CSRF token: the API key is the credential)
    response = _post(base, **fields)
    # then the spec's answer has the id, and the voice is in the city's queue
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    [created] = response.json()
    assert set(created) == {"service_request_id", "service_notice", "account_id"}
    assert created["account_id"] is None
    assert "token" not in created
    voice = Voice.objects.get(reference=created["service_request_id"])
    assert voice.channel == Channel.OPEN311
    assert voice.category is not None and voice.category.code == "waste"
    assert voice.category_chosen_by_resident
    assert voice.status == Status.RECEIVED
    assert voice.body == "ごみ集積所にごみが残っています。"
    assert voice.address == "芝公園四丁目 東京都港区"
    assert (voice.latitude, voice.longitude) == (35.65858, 139.74543)
    assert voice.contact_email == "hanako@example.jp"
    assert voice.contact_name == "花子 山田"
    assert voice.contact_phone == "090-1234-5678"
    # and the photo's address is kept for staff, as sent (never fetched by the server)
    assert voice.media_url == "https://photos.example.com/1.jpg"
    assert voice.wants_reply
    assert voice.language == "ja"
    assert voice.open311_key == Open311Key.objects.get()
    # and the reporter gets the city's receipt with a link to follow it
    [receipt] = read_mail("hanako@example.jp")
    assert "/ja/voices/link/" in receipt.body


def test_post_answers_in_xml(base: str, api_key: str) -> None:
    # given a report asking for XML, located by an address only
    # when it is posted
    response = _post(
        base,
        "xml",
        api_key=api_key,
        service_code="environment",
        address_string="六本木六丁目",
        description="夜中の騒音がひどいです。",
    )
    # then the spec's <service_requests><request> carries the id and an empty account_id
    root = _xml(response)
    assert response.status_code == 200
    assert root.tag == "service_requests"
    [request] = list(root)
    assert request.tag == "request"
    assert [c.tag for c in request] == ["service_request_id", "service_notice", "account_id"]
    assert request.findtext("account_id") == ""
    reference = request.findtext("service_request_id")
    assert Voice.objects.filter(reference=reference, latitude__isnull=True).exists()


def test_post_without_email_asks_no_reply_and_keeps_address_id(base: str, api_key: str) -> None:
    # given a report located only by an address_id, without contact details, in English
    # when it is posted
    reference = _report(
        base,
        api_key,
        lat="",
        long="",
        address_id="MINATO-000123",
        locale="en",
    )
    # then the voice asks no reply, keeps the id for staff and is in English
    voice = Voice.objects.get(reference=reference)
    assert not voice.wants_reply
    assert voice.address == "address_id: MINATO-000123"
    assert voice.language == "en"


@pytest.mark.parametrize(
    ("fields", "status", "fragment"),
    [
        ({"api_key": ""}, 403, "api_key is missing"),
        ({"api_key": "o311_wrong"}, 403, "Invalid api_key"),
        ({"service_code": ""}, 400, "service_code was not provided"),
        ({"service_code": "potholes"}, 404, "service_code 'potholes' was not found"),
        ({"lat": "", "long": ""}, 400, "A location is required"),
        ({"lat": "north", "long": "139.7"}, 400, "decimal degrees"),
        ({"lat": "nan", "long": "139.7"}, 400, "between -90 and 90"),
        ({"lat": "1e999", "long": "139.7"}, 400, "between -90 and 90"),
        ({"lat": "95", "long": "139.7"}, 400, "between -90 and 90"),
        ({"long": ""}, 400, "lat and long must be sent together"),
        ({"description": ""}, 400, "description is required"),
        ({"description": "   \n "}, 400, "description is required"),
        ({"description": "あ" * 4001}, 400, "at most 4000 characters"),
        ({"email": "not-an-address"}, 400, "email is not a valid"),
        ({"address_string": "x" * 201}, 400, "address_string may have at most"),
        ({"phone": "0" * 41}, 400, "phone may have at most"),
        ({"media_url": "javascript:alert(1)"}, 400, "media_url is not a valid http or https"),
        ({"media_url": "ftp://photos.example.com/1.jpg"}, 400, "media_url is not a valid"),
        ({"media_url": "https://x.example/" + "a" * 2000}, 400, "media_url may have at most"),
    ],
)
def test_post_refuses_bad_input_in_the_spec_error_format(
    base: str, api_key: str, fields: dict[str, str], status: int, fragment: str
) -> None:
    # given an otherwise valid report with one bad field
    data = {
        "api_key": api_key,
        "service_code": "roads_parks",
        "lat": "35.6586",
        "long": "139.7454",
        "description": "街灯が切れています。",
        **fields,
    }
    # when it is posted
    response = _post(base, **data)
    # then the spec's error list says why, with the HTTP status as code, and nothing is saved
    assert response.status_code == status
    errors = _errors_json(response)
    assert errors[0]["code"] == status
    assert any(fragment in e["description"] for e in errors), errors
    assert not Voice.objects.exists()


def test_post_errors_in_xml_and_several_at_once(base: str, api_key: str) -> None:
    # given a report without location and without description
    # when it is posted for XML
    response = _post(base, "xml", api_key=api_key, service_code="waste")
    # then <errors> lists both
    assert response.status_code == 400
    root = _xml(response)
    assert root.tag == "errors"
    assert [e.tag for e in root] == ["error", "error"]
    assert [c.tag for c in root[0]] == ["code", "description"]
    assert {e.findtext("code") for e in root} == {"400"}
    descriptions = " ".join(e.findtext("description") or "" for e in root)
    assert "location is required" in descriptions and "description is required" in descriptions


def test_a_revoked_key_is_refused(base: str, api_key: str) -> None:
    # given a key the city revoked
    Open311Key.objects.update(revoked_at=timezone.now())
    # when an app posts with it
    response = _post(
        base, api_key=api_key, service_code="waste", address_string="芝", description="x"
    )
    # then 403
    assert response.status_code == 403
    assert _errors_json(response)[0]["code"] == 403


def test_posts_are_limited_per_key(base: str, api_key: str, settings: Any) -> None:
    # given a limit of two reports an hour per key
    settings.MADOGUCHI_OPEN311_POSTS_PER_HOUR = 2
    # when an app posts three times
    _report(base, api_key)
    _report(base, api_key)
    third = _post(base, api_key=api_key, service_code="waste", address_string="芝", description="x")
    # then the third is refused in the spec's error format
    assert third.status_code == 429
    assert "at most 2 an hour" in _errors_json(third)[0]["description"]
    assert Voice.objects.count() == 2


# --- Reading requests ---------------------------------------------------------------------------


def test_requests_do_not_show_what_the_resident_wrote(
    base: str, api_key: str, make_staff: Callable[..., User]
) -> None:
    # given a report with personal data in its text, its address and contact details
    reference = _report(
        base,
        api_key,
        description=PERSONAL_TEXT,
        address_string="芝公園四丁目",
        lat="35.658581",
        long="139.745433",
        email="hanako@example.jp",
        first_name="花子",
        last_name="山田",
        phone="090-1234-5678",
    )
    # when anyone reads it, alone and in lists, in both formats
    one = _get(base, f"requests/{reference}.json").json()[0]
    listed = _get(base, "requests.json").json()
    by_id = _get(base, "requests.json", service_request_id=reference).json()
    as_xml = _get(base, f"requests/{reference}.xml")
    # then neither the text nor the address, contact details or photos are shown; the
    # position is rounded to about 100 m
    assert one["description"] is None
    assert one["address"] is None
    assert one["media_url"] is None
    assert (one["lat"], one["long"]) == (35.659, 139.745)
    assert listed == [one] and by_id == [one]
    for text in (str(listed), as_xml.content.decode()):
        for secret in ("山田", "花子", "hanako", "090-1234", "街灯", "芝公園", "35.658581"):
            assert secret not in text
    request = _xml(as_xml)[0]
    assert request.findtext("description") == ""
    assert request.findtext("address") == ""
    # and a proposed publication (not yet approved) changes nothing
    voice = Voice.objects.get(reference=reference)
    staff = make_staff("department_manager")
    publication = Publication.objects.create(
        voice=voice,
        state=Publication.State.PROPOSED,
        title="街灯の故障",
        body="〔氏名〕です。自宅前の街灯が切れています。",
        answer="修理しました。",
        proposed_by=staff,
        translations={"en": {"body": "[name] here. The street light is out."}},
    )
    assert _get(base, f"requests/{reference}.json").json()[0]["description"] is None
    # when the anonymised text is approved and published
    publication.state = Publication.State.PUBLISHED
    publication.approved_by = staff
    publication.published_at = timezone.now()
    publication.save()
    published = _get(base, f"requests/{reference}.json").json()[0]
    english = _get(base, f"requests/{reference}.json", locale="en").json()[0]
    # then the published, anonymised text is the description, never the resident's own
    assert published["description"] == "〔氏名〕です。自宅前の街灯が切れています。"
    assert english["description"] == "[name] here. The street light is out."
    assert published["address"] == "芝公園四丁目"
    assert "090-1234" not in str(published)


def test_a_published_address_with_personal_data_stays_hidden(
    base: str, make_staff: Callable[..., User]
) -> None:
    # given a published voice whose typed address holds a phone number
    voice = _voice(address="芝5-1 電話 03-1234-5678", latitude=35.65, longitude=139.75)
    staff = make_staff("department_manager")
    Publication.objects.create(
        voice=voice,
        state=Publication.State.PUBLISHED,
        title="t",
        body="匿名化した本文",
        answer="a",
        proposed_by=staff,
        approved_by=staff,
        published_at=timezone.now(),
    )
    # when it is read
    found = _get(base, f"requests/{voice.reference}.json").json()[0]
    # then the text is shown but not the address
    assert found["description"] == "匿名化した本文"
    assert found["address"] is None


def test_request_fields_follow_the_voice(
    base: str, make_department: Callable[..., Department]
) -> None:
    # given a category with a responsible department and a voice in it, closed later
    department = make_department(code="doboku", name="土木課", name_i18n={"en": "Civil works"})
    Category.objects.filter(code="roads_parks").update(department=department)
    voice = _voice()
    closed = _voice(status=Status.CLOSED)
    # when both are read, in Japanese and English
    ja = {r["service_request_id"]: r for r in _get(base, "requests.json").json()}
    en = {r["service_request_id"]: r for r in _get(base, "requests.json", locale="en").json()}
    # then the spec's fields carry status, department, deadline and dates with +09:00
    first = ja[voice.reference]
    assert first["status"] == "open"
    assert first["status_notes"] == "受け付けました。"
    assert first["agency_responsible"] == "土木課"
    assert first["service_notice"].startswith("担当: 土木課。")
    assert voice.deadline is not None
    assert first["expected_datetime"] == f"{voice.deadline.isoformat()}T23:59:59+09:00"
    assert first["requested_datetime"].endswith("+09:00")
    assert first["address_id"] is None and first["zipcode"] is None
    done = ja[closed.reference]
    assert done["status"] == "closed"
    assert done["status_notes"] == "対応を終えました。"
    assert done["updated_datetime"] >= done["requested_datetime"]
    last = closed.history.order_by("-at").first()
    assert last is not None
    assert (
        done["updated_datetime"] == timezone.localtime(last.at).replace(microsecond=0).isoformat()
    )
    assert en[voice.reference]["service_name"] == "Roads and parks"
    assert en[voice.reference]["agency_responsible"] == "Civil works"
    assert en[voice.reference]["status_notes"] == "Received."


def test_status_filter_and_unconfirmed_voices(base: str) -> None:
    # given an open voice, a closed one and a web voice still waiting for its email check
    open_voice = _voice()
    closed_voice = _voice(status=Status.CLOSED)
    waiting, _ = voice_submit(
        channel=Channel.WEB, body="確認待ちの声", contact_email="someone@example.jp"
    )
    assert waiting.status == Status.UNCONFIRMED
    # when requests are listed by status
    open_ids = [r["service_request_id"] for r in _get(base, "requests.json", status="open").json()]
    closed_ids = [
        r["service_request_id"] for r in _get(base, "requests.json", status="closed").json()
    ]
    both = [
        r["service_request_id"] for r in _get(base, "requests.json", status="open,closed").json()
    ]
    # then each status filters, and the unconfirmed voice is never shown
    assert open_ids == [open_voice.reference]
    assert closed_ids == [closed_voice.reference]
    assert set(both) == {open_voice.reference, closed_voice.reference}
    assert _get(base, f"requests/{waiting.reference}.json").status_code == 404


def test_a_list_of_ids_overrides_other_filters(base: str) -> None:
    # given three voices in two categories, one closed
    a = _voice()
    b = _voice(status=Status.CLOSED, category_code="waste")
    _voice()
    # when two are asked for by id, with filters that would exclude them
    found = _get(
        base,
        "requests.json",
        service_request_id=f"{a.reference}, {b.reference.lower()},VNOTHERE",
        status="open",
        service_code="general",
        start_date="2001-01-01T00:00:00Z",
    ).json()
    # then exactly those two come back
    assert {r["service_request_id"] for r in found} == {a.reference, b.reference}


def test_service_code_and_date_filters(base: str) -> None:
    # given a recent voice and one received 100 days ago
    recent = _voice(category_code="waste")
    old = _voice(received_at=timezone.now() - timedelta(days=100))
    # when listing by default, by code and by a date range around the old one
    default = [r["service_request_id"] for r in _get(base, "requests.json").json()]
    by_code = _get(base, "requests.json", service_code="waste,general").json()
    start = (old.received_at - timedelta(days=1)).isoformat()
    end = (old.received_at + timedelta(days=1)).isoformat()  # its "+" stays unencoded below
    ranged = requests.get(
        f"{base}/requests.json?start_date={start}&end_date={end}", timeout=30
    ).json()
    by_day = _get(
        base,
        "requests.json",
        start_date=timezone.localdate(old.received_at).isoformat(),
        end_date=timezone.localdate(old.received_at).isoformat(),
    ).json()
    # then the default is the last 90 days, and the filters apply
    assert default == [recent.reference]
    assert [r["service_request_id"] for r in by_code] == [recent.reference]
    assert [r["service_request_id"] for r in ranged] == [old.reference]
    assert [r["service_request_id"] for r in by_day] == [old.reference]


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"start_date": "yesterday"}, "start_date 'yesterday' is not a W3C date-time"),
        ({"end_date": "2010-13-45T00:00:00Z"}, "end_date"),
        ({"start_date": "2010-01-01T00:00:00Z", "end_date": "2010-06-01T00:00:00Z"}, "90 days"),
        ({"start_date": "2010-02-01", "end_date": "2010-01-01"}, "before start_date"),
        ({"start_date": "9999-12-31T00:00:00Z"}, "out of range"),
        ({"status": "pending"}, "status 'pending' is not one of"),
    ],
)
def test_bad_filters_are_400(base: str, params: dict[str, str], fragment: str) -> None:
    # given a malformed filter
    # when requests are listed with it
    response = _get(base, "requests.json", **params)
    # then the spec's 400 says which
    assert response.status_code == 400
    assert fragment in _errors_json(response)[0]["description"]


def test_unknown_requests_tokens_services_and_formats_are_404(base: str) -> None:
    # given nothing to find
    # when unknown things are asked for
    unknown_request = _get(base, "requests/VNOTHERE.json")
    token = _get(base, "tokens/12345.json")
    service = _get(base, "services/potholes.xml")
    yaml = _get(base, "services.yaml")
    nothing = _get(base, "reports.json")
    # then each is the spec's 404 in the format asked for (XML when it is not known)
    for response in (unknown_request, token, nothing):
        assert response.status_code == 404
        assert _errors_json(response)[0]["code"] == 404
    assert "no tokens" in token.json()[0]["description"]
    for response in (service, yaml):
        assert response.status_code == 404
        root = _xml(response)
        assert root.tag == "errors" and root[0].findtext("code") == "404"
    assert "Unknown format 'yaml'" in (_xml(yaml)[0].findtext("description") or "")


@pytest.mark.parametrize(
    ("method", "path", "fields"),
    [
        ("get", "services/%00.json", {}),
        ("get", "requests/V%00.json", {}),
        ("get", "requests.json", {"service_code": "waste\x00"}),
        ("get", "requests.json", {"service_request_id": "\x00"}),
        ("get", "requests.json", {"start_date": "2010-01-01T25:00:00Z"}),
        ("post", "requests.json", {"description": "a\x00b"}),
        ("post", "requests.json", {"address_string": "\x00"}),
        ("post", "requests.json", {"lat": "35.6\x00"}),
        ("post", "requests.json", {"description": "あ" * 1_000_000}),
        ("post", "requests.json", {f"attribute[{n}]": "x" for n in range(1100)}),
    ],
)
def test_hostile_input_is_a_client_error_never_a_server_error(
    base: str, api_key: str, method: str, path: str, fields: dict[str, str]
) -> None:
    # given input no database or parser should see (NUL characters, impossible times,
    # bodies over Django's size and field limits)
    data = {
        "api_key": api_key,
        "service_code": "waste",
        "address_string": "芝",
        "description": "x",
        **fields,
    }
    # when it is sent
    if method == "get":
        response = requests.get(f"{base}/{path}", params=fields, timeout=30)
    else:
        response = requests.post(f"{base}/{path}", data=data, timeout=60)
    # then the answer is a 4xx in the spec's error format, and nothing is saved
    assert 400 <= response.status_code < 500, response.text[:300]
    assert _errors_json(response)[0]["code"] == response.status_code
    assert not Voice.objects.exists()


def test_wrong_method_is_refused_in_the_error_format(base: str) -> None:
    # given the read-only service list
    # when someone posts to it
    response = requests.post(f"{base}/services.json", data={"a": "b"}, timeout=30)
    # then 405 with the methods allowed
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET, HEAD"
    assert _errors_json(response)[0]["code"] == 405


# --- XML shapes, languages and discovery ----------------------------------------------------------


def test_xml_has_the_spec_element_names(base: str, api_key: str) -> None:
    # given one request
    reference = _report(base, api_key)
    # when the XML of each method is read
    services = _xml(_get(base, "services.xml"))
    definition = _xml(_get(base, "services/waste.xml"))
    listed = _xml(_get(base, "requests.xml"))
    one = _xml(_get(base, f"requests/{reference}.xml"))
    # then the element names are the spec's
    assert services.tag == "services"
    assert {s.tag for s in services} == {"service"}
    assert [c.tag for c in services[0]] == [
        "service_code",
        "service_name",
        "description",
        "metadata",
        "type",
        "keywords",
        "group",
    ]
    assert services[0].findtext("metadata") == "false"
    assert definition.tag == "service_definition"
    assert [c.tag for c in definition] == ["service_code", "attributes"]
    assert definition.findtext("service_code") == "waste"
    for root in (listed, one):
        assert root.tag == "service_requests"
        [request] = list(root)
        assert request.tag == "request"
        assert [c.tag for c in request] == REQUEST_FIELDS
        assert request.findtext("service_request_id") == reference
        assert request.findtext("lat") == "35.659"


def test_names_are_japanese_unless_a_locale_is_asked_for(base: str) -> None:
    # given a client whose browser prefers English
    headers = {"Accept-Language": "en"}
    # when it lists the services with and without locale
    default = requests.get(f"{base}/services.json", headers=headers, timeout=30).json()
    english = _get(base, "services.json", locale="en").json()
    korean = _get(base, "services.json", locale="ko", jurisdiction_id="city.minato.tokyo.jp")
    unknown = _get(base, "services.json", locale="xx").json()
    # then Japanese is the default and locale chooses another language
    assert default[0]["service_name"] == "ごみ・リサイクル"
    assert english[0]["service_name"] == "Waste and recycling"
    assert english[0]["group"] == "Environment and daily life"
    assert korean.json()[0]["service_name"] == "쓰레기・재활용"
    assert unknown[0]["service_name"] == "ごみ・リサイクル"


def test_discovery_in_both_formats(base: str, settings: Any, live_server: Any) -> None:
    # given the city's public address
    settings.MADOGUCHI_PUBLIC_URL = live_server.url
    # when the discovery document is read
    as_json = _get(base, "discovery.json").json()
    as_xml = _xml(_get(base, "discovery.xml"))
    # then it names this endpoint, GeoReport v2 and both formats
    assert set(as_json) == {"changeset", "contact", "key_service", "endpoints"}
    [endpoint] = as_json["endpoints"]
    assert endpoint == {
        "specification": "http://wiki.open311.org/GeoReport_v2",
        "url": base,
        "changeset": as_json["changeset"],
        "type": "production",
        "formats": ["text/xml", "application/json"],
    }
    assert as_xml.tag == "discovery"
    assert [c.tag for c in as_xml] == ["changeset", "contact", "key_service", "endpoints"]
    formats = as_xml.findall("endpoints/endpoint/formats/format")
    assert [f.text for f in formats] == ["text/xml", "application/json"]
    # and the endpoint it names answers
    assert requests.get(f"{endpoint['url']}/services.json", timeout=30).status_code == 200
