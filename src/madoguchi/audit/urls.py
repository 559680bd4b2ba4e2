from django.urls import path

from madoguchi.audit import views

app_name = "audit"

urlpatterns = [
    path("staff/audit/", views.audit_log_view, name="log"),
]
