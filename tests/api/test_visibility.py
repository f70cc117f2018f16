"""Front ends never see what is not published — except a draft opened by its own preview token."""

import pytest
from wagtail.models import PageViewRestriction
from wagtail_headless_preview.models import PagePreview

from tests.factories import ExperiencePageFactory, InspirationIndexPageFactory
from tests.ids import gid

pytestmark = pytest.mark.django_db

LIST = "query { experiences(first: 50) { totalCount edges { node { id title } } } }"
BY_ID = "query($id: ID!) { page(id: $id) { id title } }"
BY_PATH = "query($path: String!) { page(urlPath: $path) { id title urlPath } }"


@pytest.fixture
def tree(home):
    index = InspirationIndexPageFactory(parent=home, title="Expériences", slug="experiences")
    public = ExperiencePageFactory(parent=index, title="Séné, le Glop", slug="sene")
    draft = ExperiencePageFactory(
        parent=index, title="Brouillon secret", slug="brouillon", live=False
    )
    unpublished = ExperiencePageFactory(parent=index, title="Dépubliée", slug="depubliee")
    unpublished.unpublish()
    private_index = InspirationIndexPageFactory(parent=home, title="Espace réservé", slug="reserve")
    PageViewRestriction.objects.create(
        page=private_index, restriction_type="password", password="secret"
    )
    private = ExperiencePageFactory(parent=private_index, title="Sous restriction", slug="privee")
    return {
        "index": index,
        "public": public,
        "draft": draft,
        "unpublished": unpublished,
        "private": private,
    }


def test_lists_show_only_live_public_pages(gql, tree):
    data = gql(LIST)
    titles = [edge["node"]["title"] for edge in data["experiences"]["edges"]]
    assert titles == ["Séné, le Glop"]
    assert data["experiences"]["totalCount"] == 1


@pytest.mark.parametrize("name", ["draft", "unpublished", "private"])
def test_hidden_pages_are_null_by_id_and_path(gql, tree, name):
    page = tree[name]
    assert gql(BY_ID, {"id": gid(page)})["page"] is None
    path = "/" + page.url_path.split("/", 2)[2]
    assert gql(BY_PATH, {"path": path})["page"] is None


def test_public_page_by_id_and_front_end_path(gql, tree):
    assert gql(BY_ID, {"id": gid(tree["public"])})["page"]["title"] == "Séné, le Glop"
    found = gql(BY_PATH, {"path": "/experiences/sene/"})["page"]
    assert found == {
        "id": gid(tree["public"]),
        "title": "Séné, le Glop",
        "urlPath": "/experiences/sene/",
    }


def test_draft_fields_of_a_published_page_stay_hidden(gql, tree):
    page = tree["public"]
    page.title = "Titre en cours de rédaction"
    page.save_revision()
    assert gql(BY_ID, {"id": gid(page)})["page"]["title"] == "Séné, le Glop"


def _preview_token(page, title):
    page.title = title
    return page.create_page_preview().token


def test_preview_token_opens_that_draft_only(gql, tree):
    token = _preview_token(tree["draft"], "Brouillon relu")
    query = "query($id: ID, $token: String) { page(id: $id, previewToken: $token) { id title } }"
    assert gql(query, {"token": token})["page"] == {
        "id": gid(tree["draft"]),
        "title": "Brouillon relu",
    }
    assert (
        gql(query, {"id": gid(tree["draft"]), "token": token})["page"]["title"] == "Brouillon relu"
    )
    # The same token names another page: nothing.
    assert gql(query, {"id": gid(tree["public"]), "token": token})["page"] is None
    # A forged or unknown token: nothing.
    assert gql(query, {"token": token[:-3] + "xyz"})["page"] is None
    assert gql(query, {"token": "n'importe quoi"})["page"] is None
    assert PagePreview.objects.count() == 1


def test_preview_responses_are_never_shared_cached(gql, tree):
    token = _preview_token(tree["draft"], "Brouillon relu")
    response = gql.post("query($t: String) { page(previewToken: $t) { title } }", {"t": token})
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "ETag" not in response


def test_rest_api_v2_hides_the_same_pages(client, tree):
    response = client.get("/api/v2/pages/?limit=20")
    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    assert "Séné, le Glop" in titles
    assert not titles & {"Brouillon secret", "Dépubliée", "Sous restriction", "Espace réservé"}
    for name in ("draft", "unpublished", "private"):
        assert client.get(f"/api/v2/pages/{tree[name].pk}/").status_code == 404


def test_rich_text_links_to_hidden_pages_are_dropped(gql, tree):
    from tests.factories import InspirationIndexPageFactory as Index

    index = Index(
        parent=tree["index"].get_parent(),
        slug="liens",
        intro=f'<p><a linktype="page" id="{tree["draft"].pk}">secret</a> et '
        f'<a linktype="page" id="{tree["public"].pk}">Séné</a></p>',
    )
    html = gql(
        "query($id: ID!) { page(id: $id) { ... on InspirationIndexPage { intro { html } } } }",
        {"id": gid(index)},
    )["page"]["intro"]["html"]
    assert f'href="/experiences/sene/" data-page-id="{gid(tree["public"])}"' in html
    assert gid(tree["draft"]) not in html and "brouillon" not in html


def test_rich_text_is_sanitised_whatever_reached_the_database(gql, home):
    from tests.factories import InspirationIndexPageFactory as Index

    index = Index(
        parent=home,
        slug="xss",
        intro='<p onclick="vol()">Bonjour<script>alert(1)</script> <a href="javascript:alert(1)">lien</a>'
        '<img src="x" onerror="alert(1)"><iframe src="https://pirate.example"></iframe></p>',
    )
    html = gql(
        "query($id: ID!) { page(id: $id) { ... on InspirationIndexPage { intro { html text } } } }",
        {"id": gid(index)},
    )["page"]["intro"]["html"]
    assert "Bonjour" in html
    for payload in ("<script", "onclick", "onerror", "javascript:", "<iframe"):
        assert payload not in html
