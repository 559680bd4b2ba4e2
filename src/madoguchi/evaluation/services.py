"""Loading the master plan's structure (idempotent: loading twice changes nothing)."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.db import transaction

from madoguchi.audit.services import audit_record
from madoguchi.evaluation.models import (
    Indicator,
    Initiative,
    Measure,
    Observation,
    Policy,
    Series,
    SeriesTarget,
)
from madoguchi.evaluation.observations import derive_from_distribution
from madoguchi.evaluation.progress import Target


def _i18n(entry: dict[str, Any]) -> dict[str, str]:
    return {"en": entry["title_en"]} if entry.get("title_en") else {}


def master_plan_load(*, policies: list[dict[str, Any]]) -> int:
    """Create or update policies, measures and initiatives; returns how many rows changed."""
    changed = 0
    with transaction.atomic():
        for p in policies:
            policy, created = Policy.objects.update_or_create(
                number=p["number"],
                defaults={
                    "title": p["title"],
                    "title_i18n": _i18n(p),
                    "summary": p.get("summary", ""),
                },
            )
            changed += int(created)
            for m in p.get("measures", []):
                measure, created = Measure.objects.update_or_create(
                    policy=policy,
                    number=m["number"],
                    defaults={"title": m["title"], "title_i18n": _i18n(m)},
                )
                changed += int(created)
                for i in m.get("initiatives", []):
                    _, created = Initiative.objects.update_or_create(
                        measure=measure,
                        number=i["number"],
                        defaults={"title": i["title"], "title_i18n": _i18n(i)},
                    )
                    changed += int(created)
        if changed:
            audit_record(
                action="evaluation.master_plan_loaded", actor=None, data={"created": changed}
            )
    return changed


# --- Indicators ----------------------------------------------------------------------------

#: Indicators that a product part measures live, by the plan's wording.
LIVE_KEYS = {
    "オンライン申請ができる行政手続の割合": "procedures.online_share",
    "キャッシュレス決済ができる窓口の割合": "payments.cashless_counter_share",
    "月平均のオープンデータダウンロード数": "opendata.monthly_downloads",
    "区政情報のオープンデータ化による情報公開請求件数の減少": "disclosure.requests_per_year",
}


def _decimal(text: str) -> Decimal | None:
    text = (text or "").strip()
    return Decimal(text) if text else None


def _as_decimal(value: float | None) -> Decimal | None:
    # str() keeps the plan's written digits (33.1, not 33.10000000000000142…).
    return Decimal(str(value)) if value is not None else None


def indicators_load(*, indicators_csv: str, survey_csv: str) -> int:
    """Load every indicator series of the plan with its targets and baseline (idempotent)."""
    survey = {row["policy"]: row for row in csv.DictReader(io.StringIO(survey_csv))}
    created = 0
    with transaction.atomic():
        for order, row in enumerate(csv.DictReader(io.StringIO(indicators_csv)), start=1):
            policy = Policy.objects.get(number=int(row["policy"]))
            measure = (
                Measure.objects.get(policy=policy, number=int(row["measure"]))
                if row["level"] == "measure"
                else None
            )
            indicator, made = Indicator.objects.get_or_create(
                policy=policy,
                measure=measure,
                name=row["indicator"],
                defaults={"unit": row["unit"], "note": row["note"], "sort_order": order},
            )
            created += int(made)
            is_survey = row["level"] == "policy" and row["policy"] in survey
            series, made = Series.objects.update_or_create(
                indicator=indicator,
                name=row["series"],
                defaults={
                    "target_kind": row["target_kind"],
                    "live_key": LIVE_KEYS.get(row["indicator"], ""),
                    "survey_based": is_survey,
                },
            )
            created += int(made)
            for stage in ("mid", "mid2", "final"):
                target = Target.parse(row[f"{stage}_fy"], row[f"{stage}_target"])
                if target is not None:
                    SeriesTarget.objects.update_or_create(
                        series=series,
                        stage=stage,
                        defaults={
                            "fy": target.fy,
                            "value": _as_decimal(target.value),
                            "low": _as_decimal(target.low),
                            "high": _as_decimal(target.high),
                        },
                    )
            baseline = _decimal(row["baseline"])
            if baseline is not None and row["baseline_fy"].strip():
                distribution: dict[str, float] = {}
                if is_survey:
                    answers = {
                        k: Decimal(v) for k, v in survey[row["policy"]].items() if k != "policy"
                    }
                    derived = derive_from_distribution(answers)
                    distribution = {k: float(v) for k, v in answers.items()}
                    if derived != baseline:
                        raise ValueError(
                            f"Survey distribution gives {derived}, the plan says {baseline}."
                        )
                Observation.objects.update_or_create(
                    series=series,
                    fy=int(row["baseline_fy"]),
                    month=None,
                    defaults={
                        "value": baseline,
                        "is_baseline": True,
                        "source": "港区基本計画（現状値）",
                        "distribution": distribution,
                    },
                )
        if created:
            audit_record(
                action="evaluation.indicators_loaded", actor=None, data={"created": created}
            )
    return created


def indicators_load_bundled() -> int:
    data = Path(__file__).resolve().parent / "data"
    return indicators_load(
        indicators_csv=(data / "master_plan_indicators.csv").read_text(encoding="utf-8"),
        survey_csv=(data / "survey_baseline_fy2019.csv").read_text(encoding="utf-8"),
    )
