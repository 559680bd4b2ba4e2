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


ALL_CASHLESS = ["credit_card", "e_money", "transit_ic", "qr_code", "cash"]

#: (code, name, department, location, yearly cases, methods, unsuited reason). Case counts
#: and methods are demo figures shaped like the city's, not its records.
COUNTERS = [
    (
        "shiba-madoguchi",
        "芝地区総合支所 区民課窓口サービス係",
        "shiba-kumin",
        "区役所本庁舎1階",
        152000,
        ALL_CASHLESS,
        "",
    ),
    (
        "azabu-madoguchi",
        "麻布地区総合支所 区民課窓口サービス係",
        "azabu-kumin",
        "麻布地区総合支所1階",
        61000,
        ALL_CASHLESS,
        "",
    ),
    (
        "akasaka-madoguchi",
        "赤坂地区総合支所 区民課窓口サービス係",
        "akasaka-kumin",
        "赤坂地区総合支所1階",
        54000,
        ALL_CASHLESS,
        "",
    ),
    (
        "zeimu",
        "税務課 税証明窓口",
        "sangyo-zeimu",
        "区役所本庁舎3階",
        21000,
        ["credit_card", "qr_code", "cash"],
        "",
    ),
    (
        "kokuho-nenkin",
        "国保年金課 窓口",
        "hokenfukushi-kokuho-nenkin",
        "区役所本庁舎2階",
        18000,
        ["qr_code", "cash"],
        "",
    ),
    (
        "hokenjo-eisei",
        "生活衛生課 営業許可窓口",
        "hokenjo-seikatsu-eisei",
        "みなと保健所2階",
        3200,
        ["cash"],
        "",
    ),
    (
        "recycle",
        "みなとリサイクル清掃事務所 窓口",
        "kankyo-recycle-seiso",
        "みなとリサイクル清掃事務所1階",
        1800,
        ["transit_ic", "cash"],
        "",
    ),
    (
        "kenchiku",
        "建築課 台帳証明窓口",
        "machizukuri-kenchiku",
        "区役所本庁舎5階",
        1200,
        ["cash"],
        "",
    ),
    (
        "seikatsu-fukushi",
        "生活福祉課 相談窓口",
        "hokenfukushi-seikatsu",
        "区役所本庁舎2階",
        9000,
        [],
        "手数料の収納がない相談窓口",
    ),
    ("tosho", "図書館 カウンター", "kyoiku-tosho-bunkazai", "みなと図書館1階", 400, ["cash"], ""),
    (
        "shiba-hokenfukushi",
        "芝地区総合支所 区民課保健福祉係",
        "shiba-kumin",
        "区役所本庁舎1階",
        30000,
        ALL_CASHLESS,
        "",
    ),
    (
        "gakumu",
        "学務課 学事係 窓口",
        "kyoiku-gakumu",
        "区役所本庁舎7階",
        6000,
        [],
        "手数料の収納がない窓口",
    ),
    (
        "hoiku",
        "保育課 保育支援係 窓口",
        "kodomo-hoiku",
        "区役所本庁舎7階",
        9000,
        [],
        "手数料の収納がない窓口",
    ),
]


@demo_loader("payments", order=27)
def load() -> list[DemoLogin]:
    from madoguchi.accounts.models import Department
    from madoguchi.payments.models import Counter

    for code, schedule in SCHEDULES.items():
        procedure = Procedure.objects.get(code=code)
        FeeSchedule.objects.update_or_create(procedure=procedure, defaults=schedule)
    departments = {d.code: d for d in Department.objects.all()}
    for code, name, department, location, cases, methods, unsuited in COUNTERS:
        Counter.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "department": departments[department],
                "location": location,
                "yearly_cases": cases,
                "accepts": methods,
                "unsuited_reason": unsuited,
            },
        )
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
