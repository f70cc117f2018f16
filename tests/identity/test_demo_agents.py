"""The demo a newcomer can act in: an open campaign, a project with free places and a full one,
and the local provider's agents with the memberships the site's journeys start from."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from cms.models import AgentIdentity, LocalAuthority, LocalAuthorityMembership
from projects import services as projects
from projects.models import Enrollment, SharedProjectPage, ThemeProposal, VotingCampaign


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("demo-media")
    out = StringIO()
    with (
        override_settings(MEDIA_ROOT=str(media)),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        call_command("load_demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


@pytest.mark.usefixtures("db")
class TestNewcomerDemo:
    def test_agents_are_printed_once_with_their_sirets(self, demo):
        assert "Agents de démonstration ProConnect" in demo
        assert "agent.niort@demo.territoires.local" in demo
        assert "21790191700013" in demo

    def test_the_open_campaign_takes_one_vote_per_collectivite(self, demo):
        campaign = VotingCampaign.objects.get(title="Choisir le prochain projet partagé")
        assert campaign.status == VotingCampaign.Status.OPEN
        first, second = ThemeProposal.objects.filter(
            campaign=campaign, status=ThemeProposal.Status.APPROVED
        ).order_by("pk")
        bourges_agent = AgentIdentity.objects.get(sub="devidp-agent-bourges").user
        projects.vote(bourges_agent, first)
        with pytest.raises(projects.ServiceError) as refused:
            projects.vote(bourges_agent, second)
        assert refused.value.code == "VOTE_LIMIT_REACHED"

    def test_one_project_has_free_places_and_the_full_one_has_a_waiting_list(self, demo):
        free = SharedProjectPage.objects.get(slug="budgets-participatifs-de-territoire")
        full = SharedProjectPage.objects.get(slug="mobilites-du-quotidien-avec-les-habitants")
        participants = {"role": Enrollment.Role.PARTICIPANT, "status": Enrollment.Status.CONFIRMED}
        assert free.enrollments.filter(**participants).count() < free.participant_capacity
        assert full.enrollments.filter(**participants).count() == full.participant_capacity == 5
        deux_sevres_agent = AgentIdentity.objects.get(sub="devidp-agent-deux-sevres").user
        enrollment = projects.enroll(deux_sevres_agent, full, "participant")
        assert enrollment.status == Enrollment.Status.WAITING

    def test_agents_memberships_are_in_the_states_the_journeys_need(self, demo):
        def membership(sub):
            return LocalAuthorityMembership.objects.filter(user__agent_identity__sub=sub).first()

        assert not AgentIdentity.objects.filter(sub="devidp-agent-niort").exists()
        assert LocalAuthority.objects.get(kind="commune", code="79191").siren == "217901917"
        assert membership("devidp-agent-bourges").status == "approved"
        assert membership("devidp-agent-sene").is_referent
        assert membership("devidp-agent-niortais").status == "pending"
        moderator = AgentIdentity.objects.get(sub="devidp-moderatrice-anct").user
        assert projects.is_anct_staff(moderator)
