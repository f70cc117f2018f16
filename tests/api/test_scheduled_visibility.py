"""A page outside its publication window is not shown, even while Wagtail still has it `live`
(issue 13, finding 9): expired (`expire_at` passed) or not yet due (`go_live_at` to come), before
`publish_scheduled` has run. In lists, by id and path, in search, and in the REST API."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import ExperiencePageFactory, InspirationIndexPageFactory
from tests.ids import gid

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
LIST = "query { experiences(first: 50) { totalCount edges { node { title } } } }"
PAGES = "query { pages(first: 50) { edges { node { title } } } }"
CHILDREN = "query($id: ID!) { page(id: $id) { children(first: 20) { totalCount edges { node { title } } } } }"
BY_ID = "query($id: ID!) { page(id: $id) { title } }"
BY_PATH = "query($path: String!) { page(urlPath: $path) { title } }"
SEARCH = "query($q: String!) { search(query: $q) { totalCount edges { node { title } } } }"
AUTOCOMPLETE = "query($p: String!) { autocomplete(prefix: $p) { title } }"


@pytest.fixture
def pages(home):
    now = timezone.now()
    index = InspirationIndexPageFactory(parent=home, title="Expériences", slug="experiences")

    def experience(slug, **dates):
        return ExperiencePageFactory(
            parent=index, title=f"Budget participatif {slug}", slug=slug, **dates
        )

    return {
        "index": index,
        "current": experience("courant", go_live_at=now - DAY, expire_at=now + DAY),
        "expired": experience("expire", expire_at=now - DAY),
        "future": experience("futur", go_live_at=now + DAY),
    }


SHOWN = ["Budget participatif courant"]


def test_lists_and_children_show_only_pages_in_their_window(gql, pages):
    data = gql(LIST)["experiences"]
    assert [e["node"]["title"] for e in data["edges"]] == SHOWN
    assert data["totalCount"] == 1
    titles = {e["node"]["title"] for e in gql(PAGES)["pages"]["edges"]}
    assert titles & {"Budget participatif expire", "Budget participatif futur"} == set()
    children = gql(CHILDREN, {"id": gid(pages["index"])})["page"]["children"]
    assert [c["node"]["title"] for c in children["edges"]] == SHOWN
    assert children["totalCount"] == 1


@pytest.mark.parametrize("name", ["expired", "future"])
def test_out_of_window_pages_are_null_by_id_and_path(gql, pages, name):
    assert pages[name].live
    assert gql(BY_ID, {"id": gid(pages[name])})["page"] is None
    assert gql(BY_PATH, {"path": f"/experiences/{pages[name].slug}/"})["page"] is None
    assert gql(BY_PATH, {"path": "/experiences/courant/"})["page"]["title"] == SHOWN[0]


def test_search_and_autocomplete_leave_them_out(gql, pages):
    data = gql(SEARCH, {"q": "budget participatif"})["search"]
    assert [e["node"]["title"] for e in data["edges"]] == SHOWN
    assert data["totalCount"] == 1
    titles = [hit["title"] for hit in gql(AUTOCOMPLETE, {"p": "Budget"})["autocomplete"]]
    assert titles == SHOWN


def test_rest_api_leaves_them_out(client, pages):
    items = client.get("/api/v2/pages/?type=inspiration.ExperiencePage").json()["items"]
    assert [item["title"] for item in items] == SHOWN
    for name in ("expired", "future"):
        assert client.get(f"/api/v2/pages/{pages[name].pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{pages['current'].pk}/").status_code == 200
