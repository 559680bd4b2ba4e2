from django.urls import path

from madoguchi.navigator import staff_views, views

app_name = "navigator"

urlpatterns = [
    path("navigator/", views.index_view, name="index"),
    path("navigator/entry/<uuid:public_id>/check/", views.entry_check_view, name="entry_check"),
    path("navigator/entry/<uuid:public_id>/code/", views.entry_code_view, name="entry_code"),
    path(
        "navigator/entry/<uuid:public_id>/<slug:step_key>/",
        views.entry_step_view,
        name="entry_step",
    ),
    path("navigator/<slug:event>/", views.questions_view, name="questions"),
    path("navigator/<slug:event>/checklist/", views.checklist_view, name="checklist"),
    path("navigator/<slug:event>/enter/", views.entry_start_view, name="entry_start"),
    path("staff/counter/", staff_views.counter_home_view, name="counter_home"),
    path("staff/counter/<uuid:public_id>/", staff_views.session_view, name="session"),
    path(
        "staff/counter/<uuid:public_id>/questions/",
        staff_views.session_questions_view,
        name="session_questions",
    ),
    path(
        "staff/counter/<uuid:public_id>/data/", staff_views.session_data_view, name="session_data"
    ),
    path(
        "staff/counter/<uuid:public_id>/form/<slug:procedure>/",
        staff_views.session_form_view,
        name="session_form",
    ),
    path(
        "staff/counter/<uuid:public_id>/identity/",
        staff_views.session_identity_view,
        name="session_identity",
    ),
    path(
        "staff/counter/<uuid:public_id>/submit/",
        staff_views.session_submit_view,
        name="session_submit",
    ),
    path(
        "staff/counter/<uuid:public_id>/hand-over/",
        staff_views.session_hand_over_view,
        name="session_hand_over",
    ),
    path(
        "staff/counter/<uuid:public_id>/close/",
        staff_views.session_close_view,
        name="session_close",
    ),
    path(
        "staff/counter/<uuid:public_id>/forms.pdf", staff_views.session_pdf_view, name="session_pdf"
    ),
    path("staff/navigator/", staff_views.guides_view, name="guides"),
    path("staff/navigator/<slug:event>/", staff_views.guide_edit_view, name="guide_edit"),
    path(
        "staff/navigator/<slug:event>/guide.json",
        staff_views.guide_export_view,
        name="guide_export",
    ),
]
