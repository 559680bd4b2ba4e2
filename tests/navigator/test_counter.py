"""The navigator pages, entering data once, and the no-writing counter, on the database.

The Minato demo catalog, forms, counters and guides are loaded (not the whole demo); the
moving-in family of four from ``navigator/demo.py`` is the household throughout.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from madoguchi.accounts.models import StaffRole, User
from madoguchi.applications.models import Application, Channel, Status
from madoguchi.audit.models import AuditRecord
from madoguchi.navigator import selectors, services
from madoguchi.navigator.demo import HOUSEHOLDS
from madoguchi.navigator.models import CounterSession, Entry
from madoguchi.payments.models import Counter

pytestmark = pytest.mark.django_db

FAMILY_EVENT, FAMILY_LABEL, FAMILY_ANSWERS, FAMILY_DATA = HOUSEHOLDS[0]


@pytest.fixture
def minato(db: None) -> None:
    from madoguchi.accounts.demo import departments_load
    from madoguchi.formengine.demo import load as forms_load
    from madoguchi.navigator.demo import load as navigator_load
    from madoguchi.payments.demo import load as payments_load
    from madoguchi.procedures.demo import load as procedures_load

    departments_load()
    procedures_load()
    forms_load()
    payments_load()
    navigator_load()


@pytest.fixture
def clerk(minato: None, make_staff: Callable[..., User]) -> User:
    return make_staff(StaffRole.COUNTER_CLERK)


def _ready_entry(data: dict[str, Any] | None = None) -> tuple[Entry, str, str]:
    spec = selectors.guide_spec(guide=selectors.guide_get(event=FAMILY_EVENT))
    entry = services.entry_start(
        event=FAMILY_EVENT, answers=spec.clean(FAMILY_ANSWERS).answers, language="ja"
    )
    Entry.objects.filter(pk=entry.pk).update(
        data_encrypted=json.dumps(data or FAMILY_DATA, ensure_ascii=False),
        completed_steps=[s.key for s in selectors.entry_spec(event=FAMILY_EVENT).steps],
    )
    entry.refresh_from_db()
    token, code = services.entry_finish(entry=entry)
    return entry, token, code


def test_the_checklist_page_lists_procedures_with_deadlines_and_a_share_link(
    minato: None, client: Any
) -> None:
    # given the family's answers in the address
    url = f"/ja/navigator/{FAMILY_EVENT}/checklist/?{urlencode(FAMILY_ANSWERS, doseq=True)}"
    # when the checklist is opened
    response = client.get(url)
    # then it names the procedures, the moving-in deadline, and links to itself
    page = response.content.decode()
    assert response.status_code == 200
    assert "転入届" in page and "児童手当の認定請求" in page
    assert "2026-12-15" in page
    assert "navigator/moving_in/checklist/?" in page
    assert Entry.objects.count() == 0  # nothing is stored by looking


def test_a_missing_answer_returns_to_the_questions_with_an_error(minato: None, client: Any) -> None:
    # given answers without the moving date
    answers = {k: v for k, v in FAMILY_ANSWERS.items() if k != "moving_date"}
    # when the checklist is asked for
    response = client.get(f"/ja/navigator/moving_in/checklist/?{urlencode(answers, doseq=True)}")
    # then the question page comes back with the error and the other answers kept
    page = response.content.decode()
    assert response.status_code == 400
    assert "エラー" in page and 'value="1"' in page


def test_english_checklist_is_in_english(minato: None, client: Any) -> None:
    response = client.get(
        f"/en/navigator/{FAMILY_EVENT}/checklist/?{urlencode(FAMILY_ANSWERS, doseq=True)}"
    )
    assert response.status_code == 200
    assert "Your checklist" in response.content.decode()


def test_entering_once_gives_a_code_and_stores_the_data_encrypted(
    minato: None, client: Any
) -> None:
    # given a resident who asks to enter their details from the checklist
    response = client.post(
        f"/ja/navigator/{FAMILY_EVENT}/enter/",
        {"answers": urlencode(FAMILY_ANSWERS, doseq=True)},
    )
    entry = Entry.objects.get()
    assert response.status_code == 302
    # when they fill each step and finish
    steps = {
        "you": {
            "applicant.name": "港 太郎",
            "applicant.name_kana": "ミナト タロウ",
            "applicant.birth_date": "1988-05-12",
            "applicant.gender": "male",
        },
        "household": {"count.household.members": "1"},
        "address": {
            **{f"address.previous__{k}": v for k, v in FAMILY_DATA["address.previous"].items()},
            **{f"address.new__{k}": v for k, v in FAMILY_DATA["address.new"].items()},
            "address.moving_date": "2026-12-01",
        },
        "contact": {"contact.phone": "03-1234-5678"},
    }
    for key, post in steps.items():
        answer = client.post(
            f"/ja/navigator/entry/{entry.public_id}/{key}/", {**post, "action": "continue"}
        )
        assert answer.status_code == 302, answer.content.decode()[:2000]
    done = client.post(f"/ja/navigator/entry/{entry.public_id}/check/")
    code_page = client.get(done["Location"]).content.decode()
    # then a code and a QR code are shown, and the data is not readable in the database
    entry.refresh_from_db()
    assert entry.status == Entry.Status.READY
    assert re.search(r"[A-Z0-9]{4}-[A-Z0-9]{4}", code_page)
    assert "<svg" in code_page
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT data_encrypted FROM navigator_entry WHERE id = %s", [entry.pk])
        stored = cursor.fetchone()[0]
    assert "ミナト" not in stored and "applicant" not in stored


def test_another_browser_cannot_open_an_entry_by_its_address(minato: None, client: Any) -> None:
    entry, _token, _code = _ready_entry()
    assert client.get(f"/ja/navigator/entry/{entry.public_id}/code/").status_code == 404


def test_a_code_opens_a_session_once_and_empties_the_entry(clerk: User) -> None:
    # given a ready entry
    entry, _token, code = _ready_entry()
    counter = Counter.objects.get(code="shiba-madoguchi")
    # when a clerk types the short code in lower case with a space
    session = services.session_open_with_code(
        text=f"{code[:4].lower()} {code[4:]}", counter=counter, actor=clerk
    )
    # then the session has the data, the entry is used and empty, and a second use is refused
    entry.refresh_from_db()
    assert session.data["applicant.name"] == "港 太郎"
    assert entry.status == Entry.Status.USED and entry.data == {} and entry.answers == {}
    with pytest.raises(services.NavigatorRefused) as refused:
        services.session_open_with_code(text=code, counter=counter, actor=clerk)
    assert refused.value.code == "used"
    assert CounterSession.objects.count() == 1


def test_an_expired_token_is_refused_without_reading_it(clerk: User) -> None:
    entry, token, _code = _ready_entry()
    Entry.objects.filter(pk=entry.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    with pytest.raises(services.NavigatorRefused) as refused:
        services.session_open_with_code(text=token, counter=None, actor=clerk)
    assert refused.value.code == "expired"
    assert CounterSession.objects.count() == 0
    assert AuditRecord.objects.filter(action="navigator.code_refused").exists()


def test_the_counter_page_says_why_a_code_is_refused_and_shows_no_data(
    clerk: User, staff_client: Callable[..., Any]
) -> None:
    # given a used code
    _entry, _token, code = _ready_entry()
    services.session_open_with_code(text=code, counter=None, actor=clerk)
    client = staff_client(StaffRole.COUNTER_CLERK)
    # when another clerk types it
    response = client.post(
        "/ja/staff/counter/",
        {"action": "code", "c-code": code, "c-counter": "shiba-madoguchi"},
    )
    # then the page refuses it clearly and shows nothing of the resident
    page = response.content.decode()
    assert response.status_code == 400
    assert "既に" in page or "すでに" in page
    assert "港 太郎" not in page and "ミナト" not in page


def test_forms_are_filled_from_the_shared_keys(clerk: User) -> None:
    # given a session opened from the family's entry
    _entry, token, _code = _ready_entry()
    session = services.session_open_with_code(text=token, counter=None, actor=clerk)
    # when its forms are filled
    forms = {f.procedure.code: f for f in selectors.session_forms(session=session)}
    # then at least six forms take data, 転入届 lists the three other members, and the child
    # allowance takes the bank account
    filled = [code for code, f in forms.items() if f.check.filled]
    assert len(filled) >= 6, filled
    assert len(forms["tennyu-todoke"].answers["household.members"]) == 3
    assert forms["jido-teate"].answers["bank.account"]["account_number"] == "1234567"
    assert forms["tennyu-todoke"].answers["address.new"]["town"] == "芝公園"


def test_measurement_counts_less_writing_with_one_entry(minato: None) -> None:
    rows = dict(selectors.household_measurements())
    family = rows[FAMILY_LABEL]
    assert family.entry > 0
    assert family.here < family.separate
    assert len(family.forms) >= 6


def test_submitting_needs_identity_and_is_never_doubled(clerk: User) -> None:
    # given a session with a complete 転入届
    _entry, token, _code = _ready_entry()
    session = services.session_open_with_code(text=token, counter=None, actor=clerk)
    # (the clerk answers what the entry does not cover)
    services.session_save_form(
        session=session,
        procedure="tennyu-todoke",
        overrides={"tennyu.basis": "mynumber_card"},
        actor=clerk,
    )
    services.session_save_form(
        session=session,
        procedure="inkan-toroku",
        overrides={"inkan.applicant_type": "self", "inkan.identity_method": "photo_id"},
        actor=clerk,
    )
    forms = {f.procedure.code: f for f in selectors.session_forms(session=session)}
    chosen = ["tennyu-todoke", "inkan-toroku"]
    assert all(forms[c].check.complete for c in chosen), {c: forms[c].check.errors for c in chosen}
    # when the clerk submits before checking identity
    with pytest.raises(services.NavigatorRefused) as refused:
        services.session_submit(session=session, procedures=chosen, actor=clerk)
    assert refused.value.code == "identity"
    # and then after, twice (a double click)
    services.session_confirm_identity(session=session, document="mynumber_card", actor=clerk)
    first = services.session_submit(session=session, procedures=chosen, actor=clerk)
    second = services.session_submit(session=session, procedures=chosen, actor=clerk)
    # then each form became one case, at the counter, submitted, with the entered data
    assert {a.pk for a in first.values()} == {a.pk for a in second.values()}
    tennyu = first["tennyu-todoke"]
    assert tennyu.answers["applicant.name_kana"] == "ミナト タロウ"
    assert len(tennyu.answers["household.members"]) == 3
    cases = Application.objects.filter(channel=Channel.COUNTER)
    assert cases.count() == len(chosen)
    assert set(cases.values_list("status", flat=True)) == {Status.SUBMITTED}
    session.refresh_from_db()
    assert set(session.submitted) == set(chosen)


def test_an_incomplete_form_is_not_submitted(clerk: User) -> None:
    _entry, token, _code = _ready_entry()
    session = services.session_open_with_code(text=token, counter=None, actor=clerk)
    services.session_confirm_identity(session=session, document="residence_card", actor=clerk)
    incomplete = [
        f.procedure.code for f in selectors.session_forms(session=session) if not f.check.complete
    ]
    assert incomplete
    with pytest.raises(services.NavigatorRefused) as refused:
        services.session_submit(session=session, procedures=incomplete[:1], actor=clerk)
    assert refused.value.code == "incomplete"
    assert Application.objects.count() == 0


def test_hand_over_follows_the_route_to_its_end(clerk: User) -> None:
    _entry, token, _code = _ready_entry()
    first = Counter.objects.get(code="shiba-madoguchi")
    session = services.session_open_with_code(text=token, counter=first, actor=clerk)
    assert session.route[0] == "shiba-madoguchi" and len(session.route) >= 3
    visited = [first.code]
    for _ in range(len(session.route) - 1):
        counter = services.session_hand_over(session=session, actor=clerk)
        assert counter is not None
        visited.append(counter.code)
    assert visited == session.route
    with pytest.raises(services.NavigatorRefused) as refused:
        services.session_hand_over(session=session, actor=clerk)
    assert refused.value.code == "route_end"


def test_the_pdf_holds_every_filled_form(clerk: User, staff_client: Callable[..., Any]) -> None:
    # given a session opened by a clerk
    _entry, token, _code = _ready_entry()
    client = staff_client(StaffRole.COUNTER_CLERK)
    session = services.session_open_with_code(text=token, counter=None, actor=clerk)
    # when the forms are printed
    response = client.get(f"/ja/staff/counter/{session.public_id}/forms.pdf")
    # then it is a PDF with one page or more per form, and the print is audited
    body = response.content
    assert response.status_code == 200 and body.startswith(b"%PDF")
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(body))
    assert len(reader.pages) >= len(selectors.session_forms(session=session))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "転入届" in text and "ミナト" in text and "署名" in text
    assert AuditRecord.objects.filter(action="navigator.forms_printed").exists()


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (StaffRole.COUNTER_CLERK, True),
        (StaffRole.DEPARTMENT_OFFICER, True),
        (StaffRole.DEPARTMENT_MANAGER, True),
        (StaffRole.DATA_PUBLISHER, False),
        (StaffRole.POLICY_ANALYST, False),
        (StaffRole.ADMINISTRATOR, False),
    ],
)
def test_who_may_open_a_counter_session(
    minato: None, make_staff: Callable[..., User], role: str, allowed: bool
) -> None:
    _entry, token, _code = _ready_entry()
    staff = make_staff(role)
    if allowed:
        assert services.session_open_with_code(text=token, counter=None, actor=staff)
    else:
        with pytest.raises(PermissionDenied):
            services.session_open_with_code(text=token, counter=None, actor=staff)
        assert Entry.objects.get().status == Entry.Status.READY


def test_residents_cannot_reach_the_counter_pages(
    clerk: User, client: Any, make_resident: Callable[..., User]
) -> None:
    _entry, token, _code = _ready_entry()
    session = services.session_open_with_code(text=token, counter=None, actor=clerk)
    client.force_login(make_resident())
    for path in ("/ja/staff/counter/", f"/ja/staff/counter/{session.public_id}/"):
        assert client.get(path).status_code in (302, 403)


def test_viewing_a_session_is_audited(clerk: User, staff_client: Callable[..., Any]) -> None:
    _entry, token, _code = _ready_entry()
    session = services.session_open_with_code(text=token, counter=None, actor=clerk)
    client = staff_client(StaffRole.COUNTER_CLERK)
    response = client.get(f"/ja/staff/counter/{session.public_id}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "****567" in page and "1234567 ﾐﾅﾄ" not in page  # the bank account is masked
    assert AuditRecord.objects.filter(action="navigator.session_viewed").exists()


def test_retention_deletes_expired_entries_and_old_sessions(clerk: User) -> None:
    # given an expired entry and a session past its retention date
    entry, _token, _code = _ready_entry()
    _other, token2, _ = _ready_entry()
    session = services.session_open_with_code(text=token2, counter=None, actor=clerk)
    Entry.objects.filter(pk=entry.pk).update(expires_at=timezone.now() - timedelta(days=1))
    CounterSession.objects.filter(pk=session.pk).update(
        retain_until=timezone.localdate() - timedelta(days=1)
    )
    # when retention runs
    removed = services.entries_purge() + services.sessions_purge()
    # then both are gone
    assert removed == 2
    assert not Entry.objects.filter(pk=entry.pk).exists()
    assert not CounterSession.objects.exists()


def test_a_guide_with_an_unknown_procedure_is_refused_and_nothing_changes(
    minato: None, make_staff: Callable[..., User]
) -> None:
    guide = selectors.guide_get(event="birth")
    broken = json.loads(json.dumps(guide.definition))
    broken["items"][0]["procedure"] = "no-such-procedure"
    with pytest.raises(Exception, match="no-such-procedure"):
        services.guide_save(
            event="birth", definition=broken, actor=make_staff(StaffRole.DEPARTMENT_OFFICER)
        )
    guide.refresh_from_db()
    assert guide.revision == 1


def test_the_api_lists_events_and_returns_a_checklist(minato: None, client: Any) -> None:
    # given the API
    events = client.get("/api/v1/navigator/events").json()
    assert {e["id"] for e in events} >= {"moving_in", "birth", "death", "foreign_arrival"}
    # when a checklist is asked for with JSON answers
    answers: dict[str, Any] = {}
    for key, values in FAMILY_ANSWERS.items():
        value: Any = values if key == "vehicles" else values[0]
        if value in ("yes", "no"):
            value = value == "yes"
        elif isinstance(value, str) and value.isdigit():
            value = int(value)
        answers[key] = value
    response = client.post(
        "/api/v1/navigator/checklist",
        {"event": "moving_in", "answers": answers},
        content_type="application/json",
    )
    # then it returns procedure ids, deadlines and the online flag
    assert response.status_code == 200, response.content
    body = response.json()
    tennyu = next(i for i in body["items"] if i["procedure"] == "tennyu-todoke")
    assert tennyu["deadline"] == "2026-12-15" and tennyu["online"] is False
    assert body["route"][0] == "shiba-madoguchi"
    bad = client.post(
        "/api/v1/navigator/checklist",
        {"event": "moving_in", "answers": {}},
        content_type="application/json",
    )
    assert bad.status_code == 400 and "moving_date" in bad.json()["errors"]


def test_a_clerk_starts_without_an_entry_and_types_for_the_resident(
    clerk: User, staff_client: Callable[..., Any]
) -> None:
    # given a clerk at the counter with a resident who entered nothing
    client = staff_client(StaffRole.COUNTER_CLERK)
    response = client.post(
        "/ja/staff/counter/",
        {"action": "fresh", "f-event": "moving_in", "f-counter": "shiba-madoguchi"},
    )
    session = CounterSession.objects.get()
    assert response.status_code == 302 and not session.from_entry
    # when they answer the questions with the resident
    questions = client.post(
        f"/ja/staff/counter/{session.public_id}/questions/",
        {**FAMILY_ANSWERS, "shown": ",".join(FAMILY_ANSWERS)},
    )
    assert questions.status_code == 302, questions.content.decode()[:3000]
    # and type the data, first with a mistake in the furigana
    data = {
        "applicant.name": "港 太郎",
        "applicant.name_kana": "みなと たろう 1",
        "applicant.birth_date": "1988-05-12",
        "applicant.gender": "male",
        "count.household.members": "1",
        **{f"address.previous__{k}": v for k, v in FAMILY_DATA["address.previous"].items()},
        **{f"address.new__{k}": v for k, v in FAMILY_DATA["address.new"].items()},
        "address.moving_date": "2026-12-01",
        "contact.phone": "03-1234-5678",
        "action": "save",
    }
    wrong = client.post(f"/ja/staff/counter/{session.public_id}/data/", data)
    session.refresh_from_db()
    assert wrong.status_code == 400 and session.data == {}
    right = client.post(
        f"/ja/staff/counter/{session.public_id}/data/",
        {**data, "applicant.name_kana": "ミナト タロウ"},
    )
    # then the data is kept, the checklist chosen, and the forms filled from it
    assert right.status_code == 302
    session.refresh_from_db()
    assert session.data["applicant.name_kana"] == "ミナト タロウ"
    assert "tennyu-todoke" in [f.procedure.code for f in selectors.session_forms(session=session)]
    assert session.route[0] == "shiba-madoguchi"


def test_staff_edit_a_guide_and_a_broken_one_changes_nothing(
    minato: None, staff_client: Callable[..., Any]
) -> None:
    # given an officer on the guides page, which shows the writing saved
    client = staff_client(StaffRole.DEPARTMENT_OFFICER)
    listing = client.get("/ja/staff/navigator/")
    assert listing.status_code == 200 and "138" in listing.content.decode()
    guide = selectors.guide_get(event="birth")
    # when they save text that is not JSON
    broken = client.post("/ja/staff/navigator/birth/", {"definition": "{not json"})
    # then nothing is saved
    assert broken.status_code == 400
    guide.refresh_from_db()
    assert guide.revision == 1
    # when they save a changed guide
    changed = json.loads(json.dumps(guide.definition))
    changed["intro"] = {
        "ja": "出生の手続きです。",
        "en": "Procedures after a birth.",
        "zh-hans": "出生后的手续。",
        "ko": "출생 후의 절차입니다.",
    }
    saved = client.post(
        "/ja/staff/navigator/birth/", {"definition": json.dumps(changed, ensure_ascii=False)}
    )
    # then it is a new revision that residents see
    assert saved.status_code == 302
    guide.refresh_from_db()
    assert guide.revision == 2 and guide.revisions.count() == 2
    assert "出生の手続きです。" in client.get("/ja/navigator/birth/").content.decode()
