"""Submitting and moderating through GraphQL; only approved contributions reach the public API."""

import pytest
from django.core import mail

from cms.models import LocalAuthority, TerritoryType
from tests.ids import gid

pytestmark = pytest.mark.django_db

SUBMIT_EXPERIENCE = """
mutation($input: ExperienceSubmissionInput!) {
  submitExperience(input: $input) {
    submission { id title status currentTask latestRevisionId localAuthority { code } }
    errors { field code message }
  }
}"""
SUBMIT_RESOURCE = """
mutation($input: ResourceSubmissionInput!) {
  submitResource(input: $input) {
    submission { id title status contentType }
    errors { field code message }
  }
}"""
UPDATE = """
mutation($id: ID!, $base: ID!, $input: SubmissionUpdateInput!) {
  updateSubmission(id: $id, baseRevisionId: $base, input: $input) {
    submission { id title status latestRevisionId }
    errors { field code message }
  }
}"""
MODERATE = """
mutation($id: ID!, $action: ModerationAction!, $comment: String, $reasons: [ChangeReason!]) {
  moderate(submission: $id, action: $action, comment: $comment, reasons: $reasons) {
    submission { id status currentTask }
    errors { field code message }
  }
}"""
ME = """
{ me { username localAuthorities { name code }
       submissions { id title status currentTask latestRevisionId
                     comments { author comment reasons task }
                     history { action label } } } }"""
EXPERIENCES = "{ experiences { totalCount edges { node { title } } } }"

INPUT = {
    "title": "Budget participatif de Séné",
    "summary": "Les habitants décident de 5 % du budget d'investissement.",
    "body": "<p>Un <b>récit</b><script>alert(1)</script></p>",
    "bodyFormat": "HTML",
    "themes": [],
    "participationLevel": 6,
}


def submit(gql, token, **overrides):
    # Séné (code 56243) and the « villes » territory type, by their global ids.
    ids = {
        "localAuthority": gid(LocalAuthority.objects.get(code="56243")),
        "territoryTypes": [gid(TerritoryType.objects.get(slug="villes"))],
    }
    data = gql(SUBMIT_EXPERIENCE, {"input": {**INPUT, **ids, **overrides}}, token=token)
    return data["submitExperience"]


def public_titles(gql):
    return [edge["node"]["title"] for edge in gql(EXPERIENCES)["experiences"]["edges"]]


def test_submission_reaches_the_public_api_only_after_approval(site, tokens, gql):
    result = submit(gql, tokens["contributor"])
    assert result["errors"] == []
    submission = result["submission"]
    assert submission["status"] == "IN_REVIEW"
    assert submission["currentTask"] == "Modération ANCT"
    assert submission["localAuthority"] == {"code": "56243"}
    assert "Budget participatif de Séné" not in public_titles(gql)

    moderated = gql(
        MODERATE,
        {
            "id": submission["id"],
            "action": "REQUEST_CHANGES",
            "comment": "Ajoutez le bilan.",
            "reasons": ["INCOMPLETE"],
        },
        token=tokens["moderator"],
    )["moderate"]
    assert moderated["errors"] == []
    assert moderated["submission"]["status"] == "CHANGES_REQUESTED"

    me = gql(ME, token=tokens["contributor"])["me"]
    assert me["localAuthorities"] == [{"name": "Séné", "code": "56243"}]
    [mine] = me["submissions"]
    assert mine["status"] == "CHANGES_REQUESTED"
    assert mine["comments"][-1]["reasons"] == ["Informations incomplètes"]
    assert "Ajoutez le bilan." in mine["comments"][-1]["comment"]
    assert "wagtail.workflow.reject" in [entry["action"] for entry in mine["history"]]

    updated = gql(
        UPDATE,
        {"id": mine["id"], "base": mine["latestRevisionId"], "input": {"summary": "Bilan 2023."}},
        token=tokens["contributor"],
    )["updateSubmission"]
    assert updated["errors"] == []
    assert updated["submission"]["status"] == "IN_REVIEW"
    assert "Budget participatif de Séné" not in public_titles(gql)

    approved = gql(MODERATE, {"id": mine["id"], "action": "APPROVE"}, token=tokens["moderator"])[
        "moderate"
    ]
    assert approved["errors"] == []
    assert approved["submission"]["status"] == "PUBLISHED"
    assert "Budget participatif de Séné" in public_titles(gql)
    assert any("Publié" in message.subject for message in mail.outbox)


def test_conflict_through_the_api(site, tokens, gql):
    submission = submit(gql, tokens["contributor"])["submission"]
    base = submission["latestRevisionId"]
    first = gql(
        UPDATE,
        {"id": submission["id"], "base": base, "input": {"title": "Version A"}},
        token=tokens["colleague"],
    )["updateSubmission"]
    assert first["errors"] == []
    second = gql(
        UPDATE,
        {"id": submission["id"], "base": base, "input": {"title": "Version B"}},
        token=tokens["contributor"],
    )["updateSubmission"]
    assert second["submission"] is None
    assert [(e["field"], e["code"]) for e in second["errors"]] == [
        ("baseRevisionId", "REVISION_CONFLICT")
    ]
    me = gql(ME, token=tokens["contributor"])["me"]
    assert me["submissions"][0]["title"] == "Version A"


def test_missing_fields_are_typed_french_errors(site, tokens, gql):
    result = submit(gql, tokens["contributor"], title="", summary=None, participationLevel=None)
    assert result["submission"] is None
    errors = {(e["field"], e["code"]) for e in result["errors"]}
    assert errors == {
        ("title", "REQUIRED"),
        ("summary", "REQUIRED"),
        ("participationLevel", "REQUIRED"),
    }
    assert all(e["message"] for e in result["errors"])


