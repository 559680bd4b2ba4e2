"""Writes of the navigator and the no-writing counter: guides, entries, counter sessions.

Each change is one transaction with its audit record. An entry's data is readable only with
its token or short code (stored as hashes), only until it expires, and only once: redeeming
it at the counter moves the data into the counter session and empties the entry.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from madoguchi.accounts.models import User
from madoguchi.accounts.permissions import require_capability
from madoguchi.applications.models import Application
from madoguchi.applications.services import (
    REFERENCE_ALPHABET,
    ApplicationRefused,
    application_submit_at_counter,
)
from madoguchi.audit.services import audit_record
from madoguchi.formengine.definition import StepResult
from madoguchi.navigator import selectors
from madoguchi.navigator.models import (
    CounterSession,
    Entry,
    Guide,
    GuideRevision,
    IdentityDocument,
    SessionEvent,
)
from madoguchi.navigator.rules import GuideError, guide_problems
from madoguchi.payments.models import Counter
from madoguchi.procedures.models import LifeEvent, Procedure

CODE_LENGTH = 8
SESSION_RETENTION_DAYS = 30
"""How long a closed counter session keeps its data (the cases keep theirs by procedure)."""


class NavigatorRefused(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def entry_days() -> int:
    return int(getattr(settings, "MADOGUCHI_ENTRY_DAYS", 7))


def _hash(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def normalise_code(text: str) -> str:
    """A short code as typed (lower case, spaces, dashes, full width) in canonical form."""
    import unicodedata

    return "".join(
        ch for ch in unicodedata.normalize("NFKC", text).upper() if ch.isalnum() and ch.isascii()
    )


# -- guides -----------------------------------------------------------------------------------


def guide_save(*, event: str, definition: dict[str, Any], actor: User | None) -> Guide:
    """Save a new revision of a life event's guide after checking it against the catalog and
    the counter registry."""
    if actor is not None:
        require_capability(actor, "navigator.configure")
    problems = guide_problems(
        definition,
        procedures=list(Procedure.objects.values_list("code", flat=True)),
        counters=list(Counter.objects.values_list("code", flat=True)),
    )
    if problems:
        raise GuideError(problems)
    life_event = LifeEvent.objects.get(code=event)
    with transaction.atomic():
        guide = Guide.objects.select_for_update().filter(life_event=life_event).first()
        if guide is None:
            guide = Guide.objects.create(life_event=life_event, definition=definition)
        elif guide.definition == definition:
            return guide
        else:
            guide.revision += 1
            guide.definition = definition
            guide.save(update_fields=["revision", "definition", "updated_at"])
        GuideRevision.objects.create(
            guide=guide, number=guide.revision, definition=definition, created_by=actor
        )
        audit_record(
            action="navigator.guide_saved",
            target=guide,
            actor=actor,
            data={"event": event, "revision": guide.revision},
        )
    return guide


# -- entries (the resident's side) ------------------------------------------------------------


def entry_start(*, event: str, answers: dict[str, Any], language: str) -> Entry:
    entry = Entry(
        event=event,
        language=language,
        expires_at=timezone.now() + timedelta(days=entry_days()),
    )
    entry.answers = answers
    with transaction.atomic():
        entry.save()
        audit_record(action="navigator.entry_started", target=entry, data={"event": event})
    return entry


def entry_save_step(
    *, entry: Entry, step_key: str, raw: dict[str, Any], result: StepResult | None
) -> None:
    """Keep what was typed on a step (even when invalid) and, when valid, its answers."""
    with transaction.atomic():
        locked = Entry.objects.select_for_update().get(pk=entry.pk)
        if locked.status != Entry.Status.DRAFT or locked.expires_at <= timezone.now():
            raise NavigatorRefused("not_editable")
        drafts = locked.drafts
        drafts[step_key] = raw
        locked.drafts = drafts
        if result is not None and result.valid:
            spec = selectors.entry_spec(event=locked.event)
            data = locked.data
            for item in spec.step(step_key).items:
                data.pop(item.key, None)
            data.update(result.answers)
            locked.data = data
            if step_key not in locked.completed_steps:
                locked.completed_steps = [*locked.completed_steps, step_key]
        locked.save(update_fields=["drafts_encrypted", "data_encrypted", "completed_steps"])
    entry.refresh_from_db()


def entry_finish(*, entry: Entry) -> tuple[str, str]:
    """Make a finished entry ready for the counter; returns (token, short code), shown once.
    Refused when a step is unanswered or the entry is no longer a draft."""
    with transaction.atomic():
        locked = Entry.objects.select_for_update().get(pk=entry.pk)
        if locked.status != Entry.Status.DRAFT or locked.expires_at <= timezone.now():
            raise NavigatorRefused("not_editable")
        spec = selectors.entry_spec(event=locked.event)
        missing = [s.key for s in spec.steps if s.key not in locked.completed_steps]
        if missing:
            raise NavigatorRefused("incomplete")
        token = secrets.token_urlsafe(24)
        code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(CODE_LENGTH))
        locked.token_hash = _hash(token)
        locked.code_hash = _hash(code)
        locked.status = Entry.Status.READY
        locked.drafts = {}
        locked.expires_at = timezone.now() + timedelta(days=entry_days())
        locked.save(
            update_fields=["token_hash", "code_hash", "status", "drafts_encrypted", "expires_at"]
        )
        audit_record(action="navigator.entry_ready", target=locked, data={"event": locked.event})
    entry.refresh_from_db()
    return token, code


# -- counter sessions (the clerk's side) ------------------------------------------------------


def _event(session: CounterSession, action: str, actor: User | None, detail: str = "") -> None:
    SessionEvent.objects.create(
        session=session, actor=actor, action=action, counter=session.counter, detail=detail
    )


def _route(*, event: str, answers: dict[str, Any], first: Counter | None) -> list[str]:
    stops = selectors.route_for(event=event, answers=answers)
    if first is not None and first.code not in stops:
        stops.insert(0, first.code)
    return stops


def session_open_with_code(*, text: str, counter: Counter | None, actor: User) -> CounterSession:
    """Redeem a resident's token (from the QR code) or short code. Refused with ``unknown``,
    ``expired`` or ``used``; no data of a refused entry is ever read."""
    require_capability(actor, "counter.operate")
    typed = text.strip()
    candidates = [_hash(typed), _hash(normalise_code(typed))]
    with transaction.atomic():
        entry = (
            Entry.objects.select_for_update()
            .filter(status__in=[Entry.Status.READY, Entry.Status.USED])
            .filter(token_hash__in=candidates)
            .first()
        ) or (
            Entry.objects.select_for_update()
            .filter(status__in=[Entry.Status.READY, Entry.Status.USED])
            .filter(code_hash__in=candidates)
            .first()
        )
        refusal = (
            "unknown"
            if entry is None
            else "used"
            if entry.status == Entry.Status.USED
            else "expired"
            if entry.expires_at <= timezone.now()
            else ""
        )
        if not refusal:
            session = _session_from_entry(entry, counter=counter, actor=actor)  # type: ignore[arg-type]
    if refusal:
        # Recorded outside the transaction above, which holds nothing to undo.
        audit_record(
            action="navigator.code_refused",
            target=entry,
            actor=actor,
            data={"why": refusal},
        )
        raise NavigatorRefused(refusal)
    return session


def _session_from_entry(entry: Entry, *, counter: Counter | None, actor: User) -> CounterSession:
    answers, data = entry.answers, entry.data
    session = CounterSession(
        event=entry.event,
        from_entry=True,
        counter=counter,
        opened_by=actor,
        retain_until=timezone.localdate() + timedelta(days=SESSION_RETENTION_DAYS),
        route=_route(event=entry.event, answers=answers, first=counter),
    )
    session.answers = answers
    session.data = data
    session.save()
    # The entry keeps no personal data once it is used: only that it was used, and when.
    entry.status = Entry.Status.USED
    entry.used_at = timezone.now()
    entry.answers = {}
    entry.data = {}
    entry.drafts = {}
    entry.save(
        update_fields=[
            "status",
            "used_at",
            "answers_encrypted",
            "data_encrypted",
            "drafts_encrypted",
        ]
    )
    _event(session, "opened_with_code", actor)
    audit_record(
        action="navigator.session_opened",
        target=session,
        actor=actor,
        data={"from_entry": True, "counter": counter.code if counter else ""},
    )
    return session


def session_open_fresh(
    *, event: str, answers: dict[str, Any], counter: Counter | None, actor: User
) -> CounterSession:
    """A session for a resident who entered nothing beforehand: the clerk types for them."""
    require_capability(actor, "counter.operate")
    with transaction.atomic():
        session = CounterSession(
            event=event,
            counter=counter,
            opened_by=actor,
            retain_until=timezone.localdate() + timedelta(days=SESSION_RETENTION_DAYS),
            route=_route(event=event, answers=answers, first=counter),
        )
        session.answers = answers
        session.save()
        _event(session, "opened_fresh", actor)
        audit_record(
            action="navigator.session_opened",
            target=session,
            actor=actor,
            data={"from_entry": False, "counter": counter.code if counter else ""},
        )
    return session


def _locked_open(session: CounterSession) -> CounterSession:
    locked = CounterSession.objects.select_for_update().get(pk=session.pk)
    if locked.status != CounterSession.Status.OPEN:
        raise NavigatorRefused("closed")
    return locked


def session_set_answers(*, session: CounterSession, answers: dict[str, Any], actor: User) -> None:
    """The navigator's answers, given at the counter: they choose the checklist and route."""
    require_capability(actor, "counter.operate")
    with transaction.atomic():
        locked = _locked_open(session)
        locked.answers = answers
        locked.route = _route(event=locked.event, answers=answers, first=locked.counter)
        locked.save(update_fields=["answers_encrypted", "route"])
        _event(locked, "answers_set", actor)
        audit_record(action="navigator.session_answers_set", target=locked, actor=actor, data={})
    session.refresh_from_db()


