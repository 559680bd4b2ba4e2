"""Entry points that product parts register for the home page and the staff dashboard.

A part adds itself with ``resident_entry(...)`` or ``staff_entry(...)`` in its AppConfig.ready;
the pages list whatever is registered, so nothing links to a service that does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Entry:
    key: str
    title: Any
    description: Any
    url_name: str
    capability: str = "staff.dashboard"
    order: int = 100


_resident: dict[str, Entry] = {}
_staff: dict[str, Entry] = {}


def resident_entry(entry: Entry) -> None:
    _resident[entry.key] = entry


def staff_entry(entry: Entry) -> None:
    _staff[entry.key] = entry


def resident_entries() -> list[Entry]:
    return sorted(_resident.values(), key=lambda e: (e.order, e.key))


def staff_entries() -> list[Entry]:
    return sorted(_staff.values(), key=lambda e: (e.order, e.key))
