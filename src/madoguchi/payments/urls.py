from django.urls import path

from madoguchi.payments import views

app_name = "payments"

urlpatterns = [
    path("applications/<uuid:public_id>/pay/", views.pay_view, name="pay"),
    path("payments/<uuid:payment_id>/return/", views.return_view, name="return"),
]

webhook_urlpatterns = [
    path("payments/webhooks/<slug:provider_id>/", views.webhook_view, name="webhook"),
]
