from django.urls import path

from madoguchi.taxes import staff_views, views

app_name = "taxes"

urlpatterns = [
    path("taxes/", views.index_view, name="index"),
    path("taxes/forget/", views.forget_view, name="forget"),
    path("taxes/bills/<uuid:public_id>/", views.bill_view, name="bill"),
    path(
        "taxes/bills/<uuid:public_id>/payments/<uuid:payment_id>/receipt.pdf",
        views.receipt_view,
        name="receipt",
    ),
    path("staff/taxes/", staff_views.bills_view, name="staff_bills"),
    path("staff/taxes/bills/<uuid:public_id>/", staff_views.bill_view, name="staff_bill"),
    path(
        "staff/taxes/bills/<uuid:public_id>/counter/",
        staff_views.counter_view,
        name="staff_counter",
    ),
    path(
        "staff/taxes/bills/<uuid:public_id>/payments/<int:payment_id>/refund/",
        staff_views.refund_view,
        name="staff_refund",
    ),
    path("staff/taxes/collection.csv", staff_views.collection_view, name="staff_collection"),
    path("staff/taxes/rates/", staff_views.rates_view, name="staff_rates"),
]
