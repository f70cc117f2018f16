"""A section of the resource base says what it lists, so that a front end picks the right listing."""

import importlib

import pytest
from django.apps import apps

from inspiration.models import InspirationIndexPage
from tests.inspiration.factories import (
    ExperiencePageFactory,
    InspirationIndexPageFactory,
    ResourcePageFactory,
)

pytestmark = pytest.mark.django_db

SECTION_QUERY = """
query($urlPath: String!) {
  page(urlPath: $urlPath) { ... on InspirationIndexPage { title section } }
}
"""

migration = importlib.import_module("inspiration.migrations.0003_inspirationindexpage_section")


def test_the_api_tells_which_listing_a_section_shows(gql, home):
    InspirationIndexPageFactory(parent=home, slug="experiences", section="experiences")
    InspirationIndexPageFactory(parent=home, slug="agenda", section="events")
    InspirationIndexPageFactory(parent=home, slug="divers")

    def section_at(path):
        return gql(SECTION_QUERY, {"urlPath": path})["page"]["section"]

    assert section_at("/experiences/") == "EXPERIENCES"
    assert section_at("/agenda/") == "EVENTS"
    assert section_at("/divers/") is None


def test_existing_sections_get_the_type_most_of_their_pages_have(home):
    index = InspirationIndexPageFactory(parent=home, slug="partage")
    ExperiencePageFactory(parent=index)
    ExperiencePageFactory(parent=index)
    ResourcePageFactory(parent=index)

    migration.set_sections(apps, None)

    assert InspirationIndexPage.objects.get(pk=index.pk).section == "experiences"


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        ("thematiques-d-inspiration", "themes"),
        ("ressources", "resources"),
        ("agenda", "events"),
        ("lettres-d-information", "newsletters"),
        ("a-propos", ""),
    ],
)
def test_an_empty_section_gets_its_type_from_its_slug(home, slug, expected):
    index = InspirationIndexPageFactory(parent=home, slug=slug)

    migration.set_sections(apps, None)

    assert InspirationIndexPage.objects.get(pk=index.pk).section == expected


def test_a_section_chosen_by_an_editor_is_kept(home):
    index = InspirationIndexPageFactory(parent=home, slug="ressources", section="concepts")
    ExperiencePageFactory(parent=index)

    migration.set_sections(apps, None)

    assert InspirationIndexPage.objects.get(pk=index.pk).section == "concepts"
