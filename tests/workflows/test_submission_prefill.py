"""The author reads back everything her submission carries (issue 12): the site's edit form
prefills the summary, the text and the files, and a new text keeps the files."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.ids import pk
from tests.workflows.test_api_uploads import media, multipart, png  # noqa: F401
from workflows import services

pytestmark = pytest.mark.django_db

SUBMIT = """
mutation($input: ExperienceSubmissionInput!) {
  submitExperience(input: $input) { submission { id latestRevisionId } errors { code message } }
}"""
UPDATE = """
mutation($id: ID!, $base: ID!, $input: SubmissionUpdateInput!) {
  updateSubmission(id: $id, baseRevisionId: $base, input: $input) {
    submission { latestRevisionId } errors { code message }
  }
}"""
MINE = """{ me { submissions { id title summary body participationLevel
  files { kind place title fileName altText caption } } } }"""


def ask(client, token, query, variables=None):
    response = client.post(
        "/graphql/",
        data=json.dumps({"query": query, "variables": variables or {}}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    return response.json()


def submit_with_files(client, token):
    variables = {
        "input": {
            "title": "Budget participatif de Séné",
            "summary": "Les habitants décident de 5 % du budget.",
            "body": "Premier paragraphe & suite.\n\nSecond paragraphe.",
            "participationLevel": 6,
            "image": {"file": None, "altText": "Le marché"},
            "images": [{"file": None, "altText": "Étal", "caption": "Le samedi"}],
        }
    }
    files = {
        "variables.input.image.file": ("une.png", png()),
        "variables.input.images.0.file": ("etal.png", png(60, 20)),
    }
    response = multipart(client, token, SUBMIT, variables, files)
    return response.json()["data"]["submitExperience"]["submission"]


def test_the_author_reads_back_summary_text_and_files(client, site, tokens):
    submit_with_files(client, tokens["contributor"])
    [mine] = ask(client, tokens["contributor"], MINE)["data"]["me"]["submissions"]
    assert mine["summary"] == "Les habitants décident de 5 % du budget."
    assert mine["body"] == "Premier paragraphe & suite.\n\nSecond paragraphe."
    assert mine["participationLevel"] == 6
    assert [(f["kind"], f["place"], f["title"]) for f in mine["files"]] == [
        ("IMAGE", "MAIN", "Le marché"),
        ("IMAGE", "BODY", "Étal"),
    ]
    assert mine["files"][1]["caption"] == "Le samedi"
    assert mine["files"][0]["fileName"].endswith(".png")


def test_a_new_text_keeps_the_files_and_is_read_back(client, site, tokens):
    submission = submit_with_files(client, tokens["contributor"])
    services.moderate(site.users.moderator, pk(submission["id"]), services.REQUEST_CHANGES, "Plus.")
    base = ask(client, tokens["contributor"], "{ me { submissions { id latestRevisionId } } }")
    [mine] = base["data"]["me"]["submissions"]
    result = ask(
        client,
        tokens["contributor"],
        UPDATE,
        {
            "id": mine["id"],
            "base": base["data"]["me"]["submissions"][0]["latestRevisionId"],
            "input": {"body": "Un seul paragraphe, réécrit."},
        },
    )
    assert result["data"]["updateSubmission"]["errors"] == []
    [mine] = ask(client, tokens["contributor"], MINE)["data"]["me"]["submissions"]
    assert mine["body"] == "Un seul paragraphe, réécrit."
    assert [f["title"] for f in mine["files"]] == ["Le marché", "Étal"]


def test_reading_back_does_not_cost_a_query_per_submission(client, site, tokens):
    submit_with_files(client, tokens["contributor"])
    with CaptureQueriesContext(connection) as one:
        ask(client, tokens["contributor"], MINE)
    submit_with_files(client, tokens["contributor"])
    submit_with_files(client, tokens["contributor"])
    with CaptureQueriesContext(connection) as three:
        result = ask(client, tokens["contributor"], MINE)
    assert len(result["data"]["me"]["submissions"]) == 3
    assert len(three) == len(one)
