"""Fee rules: integer yen only, every rule kind, and property tests of the arithmetic."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from madoguchi.payments.fees import MAX_YEN, FeeRuleError, quote, yen


@given(
    copies=st.integers(min_value=0, max_value=100), unit=st.integers(min_value=0, max_value=10_000)
)
def test_per_copy_is_copies_times_unit(copies: int, unit: int) -> None:
    rule = {"kind": "per_copy", "amount": unit, "copies_field": "copies.count"}
    result = quote(rule, {"copies.count": str(copies)})
    assert result.total_yen == copies * unit
    assert isinstance(result.total_yen, int)


@given(
    items=st.lists(
        st.tuples(st.sampled_from(["sofa", "bed", "other"]), st.integers(min_value=1, max_value=5)),
        max_size=10,
    )
)
def test_group_prices_sum_per_item(items: list[tuple[str, int]]) -> None:
    prices = {"sofa": 1200, "bed": 2000}
    rule = {
        "kind": "rule",
        "lines": [
            {
                "group": "items",
                "price_by": "name",
                "prices": prices,
                "default": 400,
                "quantity": "count",
            }
        ],
    }
    answers = {"items": [{"name": n, "count": str(c)} for n, c in items]}
    expected = sum(prices.get(n, 400) * c for n, c in items)
    assert quote(rule, answers).total_yen == expected


@pytest.mark.parametrize("bad", [1.5, -1, True, "300", None, MAX_YEN + 1])
def test_amounts_must_be_whole_non_negative_yen(bad: Any) -> None:
    with pytest.raises(FeeRuleError):
        yen(bad)


def test_quantities_must_be_whole_numbers() -> None:
    with pytest.raises(FeeRuleError):
        quote({"kind": "per_copy", "amount": 300, "copies_field": "n"}, {"n": "1.5"})


def test_rule_lines_choice_prices_and_conditions() -> None:
    rule = {
        "kind": "rule",
        "base": 100,
        "lines": [
            {"field": "facility", "prices": {"akasaka": 1500}, "default": 1000},
            {"when": {"field": "slot", "equals": "evening"}, "amount": 500},
        ],
    }
    assert quote(rule, {"facility": "akasaka", "slot": "evening"}).total_yen == 2100
    assert quote(rule, {"facility": "daiba", "slot": "morning"}).total_yen == 1100


def test_free_and_fixed() -> None:
    assert quote({"kind": "free"}, {}).total_yen == 0
    assert quote({"kind": "fixed", "amount": 1000}, {}).total_yen == 1000


def test_totals_above_the_cap_are_refused() -> None:
    rule = {"kind": "per_copy", "amount": MAX_YEN, "copies_field": "n"}
    with pytest.raises(FeeRuleError):
        quote(rule, {"n": "2"})
