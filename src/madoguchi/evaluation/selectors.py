from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from madoguchi.evaluation.models import Measure, Policy


def policy_list() -> QuerySet[Policy]:
    """Policies with their measures and initiatives in three queries."""
    return Policy.objects.prefetch_related(
        Prefetch("measures", queryset=Measure.objects.prefetch_related("initiatives"))
    )
