"""Changes to residents' voices: intake from every channel, sorting and routing, handling,
answers, satisfaction and publication.

Every change of state is one transaction with its audit record; mail goes out on commit.
Intake is idempotent: a web submission carries a one-time key, an email its Message-ID, so a
double click, a retry or a mailbox read twice never makes two voices.
"""

from __future__ import annotations

import hashlib
import math
import re
import secrets
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from madoguchi.accounts.models import Department, User
from madoguchi.accounts.permissions import department_scope, require_capability
from madoguchi.applications.content_types import UploadRejected, check_upload
from madoguchi.audit.services import audit_record
from madoguchi.core import japanese
from madoguchi.core.business_days import add_business_days
from madoguchi.core.mail import send_email_task
from madoguchi.core.tasks import enqueue_on_commit
from madoguchi.voices import classifier, redaction, workflow
from madoguchi.voices.categories import TRIAGE_DEPARTMENT
from madoguchi.voices.models import (
    Answer,
    Category,
    Channel,
    Note,
    Open311Key,
    Photo,
    Publication,
    RoutingRule,
    Status,
    StatusChange,
    Voice,
)

REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
MAX_PHOTOS = 3
MAX_PHOTO_BYTES = 8_000_000
MAX_BODY = 4000
DUPLICATE_WINDOW_DAYS = 30
DUPLICATE_SIMILARITY = 0.5
DUPLICATE_DISTANCE_M = 300
RETENTION_YEARS = 5


class VoiceInputError(Exception):
    """Input that cannot be accepted: field name → messages. Nothing was saved."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__(errors)
        self.errors = errors


@dataclass
class PhotoUpload:
    name: str
    content: bytes


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def reference_generate() -> str:
    return "V" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(7))


# --- Sorting and routing -----------------------------------------------------------------------

_WORD_CHARS = re.compile(r"[\u3400-\u9fff\u30a0-\u30ffA-Za-z\uac00-\ud7af]")


def terms_of(text: str) -> list[str]:
    """Content words for analysis and duplicate detection, after personal data is removed:
    Sudachi terms with a kanji, katakana, Latin or Hangul letter, two characters or more."""
    redacted, _ = redaction.redact(text)
    redacted = re.sub(r"〔[^〕]*〕", " ", redacted)
    words = [t for t in japanese.analyze(redacted) if len(t) >= 2 and _WORD_CHARS.search(t)]
    return list(dict.fromkeys(words))[:200]


def _distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    radius = 6_371_000
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * radius * math.asin(math.sqrt(a))


def _rule_matches(rule: RoutingRule, voice: Voice, text: str) -> bool:
    codes = {c.strip() for c in rule.categories.split(",") if c.strip()}
    if codes and (voice.category is None or voice.category.code not in codes):
        return False
    keywords = [k.strip() for k in rule.keywords.split(",") if k.strip()]
    normal = japanese.normalize(text)
    if keywords and not any(japanese.normalize(k) in normal for k in keywords):
        return False
    if rule.near_latitude is not None and rule.near_longitude is not None and rule.radius_m:
        if voice.latitude is None or voice.longitude is None:
            return False
        distance = _distance_m(
            rule.near_latitude, rule.near_longitude, voice.latitude, voice.longitude
        )
        if distance > rule.radius_m:
            return False
    return bool(codes or keywords or rule.radius_m)


def _route(voice: Voice, text: str) -> None:
    """Department by the first matching routing rule, else the category's, else triage."""
    for rule in RoutingRule.objects.filter(active=True).select_related("department"):
        if _rule_matches(rule, voice, text):
            voice.department = rule.department
            voice.routed_by = f"rule:{rule.name}"[:120]
            return
    if voice.category is not None and voice.category.department_id:
        voice.department = voice.category.department
        voice.routed_by = f"category:{voice.category.code}"
        return
    voice.department = Department.objects.filter(code=TRIAGE_DEPARTMENT).first()
    voice.routed_by = "triage"


def _deadline(voice: Voice) -> None:
    days = voice.category.deadline_days if voice.category else 10
    voice.deadline = add_business_days(timezone.localdate(voice.received_at), days=days)


