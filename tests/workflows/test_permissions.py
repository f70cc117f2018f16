"""The permission matrix: each role × each action × own vs another collectivité.

The rules (`workflows.permissions`) are checked directly, then through the admin's views.
"""

import pytest
from django.test import Client

from inspiration.models import ConceptPage, ExperiencePage, ResourcePage
from tests.workflows.conftest import experience_input
from workflows import permissions, services

pytestmark = pytest.mark.django_db

ROLES = ["editor", "moderator", "contributor", "colleague", "other", "expert"]

# role → (view draft, edit, publish) on a Séné contribution submitted by "contributor".
EXPECTED = {
    "editor": (True, True, True),
    "moderator": (True, True, True),
    "contributor": (True, True, False),  # own
    "colleague": (True, True, False),  # same collectivité
    "other": (False, False, False),  # another collectivité
    "expert": (False, False, False),
}


@pytest.fixture
def contribution(site):
    return services.submit_experience(site.users.contributor, experience_input())


@pytest.mark.parametrize("role", ROLES)
def test_rules_on_a_contribution(site, contribution, role):
    user = getattr(site.users, role)
    page = ExperiencePage.objects.get(pk=contribution.pk)
    got = (
        permissions.can_view_draft(user, page),
        permissions.can_edit(user, page),
        permissions.can_publish(user, page),
    )
    assert got == EXPECTED[role]


@pytest.mark.parametrize(
    "role,page_class,section,allowed",
    [
        ("contributor", ExperiencePage, "experiences", True),
        ("contributor", ResourcePage, "resources", True),
        ("contributor", ExperiencePage, "resources", False),
        ("contributor", ResourcePage, "experiences", False),
        ("contributor", ConceptPage, "concepts", False),
        ("contributor", ConceptPage, "experiences", False),
        ("other", ExperiencePage, "experiences", True),
        ("editor", ConceptPage, "concepts", True),
    ],
)
def test_creation_rules(site, role, page_class, section, allowed):
    user = getattr(site.users, role)
    assert permissions.can_create(user, page_class, getattr(site, section)) is allowed


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def draft_urls(page):
    revision = page.latest_revision_id
    return [
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/{page.pk}/view_draft/",
        f"/admin/pages/{page.pk}/revisions/{revision}/view/",
        f"/admin/pages/{page.pk}/history/",
        f"/admin/pages/{page.pk}/workflow_history/",
    ]


def reachable(client, url):
    response = client.get(url)
    return response.status_code == 200


@pytest.mark.parametrize(
    "role,expected",
    [("contributor", True), ("other", False), ("editor", True), ("moderator", True)],
)
def test_admin_drafts_revisions_previews_history(site, contribution, role, expected):
    client = client_for(getattr(site.users, role))
    page = ExperiencePage.objects.get(pk=contribution.pk)
    for url in draft_urls(page):
        assert reachable(client, url) is expected, url


def test_admin_explorer_hides_other_collectivites_drafts(site, contribution):
    url = f"/admin/pages/{site.experiences.pk}/"
    own = client_for(site.users.contributor).get(url).content.decode()
    other = client_for(site.users.other).get(url).content.decode()
    assert contribution.title in own
    assert contribution.title not in other


@pytest.mark.parametrize(
    "role,model,section,expected",
    [
        ("contributor", "experiencepage", "experiences", 200),
        ("contributor", "resourcepage", "resources", 200),
        ("contributor", "conceptpage", "concepts", 302),
        ("contributor", "conceptpage", "experiences", 302),
        ("contributor", "experiencepage", "resources", 302),
        ("editor", "conceptpage", "concepts", 200),
        ("moderator", "experiencepage", "experiences", 302),
    ],
)
def test_admin_create_views(site, role, model, section, expected):
    client = client_for(getattr(site.users, role))
    parent = getattr(site, section)
    response = client.get(f"/admin/pages/add/inspiration/{model}/{parent.pk}/")
    assert response.status_code == expected


def test_admin_contributor_never_publishes(site, contribution):
    client = client_for(site.users.contributor)
    html = client.get(f"/admin/pages/{contribution.pk}/edit/").content.decode()
    assert 'name="action-publish"' not in html


def test_moderator_dashboard_lists_what_waits(site, contribution):
    html = client_for(site.users.moderator).get("/admin/").content.decode()
    assert "En attente de modération (1)" in html
    assert contribution.title in html
    contributor_html = client_for(site.users.contributor).get("/admin/").content.decode()
    assert "En attente de modération" not in contributor_html


def test_document_chooser_shows_only_the_collectivites_documents(site):
    from tests import factories as f

    own = f.DocumentFactory(title="Bilan de Séné", uploaded_by_user=site.users.colleague)
    other = f.DocumentFactory(title="Bilan de Guichen", uploaded_by_user=site.users.other)
    html = client_for(site.users.contributor).get("/admin/documents/chooser/").json()["html"]
    assert own.title in html
    assert other.title not in html
    editor_html = client_for(site.users.editor).get("/admin/documents/chooser/").json()["html"]
    assert other.title in editor_html


@pytest.mark.parametrize(
    "role,expected", [("colleague", True), ("other", False), ("expert", False)]
)
def test_admin_edit_view_follows_the_collectivite_rule(site, contribution, role, expected):
    """The admin agrees with the API: a colleague of the same collectivité edits the contribution."""
    client = client_for(getattr(site.users, role))
    page = ExperiencePage.objects.get(pk=contribution.pk)
    assert reachable(client, f"/admin/pages/{page.pk}/edit/") is expected
    assert page.permissions_for_user(getattr(site.users, role)).can_edit() is expected
