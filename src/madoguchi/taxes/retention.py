"""Retention rules of tax bills (found by ``madoguchi retention``)."""

from __future__ import annotations

from madoguchi.core.retention import retention_rule


@retention_rule(
    "taxes.bills", "Taxpayers' names on bills paid or cancelled more than five years ago"
)
def anonymise_bills() -> int:
    from madoguchi.taxes.services import tax_bills_anonymise

    return tax_bills_anonymise()
