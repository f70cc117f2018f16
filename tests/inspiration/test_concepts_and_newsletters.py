"""Concepts of democratic theory with their rungs, and the monthly newsletter."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.rich_text import RichText

from tests.inspiration.factories import (
    ConceptLevelFactory,
    ConceptPageFactory,
    NewsletterPageFactory,
)

pytestmark = pytest.mark.django_db


def test_a_concept_lists_its_levels_in_the_editor_order(gql, section):
    concept = ConceptPageFactory(parent=section, title="Échelle de la participation")
    for rank, name, group in [
        (1, "Manipulation", "Non-participation"),
        (4, "Consultation", "Coopération symbolique"),
        (8, "Contrôle citoyen", "Pouvoir citoyen"),
    ]:
        ConceptLevelFactory(concept=concept, rank=rank, name=name, group=group, sort_order=rank)
    data = gql("{ concepts { edges { node { title author year levels { rank name group } } } } }")
    node = data["concepts"]["edges"][0]["node"]
    assert (node["author"], node["year"]) == ("Sherry R. Arnstein", 1969)
    assert [(level["rank"], level["name"]) for level in node["levels"]] == [
        (1, "Manipulation"),
        (4, "Consultation"),
        (8, "Contrôle citoyen"),
    ]


@pytest.mark.parametrize("year", [1499, 2101])
def test_a_concept_year_is_a_plausible_year(section, year):
    concept = ConceptPageFactory(parent=section)
    concept.year = year
    with pytest.raises(ValidationError) as error:
        concept.full_clean()
    assert "year" in error.value.message_dict


@pytest.mark.parametrize("rank", [0, 21])
def test_a_level_rank_is_between_1_and_20(section, rank):
    level = ConceptLevelFactory.build(concept=ConceptPageFactory(parent=section), rank=rank)
    with pytest.raises(ValidationError) as error:
        level.full_clean()
    assert "rank" in error.value.message_dict


def test_newsletters_latest_edition_first_month_as_its_first_day(gql, section):
    NewsletterPageFactory(
        parent=section, title="Lettre n° 1", edition_number=1, edition_month="2024-01-20"
    )
    NewsletterPageFactory(
        parent=section, title="Lettre n° 3", edition_number=3, edition_month="2024-03-05"
    )
    NewsletterPageFactory(
        parent=section, title="Lettre n° 2", edition_number=2, edition_month="2024-02-14"
    )
    data = gql("{ newsletters { edges { node { title editionNumber editionMonth } } } }")
    assert [
        (n["node"]["editionNumber"], n["node"]["editionMonth"])
        for n in data["newsletters"]["edges"]
    ] == [(3, "2024-03-01"), (2, "2024-02-01"), (1, "2024-01-01")]


def test_a_newsletter_never_links_to_an_unpublished_page(gql, section):
    concept = ConceptPageFactory(parent=section, title="Le tirage au sort")
    NewsletterPageFactory(
        parent=section,
        sections=[
            ("intro", RichText("<p>Éditorial.</p>")),
            ("concept_of_the_month", {"concept": concept, "text": RichText("<p>Hasard.</p>")}),
        ],
    )
    query = """{ newsletters { edges { node { sections {
      __typename
      ... on NewsletterSectionConceptOfTheMonth { conceptOfTheMonth { concept { title } } }
    } } } } }"""
    sections = gql(query)["newsletters"]["edges"][0]["node"]["sections"]
    assert sections[1]["conceptOfTheMonth"]["concept"] == {"title": "Le tirage au sort"}

    concept.unpublish()
    sections = gql(query)["newsletters"]["edges"][0]["node"]["sections"]
    assert sections[1]["conceptOfTheMonth"]["concept"] is None
