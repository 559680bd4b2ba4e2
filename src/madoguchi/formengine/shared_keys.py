"""Shared field keys: one name for one datum across every form.

When two forms both ask for ``applicant.name_kana`` they mean the same thing, so the counter
(書かない窓口) can fill every form a resident needs from one entry, and a resident's later
application can be prefilled from an earlier one. A form may use a key in a shared namespace
only if it is registered here, and only with the registered type; keys outside these
namespaces belong to one form alone.

Pure data, no Django: the definition checker and the counter both read it.
"""

from __future__ import annotations

SHARED_NAMESPACES: tuple[str, ...] = (
    "applicant.",
    "household.",
    "child.",
    "contact.",
    "address.",
    "bank.",
)

SHARED_KEYS: dict[str, str] = {
    # The person applying (申請者).
    "applicant.name": "text",
    "applicant.name_kana": "name_kana",
    "applicant.birth_date": "date",
    "applicant.gender": "single_choice",
    "applicant.nationality": "text",
    "applicant.individual_number": "individual_number",
    "applicant.relationship": "single_choice",
    # How to reach them.
    "contact.phone": "phone_jp",
    "contact.email": "email",
    # Addresses.
    "address.current": "address_jp",
    "address.previous": "address_jp",
    "address.new": "address_jp",
    "address.moving_date": "date",
    # Household (世帯).
    "household.head_name": "text",
    "household.size": "number",
    # A child the application is about (児童).
    "child.name": "text",
    "child.name_kana": "name_kana",
    "child.birth_date": "date",
    # Where allowances and refunds are paid.
    "bank.account": "bank_account",
}


def is_shared(key: str) -> bool:
    """Whether ``key`` lies in a shared namespace (and so must be registered)."""
    return key.startswith(SHARED_NAMESPACES)
