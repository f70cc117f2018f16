"""The admin's page search (/admin/pages/search/) goes through the search service's French
analysis, over the pages the editor may explore — drafts and private pages included."""

import logging

import pytest
from django.apps import apps
from django.conf import settings
from django.test import Client, override_settings
from django.urls import reverse
from wagtail.admin.viewsets.pages import PageViewSet, page_viewset_registry
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from inspiration.models import ExperiencePage
from search.admin_views import FrenchPageSearchView
from search.wagtail_hooks import french_page_viewset
from tests.factories import ExperiencePageFactory, InspirationIndexPageFactory, ResourcePageFactory
from tests.workflows.conftest import experience_input, site  # noqa: F401 (fixture)
from workflows import services as workflow_services

pytestmark = pytest.mark.django_db

SEARCH = reverse("wagtailadmin_pages:search")
RESULTS = reverse("wagtailadmin_pages:search_results")


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def _engine_pages_index(reset=False):
    """On OpenSearch (SEARCH_URL), the pages' index is not rolled back with the database: empty
    it before each test, and refresh it before searching."""
    if not settings.SEARCH_URL:
        return
    index = get_search_backend().get_index_for_model(Page)
    if reset:
        index.reset()
        for model in apps.get_models():
            if issubclass(model, Page):
                index.add_model(model)
    index.refresh()


@pytest.fixture
def pages(site):  # noqa: F811
    _engine_pages_index(reset=True)
    live = ExperiencePageFactory(
        parent=site.experiences,
        title="Démocratie locale à Guichen",
        summary="Un conseil de quartier.",
    )
    draft = ExperiencePageFactory(
        parent=site.experiences,
        title="Démocraties participatives (brouillon)",
        summary="Pas encore publiée.",
        live=False,
    )
    private_index = InspirationIndexPageFactory(
        parent=site.home, title="Espace réservé", slug="reserve"
    )
    PageViewRestriction.objects.create(
        page=private_index, restriction_type=PageViewRestriction.PASSWORD, password="secret-42"
    )
    private = ResourcePageFactory(
        parent=private_index, title="Guide interne de la démocratie délibérative"
    )
    unrelated = ResourcePageFactory(parent=site.resources, title="Mobilités rurales")
    return {"live": live, "draft": draft, "private": private, "unrelated": unrelated}


def found(client, query, url=SEARCH, refresh=True, **params):
    if refresh:
        _engine_pages_index()
    response = client.get(url, {"q": query, **params})
    assert response.status_code == 200
    return response, response.content.decode()


def test_the_admin_search_url_is_ours(site):  # noqa: F811
    response, _ = found(client_for(site.users.editor), "démocratie")
    assert isinstance(response.context["view"], FrenchPageSearchView)
    response, _ = found(client_for(site.users.editor), "démocratie", url=RESULTS)
    assert isinstance(response.context["view"], FrenchPageSearchView)


def test_our_page_viewset_takes_the_place_of_wagtails_default():
    """The other page views stay Wagtail's: the search view class differs, and the create/edit
    views only by their French titles (cms.admin_views)."""
    default = page_viewset_registry.get_by_type(Page)
    assert default is french_page_viewset
    assert page_viewset_registry.get_by_type(ExperiencePage) is french_page_viewset
    assert issubclass(default.edit_view_class, PageViewSet.edit_view_class)
    assert default.delete_view_class is PageViewSet.delete_view_class


@pytest.mark.parametrize("query", ["democratie", "Démocratie", "DEMOCRATIES", "démocraties"])
def test_editors_find_pages_without_accents_or_plural_drafts_and_private_included(
    site,  # noqa: F811
    pages,
    query,
):
    _, html = found(client_for(site.users.editor), query)
    assert "Démocratie locale à Guichen" in html
    assert "Démocraties participatives (brouillon)" in html
    assert "Guide interne de la démocratie délibérative" in html
    assert "Mobilités rurales" not in html


def test_feminine_and_elided_forms_match(site, pages):  # noqa: F811
    client = client_for(site.users.editor)
    _, html = found(client, "participative")
    assert "Démocraties participatives (brouillon)" in html
    _, html = found(client, "l'espace")  # « Espace réservé », elision removed
    assert "Espace réservé" in html


