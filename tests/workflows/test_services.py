"""The contribution workflow through the services: submit, request changes, resubmit, approve."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from wagtail.models import PageLogEntry, WorkflowState

from cms.services import ServiceError
from inspiration.models import ExperiencePage, ResourcePage
from tests.workflows.conftest import experience_input
from workflows import services
from workflows.models import Submission

pytestmark = pytest.mark.django_db


def test_submit_creates_a_draft_in_moderation(site):
    page = services.submit_experience(site.users.contributor, experience_input())
    page.refresh_from_db()
    assert not page.live
    assert page.owner == site.users.contributor
    assert page.get_parent().pk == site.experiences.pk
    assert [link.local_authority for link in page.authority_links.all()] == [site.sene]
    assert Submission.objects.get(page=page).local_authority == site.sene
    state = page.current_workflow_state
    assert state.workflow.name == "Contribution d'une collectivité"
    # No referent in Séné: the referent's review is skipped, ANCT moderation waits.
    assert state.current_task_state.task.name == "Modération ANCT"
    assert services.status_of(page) == services.IN_REVIEW
    assert PageLogEntry.objects.filter(page=page, action="wagtail.workflow.start").exists()


def test_full_journey_with_emails(site):
    contributor, moderator = site.users.contributor, site.users.moderator
    page = services.submit_experience(contributor, experience_input())
    assert [m.to for m in mail.outbox] == [[moderator.email]]
    assert "À relire" in mail.outbox[0].subject
    assert mail.outbox[0].alternatives[0][1] == "text/html"
    mail.outbox.clear()

    services.moderate(
        moderator, page.pk, services.REQUEST_CHANGES, "Ajoutez le bilan.", ["incomplete"]
    )
    page.refresh_from_db()
    assert services.status_of(page) == services.CHANGES_REQUESTED
    assert [m.to for m in mail.outbox] == [[contributor.email]]
    body = mail.outbox[0].body
    assert "Ajoutez le bilan." in body and "Informations incomplètes" in body
    html = mail.outbox[0].alternatives[0][0]
    assert "Ajoutez le bilan." in html
    comments = services.comments_of(page)
    assert comments[-1]["reasons"] == ["Informations incomplètes"]
    mail.outbox.clear()

    services.update_submission(
        contributor, page.pk, page.latest_revision_id, {"summary": "Avec le bilan 2023."}
    )
    page.refresh_from_db()
    assert services.status_of(page) == services.IN_REVIEW
    assert [m.to for m in mail.outbox] == [[moderator.email]]
    mail.outbox.clear()

    services.moderate(moderator, page.pk, services.APPROVE, "Merci !")
    page.refresh_from_db()
    assert page.live
    assert page.summary == "Avec le bilan 2023."
    assert services.status_of(page) == services.PUBLISHED
    assert [m.to for m in mail.outbox] == [[contributor.email]]
    assert "Publié" in mail.outbox[0].subject
    actions = list(
        PageLogEntry.objects.filter(page=page)
        .order_by("timestamp")
        .values_list("action", flat=True)
    )
    for action in (
        "wagtail.workflow.start",
        "wagtail.workflow.reject",
        "wagtail.workflow.resume",
        "wagtail.workflow.approve",
        "wagtail.publish",
    ):
        assert action in actions


def test_conflict_when_another_revision_landed(site):
    page = services.submit_experience(site.users.contributor, experience_input())
    base = page.latest_revision_id
    services.update_submission(site.users.colleague, page.pk, base, {"title": "Version de Léa"})
    with pytest.raises(ServiceError) as error:
        services.update_submission(site.users.contributor, page.pk, base, {"title": "Ma version"})
    assert error.value.code == "REVISION_CONFLICT"
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Version de Léa"
    assert page.revisions.count() == 2


def test_request_changes_needs_a_comment(site):
    page = services.submit_experience(site.users.contributor, experience_input())
    with pytest.raises(ServiceError) as error:
        services.moderate(site.users.moderator, page.pk, services.REQUEST_CHANGES, "")
    assert (error.value.code, error.value.field) == ("REQUIRED", "comment")


def test_moderating_outside_ones_queue_is_forbidden(site):
    page = services.submit_experience(site.users.contributor, experience_input())
    for user in (site.users.contributor, site.users.expert):
        with pytest.raises((PermissionDenied, ServiceError)):
            services.moderate(user, page.pk, services.APPROVE)
    assert not ExperiencePage.objects.get(pk=page.pk).live


def test_acting_on_a_finished_workflow_is_a_typed_error(site):
    page = services.submit_experience(site.users.contributor, experience_input())
    services.moderate(site.users.moderator, page.pk, services.APPROVE)
    with pytest.raises(ServiceError) as error:
        services.moderate(site.users.moderator, page.pk, services.APPROVE)
    assert error.value.code == "WORKFLOW_FINISHED"


def test_reject_is_final(site):
    page = services.submit_experience(site.users.contributor, experience_input())
    services.moderate(site.users.moderator, page.pk, services.REJECT, "Hors sujet.")
    page.refresh_from_db()
    assert services.status_of(page) == services.REJECTED
    assert not page.live
    assert "Hors sujet." in mail.outbox[-1].body
    assert PageLogEntry.objects.filter(page=page, action="workflows.reject").exists()
    with pytest.raises(ServiceError) as error:
        services.update_submission(site.users.contributor, page.pk, page.latest_revision_id, {})
    assert error.value.code == "WORKFLOW_FINISHED"


def test_referent_reviews_first(site):
    from tests.workflows.factories import UserFactory

    referent = UserFactory(username="referente", role="contributors", referent_of=[site.sene])
    page = services.submit_experience(site.users.contributor, experience_input())
    state = page.current_workflow_state
    assert state.current_task_state.task.name == "Relecture par le référent de la collectivité"
    assert referent.email in [m.to[0] for m in mail.outbox]
    # The moderator is not asked yet, and another collectivité's contributor cannot act.
    with pytest.raises(PermissionDenied):
        services.moderate(site.users.other, page.pk, services.APPROVE)
    services.moderate(referent, page.pk, services.APPROVE)
    state = WorkflowState.objects.get(pk=state.pk)
    assert state.current_task_state.task.name == "Modération ANCT"


def test_invalid_input_gives_french_field_errors(site):
    with pytest.raises(ValidationError) as error:
        services.submit_experience(
            site.users.contributor, {"title": "", "summary": "", "participation_level": 12}
        )
    fields = error.value.message_dict
    assert set(fields) == {"title", "summary", "participation_level"}
    assert fields["title"] == ["Le titre est obligatoire."]
    assert not ExperiencePage.objects.exists()


def test_script_is_neutralised(site):
    page = services.submit_experience(
        site.users.contributor,
        experience_input(
            title="<script>alert(1)</script>Budget",
            body='<p onclick="x()">Bonjour <script>alert(1)</script><b>monde</b></p>',
            body_format="HTML",
        ),
    )
    page.refresh_from_db()
    assert page.title == "alert(1)Budget"
    html = str(page.body[0].value)
    assert "<script" not in html and "onclick" not in html
    assert "<b>monde</b>" in html


def test_resource_submission(site):
    page = services.submit_resource(
        site.users.contributor,
        {
            "title": "Guide de la concertation",
            "summary": "Un guide.",
            "resource_type": "guide",
            "external_url": "https://example.org/guide",
            "local_authority": site.sene,
        },
    )
    assert isinstance(page, ResourcePage)
    assert page.get_parent().pk == site.resources.pk
    assert Submission.objects.get(page=page).local_authority == site.sene


def test_cannot_submit_for_another_collectivite(site):
    with pytest.raises(ServiceError) as error:
        services.submit_experience(
            site.users.contributor, experience_input(local_authority="35126")
        )
    assert (error.value.code, error.value.field) == ("FORBIDDEN", "local_authority")


def test_request_changes_in_the_admin_needs_reasons_and_comment(site):
    page = services.submit_experience(site.users.contributor, experience_input())
    task_state = page.current_workflow_state.current_task_state
    task = task_state.task.specific
    with pytest.raises(ValidationError) as error:
        task.on_action(task_state, site.users.moderator, "reject", comment="", reasons=[])
    assert set(error.value.message_dict) == {"reasons", "comment"}
    task.on_action(
        task_state, site.users.moderator, "reject", comment="À compléter.", reasons=["sources"]
    )
    state = page.current_workflow_state
    assert state.status == state.STATUS_NEEDS_CHANGES
    assert state.current_task_state.specific.reasons == ["sources"]


def test_participant_with_membership_keeps_wagtail_permissions(site):
    from tests.workflows.factories import UserFactory
    from workflows import permissions

    participant = UserFactory(username="participant", role="participants", authorities=[site.sene])
    assert not permissions.is_contributor(participant)
    assert permissions.can_create(participant, ExperiencePage, site.projects)


def test_email_subjects_keep_apostrophes_and_quotes(site):
    """A subject is plain text: « L'échelle d'Arnstein » must not arrive as d&#x27;Arnstein."""
    page = services.submit_experience(
        site.users.contributor, experience_input(title="L'échelle d'Arnstein & « nous »")
    )
    assert page.title == "L'échelle d'Arnstein & « nous »"
    assert mail.outbox[0].subject == (
        "[Territoires en commun] À relire : « L'échelle d'Arnstein & « nous » »"
    )
