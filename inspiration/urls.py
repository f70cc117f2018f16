"""Atom feeds of new content, included from cms/urls.py as `path("flux/", include(...))`."""

from django.urls import path

from inspiration.feeds import EventFeed, ExperienceFeed, ResourceFeed

app_name = "inspiration"

urlpatterns = [
    path("experiences.atom", ExperienceFeed(), name="experience_feed"),
    path("ressources.atom", ResourceFeed(), name="resource_feed"),
    path("evenements.atom", EventFeed(), name="event_feed"),
]
