"""Minato demo data for the procedure catalog."""

from __future__ import annotations

from madoguchi.core.demo import DemoLogin, demo_loader
from madoguchi.procedures.demo_procedures import PROCEDURES
from madoguchi.procedures.services import catalog_load


@demo_loader("procedures", order=20)
def load() -> list[DemoLogin]:
    catalog_load(procedures=PROCEDURES)
    return []
