"""Enrolment in shared projects: places, waiting list, withdrawal, capacity."""

import pytest
from django.core.exceptions import ValidationError

from cms.services import ServiceError
from projects import services
from projects.models import Enrollment, SharedProjectPage
from projects.schema import arguments
from tests.factories import EnrollmentFactory, LocalAuthorityFactory, SharedProjectPageFactory
from tests.ids import gid
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
    results = [services.enroll(u, recruiting, "participant") for u in users]
    assert [e.status for e in results] == ["confirmed"] * 3 + ["waiting"] * 2
    assert services.enrolment_summary(recruiting) == {
        "participants": 3,
        "waiting": 2,
        "observers": 0,
    }


def test_observers_are_unlimited_and_never_wait(recruiting):
    for u in agents(3):
        services.enroll(u, recruiting, "participant")
    for u in agents(4):
        assert services.enroll(u, recruiting, "observer").status == "confirmed"
    assert services.enrolment_summary(recruiting)["observers"] == 4


def test_withdrawing_a_participant_promotes_the_first_waiting(recruiting):
    users = agents(6)
    for u in users:
        services.enroll(u, recruiting, "participant")
    enrollment, promoted = services.withdraw_enrollment(users[1], recruiting)
    assert enrollment.status == "withdrawn"
    first_waiting = users[3].authority_memberships.get().local_authority
    assert [e.local_authority for e in promoted] == [first_waiting]
    # An observer or a waiting collectivité leaving promotes nobody.
    _, promoted = services.withdraw_enrollment(users[5], recruiting)
    assert promoted == []
    assert services.enrolment_summary(recruiting) == {
        "participants": 3,
        "waiting": 1,
        "observers": 0,
    }
    # Re-enrolling goes to the back of the queue.
    again = services.enroll(users[1], recruiting, "participant")
    assert again.status == "waiting"
    waiting = Enrollment.objects.filter(project=recruiting, status="waiting").order_by("position")
    assert [e.local_authority_id for e in waiting] == [
        users[4].authority_memberships.get().local_authority_id,
        users[1].authority_memberships.get().local_authority_id,
    ]


def test_enrol_twice_is_refused(agent, recruiting):
    services.enroll(agent, recruiting, "observer")
    error = refused(services.ALREADY_ENROLLED, services.enroll, agent, recruiting, "participant")
    assert "déjà inscrite" in error.message
    assert Enrollment.objects.get().role == "observer"


def test_enrol_a_collectivite_one_does_not_belong_to(agent, recruiting):
    other = LocalAuthorityFactory()
    refused(services.NOT_A_MEMBER, services.enroll, agent, recruiting, "participant", other)
    refused(services.NOT_FOUND, arguments.local_authority, gid(999999, "LocalAuthority"))
    refused("INVALID_ID", arguments.local_authority, "999999")
    assert not Enrollment.objects.exists()


def test_unknown_or_unpublished_project(agent, recruiting):
    refused(services.NOT_FOUND, arguments.project, gid(999999, "SharedProjectPage"))
    refused("INVALID_ID", arguments.project, "nope")
    recruiting.unpublish()
    refused(services.NOT_FOUND, arguments.project, gid(recruiting))
    refused(services.NOT_FOUND, services.enroll, agent, recruiting, "participant")
    refused(services.INVALID, services.enroll, agent, recruiting, "leader")


def test_closed_projects(agent):
    running = SharedProjectPageFactory(status="in_progress")
    refused(services.ENROLLMENT_CLOSED, services.enroll, agent, running, "participant")
    assert services.enroll(agent, running, "observer").status == "confirmed"
    done = SharedProjectPageFactory(status="completed")
    refused(services.ENROLLMENT_CLOSED, services.enroll, agent, done, "observer")


def test_withdraw_when_not_enrolled(agent, recruiting):
    refused(services.NOT_ENROLLED, services.withdraw_enrollment, agent, recruiting)


def test_lowering_capacity_below_participants_is_refused(anct, agent):
    project = SharedProjectPageFactory(status="recruiting", participant_capacity=5)
    for _ in range(4):
        EnrollmentFactory(project=project)
    refused(services.FORBIDDEN, services.set_capacity, agent, project, 3)
    error = refused(services.CAPACITY_BELOW_PARTICIPANTS, services.set_capacity, anct, project, 3)
    assert "4 collectivités" in error.message
    refused(services.CAPACITY_OUT_OF_RANGE, services.set_capacity, anct, project, 6)
    assert SharedProjectPage.objects.get(pk=project.pk).participant_capacity == 5
    services.set_capacity(anct, project, 4)
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
        services.enroll(u, recruiting, "participant")
    _, promoted = services.set_capacity(anct, recruiting, 4)
    assert [e.local_authority for e in promoted] == [
        users[3].authority_memberships.get().local_authority
    ]


def test_project_starts_with_at_least_three_participants(anct, recruiting):
    users = agents(2)
    for u in users:
        services.enroll(u, recruiting, "participant")
    refused(services.NOT_ENOUGH_PARTICIPANTS, services.start_project, anct, recruiting)
    services.enroll(agents(1)[0], recruiting, "participant")
    assert services.start_project(anct, recruiting).status == "in_progress"


def test_promotion_is_logged_and_notified(
    recruiting, django_capture_on_commit_callbacks, mailoutbox
):
    from wagtail.models import ModelLogEntry

    users = agents(4)
    for u in users:
        services.enroll(u, recruiting, "participant")
    with django_capture_on_commit_callbacks(execute=True):
        services.withdraw_enrollment(users[0], recruiting)
    assert [m.to for m in mailoutbox] == [[users[3].email]]
    assert "Une place vous revient" in mailoutbox[0].subject
    assert ModelLogEntry.objects.filter(content_type__model="enrollment").count() >= 6


def test_moderation_is_notified(anct, agent, django_capture_on_commit_callbacks, mailoutbox):
    proposal = services.propose_theme(agent, title="Mobilité", description="Nos bus.")
    with django_capture_on_commit_callbacks(execute=True):
        services.reject_proposal(anct, proposal, "Un projet partagé existe déjà sur ce thème.")
    assert mailoutbox[0].to == [agent.email]
    assert "Un projet partagé existe déjà" in mailoutbox[0].body
