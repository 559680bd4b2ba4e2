"""Minato demo data: fee schedules for the demo forms that charge a fee.

住民票の写し is 300 yen a copy, paid before the request is sent (港区事務手数料条例);
区民センター facility use is charged once the booking is approved, by facility and time slot
(demo amounts, not the city's tariff).
"""

from __future__ import annotations

from madoguchi.core.demo import DemoLogin, demo_loader
from madoguchi.payments.models import FeeSchedule, Timing
from madoguchi.procedures.models import Procedure

SCHEDULES = {
    "juminhyo-copy": {
        "rule": {
            "kind": "per_copy",
            "amount": 300,
            "copies_field": "copies.count",
            "label": {"ja": "住民票の写し", "en": "Certificate of residence"},
        },
        "timing": Timing.BEFORE_SUBMISSION,
        "revenue_category": "使用料及手数料／手数料／総務手数料",
    },
    "shisetsu-yoyaku": {
        "rule": {
            "kind": "rule",
            "lines": [
                {
                    "field": "booking.facility",
                    "prices": {
                        "akasaka": 1500,
                        "azabu": 1300,
                        "takanawa": 1300,
                        "shibaura_konan": 1200,
                        "daiba": 1000,
                    },
                    "label": {"ja": "施設使用料", "en": "Facility fee"},
                },
                {
                    "when": {"field": "booking.time_slot", "equals": "evening"},
                    "amount": 500,
                    "label": {"ja": "夜間加算", "en": "Evening surcharge"},
                },
            ],
        },
        "timing": Timing.AFTER_APPROVAL,
        "revenue_category": "使用料及手数料／使用料／区民センター使用料",
    },
}


@demo_loader("payments", order=27)
def load() -> list[DemoLogin]:
    for code, schedule in SCHEDULES.items():
        procedure = Procedure.objects.get(code=code)
        FeeSchedule.objects.update_or_create(procedure=procedure, defaults=schedule)
    return []
