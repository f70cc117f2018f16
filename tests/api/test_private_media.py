"""Images and documents of a collection under a view restriction stay private (issue 13, finding 4).

GraphQL gives null wherever they are held (a page's field, a StreamField block, rich text), never
their title or URL, and never generates their renditions; the REST API leaves them out too.
"""

import pytest
import wagtail_factories
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.rich_text import RichText

from tests.factories import (
    DocumentFactory,
    InspirationIndexPageFactory,
    ResourcePageFactory,
)
from tests.ids import gid

pytestmark = pytest.mark.django_db

Rendition = get_image_model().get_rendition_model()

RESOURCE = """query($id: ID!) { page(id: $id) { ... on ResourcePage {
  image { title rendition(width: 320) { url } srcSet(widths: [480]) }
  document { title url }
  body {
    ... on BodyImage { image { caption image { title rendition(width: 800) { url } } } }
    ... on BodyDocument { document { title document { title url } } }
    ... on BodyParagraph { paragraph { html } }
  }
} } }"""
LIST = (
    "query { resources(first: 10) { edges { node { title image { title } document { title } } } } }"
)


@pytest.fixture
def collections(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    root = Collection.get_first_root_node()
    private = root.add_child(name="Dossiers des élus")
    # A child collection inherits the restriction of its parent.
    nested = private.add_child(name="Conseil municipal")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    return {"public": root, "private": nested}


def _page(home, collection, slug):
    image = wagtail_factories.ImageFactory(title=f"Photo {slug}", collection=collection)
    document = DocumentFactory(title=f"Compte rendu {slug}", collection=collection)
    body = [
        ("image", {"image": image, "caption": "Légende", "alt_text": "", "credit": ""}),
        ("document", {"document": document, "title": "À lire", "description": ""}),
        (
            "paragraph",
            RichText(
                f'<p><a linktype="document" id="{document.pk}">le compte rendu</a></p>'
                f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt="Photo"/>'
            ),
        ),
    ]
    index = InspirationIndexPageFactory(parent=home, slug=f"index-{slug}")
    return ResourcePageFactory(
        parent=index, slug=slug, title=slug, image=image, document=document, body=body
    )


def test_private_media_are_null_everywhere_and_never_rendered(gql, home, collections):
    page = _page(home, collections["private"], "privee")
    response = gql.post(RESOURCE, {"id": gid(page)})
    text = response.content.decode()
    payload = response.json()
    assert "errors" not in payload, payload
    data = payload["data"]["page"]
    assert data["image"] is None and data["document"] is None
    image_block, document_block, paragraph = data["body"]
    assert image_block["image"]["image"] is None
    assert image_block["image"]["caption"] == "Légende"
    assert document_block["document"]["document"] is None
    assert "<img" not in paragraph["paragraph"]["html"]
    assert "href" not in paragraph["paragraph"]["html"]
    for leak in ("Photo privee", "Compte rendu privee", "/documents/", "/media/"):
        assert leak not in text
    assert Rendition.objects.count() == 0

    listing = gql(LIST)["resources"]["edges"]
    assert listing == [{"node": {"title": "privee", "image": None, "document": None}}]


def test_public_media_are_shown(gql, home, collections):
    page = _page(home, collections["public"], "publique")
    data = gql(RESOURCE, {"id": gid(page)})["page"]
    assert data["image"]["title"] == "Photo publique"
    assert data["image"]["rendition"]["url"].startswith("http://testserver/")
    assert data["document"]["title"] == "Compte rendu publique"
    image_block, document_block, paragraph = data["body"]
    assert image_block["image"]["image"]["rendition"]["url"]
    assert document_block["document"]["document"]["url"].startswith("http://testserver/documents/")
    assert "<img" in paragraph["paragraph"]["html"]
    assert 'href="/documents/' in paragraph["paragraph"]["html"]


def test_private_media_do_not_cost_a_query_per_item(gql, home, collections):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _page(home, collections["private"], "a")
    _page(home, collections["public"], "b")
    with CaptureQueriesContext(connection) as one:
        gql(LIST)
    for n in range(3):
        _page(home, collections["private"], f"c{n}")
    with CaptureQueriesContext(connection) as five:
        data = gql(LIST)
    assert len(data["resources"]["edges"]) == 5
    assert len(five) == len(one)


def test_rest_api_leaves_private_media_out(client, home, collections):
    private = _page(home, collections["private"], "privee")
    public = _page(home, collections["public"], "publique")
    images = client.get("/api/v2/images/").json()["items"]
    assert [i["title"] for i in images] == ["Photo publique"]
    assert client.get(f"/api/v2/images/{private.image_id}/").status_code == 404
    assert client.get(f"/api/v2/images/{public.image_id}/").status_code == 200
    documents = client.get("/api/v2/documents/").json()["items"]
    assert [d["title"] for d in documents] == ["Compte rendu publique"]
    assert client.get(f"/api/v2/documents/{private.document_id}/").status_code == 404
