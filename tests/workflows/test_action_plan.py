"""« Plan d'action » : expert review → executive adoption (deliberation) → ANCT publication."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Workflow

from projects.models import ActionPlanPage
from tests import factories as f
from tests.ids import gid
from tests.workflows.factories import UserFactory
from workflows import services
from workflows.models import AdoptionTaskState
from workflows.setup import ACTION_PLAN

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(site):
    project = f.SharedProjectPageFactory(parent=site.projects)
    page = f.ActionPlanPageFactory(parent=project, local_authority=site.sene, live=False)
    page.save_revision(user=site.users.editor)
    return page


def start(plan, user):
    workflow = plan.get_workflow()
    assert workflow.name == ACTION_PLAN
    return workflow.start(plan, user)


def test_workflow_is_assigned_to_shared_projects(site, plan):
    assert Workflow.objects.get(name=ACTION_PLAN).workflow_pages.filter(page=site.projects).exists()


def test_adoption_requires_date_and_reference_and_writes_them(site, plan):
    referent = UserFactory(username="maire", role="participants", referent_of=[site.sene])
    start(plan, site.users.editor)
    # Expert review.
    services.moderate(site.users.expert, plan.pk, services.APPROVE, "Plan solide.")
    state = ActionPlanPage.objects.get(pk=plan.pk).current_workflow_state
    assert state.current_task_state.task.name == "Adoption par l'exécutif de la collectivité"
    # Cannot be approved without the deliberation.
    with pytest.raises(ValidationError) as error:
        services.moderate(referent, plan.pk, services.APPROVE)
    assert {"adoption_date", "deliberation_reference"} <= set(error.value.message_dict)
    # Another collectivité's referent is not in the queue.
    stranger = UserFactory(username="autre-maire", role="participants", referent_of=[site.guichen])
    with pytest.raises(Exception) as denied:
        services.moderate(
            stranger,
            plan.pk,
            services.APPROVE,
            adoption_date=datetime.date(2022, 6, 30),
            deliberation_reference="DEL-2022-045",
        )
    assert "file de modération" in str(denied.value)

    services.moderate(
        referent,
        plan.pk,
        services.APPROVE,
        adoption_date=datetime.date(2022, 6, 30),
        deliberation_reference="DEL-2022-045",
    )
    task_state = AdoptionTaskState.objects.get()
    assert task_state.deliberation_reference == "DEL-2022-045"
    draft = ActionPlanPage.objects.get(pk=plan.pk).get_latest_revision_as_object()
    assert (draft.adoption_date, draft.deliberation_reference) == (
        datetime.date(2022, 6, 30),
        "DEL-2022-045",
    )
    state = ActionPlanPage.objects.get(pk=plan.pk).current_workflow_state
    assert state.current_task_state.task.name == "Publication par l'ANCT"
    services.moderate(site.users.moderator, plan.pk, services.APPROVE)
    published = ActionPlanPage.objects.get(pk=plan.pk)
    assert published.live
    assert published.deliberation_reference == "DEL-2022-045"


def test_journal_entries_skip_the_adoption(site):
    project = f.SharedProjectPageFactory(parent=site.projects)
    entry = f.JournalEntryPageFactory(parent=project, live=False)
    entry.save_revision(user=site.users.editor)
    state = entry.get_workflow().start(entry, site.users.editor)
    services.moderate(site.users.expert, entry.pk, services.APPROVE)
    state.refresh_from_db()
    assert state.current_task_state.task.name == "Publication par l'ANCT"


ADOPT = """
mutation($id: ID!, $date: Date, $reference: String) {
  moderate(submission: $id, action: APPROVE, adoptionDate: $date, deliberationReference: $reference) {
    submission { id currentTask }
    errors { field code message }
  }
}"""


def test_adoption_through_graphql(site, plan, gql):
    from cms.tokens import create_token

    referent = UserFactory(username="maire", role="participants", referent_of=[site.sene])
    token = create_token(referent)
    start(plan, site.users.editor)
    services.moderate(site.users.expert, plan.pk, services.APPROVE)
    missing = gql(ADOPT, {"id": gid(plan, "Submission")}, token=token)["moderate"]
    assert {(e["field"], e["code"]) for e in missing["errors"]} == {
        ("adoptionDate", "REQUIRED"),
        ("deliberationReference", "REQUIRED"),
    }
    done = gql(
        ADOPT,
        {"id": gid(plan, "Submission"), "date": "2022-06-30", "reference": "DEL-2022-045"},
        token=token,
    )["moderate"]
    assert done["errors"] == []
    assert done["submission"]["currentTask"] == "Publication par l'ANCT"