def test_a_word_being_typed_still_matches_title_prefixes(site, pages):  # noqa: F811
    _, html = found(client_for(site.users.editor), "démoc")
    assert "Démocratie locale à Guichen" in html
    assert "Démocraties participatives (brouillon)" in html


def test_wagtail_filters_and_page_type_facet(site, pages):  # noqa: F811
    client = client_for(site.users.editor)
    _, html = found(client, "democratie live:no")
    assert "Démocraties participatives (brouillon)" in html
    assert "Démocratie locale à Guichen" not in html
    response, html = found(client, "democratie", content_type="inspiration.resourcepage")
    assert "Guide interne de la démocratie délibérative" in html
    assert "Démocratie locale à Guichen" not in html
    counts = {ct.model: count for ct, count in response.context["content_types"]}
    assert counts == {"experiencepage": 2, "resourcepage": 1}


def test_results_are_ranked_and_ordering_is_honoured(site, pages):  # noqa: F811
    client = client_for(site.users.editor)
    response, _ = found(client, "democratie", ordering="title")
    titles = [page.title for page in response.context["object_list"]]
    assert titles == sorted(titles)
    response, _ = found(client, "démocratie locale")
    assert [page.title for page in response.context["object_list"]][0] == (
        "Démocratie locale à Guichen"
    )


def test_contributors_never_see_another_collectivites_drafts(site, pages):  # noqa: F811
    contribution = workflow_services.submit_experience(
        site.users.contributor,
        experience_input(title="Démocratie alimentaire à Séné (contribution)"),
    )
    assert not contribution.live
    _, own = found(client_for(site.users.contributor), "democratie alimentaire")
    _, colleague = found(client_for(site.users.colleague), "democratie alimentaire")
    _, other = found(client_for(site.users.other), "democratie alimentaire")
    _, editor = found(client_for(site.users.editor), "democratie alimentaire")
    assert contribution.title in own
    assert contribution.title in colleague
    assert contribution.title in editor
    assert contribution.title not in other
    # The other collectivité still finds the live pages of its sections, not others' drafts.
    _, other = found(client_for(site.users.other), "democratie")
    assert "Démocratie locale à Guichen" in other
    assert "Démocraties participatives (brouillon)" not in other


def test_users_without_page_permissions_are_refused(site, pages):  # noqa: F811
    from tests.workflows.factories import UserFactory

    nobody = UserFactory(username="sans-role")
    from django.contrib.auth.models import Permission

    nobody.user_permissions.add(Permission.objects.get(codename="access_admin"))
    response = client_for(nobody).get(SEARCH, {"q": "democratie"})
    assert response.status_code in (302, 403)
    assert "Démocraties participatives" not in response.content.decode()


@pytest.mark.parametrize(
    "query,message",
    [
        ("le de la", "mots trop courants"),
        ("!!! ???", "aucun mot"),
        ("x" * 201, "caractères au plus"),
    ],
)
def test_unusable_words_get_a_french_message(site, pages, query, message):  # noqa: F811
    response, html = found(client_for(site.users.editor), query)
    assert message in html
    assert "data-search-error" in html
    assert list(response.context["object_list"]) == []


def test_an_empty_search_lists_the_explorable_pages(site, pages):  # noqa: F811
    _, html = found(client_for(site.users.editor), "")
    assert "Mobilités rurales" in html


def test_an_unreachable_engine_is_a_french_message_not_a_500(site, pages, caplog):  # noqa: F811
    backends = {
        "default": {
            "BACKEND": "search.backends.opensearch_french",
            "URLS": ["http://127.0.0.1:9"],
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0},
        }
    }
    client = client_for(site.users.editor)
    with (
        override_settings(
            WAGTAILSEARCH_BACKENDS=backends, WAGTAILSEARCH_BACKENDS_AUTO_UPDATE=False
        ),
        caplog.at_level(logging.ERROR, logger="search"),
    ):
        for url in (SEARCH, RESULTS):
            response, html = found(client, "démocratie", url=url, refresh=False)
            assert "momentanément indisponible" in html
            assert "Démocratie locale à Guichen" not in html
    assert "Moteur de recherche indisponible" in caplog.text
