from django.urls import path, re_path

from madoguchi.opendata import ckan_api, staff_views, views

app_name = "opendata"

urlpatterns = [
    path("opendata/", views.catalog_view, name="catalog"),
    path("opendata/dataset/<slug:name>/", views.dataset_view, name="dataset"),
    path(
        "opendata/dataset/<slug:name>/resource/<uuid:resource_id>/",
        views.resource_view,
        name="resource",
    ),
    path("staff/opendata/", staff_views.staff_list, name="staff_list"),
    path("staff/opendata/new/", staff_views.staff_dataset_create, name="staff_create"),
    path("staff/opendata/<slug:name>/", staff_views.staff_dataset, name="staff_dataset"),
    path("staff/opendata/<slug:name>/edit/", staff_views.staff_dataset_edit, name="staff_edit"),
    path(
        "staff/opendata/<slug:name>/upload/",
        staff_views.staff_resource_upload,
        name="staff_upload",
    ),
    path(
        "staff/opendata/<slug:name>/resource/<uuid:resource_id>/delete/",
        staff_views.staff_resource_delete,
        name="staff_resource_delete",
    ),
]

# Machine endpoints without a language prefix: the CKAN Action API, downloads, DCAT.
machine_urlpatterns = [
    re_path(r"^api/(?:3/)?action/(?P<name>[A-Za-z0-9_]+)/?$", ckan_api.action_view, name="action"),
    path(
        "opendata/dataset/<uuid:dataset_id>/resource/<uuid:resource_id>/download/<str:filename>",
        views.download_view,
        name="download",
    ),
    path("datastore/dump/<uuid:resource_id>", views.datastore_dump_view, name="datastore_dump"),
    path("opendata/stats/downloads.csv", views.downloads_csv_view, name="downloads_csv"),
    path("opendata/dataset/<uuid:dataset_id>", views.dataset_uri_view, name="dataset_uri"),
    re_path(r"^catalog\.(?P<fmt>jsonld|ttl|rdf|xml|n3)$", views.catalog_dcat_view, name="dcat"),
    re_path(
        r"^dataset/(?P<ref>[A-Za-z0-9_-]+)\.(?P<fmt>jsonld|ttl|rdf|xml|n3)$",
        views.dataset_dcat_view,
        name="dataset_dcat",
    ),
]
