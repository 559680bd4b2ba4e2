from django.urls import path

from madoguchi.paysandbox import views

app_name = "paysandbox"

urlpatterns = [
    path("sandbox-pay/checkout/<str:charge_id>/", views.checkout_view, name="checkout"),
    path(
        "sandbox-pay/checkout/<str:charge_id>/authenticate/",
        views.authenticate_view,
        name="authenticate",
    ),
    path("sandbox-pay/checkout/<str:charge_id>/qr/", views.qr_view, name="qr"),
    path("sandbox-pay/checkout/<str:charge_id>/cancel/", views.cancel_view, name="cancel"),
    path("sandbox-pay/wallet/<str:charge_id>/", views.scan_view, name="scan"),
    path("sandbox-pay/settlement.csv", views.settlement_view, name="settlement"),
]
