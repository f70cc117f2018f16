"""The Wagtail admin speaks French, whatever the browser asks for.

The expected strings are those Wagtail 8.0.1's French catalogue actually renders (e.g. the login
button reads « S'identifier », the dashboard's title « Tableau de bord »).
"""

import html

import pytest
from django.test import Client

from tests import factories as f


def text(response):
    """The response's HTML with entities decoded (Django escapes ' as &#x27;)."""
    return html.unescape(response.content.decode())


@pytest.fixture(params=["fr", "en"], ids=["navigateur-fr", "navigateur-en"])
def accept_language(request):
    """French admin even when the browser prefers English: LANGUAGES only has French."""
    return request.param


def test_login_page_in_french(db, accept_language):
    response = Client().get("/admin/login/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 200
    page = text(response)
    assert '<html lang="fr"' in page
    assert "S'identifier" in page
    assert "Entrez votre nom d’utilisateur" in page
    assert "Mot de passe oublié\N{NO-BREAK SPACE}?" in page
    assert "Se souvenir de moi" in page
    assert "Sign in" not in page
    assert "Forgotten password?" not in page


def test_failed_login_message_in_french(db, superuser):
    response = Client().post(
        "/admin/login/", {"username": "admin", "password": "mauvais-mot-de-passe"}
    )
    assert response.status_code == 200
    assert "votre mot de passe ne correspondent à aucun utilisateur" in text(response)


def test_dashboard_in_french(admin_client, accept_language):
    response = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 200
    page = text(response)
    assert '<html lang="fr"' in page
    assert "<title>Tableau de bord - Wagtail</title>" in page
    assert "Sommaire du site" in page
    assert "Territoires en commun" in page
    assert "<title>Dashboard" not in page
    assert "Site summary" not in page


def test_add_subpage_chooser_lists_french_page_types(admin_client, home):
    index = f.InspirationIndexPageFactory(parent=home, title="Ressources")
    response = admin_client.get(f"/admin/pages/{index.pk}/add_subpage/")
    assert response.status_code == 200
    page = text(response)
    assert '<html lang="fr"' in page
    assert "Créer une page dans" in page
    assert "Choisissez quel type de page vous souhaiteriez créer." in page
    for verbose_name in [
        "Expérience territoriale",
        "Thématique d'inspiration",
        "Concept",
        "Ressource",
        "Événement",
        "Lettre d'information",
    ]:
        assert f"Pages utilisant {verbose_name}" in page
    assert "/admin/pages/add/inspiration/experiencepage/" in page


def test_page_form_labels_in_french(admin_client, home):
    index = f.InspirationIndexPageFactory(parent=home)
    response = admin_client.get(f"/admin/pages/add/inspiration/experiencepage/{index.pk}/")
    assert response.status_code == 200
    page = text(response)
    assert "Niveau de participation" in page
    assert "Sur l'échelle d'Arnstein, de 1 (manipulation) à 8 (contrôle citoyen)." in page
    assert "6 — Partenariat" in page
    assert "Collectivités" in page
    assert "Publier" in page


def test_snippet_form_in_french(admin_client):
    response = admin_client.get("/admin/snippets/cms/localauthority/add/")
    assert response.status_code == 200
    page = text(response)
    assert "Code officiel" in page
    assert "Type de collectivité" in page
    assert "Département" in page


def test_login_form_labels_are_french(client, db):
    page = client.get("/admin/login/").content.decode()
    assert "Mot de passe" in page
    assert ">Password<" not in page
