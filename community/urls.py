"""Non-GraphQL endpoints of the exchange: the Atom feed of a project's open threads.

Included from cms/urls.py as `path("echanges/", include("community.urls"))`."""

from django.urls import path

from community.feeds import OpenThreadsFeed

app_name = "community"

urlpatterns = [path("<slug:slug>/fils.atom", OpenThreadsFeed(), name="feed")]
