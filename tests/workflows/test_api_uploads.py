"""Files sent with a contribution through the API (GraphQL multipart request spec, issue 12):
a good image lands in the page's blocks; each bad file gets its code and nothing is stored."""

import io
import json
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from inspiration.models import ExperiencePage, ResourcePage
from tests.ids import gid
from workflows import services

pytestmark = pytest.mark.django_db

SUBMIT = """
mutation($input: ExperienceSubmissionInput!, $key: String) {
  submitExperience(input: $input, idempotencyKey: $key) {
    submission { id title status }
    errors { field code message }
  }
}"""
SUBMIT_RESOURCE = """
mutation($input: ResourceSubmissionInput!) {
  submitResource(input: $input) {
    submission { id title }
    errors { field code message }
  }
}"""
EXPERIENCE = {
    "title": "Budget participatif de Séné",
    "summary": "Les habitants décident de 5 % du budget d'investissement.",
    "body": "Premier paragraphe.",
    "participationLevel": 6,
}


def png(width=40, height=30):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "#e1000f").save(buffer, "PNG")
    return buffer.getvalue()


SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 64


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def stored_files(root):
    return sorted(
        os.path.relpath(os.path.join(folder, name), root)
        for folder, _, names in os.walk(root)
        for name in names
    )


def multipart(client, token, query, variables, files, **extra):
    """POST the operation with `files` ({variables path: (name, bytes)}) as the spec says."""
    data = {"operations": json.dumps({"query": query, "variables": variables}), "map": "{}"}
    mapping = {}
    for index, (path, (name, content)) in enumerate(files.items()):
        mapping[str(index)] = [path]
        data[str(index)] = SimpleUploadedFile(name, content)
    data["map"] = json.dumps(mapping)
    return client.post("/graphql/", data=data, HTTP_AUTHORIZATION=f"Bearer {token}", **extra)


def submit(client, token, files, **input_overrides):
    variables = {"input": {**EXPERIENCE, **input_overrides}}
    response = multipart(client, token, SUBMIT, variables, files)
    assert response.status_code == 200, response.content
    return response.json()["data"]["submitExperience"]


def test_images_land_in_the_collectivites_collection_and_the_pages_blocks(
    client, site, tokens, media
):
    result = submit(
        client,
        tokens["contributor"],
        {
            "variables.input.image.file": ("une.png", png()),
            "variables.input.images.0.file": ("marche.png", png(60, 20)),
        },
        image={"file": None, "altText": "Le marché"},
        images=[{"file": None, "altText": "Étal", "caption": "Le samedi", "credit": "Mairie"}],
    )
    assert result["errors"] == []
    page = Page.objects.get(title=EXPERIENCE["title"]).specific
    draft = page.get_latest_revision_as_object()
    assert draft.image.title == "Le marché"
    block = [b for b in draft.body if b.block_type == "image"][0]
    assert (block.value["image"].width, block.value["caption"]) == (60, "Le samedi")
    assert block.value["image"].collection.name == "Séné (56243)"
    assert block.value["image"].uploaded_by_user == site.users.contributor
    assert len(stored_files(media)) == 2

    # Once approved, the public API renders the gallery image in the page's blocks.
    services.moderate(site.users.moderator, page.pk, services.APPROVE)
    query = """{ experiences { edges { node { title image { width alt }
        body { __typename ... on BodyImage { image { caption credit
            image { width height rendition(width: 160) { url } } } } } } } } }"""
    response = client.post(
        "/graphql/", data=json.dumps({"query": query}), content_type="application/json"
    )
    [edge] = response.json()["data"]["experiences"]["edges"]
    # The agent's alternative text is the main image's `alt` on the site.
    assert edge["node"]["image"] == {"width": 40, "alt": "Le marché"}
    [image] = [b["image"] for b in edge["node"]["body"] if b["__typename"] == "BodyImage"]
    assert (image["caption"], image["credit"]) == ("Le samedi", "Mairie")
    assert (image["image"]["width"], image["image"]["height"]) == (60, 20)
    assert image["image"]["rendition"]["url"]


@pytest.mark.parametrize(
    "name, content, path, code",
    [
        ("carte.svg", SVG, "image", "FILE_TYPE_NOT_ALLOWED"),
        ("carte.png", SVG, "image", "FILE_TYPE_NOT_ALLOWED"),
        ("rapport.pdf", EXE, "document", "FILE_TYPE_NOT_ALLOWED"),
        ("photo.png", b"%PDF-1.4\n", "image", "FILE_TYPE_NOT_ALLOWED"),
        ("geante.png", png(300, 300), "image", "TOO_MANY_PIXELS"),
        ("lourde.png", png() + b"\x00" * 4096, "image", "FILE_TOO_LARGE"),
    ],
)
def test_a_bad_file_is_refused_with_its_code_and_nothing_is_stored(
    client, site, tokens, media, settings, name, content, path, code
):
    settings.GRAPHQL_UPLOAD_MAX_PIXELS = 200 * 200
    settings.GRAPHQL_UPLOAD_MAX_FILE_SIZE = 4000
    images, documents = get_image_model().objects.count(), get_document_model().objects.count()
    if path == "image":
        overrides = {"images": [{"file": None}, {"file": None}]}
        files = {
            "variables.input.images.0.file": ("bonne.png", png()),
            "variables.input.images.1.file": (name, content),
        }
        field = "images.1.file"
    else:
        overrides = {"documents": [{"file": None}]}
        files = {"variables.input.documents.0.file": (name, content)}
        field = "documents.0.file"
    result = submit(client, tokens["contributor"], files, **overrides)
    assert result["submission"] is None
    [error] = result["errors"]
    assert (error["field"], error["code"]) == (field, code)
    assert name in error["message"]
    assert not ExperiencePage.objects.exists()
    assert get_image_model().objects.count() == images
    assert get_document_model().objects.count() == documents
    assert stored_files(media) == []