def session_update_data(
    *, session: CounterSession, step_key: str, answers: dict[str, Any], actor: User
) -> None:
    """The clerk corrects or types one part of the resident's data."""
    require_capability(actor, "counter.operate")
    spec = selectors.entry_spec(event=session.event)
    with transaction.atomic():
        locked = _locked_open(session)
        data = locked.data
        for item in spec.step(step_key).items:
            data.pop(item.key, None)
        data.update(answers)
        locked.data = data
        locked.save(update_fields=["data_encrypted"])
        _event(locked, "data_corrected", actor, step_key)
        audit_record(
            action="navigator.session_data_changed",
            target=locked,
            actor=actor,
            data={"step": step_key},
        )
    session.refresh_from_db()


def session_confirm_identity(*, session: CounterSession, document: str, actor: User) -> None:
    require_capability(actor, "counter.operate")
    if document not in IdentityDocument.values:
        raise NavigatorRefused("document")
    with transaction.atomic():
        locked = _locked_open(session)
        locked.identity_document = document
        locked.identity_checked_at = timezone.now()
        locked.identity_checked_by = actor
        locked.save(
            update_fields=["identity_document", "identity_checked_at", "identity_checked_by"]
        )
        _event(locked, "identity_confirmed", actor, document)
        audit_record(
            action="navigator.identity_confirmed",
            target=locked,
            actor=actor,
            data={"document": document},
        )
    session.refresh_from_db()


