from django.urls import path

from madoguchi.payments import staff_views, views

app_name = "payments"

urlpatterns = [
    path("applications/<uuid:public_id>/pay/", views.pay_view, name="pay"),
    path("payments/<uuid:payment_id>/return/", views.return_view, name="return"),
    path(
        "applications/<uuid:public_id>/payments/<uuid:payment_id>/receipt.pdf",
        views.receipt_view,
        name="receipt",
    ),
    path(
        "applications/<uuid:public_id>/refunds/<uuid:refund_id>/note.pdf",
        views.refund_note_view,
        name="refund_note",
    ),
    path(
        "staff/cases/<str:reference>/payments/<int:payment_id>/refund/",
        staff_views.refund_view,
        name="refund",
    ),
    path("staff/payments/report/", staff_views.report_view, name="report"),
    path("staff/payments/reconcile/", staff_views.reconcile_view, name="reconcile"),
    path("staff/payments/counters/", staff_views.counters_view, name="counters"),
    path(
        "staff/cases/<str:reference>/payments/counter/",
        staff_views.counter_payment_view,
        name="counter",
    ),
]

webhook_urlpatterns = [
    path("payments/webhooks/<slug:provider_id>/", views.webhook_view, name="webhook"),
]
