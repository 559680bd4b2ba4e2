"""URL map. Pages live under a language prefix (/ja/, /en/, /zh-hans/, /ko/); machine
endpoints (APIs, health, language switch) do not."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import URLPattern, URLResolver, include, path
from django.views.i18n import set_language

from madoguchi.api import api
from madoguchi.core import views as core_views
from madoguchi.opendata.urls import machine_urlpatterns as opendata_machine_urlpatterns
from madoguchi.payments.urls import webhook_urlpatterns
from madoguchi.voices import views as voices_views

handler400 = "madoguchi.core.views.bad_request"
handler403 = "madoguchi.core.views.permission_denied"
handler404 = "madoguchi.core.views.page_not_found"
handler500 = "madoguchi.core.views.server_error"

urlpatterns: list[URLPattern | URLResolver] = [
    path("i18n/setlang/", set_language, name="set_language"),
    path("healthz", core_views.healthz, name="healthz"),
    path("api/v1/", api.urls),
    path("", include((webhook_urlpatterns, "payment_webhooks"))),
    path("", include((opendata_machine_urlpatterns, "opendata_api"))),
    path("voices/stats/monthly.csv", voices_views.monthly_csv_view, name="voices_monthly_csv"),
    path("open311/v2/", include("madoguchi.voices.open311_urls")),
]

urlpatterns += i18n_patterns(
    path("", include("madoguchi.core.urls")),
    path("", include("madoguchi.accounts.urls")),
    path("", include("madoguchi.audit.urls")),
    path("", include("madoguchi.procedures.urls")),
    path("", include("madoguchi.applications.urls")),
    path("", include("madoguchi.formengine.urls")),
    path("", include("madoguchi.payments.urls")),
    path("", include("madoguchi.taxes.urls")),
    path("", include("madoguchi.paysandbox.urls")),
    path("", include("madoguchi.evaluation.urls")),
    path("", include("madoguchi.opendata.urls")),
    path("", include("madoguchi.voices.urls")),
    path("", include("madoguchi.navigator.urls")),
    prefix_default_language=True,
)
