"""« Proposé par » in the admin's creation form: a member of organisations who uses the admin may
propose a resource in the name of one she acts for, and of no other (checked on the server)."""

import pytest
from django.test import Client
from django.utils.text import slugify
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cms.models import Organisation, OrganisationMembership
from workflows.models import Submission

pytestmark = pytest.mark.django_db


def resource_form(title, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "resource_type": "guide",
            "summary": "Un guide pour animer un jardin partagé.",
            "external_url": "https://example.org/jardins",
            "body": streamfield([]),
            **extra,
        }
    )


def create(user, section, data):
    client = Client()
    client.force_login(user)
    return client.post(f"/admin/pages/add/inspiration/resourcepage/{section.pk}/", data)


@pytest.fixture
def contributor_member(site, association):
    """Séné's contributor, also an approved member of a verified association."""
    OrganisationMembership.objects.create(
        user=site.users.contributor,
        organisation=association,
        status=OrganisationMembership.Status.APPROVED,
    )
    return site.users.contributor


@pytest.fixture
def other_organisation(site):
    return Organisation.objects.create(
        name="Réseau des voisins", kind="network", status=Organisation.Status.VERIFIED
    )


def test_the_creation_form_offers_her_organisations_only(
    site, contributor_member, association, other_organisation
):
    client = Client()
    client.force_login(contributor_member)
    html = client.get(f"/admin/pages/add/inspiration/resourcepage/{site.resources.pk}/").content
    html = html.decode()
    assert "Proposé par" in html
    assert f'value="{association.pk}"' in html and "Démocratie ouverte" in html
    assert "Réseau des voisins" not in html


def test_a_resource_created_in_her_organisations_name_is_proposed_by_it(
    site, contributor_member, association
):
    response = create(
        contributor_member,
        site.resources,
        resource_form("Guide des jardins", proposed_by=association.pk),
    )
    assert response.status_code == 302, response.context["form"].errors
    page = Page.objects.get(title="Guide des jardins")
    submission = Submission.objects.get(page_id=page.pk)
    assert submission.organisation == association
    assert submission.submitted_by == contributor_member


def test_another_organisation_is_refused_in_french_and_nothing_is_created(
    site, contributor_member, other_organisation
):
    response = create(
        contributor_member,
        site.resources,
        resource_form("Guide d'un autre réseau", proposed_by=other_organisation.pk),
    )
    assert response.status_code == 200
    assert (
        "Choisissez une organisation au nom de laquelle vous agissez." in response.content.decode()
    )
    assert not Page.objects.filter(title="Guide d'un autre réseau").exists()


def test_a_blocked_organisation_is_not_offered_nor_accepted(site, contributor_member, association):
    association.status = Organisation.Status.BLOCKED
    association.save()
    client = Client()
    client.force_login(contributor_member)
    html = client.get(f"/admin/pages/add/inspiration/resourcepage/{site.resources.pk}/").content
    assert "Proposé par" not in html.decode()
    create(contributor_member, site.resources, resource_form("Guide", proposed_by=association.pk))
    assert not Submission.objects.filter(organisation=association).exists()


def test_a_trusted_organisations_submission_goes_live_and_the_moderators_are_told(
    site, contributor_member, association, mailoutbox, django_capture_on_commit_callbacks
):
    association.status = Organisation.Status.TRUSTED
    association.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = create(
            contributor_member,
            site.resources,
            resource_form(
                "Guide des vergers", proposed_by=association.pk, **{"action-submit": "1"}
            ),
        )
    assert response.status_code == 302
    page = Page.objects.get(title="Guide des vergers")
    assert page.live
    assert page.current_workflow_state is None
    assert any(
        "Publiée sans modération" in mail.subject and site.users.moderator.email in mail.to
        for mail in mailoutbox
    )


def test_a_verified_organisations_submission_waits_for_moderation(
    site, contributor_member, association
):
    create(
        contributor_member,
        site.resources,
        resource_form("Guide des mares", proposed_by=association.pk, **{"action-submit": "1"}),
    )
    page = Page.objects.get(title="Guide des mares")
    assert not page.live
    assert page.current_workflow_state is not None
