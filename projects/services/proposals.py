"""Theme proposals: a collectivité proposes, the ANCT moderates, and the winner of a closed
campaign becomes a shared project."""

from django.db.models import Q
from django.utils import timezone

from cms.text import free_slug
from projects.models import (
    MAX_PARTICIPANTS,
    SharedProjectIndexPage,
    SharedProjectPage,
    ThemeProposal,
    VotingCampaign,
)
from projects.services.common import (
    ALREADY_MODERATED,
    ALREADY_SELECTED,
    CAMPAIGN_CLOSED,
    CAMPAIGN_OPEN,
    INVALID,
    NOT_FOUND,
    NOT_VOTABLE,
    REQUIRED,
    ServiceError,
    acting_authority,
    audit,
    is_anct_staff,
    member_authorities,
    once,
    require_staff,
)
from projects.services.enrolment import check_capacity_range
from projects.services.notify import notify


def current_campaign(now=None):
    """The campaign open now, else the next one to open, else None."""
    now = now or timezone.now()
    campaign = (
        VotingCampaign.objects.filter(opens_at__lte=now, closes_at__gt=now)
        .order_by("closes_at", "pk")
        .first()
    )
    if campaign is None:
        campaign = (
            VotingCampaign.objects.filter(opens_at__gt=now).order_by("opens_at", "pk").first()
        )
    return campaign


def latest_campaign(now=None):
    """The campaign a ranking shows by default: the open one, else the last one opened."""
    now = now or timezone.now()
    return VotingCampaign.objects.filter(opens_at__lte=now).order_by("-opens_at", "-pk").first()


def propose_theme(user, *, idempotency_key=None, **kwargs):
    """A collectivité proposes a theme; it waits for the ANCT's moderation before any vote."""
    return once(
        user, idempotency_key, "propose_theme", ThemeProposal, lambda: _propose(user, **kwargs)
    )


def _propose(user, *, title, description, local_authority=None, theme=None, campaign=None):
    title = (title or "").strip()
    description = (description or "").strip()
    if not title:
        raise ServiceError("Donnez un intitulé au thème proposé.", REQUIRED, "title")
    if len(title) > 200:
        raise ServiceError("L'intitulé tient en 200 caractères au plus.", INVALID, "title")
    if not description:
        raise ServiceError("Expliquez pourquoi ce thème compte pour vous.", REQUIRED, "description")
    if local_authority is None and is_anct_staff(user) and not member_authorities(user).exists():
        authority = None  # a theme proposed by the ANCT itself
    else:
        authority = acting_authority(user, local_authority)
    if campaign is None:
        campaign = current_campaign()
    if campaign is not None and campaign.closes_at <= timezone.now():
        raise ServiceError(
            "Cette campagne de vote est close : elle ne reçoit plus de propositions.",
            CAMPAIGN_CLOSED,
            "campaign",
        )
    proposal = ThemeProposal.objects.create(
        title=title,
        description=description,
        theme=theme,
        local_authority=authority,
        proposed_by=user,
        campaign=campaign,
        status=ThemeProposal.Status.SUBMITTED,
    )
    audit(proposal, "wagtail.create", user)
    return proposal


def locked(proposal):
    """The proposal as stored, its row locked until the end of the transaction (PostgreSQL)."""
    found = ThemeProposal.objects.select_for_update(no_key=True).filter(pk=proposal.pk).first()
    if found is None:
        raise ServiceError("Proposition de thème introuvable.", NOT_FOUND, "proposal")
    return found


