"""Membership requests: a pending agent reads but cannot act; an ANCT moderator or the
collectivité's referent decides in the admin (e-mail, audit log); an agent of A never acts for B."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry

from cms.api.relay import encode
from cms.models import LocalAuthority, LocalAuthorityMembership
from cms.roles import ROLE_CONTRIBUTORS, ROLE_MODERATORS, ROLE_NAMES, ensure_roles
from cms.services import ServiceError
from cms.tokens import create_token
from projects import services as projects
from tests.api.conftest import GraphQLClient
from tests.factories import LocalAuthorityFactory, SharedProjectPageFactory
from tests.projects.factories import MembershipFactory, UserFactory

PENDING = LocalAuthorityMembership.Status.PENDING
APPROVED = LocalAuthorityMembership.Status.APPROVED


@pytest.fixture(autouse=True)
def immediate_mail(monkeypatch):
    monkeypatch.setattr("cms.mail.on_commit", lambda callback, **kwargs: callback())


@pytest.fixture
def niort(db):
    return LocalAuthorityFactory(kind=LocalAuthority.Kind.COMMUNE, code="79191", name="Niort")


@pytest.fixture
def bourges(db):
    return LocalAuthorityFactory(kind=LocalAuthority.Kind.COMMUNE, code="18033", name="Bourges")


@pytest.fixture
def pending_agent(niort):
    return MembershipFactory(local_authority=niort, status=PENDING).user


@pytest.fixture
def moderator(db):
    ensure_roles()
    user = UserFactory(username="moderatrice", is_staff=True)
    user.groups.add(Group.objects.get(name=ROLE_NAMES[ROLE_MODERATORS]))
    return user


def test_a_pending_agent_can_neither_propose_nor_enrol(pending_agent, niort):
    with pytest.raises(ServiceError) as refused:
        projects.propose_theme(pending_agent, title="Jeunesse", description="Pour les jeunes.")
    assert refused.value.code == "NOT_A_MEMBER"
    project = SharedProjectPageFactory(status="recruiting", participant_capacity=3)
    with pytest.raises(ServiceError) as refused:
        projects.enroll(pending_agent, project, "participant", local_authority=niort)
    assert refused.value.code == "NOT_A_MEMBER"


def test_an_agent_of_one_collectivite_cannot_act_for_another(niort, bourges):
    agent = MembershipFactory(local_authority=bourges).user
    with pytest.raises(ServiceError) as refused:
        projects.propose_theme(
            agent, title="Jeunesse", description="Pour les jeunes.", local_authority=niort
        )
    assert refused.value.code == "NOT_A_MEMBER"
    assert "Niort" in refused.value.message


def test_a_moderator_approves_in_the_admin_then_the_agent_acts(
    client, moderator, pending_agent, niort
):
    client.force_login(moderator)
    listing = client.get(reverse("cms_membership_requests"))
    assert listing.status_code == 200
    assert pending_agent.email in listing.content.decode()
    membership = LocalAuthorityMembership.objects.get(user=pending_agent)
    response = client.post(
        reverse("cms_decide_membership", args=[membership.pk]), {"decision": "approve"}
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.status == APPROVED
    assert membership.decided_by == moderator
    assert pending_agent.groups.filter(name=ROLE_NAMES[ROLE_CONTRIBUTORS]).exists()
    assert mail.outbox[-1].to == [pending_agent.email]
    assert "approuvé" in mail.outbox[-1].subject
    assert ModelLogEntry.objects.filter(action="cms.membership_approved").exists()
    proposal = projects.propose_theme(
        pending_agent, title="Jeunesse", description="Pour les jeunes."
    )
    assert proposal.local_authority == niort


def test_a_refusal_needs_a_reason_which_the_agent_sees(client, moderator, pending_agent):
    client.force_login(moderator)
    membership = LocalAuthorityMembership.objects.get(user=pending_agent)
    url = reverse("cms_decide_membership", args=[membership.pk])
    follow = client.post(url, {"decision": "refuse"}, follow=True)
    assert "Indiquez le motif du refus" in follow.content.decode()
    membership.refresh_from_db()
    assert membership.status == PENDING

    client.post(url, {"decision": "refuse", "refusal_reason": "Vous n'êtes pas agent de Niort."})
    membership.refresh_from_db()
    assert membership.status == LocalAuthorityMembership.Status.REFUSED
    token = create_token(pending_agent)
    me = GraphQLClient(client)(
        "{ me { memberships { status refusalReason decidedAt } } }", token=token
    )["me"]
    assert me["memberships"][0]["status"] == "REFUSED"
    assert me["memberships"][0]["refusalReason"] == "Vous n'êtes pas agent de Niort."
    assert "Motif" in mail.outbox[-1].body


def test_a_referent_decides_for_their_collectivite_only(client, niort, bourges, pending_agent):
    contributors = ensure_roles()[ROLE_CONTRIBUTORS]
    referent = MembershipFactory(local_authority=bourges, is_referent=True).user
    referent.groups.add(contributors)
    client.force_login(referent)
    membership = LocalAuthorityMembership.objects.get(user=pending_agent)
    response = client.post(
        reverse("cms_decide_membership", args=[membership.pk]), {"decision": "approve"}
    )
    assert response.status_code == 404
    membership.refresh_from_db()
    assert membership.status == PENDING

    niort_referent = MembershipFactory(local_authority=niort, is_referent=True).user
    niort_referent.groups.add(contributors)
    client.force_login(niort_referent)
    client.post(reverse("cms_decide_membership", args=[membership.pk]), {"decision": "approve"})
    membership.refresh_from_db()
    assert membership.status == APPROVED


def test_an_agent_requests_to_act_for_its_epci(client, niort):
    epci = LocalAuthorityFactory(kind=LocalAuthority.Kind.EPCI, name="CA du Niortais")
    agent = MembershipFactory(local_authority=niort).user
    gql = GraphQLClient(client)
    payload = gql(
        """mutation ($id: ID!) { requestMembership(localAuthority: $id, message: "Je suis aussi à l'agglo.") {
             membership { status localAuthority { name } } errors { code message } } }""",
        {"id": encode("LocalAuthority", epci.pk)},
        token=create_token(agent),
    )["requestMembership"]
    assert payload == {
        "membership": {"status": "PENDING", "localAuthority": {"name": "CA du Niortais"}},
        "errors": [],
    }
    with pytest.raises(ServiceError) as refused:
        projects.propose_theme(
            agent, title="Jeunesse", description="Pour les jeunes.", local_authority=epci
        )
    assert refused.value.code == "NOT_A_MEMBER"
