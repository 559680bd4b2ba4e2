"""Session idle timeout and absolute lifetime (ASVS V7).

The login time and the last activity are kept in the session. A session idle for longer than
MADOGUCHI_SESSION_IDLE_SECONDS, or older than MADOGUCHI_SESSION_ABSOLUTE_SECONDS, is ended and
the user is sent to log in again with a message saying why.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.http import urlencode
from django.utils.translation import gettext as _

AUTH_AT = "madoguchi_auth_at"
LAST_SEEN = "madoguchi_last_seen"
# Writing the session on every request costs a query; a minute of precision is enough.
TOUCH_INTERVAL_SECONDS = 60


def mark_session_start(request: HttpRequest) -> None:
    now = int(time.time())
    request.session[AUTH_AT] = now
    request.session[LAST_SEEN] = now


class SessionLifetimeMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            now = int(time.time())
            auth_at = int(request.session.get(AUTH_AT, now))
            last_seen = int(request.session.get(LAST_SEEN, now))
            idle = now - last_seen > settings.MADOGUCHI_SESSION_IDLE_SECONDS
            expired = now - auth_at > settings.MADOGUCHI_SESSION_ABSOLUTE_SECONDS
            if idle or expired:
                logout(request)
                messages.warning(
                    request,
                    _("You were logged out after a period of inactivity. Please log in again.")
                    if idle
                    else _("Your session has ended for your security. Please log in again."),
                )
                login_url = redirect("accounts:login").url
                if request.method == "GET":
                    login_url += "?" + urlencode({"next": request.get_full_path()})
                return redirect(login_url)
            if AUTH_AT not in request.session:
                request.session[AUTH_AT] = now
            if now - last_seen >= TOUCH_INTERVAL_SECONDS or LAST_SEEN not in request.session:
                request.session[LAST_SEEN] = now
        return self.get_response(request)