def session_save_form(
    *, session: CounterSession, procedure: str, overrides: dict[str, Any], actor: User
) -> None:
    """Keep the answers the clerk gave on one form beyond what the data fills."""
    require_capability(actor, "counter.operate")
    with transaction.atomic():
        locked = _locked_open(session)
        forms = locked.forms
        forms[procedure] = overrides
        locked.forms = forms
        locked.save(update_fields=["forms_encrypted"])
        _event(locked, "form_answered", actor, procedure)
        audit_record(
            action="navigator.session_form_saved",
            target=locked,
            actor=actor,
            data={"procedure": procedure},
        )
    session.refresh_from_db()


def session_submit(
    *, session: CounterSession, procedures: list[str], actor: User
) -> dict[str, Application]:
    """Submit the chosen forms as cases with the counter as channel. Refused unless identity
    was confirmed and every chosen form is complete; a form already submitted from this
    session is not submitted again."""
    require_capability(actor, "counter.operate")
    if not procedures:
        raise NavigatorRefused("none_chosen")
    if session.identity_checked_at is None:
        raise NavigatorRefused("identity")
    forms = {f.procedure.code: f for f in selectors.session_forms(session=session)}
    unknown = [code for code in procedures if code not in forms]
    if unknown:
        raise NavigatorRefused("not_in_checklist")
    incomplete = [code for code in procedures if not forms[code].check.complete]
    if incomplete:
        raise NavigatorRefused("incomplete")
    submitted: dict[str, Application] = {}
    with transaction.atomic():
        locked = _locked_open(session)
        done = dict(locked.submitted)
        email = str(locked.data.get("contact.email") or "")
        for code in procedures:
            form = forms[code]
            try:
                application = application_submit_at_counter(
                    procedure=form.procedure,
                    answers=form.check.answers,
                    actor=actor,
                    idempotency_key=f"counter:{locked.public_id}:{code}",
                    contact_email=email,
                )
            except ApplicationRefused as error:
                raise NavigatorRefused(f"application_{error}") from error
            submitted[code] = application
            done[code] = application.reference or ""
        locked.submitted = done
        locked.save(update_fields=["submitted"])
        _event(locked, "cases_submitted", actor, ", ".join(procedures))
        audit_record(
            action="navigator.cases_submitted",
            target=locked,
            actor=actor,
            data={"procedures": procedures, "references": [done[c] for c in procedures]},
        )
    session.refresh_from_db()
    return submitted


