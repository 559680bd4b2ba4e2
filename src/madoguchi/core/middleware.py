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


class NullCharacterMiddleware:
    """Refuse a request whose address carries a NUL character (``%00``) with a 400.

    PostgreSQL cannot store or compare text containing NUL, so such a value reaching a query
    would end in a server error. Forms already refuse it field by field; this covers query
    strings read directly (the JSON APIs, search parameters). Nobody types a NUL: the answer is
    a short technical message, in JSON for the APIs.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            if request.path.startswith(("/api/", "/open311/")):
                return JsonResponse(
                    {"detail": "NUL characters are not allowed in the address."}, status=400
                )
            return HttpResponseBadRequest(
                "Bad request: NUL characters are not allowed in the address.",
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