def moderate_proposal(user, proposal, *, approve, comment="", campaign=None):
    """The ANCT approves a proposal (open to votes) or rejects it (with a comment)."""
    require_staff(user, "Seule l'ANCT modère les propositions de thème.")
    proposal = locked(proposal)
    if proposal.status != ThemeProposal.Status.SUBMITTED:
        raise ServiceError(
            f"Cette proposition est déjà modérée ({proposal.get_status_display()}).",
            ALREADY_MODERATED,
            "proposal",
        )
    if not approve and not (comment or "").strip():
        raise ServiceError(
            "Expliquez le refus à la collectivité dans un commentaire.", REQUIRED, "comment"
        )
    if campaign is not None:
        proposal.campaign = campaign
    proposal.status = ThemeProposal.Status.APPROVED if approve else ThemeProposal.Status.REJECTED
    proposal.moderation_comment = (comment or "").strip()
    proposal.moderated_by = user
    proposal.moderated_at = timezone.now()
    proposal.save()
    audit(proposal, "wagtail.edit", user, status=proposal.status)
    if approve:
        body = f"Votre proposition « {proposal.title} » est ouverte au vote des collectivités."
    else:
        body = (
            f"Votre proposition « {proposal.title} » n'a pas été retenue par l'ANCT.\n\n"
            f"Motif : {proposal.moderation_comment}"
        )
    notify([proposal.proposed_by], "Votre proposition de thème a été modérée", body)
    return proposal


def approve_proposal(user, proposal, comment="", campaign=None):
    return moderate_proposal(user, proposal, approve=True, comment=comment, campaign=campaign)


def reject_proposal(user, proposal, comment):
    return moderate_proposal(user, proposal, approve=False, comment=comment)


def visible_proposals(user=None):
    """Proposals anyone may see (approved or selected), plus, for a caller, its collectivités'
    own proposals whatever their status; ANCT staff see everything."""
    queryset = ThemeProposal.objects.select_related("local_authority", "theme", "campaign")
    if user is not None and is_anct_staff(user):
        return queryset
    public = Q(status__in=[ThemeProposal.Status.APPROVED, ThemeProposal.Status.SELECTED])
    if user is not None and user.is_authenticated:
        public |= Q(
            local_authority__memberships__user_id=user.pk,
            local_authority__memberships__status="approved",
        ) | Q(proposed_by_id=user.pk)
    return queryset.filter(public).distinct()


def select_proposal(
    user,
    proposal,
    *,
    title=None,
    summary=None,
    theme=None,
    participant_capacity=MAX_PARTICIPANTS,
    publish=False,
):
    """The ANCT turns a theme (the winner of a closed campaign) into a shared project: the page
    is created under the shared projects' section, recruiting, and the proposal is marked
    selected and linked to it. The page is a draft unless `publish`."""
    require_staff(user, "Seule l'ANCT retient un thème pour en faire un projet partagé.")
    proposal = locked(proposal)
    if proposal.status == ThemeProposal.Status.SELECTED or proposal.shared_project_id:
        raise ServiceError(
            "Ce thème a déjà donné lieu à un projet partagé.", ALREADY_SELECTED, "proposal"
        )
    if proposal.status != ThemeProposal.Status.APPROVED:
        raise ServiceError(
            "Seul un thème approuvé peut devenir un projet partagé.", NOT_VOTABLE, "proposal"
        )
    if proposal.campaign and proposal.campaign.is_open():
        raise ServiceError(
            "La campagne de vote est encore ouverte : attendez sa clôture pour retenir un thème.",
            CAMPAIGN_OPEN,
            "proposal",
        )
    theme = theme or proposal.theme
    if theme is None:
        raise ServiceError("Choisissez la thématique du projet partagé.", REQUIRED, "theme")
    check_capacity_range(participant_capacity)
    index = SharedProjectIndexPage.objects.order_by("path").first()
    if index is None:
        raise ServiceError("Créez d'abord la rubrique des projets partagés.", NOT_FOUND, "proposal")
    title = (title or proposal.title).strip()
    page = SharedProjectPage(
        title=title,
        slug=free_slug(index, title, "projet-partage"),
        theme=theme,
        status=SharedProjectPage.Status.RECRUITING,
        summary=(summary or proposal.description)[:800],
        participant_capacity=participant_capacity,
        live=False,
        owner=user,
    )
    index.add_child(instance=page)
    revision = page.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user, skip_permission_checks=True)
        page.refresh_from_db()
    proposal.status = ThemeProposal.Status.SELECTED
    proposal.shared_project = page
    proposal.save(update_fields=["status", "shared_project"])
    audit(proposal, "wagtail.edit", user, status=proposal.status, shared_project=page.pk)
    return page
