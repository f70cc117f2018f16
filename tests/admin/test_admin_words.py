"""The admin's words with their gender (issue #17, item 3): one table, read by the page titles and
the choosers."""

import pytest
from django.apps import apps
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from cms.admin_words import NOUNS, Noun, edit_title, new_title
from inspiration.models import EventPage, ExperiencePage
from projects.models import SharedProjectPage


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        (ExperiencePage, "Nouvelle expérience"),
        (EventPage, "Nouvel événement"),
        (SharedProjectPage, "Nouveau projet partagé"),
    ],
)
def test_a_new_page_is_named_with_its_gender(model, expected):
    assert new_title(model) == expected


def test_an_edited_page_is_named_with_the_article():
    assert edit_title(ExperiencePage, "Budget") == "Modifier l'expérience « Budget »"
    assert (
        edit_title(SharedProjectPage, "Tiers-lieu") == "Modifier le projet partagé « Tiers-lieu »"
    )


def test_chooser_words_agree_with_the_noun():
    collectivite = Noun("collectivité", feminine=True)
    assert collectivite.choose_another() == "Choisir une autre collectivité"
    assert collectivite.edit_item() == "Modifier cette collectivité"
    evenement = Noun("événement", feminine=False)
    assert evenement.edit_item() == "Modifier cet événement"
    assert Noun("thème", feminine=False).choose_one() == "Choisir un thème"


def test_every_page_type_and_snippet_has_its_noun():
    """A new page type or snippet without its gender would fall back to a clumsy wording."""
    labels = {
        model._meta.label_lower
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page
    }
    labels |= {model._meta.label_lower for model in get_snippet_models()}
    assert labels - set(NOUNS) == set()
