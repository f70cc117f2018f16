"""The journal: who writes, tied to which stage; action-plan progress; engagement programme."""

import datetime

import pytest

from cms.services import ServiceError
from projects import services
from projects.models import JournalEntryPage, SharedProjectExpert
from projects.schema import arguments
from tests.factories import (
    ActionFactory,
    ActionPlanPageFactory,
    EngagementTrackPageFactory,
    EnrollmentFactory,
    LocalAuthorityFactory,
    SharedProjectPageFactory,
    SharedProjectStageFactory,
)
from tests.ids import gid
from tests.projects.factories import UserFactory, member_of

pytestmark = pytest.mark.django_db


def refused(code, func, *args, **kwargs):
    with pytest.raises(ServiceError) as caught:
        func(*args, **kwargs)
    assert caught.value.code == code, caught.value.message
    return caught.value


@pytest.fixture
def project():
    project = SharedProjectPageFactory(status="in_progress")
    SharedProjectStageFactory(project=project, kind="diagnosis", status="done")
    SharedProjectStageFactory(project=project, kind="crossing_perspectives", status="in_progress")
    return project


def post(user, project, **kwargs):
    return services.post_journal_entry(
        user,
        project,
        title=kwargs.pop("title", "Séance 1"),
        summary="Ce que nous avons appris.",
        **kwargs,
    )


def test_a_participant_posts_to_the_current_stage(project):
    authority = LocalAuthorityFactory()
    EnrollmentFactory(project=project, local_authority=authority)
    entry = post(
        member_of(authority), project, body="Premier paragraphe.\n\nSecond <b>paragraphe</b>."
    )
    entry = JournalEntryPage.objects.get(pk=entry.pk)
    assert entry.live and entry.get_parent().pk == project.pk
    assert entry.stage.kind == "crossing_perspectives"
    assert entry.author_authority == authority
    assert len(entry.body) == 2 and "&lt;b&gt;" in entry.body[1].value.source


def test_an_expert_posts_without_collectivite(project, expert):
    # The experts' group alone reaches no project: the ANCT names each project's experts.
    refused(services.FORBIDDEN, post, expert, project)
    SharedProjectExpert.objects.create(project=project, name="Experte", user=expert)
    diagnosis = gid(project.stages.get(kind="diagnosis"))
    entry = post(
        expert, project, stage=arguments.stage(diagnosis, project), date=datetime.date(2022, 2, 1)
    )
    assert entry.author_authority is None and entry.stage.kind == "diagnosis"
    named = UserFactory()
    SharedProjectExpert.objects.create(project=project, name="Expert", user=named)
    assert post(named, project, title="Atelier").author_authority is None


def test_an_observer_is_refused(project):
    authority = LocalAuthorityFactory()
    EnrollmentFactory(project=project, local_authority=authority, role="observer")
    error = refused(services.OBSERVER_CANNOT_POST, post, member_of(authority), project)
    assert "observatrice" in error.message
    assert not JournalEntryPage.objects.exists()


def test_waiting_and_strangers_are_refused(project):
    waiting = LocalAuthorityFactory()
    EnrollmentFactory(project=project, local_authority=waiting, status="waiting")
    assert (
        "liste d'attente" in refused(services.FORBIDDEN, post, member_of(waiting), project).message
    )
    refused(services.FORBIDDEN, post, member_of(LocalAuthorityFactory()), project)
    refused(services.FORBIDDEN, post, UserFactory(), project)
    assert not JournalEntryPage.objects.exists()


def test_a_stage_of_another_project_is_refused(project, expert):
    SharedProjectExpert.objects.create(project=project, name="Experte", user=expert)
    other_stage = SharedProjectStageFactory()
    assert refused(services.INVALID, post, expert, project, stage=other_stage).field == "stage"
    refused(services.NOT_FOUND, arguments.stage, gid(999999, "SharedProjectStage"), project)
    refused("INVALID_ID", arguments.stage, "diagnosis", project)
    refused(services.REQUIRED, services.post_journal_entry, expert, project, title="", summary="x")


def test_progress_roll_up_per_project():
    project = SharedProjectPageFactory()
    first = ActionPlanPageFactory(parent=project)
    ActionFactory(plan=first, progress=50)
    ActionFactory(plan=first, status="done", progress=100)
    second = ActionPlanPageFactory(parent=project)
    ActionFactory(plan=second, status="not_started", progress=0)
    ActionPlanPageFactory(parent=project)  # no action yet: left out of the mean
    rollup = services.project_progress(project)
    assert [row["progress"] for row in rollup["plans"]] == [75, 0, None]
    assert rollup["progress"] == 38


def test_engagement_programme_counts_entries_per_year():
    EngagementTrackPageFactory(start_date=datetime.date(2023, 1, 1))
    EngagementTrackPageFactory(start_date=datetime.date(2023, 9, 1))
    EngagementTrackPageFactory(start_date=datetime.date(2024, 3, 1))
    rows = {row["year"]: row for row in services.engagement_programme()}
    assert rows[2023] == {"year": 2023, "entering": 2, "accompanied": 2}
    assert rows[2024]["entering"] == 1 and rows[2024]["accompanied"] == 3
    assert rows[2026] == {"year": 2026, "entering": 0, "accompanied": 2}
    assert rows[2027]["accompanied"] == 1 and 2028 not in rows
