"""Resident and staff pages of residents' voices, the dashboard and its permissions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from madoguchi.accounts.models import Department, StaffRole, User
from madoguchi.voices import locationmap, services
from madoguchi.voices.models import Status, TermDay, Voice

pytestmark = pytest.mark.django_db


def _form(**extra: Any) -> dict[str, Any]:
    return {
        "body": "芝公園の入口付近に粗大ごみが不法投棄されています。",
        "category": "",
        "address": "",
        "latitude": "",
        "longitude": "",
        "name": "",
        "email": "guest@example.jp",
        "submission_key": "key-1",
        **extra,
    }


def test_a_map_click_keeps_what_was_typed_and_marks_the_point(client: Any) -> None:
    # when a guest clicks the map in the middle of typing
    response = client.post("/ja/voices/", _form(**{"map.x": "160", "map.y": "160"}))
    # then the page comes back with the text and the clicked point, and nothing was saved
    html = response.content.decode()
    assert response.status_code == 200
    assert "芝公園の入口付近" in html
    lat, lon = locationmap.from_pixel(160, 160)  # type: ignore[misc]
    assert f'value="{lat}"' in html and f'value="{lon}"' in html
    assert not Voice.objects.exists()


def test_a_guest_voice_is_saved_once_and_confirmed_by_mail(
    client: Any,
    read_mail: Any,
    waste_department: Department,
    triage_department: Department,
    django_capture_on_commit_callbacks: Any,
) -> None:
    # when the form is sent twice with the same key (a double click)
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post("/ja/voices/", _form())
        second = client.post("/ja/voices/", _form())
    # then one voice exists, waiting for confirmation, and one mail was sent
    assert first.status_code == second.status_code == 302
    voice = Voice.objects.get()
    assert voice.status == Status.UNCONFIRMED
    mails = read_mail("guest@example.jp")
    assert len(mails) == 1
    # when the link is opened, the voice reaches the city
    from tests.application_fixtures import link_in

    page = client.get(link_in(mails[0].body))
    voice.refresh_from_db()
    assert page.status_code == 200 and voice.status == Status.RECEIVED


def test_errors_keep_the_text_and_change_nothing(client: Any) -> None:
    response = client.post("/ja/voices/", _form(email="not-an-email"))
    assert response.status_code == 400
    assert "芝公園の入口付近" in response.content.decode()
    assert not Voice.objects.exists()


def test_a_logged_in_resident_sends_and_follows_a_voice(
    client: Any,
    make_resident: Callable[..., User],
    waste_department: Department,
    triage_department: Any,
) -> None:
    resident = make_resident()
    client.force_login(resident)
    response = client.post(
        "/ja/voices/", {k: v for k, v in _form().items() if k not in {"email", "name"}}
    )
    voice = Voice.objects.get()
    assert response.status_code == 302 and voice.status == Status.RECEIVED
    assert voice.submitter == resident
    assert voice.reference in client.get("/ja/voices/mine/").content.decode()
    assert client.get(f"/ja/voices/mine/{voice.reference}/").status_code == 200


def test_residents_never_see_each_others_voices(
    client: Any, make_resident: Callable[..., User], dumping: Voice
) -> None:
    client.force_login(make_resident())
    assert client.get(f"/ja/voices/mine/{dumping.reference}/").status_code == 404
    assert client.get(f"/ja/staff/voices/{dumping.reference}/").status_code == 403


@pytest.mark.parametrize(
    ("role", "queue", "voice", "analysis"),
    [
        (StaffRole.DEPARTMENT_OFFICER, 200, 200, 403),
        (StaffRole.COUNTER_CLERK, 200, 200, 403),
        (StaffRole.DEPARTMENT_MANAGER, 200, 200, 200),
        (StaffRole.POLICY_ANALYST, 403, 403, 200),
        (StaffRole.ADMINISTRATOR, 403, 403, 200),
        (StaffRole.DATA_PUBLISHER, 403, 403, 403),
    ],
)
def test_staff_permissions(
    staff_client: Callable[..., Any],
    dumping: Voice,
    waste_department: Department,
    role: str,
    queue: int,
    voice: int,
    analysis: int,
) -> None:
    client = staff_client(role, waste_department)
    assert client.get("/ja/staff/voices/").status_code == queue
    assert client.get(f"/ja/staff/voices/{dumping.reference}/").status_code == voice
    assert client.get("/ja/staff/voices/analysis/").status_code == analysis


def test_staff_of_another_department_do_not_find_the_voice(
    staff_client: Callable[..., Any], dumping: Voice, make_department: Callable[..., Department]
) -> None:
    client = staff_client(StaffRole.DEPARTMENT_OFFICER, make_department(code="elsewhere"))
    assert client.get(f"/ja/staff/voices/{dumping.reference}/").status_code == 404
    assert dumping.reference not in client.get("/ja/staff/voices/").content.decode()


def test_staff_open_the_photo_an_app_sent_without_the_server_fetching_it(
    staff_client: Callable[..., Any], waste_department: Department, triage_department: Department
) -> None:
    from madoguchi.voices import services

    # given a voice an Open311 app sent with the address of a photo
    voice, _ = services.voice_submit(
        channel="open311",
        body="ごみ集積所にカラスよけネットがありません。",
        category_code="waste",
        latitude=35.6586,
        longitude=139.7454,
        media_url="https://photos.example.com/net.jpg?size=large&v=2",
    )
    # when a clerk of the department opens it
    html = staff_client(StaffRole.DEPARTMENT_OFFICER, waste_department).get(
        f"/ja/staff/voices/{voice.reference}/"
    )
    # then the photo is a link to the app's address, sent without the city's address as referrer
    page = html.content.decode()
    assert (
        '<a href="https://photos.example.com/net.jpg?size=large&amp;v=2" '
        'rel="noopener noreferrer nofollow" referrerpolicy="no-referrer">' in page
    )
    # and the address is encrypted at rest
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT media_url FROM voices_voice WHERE id = %s", [voice.pk])
        stored = cursor.fetchone()[0]
    assert "photos.example.com" not in stored


def test_reading_a_voice_is_audited(
    staff_client: Callable[..., Any], dumping: Voice, waste_department: Department
) -> None:
    from madoguchi.audit.models import AuditRecord

    client = staff_client(StaffRole.DEPARTMENT_OFFICER, waste_department)
    client.get(f"/ja/staff/voices/{dumping.reference}/")
    assert AuditRecord.objects.filter(action="voices.view", object_id=str(dumping.pk)).exists()


def test_staff_record_a_phone_call(
    staff_client: Callable[..., Any], waste_department: Department, triage_department: Any
) -> None:
    client = staff_client(StaffRole.COUNTER_CLERK, waste_department)
    response = client.post(
        "/ja/staff/voices/new/",
        {
            "channel": "phone",
            "body": "集積所のごみが回収されていません",
            "category": "",
            "address": "",
            "name": "",
            "email": "",
            "phone": "",
            "submission_key": "phone-1",
        },
    )
    voice = Voice.objects.get()
    assert response.status_code == 302 and voice.channel == "phone"
    assert voice.department == waste_department


def test_dashboard_figures_and_drilldown(
    staff_client: Callable[..., Any], dumping: Voice, officer: User, waste_department: Department
) -> None:
    # given one answered voice (3 hours later) and one open voice from a month ago
    Voice.objects.filter(pk=dumping.pk).update(
        answered_at=dumping.received_at + timedelta(hours=3), response_hours=3, satisfaction=5
    )
    old, _ = services.voice_submit(
        channel="phone",
        body="粗大ごみの収集日を知りたい",
        received_at=timezone.now() - timedelta(days=31),
        actor=officer,
    )
    # when an analyst opens the dashboard and its CSV
    client = staff_client(StaffRole.POLICY_ANALYST, waste_department)
    page = client.get("/ja/staff/voices/analysis/")
    csv_text = client.get("/ja/staff/voices/analysis/?format=csv").content.decode("utf-8-sig")
    drill = client.get("/ja/staff/voices/analysis/voices/?channel=phone")
    # then the figures count both voices and the drill-down lists the phone one without text
    figures = page.context["d"]
    assert figures.total == 2
    assert dict(figures.by_channel) == {"email": 1, "phone": 1}
    assert figures.median_days == 0.1 and figures.satisfaction_average == 5
    assert "受付方法" in csv_text
    assert (
        old.reference in drill.content.decode() and dumping.reference not in drill.content.decode()
    )
    assert "粗大ごみの収集日" not in drill.content.decode()


def test_rising_topics_compare_the_last_30_days_with_the_90_before() -> None:
    from madoguchi.voices.analysis import rising_topics

    today = timezone.localdate()
    TermDay.objects.create(day=today, term="カラス", count=6)
    TermDay.objects.create(day=today - timedelta(days=60), term="カラス", count=1)
    TermDay.objects.create(day=today, term="騒音", count=3)
    TermDay.objects.create(day=today - timedelta(days=50), term="騒音", count=30)
    rising = rising_topics(today=today)
    assert rising[0].term == "カラス" and rising[0].recent == 6 and rising[0].baseline == 1
    assert all(r.term != "騒音" or r.ratio < 1 for r in rising)


def test_monthly_figures_are_public_open_data(client: Any, dumping: Voice) -> None:
    response = client.get("/voices/stats/monthly.csv")
    lines = response.content.decode().splitlines()
    assert lines[0].startswith("月,分類コード,受付方法")
    assert any(",waste,email,1," in line for line in lines[1:])
    assert "山田" not in response.content.decode()


def test_published_voices_are_searchable(
    client: Any, dumping: Voice, officer: User, manager: User
) -> None:
    services.voice_answer(voice=dumping, text="撤去しました。", actor=officer)
    publication = services.publication_propose(voice=dumping, actor=officer)
    services.publication_approve(
        publication=publication,
        actor=manager,
        title="芝公園付近の不法投棄",
        body=publication.body,
        answer=publication.answer,
    )
    found = client.get("/ja/voices/published/", {"q": "ふほうとうき"}).content.decode()
    missing = client.get("/ja/voices/published/", {"q": "図書館"}).content.decode()
    detail = client.get(f"/ja/voices/published/{dumping.reference}/").content.decode()
    assert "芝公園付近の不法投棄" in found and "芝公園付近の不法投棄" not in missing
    assert "撤去しました" in detail and "山田" not in detail


def test_a_published_translation_is_shown_and_searchable_in_its_language(
    client: Any, dumping: Voice, officer: User, manager: User
) -> None:
    # given a voice published with an English translation
    services.voice_answer(voice=dumping, text="撤去しました。", actor=officer)
    publication = services.publication_propose(voice=dumping, actor=officer)
    services.publication_approve(
        publication=publication,
        actor=manager,
        title="不法投棄",
        body=publication.body,
        answer=publication.answer,
        translations={
            "en": {"title": "Illegal dumping", "body": "Bulky waste dumped.", "answer": "Removed."}
        },
    )
    # when residents read it in English and in Korean
    english = client.get(f"/en/voices/published/{dumping.reference}/").content.decode()
    korean = client.get(f"/ko/voices/published/{dumping.reference}/").content.decode()
    found = client.get("/en/voices/published/", {"q": "dumping"}).content.decode()
    # then English readers get the translation, Korean readers the Japanese original
    assert "Illegal dumping" in english and "Removed." in english
    assert "不法投棄" in korean
    assert "Illegal dumping" in found


def test_a_translation_with_personal_data_is_refused(
    dumping: Voice, officer: User, manager: User
) -> None:
    services.voice_answer(voice=dumping, text="撤去しました。", actor=officer)
    publication = services.publication_propose(voice=dumping, actor=officer)
    with pytest.raises(services.VoiceInputError):
        services.publication_approve(
            publication=publication,
            actor=manager,
            title="不法投棄",
            body=publication.body,
            answer=publication.answer,
            translations={"en": {"title": "x", "body": "Call me at 090-1234-5678", "answer": ""}},
        )