def test_unknown_theme_and_foreign_authority(site, tokens, gql):
    result = submit(gql, tokens["contributor"], themes=[gid(424242, "Theme")])
    assert [(e["field"], e["code"]) for e in result["errors"]] == [("themes", "NOT_FOUND")]
    result = submit(gql, tokens["contributor"], localAuthority=gid(site.guichen))
    assert [(e["field"], e["code"]) for e in result["errors"]] == [("localAuthority", "FORBIDDEN")]


def test_slugs_and_codes_of_the_past_are_invalid_ids(site, tokens, gql):
    cases = [
        ({"themes": ["culture"]}, "themes"),
        ({"territoryTypes": ["villes"]}, "territoryTypes"),
        ({"localAuthority": "56243"}, "localAuthority"),
        # A global id, but of a collectivité where a theme is expected.
        ({"themes": [gid(site.sene)]}, "themes"),
    ]
    for overrides, field in cases:
        result = submit(gql, tokens["contributor"], **overrides)
        assert result["submission"] is None
        assert [(e["field"], e["code"]) for e in result["errors"]] == [(field, "INVALID_ID")]
        assert "identifiant global" in result["errors"][0]["message"]
    assert gql(ME, token=tokens["contributor"])["me"]["submissions"] == []


def test_anonymous_cannot_submit(site, gql):
    result = gql(SUBMIT_EXPERIENCE, {"input": INPUT})["submitExperience"]
    assert result["errors"][0]["code"] == "UNAUTHENTICATED"
    assert gql("{ me { username } }")["me"] is None


def test_moderation_outside_queue_and_after_finish(site, tokens, gql):
    submission = submit(gql, tokens["contributor"])["submission"]
    for who in ("contributor", "other", "expert"):
        result = gql(MODERATE, {"id": submission["id"], "action": "APPROVE"}, token=tokens[who])[
            "moderate"
        ]
        assert [e["code"] for e in result["errors"]] == ["FORBIDDEN"], who
    gql(MODERATE, {"id": submission["id"], "action": "APPROVE"}, token=tokens["moderator"])
    again = gql(MODERATE, {"id": submission["id"], "action": "APPROVE"}, token=tokens["moderator"])[
        "moderate"
    ]
    assert [e["code"] for e in again["errors"]] == ["WORKFLOW_FINISHED"]


def test_request_changes_without_comment_is_refused(site, tokens, gql):
    submission = submit(gql, tokens["contributor"])["submission"]
    result = gql(
        MODERATE, {"id": submission["id"], "action": "REQUEST_CHANGES"}, token=tokens["moderator"]
    )["moderate"]
    assert [(e["field"], e["code"]) for e in result["errors"]] == [("comment", "REQUIRED")]


def test_other_collectivite_sees_nothing(site, tokens, gql):
    submission = submit(gql, tokens["contributor"])["submission"]
    assert gql(ME, token=tokens["other"])["me"]["submissions"] == []
    result = gql(
        UPDATE,
        {"id": submission["id"], "base": submission["latestRevisionId"], "input": {"title": "X"}},
        token=tokens["other"],
    )["updateSubmission"]
    assert [e["code"] for e in result["errors"]] == ["NOT_FOUND"]
    # A colleague of the same collectivité sees it.
    assert [s["id"] for s in gql(ME, token=tokens["colleague"])["me"]["submissions"]] == [
        submission["id"]
    ]


def test_submit_resource(site, tokens, gql):
    result = gql(
        SUBMIT_RESOURCE,
        {
            "input": {
                "title": "Guide de la concertation",
                "summary": "Un guide.",
                "body": "Texte brut <i>sans balises</i>.",
                "resourceType": "guide",
                "externalUrl": "https://example.org/guide",
            }
        },
        token=tokens["contributor"],
    )["submitResource"]
    assert result["errors"] == []
    assert result["submission"]["contentType"] == "ResourcePage"
    assert result["submission"]["status"] == "IN_REVIEW"


def test_me_query_count_does_not_grow_with_submissions(site, tokens, gql):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as queries:
            gql(ME, token=tokens["contributor"])
        return len(queries)

    submit(gql, tokens["contributor"], title="Première")
    one = count()
    submit(gql, tokens["contributor"], title="Deuxième")
    submit(gql, tokens["contributor"], title="Troisième")
    assert count() == one


def test_moderation_queue(site, tokens, gql):
    submission = submit(gql, tokens["contributor"])["submission"]
    query = "{ me { moderationQueue { id title currentTask localAuthority { code } } } }"
    queue = gql(query, token=tokens["moderator"])["me"]["moderationQueue"]
    assert [(item["id"], item["currentTask"]) for item in queue] == [
        (submission["id"], "Modération ANCT")
    ]
    assert gql(query, token=tokens["contributor"])["me"]["moderationQueue"] == []


def test_a_submission_is_a_node_for_its_collectivite_and_moderators(site, tokens, gql):
    submission = submit(gql, tokens["contributor"])["submission"]
    query = "query($id: ID!) { node(id: $id) { id ... on Submission { title status } } }"
    for who in ("contributor", "colleague", "moderator"):
        found = gql(query, {"id": submission["id"]}, tokens[who])["node"]
        assert found == {
            "id": submission["id"],
            "title": submission["title"],
            "status": "IN_REVIEW",
        }, who
    for who in ("other", "expert"):
        assert gql(query, {"id": submission["id"]}, tokens[who])["node"] is None, who
    assert gql(query, {"id": submission["id"]})["node"] is None
