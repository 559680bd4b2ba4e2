from django.urls import path

from madoguchi.evaluation import views

app_name = "evaluation"

urlpatterns = [
    path("plan/", views.plan_overview, name="plan"),
    path("plan/methodology/", views.methodology, name="methodology"),
    path("plan/indicators/<int:pk>/", views.indicator_detail, name="indicator"),
    path(
        "plan/indicators/<int:pk>/data.<str:fmt>",
        views.indicator_download,
        name="indicator_download",
    ),
]
