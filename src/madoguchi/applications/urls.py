from django.urls import path

from madoguchi.applications import staff_views, views

app_name = "applications"

urlpatterns = [
    path("procedures/<slug:code>/apply/", views.start_view, name="start"),
    path("applications/link/<str:token>/", views.resume_view, name="resume"),
    path("applications/<uuid:public_id>/", views.detail_view, name="detail"),
    path("applications/<uuid:public_id>/continue/", views.continue_view, name="continue"),
    path("applications/<uuid:public_id>/email/", views.check_email_view, name="check_email"),
    path("applications/<uuid:public_id>/email/resend/", views.resend_link_view, name="resend"),
    path("applications/<uuid:public_id>/steps/<slug:step_key>/", views.step_view, name="step"),
    path("applications/<uuid:public_id>/check/", views.check_view, name="check"),
    path("applications/<uuid:public_id>/submitted/", views.submitted_view, name="submitted"),
    path("applications/<uuid:public_id>/withdraw/", views.withdraw_view, name="withdraw"),
    path("my/applications/", views.mine_view, name="mine"),
    path("staff/cases/", staff_views.queue_view, name="queue"),
    path(
        "staff/procedures/<slug:code>/deliveries/",
        staff_views.delivery_targets_view,
        name="delivery_targets",
    ),
    path("staff/cases/export.csv", staff_views.export_view, name="export"),
    path("staff/cases/deliveries/", staff_views.dead_letters_view, name="dead_letters"),
    path("staff/cases/<str:reference>/", staff_views.case_view, name="case"),
    path(
        "staff/cases/<str:reference>/files/<uuid:attachment_id>/",
        staff_views.attachment_view,
        name="case_file",
    ),
    path(
        "staff/cases/<str:reference>/deliveries/<int:delivery_id>/resend/",
        staff_views.delivery_resend_view,
        name="delivery_resend",
    ),
]
