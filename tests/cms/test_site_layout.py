"""What the public site shows around its pages: the menu and the site's settings."""

import datetime

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from cms.models import SiteSettings
from tests.api.conftest import GraphQLClient
from tests.inspiration.factories import InspirationIndexPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db

MENU = "{ menu { title urlPath children { title urlPath children { title } } } }"
SETTINGS = """{ siteSettings {
  siteName baseline operator contactEmail socialImage { alt }
  footerLinks { kind label url urlPath isExternal }
  legalLinks { kind label url urlPath isExternal }
  accessibilityStatus accessibilityStatusLabel
} }"""


@pytest.fixture
def gql(client):
    return GraphQLClient(client)


def section(home, title, slug, menu=True, **kwargs):
    return InspirationIndexPageFactory(
        parent=home, title=title, slug=slug, show_in_menus=menu, **kwargs
    )


# --- Menu ----------------------------------------------------------------------------------------


def test_the_menu_lists_the_sections_shown_in_menus_in_tree_order_with_their_own(gql, home):
    resources = section(home, "Ressources", "ressources")
    section(home, "Plan du site", "plan-du-site", menu=False)
    agenda = section(home, "Agenda", "agenda")
    ResourcePageFactory(parent=resources, title="Guides", slug="guides", show_in_menus=True)
    ResourcePageFactory(parent=resources, title="Un guide", slug="un-guide")
    # Under a section hidden from menus, even a page shown in menus stays out.
    hidden = section(home, "Archives", "archives", menu=False)
    ResourcePageFactory(parent=hidden, title="Vieille page", slug="vieille", show_in_menus=True)
    # Third level: not in a two-level menu.
    ResourcePageFactory(parent=agenda, title="Rencontres", slug="rencontres", show_in_menus=True)

    menu = gql(MENU)["menu"]

    assert menu == [
        {
            "title": "Ressources",
            "urlPath": "/ressources/",
            "children": [{"title": "Guides", "urlPath": "/ressources/guides/", "children": []}],
        },
        {
            "title": "Agenda",
            "urlPath": "/agenda/",
            "children": [{"title": "Rencontres", "urlPath": "/agenda/rencontres/", "children": []}],
        },
    ]


def test_the_menu_never_shows_what_the_public_cannot_see(gql, home):
    draft = section(home, "Brouillon", "brouillon")
    draft.unpublish()
    restricted = section(home, "Espace privé", "prive")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    section(home, "Bientôt", "bientot", go_live_at=timezone.now() + datetime.timedelta(days=1))
    section(home, "Agenda", "agenda")

    assert [item["title"] for item in gql(MENU)["menu"]] == ["Agenda"]


def test_the_menu_costs_the_same_queries_however_many_entries(gql, home):
    def count():
        with CaptureQueriesContext(connection) as queries:
            gql(MENU)
        return len(queries)

    first = section(home, "Ressources", "ressources")
    ResourcePageFactory(parent=first, show_in_menus=True)
    count()  # warms the per-process cache of the site's root
    few = count()
    for n in range(6):
        more = section(home, f"Rubrique {n}", f"rubrique-{n}")
        for _ in range(3):
            ResourcePageFactory(parent=more, show_in_menus=True)
    assert count() == few


# --- Settings ------------------------------------------------------------------------------------


def test_the_settings_have_french_defaults_until_an_editor_saves_them(gql, home):
    settings = gql(SETTINGS)["siteSettings"]

    assert settings["siteName"] == "Territoires en commun"
    assert settings["baseline"] == "La plateforme de l'engagement citoyen"
    assert settings["operator"] == "Agence nationale de la cohésion des territoires"
    assert settings["contactEmail"] is None
    assert settings["socialImage"] is None
    # The links every site of the State shows in its footer.
    assert [link["label"] for link in settings["footerLinks"]] == [
        "legifrance.gouv.fr",
        "info.gouvernement.fr",
        "service-public.fr",
        "data.gouv.fr",
    ]
    assert all(link["isExternal"] for link in settings["footerLinks"])
    assert settings["legalLinks"] == []
    assert settings["accessibilityStatus"] == "NON_COMPLIANT"
    assert settings["accessibilityStatusLabel"] == "non conforme"
    # Reading does not write: no row is created by a visitor.
    assert not SiteSettings.objects.exists()


def test_the_settings_an_editor_saved_are_served_links_to_pages_as_front_end_paths(gql, home):
    legal = section(home, "Mentions légales", "mentions-legales")
    unpublished = section(home, "Données personnelles", "donnees-personnelles")
    unpublished.unpublish()
    image = wagtail_factories.ImageFactory(description="Des cercles de couleur.")
    SiteSettings.objects.create(
        site=Site.objects.get(is_default_site=True),
        site_name="Territoires en commun",
        baseline="Coopérer entre collectivités",
        contact_email="contact@example.org",
        social_image=image,
        footer_links=[
            ("link", {"label": "ANCT", "link": {"url": "https://anct.example.org/"}}),
        ],
        legal_links=[
            ("legal_notice", {"label": "Mentions légales", "link": {"page": legal}}),
            ("accessibility", {"label": "Accessibilité", "link": {"url": "https://a.example/"}}),
            ("personal_data", {"label": "Données personnelles", "link": {"page": unpublished}}),
        ],
        accessibility_status=SiteSettings.AccessibilityStatus.PARTIALLY_COMPLIANT,
    )

    settings = gql(SETTINGS)["siteSettings"]

    assert settings["baseline"] == "Coopérer entre collectivités"
    assert settings["contactEmail"] == "contact@example.org"
    assert settings["socialImage"] == {"alt": "Des cercles de couleur."}
    assert settings["footerLinks"] == [
        {
            "kind": "OTHER",
            "label": "ANCT",
            "url": "https://anct.example.org/",
            "urlPath": None,
            "isExternal": True,
        }
    ]
    # The link to an unpublished page is left out: the footer never leads to a 404.
    assert settings["legalLinks"] == [
        {
            "kind": "LEGAL_NOTICE",
            "label": "Mentions légales",
            "url": "http://localhost:3000/mentions-legales/",
            "urlPath": "/mentions-legales/",
            "isExternal": False,
        },
        {
            "kind": "ACCESSIBILITY",
            "label": "Accessibilité",
            "url": "https://a.example/",
            "urlPath": None,
            "isExternal": True,
        },
    ]
    assert settings["accessibilityStatusLabel"] == "partiellement conforme"


def test_editors_may_change_the_settings_in_the_admin(client, home):
    from django.contrib.auth import get_user_model

    from cms.roles import ROLE_EDITORS, ensure_roles

    groups = ensure_roles()
    editor = get_user_model().objects.create_user("editrice", "e@example.org", "x" * 16)
    editor.groups.add(groups[ROLE_EDITORS])
    client.force_login(editor)
    site = Site.objects.get(is_default_site=True)

    response = client.get(f"/admin/settings/cms/sitesettings/{site.pk}/")

    assert response.status_code == 200
    assert "Réglages du site" in response.content.decode()
