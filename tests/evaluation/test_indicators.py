"""The plan's indicators: loaded from the plan, measured live where the platform can, shown
and served as data."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from django.utils.html import escape

from madoguchi.accounts.demo import departments_load
from madoguchi.audit.selectors import audit_chain_verify
from madoguchi.evaluation.master_plan_data import POLICIES
from madoguchi.evaluation.models import Indicator, Observation, Series
from madoguchi.evaluation.services import indicators_load_bundled, master_plan_load
from madoguchi.procedures.demo_procedures import PROCEDURES
from madoguchi.procedures.models import Procedure
from madoguchi.procedures.selectors import online_share
from madoguchi.procedures.services import catalog_load, procedure_set_online

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(db: None) -> None:
    master_plan_load(policies=POLICIES)
    indicators_load_bundled()


@pytest.fixture
def plan_with_catalog(plan: None) -> None:
    departments_load()
    catalog_load(procedures=PROCEDURES)


def _series(name_part: str, series: str = "") -> Series:
    return Series.objects.get(indicator__name__contains=name_part, name=series)


def test_every_series_of_the_plan_is_loaded_with_its_targets(plan: None) -> None:
    # then
    assert Series.objects.count() == 30
    assert Indicator.objects.count() == 29
    ratio = _series("経常収支比率").targets.get(stage="final")
    assert (ratio.low, ratio.high, ratio.value) == (Decimal("70"), Decimal("80"), None)
    strength = _series("財政力指数")
    assert strength.target_kind == "at_least"
    assert strength.targets.get(stage="final").value == Decimal("1.00")
    discrimination = _series("差別や人権侵害")
    assert discrimination.target_kind == "decrease"
    assert discrimination.targets.get(stage="final").value is None
    assert _series("港区男女平等参画行動計画の認知度", "在勤").observations.get().value == Decimal(
        "16.4"
    )
    assert not _series("平和の灯").observations.exists()
    assert audit_chain_verify().ok


def test_loading_twice_changes_nothing(plan: None) -> None:
    # given
    counts = (Series.objects.count(), Observation.objects.count())
    # when
    indicators_load_bundled()
    # then
    assert (Series.objects.count(), Observation.objects.count()) == counts


def test_survey_figures_keep_their_distribution(plan: None) -> None:
    # given
    satisfaction = Series.objects.get(indicator__policy__number=24, indicator__measure__isnull=True)
    # when
    baseline = satisfaction.observations.get(is_baseline=True)
    # then: 満足 3.9 + まあ満足 23.7
    assert satisfaction.survey_based
    assert baseline.distribution["満足"] == 3.9 and baseline.distribution["まあ満足"] == 23.7
    assert baseline.value == Decimal("27.6")


def test_online_share_is_measured_live_and_follows_the_catalog(
    client: Any, plan_with_catalog: None
) -> None:
    # given
    series = _series("オンライン申請ができる行政手続の割合")
    share = online_share()
    # when
    item = next(i for i in client.get("/api/v1/indicators").json() if i["id"] == series.pk)
    # then: achievement against baseline 4 (FY2020) and final target 100
    assert item["live"] is True
    assert item["latest"]["value"] == share.percent
    assert item["achievement_final"] == pytest.approx((share.percent - 4) / (100 - 4))
    assert item["achievement_mid"] == pytest.approx((share.percent - 4) / (75 - 4))
    # when: one more procedure goes online
    procedure_set_online(procedure=Procedure.objects.filter(online=False).first(), online=True)
    item = next(i for i in client.get("/api/v1/indicators").json() if i["id"] == series.pk)
    # then
    assert item["latest"]["value"] == online_share().percent > share.percent


def test_indicators_not_yet_fed_say_so(client: Any, plan: None) -> None:
    # given: no payments part is installed yet
    series = _series("キャッシュレス決済ができる窓口の割合")
    # when
    body = client.get(f"/ja/plan/indicators/{series.pk}/").content.decode()
    item = next(i for i in client.get("/api/v1/indicators").json() if i["id"] == series.pk)
    # then
    assert item["live"] is False
    assert item["latest"] == {"fy": 2020, "value": 10.0}
    assert 'class="muted"' in body


def test_api_lists_every_series_with_the_promised_fields(client: Any, plan: None) -> None:
    # when
    items = client.get("/api/v1/indicators").json()
    # then
    assert len(items) == 30
    keys = {"indicator", "series", "unit", "target_kind", "baseline", "mid_target", "final_target",
            "latest", "achievement_mid", "achievement_final", "status", "live"}  # fmt: skip
    assert all(keys <= item.keys() for item in items)
    ratio = next(i for i in items if i["indicator"] == "経常収支比率")
    assert ratio["final_target"] == {"fy": 2026, "value": None, "low": 70.0, "high": 80.0}
    assert ratio["achievement_final"] == 1.0
    strength = next(i for i in items if i["indicator"] == "財政力指数")
    assert strength["achievement_final"] == 1.0
    requests_ = next(i for i in items if "情報公開請求件数" in i["indicator"])
    assert requests_["target_kind"] == "decrease" and requests_["achievement_final"] == 0.0


@pytest.mark.parametrize("language", ["ja", "en", "zh-hans", "ko"])
def test_dashboard_and_indicator_pages_render_without_javascript(
    client: Any, plan_with_catalog: None, language: str
) -> None:
    # given
    series = _series("オンライン申請ができる行政手続の割合")
    # when
    dashboard = client.get(f"/{language}/plan/").content.decode()
    detail = client.get(f"/{language}/plan/indicators/{series.pk}/").content.decode()
    methodology = client.get(f"/{language}/plan/methodology/")
    # then: all 30 series on the dashboard, a server-rendered chart with its table
    assert dashboard.count("/plan/indicators/") >= 30
    assert "<svg" in detail and 'role="img"' in detail
    assert escape(series.indicator.name) in detail
    assert "<table" in detail
    assert methodology.status_code == 200


def test_downloads_as_csv_and_json(client: Any, plan: None) -> None:
    # given
    series = _series("財政力指数")
    # when
    csv_response = client.get(f"/ja/plan/indicators/{series.pk}/data.csv")
    json_response = client.get(f"/ja/plan/indicators/{series.pk}/data.json")
    bad = client.get(f"/ja/plan/indicators/{series.pk}/data.exe")
    # then
    text = csv_response.content.decode("utf-8")
    assert text.startswith("\ufeffindicator,series,unit,fy,value,kind")
    assert "財政力指数,,,2020,1.27,baseline" in text
    data = json.loads(json_response.content)
    assert data["observations"] == [{"fy": 2020, "value": 1.27, "kind": "baseline"}]
    assert bad.status_code == 404


def test_each_policy_has_its_own_page(client: Any, plan: None) -> None:
    # when
    page = client.get("/en/plan/policies/25/").content.decode()
    missing = client.get("/en/plan/policies/99/")
    # then: policy 25 has 11 series; none of policy 24's or 26's appear
    assert page.count("/plan/indicators/") == 11
    assert escape(_series("オンライン申請ができる行政手続の割合").indicator.name) not in page
    assert missing.status_code == 404


def test_how_the_status_was_reached_is_explained_in_the_readers_language(
    client: Any, plan_with_catalog: None
) -> None:
    # given: the live online share (baseline FY2020, a figure this fiscal year, a final target)
    series = _series("オンライン申請ができる行政手続の割合")
    # when
    ja = client.get(f"/ja/plan/indicators/{series.pk}/").content.decode()
    ko = client.get(f"/ko/plan/indicators/{series.pk}/").content.decode()
    # then: the explanation is written in the page's language, with the computed ratio
    assert "2020年度から" in ja and "両者の比は" in ja
    assert "두 값의 비는" in ko
    assert "times the" not in ja and "times the" not in ko
