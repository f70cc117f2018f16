"""The page types the admin offers under each parent type.

Each app declares where its pages go (`parent_page_types` on the child); these tables pin the
result, so that moving a declaration from a parent to its child changes nothing an editor sees.
"""

import pytest
from wagtail.models import Page, get_page_models

CREATABLE_CHILDREN = {
    "wagtailcore.Page": {"cms.HomePage"},
    "cms.HomePage": {
        "inspiration.InspirationIndexPage",
        "projects.SharedProjectIndexPage",
        "projects.EngagementTrackIndexPage",
    },
    "inspiration.InspirationIndexPage": {
        "inspiration.InspirationThemePage",
        "inspiration.ConceptPage",
        "inspiration.ExperiencePage",
        "inspiration.ResourcePage",
        "inspiration.EventPage",
        "inspiration.NewsletterPage",
    },
    "inspiration.InspirationThemePage": set(),
    "inspiration.ConceptPage": set(),
    "inspiration.ExperiencePage": set(),
    "inspiration.ResourcePage": set(),
    "inspiration.EventPage": set(),
    "inspiration.NewsletterPage": set(),
    "projects.SharedProjectIndexPage": {"projects.SharedProjectPage"},
    "projects.SharedProjectPage": {"projects.JournalEntryPage", "projects.ActionPlanPage"},
    "projects.JournalEntryPage": set(),
    "projects.ActionPlanPage": set(),
    "projects.EngagementTrackIndexPage": {"projects.EngagementTrackPage"},
    "projects.EngagementTrackPage": set(),
}


def labels(models):
    return {model._meta.label for model in models}


def test_every_page_type_is_pinned():
    assert labels(get_page_models()) == set(CREATABLE_CHILDREN)


@pytest.mark.parametrize("parent", sorted(CREATABLE_CHILDREN))
def test_creatable_children(parent):
    model = next(model for model in get_page_models() if model._meta.label == parent)
    assert labels(model.creatable_subpage_models()) == CREATABLE_CHILDREN[parent]


@pytest.mark.parametrize("parent", sorted(CREATABLE_CHILDREN))
def test_allowed_children(parent):
    """Beyond what can be created, the tree accepts the same moves as before."""
    model = next(model for model in get_page_models() if model._meta.label == parent)
    expected = CREATABLE_CHILDREN[parent] | ({"wagtailcore.Page"} if model is Page else set())
    assert labels(model.allowed_subpage_models()) == expected


def test_allowed_parents_of_the_base_page():
    """Wagtail's base `Page` (the tree's root) only ever sits under another base `Page`."""
    assert labels(Page.allowed_parent_page_models()) == {"wagtailcore.Page"}
