"""Where each page type may be created in the tree (parent_page_types, subpage_types, max_count)."""

import pytest
from wagtail.models import Page

from cms.models import HomePage
from inspiration.models import (
    ConceptPage,
    EventPage,
    ExperiencePage,
    InspirationIndexPage,
    InspirationThemePage,
    NewsletterPage,
    ResourcePage,
)
from projects.models import (
    ActionPlanPage,
    EngagementTrackIndexPage,
    EngagementTrackPage,
    JournalEntryPage,
    SharedProjectIndexPage,
    SharedProjectPage,
)
from tests import factories as f

INSPIRATION_CONTENT = [
    InspirationThemePage,
    ConceptPage,
    ExperiencePage,
    ResourcePage,
    EventPage,
    NewsletterPage,
]
SECTIONS = [InspirationIndexPage, SharedProjectIndexPage, EngagementTrackIndexPage]
PROJECT_CHILDREN = [JournalEntryPage, ActionPlanPage]
LEAVES = [*INSPIRATION_CONTENT, *PROJECT_CHILDREN, EngagementTrackPage]


@pytest.fixture
def tree(home):
    inspiration = f.InspirationIndexPageFactory(parent=home)
    projects = f.SharedProjectIndexPageFactory(parent=home)
    engagement = f.EngagementTrackIndexPageFactory(parent=home)
    project = f.SharedProjectPageFactory(parent=projects)
    return {
        "root": Page.get_first_root_node(),
        "home": home,
        "inspiration": inspiration,
        "projects": projects,
        "project": project,
        "engagement": engagement,
        "track": f.EngagementTrackPageFactory(parent=engagement),
        "experience": f.ExperiencePageFactory(parent=inspiration),
        "plan": f.ActionPlanPageFactory(parent=project),
    }


def allowed_parents(model, tree):
    """The names of the pages of `tree` under which `model` can be created."""
    return {name for name, page in tree.items() if model.can_create_at(page)}


def names(models):
    return {model.__name__ for model in models}


@pytest.mark.parametrize("model", INSPIRATION_CONTENT, ids=lambda m: m.__name__)
def test_inspiration_content_only_under_inspiration_index(tree, model):
    assert allowed_parents(model, tree) == {"inspiration"}


def test_experience_not_under_home_nor_shared_project(tree):
    assert ExperiencePage.can_create_at(tree["inspiration"])
    assert not ExperiencePage.can_create_at(tree["home"])
    assert not ExperiencePage.can_create_at(tree["project"])
    assert not ExperiencePage.can_create_at(tree["projects"])


@pytest.mark.parametrize("model", SECTIONS, ids=lambda m: m.__name__)
def test_sections_only_under_home(tree, model):
    assert allowed_parents(model, tree) == {"home"}


def test_shared_project_only_under_its_section(tree):
    assert allowed_parents(SharedProjectPage, tree) == {"projects"}


@pytest.mark.parametrize("model", PROJECT_CHILDREN, ids=lambda m: m.__name__)
def test_journal_and_action_plan_only_under_shared_project(tree, model):
    assert allowed_parents(model, tree) == {"project"}


def test_engagement_track_only_under_its_section(tree):
    assert allowed_parents(EngagementTrackPage, tree) == {"engagement"}


def test_subpage_types_of_each_container(tree):
    assert names(tree["home"].specific.allowed_subpage_models()) == names(SECTIONS)
    assert names(tree["inspiration"].specific.allowed_subpage_models()) == names(
        INSPIRATION_CONTENT
    )
    assert names(tree["projects"].specific.allowed_subpage_models()) == {"SharedProjectPage"}
    assert names(tree["project"].specific.allowed_subpage_models()) == names(PROJECT_CHILDREN)
    assert names(tree["engagement"].specific.allowed_subpage_models()) == {"EngagementTrackPage"}


@pytest.mark.parametrize("model", LEAVES, ids=lambda m: m.__name__)
def test_content_pages_have_no_children(model):
    assert model.allowed_subpage_models() == []


def test_home_page_only_at_root_and_only_once(tree):
    assert HomePage.max_count == 1
    assert HomePage.allowed_parent_page_models() == [Page]
    assert HomePage.can_exist_under(tree["root"])
    assert not HomePage.can_exist_under(tree["inspiration"])
    # One home page exists already: no second one, anywhere.
    assert HomePage.objects.count() == 1
    assert allowed_parents(HomePage, tree) == set()


def test_home_page_creatable_at_root_when_none_exists(tree, monkeypatch):
    """max_count is what forbids a second home page, not the parent rule."""
    assert HomePage.can_create_at(tree["root"]) is False
    monkeypatch.setattr(HomePage, "max_count", None)
    assert HomePage.can_create_at(tree["root"])
    assert not HomePage.can_create_at(tree["inspiration"])


def test_pages_cannot_be_moved_outside_their_section(tree):
    assert not tree["experience"].can_move_to(tree["project"])
    assert not tree["experience"].can_move_to(tree["home"])
    assert not tree["plan"].can_move_to(tree["inspiration"])
    other_index = f.InspirationIndexPageFactory(parent=tree["home"])
    assert tree["experience"].can_move_to(other_index)


@pytest.mark.parametrize(
    ("app_model", "parent"),
    [
        ("inspiration/experiencepage", "home"),
        ("inspiration/experiencepage", "project"),
        ("projects/actionplanpage", "inspiration"),
        ("projects/journalentrypage", "projects"),
        ("projects/sharedprojectpage", "home"),
        ("cms/homepage", "root"),
    ],
)
def test_admin_refuses_creation_under_wrong_parent(admin_client, tree, app_model, parent):
    """Wagtail answers a forbidden create view by sending back to the dashboard with a message."""
    count = Page.objects.count()
    url = f"/admin/pages/add/{app_model}/{tree[parent].pk}/"
    response = admin_client.get(url)
    assert response.status_code != 200
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    response = admin_client.post(
        url, {"title": "Intrus", "slug": "intrus", "action-publish": "1"}, follow=True
    )
    assert response.redirect_chain == [("/admin/", 302)]
    assert (
        "Désolé, vous n&#x27;avez pas les autorisations pour accéder à cette zone."
        in response.content.decode()
    )
    assert Page.objects.count() == count
    assert not Page.objects.filter(title="Intrus").exists()


def test_admin_add_subpage_offers_only_allowed_types(admin_client, tree):
    response = admin_client.get(f"/admin/pages/{tree['home'].pk}/add_subpage/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/admin/pages/add/inspiration/inspirationindexpage/" in html
    assert "/admin/pages/add/projects/sharedprojectindexpage/" in html
    assert "/admin/pages/add/inspiration/experiencepage/" not in html
    assert "/admin/pages/add/cms/homepage/" not in html
