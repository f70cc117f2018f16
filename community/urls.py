"""Non-GraphQL endpoints of the exchange: the Atom feed of a project's open threads, the downloads
of the files joined to messages.

Included from cms/urls.py as `path("echanges/", include("community.urls"))`."""

from django.urls import path

from community.feeds import OpenThreadsFeed
from community.views import download_attachment

app_name = "community"

urlpatterns = [
    path("<slug:slug>/fils.atom", OpenThreadsFeed(), name="feed"),
    path(
        "pieces-jointes/<int:pk>/<str:name>",
        download_attachment,
        name="attachment",
    ),
]
