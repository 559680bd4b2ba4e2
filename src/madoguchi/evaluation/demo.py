"""Minato demo data for evaluation: the master plan's policies 24–26."""

from __future__ import annotations

from madoguchi.core.demo import DemoLogin, demo_loader
from madoguchi.evaluation.master_plan_data import POLICIES
from madoguchi.evaluation.services import indicators_load_bundled, master_plan_load


@demo_loader("evaluation", order=50)
def load() -> list[DemoLogin]:
    master_plan_load(policies=POLICIES)
    indicators_load_bundled()
    return []
