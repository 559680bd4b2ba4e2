"""Reads of the navigator: guides, checklists with catalog data, forms filled for a session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import QuerySet

from madoguchi.accounts.models import User
from madoguchi.accounts.permissions import require_capability
from madoguchi.formengine.definition import FormSpec
from madoguchi.formengine.models import FormVersion
from madoguchi.navigator import filling
from madoguchi.navigator.entry_form import entry_definition
from madoguchi.navigator.models import CounterSession, Guide
from madoguchi.navigator.rules import GuideSpec, route, text_for
from madoguchi.payments.models import Counter
from madoguchi.procedures.models import LifeEvent, Procedure

_GUIDE_SPECS: dict[tuple[int, int], GuideSpec] = {}
_ENTRY_SPECS: dict[str, FormSpec] = {}


def guide_list() -> QuerySet[LifeEvent]:
    """Life events that have a guide, in their order."""
    return LifeEvent.objects.filter(guide__isnull=False).select_related("guide")


def guide_get(*, event: str) -> Guide:
    return Guide.objects.select_related("life_event").get(life_event__code=event)


def guide_spec(*, guide: Guide) -> GuideSpec:
    key = (guide.pk, guide.revision)
    spec = _GUIDE_SPECS.get(key)
    if spec is None:
        spec = GuideSpec(guide.definition)
        _GUIDE_SPECS[key] = spec
    return spec


def entry_spec(*, event: str) -> FormSpec:
    spec = _ENTRY_SPECS.get(event)
    if spec is None:
        spec = FormSpec(entry_definition(event))
        _ENTRY_SPECS[event] = spec
    return spec


@dataclass(frozen=True)
class ChecklistRow:
    procedure: Procedure
    why: str
    due: date | None
    deadline_days: int | None
    deadline_counting: str
    deadline_note: str
    counter: Counter | None
    online: bool
    has_form: bool
    bring: list[str]
    bring_language: str
    """``ja`` when the list is the catalog's Japanese one."""


def checklist(*, event: str, answers: dict[str, Any], language: str) -> list[ChecklistRow]:
    guide = guide_get(event=event)
    entries = guide_spec(guide=guide).checklist(answers)
    codes = [e.procedure for e in entries]
    procedures = {
        p.code: p
        for p in Procedure.objects.filter(code__in=codes, published=True).select_related(
            "department"
        )
    }
    counters = {
        c.code: c
        for c in Counter.objects.filter(code__in=[e.counter for e in entries if e.counter])
    }
    with_form = set(
        FormVersion.objects.filter(
            procedure__code__in=codes, status=FormVersion.Status.PUBLISHED
        ).values_list("procedure__code", flat=True)
    )
    rows = []
    for entry in entries:
        procedure = procedures.get(entry.procedure)
        if procedure is None:
            continue  # unpublished since the guide was written
        if entry.bring is not None:
            bring, bring_language = [text_for(t, language) for t in entry.bring], language
        else:
            bring, bring_language = list(procedure.documents or []), "ja"
        deadline = entry.deadline
        rows.append(
            ChecklistRow(
                procedure=procedure,
                why=text_for(entry.why, language),
                due=deadline.due if deadline else None,
                deadline_days=deadline.days if deadline else None,
                deadline_counting=deadline.counting if deadline else "",
                deadline_note=text_for(deadline.note, language)
                if deadline and deadline.note
                else "",
                counter=counters.get(entry.counter or ""),
                online=procedure.online,
                has_form=procedure.code in with_form,
                bring=bring,
                bring_language=bring_language,
            )
        )
    return rows


def route_for(*, event: str, answers: dict[str, Any]) -> list[str]:
    guide = guide_get(event=event)
    entries = guide_spec(guide=guide).checklist(answers)
    return route(entries, at_counter=[e.procedure for e in entries])


# -- counter sessions -------------------------------------------------------------------------


def session_get(*, public_id: Any, viewer: User) -> CounterSession:
    require_capability(viewer, "counter.operate")
    return CounterSession.objects.select_related("counter").get(public_id=public_id)


def sessions_open(*, viewer: User, counter: Counter | None = None) -> QuerySet[CounterSession]:
    require_capability(viewer, "counter.operate")
    sessions = CounterSession.objects.filter(status=CounterSession.Status.OPEN).select_related(
        "counter", "opened_by"
    )
    if counter is not None:
        sessions = sessions.filter(counter=counter)
    return sessions


@dataclass(frozen=True)
class SessionForm:
    procedure: Procedure
    version: FormVersion
    filled: dict[str, Any]
    """What the entered data fills."""
    answers: dict[str, Any]
    """The form's answers: the filled ones and the clerk's own."""
    check: filling.FormCheck
    reference: str
    """The case's reference when it was submitted from this session."""


def session_data(session: CounterSession) -> dict[str, Any]:
    return filling.derived_data(session.data, event=session.event)


def session_forms(*, session: CounterSession, language: str = "ja") -> list[SessionForm]:
    """Every checklist procedure with a published form, filled from the session's data."""
    codes = [
        e.procedure
        for e in guide_spec(guide=guide_get(event=session.event)).checklist(session.answers)
    ]
    versions = {
        v.procedure.code: v
        for v in FormVersion.objects.filter(
            procedure__code__in=codes, status=FormVersion.Status.PUBLISHED
        ).select_related("procedure", "procedure__department")
    }
    data = session_data(session)
    own = session.forms
    forms = []
    for code in codes:
        version = versions.get(code)
        if version is None:
            continue
        spec = version.spec
        filled = filling.fill(spec, data)
        answers = {**filled, **own.get(code, {})}
        forms.append(
            SessionForm(
                procedure=version.procedure,
                version=version,
                filled=filled,
                answers=answers,
                check=filling.check(spec, answers, filled=filled, language=language),
                reference=str(session.submitted.get(code, "")),
            )
        )
    return forms


@dataclass(frozen=True)
class Measurement:
    """Answers written by hand for one household: on separate forms, and with one entry."""

    entry: int
    forms: list[tuple[Procedure, int, int]]
    """(procedure, answers on its own form, answers still written here)."""

    @property
    def separate(self) -> int:
        return sum(separate for _p, separate, _h in self.forms)

    @property
    def here(self) -> int:
        return self.entry + sum(here for _p, _s, here in self.forms)


def measure(*, session: CounterSession) -> Measurement:
    rows = []
    for form in session_forms(session=session):
        separate, here = filling.count_written(form.check)
        rows.append((form.procedure, separate, here))
    entry = filling.entry_written(entry_spec(event=session.event), session.data)
    return Measurement(entry=entry, forms=rows)


def household_measurements() -> list[tuple[str, Measurement]]:
    """The measurement for each life event's demo household (``navigator/demo.py``), made on
    sessions that are never saved."""
    from madoguchi.navigator.demo import HOUSEHOLDS

    events = set(guide_list().values_list("code", flat=True))
    results = []
    for event, label, raw, data in HOUSEHOLDS:
        if event not in events:
            continue
        spec = guide_spec(guide=guide_get(event=event))
        session = CounterSession(event=event)
        session.answers = spec.clean(raw).answers
        session.data = data
        results.append((label, measure(session=session)))
    return results
