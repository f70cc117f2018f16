"""`updateSubmission` changes only the real submissions of the caller's collectivité (issue 13,
finding 7): on any other page it answers NOT_FOUND, says nothing of the page's revisions or
drafts, and never sends anyone's draft into moderation."""

import pytest
from wagtail.models import Page, WorkflowState

from inspiration.models import ExperienceLocalAuthority
from tests import factories as f
from tests.ids import gid
from tests.workflows.conftest import experience_input
from workflows import services

pytestmark = pytest.mark.django_db

UPDATE = """
mutation($id: ID!, $base: ID!, $input: SubmissionUpdateInput!) {
  updateSubmission(id: $id, baseRevisionId: $base, input: $input) {
    submission { id title status }
    errors { field code message }
  }
}"""
ANCT_DRAFT_TITLE = "Brouillon confidentiel de l'ANCT"


@pytest.fixture
def anct_page(site):
    """A live experience the ANCT wrote about Séné: not a submission."""
    page = f.ExperiencePageFactory(
        parent=site.experiences,
        title="Jardins partagés de Séné",
        owner=site.users.editor,
        authority_link__local_authority=site.sene,
    )
    page.save_revision(user=site.users.editor).publish(user=site.users.editor)
    return Page.objects.get(pk=page.pk).specific


def update(gql, tokens, page, base, who="contributor"):
    variables = {"id": gid(page, "Submission"), "base": str(base), "input": {"title": "Ma version"}}
    return gql(UPDATE, variables, token=tokens[who])["updateSubmission"]


def assert_refused_unseen(result, page, *secrets):
    assert result["submission"] is None
    assert [(e["field"], e["code"]) for e in result["errors"]] == [("id", "NOT_FOUND")]
    message = result["errors"][0]["message"]
    for secret in (str(page.latest_revision_id), *secrets):
        assert secret not in message
    assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()


def test_an_anct_live_page_is_not_a_submission(site, tokens, gql, anct_page):
    latest = anct_page.latest_revision_id
    for base in ("1", latest):  # a guess, then the page's real latest revision
        assert_refused_unseen(update(gql, tokens, anct_page, base), anct_page)
    anct_page.refresh_from_db()
    assert (anct_page.title, anct_page.latest_revision_id) == ("Jardins partagés de Séné", latest)


def test_an_anct_unpublished_draft_is_never_shown_nor_moderated(site, tokens, gql, anct_page):
    anct_page.title = ANCT_DRAFT_TITLE
    draft = anct_page.save_revision(user=site.users.editor)
    for base in ("1", draft.pk):
        result = update(gql, tokens, anct_page, base)
        assert_refused_unseen(result, anct_page, ANCT_DRAFT_TITLE)
    anct_page.refresh_from_db()
    assert anct_page.latest_revision_id == draft.pk and anct_page.title != "Ma version"


def test_another_collectivites_submission_linked_to_mine(site, tokens, gql):
    page = services.submit_experience(
        site.users.other, experience_input(title="Budget de Guichen", local_authority="35126")
    )
    # The experience also names Séné: Séné's contributor still may not change Guichen's text.
    ExperienceLocalAuthority.objects.create(page=page, local_authority=site.sene)
    page.refresh_from_db()
    result = update(gql, tokens, page, page.latest_revision_id)
    assert result["submission"] is None
    assert [(e["field"], e["code"]) for e in result["errors"]] == [("id", "NOT_FOUND")]
    assert Page.objects.get(pk=page.pk).get_latest_revision_as_object().title == "Budget de Guichen"


def test_a_real_submission_of_my_collectivite_is_updated(site, tokens, gql):
    page = services.submit_experience(site.users.contributor, experience_input())
    result = update(gql, tokens, page, page.latest_revision_id, who="colleague")
    assert result["errors"] == [] and result["submission"]["title"] == "Ma version"


def test_a_conflict_names_no_revision(site, tokens, gql):
    page = services.submit_experience(site.users.contributor, experience_input())
    stale = page.latest_revision_id
    update(gql, tokens, page, stale, who="colleague")
    result = update(gql, tokens, page, stale)
    assert [(e["field"], e["code"]) for e in result["errors"]] == [
        ("baseRevisionId", "REVISION_CONFLICT")
    ]
    page.refresh_from_db()
    assert str(page.latest_revision_id) not in result["errors"][0]["message"]
