"""The admin's « Organisations » screen: the ANCT trusts or blocks an organisation and decides its
membership requests there (audited); nobody else reaches it."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from cms.models import Organisation, OrganisationMembership
from tests.workflows.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def association(site):
    return Organisation.objects.create(name="Les Petits Débrouillards", kind="association")


def test_moderator_blocks_with_a_reason_and_approves_a_member(site, client, association):
    client.force_login(site.users.moderator)
    page = client.get(reverse("cms_organisations"))
    assert page.status_code == 200
    assert "Les Petits Débrouillards" in page.content.decode()

    url = reverse("cms_organisation_status", args=[association.pk])
    client.post(url, {"status": "blocked", "reason": ""})
    association.refresh_from_db()
    assert association.status == "pending"  # no reason, no block
    client.post(url, {"status": "blocked", "reason": "Hors du champ du programme."})
    association.refresh_from_db()
    assert association.status == "blocked"
    entry = ModelLogEntry.objects.get(action="cms.organisation_blocked")
    assert entry.user == site.users.moderator

    membership = OrganisationMembership.objects.create(
        user=UserFactory(username="benevole"), organisation=association
    )
    client.post(
        reverse("cms_organisation_membership", args=[membership.pk]), {"decision": "approve"}
    )
    membership.refresh_from_db()
    assert membership.status == "approved"


def test_contributors_do_not_reach_the_screen(site, client, association):
    client.force_login(site.users.contributor)
    assert client.get(reverse("cms_organisations")).status_code in (302, 403)
    client.post(reverse("cms_organisation_status", args=[association.pk]), {"status": "trusted"})
    association.refresh_from_db()
    assert association.status == "pending"
