"""Public JSON API of the navigator: the life events and a checklist for given answers."""

from __future__ import annotations

import re
from typing import Any

from django.http import HttpRequest
from ninja import Field, Router, Schema, Status

from madoguchi.navigator import selectors
from madoguchi.navigator.models import Guide
from madoguchi.navigator.rules import raw_from_answers, text_for

router = Router()


class QuestionOut(Schema):
    key: str
    type: str = Field(description="number, yes_no, single_choice, multiple_choice or date.")
    label: dict[str, str] = Field(description="The question by language code.")
    required: bool
    choices: list[str] = Field(description="Allowed values for choice questions.")
    condition: dict[str, Any] | None = Field(description="Asked only when this holds.")


class EventOut(Schema):
    id: str = Field(description="The life event's code, used in POST /navigator/checklist.")
    name: str
    name_i18n: dict[str, str]
    questions: list[QuestionOut]


class ChecklistIn(Schema):
    event: str
    answers: dict[str, Any] = Field(
        description="Question key → answer: numbers as integers, yes/no as true/false, "
        "dates as YYYY-MM-DD, multiple choices as lists."
    )
    language: str = "ja"


class ChecklistItemOut(Schema):
    procedure: str = Field(description="The procedure's id in /api/v1/procedures/.")
    name: str
    why: str
    online: bool = Field(description="Whether it can be applied for online now.")
    deadline: str | None = Field(description="Last day (YYYY-MM-DD) when the event date is known.")
    deadline_days: int | None
    deadline_counting: str | None = Field(description="calendar or business days.")
    counter: str | None = Field(description="Counter code where it is done in person.")
    counter_location: str | None


class ChecklistOut(Schema):
    event: str
    items: list[ChecklistItemOut]
    route: list[str] = Field(description="Counter codes in the order to visit them.")


class ErrorOut(Schema):
    detail: str
    errors: dict[str, str] = {}


@router.get("/events", response=list[EventOut], summary="List the life events")
def events(request: HttpRequest) -> list[dict[str, Any]]:
    result = []
    for event in selectors.guide_list():
        spec = selectors.guide_spec(guide=event.guide)
        result.append(
            {
                "id": event.code,
                "name": event.name,
                "name_i18n": event.name_i18n,
                "questions": [
                    {
                        "key": q.key,
                        "type": q.type,
                        "label": dict(q.settings["label"]),
                        "required": q.required,
                        "choices": [c["value"] for c in q.choices],
                        "condition": q.condition,
                    }
                    for q in spec.questions
                ],
            }
        )
    return result


@router.post(
    "/checklist",
    response={200: ChecklistOut, 400: ErrorOut, 404: ErrorOut},
    summary="The checklist for a life event and answers",
    openapi_extra={
        "responses": {
            "422": {
                "description": "The body does not have the documented shape.",
                "content": {"application/json": {"schema": {"type": "object"}}},
            }
        }
    },
)
def checklist(request: HttpRequest, payload: ChecklistIn) -> Any:
    try:
        if not re.fullmatch(r"[a-z][a-z0-9_]{0,39}", payload.event):
            raise Guide.DoesNotExist  # never sent to the database (PostgreSQL refuses NUL)
        guide = selectors.guide_get(event=payload.event)
    except Guide.DoesNotExist:
        return Status(404, {"detail": "unknown event"})
    spec = selectors.guide_spec(guide=guide)
    cleaned = spec.clean(raw_from_answers(payload.answers))
    if cleaned.errors:
        return Status(
            400,
            {
                "detail": "some answers are missing or invalid",
                "errors": {key: error.code for key, error in cleaned.errors.items()},
            },
        )
    language = payload.language if payload.language in ("ja", "en", "zh-hans", "ko") else "ja"
    rows = selectors.checklist(event=payload.event, answers=cleaned.answers, language=language)
    return {
        "event": payload.event,
        "items": [
            {
                "procedure": r.procedure.code,
                "name": r.procedure.name
                if language == "ja"
                else text_for({"ja": r.procedure.name, **r.procedure.name_i18n}, language),
                "why": r.why,
                "online": r.online,
                "deadline": r.due.isoformat() if r.due else None,
                "deadline_days": r.deadline_days,
                "deadline_counting": r.deadline_counting or None,
                "counter": r.counter.code if r.counter else None,
                "counter_location": r.counter.location if r.counter else None,
            }
            for r in rows
        ],
        "route": selectors.route_for(event=payload.event, answers=cleaned.answers),
    }
