"""Open311 GeoReport v2 methods, mounted without a language prefix at ``/open311/v2/``.
Every method takes its format as the extension (``services.xml``, ``requests/V123.json``)."""

from django.urls import re_path

from madoguchi.voices import open311

FORMAT = r"\.(?P<fmt>[^./]+)$"

urlpatterns = [
    re_path(r"^discovery" + FORMAT, open311.discovery_view, name="open311-discovery"),
    re_path(r"^services" + FORMAT, open311.services_view, name="open311-services"),
    re_path(
        r"^services/(?P<service_code>[^/]+?)" + FORMAT,
        open311.service_definition_view,
        name="open311-service",
    ),
    re_path(r"^requests" + FORMAT, open311.requests_view, name="open311-requests"),
    re_path(
        r"^requests/(?P<service_request_id>[^/]+?)" + FORMAT,
        open311.request_view,
        name="open311-request",
    ),
    re_path(r"^tokens/(?P<token>[^/]+?)" + FORMAT, open311.token_view, name="open311-token"),
    re_path(r"^(?P<path>.*)$", open311.not_found_view, name="open311-not-found"),
]
