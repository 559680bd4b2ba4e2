"""Shared field keys: one name for one datum across every form.

When two forms both ask for ``applicant.name_kana`` they mean the same thing, so the counter
(書かない窓口) can fill every form a resident needs from one entry, and a resident's later
application can be prefilled from an earlier one. A form may use a key in a shared namespace
only if it is registered here, and only with the registered type; keys outside these
namespaces belong to one form alone.

The same holds for repeating groups: a group key in a shared namespace must be one of
:data:`SHARED_GROUPS`, and each of its questions whose key is registered for that group must
have the registered type (other questions in the group are the form's own extras). A choice
question on a key with canonical values (:data:`SHARED_CHOICES`) may offer only those values,
so the answer given once means the same in every form.

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

SHARED_GROUPS: dict[str, dict[str, str]] = {
    # The *other* people in the applicant's household whom the application is about (those
    # moving with them, joining or leaving the national health insurance with them …). Never
    # the applicant: the applicant is asked once, through the ``applicant.*`` keys, so a
    # person moving alone adds nobody here.
    "household.members": {
        "name": "text",
        "name_kana": "name_kana",
        "birth_date": "date",
        "gender": "single_choice",
        "relationship": "single_choice",
    },
    # The applicant's children in the household. The counter derives this list from
    # ``household.members`` whose relationship is ``child``, so it is never entered twice.
    "household.children": {
        "name": "text",
        "name_kana": "name_kana",
        "birth_date": "date",
        "gender": "single_choice",
    },
}
"""Shared repeating groups: group key → {question key inside an item: type}."""

SHARED_CHOICES: dict[str, tuple[str, ...]] = {
    # Sex as the residence record (住民票) holds it.
    "gender": ("female", "male"),
    # Relationship to the applicant (not to the head of household).
    "relationship": ("spouse", "child", "parent", "sibling", "other"),
}
"""Canonical choice values, by name; a form may offer a subset but nothing else."""

SHARED_CHOICE_FIELDS: dict[str, str] = {
    "applicant.gender": "gender",
    "household.members.gender": "gender",
    "household.members.relationship": "relationship",
    "household.children.gender": "gender",
    # Not ``applicant.relationship``: whom it is relative to depends on the form (the daycare
    # application asks for the relationship to the child), so its values stay the form's own.
}
"""Which choice questions use which canonical values: a shared key, or ``<group>.<key>`` for a
question inside a shared group."""


def shared_choice_values(key: str) -> tuple[str, ...] | None:
    """The values a choice question on ``key`` (``<group>.<key>`` inside a group) may offer;
    None when the form chooses its own."""
    name = SHARED_CHOICE_FIELDS.get(key)
    return SHARED_CHOICES[name] if name is not None else None


def is_shared(key: str) -> bool:
    """Whether ``key`` lies in a shared namespace (and so must be registered)."""
    return key.startswith(SHARED_NAMESPACES)
