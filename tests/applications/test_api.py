"""The applications API: residents' own applications, staff integration, and schemathesis."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import schemathesis
from django.test import Client
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import negative_data_rejection

from madoguchi.accounts.models import Department
from madoguchi.accounts.services import api_token_create, api_token_revoke
from madoguchi.applications import services
from madoguchi.applications.models import Application, Status
from madoguchi.audit.models import AuditRecord
from madoguchi.wsgi import application as wsgi_application
from tests.application_fixtures import fill

pytestmark = pytest.mark.django_db


def bearer(token: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.fixture
def resident_case(procedure: Any, make_resident: Callable[..., Any]) -> tuple[Any, Application]:
    resident = make_resident()
    application, _token = services.application_start(procedure=procedure, applicant=resident)
    fill(application)
    return resident, services.application_submit(application=application, actor=resident)


def test_resident_reads_own_applications_by_session_and_by_token(
    client: Client, resident_case: tuple[Any, Application]
) -> None:
    # given a resident with one submitted application
    resident, application = resident_case
    # when they ask with their browser session, and with a token from an app
    client.force_login(resident)
    by_session = client.get("/api/v1/me/applications").json()
    token = api_token_create(user=resident, name="スマホアプリ")
    by_token = Client().get("/api/v1/me/applications", **bearer(token)).json()
    detail = Client().get(f"/api/v1/me/applications/{application.public_id}", **bearer(token))
    # then both list it, and the detail has answers and history
    assert [a["reference"] for a in by_session] == [application.reference]
    assert by_token == by_session
    assert detail.json()["answers"]["applicant.name"] == "港 太郎"
    assert [h["status"] for h in detail.json()["history"]] == ["submitted"]


def test_revoked_or_wrong_tokens_and_other_residents_get_nothing(
    resident_case: tuple[Any, Application], make_resident: Callable[..., Any]
) -> None:
    resident, application = resident_case
    token = api_token_create(user=resident, name="x")
    api_token_revoke(user=resident, prefix=token[:8])
    assert Client().get("/api/v1/me/applications", **bearer(token)).status_code == 401
    assert Client().get("/api/v1/me/applications", **bearer("mdg_nonsense")).status_code == 401
    assert Client().get("/api/v1/me/applications").status_code == 401
    other = api_token_create(user=make_resident(), name="y")
    response = Client().get(f"/api/v1/me/applications/{application.public_id}", **bearer(other))
    assert response.status_code == 404


def test_staff_integration_lists_reads_and_moves_cases(
    resident_case: tuple[Any, Application], department: Department, make_staff: Callable[..., Any]
) -> None:
    # given an integration account of the department with a token
    _resident, application = resident_case
    officer = make_staff("department_officer", department)
    token = api_token_create(user=officer, name="基幹システム連携")
    api = Client()
    # when it lists, reads and decides
    listed = api.get("/api/v1/cases", **bearer(token)).json()
    read = api.get(f"/api/v1/cases/{application.reference}", **bearer(token))
    review = api.post(
        f"/api/v1/cases/{application.reference}/transitions",
        {"target": "in_review"},
        content_type="application/json",
        **bearer(token),
    )
    jump = api.post(
        f"/api/v1/cases/{application.reference}/transitions",
        {"target": "completed"},
        content_type="application/json",
        **bearer(token),
    )
    note = api.post(
        f"/api/v1/cases/{application.reference}/notes",
        {"text": "基幹システムに登録済み"},
        content_type="application/json",
        **bearer(token),
    )
    # then each works as on the web, with the same rules and the same audit trail
    assert [c["reference"] for c in listed] == [application.reference]
    assert read.status_code == 200 and read.json()["answers"]["pickup.counter"] == "shiba"
    assert review.status_code == 200 and review.json()["status"] == Status.IN_REVIEW
    assert jump.status_code == 409
    assert note.status_code == 201
    assert AuditRecord.objects.filter(action="case.api_read", actor_id=officer.pk).count() == 4


def test_staff_of_another_department_and_residents_cannot_use_the_case_api(
    resident_case: tuple[Any, Application],
    make_department: Callable[..., Department],
    make_staff: Callable[..., Any],
) -> None:
    resident, application = resident_case
    outsider = api_token_create(
        user=make_staff("department_officer", make_department(code="zz")), name="z"
    )
    analyst = api_token_create(user=make_staff("policy_analyst"), name="a")
    as_resident = api_token_create(user=resident, name="r")
    assert (
        Client().get(f"/api/v1/cases/{application.reference}", **bearer(outsider)).status_code
        == 404
    )
    assert Client().get("/api/v1/cases", **bearer(outsider)).json() == []
    assert Client().get("/api/v1/cases", **bearer(analyst)).status_code == 403
    assert Client().get("/api/v1/cases", **bearer(as_resident)).status_code == 403


schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", wsgi_application)


@pytest.fixture
def api_token_for_schemathesis(
    resident_case: tuple[Any, Application], department: Department, make_staff: Callable[..., Any]
) -> str:
    return api_token_create(user=make_staff("department_officer", department), name="schemathesis")


@schema.include(tag="applications").parametrize()
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
def test_applications_api_conforms_to_its_openapi_document(
    case: Any, api_token_for_schemathesis: str, wsgi_keeps_test_connection: None
) -> None:
    # Negative cases that put an object into a query string serialise to a key-less pair
    # ("=null") that no server can tell from an absent parameter; every other check applies.
    case.call_and_validate(
        headers={"Authorization": f"Bearer {api_token_for_schemathesis}"},
        excluded_checks=[negative_data_rejection],
    )
