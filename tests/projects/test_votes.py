"""Theme proposals, their moderation, voting campaigns, votes and the ranking."""

import datetime

import pytest
from django.utils import timezone

from cms.services import ServiceError
from projects import services
from projects.models import SharedProjectPage, ThemeProposal, ThemeVote
from tests.factories import LocalAuthorityFactory, SharedProjectIndexPageFactory, ThemeFactory
from tests.projects.factories import (
    ThemeProposalFactory,
    ThemeVoteFactory,
    VotingCampaignFactory,
    member_of,
)

pytestmark = pytest.mark.django_db


def refused(code, func, *args, **kwargs):
    with pytest.raises(ServiceError) as caught:
        func(*args, **kwargs)
    assert caught.value.code == code, caught.value.message
    return caught.value


def test_a_member_proposes_a_theme_that_waits_for_moderation(agent, authority):
    campaign = VotingCampaignFactory()
    proposal = services.propose_theme(
        agent, title="Jeunesse et engagement", description="Nos jeunes veulent agir."
    )
    assert proposal.status == ThemeProposal.Status.SUBMITTED
    assert proposal.local_authority == authority
    assert proposal.campaign == campaign
    assert proposal.proposed_by == agent
    error = refused(services.NOT_VOTABLE, services.vote, agent, proposal)
    assert "approuvé" in error.message


def test_proposal_needs_a_title_and_a_reason(agent):
    assert (
        refused(services.REQUIRED, services.propose_theme, agent, title=" ", description="x").field
        == "title"
    )
    refused(services.REQUIRED, services.propose_theme, agent, title="Mobilité", description="")
    assert not ThemeProposal.objects.exists()


def test_one_cannot_propose_for_a_collectivite_one_does_not_belong_to(agent):
    other = LocalAuthorityFactory()
    error = refused(
        services.NOT_A_MEMBER,
        services.propose_theme,
        agent,
        title="Mobilité",
        description="x",
        local_authority=other,
    )
    assert other.name in error.message
    assert not ThemeProposal.objects.exists()


def test_a_user_without_collectivite_cannot_propose(db):
    from tests.projects.factories import UserFactory

    refused(
        services.NOT_A_MEMBER, services.propose_theme, UserFactory(), title="a", description="b"
    )


def test_only_anct_moderates(agent, anct):
    proposal = ThemeProposalFactory(status=ThemeProposal.Status.SUBMITTED)
    refused(services.FORBIDDEN, services.approve_proposal, agent, proposal)
    refused(services.REQUIRED, services.reject_proposal, anct, proposal, "")
    services.approve_proposal(anct, proposal)
    proposal.refresh_from_db()
    assert proposal.status == ThemeProposal.Status.APPROVED
    assert proposal.moderated_by == anct and proposal.moderated_at
    refused(services.ALREADY_MODERATED, services.reject_proposal, anct, proposal, "Trop tard")


def test_rejected_proposal_cannot_be_voted(anct, agent):
    proposal = ThemeProposalFactory(status=ThemeProposal.Status.SUBMITTED)
    services.reject_proposal(anct, proposal, "Déjà traité par un projet en cours.")
    refused(services.NOT_VOTABLE, services.vote, agent, proposal)
    assert not ThemeVote.objects.exists()


def test_vote_and_withdraw_while_open(agent, authority):
    proposal = ThemeProposalFactory()
    ballot = services.vote(agent, proposal)
    assert ballot.local_authority == authority and ballot.voter == agent
    assert services.remaining_votes(authority, proposal.campaign) == 2
    services.withdraw_vote(agent, proposal)
    assert not ThemeVote.objects.exists()
    refused(services.NOT_FOUND, services.withdraw_vote, agent, proposal)


def test_vote_twice_is_refused(agent):
    proposal = ThemeProposalFactory()
    services.vote(agent, proposal)
    other_agent = member_of(proposal.local_authority)  # unrelated collectivité's agent
    services.vote(other_agent, proposal)
    colleague = member_of(agent.authority_memberships.get().local_authority)
    error = refused(services.ALREADY_VOTED, services.vote, colleague, proposal)
    assert "déjà voté" in error.message
    assert ThemeVote.objects.count() == 2


def test_vote_outside_the_campaign_is_refused(agent):
    now = timezone.now()
    closed = ThemeProposalFactory(
        campaign=VotingCampaignFactory(
            opens_at=now - datetime.timedelta(days=10), closes_at=now - datetime.timedelta(days=1)
        )
    )
    upcoming = ThemeProposalFactory(
        campaign=VotingCampaignFactory(
            opens_at=now + datetime.timedelta(days=1), closes_at=now + datetime.timedelta(days=10)
        )
    )
    assert "clos" in refused(services.CAMPAIGN_CLOSED, services.vote, agent, closed).message
    assert "ouvrent" in refused(services.CAMPAIGN_NOT_OPEN, services.vote, agent, upcoming).message
    ThemeVoteFactory(
        proposal=closed, local_authority=agent.authority_memberships.get().local_authority
    )
    refused(services.CAMPAIGN_CLOSED, services.withdraw_vote, agent, closed)
    assert ThemeVote.objects.count() == 1


