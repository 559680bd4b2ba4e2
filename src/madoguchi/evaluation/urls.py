from django.urls import path

from madoguchi.evaluation import views

app_name = "evaluation"

urlpatterns = [
    path("plan/", views.plan_overview, name="plan"),
]