def session_hand_over(*, session: CounterSession, actor: User) -> Counter | None:
    """Send the resident on to the next counter of the route; None at the end of it."""
    require_capability(actor, "counter.operate")
    with transaction.atomic():
        locked = _locked_open(session)
        route = list(locked.route)
        current = locked.counter.code if locked.counter else None
        position = route.index(current) if current in route else -1
        following = route[position + 1] if position + 1 < len(route) else None
        if following is None:
            raise NavigatorRefused("route_end")
        locked.counter = Counter.objects.get(code=following)
        locked.save(update_fields=["counter"])
        _event(locked, "handed_over", actor, f"{current or ''} → {following}")
        audit_record(
            action="navigator.session_handed_over",
            target=locked,
            actor=actor,
            data={"from": current or "", "to": following},
        )
    session.refresh_from_db()
    return session.counter


def session_close(*, session: CounterSession, actor: User) -> None:
    require_capability(actor, "counter.operate")
    with transaction.atomic():
        locked = _locked_open(session)
        locked.status = CounterSession.Status.CLOSED
        locked.closed_at = timezone.now()
        locked.retain_until = timezone.localdate() + timedelta(days=SESSION_RETENTION_DAYS)
        locked.save(update_fields=["status", "closed_at", "retain_until"])
        _event(locked, "closed", actor)
        audit_record(action="navigator.session_closed", target=locked, actor=actor, data={})
    session.refresh_from_db()


# -- retention --------------------------------------------------------------------------------


def entries_purge() -> int:
    """Delete entries past their expiry (ready or not) and used ones a week after use."""
    now = timezone.now()
    expired = Entry.objects.filter(expires_at__lt=now).exclude(status=Entry.Status.USED)
    used = Entry.objects.filter(status=Entry.Status.USED, used_at__lt=now - timedelta(days=7))
    count = expired.delete()[0] + used.delete()[0]
    if count:
        audit_record(action="navigator.entries_purged", actor=None, data={"count": count})
    return count


def sessions_purge() -> int:
    """Delete counter sessions past their retention date (their cases stay, by procedure)."""
    old = CounterSession.objects.filter(retain_until__lt=timezone.localdate())
    count = old.count()
    if count:
        SessionEvent.objects.filter(session__in=old).delete()
        old.delete()
        audit_record(action="navigator.sessions_purged", actor=None, data={"count": count})
    return count
