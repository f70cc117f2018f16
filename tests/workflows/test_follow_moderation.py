"""Following moderation from the site (issue 12): a submission sent back shows its reasons (codes
and labels), the comment, who, when and the step, never « Rejeté »; an edit from a stale revision
answers REVISION_CONFLICT with the current revision and what differs, and stores nothing."""

import pytest

from inspiration.models import ExperiencePage
from tests.workflows.test_graphql import MODERATE, submit

pytestmark = pytest.mark.django_db

MY_SUBMISSIONS = """
{ me { submissions { id status statusLabel latestRevisionId currentTask
    changesRequested { task status statusLabel author comment reasons reasonCodes createdAt }
    history { action label } } } }"""
UPDATE = """
mutation($id: ID!, $base: ID!, $input: SubmissionUpdateInput!) {
  updateSubmission(id: $id, baseRevisionId: $base, input: $input) {
    submission { id title status latestRevisionId }
    conflict { currentRevisionId savedBy savedAt changes { field label base current } }
    errors { field code message }
  }
}"""


@pytest.fixture
def sent_back(site, tokens, gql):
    submission = submit(gql, tokens["contributor"])["submission"]
    result = gql(
        MODERATE,
        {
            "id": submission["id"],
            "action": "REQUEST_CHANGES",
            "comment": "Ajoutez le bilan chiffré.",
            "reasons": ["INCOMPLETE", "SOURCES"],
        },
        token=tokens["moderator"],
    )["moderate"]
    assert result["errors"] == []
    return submission


def test_a_request_for_changes_shows_its_reasons_in_french(site, tokens, gql, sent_back):
    [mine] = gql(MY_SUBMISSIONS, token=tokens["contributor"])["me"]["submissions"]
    assert (mine["status"], mine["statusLabel"]) == ("CHANGES_REQUESTED", "Modifications demandées")
    request = mine["changesRequested"]
    assert request["reasonCodes"] == ["INCOMPLETE", "SOURCES"]
    assert request["reasons"] == ["Informations incomplètes", "Sources ou contact manquants"]
    assert "Ajoutez le bilan chiffré." in request["comment"]
    assert request["statusLabel"] == "Modifications demandées"
    assert request["task"] == "Modération ANCT" and request["author"] and request["createdAt"]
    labels = [entry["label"] for entry in mine["history"]]
    assert "Modifications demandées" in labels
    assert not any("ejet" in label for label in labels)
    assert mine["latestRevisionId"] == str(ExperiencePage.objects.get().latest_revision_id)


def test_a_stale_revision_is_a_typed_conflict_and_stores_nothing(site, tokens, gql, sent_back):
    base = sent_back["latestRevisionId"]
    colleague = gql(
        UPDATE,
        {"id": sent_back["id"], "base": base, "input": {"title": "Version de Léa"}},
        token=tokens["colleague"],
    )["updateSubmission"]
    assert colleague["errors"] == [] and colleague["submission"]["status"] == "IN_REVIEW"
    page = ExperiencePage.objects.get()
    revisions = page.revisions.count()

    mine = gql(
        UPDATE,
        {"id": sent_back["id"], "base": base, "input": {"summary": "Mon bilan."}},
        token=tokens["contributor"],
    )["updateSubmission"]
    assert mine["submission"] is None
    assert [(e["field"], e["code"]) for e in mine["errors"]] == [
        ("baseRevisionId", "REVISION_CONFLICT")
    ]
    conflict = mine["conflict"]
    assert conflict["currentRevisionId"] == colleague["submission"]["latestRevisionId"]
    assert conflict["savedBy"] and conflict["savedAt"]
    assert conflict["changes"] == [
        {
            "field": "title",
            "label": "Titre",
            "base": "Budget participatif de Séné",
            "current": "Version de Léa",
        }
    ]
    assert page.revisions.count() == revisions

    # « Garder ma version »: the same input from the current revision goes back into moderation.
    kept = gql(
        UPDATE,
        {
            "id": sent_back["id"],
            "base": conflict["currentRevisionId"],
            "input": {"summary": "Mon bilan."},
        },
        token=tokens["contributor"],
    )["updateSubmission"]
    assert kept["errors"] == [] and kept["submission"]["status"] == "IN_REVIEW"
