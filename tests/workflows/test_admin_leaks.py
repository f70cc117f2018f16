"""Another collectivité's drafts never show in the admin's listings that Wagtail builds itself.

A contributor of Guichen ("other") must not read the title of a Séné draft ("contributor"'s
contribution, waiting for moderation) in the site history report, the admin API that feeds the
explorer menu, the page types usage report or the listing of the pages of a type; the Séné
contributor and the ANCT moderator and editor still see it there.
"""

import pytest
from django.test import Client

from tests import factories as f
from tests.workflows.conftest import experience_input
from workflows import services

pytestmark = pytest.mark.django_db

DRAFT_TITLE = "Budget participatif secret de Séné"
LIVE_TITLE = "Jardins partagés de Séné"


@pytest.fixture
def draft(site):
    return services.submit_experience(site.users.contributor, experience_input(title=DRAFT_TITLE))


@pytest.fixture
def live_page(site):
    return f.ExperiencePageFactory(
        parent=site.experiences,
        title=LIVE_TITLE,
        slug="jardins-partages-sene",
        authority_link__local_authority=site.sene,
    )


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def html_for(site, role, url):
    response = client_for(getattr(site.users, role)).get(url)
    assert response.status_code == 200, (role, url, response.status_code)
    return response.content.decode()


def api_titles(site, role, query):
    response = client_for(getattr(site.users, role)).get(f"/admin/api/main/pages/?{query}")
    assert response.status_code == 200, (role, query, response.status_code)
    return [item["title"] for item in response.json()["items"]]


@pytest.mark.parametrize(
    "role,expected",
    [("other", False), ("contributor", True), ("moderator", True), ("editor", True)],
)
def test_site_history_shows_drafts_to_their_collectivite_only(site, draft, role, expected):
    html = html_for(site, role, "/admin/reports/site-history/")
    assert (DRAFT_TITLE in html) is expected
    results = html_for(site, role, "/admin/reports/site-history/results/")
    assert (DRAFT_TITLE in results) is expected


def test_site_history_hides_the_unpublished_title_of_another_collectivites_page(site, live_page):
    """A live Séné page renamed in a draft: its log entries carry the draft's title."""
    live_page.title = "Titre pas encore publié"
    live_page.save_revision(user=site.users.contributor, log_action=True)
    assert "Titre pas encore publié" not in html_for(site, "other", "/admin/reports/site-history/")
    assert "Titre pas encore publié" in html_for(site, "colleague", "/admin/reports/site-history/")
    assert "Titre pas encore publié" in html_for(site, "moderator", "/admin/reports/site-history/")


def test_site_history_filters_cannot_bring_the_draft_back(site, draft):
    url = "/admin/reports/site-history/?label=secret&action=wagtail.create"
    assert DRAFT_TITLE not in html_for(site, "other", url)
    assert DRAFT_TITLE in html_for(site, "moderator", url)


@pytest.mark.parametrize(
    "role,expected",
    [("other", False), ("contributor", True), ("moderator", True), ("editor", True)],
)
def test_admin_api_children_follow_the_explorer(site, draft, live_page, role, expected):
    for query in (
        f"child_of={site.experiences.pk}",
        f"child_of={site.experiences.pk}&for_explorer=1",
    ):
        titles = api_titles(site, role, query)
        assert (DRAFT_TITLE in titles) is expected, query
        assert LIVE_TITLE in titles, query  # live pages stay visible to everyone


@pytest.mark.parametrize("role,expected", [("other", False), ("moderator", True)])
def test_admin_api_search_and_descendants(site, draft, role, expected):
    assert (DRAFT_TITLE in api_titles(site, role, "search=secret")) is expected
    titles = api_titles(site, role, f"descendant_of={site.home.pk}")
    assert (DRAFT_TITLE in titles) is expected


@pytest.mark.parametrize("role,status", [("other", 404), ("contributor", 200), ("moderator", 200)])
def test_admin_api_detail(site, draft, role, status):
    response = client_for(getattr(site.users, role)).get(f"/admin/api/main/pages/{draft.pk}/")
    assert response.status_code == status
    if status == 200:
        assert response.json()["title"] == DRAFT_TITLE


@pytest.mark.parametrize("role,expected", [("other", False), ("moderator", True)])
def test_pages_of_a_type_listing(site, draft, live_page, role, expected):
    html = html_for(site, role, "/admin/pages/usage/inspiration/experiencepage/")
    assert (DRAFT_TITLE in html) is expected
    assert LIVE_TITLE in html


@pytest.mark.parametrize("role,expected", [("other", False), ("moderator", True)])
def test_page_types_usage_last_edited_page(site, live_page, draft, role, expected):
    html = html_for(site, role, "/admin/reports/page-types-usage/")
    assert (DRAFT_TITLE in html) is expected


def test_other_reports_do_not_list_the_draft(site, draft):
    for url in (
        "/admin/reports/locked/",
        "/admin/reports/aging-pages/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        f"/admin/pages/{site.experiences.pk}/",
        f"/admin/pages/{site.experiences.pk}/?q=secret",
        "/admin/pages/search/?q=secret",
        f"/admin/choose-page/{site.experiences.pk}/",
        "/admin/choose-page/search/?q=secret",
    ):
        response = client_for(site.users.other).get(url)
        body = response.content.decode() if response.status_code == 200 else ""
        if response.headers.get("Content-Type", "").startswith("application/json"):
            body = response.json().get("html", "")
        assert DRAFT_TITLE not in body, url
    for url in (f"/admin/pages/{draft.pk}/history/", f"/admin/pages/{draft.pk}/workflow_history/"):
        assert client_for(site.users.other).get(url).status_code != 200, url


@pytest.mark.parametrize("action", ["delete", "unpublish", "move"])
def test_bulk_action_confirmation_does_not_name_the_draft(site, draft, action):
    """The bulk actions' confirmation lists the pages one may not act on, by title."""
    base = f"/admin/bulk/wagtailcore/page/{action}/"
    for query in (f"?id={draft.pk}", f"?id=all&childOf={site.experiences.pk}"):
        response = client_for(site.users.other).get(base + query)
        body = response.content.decode() if response.status_code == 200 else ""
        assert DRAFT_TITLE not in body, (action, query)
    moderator = client_for(site.users.moderator).get(f"{base}?id={draft.pk}")
    assert DRAFT_TITLE in moderator.content.decode()
