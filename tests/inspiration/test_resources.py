"""Resources: what kind each is, how to reach it, and the filters of the resource base."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from cms.models import Theme
from tests.cms.factories import DocumentFactory, ThemeFactory
from tests.ids import gid
from tests.inspiration.factories import ResourcePageFactory

pytestmark = pytest.mark.django_db

RESOURCES = """query($filter: ResourceFilter) {
  resources(filter: $filter) {
    edges { node { title resourceType publicationDate externalUrl document { title url } } }
  }
}"""


def titles(gql, **filters):
    if "theme" in filters:  # a front end filters by the theme's global id
        filters["theme"] = gid(Theme.objects.get(slug=filters["theme"]))
    edges = gql(RESOURCES, {"filter": filters})["resources"]["edges"]
    return [edge["node"]["title"] for edge in edges]


@pytest.fixture
def resources(section):
    health = ThemeFactory(slug="sante", name="Santé")
    youth = ThemeFactory(slug="jeunesse", name="Jeunesse")
    for title, kind, published, themes in [
        ("Étude sur l'isolement des aînés", "study", datetime.date(2023, 2, 1), [health]),
        ("Guide de l'engagement des jeunes", "guide", datetime.date(2024, 5, 10), [youth]),
        ("Outil de cartographie de la santé", "tool", datetime.date(2022, 11, 1), [health]),
    ]:
        ResourcePageFactory(
            parent=section,
            title=title,
            resource_type=kind,
            publication_date=published,
            themes=themes,
        )


def test_latest_publication_first(gql, resources):
    assert titles(gql) == [
        "Guide de l'engagement des jeunes",
        "Étude sur l'isolement des aînés",
        "Outil de cartographie de la santé",
    ]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (
            {"theme": "sante"},
            ["Étude sur l'isolement des aînés", "Outil de cartographie de la santé"],
        ),
        ({"resourceType": "TOOL"}, ["Outil de cartographie de la santé"]),
        ({"theme": "jeunesse", "resourceType": "STUDY"}, []),
    ],
)
def test_filters_by_theme_and_kind(gql, resources, filters, expected):
    assert titles(gql, **filters) == expected


def test_a_resource_is_reached_by_its_file_or_its_link(gql, section, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    ResourcePageFactory(
        parent=section,
        title="Guide à télécharger",
        external_url="",
        document=DocumentFactory(title="Guide de la concertation"),
    )
    node = gql(RESOURCES)["resources"]["edges"][0]["node"]
    assert node["externalUrl"] == ""
    assert node["document"]["title"] == "Guide de la concertation"
    assert node["document"]["url"].endswith(".txt")

    with pytest.raises(ValidationError) as error:
        ResourcePageFactory(parent=section, external_url="", document=None)
    assert error.value.message_dict["external_url"] == [
        "Joignez un fichier ou indiquez un lien vers la ressource."
    ]
