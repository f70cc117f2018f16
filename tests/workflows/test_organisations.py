"""Other actors of engagement (issue 19): a person declares their organisation, the ANCT approves
the membership and verifies, trusts or blocks the organisation; only an approved member of a
verified organisation submits in its name, and the published page says « proposé par »."""

import pytest
from django.core import mail
from wagtail.models import ModelLogEntry, Page

from cms import organisations
from cms.models import Organisation, OrganisationMembership
from cms.services import ServiceError
from cms.tokens import create_token
from tests.ids import gid
from tests.workflows.factories import UserFactory
from workflows.models import Submission

pytestmark = pytest.mark.django_db

DECLARE = """
mutation($name: String!, $kind: OrganisationKind!, $siren: String) {
  declareOrganisation(name: $name, kind: $kind, siren: $siren) {
    errors { field code message }
    created
    membership { status organisation { id name kind status } }
  }
}"""
SUBMIT_RESOURCE = """
mutation($input: ResourceSubmissionInput!) {
  submitResource(input: $input) {
    errors { field code message }
    submission { id title status organisation { name } localAuthority { name } }
  }
}"""
MODERATE = """
mutation($id: ID!) {
  moderate(submission: $id, action: APPROVE) { errors { code } submission { status } }
}"""
RESOURCES = "{ resources { edges { node { title proposedBy { name kind } } } } }"
MY_ORGANISATIONS = """
{ me { organisations { name status }
       organisationMemberships { status organisation { name } } } }"""


def resource_input(organisation, **overrides):
    return {
        "title": "Guide des conventions citoyennes",
        "summary": "Un guide pour les associations.",
        "body": "Texte.",
        "resourceType": "guide",
        "externalUrl": "https://example.org/conventions",
        "organisationId": gid(organisation),
        **overrides,
    }


@pytest.fixture
def association(site):
    return Organisation.objects.create(
        name="Démocratie ouverte",
        kind=Organisation.Kind.ASSOCIATION,
        siren="775000003",
        status=Organisation.Status.VERIFIED,
    )


@pytest.fixture
def member(association):
    user = UserFactory(username="membre-asso")
    OrganisationMembership.objects.create(
        user=user, organisation=association, status=OrganisationMembership.Status.APPROVED
    )
    return user


def submit(gql, user, organisation, **overrides):
    return gql(
        SUBMIT_RESOURCE,
        {"input": resource_input(organisation, **overrides)},
        token=create_token(user),
    )["submitResource"]


def test_member_submits_as_organisation_and_the_page_says_proposed_by(
    site, gql, member, association
):
    result = submit(gql, member, association)
    assert result["errors"] == []
    assert result["submission"]["status"] == "IN_REVIEW"
    assert result["submission"]["organisation"] == {"name": "Démocratie ouverte"}
    assert result["submission"]["localAuthority"] is None
    assert gql(RESOURCES)["resources"]["edges"] == []

    approved = gql(
        MODERATE, {"id": result["submission"]["id"]}, token=create_token(site.users.moderator)
    )["moderate"]
    assert approved == {"errors": [], "submission": {"status": "PUBLISHED"}}
    [edge] = gql(RESOURCES)["resources"]["edges"]
    assert edge["node"]["proposedBy"] == {"name": "Démocratie ouverte", "kind": "ASSOCIATION"}

    me = gql(MY_ORGANISATIONS, token=create_token(member))["me"]
    assert me["organisations"] == [{"name": "Démocratie ouverte", "status": "VERIFIED"}]


def test_blocked_organisation_cannot_submit_and_keeps_its_past_submissions(
    site, gql, member, association
):
    first = submit(gql, member, association)
    assert first["errors"] == []
    organisations.set_organisation_status(
        site.users.moderator, association, Organisation.Status.BLOCKED, "Contenus publicitaires."
    )
    refused = submit(gql, member, association, title="Autre guide")
    assert refused["submission"] is None
    assert [e["code"] for e in refused["errors"]] == ["ORGANISATION_BLOCKED"]
    assert "bloquée" in refused["errors"][0]["message"]
    assert not Page.objects.filter(title="Autre guide").exists()
    assert Submission.objects.filter(organisation=association).count() == 1
    assert ModelLogEntry.objects.filter(action="cms.organisation_blocked").exists()


