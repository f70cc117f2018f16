"""The theme of the month: one per month, the latest first, and what it puts forward."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from inspiration.models import (
    InspirationThemeEvent,
    InspirationThemeExperience,
    InspirationThemeResource,
)
from tests.inspiration.factories import (
    EventPageFactory,
    ExperiencePageFactory,
    InspirationThemePageFactory,
    ResourcePageFactory,
)

pytestmark = pytest.mark.django_db

THEMES = """{
  inspirationThemes {
    edges { node {
      title month nextThemeTitle nextThemeMonth
      featuredExperiences { title }
      featuredResources { title }
      featuredEvents { title }
    } }
  }
}"""


def nodes(gql):
    return [edge["node"] for edge in gql(THEMES)["inspirationThemes"]["edges"]]


def test_the_latest_month_comes_first(gql, section):
    for title, month in [("Mars", 3), ("Mai", 5), ("Avril", 4)]:
        InspirationThemePageFactory(
            parent=section, title=title, month=datetime.date(2024, month, 1)
        )
    assert [(n["title"], n["month"]) for n in nodes(gql)] == [
        ("Mai", "2024-05-01"),
        ("Avril", "2024-04-01"),
        ("Mars", "2024-03-01"),
    ]


def test_months_are_kept_as_the_first_of_the_month(gql, section):
    InspirationThemePageFactory(
        parent=section,
        month=datetime.date(2024, 3, 17),
        next_theme_title="La mobilité",
        next_theme_month=datetime.date(2024, 4, 30),
    )
    node = nodes(gql)[0]
    assert (node["month"], node["nextThemeMonth"]) == ("2024-03-01", "2024-04-01")


def test_the_next_theme_cannot_be_announced_for_the_same_month(section):
    with pytest.raises(ValidationError) as error:
        InspirationThemePageFactory(
            parent=section,
            month=datetime.date(2024, 3, 1),
            next_theme_month=datetime.date(2024, 3, 25),  # same month, once normalised
        )
    assert error.value.message_dict["next_theme_month"] == [
        "La prochaine thématique vient après le mois de celle-ci."
    ]


def test_featured_pages_keep_the_editor_order_and_hide_what_is_unpublished(gql, section):
    first = ExperiencePageFactory(parent=section, title="Budget participatif de Séné")
    second = ExperiencePageFactory(parent=section, title="Conseil citoyen de Grigny")
    withdrawn = ExperiencePageFactory(parent=section, title="Expérience retirée")
    resource = ResourcePageFactory(parent=section, title="Guide du budget participatif")
    event = EventPageFactory(parent=section, title="Webinaire du budget participatif")
    theme_page = InspirationThemePageFactory(parent=section)
    theme_page.featured_experiences = [
        InspirationThemeExperience(page=second),
        InspirationThemeExperience(page=withdrawn),
        InspirationThemeExperience(page=first),
    ]
    theme_page.featured_resources = [InspirationThemeResource(page=resource)]
    theme_page.featured_events = [InspirationThemeEvent(page=event)]
    theme_page.save_revision().publish()
    withdrawn.unpublish()

    node = nodes(gql)[0]
    assert [e["title"] for e in node["featuredExperiences"]] == [
        "Conseil citoyen de Grigny",
        "Budget participatif de Séné",
    ]
    assert [r["title"] for r in node["featuredResources"]] == ["Guide du budget participatif"]
    assert [e["title"] for e in node["featuredEvents"]] == ["Webinaire du budget participatif"]
