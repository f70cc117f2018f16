"""Votes of the collectivités for the approved themes of a campaign, and the ranking."""

from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone

from cms.models import LocalAuthority
from projects.models import ThemeProposal, ThemeVote
from projects.services.common import (
    ALREADY_VOTED,
    CAMPAIGN_CLOSED,
    CAMPAIGN_NOT_OPEN,
    NOT_FOUND,
    NOT_VOTABLE,
    VOTE_LIMIT_REACHED,
    ServiceError,
    acting_authority,
    audit,
    member_authorities,
    replayed,
)
from projects.services.proposals import latest_campaign


def check_open(campaign, now=None):
    now = now or timezone.now()
    if campaign is None:
        raise ServiceError(
            "Ce thème n'appartient à aucune campagne de vote.", CAMPAIGN_CLOSED, "proposal"
        )
    if now < campaign.opens_at:
        raise ServiceError(
            f"Les votes de la campagne « {campaign.title} » ouvrent le "
            f"{timezone.localtime(campaign.opens_at):%d/%m/%Y à %H:%M}.",
            CAMPAIGN_NOT_OPEN,
            "proposal",
        )
    if now >= campaign.closes_at:
        raise ServiceError(
            f"Les votes de la campagne « {campaign.title} » sont clos depuis le "
            f"{timezone.localtime(campaign.closes_at):%d/%m/%Y à %H:%M}.",
            CAMPAIGN_CLOSED,
            "proposal",
        )


def vote(user, proposal, local_authority=None, *, idempotency_key=None):
    """`_vote` once per idempotency key: a replay answers the first vote (an unsaved ThemeVote
    when it has been withdrawn since), not ALREADY_VOTED."""

    def recall(row):
        authority_id = (row.result or {}).get("local_authority")
        if row.object_id != proposal.pk or (
            local_authority is not None and local_authority.pk != authority_id
        ):
            return None
        return ThemeVote.objects.filter(
            proposal=proposal, local_authority_id=authority_id
        ).first() or ThemeVote(proposal=proposal, local_authority_id=authority_id, voter=user)

    return replayed(
        user,
        idempotency_key,
        "vote",
        lambda: _vote(user, proposal, local_authority),
        remember=lambda ballot: (proposal.pk, {"local_authority": ballot.local_authority_id}),
        recall=recall,
    )


def _vote(user, proposal, local_authority=None):
    """The collectivité votes for an approved theme of an open campaign, within its vote limit.

    One vote per collectivité and theme is guaranteed by the `one_vote_per_authority`
    constraint: a second vote is refused with ALREADY_VOTED; identical votes racing each other
    leave one vote and no error (the loser finds the winner's vote).
    """
    authority = acting_authority(user, local_authority)
    if proposal.status != ThemeProposal.Status.APPROVED:
        raise ServiceError(
            "Seul un thème approuvé par l'ANCT et pas encore retenu est ouvert au vote.",
            NOT_VOTABLE,
            "proposal",
        )
    campaign = proposal.campaign
    check_open(campaign)
    if ThemeVote.objects.filter(proposal=proposal, local_authority=authority).exists():
        raise ServiceError(
            f"« {authority.name} » a déjà voté pour ce thème.", ALREADY_VOTED, "proposal"
        )
    with transaction.atomic():
        try:
            with transaction.atomic():
                ballot = ThemeVote.objects.create(
                    proposal=proposal, local_authority=authority, voter=user
                )
        except IntegrityError:
            # A concurrent identical vote won the race: one vote, as asked, and no error.
            return ThemeVote.objects.get(proposal=proposal, local_authority=authority)
        # Serialise this collectivité's votes so that racing votes on different themes cannot
        # exceed the limit (FOR NO KEY UPDATE does not conflict with the vote's foreign key).
        LocalAuthority.objects.select_for_update(no_key=True).filter(pk=authority.pk).values_list(
            "pk", flat=True
        ).first()
        if campaign.vote_limit:
            used = ThemeVote.objects.filter(
                local_authority=authority, proposal__campaign=campaign
            ).count()
            if used > campaign.vote_limit:
                raise ServiceError(
                    f"« {authority.name} » a déjà utilisé ses {campaign.vote_limit} votes de la "
                    f"campagne « {campaign.title} » : retirez un vote pour en donner un autre.",
                    VOTE_LIMIT_REACHED,
                    "proposal",
                )
        audit(proposal, "wagtail.edit", user, vote=authority.name)
    return ballot