def test_pending_membership_cannot_act(site, gql, association):
    user = UserFactory(username="en-attente")
    organisations.request_organisation_membership(user, association, "Je suis salariée.")
    refused = submit(gql, user, association)
    assert [e["code"] for e in refused["errors"]] == ["MEMBERSHIP_PENDING"]
    assert not Submission.objects.exists()


def test_non_member_and_pending_organisation_cannot_act(site, gql, member, association):
    stranger = UserFactory(username="inconnue")
    assert [e["code"] for e in submit(gql, stranger, association)["errors"]] == ["NOT_A_MEMBER"]
    association.status = Organisation.Status.PENDING
    association.save()
    assert [e["code"] for e in submit(gql, member, association)["errors"]] == [
        "ORGANISATION_PENDING"
    ]


def test_trusted_organisation_publishes_at_once_and_moderators_are_told(
    site, gql, member, association
):
    organisations.set_organisation_status(
        site.users.moderator, association, Organisation.Status.TRUSTED
    )
    result = submit(gql, member, association)
    assert result["errors"] == []
    assert result["submission"]["status"] == "PUBLISHED"
    [edge] = gql(RESOURCES)["resources"]["edges"]
    assert edge["node"]["proposedBy"]["name"] == "Démocratie ouverte"
    assert any(
        "Publiée sans modération" in m.subject and site.users.moderator.email in m.to
        for m in mail.outbox
    )


def test_declare_creates_pending_or_joins_the_known_siren(site, gql, association):
    alice, bruno = UserFactory(username="alice"), UserFactory(username="bruno")
    new = gql(
        DECLARE,
        {"name": "  Labo  Cité ", "kind": "RESEARCH_TEAM", "siren": "775 000 011"},
        token=create_token(alice),
    )["declareOrganisation"]
    assert new["errors"] == []
    assert new["created"] is True
    assert new["membership"]["status"] == "PENDING"
    assert new["membership"]["organisation"]["name"] == "Labo Cité"
    assert new["membership"]["organisation"]["status"] == "PENDING"

    joined = gql(
        DECLARE,
        {"name": "Autre nom", "kind": "ASSOCIATION", "siren": "77500000300019"},
        token=create_token(bruno),
    )["declareOrganisation"]
    assert joined["errors"] == []
    assert joined["created"] is False
    assert joined["membership"]["organisation"]["name"] == "Démocratie ouverte"
    assert Organisation.objects.count() == 2


@pytest.mark.parametrize(
    ("name", "siren", "code"),
    [
        ("", "", "REQUIRED"),
        ("x" * 201, "", "INVALID"),
        ("Asso", "123", "INVALID_SIREN"),
        ("Asso", "775000004", "INVALID_SIREN"),
    ],
)
def test_declare_refuses_bad_input_with_typed_french_errors(site, gql, name, siren, code):
    result = gql(
        DECLARE,
        {"name": name, "kind": "ASSOCIATION", "siren": siren},
        token=create_token(UserFactory(username="x")),
    )["declareOrganisation"]
    assert [e["code"] for e in result["errors"]] == [code]
    assert not Organisation.objects.exists()


def test_a_collectivite_siren_is_not_an_organisation(site, gql):
    site.sene.siren = "215602418"
    site.sene.save()
    result = gql(
        DECLARE,
        {"name": "Mairie", "kind": "OTHER", "siren": "215602418"},
        token=create_token(UserFactory(username="y")),
    )["declareOrganisation"]
    assert [e["code"] for e in result["errors"]] == ["IS_A_LOCAL_AUTHORITY"]
    assert "requestMembership" in result["errors"][0]["message"]


def test_only_the_anct_decides(site, association, member):
    with pytest.raises(ServiceError) as error:
        organisations.set_organisation_status(member, association, Organisation.Status.TRUSTED)
    assert error.value.code == "FORBIDDEN"
    pending = organisations.request_organisation_membership(UserFactory(username="z"), association)
    with pytest.raises(ServiceError):
        organisations.decide_organisation_membership(member, pending, True)
    organisations.decide_organisation_membership(site.users.moderator, pending, True)
    pending.refresh_from_db()
    assert pending.status == OrganisationMembership.Status.APPROVED
    assert any("Démocratie ouverte" in m.subject for m in mail.outbox)
