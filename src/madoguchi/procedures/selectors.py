"""Reads of the procedure catalog: search, browse, detail and the online-share indicator."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, QuerySet

from madoguchi.accounts.models import User
from madoguchi.accounts.permissions import (
    can_act_for_department,
    department_scope,
    has_capability,
    require_capability,
)
from madoguchi.core import search
from madoguchi.procedures.models import ApplicationWindow, LifeEvent, Procedure


def _published() -> QuerySet[Procedure]:
    return Procedure.objects.filter(published=True).select_related("department")


def procedure_list(
    *, q: str = "", category: str = "", life_event: str = "", online_only: bool = False
) -> list[Procedure]:
    """Published procedures matching every filter; with a query, best matches first."""
    procedures = _published()
    if category:
        procedures = procedures.filter(category=category)
    if life_event:
        procedures = procedures.filter(life_events__code=life_event)
    if online_only:
        procedures = procedures.filter(online=True)
    groups = search.query_groups(q)
    if not groups:
        # No words at all lists everything; words that carry no meaning (の) find nothing.
        return [] if q.strip() else list(procedures.order_by("category", "name"))
    # Narrow in the database on the first group, then check and rank the rest in Python.
    candidates = procedures.filter(search.any_substring_q("search_index", groups[0]))
    scored = [
        (search.score(groups, p.search_index, title=p.name), p)
        for p in candidates
        if search.matches(groups, p.search_index)
    ]
    scored.sort(key=lambda pair: (-pair[0], pair[1].name))
    return [p for _, p in scored]


def procedure_get(*, code: str) -> Procedure:
    return (
        _published()
        .prefetch_related(
            "life_events",
            Prefetch("windows", queryset=ApplicationWindow.objects.order_by("opens_at")),
        )
        .get(code=code)
    )


def life_event_list() -> QuerySet[LifeEvent]:
    return LifeEvent.objects.all()


@dataclass(frozen=True)
class OnlineShare:
    online: int
    total: int

    @property
    def ratio(self) -> float | None:
        return self.online / self.total if self.total else None

    @property
    def percent(self) -> float | None:
        return round(self.online * 100 / self.total, 1) if self.total else None


def online_share() -> OnlineShare:
    """The master plan's indicator オンライン申請ができる行政手続の割合, measured live: the share
    of published procedures in the catalog that can be applied for online."""
    published = Procedure.objects.filter(published=True)
    return OnlineShare(online=published.filter(online=True).count(), total=published.count())


def procedure_list_for_staff(*, viewer: User) -> QuerySet[Procedure]:
    """Procedures the viewer may manage: their departments' (all, for administrators)."""
    require_capability(viewer, "procedures.manage")
    procedures = Procedure.objects.select_related("department").order_by(
        "department__sort_order", "name"
    )
    if has_capability(viewer, "staff.directory.view_all_departments"):
        return procedures
    return procedures.filter(department_id__in=department_scope(viewer))


def procedure_get_for_staff(*, viewer: User, code: str) -> Procedure:
    procedure = Procedure.objects.select_related("department").get(code=code)
    require_capability(viewer, "procedures.manage")
    if not can_act_for_department(viewer, procedure.department):
        raise PermissionDenied("department")
    return procedure


def procedure_has_form(*, procedure: Procedure) -> bool:
    """Whether residents can start an online application (a form version is published)."""
    return procedure.form_versions.filter(status="published").exists()
