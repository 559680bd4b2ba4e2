"""Template filters that format what residents read."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django.utils import translation

from madoguchi.core.templatetags.madoguchi import plainnumber, yen


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ja", "152,000円"), ("en", "152,000 yen"), ("zh-hans", "152,000日元"), ("ko", "152,000엔")],
)
def test_an_amount_of_yen_reads_as_each_language_writes_it(language: str, expected: str) -> None:
    # given a page in the language
    with translation.override(language):
        # when an amount is shown with the yen filter
        html = Template("{% load madoguchi %}{{ amount|yen }}").render(Context({"amount": 152000}))
    # then the unit is written the language's way, never glued to the number in English
    assert html == expected


def test_no_amount_shows_nothing() -> None:
    # given / when / then: a missing amount is blank, not "None yen"
    assert yen(None) == ""
    assert yen("") == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [(12000, "12,000"), (65.1, "65.1"), (1.27, "1.27"), (0, "0"), (-0.0, "0"), (3.0, "3")],
)
def test_plain_numbers_have_separators_and_no_trailing_zeros(value: float, expected: str) -> None:
    assert plainnumber(value) == expected


@pytest.mark.parametrize(("language", "expected"), [("ja", "1,200円"), ("en", "1,200 yen")])
def test_a_procedures_fixed_fee_uses_the_same_format(language: str, expected: str) -> None:
    # given a procedure with a fixed fee, as the catalog passes it to the fee snippet
    from types import SimpleNamespace

    procedure = SimpleNamespace(fee_kind="fixed", fee_yen=1200)
    # when the snippet is rendered in the language
    with translation.override(language):
        html = Template('{% include "procedures/_fee.html" with p=procedure %}').render(
            Context({"procedure": procedure})
        )
    # then it reads as every other amount of yen does
    assert html.strip() == expected
