"""Hot pages keep a fixed number of queries, so an N+1 cannot creep in."""

from __future__ import annotations

from typing import Any

import pytest

from madoguchi.core.demo import demo_load_all

pytestmark = pytest.mark.django_db


def test_home_page_runs_no_query_for_anonymous_visitors(
    client: Any, django_assert_num_queries: Any
) -> None:
    with django_assert_num_queries(0):
        assert client.get("/ja/").status_code == 200


def test_plan_page_query_count_does_not_grow_with_the_plan(
    client: Any, django_assert_max_num_queries: Any
) -> None:
    # given: the whole plan (3 policies, 15 measures, 50+ initiatives)
    demo_load_all()
    # then: policies, measures, initiatives (3); series, targets, observations (3); the live
    # online share counted from the catalog (2); the live cashless-counter share from the
    # counter registry (1); the monthly open data downloads: the first counted day and the
    # total of the complete months (2); published evaluations (1): whatever the number of rows
    with django_assert_max_num_queries(12):
        assert client.get("/ja/plan/").status_code == 200


def test_my_page_query_count_is_pinned(
    client: Any, make_resident: Any, django_assert_max_num_queries: Any
) -> None:
    # given
    client.force_login(make_resident())
    client.get("/ja/accounts/mypage/")
    # then: session and user only
    with django_assert_max_num_queries(3):
        assert client.get("/ja/accounts/mypage/").status_code == 200


def test_staff_dashboard_query_count_is_pinned(
    staff_client: Any, django_assert_max_num_queries: Any
) -> None:
    client = staff_client("administrator")
    client.get("/ja/staff/")
    with django_assert_max_num_queries(6):
        assert client.get("/ja/staff/").status_code == 200


def test_submitting_an_application_runs_a_pinned_number_of_queries(
    client: Any,
    make_resident: Any,
    procedure: Any,
    django_assert_max_num_queries: Any,
) -> None:
    # given a logged-in resident's complete draft, on its check page
    from madoguchi.applications import services
    from madoguchi.applications.models import Status
    from tests.application_fixtures import fill

    resident = make_resident()
    draft, _token = services.application_start(procedure=procedure, applicant=resident)
    fill(draft)
    client.force_login(resident)
    url = f"/ja/applications/{draft.public_id}/check/"
    assert client.get(url).status_code == 200
    # when "Submit" is pressed, then: session and user; the application with its procedure,
    # form and fee schedule; in one transaction the conditional update, the status change and
    # the audit chain's head, record and head update; after commit the task row. The rush of
    # a window opening is this request times every resident, so a new query here is felt.
    with django_assert_max_num_queries(11):
        response = client.post(url, {"declaration": "on"})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.SUBMITTED
