"""Minato demo data for residents' voices: the categories mapped to the demo organisation, a
routing rule, a year of generated voices (texts from the labelled corpus, so they read like
real ones) in every state and channel, some answered, rated and published, and the monthly
figures as an open dataset. All of it is demo data."""

from __future__ import annotations

import random
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from madoguchi.accounts.models import Department
from madoguchi.core.demo import DemoLogin, demo_loader
from madoguchi.voices.categories import CATEGORIES
from madoguchi.voices.models import (
    Answer,
    Category,
    Channel,
    Publication,
    RoutingRule,
    Status,
    StatusChange,
    Voice,
)

DEMO_VOICES = 200
CHANNEL_WEIGHTS = (
    (Channel.WEB, 30),
    (Channel.EMAIL, 40),
    (Channel.PHONE, 15),
    (Channel.VISIT, 7),
    (Channel.LETTER, 5),
    (Channel.FAX, 1),
    (Channel.OPEN311, 2),
)
ANSWERS = (
    "ご意見ありがとうございます。担当課で現地を確認し、対応いたしました。",
    "貴重なご意見をいただきありがとうございます。今後の事業の参考にさせていただきます。",
    "ご不便をおかけし申し訳ありません。関係機関と調整のうえ、改善に努めます。",
)


def _categories() -> None:
    from madoguchi.voices.categories import categories_ensure

    categories_ensure()
    departments = {d.code: d for d in Department.objects.all()}
    for definition in CATEGORIES:
        Category.objects.filter(code=definition.code, department__isnull=True).update(
            department=departments.get(definition.department)
        )
    odaiba = departments.get("shibaura-konan-machizukuri")
    if odaiba is not None and not RoutingRule.objects.exists():
        RoutingRule.objects.create(
            order=10,
            name="台場の道路・公園は芝浦港南地区総合支所",
            keywords="台場,お台場",
            categories="roads_parks",
            department=odaiba,
        )


def _voices() -> None:
    from madoguchi.voices import services
    from madoguchi.voices.classifier import corpus_load

    if Voice.objects.exists():
        return
    rng = random.Random(131032)  # noqa: S311 - demo data
    examples = corpus_load()
    rng.shuffle(examples)
    from madoguchi.accounts.models import User

    officer = (
        User.objects.filter(email__startswith="officer@").first()
        or User.objects.filter(kind="staff").first()
    )
    now = timezone.now()
    channels = [c for c, w in CHANNEL_WEIGHTS for _ in range(w)]
    for index in range(min(DEMO_VOICES, len(examples))):
        text, _category = examples[index]
        received = now - timedelta(
            days=rng.randint(0, 364), hours=rng.randint(0, 23), minutes=rng.randint(0, 59)
        )
        channel = rng.choice(channels)
        voice, _token = services.voice_submit(
            # Recorded as mail intake (no confirmation mail), then given its demo channel.
            channel=Channel.EMAIL,
            body=text,
            contact_email=f"resident{index}@example.jp",
            contact_name="",
            wants_reply=rng.random() < 0.7,
            may_publish=rng.random() < 0.5,
            received_at=received,
            message_id=f"demo-{index}@madoguchi.demo",
            submitter=None,
            language="ja",
        )
        Voice.objects.filter(pk=voice.pk).update(channel=channel, status=Status.RECEIVED)
        voice.refresh_from_db()
        age = (now - received).days
        if officer is None or age < 2 or rng.random() < 0.1:
            continue
        answered_at = received + timedelta(days=rng.choice([1, 2, 3, 5, 8, 13, 21]))
        if answered_at > now:
            continue
        Answer.objects.create(voice=voice, author=officer, text=rng.choice(ANSWERS))
        closed = rng.random() < 0.8
        Voice.objects.filter(pk=voice.pk).update(
            status=Status.CLOSED if closed else Status.ANSWERED,
            answered_at=answered_at,
            closed_at=answered_at + timedelta(days=3) if closed else None,
            satisfaction=rng.choice([None, 3, 4, 4, 5, 5, 2]) if voice.wants_reply else None,
        )
        StatusChange.objects.create(
            voice=voice, from_status=Status.RECEIVED, to_status=Status.ANSWERED, actor=officer
        )


def _publications() -> None:
    from madoguchi.core import search
    from madoguchi.voices import redaction

    if Publication.objects.exists():
        return
    officer = (
        Voice.objects.filter(answers__isnull=False)
        .values_list("answers__author", flat=True)
        .first()
    )
    if officer is None:
        return
    for voice in Voice.objects.filter(may_publish=True, status=Status.CLOSED)[:12]:
        answer = voice.answers.first()
        if answer is None:
            continue
        body, findings = redaction.redact(voice.body)
        text, answer_findings = redaction.redact(answer.text)
        title = voice.category.name if voice.category else body[:30]
        published_at = (voice.closed_at or timezone.now()) + timedelta(days=7)
        Publication.objects.create(
            voice=voice,
            state=Publication.State.PUBLISHED,
            title=title,
            body=body,
            answer=text,
            findings=[{"kind": f.kind, "where": "body"} for f in findings + answer_findings],
            search_index=search.index_text([title, body, text]),
            proposed_by_id=officer,
            approved_by_id=officer,
            published_at=min(published_at, timezone.now()),
        )


def _open_dataset() -> None:
    from madoguchi.opendata import services as opendata
    from madoguchi.opendata.models import Dataset

    if Dataset.objects.filter(name="residents-voices-monthly").exists():
        return
    if not Department.objects.filter(code="kikaku-kuchoshitsu").exists():
        return
    dataset = opendata.dataset_create(
        actor=None,
        data={
            "name": "residents-voices-monthly",
            "title": "区民の声の受付件数・回答日数（月別・分類別）",
            "notes": (
                "区民の声の受付件数、回答件数、回答までの日数（中央値）を月・分類・受付方法別に"
                "集計したものです。アクセスした時点で集計されます。個人情報は含みません。"
                "デモ環境の件数は生成したデータです。"
            ),
            "owner_org": "kikaku-kuchoshitsu",
            "tags": [{"name": "区民の声"}, {"name": "広聴"}],
            "state": "active",
            "extras": [
                {"key": "frequency", "value": "daily"},
                {"key": "title_en", "value": "Residents' voices per month and category"},
            ],
        },
    )
    opendata.resource_create(
        actor=None,
        dataset=dataset,
        data={
            "name": "月別・分類別集計 (CSV)",
            "format": "CSV",
            "url": str(settings.MADOGUCHI_PUBLIC_URL).rstrip("/") + "/voices/stats/monthly.csv",
        },
    )


@demo_loader("voices", order=45)
def load() -> list[DemoLogin]:
    _categories()
    _voices()
    _publications()
    _open_dataset()
    return []
