"""The ANCT moderators learn of each declared organisation and each request to act for one, by an
e-mail the task worker sends once the request is committed, with the link to « Organisations »."""

import pytest
from django.core import mail

from cms.tokens import create_token
from tests.workflows.factories import UserFactory

pytestmark = pytest.mark.django_db

DECLARE = """
mutation($name: String!, $kind: OrganisationKind!, $siren: String, $message: String) {
  declareOrganisation(name: $name, kind: $kind, siren: $siren, message: $message) {
    errors { code } created
  }
}"""


def declare(gql, user, captured, **variables):
    with captured(execute=True):
        return gql(DECLARE, variables, token=create_token(user))["declareOrganisation"]


def test_a_declared_organisation_is_emailed_to_the_moderators_with_the_admin_link(
    site, gql, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILADMIN_BASE_URL = "https://cms.example"
    alice = UserFactory(username="alice", first_name="Alice", last_name="Martin")
    result = declare(
        gql,
        alice,
        django_capture_on_commit_callbacks,
        name="Labo Cité",
        kind="RESEARCH_TEAM",
        siren="775000011",
        message="Nous animons des ateliers.",
    )
    assert result == {"errors": [], "created": True}
    [sent] = [m for m in mail.outbox if site.users.moderator.email in m.to]
    assert sent.subject == "Organisation déclarée : « Labo Cité »"
    assert "Alice Martin a déclaré l'organisation « Labo Cité » (équipe de recherche" in sent.body
    assert "https://cms.example/admin/organisations/" in sent.body
    assert "Nous animons des ateliers." in sent.body
    # Only the moderators: neither the person nor the other roles.
    assert not [m for m in mail.outbox if set(m.to) - {site.users.moderator.email}]


def test_joining_a_known_organisation_asks_the_moderators_too(
    site, gql, association, django_capture_on_commit_callbacks
):
    result = declare(
        gql,
        UserFactory(username="bruno", first_name="Bruno", last_name="Petit"),
        django_capture_on_commit_callbacks,
        name="Autre nom",
        kind="ASSOCIATION",
        siren="775000003",
    )
    assert result == {"errors": [], "created": False}
    [sent] = mail.outbox
    assert sent.to == [site.users.moderator.email]
    assert sent.subject == "Demande pour agir au nom de « Démocratie ouverte »"
    assert "/admin/organisations/" in sent.body


def test_a_refused_declaration_emails_nobody(site, gql, django_capture_on_commit_callbacks):
    result = declare(
        gql, UserFactory(username="x"), django_capture_on_commit_callbacks, name="", kind="OTHER"
    )
    assert [e["code"] for e in result["errors"]] == ["REQUIRED"]
    assert mail.outbox == []