def _sort(voice: Voice, text: str, *, chosen: str = "") -> None:
    """Suggest a category; use it when confident or when the resident chose one."""
    suggestion = classifier.model_default().suggest(text)
    voice.suggested_category = suggestion.category
    voice.suggested_confidence = round(suggestion.confidence, 4)
    if chosen:
        voice.category = Category.objects.filter(code=chosen).first()
        voice.category_chosen_by_resident = voice.category is not None
    elif not classifier.needs_triage(suggestion):
        voice.category = Category.objects.filter(code=suggestion.category).first()
    _route(voice, text)
    _deadline(voice)


def _link_duplicates(voice: Voice) -> None:
    """Link open voices of the last 30 days that say nearly the same thing (and, when both
    have a position, come from within 300 m); staff decide whether to merge."""
    if not voice.terms:
        return
    mine = set(voice.terms)
    since = voice.received_at - timedelta(days=DUPLICATE_WINDOW_DAYS)
    candidates = (
        Voice.objects.filter(received_at__gte=since, status__in=workflow.OPEN)
        .exclude(pk=voice.pk)
        .only("id", "terms", "latitude", "longitude")[:2000]
    )
    for other in candidates:
        theirs = set(other.terms)
        if not theirs:
            continue
        similarity = len(mine & theirs) / len(mine | theirs)
        if similarity < DUPLICATE_SIMILARITY:
            continue
        if None not in (voice.latitude, voice.longitude, other.latitude, other.longitude):
            distance = _distance_m(
                voice.latitude,  # type: ignore[arg-type]
                voice.longitude,  # type: ignore[arg-type]
                other.latitude,  # type: ignore[arg-type]
                other.longitude,  # type: ignore[arg-type]
            )
            if distance > DUPLICATE_DISTANCE_M:
                continue
        voice.related.add(other)


