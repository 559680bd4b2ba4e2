"""Resident search over small-to-medium catalogs (procedures now; datasets and published
voices later), in Japanese and the other languages.

Every text is indexed as several variants: normalised surface text (NFKC, case-folded,
katakana as hiragana), its reading in hiragana, and its Sudachi normalised forms joined
together (申込み and 申し込み both become 申し込み). A query is split into words; each word
becomes a group of the same variants, and a document matches when every group has a
variant that occurs in the index. Substring matching is what makes short terms (ごみ, AED)
and compound words work without a separate n-gram index.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import reduce

from django.db.models import Q

from madoguchi.core import japanese


def variants(text: str) -> list[str]:
    """The forms under which ``text`` is indexed and searched, most literal first."""
    normal = japanese.normalize(text)
    if not normal:
        return []
    found = [normal, japanese.reading(text), japanese.normalized_text(text)]
    return [v for v in dict.fromkeys(found) if v]


def index_text(texts: Iterable[str]) -> str:
    """The text stored in a ``search_index`` column for a document made of ``texts``."""
    parts: list[str] = []
    for text in texts:
        if text:
            parts.extend(variants(str(text)))
    return "\n".join(dict.fromkeys(parts))


def query_groups(query: str) -> list[set[str]]:
    """One set of alternatives per word of the query; all words must match."""
    groups = []
    for word in japanese.normalize(query).split():
        if not japanese.analyze(word):
            continue  # a particle or symbol alone (の, を, ・) would match everything
        alternatives = set(variants(word))
        if alternatives:
            groups.append(alternatives)
    return groups


def matches(groups: list[set[str]], index: str) -> bool:
    return bool(groups) and all(any(alt in index for alt in group) for group in groups)


def score(groups: list[set[str]], index: str, *, title: str = "") -> float:
    """Higher is better: words found in the title count most, then anywhere in the text."""
    title_index = index_text([title]) if title else ""
    total = 0.0
    for group in groups:
        if any(alt in title_index for alt in group):
            total += 2.0
        elif any(alt in index for alt in group):
            total += 1.0
    return total


def any_substring_q(field: str, alternatives: Iterable[str]) -> Q:
    """A database filter: ``field`` contains at least one of the alternatives."""
    return reduce(lambda a, b: a | b, (Q(**{f"{field}__contains": alt}) for alt in alternatives))
