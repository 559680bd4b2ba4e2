"""Request and response guards Django does not have: CSP and permissions headers, and the
refusal of NUL characters PostgreSQL cannot store."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse

# No inline scripts or styles anywhere: every page must work without JavaScript, and what
# JavaScript there is comes from our own static files.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)
PERMISSIONS_POLICY = "camera=(self), geolocation=(self), microphone=(), payment=(self)"


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


#: The pattern of a JSON API text parameter: anything but NUL, which PostgreSQL cannot hold.
#: Declared in the OpenAPI document, so clients (and schemathesis) know it, and enforced by
#: the API's own validation with its documented 422.
NO_NUL = r"^[^\x00]*$"


class NullCharacterMiddleware:
    """Refuse a request whose address carries a NUL character (``%00``).

    PostgreSQL cannot store or compare text containing NUL, so such a value reaching a query
    would end in a server error. Forms already refuse it field by field; this covers query
    strings read directly (the JSON APIs, search parameters). Nobody types a NUL: the answer is
    a short technical message (CKAN's Validation Error for ``/api/3/``). The ``/api/v1/``
    parameters declare that they take no NUL (``NO_NUL``), so they are refused there with
    the documented 422, and Open311 checks its own parameters and answers in its own format.
    """

    MESSAGE = "NUL characters are not allowed in the address."

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path
        if path.startswith(("/open311/", "/api/v1/")) or not (
            "\x00" in path
            or any(
                "\x00" in key or any("\x00" in value for value in values)
                for key, values in request.GET.lists()
            )
        ):
            return self.get_response(request)
        if path.startswith("/api/3/"):
            return JsonResponse(
                {
                    "help": "",
                    "success": False,
                    "error": {"__type": "Validation Error", "message": self.MESSAGE},
                },
                status=409,
            )
        return HttpResponseBadRequest(
            f"Bad request: {self.MESSAGE}", content_type="text/plain; charset=utf-8"
        )