def test_a_refusal_after_the_files_were_stored_removes_them(client, site, tokens, media):
    """The image is good but the collectivité is not the contributor's: no row, no file."""
    result = submit(
        client,
        tokens["contributor"],
        {"variables.input.image.file": ("une.png", png())},
        image={"file": None},
        localAuthority=gid(site.guichen),
    )
    assert [e["code"] for e in result["errors"]] == ["FORBIDDEN"]
    assert not get_image_model().objects.exists()
    assert stored_files(media) == []


def test_too_many_files_and_too_large_a_request(client, site, tokens, media, settings):
    settings.GRAPHQL_UPLOAD_MAX_FILES = 2
    files = {f"variables.input.images.{i}.file": (f"{i}.png", png()) for i in range(3)}
    variables = {"input": {**EXPERIENCE, "images": [{"file": None}] * 3}}
    response = multipart(client, tokens["contributor"], SUBMIT, variables, files)
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "TOO_MANY_FILES"

    settings.GRAPHQL_UPLOAD_MAX_REQUEST_SIZE = 1000
    files = {"variables.input.image.file": ("une.png", png() + b"\x00" * 2000)}
    variables = {"input": {**EXPERIENCE, "image": {"file": None}}}
    response = multipart(client, tokens["contributor"], SUBMIT, variables, files)
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "REQUEST_TOO_LARGE"
    assert not ExperiencePage.objects.exists() and stored_files(media) == []


def test_a_resource_with_its_file_needs_no_link(client, site, tokens, media):
    pdf = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
    variables = {
        "input": {
            "title": "Guide du budget participatif",
            "summary": "Les étapes, de la délibération au vote.",
            "resourceType": "guide",
            "document": {"file": None, "title": "Le guide"},
        }
    }
    response = multipart(
        client,
        tokens["contributor"],
        SUBMIT_RESOURCE,
        variables,
        {"variables.input.document.file": ("guide.bin", pdf)},
    )
    result = response.json()["data"]["submitResource"]
    assert result["errors"] == []
    page = ResourcePage.objects.get()
    assert page.document.title == "Le guide" and page.document.file.name.endswith(".pdf")
    assert page.document.collection.name == "Séné (56243)"


def test_a_multipart_request_keeps_the_depth_limit(client, site, tokens, settings):
    settings.GRAPHQL_MAX_DEPTH = 2
    response = multipart(
        client,
        tokens["contributor"],
        SUBMIT,
        {"input": {**EXPERIENCE, "image": {"file": None}}},
        {"variables.input.image.file": ("une.png", png())},
    )
    assert response.json()["errors"][0]["extensions"]["code"] == "QUERY_TOO_DEEP"
    assert not get_image_model().objects.exists()


def test_the_same_idempotency_key_makes_one_submission(client, site, tokens):
    assert submit(client, tokens["contributor"], {})["errors"] == []
    variables = {"input": EXPERIENCE, "key": "3f1c-double-clic"}
    answers = [
        multipart(client, tokens["contributor"], SUBMIT, variables, {}).json()["data"][
            "submitExperience"
        ]
        for _ in range(2)
    ]
    assert answers[0]["errors"] == [] and answers[0] == answers[1]
    # One page without key, one with: the second send of the key made none.
    assert ExperiencePage.objects.count() == 2
    # Another user's same key is theirs.
    other = multipart(client, tokens["colleague"], SUBMIT, variables, {}).json()["data"]
    assert other["submitExperience"]["submission"]["id"] != answers[0]["submission"]["id"]


def test_persisted_only_takes_the_hash_in_a_multipart_request(client, site, tokens, settings):
    settings.GRAPHQL_PERSISTED_ONLY = True
    with open("graphql/persisted-operations.json", encoding="utf-8") as stream:
        manifest = json.load(stream)
    [digest] = [k for k, text in manifest.items() if text.startswith("mutation SubmitExperience")]
    operations = {
        "operationName": "SubmitExperience",
        "variables": {"input": {**EXPERIENCE, "image": {"file": None}}, "idempotencyKey": "k1"},
        "extensions": {
            "persistedQuery": {"version": 1, "sha256Hash": digest.removeprefix("sha256:")}
        },
    }
    response = client.post(
        "/graphql/",
        data={
            "operations": json.dumps(operations),
            "map": json.dumps({"0": ["variables.input.image.file"]}),
            "0": SimpleUploadedFile("une.png", png()),
        },
        HTTP_AUTHORIZATION=f"Bearer {tokens['contributor']}",
    )
    result = response.json()["data"]["submitExperience"]
    assert result["errors"] == [] and result["submission"]["status"] == "IN_REVIEW"
    assert ExperiencePage.objects.get().get_latest_revision_as_object().image is not None

    # The document's text in a multipart request is refused as in JSON.
    response = multipart(client, tokens["contributor"], SUBMIT, {"input": EXPERIENCE}, {})
    assert response.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_REQUIRED"
