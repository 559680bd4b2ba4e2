"""Public JSON API of the procedure catalog."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status
from ninja.pagination import PageNumberPagination, paginate

from madoguchi.core.middleware import NO_NUL
from madoguchi.procedures import selectors
from madoguchi.procedures.models import Procedure

router = Router()


class DepartmentOut(Schema):
    code: str
    name: str


class ProcedureSummaryOut(Schema):
    id: str = Field(description="Stable identifier (the procedure's code).")
    name: str = Field(description="Official Japanese name.")
    name_i18n: dict[str, str] = Field(description="Translations by language code.")
    department: DepartmentOut
    category: str
    online: bool = Field(description="Whether the procedure can be applied for online.")
    fee_kind: str = Field(description="free, fixed, per_copy or variable.")
    fee_yen: int | None = Field(description="Fee in integer yen (per copy for per_copy).")


class WindowOut(Schema):
    opens_at: str
    closes_at: str
    capacity: int | None
    mode: str


class ProcedureOut(ProcedureSummaryOut):
    summary: str
    summary_i18n: dict[str, str]
    eligibility: str
    identity_level: str
    documents: list[str]
    fee_note: str
    processing_days: int
    legal_basis: str
    offline_reason: str
    offline_reason_text: str
    where_instead: str
    deadline_rule: str
    life_events: list[str]
    windows: list[WindowOut]


def _summary(p: Procedure) -> dict[str, object]:
    return {
        "id": p.code,
        "name": p.name,
        "name_i18n": p.name_i18n,
        "department": {"code": p.department.code, "name": p.department.name},
        "category": p.category,
        "online": p.online,
        "fee_kind": p.fee_kind,
        "fee_yen": p.fee_yen,
    }


class ProcedurePagination(PageNumberPagination):
    class Input(Schema):
        page: int = Field(1, ge=1, le=10_000)
        page_size: int = Field(50, ge=1, le=200)

    def paginate_queryset(self, queryset, pagination: Input, **params):  # type: ignore[no-untyped-def, override]
        page_size = pagination.page_size
        offset = (pagination.page - 1) * page_size
        items = list(queryset)
        return {"items": items[offset : offset + page_size], "count": len(items)}


class ErrorOut(Schema):
    detail: str


INVALID_PARAMETERS = {
    "422": {
        "description": "A parameter is invalid (too long, wrong type); nothing was searched.",
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
}


@router.get(
    "",
    response=list[ProcedureSummaryOut],
    summary="List or search procedures",
    openapi_extra={"responses": INVALID_PARAMETERS},
)
@paginate(ProcedurePagination)
def list_procedures(
    request: HttpRequest,
    q: str = Query(
        "",
        max_length=100,
        pattern=NO_NUL,
        description="Search words (Japanese or other languages)",
    ),
    category: str = Query("", max_length=32, pattern=NO_NUL, description="Category code"),
    online: bool | None = Query(None, description="true: online only; false: counter only"),
) -> list[dict[str, object]]:
    procedures = selectors.procedure_list(q=q, category=category, online_only=bool(online))
    if online is False:
        procedures = [p for p in procedures if not p.online]
    return [_summary(p) for p in procedures]


@router.get(
    "/{code}",
    response={200: ProcedureOut, 404: ErrorOut},
    summary="One procedure",
    openapi_extra={"responses": INVALID_PARAMETERS},
)
def get_procedure(request: HttpRequest, code: str) -> Status[dict[str, object]]:
    try:
        p = selectors.procedure_get(code=code)
    except Procedure.DoesNotExist:
        return Status(404, {"detail": "No published procedure has this id."})
    return Status(
        200,
        {
            **_summary(p),
            "summary": p.summary,
            "summary_i18n": p.summary_i18n,
            "eligibility": p.eligibility,
            "identity_level": p.identity_level,
            "documents": [str(d) for d in p.documents],
            "fee_note": p.fee_note,
            "processing_days": p.processing_days,
            "legal_basis": p.legal_basis,
            "offline_reason": p.offline_reason,
            "offline_reason_text": p.offline_reason_text,
            "where_instead": p.where_instead,
            "deadline_rule": p.deadline_rule,
            "life_events": [e.code for e in p.life_events.all()],
            "windows": [
                {
                    "opens_at": w.opens_at.isoformat(),
                    "closes_at": w.closes_at.isoformat(),
                    "capacity": w.capacity,
                    "mode": w.mode,
                }
                for w in p.windows.all()
            ],
        },
    )
