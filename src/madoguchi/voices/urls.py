from django.urls import path

from madoguchi.voices import staff_views, views

app_name = "voices"

urlpatterns = [
    path("voices/", views.new_view, name="new"),
    path("voices/map.svg", views.map_view, name="map"),
    path("voices/sent/<str:reference>/", views.sent_view, name="sent"),
    path("voices/link/<str:token>/", views.link_view, name="link"),
    path("voices/mine/", views.mine_view, name="mine"),
    path("voices/mine/<str:reference>/", views.mine_detail_view, name="mine_detail"),
    path("voices/published/", views.published_view, name="published"),
    path("voices/published/<str:reference>/", views.published_detail_view, name="published_detail"),
    path("staff/voices/", staff_views.queue_view, name="staff_queue"),
    path("staff/voices/new/", staff_views.entry_view, name="staff_entry"),
    path("staff/voices/analysis/", staff_views.dashboard_view, name="staff_dashboard"),
    path("staff/voices/settings/", staff_views.settings_view, name="staff_settings"),
    path("staff/voices/analysis/voices/", staff_views.drilldown_view, name="staff_drilldown"),
    path("staff/voices/<str:reference>/", staff_views.voice_view, name="staff_voice"),
    path(
        "staff/voices/<str:reference>/categorize/",
        staff_views.categorize_view,
        name="staff_categorize",
    ),
    path("staff/voices/<str:reference>/assign/", staff_views.assign_view, name="staff_assign"),
    path(
        "staff/voices/<str:reference>/status/", staff_views.transition_view, name="staff_transition"
    ),
    path("staff/voices/<str:reference>/note/", staff_views.note_view, name="staff_note"),
    path("staff/voices/<str:reference>/answer/", staff_views.answer_view, name="staff_answer"),
    path("staff/voices/<str:reference>/merge/", staff_views.merge_view, name="staff_merge"),
    path("staff/voices/<str:reference>/publish/", staff_views.propose_view, name="staff_propose"),
    path(
        "staff/voices/<str:reference>/publication/",
        staff_views.publication_view,
        name="staff_publication",
    ),
    path(
        "staff/voices/<str:reference>/photos/<int:photo_id>/",
        staff_views.photo_view,
        name="staff_photo",
    ),
]
