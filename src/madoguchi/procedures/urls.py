from django.urls import path

from madoguchi.procedures import staff_views, views

app_name = "procedures"

urlpatterns = [
    path("procedures/", views.catalog_view, name="catalog"),
    path("procedures/<slug:code>/", views.detail_view, name="detail"),
    path("staff/procedures/", staff_views.staff_procedure_list, name="staff_list"),
    path("staff/procedures/new/", staff_views.staff_procedure_create, name="staff_create"),
    path("staff/procedures/<slug:code>/", staff_views.staff_procedure_edit, name="staff_edit"),
]
