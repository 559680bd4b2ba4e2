"""Entering indicator figures: validation against each series' unit and kind, one figure at
a time or a whole CSV file at once (all rows or none)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from madoguchi.accounts.models import User
from madoguchi.accounts.permissions import require_capability
from madoguchi.audit.services import audit_record
from madoguchi.evaluation.models import Observation, Series

SURVEY_ANSWERS = (
    "満足",
    "まあ満足",
    "どちらともいえない",
    "あまり満足ではない",
    "満足ではない",
    "不明",
)
SURVEY_SATISFIED = ("満足", "まあ満足")
COUNT_UNITS = {"件", "件/年", "事業者", "自治体", "回/年"}
FIRST_FY, LAST_FY = 2015, 2040


class ObservationError(ValueError):
    """A figure that cannot be accepted, with a message for the person who typed it."""


def validate_value(*, series: Series, value: Decimal) -> None:
    unit = series.indicator.unit
    if value < 0:
        raise ObservationError(_("The value cannot be negative."))
    if unit == "%" and value > 100:
        raise ObservationError(_("A percentage cannot be more than 100."))
    if unit in COUNT_UNITS and value != value.to_integral_value():
        raise ObservationError(_("This indicator counts things: enter a whole number."))


def validate_fy(fy: int) -> None:
    if not FIRST_FY <= fy <= LAST_FY:
        raise ObservationError(
            _("Enter a fiscal year between %(first)s and %(last)s.")
            % {"first": FIRST_FY, "last": LAST_FY}
        )


def derive_from_distribution(distribution: dict[str, Decimal]) -> Decimal:
    """満足 + まあ満足, after checking that the answers add up to 100%."""
    missing = [answer for answer in SURVEY_ANSWERS if answer not in distribution]
    if missing:
        raise ObservationError(_("Enter the share of every answer."))
    total = sum(distribution.values(), Decimal(0))
    if abs(total - 100) > Decimal("0.2"):
        raise ObservationError(
            _("The answers add up to %(total)s%%; they must add up to 100%%.") % {"total": total}
        )
    return sum((distribution[a] for a in SURVEY_SATISFIED), Decimal(0))


def observation_record(
    *,
    actor: User,
    series: Series,
    fy: int,
    value: Decimal | None,
    source: str,
    note: str = "",
    distribution: dict[str, Decimal] | None = None,
) -> Observation:
    """Record (or correct) the figure of one fiscal year. The plan's baseline is never
    overwritten; a correction is audited with the value it replaced."""
    require_capability(actor, "evaluation.observations.enter")
    validate_fy(fy)
    if series.survey_based:
        if distribution is None:
            raise ObservationError(
                _("This figure comes from the resident survey: enter its answers.")
            )
        value = derive_from_distribution(distribution)
    if value is None:
        raise ObservationError(_("Enter a value."))
    validate_value(series=series, value=value)
    if not source.strip():
        raise ObservationError(_("Say where the figure comes from."))
    with transaction.atomic():
        existing = (
            Observation.objects.select_for_update().filter(series=series, fy=fy, month=None).first()
        )
        if existing is not None and existing.is_baseline:
            raise ObservationError(
                _("This year holds the plan's baseline, which cannot be changed.")
            )
        before = str(existing.value) if existing is not None else None
        observation, _created = Observation.objects.update_or_create(
            series=series,
            fy=fy,
            month=None,
            defaults={
                "value": value,
                "source": source.strip(),
                "note": note.strip(),
                "distribution": {k: float(v) for k, v in (distribution or {}).items()},
                "entered_by": actor,
            },
        )
        audit_record(
            action="evaluation.observation_recorded",
            target=series,
            actor=actor,
            data={"fy": fy, "value": str(value), "replaced": before, "source": source.strip()},
        )
    return observation


@dataclass
class ImportResult:
    imported: int = 0
    errors: list[tuple[int, str, str]] = field(default_factory=list)  # (line, column, message)


def _decimal(text: str) -> Decimal:
    try:
        return Decimal(text.strip().replace(",", ""))
    except InvalidOperation as exc:
        raise ObservationError(_("Not a number.")) from exc


def observations_import(*, actor: User, data: bytes) -> ImportResult:
    """Import ``series_id,fy,value,source,note`` rows (UTF-8, with or without BOM, or
    Shift_JIS as Excel writes it). Every row is checked first; if any row is wrong, nothing
    is imported and every problem is reported with its line and column."""
    require_capability(actor, "evaluation.observations.enter")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp932", errors="replace")
    reader = csv.DictReader(io.StringIO(text))
    result = ImportResult()
    required = ["series_id", "fy", "value", "source"]
    if reader.fieldnames is None or any(c not in reader.fieldnames for c in required):
        result.errors.append(
            (1, "", _("The first line must name the columns: series_id, fy, value, source, note."))
        )
        return result
    series_by_id = {s.pk: s for s in Series.objects.select_related("indicator")}
    rows: list[dict[str, Any]] = []
    for line, row in enumerate(reader, start=2):
        parsed: dict[str, Any] = {}
        for column, convert in (("series_id", int), ("fy", int), ("value", _decimal)):
            try:
                parsed[column] = convert(row[column] or "")
            except (ValueError, ObservationError):
                result.errors.append((line, column, _("Not a number.")))
        series = series_by_id.get(parsed.get("series_id", -1))
        if "series_id" in parsed and series is None:
            result.errors.append((line, "series_id", _("No indicator series has this id.")))
        if series is not None and series.survey_based:
            result.errors.append(
                (
                    line,
                    "series_id",
                    _("Survey figures are entered with their answers, one year at a time."),
                )
            )
        if series is not None and "fy" in parsed:
            try:
                validate_fy(parsed["fy"])
            except ObservationError as error:
                result.errors.append((line, "fy", str(error)))
        if series is not None and "value" in parsed:
            try:
                validate_value(series=series, value=parsed["value"])
            except ObservationError as error:
                result.errors.append((line, "value", str(error)))
        if not (row.get("source") or "").strip():
            result.errors.append((line, "source", _("Say where the figure comes from.")))
        rows.append(
            {
                **parsed,
                "series": series,
                "source": row.get("source") or "",
                "note": row.get("note") or "",
            }
        )
    if result.errors:
        return result
    try:
        with transaction.atomic():
            for line, row in enumerate(rows, start=2):
                try:
                    observation_record(
                        actor=actor, series=row["series"], fy=row["fy"], value=row["value"],
                        source=row["source"], note=row["note"],
                    )  # fmt: skip
                except ObservationError as error:
                    result.errors.append((line, "fy", str(error)))
                    raise
                result.imported += 1
    except ObservationError:
        result.imported = 0
    return result
