"""Policy staff enter and import indicator figures: validated, audited, all-or-nothing."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from madoguchi.accounts.models import StaffRole
from madoguchi.audit.models import AuditRecord
from madoguchi.evaluation.master_plan_data import POLICIES
from madoguchi.evaluation.models import Observation, Series
from madoguchi.evaluation.services import indicators_load_bundled, master_plan_load

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(db: None) -> None:
    master_plan_load(policies=POLICIES)
    indicators_load_bundled()


def _series(name_part: str, series: str = "") -> Series:
    return Series.objects.get(indicator__name__contains=name_part, name=series)


def _enter(client: Any, series: Series, **data: Any) -> Any:
    return client.post(reverse("evaluation:staff_enter", args=[series.pk]), data)


def test_analyst_records_a_figure_and_the_status_follows(plan: None, staff_client: Any) -> None:
    # given
    client = staff_client("policy_analyst")
    ratio = _series("経常収支比率")
    # when: the ratio leaves its 70-80% band
    response = _enter(client, ratio, fy=2024, value="84.5", source="令和6年度決算")
    # then
    assert response.status_code == 302
    item = next(i for i in client.get("/api/v1/indicators").json() if i["id"] == ratio.pk)
    assert item["latest"] == {"fy": 2024, "value": 84.5}
    assert item["status"] == "deterioration"
    assert item["achievement_final"] == pytest.approx(1 - 4.5 / 10)
    record = AuditRecord.objects.get(action="evaluation.observation_recorded")
    assert record.actor_id == client.user.pk and record.data["value"] == "84.5"


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("オンライン申請ができる行政手続の割合", "101", "100"),
        ("港区ワーク・ライフ・バランス推進企業認定事業者数", "70.5", "whole number"),
        ("財政力指数", "-1", "negative"),
    ],
)
def test_figures_are_checked_against_the_unit(
    plan: None, staff_client: Any, name: str, value: str, message: str
) -> None:
    # given
    client = staff_client("policy_analyst")
    client.get("/en/")  # read the messages in English
    series = _series(name)
    # when
    response = client.post(
        f"/en/staff/indicators/{series.pk}/", {"fy": 2024, "value": value, "source": "x"}
    )
    # then
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not series.observations.filter(fy=2024).exists()


def test_the_plans_baseline_cannot_be_overwritten(plan: None, staff_client: Any) -> None:
    # given
    client = staff_client("administrator")
    series = _series("財政力指数")
    # when
    response = _enter(client, series, fy=2020, value="0.5", source="x")
    # then
    assert response.status_code == 400
    assert series.observations.get(fy=2020).value == Decimal("1.27")


def test_survey_figures_are_derived_from_the_answers(plan: None, staff_client: Any) -> None:
    # given
    client = staff_client("policy_analyst")
    satisfaction = Series.objects.get(indicator__policy__number=24, indicator__measure__isnull=True)
    answers = {"answer_0": "5.0", "answer_1": "25.5", "answer_2": "50.0", "answer_3": "10.0",
               "answer_4": "4.5", "answer_5": "5.0"}  # fmt: skip
    # when: answers that do not add up, then answers that do
    bad = _enter(
        client,
        satisfaction,
        fy=2024,
        source="令和6年度区民意識調査",
        **{**answers, "answer_5": "9"},
    )
    good = _enter(client, satisfaction, fy=2024, source="令和6年度区民意識調査", **answers)
    # then
    assert bad.status_code == 400
    assert good.status_code == 302
    observation = satisfaction.observations.get(fy=2024)
    assert observation.value == Decimal("30.5")
    assert observation.distribution["どちらともいえない"] == 50.0


@pytest.mark.parametrize("role", [r.value for r in StaffRole])
def test_who_may_enter_figures(plan: None, staff_client: Any, role: str) -> None:
    # when
    status = staff_client(role).get(reverse("evaluation:staff_list")).status_code
    # then
    assert status == (200 if role in {"policy_analyst", "administrator"} else 403)


def test_import_is_all_or_nothing_and_reports_line_and_column(
    plan: None, staff_client: Any
) -> None:
    # given
    client = staff_client("policy_analyst")
    wlb, towns = _series("ワーク・ライフ・バランス"), _series("連携自治体数")
    bad_csv = (
        "series_id,fy,value,source,note\n"
        f"{wlb.pk},2023,81,認定事業者名簿,\n"
        f"{towns.pk},2023,abc,連携自治体一覧,\n"
        f"99999,2023,1,x,\n"
    ).encode()
    # when
    response = client.post(
        reverse("evaluation:staff_import"), {"file": SimpleUploadedFile("f.csv", bad_csv)}
    )
    # then: both problems named, nothing imported
    body = response.content.decode()
    assert response.status_code == 400
    assert "<td>3</td><td>value</td>" in body and "<td>4</td><td>series_id</td>" in body
    assert not Observation.objects.filter(fy=2023).exists()
    # when: a corrected file in Shift_JIS, as Excel saves it
    good_csv = (
        "series_id,fy,value,source,note\n"
        f"{wlb.pk},2023,81,認定事業者名簿,\n"
        f"{towns.pk},2023,240,連携自治体一覧,速報値\n"
    ).encode("cp932")
    response = client.post(
        reverse("evaluation:staff_import"), {"file": SimpleUploadedFile("f.csv", good_csv)}
    )
    # then
    assert response.status_code == 302
    assert wlb.observations.get(fy=2023).value == Decimal("81")
    assert towns.observations.get(fy=2023).note == "速報値"
    assert AuditRecord.objects.filter(action="evaluation.observation_recorded").count() == 2