def response_hours(voice: Voice) -> int | None:
    if voice.answered_at is None:
        return None
    return max(0, int((voice.answered_at - voice.received_at).total_seconds() // 3600))


def terms_count(voice: Voice) -> None:
    """Add the voice's words to the day's counts (once it has reached the city).

    One upsert, ``INSERT … ON CONFLICT (day, term) DO UPDATE SET count = count + 1`` (the same
    SQL on PostgreSQL and SQLite): voices using the same word at the same instant each count,
    where an insert-if-absent would lose one of two simultaneous inserts. The words are sorted
    so that concurrent transactions lock the rows in the same order and cannot deadlock.
    """
    from madoguchi.voices.models import TermDay

    day = timezone.localdate(voice.received_at)
    terms = sorted({t[:100] for t in voice.terms})
    if not terms:
        return
    quote = connection.ops.quote_name
    table = quote(TermDay._meta.db_table)
    day_column, term_column, count_column = (quote(name) for name in ("day", "term", "count"))
    rows = ", ".join(["(%s, %s, 1)"] * len(terms))
    stored_day = connection.ops.adapt_datefield_value(day)
    params: list[Any] = []
    for term in terms:
        params.extend([stored_day, term])
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({day_column}, {term_column}, {count_column}) VALUES {rows}"  # noqa: S608  (identifiers from the model, values as parameters)
            f" ON CONFLICT ({day_column}, {term_column})"
            f" DO UPDATE SET {count_column} = {table}.{count_column} + 1",
            params,
        )


def _history(voice: Voice, *, source: str, target: str, actor: User | None, note: str = "") -> None:
    StatusChange.objects.create(
        voice=voice, from_status=source, to_status=target, actor=actor, note=note[:300]
    )


# --- Intake ------------------------------------------------------------------------------------


def _check_photos(photos: Sequence[PhotoUpload]) -> list[tuple[PhotoUpload, str]]:
    if len(photos) > MAX_PHOTOS:
        raise VoiceInputError({"photos": [_("Attach at most %(n)s photos.") % {"n": MAX_PHOTOS}]})
    checked = []
    for photo in photos:
        try:
            kind = check_upload(
                name=photo.name,
                data=photo.content,
                allowed=["jpeg", "png", "heic", "webp"],
                max_bytes=MAX_PHOTO_BYTES,
            )
        except UploadRejected as exc:
            raise VoiceInputError({"photos": [str(exc)]}) from exc
        checked.append((photo, kind.mime))
    return checked


def _validate(
    *, body: str, latitude: float | None, longitude: float | None, contact_email: str
) -> str:
    errors: dict[str, list[str]] = {}
    text = unicodedata.normalize("NFC", body or "").strip()
    if not text:
        errors["body"] = [_("Write what you would like to tell the city.")]
    elif len(text) > MAX_BODY:
        errors["body"] = [_("Write at most %(n)s characters.") % {"n": MAX_BODY}]
    if (latitude is None) != (longitude is None) or (
        latitude is not None
        and longitude is not None
        and not (-90 <= latitude <= 90 and -180 <= longitude <= 180)
    ):
        errors["location"] = [_("The position on the map is not valid.")]
    if errors:
        raise VoiceInputError(errors)
    return text


def voice_submit(
    *,
    channel: str,
    body: str,
    category_code: str = "",
    address: str = "",
    latitude: float | None = None,
    longitude: float | None = None,
    wants_reply: bool = False,
    may_publish: bool = False,
    submitter: User | None = None,
    contact_name: str = "",
    contact_email: str = "",
    contact_phone: str = "",
    media_url: str = "",
    photos: Sequence[PhotoUpload] = (),
    submission_key: str = "",
    message_id: str | None = None,
    original_message: bytes | None = None,
    open311_key: Open311Key | None = None,
    received_at: datetime | None = None,
    language: str = "ja",
    actor: User | None = None,
) -> tuple[Voice, str | None]:
    """Accept a voice from any channel. Returns the voice and, for an anonymous web voice,
    the token of the confirmation link (mailed to the resident; the voice waits, unseen by
    staff, until it is opened).

    The same ``submission_key`` or ``message_id`` twice returns the first voice unchanged.
    """
    if channel in {Channel.PHONE, Channel.VISIT, Channel.LETTER, Channel.FAX} or (
        channel == Channel.EMAIL and actor is not None
    ):
        if actor is None:
            raise VoiceInputError({"channel": [_("Staff record this channel.")]})
        require_capability(actor, "voices.handle")
    existing = _existing(submission_key=submission_key, message_id=message_id)
    if existing is not None:
        return existing, None
    text = _validate(body=body, latitude=latitude, longitude=longitude, contact_email=contact_email)
    checked = _check_photos(photos)
    if category_code and not Category.objects.filter(code=category_code).exists():
        raise VoiceInputError({"category": [_("Choose a category from the list.")]})
    if submitter is not None:
        contact_email = contact_email or submitter.email
        contact_name = contact_name or submitter.display_name
    needs_confirmation = channel == Channel.WEB and submitter is None
    if needs_confirmation and not contact_email:
        raise VoiceInputError(
            {"contact_email": [_("Enter your email address so we can confirm your voice.")]}
        )
    token = secrets.token_urlsafe(32) if (needs_confirmation or wants_reply) else None
    received = received_at or timezone.now()
    voice = Voice(
        reference=reference_generate(),
        channel=channel,
        status=Status.UNCONFIRMED if needs_confirmation else Status.RECEIVED,
        language=language[:10],
        body=text,
        terms=terms_of(text),
        address=address.strip()[:200],
        latitude=latitude,
        longitude=longitude,
        wants_reply=wants_reply,
        may_publish=may_publish,
        submitter=submitter,
        contact_name=contact_name.strip()[:200],
        contact_email=contact_email.strip().lower()[:254],
        contact_phone=contact_phone.strip()[:40],
        media_url=media_url.strip(),
        email_confirmed=submitter is not None and bool(submitter.email_verified_at),
        link_token_hash=_token_hash(token) if token else "",
        message_id=message_id or None,
        submission_key=submission_key or None,
        open311_key=open311_key,
        received_at=received,
        received_month=f"{timezone.localtime(received):%Y-%m}",
        retain_until=(received + timedelta(days=365 * RETENTION_YEARS)).date(),
    )
    _sort(voice, text, chosen=category_code)
    stored: list[str] = []
    try:
        with transaction.atomic():
            try:
                with transaction.atomic():
                    voice.save()
            except IntegrityError:
                again = _existing(submission_key=submission_key, message_id=message_id)
                if again is not None:
                    return again, None
                raise
            if original_message is not None:
                name = default_storage.save(
                    f"voices/{voice.reference}/original.eml", ContentFile(original_message)
                )
                stored.append(name)
                voice.original_message = name
                voice.save(update_fields=["original_message"])
            for index, (photo, content_type) in enumerate(checked):
                extension = content_type.rsplit("/", 1)[-1].replace("jpeg", "jpg")
                name = default_storage.save(
                    f"voices/{voice.reference}/photo-{index + 1}.{extension}",
                    ContentFile(photo.content),
                )
                stored.append(name)
                Photo.objects.create(
                    voice=voice,
                    storage_name=name,
                    content_type=content_type,
                    size=len(photo.content),
                )
            _history(voice, source="", target=voice.status, actor=actor, note=channel)
            if voice.status == Status.RECEIVED:
                _link_duplicates(voice)
                terms_count(voice)
            audit_record(
                action="voices.received",
                target=voice,
                actor=actor if actor is not None else submitter,
                data={
                    "channel": channel,
                    "category": voice.category.code if voice.category else "",
                    "suggested": voice.suggested_category,
                    "confidence": voice.suggested_confidence,
                    "department": voice.department.code if voice.department else "",
                },
            )
            if needs_confirmation and token:
                _mail(voice, "voices/mail_confirm", {"token": token})
            elif voice.contact_email and channel in {Channel.WEB, Channel.OPEN311}:
                _mail(voice, "voices/mail_received", {"token": token})
    except Exception:
        for name in stored:
            default_storage.delete(name)
        raise
    return voice, token


def _existing(*, submission_key: str, message_id: str | None) -> Voice | None:
    if submission_key:
        found = Voice.objects.filter(submission_key=submission_key).first()
        if found is not None:
            return found
    if message_id:
        return Voice.objects.filter(message_id=message_id).first()
    return None


def _mail(voice: Voice, template: str, context: dict[str, Any]) -> None:
    """Mail the resident in their language, once the change commits."""
    if not voice.contact_email:
        return
    from django.template.loader import render_to_string
    from django.utils import translation

    from madoguchi.applications.services import absolute_url

    language = voice.language if voice.language in {"ja", "en", "zh-hans", "ko"} else "ja"
    token = context.get("token")
    link = absolute_url(f"/{language}/voices/link/{token}/") if token else ""
    with translation.override(language):
        full = {
            "city_name": settings.MADOGUCHI_CITY_NAME,
            "voice": voice,
            "link": link,
            **context,
        }
        subject = render_to_string(f"{template}_subject.txt", full).strip()
        body = render_to_string(f"{template}_body.txt", full)
    enqueue_on_commit(send_email_task, subject=subject, body=body, to=[voice.contact_email])


def voice_for_token(token: str) -> Voice | None:
    if not token or len(token) > 100:
        return None
    return Voice.objects.filter(link_token_hash=_token_hash(token)).first()


def voice_confirm(*, voice: Voice) -> Voice:
    """The resident opened the confirmation link: the voice reaches the city."""
    with transaction.atomic():
        locked = Voice.objects.select_for_update().get(pk=voice.pk)
        if locked.status != Status.UNCONFIRMED:
            return locked
        locked.status = Status.RECEIVED
        locked.email_confirmed = True
        locked.save(update_fields=["status", "email_confirmed"])
        _history(locked, source=Status.UNCONFIRMED, target=Status.RECEIVED, actor=None)
        _link_duplicates(locked)
        terms_count(locked)
        audit_record(action="voices.confirmed", target=locked, actor=None, data={})
    return locked


# --- Handling ------------------------------------------------------------------------------------


def can_handle(user: Any, voice: Voice) -> bool:
    from madoguchi.accounts.permissions import has_capability

    return has_capability(user, "voices.handle") and (voice.department_id in department_scope(user))


def _require_handler(actor: User, voice: Voice) -> None:
    require_capability(actor, "voices.handle")
    if voice.department_id not in department_scope(actor):
        from django.core.exceptions import PermissionDenied

        raise PermissionDenied("voice outside the department")


def voice_transition(*, voice: Voice, target: str, actor: User | None, note: str = "") -> Voice:
    if actor is not None:
        _require_handler(actor, voice)
    with transaction.atomic():
        locked = Voice.objects.select_for_update().get(pk=voice.pk)
        workflow.check(locked.status, target)
        if target in workflow.NEEDS_NOTE and not note.strip() and actor is not None:
            raise VoiceInputError({"note": [_("Say why.")]})
        source = locked.status
        locked.status = target
        fields = ["status"]
        if target == Status.CLOSED:
            locked.closed_at = timezone.now()
            fields.append("closed_at")
        if target == Status.REOPENED:
            locked.closed_at = None
            fields.append("closed_at")
        locked.save(update_fields=fields)
        _history(locked, source=source, target=target, actor=actor, note=note)
        audit_record(
            action="voices.status_changed",
            target=locked,
            actor=actor,
            data={"from": source, "to": target},
        )
        if target == Status.CLOSED and locked.contact_email and locked.wants_reply:
            token = secrets.token_urlsafe(32)
            locked.link_token_hash = _token_hash(token)
            locked.save(update_fields=["link_token_hash"])
            _mail(locked, "voices/mail_survey", {"token": token})
    return locked


def voice_categorize(*, voice: Voice, category: Category, actor: User) -> Voice:
    """Staff confirm or change the category; the voice is routed again."""
    _require_handler(actor, voice)
    with transaction.atomic():
        locked = Voice.objects.select_for_update().select_related("category").get(pk=voice.pk)
        previous = locked.category.code if locked.category else ""
        locked.category = category
        _route(locked, locked.body)
        _deadline(locked)
        locked.save(update_fields=["category", "department", "routed_by", "deadline"])
        if locked.status == Status.RECEIVED:
            locked.status = Status.TRIAGED
            locked.save(update_fields=["status"])
            _history(locked, source=Status.RECEIVED, target=Status.TRIAGED, actor=actor)
        audit_record(
            action="voices.categorized",
            target=locked,
            actor=actor,
            data={"from": previous, "to": category.code, "department": locked.department_id},
        )
    return locked


def voice_assign(*, voice: Voice, assignee: User, actor: User) -> Voice:
    _require_handler(actor, voice)
    if not can_handle(assignee, voice):
        raise VoiceInputError({"assignee": [_("This person cannot handle this voice.")]})
    with transaction.atomic():
        locked = Voice.objects.select_for_update().get(pk=voice.pk)
        locked.assignee = assignee
        locked.save(update_fields=["assignee"])
        if locked.status in {Status.RECEIVED, Status.TRIAGED, Status.REOPENED}:
            source = locked.status
            locked.status = Status.ASSIGNED
            locked.save(update_fields=["status"])
            _history(locked, source=source, target=Status.ASSIGNED, actor=actor)
        audit_record(
            action="voices.assigned", target=locked, actor=actor, data={"assignee": assignee.pk}
        )
    return locked


def voice_note_add(*, voice: Voice, text: str, actor: User) -> Note:
    _require_handler(actor, voice)
    if not text.strip():
        raise VoiceInputError({"note": [_("Write the note.")]})
    with transaction.atomic():
        note = Note.objects.create(voice=voice, author=actor, text=text.strip()[:4000])
        audit_record(action="voices.note_added", target=voice, actor=actor, data={})
    return note


def voice_answer(*, voice: Voice, text: str, actor: User) -> Answer:
    """Answer the resident: shown on their page and mailed when they gave an address."""
    _require_handler(actor, voice)
    if not text.strip():
        raise VoiceInputError({"answer": [_("Write the answer.")]})
    with transaction.atomic():
        locked = Voice.objects.select_for_update().get(pk=voice.pk)
        workflow.check(locked.status, Status.ANSWERED)
        answer = Answer.objects.create(voice=locked, author=actor, text=text.strip()[:8000])
        source = locked.status
        locked.status = Status.ANSWERED
        locked.answered_at = locked.answered_at or timezone.now()
        locked.response_hours = response_hours(locked)
        token = secrets.token_urlsafe(32)
        locked.link_token_hash = _token_hash(token)
        locked.save(update_fields=["status", "answered_at", "response_hours", "link_token_hash"])
        _history(locked, source=source, target=Status.ANSWERED, actor=actor)
        audit_record(action="voices.answered", target=locked, actor=actor, data={})
        _mail(locked, "voices/mail_answer", {"token": token, "answer": answer.text})
    return answer


def voice_rate(*, voice: Voice, score: int) -> Voice:
    """The resident's one-question satisfaction survey (1–5), once, after an answer."""
    if score not in range(1, 6):
        raise VoiceInputError({"score": [_("Choose one of the five answers.")]})
    with transaction.atomic():
        locked = Voice.objects.select_for_update().get(pk=voice.pk)
        if locked.status not in {Status.ANSWERED, Status.CLOSED}:
            raise VoiceInputError({"score": [_("You can rate the answer once it is given.")]})
        if locked.satisfaction is not None:
            return locked
        locked.satisfaction = score
        locked.satisfaction_at = timezone.now()
        locked.save(update_fields=["satisfaction", "satisfaction_at"])
        audit_record(action="voices.rated", target=locked, actor=None, data={"score": score})
    return locked


def voice_merge(*, voice: Voice, into: Voice, actor: User) -> Voice:
    """Mark ``voice`` as a duplicate of ``into`` and close it; the answer goes on ``into``."""
    _require_handler(actor, voice)
    if voice.pk == into.pk or into.duplicate_of_id == voice.pk:
        raise VoiceInputError({"into": [_("Choose another voice.")]})
    with transaction.atomic():
        Voice.objects.filter(pk=voice.pk).update(duplicate_of=into)
        voice.refresh_from_db()
        if Status.CLOSED in workflow.TRANSITIONS.get(voice.status, frozenset()):
            voice_transition(
                voice=voice,
                target=Status.CLOSED,
                actor=actor,
                note=_("Same as %(reference)s") % {"reference": into.reference},
            )
        audit_record(
            action="voices.merged", target=voice, actor=actor, data={"into": into.reference}
        )
    voice.refresh_from_db()
    return voice


# --- Publication ---------------------------------------------------------------------------------


def publication_propose(*, voice: Voice, actor: User) -> Publication:
    """Draft the anonymised text of a voice and its answer for a person to check: every
    personal datum found is replaced by a label and listed."""
    _require_handler(actor, voice)
    if not voice.may_publish:
        raise VoiceInputError({"publish": [_("The resident did not agree to publication.")]})
    answer = voice.answers.order_by("-created_at").first()
    if answer is None:
        raise VoiceInputError({"publish": [_("Answer the voice before publishing it.")]})
    known = [n for n in [voice.contact_name] if n]
    body, body_findings = redaction.redact(voice.body, known_names=known)
    answer_text, answer_findings = redaction.redact(answer.text, known_names=known)
    title = (voice.category.name if voice.category else "") or body[:30]
    with transaction.atomic():
        publication, _created = Publication.objects.update_or_create(
            voice=voice,
            defaults={
                "state": Publication.State.PROPOSED,
                "title": title[:200],
                "body": body,
                "answer": answer_text,
                "findings": [
                    {"kind": f.kind, "text_length": len(f.text), "where": where}
                    for where, found in (("body", body_findings), ("answer", answer_findings))
                    for f in found
                ],
                "proposed_by": actor,
            },
        )
        audit_record(
            action="voices.publication_proposed",
            target=voice,
            actor=actor,
            data={"findings": len(body_findings) + len(answer_findings)},
        )
    return publication


def publication_approve(
    *,
    publication: Publication,
    actor: User,
    title: str,
    body: str,
    answer: str,
    translations: dict[str, dict[str, str]] | None = None,
) -> Publication:
    """A second person approves (and may edit) the anonymised text, with optional English,
    Chinese and Korean translations; it becomes public. Text in which personal data is still
    found, in any language, is refused."""
    require_capability(actor, "voices.publish")
    if actor.pk == publication.proposed_by_id:
        raise VoiceInputError({"approve": [_("Someone other than the proposer must approve.")]})
    translations = {
        language: {k: str(v).strip() for k, v in texts.items() if k in {"title", "body", "answer"}}
        for language, texts in (translations or {}).items()
        if language in {"en", "zh-hans", "ko"}
    }
    remaining = redaction.findings_detect(body) + redaction.findings_detect(answer)
    for texts in translations.values():
        for text in texts.values():
            remaining += redaction.findings_detect(text)
    if remaining:
        raise VoiceInputError(
            {
                "body": [
                    _("Personal data is still in the text: %(kinds)s")
                    % {"kinds": ", ".join(sorted({f.kind for f in remaining}))}
                ]
            }
        )
    from madoguchi.core import search

    with transaction.atomic():
        publication.title = title.strip()[:200] or publication.title
        publication.body = body.strip()
        publication.answer = answer.strip()
        publication.translations = translations
        publication.state = Publication.State.PUBLISHED
        publication.approved_by = actor
        publication.published_at = timezone.now()
        publication.search_index = search.index_text(
            [publication.title, publication.body, publication.answer]
            + [text for texts in translations.values() for text in texts.values()]
        )
        publication.save()
        audit_record(action="voices.published", target=publication.voice, actor=actor, data={})
    return publication


# --- Open311 keys ------------------------------------------------------------------------------


def open311_key_create(*, name: str) -> str:
    key = "o311_" + secrets.token_urlsafe(24)
    with transaction.atomic():
        created = Open311Key.objects.create(
            name=name[:100], key_hash=_token_hash(key), prefix=key[:8]
        )
        audit_record(
            action="voices.open311_key_created", target=created, actor=None, data={"name": name}
        )
    return key


def open311_key_find(key: str) -> Open311Key | None:
    if not key or len(key) > 200:
        return None
    return Open311Key.objects.filter(key_hash=_token_hash(key), revoked_at__isnull=True).first()


def voices_purge_expired(*, today: Any = None) -> int:
    """Delete voices past their retention date, with their photos and original messages."""
    today = today or timezone.localdate()
    count = 0
    from madoguchi.voices.models import TermDay

    TermDay.objects.filter(day__lt=today - timedelta(days=365 * RETENTION_YEARS)).delete()
    for voice in Voice.objects.filter(retain_until__lt=today).prefetch_related("photos"):
        names = [p.storage_name for p in voice.photos.all()]
        if voice.original_message:
            names.append(voice.original_message)
        with transaction.atomic():
            audit_record(
                action="voices.purged", target=voice, actor=None, data={"channel": voice.channel}
            )
            voice.delete()
        for name in names:
            default_storage.delete(name)
        count += 1
    return count


def settings_public_url() -> str:
    return str(settings.MADOGUCHI_PUBLIC_URL).rstrip("/")


# --- Configuration -------------------------------------------------------------------------------


def category_configure(
    *, category: Category, department: Department, deadline_days: int, actor: User
) -> Category:
    """Set the department that answers a category and its deadline in business days."""
    require_capability(actor, "voices.configure")
    with transaction.atomic():
        before = {"department": category.department_id, "deadline_days": category.deadline_days}
        category.department = department
        category.deadline_days = deadline_days
        category.save(update_fields=["department", "deadline_days"])
        audit_record(
            action="voices.category_configured",
            target=category,
            actor=actor,
            data={"before": before, "department": department.pk, "deadline_days": deadline_days},
        )
    return category


def routing_rule_add(
    *,
    name: str,
    keywords: str,
    categories: str,
    order: int,
    department: Department,
    actor: User,
) -> RoutingRule:
    require_capability(actor, "voices.configure")
    with transaction.atomic():
        rule = RoutingRule.objects.create(
            name=name[:100],
            keywords=keywords[:300],
            categories=categories[:300],
            order=order,
            department=department,
        )
        audit_record(
            action="voices.routing_rule_added",
            target=rule,
            actor=actor,
            data={"keywords": keywords, "categories": categories, "department": department.pk},
        )
    return rule


def routing_rule_remove(*, rule: RoutingRule, actor: User) -> None:
    require_capability(actor, "voices.configure")
    with transaction.atomic():
        audit_record(
            action="voices.routing_rule_removed", target=rule, actor=actor, data={"name": rule.name}
        )
        rule.delete()
