"""Reads of the open data catalog: dataset search with facets, lists, download statistics.

Search runs over an in-memory index of every dataset's search text and facet values, kept per
process and rebuilt when the catalog generation moves (one cheap query per search). Japanese
matching uses the same variants as the procedure catalog (surface, reading, Sudachi normalised
form), so 避難所, ひなんじょ and ヒナンジョ find the same datasets; substring matching makes
short terms such as AED or ごみ work. The page of results is read from each dataset's stored
CKAN dictionary.
"""

from __future__ import annotations

import re
import shlex
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from typing import Any

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone

from madoguchi.core import search
from madoguchi.opendata.models import CatalogGeneration, Dataset, DatasetState, Download

FACET_FIELDS = ("organization", "groups", "tags", "res_format", "license_id")
FQ_FIELDS = {
    "organization",
    "owner_org",
    "groups",
    "tags",
    "res_format",
    "license_id",
    "name",
    "id",
    "state",
    "capacity",
    "frequency",
    "standard",
}
SORT_FIELDS = {
    "score",
    "metadata_modified",
    "metadata_created",
    "name",
    "title_string",
    "title",
}
DEFAULT_SORT = "score desc, metadata_modified desc"


class SearchQueryError(Exception):
    """A search the catalog cannot run: CKAN answers these with HTTP 400."""


@dataclass
class _Doc:
    id: str
    name: str
    title: str
    title_index: str
    index: str
    state: str
    private: bool
    created: str
    modified: str
    values: dict[str, set[str]]


@dataclass
class _Index:
    generation: str | None = None
    docs: list[_Doc] = field(default_factory=list)


_index = _Index()
_index_lock = threading.Lock()


def _generation() -> str:
    return CatalogGeneration.objects.filter(pk=1).values_list("token", flat=True).first() or ""


def _build(generation: str) -> _Index:
    docs = []
    rows = Dataset.objects.exclude(state=DatasetState.DELETED).values_list(
        "id", "name", "title", "search_index", "title_index", "state", "private", "ckan"
    )
    for id_, name, title, index, title_index, state, private, ckan in rows.iterator(
        chunk_size=2000
    ):
        organization = (ckan.get("organization") or {}).get("name", "")
        values = {
            "organization": {organization},
            "owner_org": {ckan.get("owner_org", ""), organization},
            "groups": {g["name"] for g in ckan.get("groups", [])},
            "tags": {t["name"] for t in ckan.get("tags", [])},
            "res_format": {r["format"] for r in ckan.get("resources", []) if r.get("format")},
            "license_id": {ckan.get("license_id", "")},
            "name": {name},
            "id": {str(id_)},
            "state": {state},
            "capacity": {"private" if private else "public"},
            "frequency": {ckan.get("frequency", "")},
            "standard": {e["value"] for e in ckan.get("extras", []) if e.get("key") == "standard"},
        }
        docs.append(
            _Doc(
                id=str(id_),
                name=name,
                title=title,
                title_index=title_index,
                index=index,
                state=state,
                private=private,
                created=ckan.get("metadata_created") or "",
                modified=ckan.get("metadata_modified") or "",
                values=values,
            )
        )
    return _Index(generation=generation, docs=docs)


def _current_index() -> _Index:
    global _index
    generation = _generation()
    if _index.generation != generation:
        with _index_lock:
            if _index.generation != generation:
                _index = _build(generation)
    return _index


# --- fq / q parsing ---------------------------------------------------------------------------

_TERM_RE = re.compile(r"^([+-]?)([A-Za-z_.]+):(.*)$")


@dataclass
class _Clause:
    field: str
    values: list[str]
    negate: bool


def _split(text: str) -> list[str]:
    try:
        return shlex.split(text, posix=True)
    except ValueError as exc:
        raise SearchQueryError(f"Cannot parse {text!r}: {exc}") from exc


