"""Public, non-GraphQL endpoints of the projects app: journal feeds and open-data exports.

Included from cms/urls.py as `path("projets/", include("projects.urls"))`."""

from django.urls import path

from projects import exports
from projects.feeds import JournalFeed

app_name = "projects"

urlpatterns = [
    path("<slug:slug>/journal.atom", JournalFeed(), name="journal_feed"),
    path(
        "donnees/<str:dataset>.<str:fmt>",
        exports.dataset_view,
        name="open_data",
    ),
]
