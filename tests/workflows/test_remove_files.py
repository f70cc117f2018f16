"""Removing a file from a submission when editing it (issue 12, « Mon espace »): the author
names the files to take off by the `id` read in `files`; a file of another submission, or any
other id, is refused with a typed code and nothing is written."""

import json

import pytest
from wagtail.models import Page

from inspiration.models import ExperiencePage
from tests.ids import gid
from tests.workflows.test_api_uploads import multipart, png, submit

pytestmark = pytest.mark.django_db

FILES = """
query($id: ID!) {
  node(id: $id) { ... on Submission { latestRevisionId files { id kind place title } } }
}"""
UPDATE = """
mutation($id: ID!, $base: ID!, $input: SubmissionUpdateInput!) {
  updateSubmission(id: $id, baseRevisionId: $base, input: $input) {
    submission { files { id kind place title } }
    errors { field code message }
  }
}"""


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def post(client, token, query, variables):
    response = client.post(
        "/graphql/",
        data=json.dumps({"query": query, "variables": variables}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert response.status_code == 200, response.content
    return response.json()["data"]


def with_gallery(client, token, title="Budget participatif de Séné"):
    """An experience with a main image and a gallery of two images; its id and files."""
    result = submit(
        client,
        token,
        {
            "variables.input.image.file": ("une.png", png()),
            "variables.input.images.0.file": ("marche.png", png(60, 20)),
            "variables.input.images.1.file": ("halle.png", png(50, 20)),
        },
        title=title,
        image={"file": None, "altText": "La place"},
        images=[{"file": None, "altText": "Le marché"}, {"file": None, "altText": "La halle"}],
    )
    assert result["errors"] == []
    submission = result["submission"]["id"]
    found = post(client, token, FILES, {"id": submission})["node"]
    return submission, found["latestRevisionId"], found["files"]


def test_the_author_removes_a_gallery_image_and_the_main_image(client, site, tokens):
    submission, base, files = with_gallery(client, tokens["contributor"])
    assert [(f["place"], f["title"]) for f in files] == [
        ("MAIN", "La place"),
        ("BODY", "Le marché"),
        ("BODY", "La halle"),
    ]
    removed = [files[0]["id"], files[1]["id"]]
    result = post(
        client,
        tokens["contributor"],
        UPDATE,
        {"id": submission, "base": base, "input": {"removeFileIds": removed}},
    )["updateSubmission"]
    assert result["errors"] == []
    assert [(f["place"], f["title"]) for f in result["submission"]["files"]] == [
        ("BODY", "La halle")
    ]
    draft = ExperiencePage.objects.get().get_latest_revision_as_object()
    assert draft.image is None
    # The text stays; only the image block is gone.
    assert [b.block_type for b in draft.body] == ["paragraph", "image"]


def test_a_file_of_another_submission_is_refused_and_nothing_changes(client, site, tokens):
    mine, base, files = with_gallery(client, tokens["contributor"])
    other_token = tokens["other"]
    _, _, theirs = with_gallery(client, other_token, title="Budget participatif de Guichen")
    for wrong in (theirs[1]["id"], gid(site.sene)):
        result = post(
            client,
            tokens["contributor"],
            UPDATE,
            {"id": mine, "base": base, "input": {"removeFileIds": [files[2]["id"], wrong]}},
        )["updateSubmission"]
        assert result["submission"] is None
        [error] = result["errors"]
        assert (error["field"], error["code"]) in {
            ("removeFileIds", "FILE_NOT_IN_SUBMISSION"),
            ("removeFileIds", "INVALID_ID"),
        }
        assert error["message"]
    page = Page.objects.get(title="Budget participatif de Séné")
    assert str(page.latest_revision_id) == base
    assert len(page.specific.get_latest_revision_as_object().body) == 3


def test_a_file_is_replaced_in_one_request(client, site, tokens):
    """Remove the main image and send a new one: the edit form's « Retirer » and a new file."""
    submission, base, files = with_gallery(client, tokens["contributor"])
    variables = {
        "id": submission,
        "base": base,
        "input": {"removeFileIds": [files[0]["id"]], "image": {"file": None, "altText": "Neuve"}},
    }
    response = multipart(
        client,
        tokens["contributor"],
        UPDATE,
        variables,
        {"variables.input.image.file": ("neuve.png", png(30, 30))},
    )
    result = response.json()["data"]["updateSubmission"]
    assert result["errors"] == []
    assert [f["title"] for f in result["submission"]["files"]] == [
        "Neuve",
        "Le marché",
        "La halle",
    ]
