from django.urls import path

from madoguchi.evaluation import staff_views, views

app_name = "evaluation"

urlpatterns = [
    path("plan/", views.plan_overview, name="plan"),
    path("plan/methodology/", views.methodology, name="methodology"),
    path("plan/policies/<int:number>/", views.plan_overview, name="policy"),
    path("plan/indicators/<int:pk>/", views.indicator_detail, name="indicator"),
    path(
        "plan/indicators/<int:pk>/data.<str:fmt>",
        views.indicator_download,
        name="indicator_download",
    ),
    path("staff/indicators/", staff_views.staff_indicator_list, name="staff_list"),
    path("staff/indicators/import/", staff_views.staff_indicator_import, name="staff_import"),
    path("staff/indicators/<int:pk>/", staff_views.staff_indicator_enter, name="staff_enter"),
    path("staff/evaluations/", staff_views.staff_evaluation_list, name="staff_evaluations"),
    path(
        "staff/evaluations/<int:fy>/<str:kind>/<int:pk>/",
        staff_views.staff_evaluation_edit,
        name="staff_evaluation",
    ),
]
