from django.urls import path

from madoguchi.formengine import staff_views

app_name = "formengine"

urlpatterns = [
    path("staff/procedures/<slug:code>/form/", staff_views.builder_view, name="builder"),
    path(
        "staff/procedures/<slug:code>/form/v<int:number>.json",
        staff_views.export_view,
        name="export",
    ),
    path(
        "staff/procedures/<slug:code>/form/v<int:number>/preview/",
        staff_views.preview_view,
        name="preview",
    ),
]
