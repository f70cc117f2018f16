"""The ANCT's changes to a shared project (its places, its start) go through Wagtail's revisions:
the next publish from the admin keeps them, the history names who made them, and what follows a
publication (search, caches) follows them (issue 13, finding 12)."""

import pytest
from wagtail.models import PageLogEntry

from projects import services
from projects.models import SharedProjectPage
from search.models import SearchDocument
from tests.factories import EnrollmentFactory, SharedProjectPageFactory
from tests.projects.factories import UserFactory

pytestmark = pytest.mark.django_db

PROJECT = """
query ($slug: String!) { sharedProject(slug: $slug) { participantCapacity status } }
"""


def published(user, **values):
    """A live project as an editor leaves it: published from a revision."""
    project = SharedProjectPageFactory(**values)
    project.save_revision(user=user).publish(user=user, skip_permission_checks=True)
    return SharedProjectPage.objects.get(pk=project.pk)


def live(project):
    return SharedProjectPage.objects.get(pk=project.pk)


def test_new_capacity_survives_the_next_publish_from_the_admin(anct, client, gql):
    editor = UserFactory(is_superuser=True, is_staff=True)
    project = published(editor, status="recruiting", participant_capacity=5)
    services.set_capacity(anct, project, 4)

    # The admin's edit form starts from the latest revision: it offers 4 places...
    client.force_login(editor)
    form = client.get(f"/admin/pages/{project.pk}/edit/").content.decode()
    assert 'name="participant_capacity" value="4"' in form
    # ...and publishing it, as the admin's « Publier » does, keeps them.
    live(project).get_latest_revision().publish(user=editor)
    assert live(project).participant_capacity == 4
    assert gql(PROJECT, {"slug": project.slug})["sharedProject"]["participantCapacity"] == 4


def test_the_change_is_in_the_history_and_reaches_search(anct):
    project = published(anct, status="recruiting", participant_capacity=5)
    indexed_at = SearchDocument.objects.get(page_id=project.pk).updated_at
    services.set_capacity(anct, project, 4)
    assert live(project).participant_capacity == 4
    logged = PageLogEntry.objects.filter(page_id=project.pk, user=anct)
    assert {"wagtail.edit", "wagtail.publish"} <= set(logged.values_list("action", flat=True))
    assert SearchDocument.objects.get(page_id=project.pk).updated_at > indexed_at


def test_a_pending_draft_keeps_the_change_and_stays_unpublished(anct):
    project = published(anct, status="recruiting", participant_capacity=5, title="Mobilité")
    project.title = "Mobilité douce (brouillon)"
    project.save_revision(user=anct)
    services.set_capacity(anct, project, 3)
    assert (live(project).title, live(project).participant_capacity) == ("Mobilité", 3)
    draft = live(project).get_latest_revision_as_object()
    assert (draft.title, draft.participant_capacity) == ("Mobilité douce (brouillon)", 3)


def test_starting_a_project_survives_the_next_publish(anct, gql):
    project = published(anct, status="recruiting", participant_capacity=3)
    for _ in range(3):
        EnrollmentFactory(project=project)
    services.start_project(anct, project)
    live(project).get_latest_revision().publish(user=anct, skip_permission_checks=True)
    assert live(project).status == SharedProjectPage.Status.IN_PROGRESS
    assert gql(PROJECT, {"slug": project.slug})["sharedProject"]["status"] == "IN_PROGRESS"


def test_a_draft_project_gets_a_new_revision_not_a_publication(anct):
    project = SharedProjectPageFactory(status="recruiting", participant_capacity=5, live=False)
    project.save_revision(user=anct)
    services.set_capacity(anct, project, 4)
    assert not live(project).live
    assert live(project).get_latest_revision_as_object().participant_capacity == 4
