from django.urls import include, path

urlpatterns = [path("grapple/", include("grapple.urls"))]