def withdraw_vote(user, proposal, local_authority=None, *, idempotency_key=None):
    """`_withdraw_vote` once per idempotency key: a replay answers the proposal, not NOT_FOUND."""
    return replayed(
        user,
        idempotency_key,
        "withdraw_vote",
        lambda: _withdraw_vote(user, proposal, local_authority),
        remember=lambda withdrawn: (withdrawn.pk, None),
        recall=lambda row: proposal if row.object_id == proposal.pk else None,
    )


def _withdraw_vote(user, proposal, local_authority=None):
    """The collectivité withdraws its vote while the campaign is open."""
    authority = acting_authority(user, local_authority)
    check_open(proposal.campaign)
    deleted, _ = ThemeVote.objects.filter(proposal=proposal, local_authority=authority).delete()
    if not deleted:
        raise ServiceError(
            f"« {authority.name} » n'a pas voté pour ce thème.", NOT_FOUND, "proposal"
        )
    audit(proposal, "wagtail.edit", user, vote_withdrawn=authority.name)
    return proposal


def remaining_votes(authority, campaign):
    """Votes the collectivité may still give in the campaign (None: no limit)."""
    if not campaign.vote_limit:
        return None
    used = ThemeVote.objects.filter(local_authority=authority, proposal__campaign=campaign).count()
    return max(campaign.vote_limit - used, 0)


def ballots(user, campaign=None):
    """For each collectivité the user acts for (approved memberships), its votes in the campaign
    (by default the one the ranking shows) and the votes it has left (None: no limit)."""
    if campaign is None:
        campaign = latest_campaign()
    authorities = list(member_authorities(user).order_by("name", "pk"))
    if campaign is None or not authorities:
        return []
    voted = {}
    for ballot in (
        ThemeVote.objects.filter(local_authority__in=authorities, proposal__campaign=campaign)
        .select_related("proposal__local_authority", "proposal__campaign")
        .order_by("created_at", "pk")
    ):
        voted.setdefault(ballot.local_authority_id, []).append(ballot.proposal)
    return [
        {
            "local_authority": authority,
            "campaign": campaign,
            "my_votes": voted.get(authority.pk, []),
            "votes_left": (
                max(campaign.vote_limit - len(voted.get(authority.pk, [])), 0)
                if campaign.vote_limit
                else None
            ),
        }
        for authority in authorities
    ]


def theme_ranking(campaign=None):
    """The approved (and selected) proposals of the campaign, most voted first, with their
    number of votes and rank (ties share a rank)."""
    if campaign is None:
        campaign = latest_campaign()
    queryset = ThemeProposal.objects.filter(
        status__in=[ThemeProposal.Status.APPROVED, ThemeProposal.Status.SELECTED]
    )
    queryset = (
        queryset.filter(campaign=campaign) if campaign else queryset.filter(campaign__isnull=True)
    )
    proposals = list(
        queryset.select_related("local_authority", "theme", "campaign")
        .annotate(vote_count=Count("votes"))
        .order_by("-vote_count", "created_at", "pk")
    )
    ranking, rank, previous = [], 0, None
    for position, proposal in enumerate(proposals, start=1):
        if proposal.vote_count != previous:
            rank, previous = position, proposal.vote_count
        ranking.append({"rank": rank, "proposal": proposal, "votes": proposal.vote_count})
    return ranking
