"""Public endpoints of the newsletter, included from cms/urls.py under `newsletter/`."""

from django.conf import settings
from django.urls import include, path

from newsletter import views

app_name = "newsletter"

urlpatterns = [
    path(
        "desinscription/<str:token>/",
        views.one_click_unsubscribe,
        name="one_click",
    ),
]

if settings.ANYMAIL_ESP:
    # The ESP's tracking webhooks (bounces, complaints): newsletter/anymail/<esp>/tracking/.
    urlpatterns += [path("anymail/", include("anymail.urls"))]
