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


@demo_loader("payments-history", order=35)
def load_history() -> list[DemoLogin]:
    """The demo resident, identity-checked at the counter, has paid for two copies of the
    certificate of residence; the sandbox company also settled one charge Madoguchi never saw
    (the mismatch reconciliation finds)."""
    from datetime import timedelta

    from django.utils import timezone

    from madoguchi.accounts.models import AssuranceLevel, User
    from madoguchi.accounts.services import identity_verification_record
    from madoguchi.applications import services as application_services
    from madoguchi.applications.demo import _answer_all
    from madoguchi.payments import services
    from madoguchi.paysandbox import company
    from madoguchi.paysandbox.models import SandboxCharge

    if SandboxCharge.objects.exists():
        return []
    resident = User.objects.get(email="resident@demo.madoguchi.jp")
    if resident.assurance_level < AssuranceLevel.IDENTITY_VERIFIED:
        identity_verification_record(
            user=resident,
            provider="in_person",
            subject="demo",
            evidence="マイナンバーカード（デモ）",
            verified_by=User.objects.get(email="clerk@demo.madoguchi.jp"),
        )
    application, _token = application_services.application_start(
        procedure=Procedure.objects.get(code="juminhyo-copy"), applicant=resident
    )
    _answer_all(
        application,
        {
            "applicant.name": resident.display_name,
            "applicant.name_kana": "ミナト ハナコ",
            "applicant.birth_date": "1985-04-01",
            "address.current__postal_code": "105-8511",
            "address.current__prefecture": "東京都",
            "address.current__city": "港区",
            "address.current__town": "芝公園一丁目",
            "address.current__block": "5-25",
            "contact.phone": "03-3578-2111",
            "copies.count": "2",
            "juminhyo.purpose": "employment",
            "delivery.method": "mail",
        },
    )
    try:
        payment, _url = services.payment_start(application=application, actor=resident)
    except services.PaymentRefused:
        return []
    company.card_pay(charge_id=payment.provider_payment_id, number=company.CARD_SUCCEEDS)
    services.payment_return(payment=payment)
    SandboxCharge.objects.create(
        charge_id="ch_sandbox_demo_unknown",
        merchant_reference="not-from-madoguchi",
        amount_yen=450,
        description="デモ：当システムに記録のない精算",
        return_url="https://example.invalid/",
        webhook_url="https://example.invalid/",
        state=SandboxCharge.State.SUCCEEDED,
        method="card",
        webhook_behaviour="never",
        completed_at=timezone.now() - timedelta(minutes=5),
    )
    return []