def parse_fq(fq: str) -> list[_Clause]:
    """The part of Solr's filter syntax CKAN clients use: ``field:value``, ``field:"a b"``,
    ``+field:value``, ``-field:value`` and ``field:(a OR b)``, combined with AND."""
    clauses: list[_Clause] = []
    text = fq.strip()
    if not text:
        return clauses
    # Join "field:(a OR b)" into one token before splitting on spaces.
    text = re.sub(r"\(([^)]*)\)", lambda m: '"(' + m.group(1).replace('"', "") + ')"', text)
    for token in _split(text):
        if token.upper() in {"AND", "&&"}:
            continue
        match = _TERM_RE.match(token)
        if not match:
            raise SearchQueryError(f"Cannot filter on {token!r}: use field:value.")
        sign, name, value = match.groups()
        if name not in FQ_FIELDS:
            raise SearchQueryError(f"Cannot filter on field {name!r}.")
        if value.startswith("(") and value.endswith(")"):
            values = [v.strip().strip('"') for v in re.split(r"\s+OR\s+", value[1:-1]) if v.strip()]
        else:
            values = [value]
        clauses.append(_Clause(field=name, values=values, negate=sign == "-"))
    return clauses


def _split_q(q: str) -> tuple[str, list[_Clause]]:
    """Free text plus any ``field:value`` terms in q (CKAN passes both to Solr)."""
    q = q.strip()
    if q in {"", "*:*", "*"}:
        return "", []
    words, clauses = [], []
    for token in _split(q) if ":" in q else q.split():
        match = _TERM_RE.match(token)
        if match and match.group(2) in FQ_FIELDS:
            clauses.extend(
                parse_fq(token if " " not in token else f'{match.group(2)}:"{match.group(3)}"')
            )
        else:
            words.append(token)
    return " ".join(words), clauses


def _parse_sort(sort: str) -> list[tuple[str, bool]]:
    parts = []
    for item in sort.split(","):
        item = item.strip()
        if not item:
            continue
        bits = item.split()
        name = bits[0]
        direction = bits[1].lower() if len(bits) > 1 else "asc"
        if name not in SORT_FIELDS or direction not in {"asc", "desc"} or len(bits) > 2:
            raise SearchQueryError(f"Cannot sort by {item!r}.")
        parts.append((name, direction == "desc"))
    return parts


def _score(groups: list[set[str]], doc: _Doc) -> float:
    total = 0.0
    for group in groups:
        if any(alt in doc.title_index for alt in group):
            total += 2.0
        elif any(alt in doc.index for alt in group):
            total += 1.0
    return total


def _doc_attribute(attribute: str, item: tuple[float, _Doc]) -> Any:
    return getattr(item[1], attribute)


def _passes(doc: _Doc, clauses: list[_Clause]) -> bool:
    for clause in clauses:
        found = doc.values.get(clause.field, set())
        hit = any(v in found for v in clause.values)
        if hit == clause.negate:
            return False
    return True


@dataclass
class SearchOutcome:
    count: int
    ids: list[str]
    facets: dict[str, Counter[str]]
    sort: str


def dataset_search(
    *,
    q: str = "",
    fq: str = "",
    sort: str = "",
    rows: int = 10,
    start: int = 0,
    facet_fields: list[str] | None = None,
    include_private: bool = False,
    include_drafts: bool = False,
) -> SearchOutcome:
    """Search the catalog. Facet counts are over all matches, not only the page."""
    text, q_clauses = _split_q(q or "")
    clauses = parse_fq(fq or "") + q_clauses
    groups = search.query_groups(text) if text else []
    if text and not groups:
        return SearchOutcome(count=0, ids=[], facets={}, sort=sort or DEFAULT_SORT)
    sort_keys = _parse_sort(sort or DEFAULT_SORT)
    states = {DatasetState.ACTIVE.value}
    if include_drafts:
        states.add(DatasetState.DRAFT.value)
    explicit_state = any(c.field == "state" for c in clauses)
    scored: list[tuple[float, _Doc]] = []
    for doc in _current_index().docs:
        if not explicit_state and doc.state not in states:
            continue
        if doc.private and not include_private:
            continue
        if groups and not search.matches(groups, doc.index):
            continue
        if clauses and not _passes(doc, clauses):
            continue
        scored.append((_score(groups, doc) if groups else 0.0, doc))
    for name, descending in reversed(sort_keys):
        if name == "score":
            scored.sort(key=lambda item: item[0], reverse=descending)
        else:
            attribute = {
                "metadata_modified": "modified",
                "metadata_created": "created",
                "title_string": "title",
            }.get(name, name)
            scored.sort(key=partial(_doc_attribute, attribute), reverse=descending)
    facets: dict[str, Counter[str]] = {}
    for facet in facet_fields or []:
        counter: Counter[str] = Counter()
        for _, doc in scored:
            counter.update(v for v in doc.values.get(facet, set()) if v)
        facets[facet] = counter
    page = scored[start : start + rows]
    return SearchOutcome(
        count=len(scored),
        ids=[doc.id for _, doc in page],
        facets=facets,
        sort=sort or DEFAULT_SORT,
    )