def test_vote_limit_per_collectivite(agent, authority):
    campaign = VotingCampaignFactory(vote_limit=2)
    first, second, third = (ThemeProposalFactory(campaign=campaign) for _ in range(3))
    services.vote(agent, first)
    services.vote(agent, second)
    error = refused(services.VOTE_LIMIT_REACHED, services.vote, agent, third)
    assert "2 votes" in error.message
    assert ThemeVote.objects.filter(local_authority=authority).count() == 2
    # Withdrawing frees a vote.
    services.withdraw_vote(agent, first)
    services.vote(agent, third)
    # Votes of another campaign do not count.
    services.vote(agent, ThemeProposalFactory())


def test_no_limit_when_zero(agent):
    campaign = VotingCampaignFactory(vote_limit=0)
    for _ in range(5):
        services.vote(agent, ThemeProposalFactory(campaign=campaign))
    assert ThemeVote.objects.count() == 5


def test_anct_votes_for_any_collectivite_but_must_say_which(anct):
    proposal = ThemeProposalFactory()
    refused(services.NOT_A_MEMBER, services.vote, anct, proposal)
    target = LocalAuthorityFactory()
    assert services.vote(anct, proposal, target).local_authority == target


def test_a_member_of_two_collectivites_must_say_which(agent):
    LocalAuthorityFactory()
    from cms.models import LocalAuthorityMembership

    LocalAuthorityMembership.objects.create(user=agent, local_authority=LocalAuthorityFactory())
    assert (
        refused(services.REQUIRED, services.vote, agent, ThemeProposalFactory()).field
        == "local_authority"
    )


def test_ranking_counts_votes_and_shares_ranks():
    campaign = VotingCampaignFactory(vote_limit=0)
    a, b, c = (ThemeProposalFactory(campaign=campaign, title=t) for t in "ABC")
    ThemeProposalFactory(campaign=campaign, status=ThemeProposal.Status.SUBMITTED, title="hidden")
    for _ in range(3):
        ThemeVoteFactory(proposal=b)
    ThemeVoteFactory(proposal=a)
    ThemeVoteFactory(proposal=c)
    ranking = services.theme_ranking(campaign)
    assert [(r["rank"], r["proposal"].title, r["votes"]) for r in ranking] == [
        (1, "B", 3),
        (2, "A", 1),
        (2, "C", 1),
    ]
    assert services.theme_ranking()[0]["proposal"] == b


def test_anct_turns_the_winner_into_a_shared_project(anct, agent):
    index = SharedProjectIndexPageFactory()
    now = timezone.now()
    campaign = VotingCampaignFactory(
        opens_at=now - datetime.timedelta(days=10), closes_at=now - datetime.timedelta(days=1)
    )
    winner = ThemeProposalFactory(campaign=campaign, title="Transition écologique")
    refused(services.FORBIDDEN, services.select_proposal, agent, winner)
    page = services.select_proposal(anct, winner, participant_capacity=4)
    winner.refresh_from_db()
    assert winner.status == ThemeProposal.Status.SELECTED
    assert winner.shared_project_id == page.pk
    page = SharedProjectPage.objects.get(pk=page.pk)
    assert page.get_parent().pk == index.pk
    assert page.status == SharedProjectPage.Status.RECRUITING
    assert page.theme == winner.theme and page.participant_capacity == 4
    assert not page.live and page.get_latest_revision() is not None
    refused(services.ALREADY_SELECTED, services.select_proposal, anct, winner)


def test_select_refused_while_campaign_open_or_without_theme(anct):
    SharedProjectIndexPageFactory()
    refused(services.CAMPAIGN_OPEN, services.select_proposal, anct, ThemeProposalFactory())
    now = timezone.now()
    closed = VotingCampaignFactory(
        opens_at=now - datetime.timedelta(days=10), closes_at=now - datetime.timedelta(days=1)
    )
    no_theme = ThemeProposalFactory(campaign=closed, theme=None)
    assert refused(services.REQUIRED, services.select_proposal, anct, no_theme).field == "theme"
    theme = ThemeFactory()
    page = services.select_proposal(anct, no_theme, theme=theme, publish=True)
    assert page.live and page.theme == theme
    refused(
        services.CAPACITY_OUT_OF_RANGE,
        services.select_proposal,
        anct,
        ThemeProposalFactory(campaign=closed),
        participant_capacity=6,
    )
