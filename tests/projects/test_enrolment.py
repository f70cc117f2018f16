"""Enrolment in shared projects: places, waiting list, withdrawal, capacity."""

import pytest
from django.core.exceptions import ValidationError

from cms.services import ServiceError
from projects import services
from projects.models import Enrollment, SharedProjectPage
from tests.factories import EnrollmentFactory, LocalAuthorityFactory, SharedProjectPageFactory
from tests.projects.factories import member_of

pytestmark = pytest.mark.django_db


def refused(code, func, *args, **kwargs):
    with pytest.raises(ServiceError) as caught:
        func(*args, **kwargs)
    assert caught.value.code == code, caught.value.message
    return caught.value


def agents(n):
    return [member_of(LocalAuthorityFactory()) for _ in range(n)]


def states(project):
    return [
        (e.local_authority.name, e.role, e.status)
        for e in Enrollment.objects.filter(project=project).select_related("local_authority")
    ]


def test_participants_up_to_capacity_then_waiting_list(recruiting):
    users = agents(5)
    results = [services.enroll(u, recruiting.slug, "participant") for u in users]
    assert [e.status for e in results] == ["confirmed"] * 3 + ["waiting"] * 2
    assert services.enrolment_summary(recruiting) == {
        "participants": 3,
        "waiting": 2,
        "observers": 0,
    }


def test_observers_are_unlimited_and_never_wait(recruiting):
    for u in agents(3):
        services.enroll(u, recruiting.slug, "participant")
    for u in agents(4):
        assert services.enroll(u, recruiting, "observer").status == "confirmed"
    assert services.enrolment_summary(recruiting)["observers"] == 4


def test_withdrawing_a_participant_promotes_the_first_waiting(recruiting):
    users = agents(6)
    for u in users:
        services.enroll(u, recruiting.slug, "participant")
    enrollment, promoted = services.withdraw_enrollment(users[1], recruiting.slug)
    assert enrollment.status == "withdrawn"
    first_waiting = users[3].authority_memberships.get().local_authority
    assert [e.local_authority for e in promoted] == [first_waiting]
    # An observer or a waiting collectivité leaving promotes nobody.
    _, promoted = services.withdraw_enrollment(users[5], recruiting.slug)
    assert promoted == []
    assert services.enrolment_summary(recruiting) == {
        "participants": 3,
        "waiting": 1,
        "observers": 0,
    }
    # Re-enrolling goes to the back of the queue.
    again = services.enroll(users[1], recruiting.slug, "participant")
    assert again.status == "waiting"
    waiting = Enrollment.objects.filter(project=recruiting, status="waiting").order_by("position")
    assert [e.local_authority_id for e in waiting] == [
        users[4].authority_memberships.get().local_authority_id,
        users[1].authority_memberships.get().local_authority_id,
    ]


def test_enrol_twice_is_refused(agent, recruiting):
    services.enroll(agent, recruiting.slug, "observer")
    error = refused(
        services.ALREADY_ENROLLED, services.enroll, agent, recruiting.slug, "participant"
    )
    assert "déjà inscrite" in error.message
    assert Enrollment.objects.get().role == "observer"


def test_enrol_a_collectivite_one_does_not_belong_to(agent, recruiting):
    other = LocalAuthorityFactory()
    refused(services.NOT_A_MEMBER, services.enroll, agent, recruiting.slug, "participant", other.pk)
    refused(services.NOT_FOUND, services.enroll, agent, recruiting.slug, "participant", "999999")
    assert not Enrollment.objects.exists()


def test_unknown_or_unpublished_project(agent, recruiting):
    refused(services.NOT_FOUND, services.enroll, agent, "nope", "participant")
    recruiting.unpublish()
    refused(services.NOT_FOUND, services.enroll, agent, recruiting.slug, "participant")
    refused(services.INVALID, services.enroll, agent, recruiting.slug, "leader")


def test_closed_projects(agent):
    running = SharedProjectPageFactory(status="in_progress")
    refused(services.ENROLLMENT_CLOSED, services.enroll, agent, running.slug, "participant")
    assert services.enroll(agent, running.slug, "observer").status == "confirmed"
    done = SharedProjectPageFactory(status="completed")
    refused(services.ENROLLMENT_CLOSED, services.enroll, agent, done.slug, "observer")


def test_withdraw_when_not_enrolled(agent, recruiting):
    refused(services.NOT_ENROLLED, services.withdraw_enrollment, agent, recruiting.slug)


def test_lowering_capacity_below_participants_is_refused(anct, agent):
    project = SharedProjectPageFactory(status="recruiting", participant_capacity=5)
    for _ in range(4):
        EnrollmentFactory(project=project)
    refused(services.FORBIDDEN, services.set_capacity, agent, project.slug, 3)
    error = refused(
        services.CAPACITY_BELOW_PARTICIPANTS, services.set_capacity, anct, project.slug, 3
    )
    assert "4 collectivités" in error.message
    refused(services.CAPACITY_OUT_OF_RANGE, services.set_capacity, anct, project.slug, 6)
    assert SharedProjectPage.objects.get(pk=project.pk).participant_capacity == 5
    services.set_capacity(anct, project.slug, 4)
    assert SharedProjectPage.objects.get(pk=project.pk).participant_capacity == 4


def test_lowering_capacity_in_the_admin_is_refused_by_clean():
    project = SharedProjectPageFactory(status="recruiting", participant_capacity=5)
    for _ in range(4):
        EnrollmentFactory(project=project)
    project.participant_capacity = 3
    with pytest.raises(ValidationError) as caught:
        project.full_clean()
    assert caught.value.error_dict["participant_capacity"][0].code == "capacity_below_participants"
    project.participant_capacity = 4
    project.full_clean()


def test_raising_capacity_promotes_the_waiting_list(anct, recruiting):
    users = agents(5)
    for u in users:
        services.enroll(u, recruiting.slug, "participant")
    _, promoted = services.set_capacity(anct, recruiting.slug, 4)
    assert [e.local_authority for e in promoted] == [
        users[3].authority_memberships.get().local_authority
    ]


def test_project_starts_with_at_least_three_participants(anct, recruiting):
    users = agents(2)
    for u in users:
        services.enroll(u, recruiting.slug, "participant")
    refused(services.NOT_ENOUGH_PARTICIPANTS, services.start_project, anct, recruiting.slug)
    services.enroll(agents(1)[0], recruiting.slug, "participant")
    assert services.start_project(anct, recruiting.slug).status == "in_progress"


def test_promotion_is_logged_and_notified(
    recruiting, django_capture_on_commit_callbacks, mailoutbox
):
    from wagtail.models import ModelLogEntry

    users = agents(4)
    for u in users:
        services.enroll(u, recruiting.slug, "participant")
    with django_capture_on_commit_callbacks(execute=True):
        services.withdraw_enrollment(users[0], recruiting.slug)
    assert [m.to for m in mailoutbox] == [[users[3].email]]
    assert "Une place vous revient" in mailoutbox[0].subject
    assert ModelLogEntry.objects.filter(content_type__model="enrollment").count() >= 6


def test_moderation_is_notified(anct, agent, django_capture_on_commit_callbacks, mailoutbox):
    proposal = services.propose_theme(agent, title="Mobilité", description="Nos bus.")
    with django_capture_on_commit_callbacks(execute=True):
        services.reject_proposal(anct, proposal, "Un projet partagé existe déjà sur ce thème.")
    assert mailoutbox[0].to == [agent.email]
    assert "Un projet partagé existe déjà" in mailoutbox[0].body
