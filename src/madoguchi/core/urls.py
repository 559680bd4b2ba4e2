from django.urls import path

from madoguchi.core import views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("accessibility/", views.accessibility_policy, name="accessibility"),
    path("privacy/", views.privacy_policy, name="privacy"),
    path("design-system/", views.design_system, name="design_system"),
    path("demo/mailbox/", views.demo_mailbox, name="demo_mailbox"),
    path("demo/mailbox/<str:key>/", views.demo_mail, name="demo_mail"),
]
