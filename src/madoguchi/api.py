"""The JSON API (``/api/v1/``), documented by the OpenAPI document it generates at
``/api/v1/openapi.json``. Each product part adds a router; this module only assembles them."""

from __future__ import annotations

from ninja import NinjaAPI

from madoguchi.applications.api import router as applications_router
from madoguchi.evaluation.api import router as indicators_router
from madoguchi.navigator.api import router as navigator_router
from madoguchi.procedures.api import router as procedures_router

api = NinjaAPI(
    title="Madoguchi API",
    version="1.0.0",
    description="Public catalog and integration API of Madoguchi, the digital city hall.",
    urls_namespace="api",
    # The interactive docs page loads scripts from a CDN, which our CSP and offline
    # deployments do not allow; the OpenAPI document itself is served.
    docs_url=None,
)
api.add_router("/procedures", procedures_router, tags=["procedures"])
api.add_router("/indicators", indicators_router, tags=["indicators"])
api.add_router("", applications_router, tags=["applications"])
api.add_router("/navigator", navigator_router, tags=["navigator"])
