"""Voices from intake to publication: sorting, routing, idempotency, handling, answers,
ratings, redaction before publication, permissions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied

from madoguchi.accounts.models import Department, StaffRole, User
from madoguchi.voices import services, workflow
from madoguchi.voices.models import Category, Publication, RoutingRule, Status, Voice

pytestmark = pytest.mark.django_db


def test_a_clear_voice_is_sorted_and_routed_with_a_deadline(dumping: Voice) -> None:
    # then the classifier's category is used and the department is the category's
    assert dumping.suggested_category == "waste"
    assert dumping.category is not None and dumping.category.code == "waste"
    assert dumping.department is not None and dumping.department.code == "kankyo-recycle-seiso"
    assert dumping.routed_by == "category:waste"
    assert dumping.deadline is not None and dumping.deadline > dumping.received_at.date()
    assert dumping.history.count() == 1
    # and personal data is encrypted at rest and absent from the analysed terms
    assert "山田" not in " ".join(dumping.terms)
    assert "不法" in " ".join(dumping.terms) or "投棄" in " ".join(dumping.terms)


def test_an_unclear_voice_goes_to_triage(triage_department: Department) -> None:
    # when a voice the classifier cannot place arrives
    voice, _ = services.voice_submit(
        channel="email", body="あのう、ちょっと", contact_email="a@example.jp"
    )
    # then it waits for a person in 区長室, without a category
    assert voice.category is None
    assert voice.department == triage_department
    assert voice.routed_by == "triage"


def test_routing_rules_come_first(
    make_department: Callable[..., Department], waste_department: Department, triage_department: Any
) -> None:
    # given a rule sending voices that mention お台場 to the branch office
    branch = make_department(code="shibaura-konan-kyodo", name="芝浦港南地区総合支所")
    RoutingRule.objects.create(name="台場", keywords="台場,お台場", department=branch)
    # when such a voice arrives
    voice, _ = services.voice_submit(
        channel="email",
        body="お台場の海浜公園でごみの不法投棄があります。",
        contact_email="b@example.jp",
    )
    # then the rule decided
    assert voice.department == branch and voice.routed_by == "rule:台場"


def test_the_same_submission_or_message_twice_is_one_voice(
    waste_department: Department, triage_department: Any
) -> None:
    first, _ = services.voice_submit(
        channel="email", body="ごみが散乱しています", contact_email="c@example.jp", message_id="m1"
    )
    again, _ = services.voice_submit(
        channel="email", body="ごみが散乱しています", contact_email="c@example.jp", message_id="m1"
    )
    key_one, _ = services.voice_submit(
        channel="web", body="ごみ", contact_email="d@example.jp", submission_key="k1"
    )
    key_two, _ = services.voice_submit(
        channel="web", body="ごみ", contact_email="d@example.jp", submission_key="k1"
    )
    assert first.pk == again.pk and key_one.pk == key_two.pk
    assert Voice.objects.count() == 2


def test_bad_input_changes_nothing(triage_department: Any) -> None:
    with pytest.raises(services.VoiceInputError) as empty:
        services.voice_submit(channel="web", body="  ", contact_email="e@example.jp")
    with pytest.raises(services.VoiceInputError) as no_email:
        services.voice_submit(channel="web", body="道路に穴")
    with pytest.raises(services.VoiceInputError) as bad_photo:
        services.voice_submit(
            channel="web",
            body="道路に穴",
            contact_email="e@example.jp",
            photos=[services.PhotoUpload(name="x.jpg", content=b"not an image")],
        )
    assert "body" in empty.value.errors and "contact_email" in no_email.value.errors
    assert "photos" in bad_photo.value.errors
    assert not Voice.objects.exists()


def test_anonymous_web_voices_wait_for_email_confirmation(
    waste_department: Department, triage_department: Any, read_mail: Any
) -> None:
    # when a guest sends a voice from the web
    voice, token = services.voice_submit(
        channel="web", body="公園のごみ箱があふれています", contact_email="guest@example.jp"
    )
    # then it is unconfirmed and the link confirms it
    assert voice.status == Status.UNCONFIRMED and token
    confirmed = services.voice_confirm(voice=services.voice_for_token(token))  # type: ignore[arg-type]
    assert confirmed.status == Status.RECEIVED


def test_handling_answer_rating_and_history(dumping: Voice, officer: User) -> None:
    # when the officer takes the voice, answers it, and the resident rates the answer
    services.voice_assign(voice=dumping, assignee=officer, actor=officer)
    services.voice_transition(voice=dumping, target=Status.IN_PROGRESS, actor=officer)
    services.voice_answer(voice=dumping, text="現地を確認し、撤去しました。", actor=officer)
    dumping.refresh_from_db()
    rated = services.voice_rate(voice=dumping, score=4)
    services.voice_rate(voice=dumping, score=1)  # a second rating is ignored
    # then the history is complete and the rating kept once
    assert [h.to_status for h in dumping.history.all()] == [
        Status.RECEIVED,
        Status.ASSIGNED,
        Status.IN_PROGRESS,
        Status.ANSWERED,
    ]
    assert rated.satisfaction == 4
    dumping.refresh_from_db()
    assert dumping.satisfaction == 4 and dumping.answered_at is not None


def test_transitions_follow_the_table(dumping: Voice, officer: User) -> None:
    with pytest.raises(workflow.TransitionNotAllowed):
        services.voice_transition(voice=dumping, target=Status.REOPENED, actor=officer)
    with pytest.raises(services.VoiceInputError):
        services.voice_transition(voice=dumping, target=Status.CLOSED, actor=officer, note="")


def test_staff_of_another_department_cannot_act(
    dumping: Voice, make_staff: Callable[..., User], make_department: Callable[..., Department]
) -> None:
    outsider = make_staff(StaffRole.DEPARTMENT_OFFICER, make_department(code="other"))
    with pytest.raises(PermissionDenied):
        services.voice_answer(voice=dumping, text="x", actor=outsider)
    analyst = make_staff(StaffRole.POLICY_ANALYST, dumping.department)
    with pytest.raises(PermissionDenied):
        services.voice_note_add(voice=dumping, text="x", actor=analyst)


def test_publication_is_redacted_and_needs_a_second_person(
    dumping: Voice, officer: User, manager: User
) -> None:
    # given an answered voice the resident allowed to publish
    services.voice_answer(
        voice=dumping, text="山田様、ご連絡ありがとうございます。撤去しました。", actor=officer
    )
    # when the officer proposes it
    publication = services.publication_propose(voice=dumping, actor=officer)
    # then the name is replaced and the finding listed
    assert "山田" not in publication.body + publication.answer
    assert any(f["kind"] == "person_name" for f in publication.findings)
    # and the proposer cannot approve, text with an email is refused, the manager approves
    with pytest.raises(PermissionDenied):
        services.publication_approve(
            publication=publication, actor=officer, title="t", body="b", answer="a"
        )
    with pytest.raises(services.VoiceInputError):
        services.publication_approve(
            publication=publication,
            actor=manager,
            title="不法投棄",
            body=publication.body + " 連絡先 taro@example.jp",
            answer=publication.answer,
        )
    published = services.publication_approve(
        publication=publication,
        actor=manager,
        title="芝公園付近の不法投棄",
        body=publication.body,
        answer=publication.answer,
    )
    assert published.state == Publication.State.PUBLISHED


def test_similar_voices_nearby_are_linked(
    waste_department: Department, triage_department: Any
) -> None:
    text = "芝公園の入口に粗大ごみが不法投棄されています"
    first, _ = services.voice_submit(
        channel="email",
        body=text,
        contact_email="f@example.jp",
        latitude=35.6545,
        longitude=139.748,
    )
    second, _ = services.voice_submit(
        channel="email",
        body=text + "。",
        contact_email="g@example.jp",
        latitude=35.6547,
        longitude=139.7482,
    )
    far, _ = services.voice_submit(
        channel="email", body=text, contact_email="h@example.jp", latitude=35.63, longitude=139.78
    )
    assert list(second.related.all()) == [first]
    assert not far.related.exists()


def test_categories_are_the_sixteen_fixed_codes() -> None:
    from madoguchi.voices.categories import CODES

    assert list(Category.objects.values_list("code", flat=True)) == list(CODES)
    assert len(CODES) == 16
