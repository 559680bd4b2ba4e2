"""What residents are saying, in figures: volume by category, department, channel and month,
response times, overdue voices, satisfaction and rising topics.

Reads only what is stored in the clear (categories, dates, channels, the content words in
``terms``); never a resident's text or contact details, so policy analysts can use it.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from django.db.models import Count, QuerySet, Sum
from django.utils import timezone

from madoguchi.accounts.models import Department
from madoguchi.voices import workflow
from madoguchi.voices.models import Category, Status, TermDay, Voice

RISING_RECENT_DAYS = 30
RISING_BASELINE_DAYS = 90
RISING_MIN_COUNT = 3


@dataclass
class Rising:
    term: str
    recent: int
    baseline: int
    ratio: float


@dataclass
class Dashboard:
    start: date
    end: date
    total: int
    by_category: list[tuple[str, int]]
    by_department: list[tuple[str, str, int]]
    by_channel: list[tuple[str, int]]
    by_month: list[tuple[str, int]]
    answered: int
    median_days: float | None
    p90_days: float | None
    overdue: int
    satisfaction_average: float | None
    satisfaction_counts: dict[int, int]
    rising: list[Rising] = field(default_factory=list)


def _percentile(sorted_values: list[float], q: float) -> float | None:
    if not sorted_values:
        return None
    index = max(0, math.ceil(q * len(sorted_values)) - 1)
    return sorted_values[index]


def voices_in(*, start: date, end: date) -> QuerySet[Voice]:
    tz = timezone.get_current_timezone()
    since = datetime.combine(start, datetime.min.time(), tzinfo=tz)
    until = datetime.combine(end + timedelta(days=1), datetime.min.time(), tzinfo=tz)
    return Voice.objects.filter(received_at__gte=since, received_at__lt=until).exclude(
        status=Status.UNCONFIRMED
    )


def rising_topics(*, today: date, limit: int = 15) -> list[Rising]:
    """Terms whose daily frequency in the last 30 days grew most against the 90 days before
    (add-one smoothing, at least three voices recently). Counts are voices that used the
    word, from the per-day table kept at intake."""
    recent_start = today - timedelta(days=RISING_RECENT_DAYS - 1)
    baseline_start = recent_start - timedelta(days=RISING_BASELINE_DAYS)
    recent = dict(
        TermDay.objects.filter(day__gte=recent_start, day__lte=today)
        .values("term")
        .annotate(n=Sum("count"))
        .filter(n__gte=RISING_MIN_COUNT)
        .values_list("term", "n")
    )
    baseline = dict(
        TermDay.objects.filter(day__gte=baseline_start, day__lt=recent_start, term__in=list(recent))
        .values("term")
        .annotate(n=Sum("count"))
        .values_list("term", "n")
    )
    scale = RISING_RECENT_DAYS / RISING_BASELINE_DAYS
    found = []
    for term, count in recent.items():
        before = int(baseline.get(term, 0))
        expected = (before + 1) * scale
        found.append(Rising(term, int(count), before, round(int(count) / expected, 2)))
    found.sort(key=lambda r: (-r.ratio, -r.recent, r.term))
    return found[:limit]


def _hours_percentiles(voices: QuerySet[Voice]) -> tuple[int, float | None, float | None]:
    """Median and 90th percentile of the hours to answer, from a histogram the database
    counts (exact to the hour)."""
    histogram: list[tuple[int, int]] = sorted(
        (int(hours), int(n))
        for hours, n in voices.filter(response_hours__isnull=False)
        .values("response_hours")
        .annotate(n=Count("id"))
        .values_list("response_hours", "n")
        if hours is not None
    )
    total = sum(n for _, n in histogram)
    if not total:
        return 0, None, None

    def at(q: float) -> float:
        rank = max(1, math.ceil(q * total))
        seen = 0
        for hours, n in histogram:
            seen += n
            if seen >= rank:
                return hours / 24
        return histogram[-1][0] / 24

    return total, at(0.5), at(0.9)


def dashboard(*, start: date, end: date, today: date | None = None) -> Dashboard:
    today = today or timezone.localdate()
    voices = voices_in(start=start, end=end)
    categories = dict(Category.objects.values_list("id", "code"))
    departments = {d.pk: (d.code, d.name) for d in Department.objects.all()}
    # One pass groups by every dimension at once; the figures are sums over its rows.
    cells = (
        voices.values("category_id", "department_id", "channel", "received_month", "satisfaction")
        .annotate(n=Count("id"))
        .values_list(
            "category_id", "department_id", "channel", "received_month", "satisfaction", "n"
        )
    )
    per_category: Counter[str] = Counter()
    per_department: Counter[int | None] = Counter()
    per_channel: Counter[str] = Counter()
    per_month: Counter[str] = Counter()
    counts: Counter[int] = Counter()
    for category_id, department_id, channel, month, score, n in cells:
        per_category[categories.get(category_id, "")] += n
        per_department[department_id] += n
        per_channel[channel] += n
        per_month[month] += n
        if score is not None:
            counts[int(score)] += n
    by_category = per_category.most_common()
    by_department = [
        (*departments.get(key or 0, ("", "")), n) for key, n in per_department.most_common()
    ]
    by_channel = per_channel.most_common()
    by_month = sorted(per_month.items())
    answered, median, p90 = _hours_percentiles(voices)
    rated = sum(counts.values())
    average = sum(k * v for k, v in counts.items()) / rated if rated else None
    return Dashboard(
        start=start,
        end=end,
        total=sum(n for _, n in by_channel),
        by_category=by_category,
        by_department=by_department,
        by_channel=by_channel,
        by_month=by_month,
        answered=answered,
        median_days=_round(median),
        p90_days=_round(p90),
        overdue=Voice.objects.filter(status__in=workflow.OPEN, deadline__lt=today).count(),
        satisfaction_average=round(average, 2) if average is not None else None,
        satisfaction_counts=dict(sorted(counts.items())),
        rising=rising_topics(today=today),
    )


def _round(value: float | None) -> float | None:
    return round(value, 1) if value is not None else None


def monthly_rows(*, months: int = 24) -> list[dict[str, Any]]:
    """Monthly aggregates for open data: month, category, channel, voices received, answered,
    median days to answer. No personal data (counts only)."""
    today = timezone.localdate()
    start = (today.replace(day=1) - timedelta(days=31 * (months - 1))).replace(day=1)
    voices = voices_in(start=start, end=today)
    categories = dict(Category.objects.values_list("id", "code"))
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    hours: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
    for month, category_id, channel, response, n in (
        voices.values("received_month", "category_id", "channel", "response_hours")
        .annotate(n=Count("id"))
        .values_list("received_month", "category_id", "channel", "response_hours", "n")
    ):
        key = (month, categories.get(category_id, "unsorted"), channel)
        row = rows.setdefault(
            key,
            {"month": key[0], "category": key[1], "channel": key[2], "received": 0, "answered": 0},
        )
        row["received"] += n
        if response is not None:
            row["answered"] += n
            hours.setdefault(key, []).append((response, n))
    for key, row in rows.items():
        histogram = sorted(hours.get(key, []))
        total = sum(n for _, n in histogram)
        median = None
        if total:
            seen = 0
            for value, n in histogram:
                seen += n
                if seen >= math.ceil(total / 2):
                    median = value / 24
                    break
        row["median_days_to_answer"] = _round(median)
    return [rows[k] for k in sorted(rows)]