def packages_by_id(ids: list[str]) -> list[dict[str, Any]]:
    """Stored CKAN dictionaries in the order of ``ids``."""
    found = dict(Dataset.objects.filter(id__in=ids).values_list("id", "ckan"))
    by_text = {str(k): v for k, v in found.items()}
    return [by_text[i] for i in ids if i in by_text]


def dataset_get(ref: str) -> Dataset | None:
    """A dataset by name or id, as CKAN's ``id`` parameter accepts either."""
    ref = str(ref or "").strip()
    if not ref:
        return None
    found = Dataset.objects.select_related("organization").filter(name=ref).first()
    if found is None and re.fullmatch(r"[0-9a-fA-F-]{32,36}", ref):
        found = Dataset.objects.select_related("organization").filter(id=ref).first()
    return found


# --- Download statistics ----------------------------------------------------------------------


def _month_start(day: date) -> date:
    return day.replace(day=1)


def downloads_by_month(
    *, dataset: Dataset | None = None, months: int = 12
) -> list[tuple[date, int]]:
    """Counted downloads per calendar month, oldest first, for the last ``months`` months
    (the current month included), with zeros for months without downloads."""
    today = timezone.localdate()
    first = _month_start(today)
    for _ in range(months - 1):
        first = _month_start(first.replace(day=1) - timedelta(days=1))
    query = Download.objects.filter(day__gte=first)
    if dataset is not None:
        query = query.filter(dataset=dataset)
    counted = {
        (row["month"].year, row["month"].month): int(row["n"])
        for row in query.annotate(month=TruncMonth("day")).values("month").annotate(n=Count("id"))
    }
    result = []
    month = first
    while month <= today:
        result.append((month, counted.get((month.year, month.month), 0)))
        month = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
    return result


@dataclass(frozen=True)
class MonthlyAverage:
    average: float | None
    months: int
    first: date | None
    last: date | None


def monthly_download_average(*, today: date | None = None) -> MonthlyAverage:
    """The plan's indicator: average downloads per month over the last twelve complete
    calendar months in which the catalog counted downloads (from the first counted month on).
    """
    today = today or timezone.localdate()
    this_month = _month_start(today)
    first_day = Download.objects.order_by("day").values_list("day", flat=True).first()
    if first_day is None:
        return MonthlyAverage(average=None, months=0, first=None, last=None)
    start = _month_start(first_day)
    window_start = this_month
    for _ in range(12):
        window_start = _month_start(window_start - timedelta(days=1))
    start = max(start, window_start)
    if start >= this_month:
        return MonthlyAverage(average=None, months=0, first=None, last=None)
    total = Download.objects.filter(day__gte=start, day__lt=this_month).count()
    months = (this_month.year - start.year) * 12 + (this_month.month - start.month)
    last = _month_start(this_month - timedelta(days=1))
    return MonthlyAverage(average=total / months, months=months, first=start, last=last)


def downloads_per_dataset(*, since: date) -> dict[str, int]:
    return {
        str(row["dataset"]): row["n"]
        for row in Download.objects.filter(day__gte=since).values("dataset").annotate(n=Count("id"))
    }


def downloads_per_dataset_month(*, first: date) -> dict[tuple[str, str, str], int]:
    """Downloads per (month "YYYY-MM", dataset name, dataset title) since ``first``."""
    rows = (
        Download.objects.filter(day__gte=first)
        .annotate(month=TruncMonth("day"))
        .values("month", "dataset__name", "dataset__title")
        .annotate(n=Count("id"))
    )
    return {
        (
            f"{r['month'].year:04d}-{r['month'].month:02d}",
            r["dataset__name"],
            r["dataset__title"],
        ): int(r["n"])
        for r in rows
    }
