"""Page paths on the CMS host (issue 13, finding 10): pages live on the front end.

A visible page's path redirects there; anything else is a French 404; errors render in French
without templates (and in JSON under the APIs).
"""

import datetime

import pytest
from django.test import override_settings
from django.urls import path
from django.utils import timezone
from wagtail.models import PageViewRestriction

from cms.urls import handler500  # noqa: F401  (Django reads it in ROOT_URLCONF)
from cms.urls import urlpatterns as cms_urlpatterns
from tests.factories import ExperiencePageFactory, InspirationIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home, settings):
    settings.FRONTEND_URL = "https://territoires.example/"
    index = InspirationIndexPageFactory(parent=home, title="Expériences", slug="experiences")
    private = InspirationIndexPageFactory(parent=home, title="Réservé", slug="reserve")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return {
        "live": ExperiencePageFactory(parent=index, slug="sene"),
        "draft": ExperiencePageFactory(parent=index, slug="brouillon", live=False),
        "expired": ExperiencePageFactory(
            parent=index, slug="expiree", expire_at=timezone.now() - datetime.timedelta(days=1)
        ),
        "private": ExperiencePageFactory(parent=private, slug="privee"),
    }


def test_a_visible_page_redirects_to_the_front_end(client, tree):
    response = client.get("/experiences/sene/")
    assert response.status_code == 302
    assert response["Location"] == "https://territoires.example/experiences/sene/"
    assert client.get("/")["Location"] == "https://territoires.example/"
    # Wagtail's own page URL (the admin's « Voir en ligne ») leads there too.
    assert client.get(tree["live"].url)["Location"].endswith("/experiences/sene/")


@pytest.mark.parametrize(
    "url", ["/experiences/brouillon/", "/experiences/expiree/", "/reserve/privee/", "/nulle-part/"]
)
def test_anything_else_is_a_french_404(client, tree, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response["Content-Type"] == "text/html; charset=utf-8"
    html = response.content.decode()
    assert '<html lang="fr">' in html and "Page introuvable" in html
    assert 'href="https://territoires.example/"' in html


def test_only_safe_methods(client, tree):
    assert client.post("/experiences/sene/").status_code == 405


def test_api_paths_answer_json_404(client, db):
    response = client.get("/api/inconnue/")
    assert response.status_code == 404
    assert response.json() == {
        "errors": [{"message": "Page introuvable.", "extensions": {"code": "NOT_FOUND"}}]
    }


def _boom(request):
    raise RuntimeError("panne")


urlpatterns = [path("panne/", _boom), *cms_urlpatterns]


@override_settings(ROOT_URLCONF=__name__)
def test_server_errors_are_french_without_templates(client, db):
    client.raise_request_exception = False
    response = client.get("/panne/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Erreur du serveur" in html and "Réessayez" in html and "panne" not in html
