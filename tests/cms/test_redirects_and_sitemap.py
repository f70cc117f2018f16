"""Old addresses the site answers with 301/302 (Wagtail's redirects), and the list of every public
page for sitemap.xml."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction, Site

from tests.api.conftest import GraphQLClient
from tests.inspiration.factories import InspirationIndexPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db

REDIRECT = """query($path: String!) {
  redirect(path: $path) { oldPath location isPermanent statusCode }
}"""
REDIRECTS = """query($first: Int, $after: String) {
  redirects(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { oldPath location statusCode } }
  }
}"""
SITEMAP = """query($first: Int, $after: String) {
  sitemap(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { urlPath lastPublishedAt contentType } }
  }
}"""


@pytest.fixture
def gql(client):
    return GraphQLClient(client)


@pytest.fixture
def site():
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def resources(home):
    return InspirationIndexPageFactory(parent=home, title="Ressources", slug="ressources")


# --- Redirects -----------------------------------------------------------------------------------


def test_an_old_address_redirects_to_its_page_path_or_external_link(gql, resources):
    guide = ResourcePageFactory(parent=resources, slug="guide")
    Redirect.add_redirect("/fiche/guide-de-la-concertation/", guide, is_permanent=True)
    Redirect.add_redirect("/ancien-site/", "https://ancien.example.org/", is_permanent=False)

    found = gql(REDIRECT, {"path": "/fiche/guide-de-la-concertation/"})["redirect"]
    assert found == {
        "oldPath": "/fiche/guide-de-la-concertation",
        "location": "/ressources/guide/",
        "isPermanent": True,
        "statusCode": 301,
    }
    # As Wagtail's middleware: no trailing slash, a query string it does not know.
    assert gql(REDIRECT, {"path": "/ancien-site?utm_source=lettre"})["redirect"] == {
        "oldPath": "/ancien-site",
        "location": "https://ancien.example.org/",
        "isPermanent": False,
        "statusCode": 302,
    }
    assert gql(REDIRECT, {"path": "/nulle-part/"})["redirect"] is None


def test_a_page_that_changes_address_leaves_a_redirect_behind(
    gql, resources, django_capture_on_commit_callbacks
):
    guide = ResourcePageFactory(parent=resources, slug="guide")
    guide.slug = "guide-pratique"
    with django_capture_on_commit_callbacks(execute=True):
        guide.save_revision().publish()  # Wagtail creates the redirect of the old path

    found = gql(REDIRECT, {"path": "/ressources/guide/"})["redirect"]

    assert found["location"] == "/ressources/guide-pratique/"


def test_the_sites_own_redirect_wins_and_another_sites_is_ignored(gql, resources, site):
    first = ResourcePageFactory(parent=resources, slug="premier")
    second = ResourcePageFactory(parent=resources, slug="second")
    elsewhere = Site.objects.create(hostname="partenaire.example.org", root_page=resources)
    Redirect.add_redirect("/commun/", first)  # every site
    Redirect.add_redirect("/commun/", second, site=site)
    Redirect.add_redirect("/partenaire/", first, site=elsewhere)

    assert gql(REDIRECT, {"path": "/commun/"})["redirect"]["location"] == "/ressources/second/"
    assert gql(REDIRECT, {"path": "/partenaire/"})["redirect"] is None
    listed = gql(REDIRECTS)["redirects"]
    assert [e["node"]["location"] for e in listed["edges"]] == ["/ressources/second/"]
    assert listed["totalCount"] == 1


def test_a_redirect_to_a_page_the_public_cannot_see_is_not_given(gql, resources):
    draft = ResourcePageFactory(parent=resources, slug="brouillon")
    draft.unpublish()
    private = ResourcePageFactory(parent=resources, slug="prive")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    Redirect.add_redirect("/a/", draft)
    Redirect.add_redirect("/b/", private)

    assert gql(REDIRECT, {"path": "/a/"})["redirect"] is None
    assert gql(REDIRECT, {"path": "/b/"})["redirect"] is None
    assert gql(REDIRECTS)["redirects"]["edges"] == []


def test_redirects_are_listed_by_old_path_page_by_page(gql, resources):
    guide = ResourcePageFactory(parent=resources, slug="guide")
    for n in range(5):
        Redirect.add_redirect(f"/ancien-{n}/", guide)

    first = gql(REDIRECTS, {"first": 3})["redirects"]
    rest = gql(REDIRECTS, {"first": 3, "after": first["pageInfo"]["endCursor"]})["redirects"]

    assert [e["node"]["oldPath"] for e in first["edges"] + rest["edges"]] == [
        f"/ancien-{n}" for n in range(5)
    ]
    assert first["pageInfo"]["hasNextPage"] and not rest["pageInfo"]["hasNextPage"]


def test_an_over_long_path_is_refused_with_a_typed_error(gql):
    response = gql.post(REDIRECT, {"path": "/" + "a" * 3000})
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "2000 caractères au plus" in error["message"]


# --- Sitemap -------------------------------------------------------------------------------------


def test_the_sitemap_lists_every_public_page_in_tree_order(gql, home, resources):
    guide = ResourcePageFactory(parent=resources, slug="guide")
    ResourcePageFactory(parent=resources, slug="brouillon").unpublish()
    private = ResourcePageFactory(parent=resources, slug="prive")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    ResourcePageFactory(
        parent=resources, slug="expiree", expire_at=timezone.now() - datetime.timedelta(hours=1)
    )
    guide.save_revision().publish()

    sitemap = gql(SITEMAP)["sitemap"]

    assert [(e["node"]["urlPath"], e["node"]["contentType"]) for e in sitemap["edges"]] == [
        ("/", "cms.HomePage"),
        ("/ressources/", "inspiration.InspirationIndexPage"),
        ("/ressources/guide/", "inspiration.ResourcePage"),
    ]
    assert sitemap["edges"][2]["node"]["lastPublishedAt"].startswith(str(timezone.localdate().year))
    assert sitemap["totalCount"] == 3


def test_the_sitemap_is_paginated_with_a_bound_and_constant_queries(gql, resources):
    def queries(first):
        with CaptureQueriesContext(connection) as captured:
            data = gql(SITEMAP, {"first": first})["sitemap"]
        return len(data["edges"]), len(captured)

    for _ in range(4):
        ResourcePageFactory(parent=resources)
    queries(2)  # warms the per-process cache of the site's root
    few = queries(2)
    for _ in range(110):
        ResourcePageFactory(parent=resources)
    assert queries(2)[1] == few[1]
    many = queries(1000)
    assert many == (100, few[1])  # the page size is capped at GRAPHQL_MAX_PAGE_SIZE
