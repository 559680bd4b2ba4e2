from __future__ import annotations

import pytest

from madoguchi.accounts.demo import departments_load
from madoguchi.procedures.demo_procedures import PROCEDURES
from madoguchi.procedures.services import catalog_load


@pytest.fixture
def catalog(db: None) -> int:
    """The Minato demo catalog (departments and 40+ procedures)."""
    departments_load()
    return catalog_load(procedures=PROCEDURES)
