"""Fee rules as data: what an application costs, computed from its answers, in integer yen.

A rule is JSON stored with the procedure's fee schedule:

* ``{"kind": "free"}``
* ``{"kind": "fixed", "amount": 300}``
* ``{"kind": "per_copy", "amount": 300, "copies_field": "copies.count"}``
* ``{"kind": "rule", "base": 0, "lines": [...]}`` where each line is one of
  ``{"field": "copies.count", "amount": 300, "label": {...}}`` (amount × the number answered),
  ``{"field": "booking.facility", "prices": {"akasaka": 1500}, "default": 0}`` (a price per
  choice of a single-choice answer),
  ``{"group": "items", "price_by": "name", "prices": {"sofa": 1200}, "default": 400,
  "quantity": "count", "label": {...}}`` (a price per item of a repeating group),
  ``{"when": <condition>, "amount": 500, "label": {...}}`` (a flat amount when it applies).

Pure Python, no floats anywhere: amounts are ``int`` yen, quantities must be whole numbers,
and a total above :data:`MAX_YEN` is refused rather than charged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from madoguchi.formengine.definition import condition_holds, text_for

MAX_YEN = 10_000_000
"""No municipal fee paid online is larger; anything above is a mistake in a rule."""


class FeeRuleError(ValueError):
    """The rule or the answers cannot give an amount (a configuration or data problem)."""


@dataclass(frozen=True)
class FeeLine:
    label: str
    quantity: int
    unit_yen: int

    @property
    def amount_yen(self) -> int:
        return self.quantity * self.unit_yen


@dataclass(frozen=True)
class FeeQuote:
    lines: tuple[FeeLine, ...]

    @property
    def total_yen(self) -> int:
        return sum(line.amount_yen for line in self.lines)


def yen(value: object) -> int:
    """A non-negative whole number of yen, or :class:`FeeRuleError` (never a float)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise FeeRuleError(f"an amount must be a whole number of yen, got {value!r}")
    if not 0 <= value <= MAX_YEN:
        raise FeeRuleError(f"an amount must be between 0 and {MAX_YEN} yen, got {value}")
    return value


def _whole(value: object, what: str) -> int:
    """A quantity from an answer: answers store numbers as decimal strings."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        raise FeeRuleError(f"{what} is not a number")
    try:
        number = Decimal(str(value))
    except InvalidOperation as exc:
        raise FeeRuleError(f"{what} is not a number: {value!r}") from exc
    if number != number.to_integral_value() or number < 0:
        raise FeeRuleError(f"{what} must be a whole number, got {value!r}")
    return int(number)


def quote(rule: Mapping[str, Any], answers: Mapping[str, Any], language: str = "ja") -> FeeQuote:
    """The fee for ``answers`` under ``rule``, line by line."""
    result = _quote(rule, answers, language)
    if result.total_yen > MAX_YEN:
        raise FeeRuleError(f"the total {result.total_yen} yen is above {MAX_YEN} yen")
    return result


def _quote(rule: Mapping[str, Any], answers: Mapping[str, Any], language: str) -> FeeQuote:
    kind = rule.get("kind", "free")
    label = text_for(rule.get("label") or {"ja": "手数料", "en": "Fee"}, language)
    if kind == "free":
        return FeeQuote(())
    if kind == "fixed":
        return FeeQuote((FeeLine(label, 1, yen(rule.get("amount"))),))
    if kind == "per_copy":
        copies = _whole(answers.get(str(rule.get("copies_field"))), "the number of copies")
        return FeeQuote((FeeLine(label, copies, yen(rule.get("amount"))),))
    if kind != "rule":
        raise FeeRuleError(f"unknown fee kind {kind!r}")
    lines: list[FeeLine] = []
    base = yen(rule.get("base", 0))
    if base:
        lines.append(FeeLine(label, 1, base))
    for line in rule.get("lines", []):
        line_label = text_for(line.get("label") or label, language)
        if "group" in line:
            prices = line.get("prices", {})
            for item in answers.get(str(line["group"])) or []:
                choice = str(item.get(str(line.get("price_by")), ""))
                unit = yen(prices.get(choice, line.get("default", 0)))
                quantity = _whole(item.get(str(line.get("quantity"))) or 1, "a quantity")
                lines.append(FeeLine(f"{line_label}（{choice}）", quantity, unit))
        elif "field" in line and "prices" in line:
            answered = answers.get(str(line["field"]))
            if answered not in (None, ""):
                unit = yen(line["prices"].get(str(answered), line.get("default", 0)))
                lines.append(FeeLine(line_label, 1, unit))
        elif "field" in line:
            quantity = _whole(answers.get(str(line["field"])), str(line["field"]))
            lines.append(FeeLine(line_label, quantity, yen(line.get("amount"))))
        elif "when" in line:
            if condition_holds(line["when"], answers):
                lines.append(FeeLine(line_label, 1, yen(line.get("amount"))))
        else:
            raise FeeRuleError("a rule line needs group, field or when")
    return FeeQuote(tuple(line for line in lines if line.amount_yen))
