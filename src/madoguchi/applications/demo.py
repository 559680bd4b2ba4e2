"""Minato demo data: delivery targets and a handful of cases in every state, so the back
office and "My applications" have something to show. Labelled demo data; the answers are
made up."""

from __future__ import annotations

from datetime import timedelta

from django.http import QueryDict
from django.utils import timezone

from madoguchi.accounts.models import User
from madoguchi.applications import services
from madoguchi.applications.models import Application, DeliveryTarget
from madoguchi.core.demo import DemoLogin, demo_loader
from madoguchi.procedures.models import Procedure


def _answer_all(application: Application, values: dict[str, str]) -> None:
    """Answer every visible step with ``values`` where they fit (the demo's stand-in for a
    resident typing)."""
    spec = application.form_version.spec
    for step in spec.visible_steps(application.answers):
        data = QueryDict(mutable=True)
        for key, value in values.items():
            data[key] = value
        counts = {item.key: 1 for item in step.items if not hasattr(item, "type")}
        result = spec.clean_step(step, data, application.answers, group_counts=counts)
        services.application_save_step(
            application=application,
            step_key=step.key,
            raw={},
            result=result if result.valid else None,
        )
        application.refresh_from_db()


GOMI_VALUES = {
    "applicant.name_kana": "ミナト ハナコ",
    "contact.phone": "03-3578-2111",
    "address.current__postal_code": "105-8511",
    "address.current__prefecture": "東京都",
    "address.current__city": "港区",
    "address.current__town": "芝公園一丁目",
    "address.current__block": "5-25",
    "items.0.name": "sofa",
    "items.0.count": "1",
    "placement.location": "entrance",
    "placement.note": "マンション1階の玄関前",
}


@demo_loader("applications", order=30)
def load() -> list[DemoLogin]:
    if Application.objects.exists():
        return []
    gomi = Procedure.objects.get(code="sodai-gomi")
    DeliveryTarget.objects.get_or_create(
        procedure=gomi,
        plugin="email",
        defaults={
            "name": "みなとリサイクル清掃事務所 受付メール",
            "config": {"to": "recycle@city.minato.example"},
        },
    )
    DeliveryTarget.objects.get_or_create(
        procedure=gomi,
        plugin="csv",
        defaults={
            "name": "収集計画システム取込用CSV（Shift_JIS）",
            "config": {"encoding": "cp932", "folder": "recycle"},
        },
    )
    officer = User.objects.get(email="officer@demo.madoguchi.jp")
    resident = User.objects.get(email="resident@demo.madoguchi.jp")
    plan = [
        (resident, "", ["in_review"]),
        (None, "tanaka@example.jp", []),
        (None, "suzuki@example.jp", ["in_review", "awaiting_correction"]),
        (None, "chen@example.jp", ["in_review", "approved"]),
        (None, "kim@example.jp", []),
    ]
    for applicant, email, steps in plan:
        application, _token = services.application_start(
            procedure=gomi, applicant=applicant, guest_email=email
        )
        Application.objects.filter(pk=application.pk).update(email_verified=True)
        application.refresh_from_db()
        values = dict(GOMI_VALUES)
        values["applicant.name"] = applicant.display_name if applicant else "港 太郎"
        values["contact.email"] = applicant.email if applicant else email
        values["collection.preferred_date"] = (
            timezone.localdate() + timedelta(days=10)
        ).isoformat()
        _answer_all(application, values)
        try:
            application = services.application_submit(application=application, actor=applicant)
        except services.ApplicationRefused:
            continue  # a demo form changed shape; the queue simply has one case fewer
        for target in steps:
            application = services.application_transition(
                application=application,
                target=target,
                actor=officer,
                message="搬出場所の記載をご確認ください。"
                if target == "awaiting_correction"
                else "",
            )
    overdue = (
        Application.objects.filter(guest_email__isnull=False, status="submitted")
        .order_by("pk")
        .first()
    )
    if overdue is not None:
        Application.objects.filter(pk=overdue.pk).update(
            due_date=timezone.localdate() - timedelta(days=3)
        )
    return []
