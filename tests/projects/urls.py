"""The project's URLs plus the projects app's own, as cms/urls.py will include them."""

from django.urls import include, path

from cms.urls import urlpatterns as cms_urlpatterns

urlpatterns = [path("projets/", include("projects.urls")), *cms_urlpatterns]
