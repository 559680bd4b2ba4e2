"""Minato demo data: published forms for the demo procedures, online ones and those the counter
fills (書かない窓口) for procedures the law keeps at the counter."""

from __future__ import annotations

from madoguchi.core.demo import DemoLogin, demo_loader
from madoguchi.formengine.demo_forms import DEMO_FORMS
from madoguchi.formengine.services import form_load
from madoguchi.procedures.models import Procedure


@demo_loader("forms", order=25)
def load() -> list[DemoLogin]:
    procedures = {p.code: p for p in Procedure.objects.filter(code__in=list(DEMO_FORMS))}
    for code, definition in DEMO_FORMS.items():
        form_load(procedure=procedures[code], definition=definition)
    return []
