"""Every rule of participation in one place: theme proposals and their moderation, voting
campaigns and votes, the ranking, enrolment in shared projects with its waiting list, the
journal, action-plan progress and the engagement-track programme.

Each function checks who may act (a member of the collectivité through
`LocalAuthorityMembership`, or ANCT staff), raises `ServiceError` with a stable code and a French
message when it refuses, and changes nothing in that case. Writes that race run inside
`transaction.atomic()`: on PostgreSQL a row lock (`SELECT … FOR NO KEY UPDATE`) serialises them and
database constraints back the rules; on SQLite every write transaction is serialised by
`transaction_mode = IMMEDIATE` (settings).
"""

import datetime
import html

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.text import slugify
from wagtail.log_actions import log
from wagtail.rich_text import RichText

from cms.content_version import content_changed
from cms.models import LocalAuthority, LocalAuthorityMembership, Theme
from cms.roles import ROLE_EDITORS, ROLE_EXPERTS, ROLE_MODERATORS, ROLE_NAMES
from cms.services import ServiceError
from projects.models import (
    MAX_PARTICIPANTS,
    MIN_PARTICIPANTS,
    ActionPlanPage,
    EngagementTrackPage,
    Enrollment,
    JournalEntryPage,
    SharedProjectExpert,
    SharedProjectIndexPage,
    SharedProjectPage,
    SharedProjectStage,
    ThemeProposal,
    ThemeVote,
    VotingCampaign,
)

# Stable error codes (the `code` of a mutation's typed errors).
NOT_FOUND = "NOT_FOUND"
FORBIDDEN = "FORBIDDEN"
NOT_A_MEMBER = "NOT_A_MEMBER"
REQUIRED = "REQUIRED"
INVALID = "INVALID"
CAMPAIGN_CLOSED = "CAMPAIGN_CLOSED"
CAMPAIGN_NOT_OPEN = "CAMPAIGN_NOT_OPEN"
CAMPAIGN_OPEN = "CAMPAIGN_OPEN"
NOT_VOTABLE = "NOT_VOTABLE"
VOTE_LIMIT_REACHED = "VOTE_LIMIT_REACHED"
ALREADY_VOTED = "ALREADY_VOTED"
ALREADY_MODERATED = "ALREADY_MODERATED"
ALREADY_SELECTED = "ALREADY_SELECTED"
ALREADY_ENROLLED = "ALREADY_ENROLLED"
NOT_ENROLLED = "NOT_ENROLLED"
ENROLLMENT_CLOSED = "ENROLLMENT_CLOSED"
CAPACITY_BELOW_PARTICIPANTS = "CAPACITY_BELOW_PARTICIPANTS"
CAPACITY_OUT_OF_RANGE = "CAPACITY_OUT_OF_RANGE"
NOT_ENOUGH_PARTICIPANTS = "NOT_ENOUGH_PARTICIPANTS"
OBSERVER_CANNOT_POST = "OBSERVER_CANNOT_POST"

ANCT_GROUPS = (ROLE_NAMES[ROLE_EDITORS], ROLE_NAMES[ROLE_MODERATORS])


# ---------------------------------------------------------------------------------------------
# Who may act
# ---------------------------------------------------------------------------------------------


def is_anct_staff(user):
    """ANCT staff: a superuser, or a member of the ANCT editors' or moderators' group."""
    if not user or not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name__in=ANCT_GROUPS).exists()


def is_expert(user, project=None):
    """An expert of the project (named in its experts' team) or of the experts' group."""
    if not user or not user.is_authenticated:
        return False
    if (
        project is not None
        and SharedProjectExpert.objects.filter(project_id=project.pk, user_id=user.pk).exists()
    ):
        return True
    return user.groups.filter(name=ROLE_NAMES[ROLE_EXPERTS]).exists()


def member_authorities(user):
    """The collectivités the user acts for."""
    if not user or not user.is_authenticated:
        return LocalAuthority.objects.none()
    return LocalAuthority.objects.filter(memberships__user_id=user.pk)


def _authority(local_authority):
    if local_authority is None or isinstance(local_authority, LocalAuthority):
        return local_authority
    found = (
        LocalAuthority.objects.filter(pk=local_authority).first()
        if str(local_authority).isdigit()
        else None
    )
    if found is None:
        raise ServiceError("Collectivité introuvable.", NOT_FOUND, "local_authority")
    return found


def acting_authority(user, local_authority=None):
    """The collectivité the user acts for: the one given, which the user must belong to (ANCT
    staff act for any), or the user's only collectivité."""
    local_authority = _authority(local_authority)
    if local_authority is not None:
        if is_anct_staff(user):
            return local_authority
        if not LocalAuthorityMembership.objects.filter(
            user_id=user.pk, local_authority_id=local_authority.pk
        ).exists():
            raise ServiceError(
                f"Vous n'agissez pas au nom de la collectivité « {local_authority.name} ».",
                NOT_A_MEMBER,
                "local_authority",
            )
        return local_authority
    mine = list(member_authorities(user)[:2])
    if len(mine) == 1:
        return mine[0]
    if not mine:
        raise ServiceError(
            "Votre compte n'est rattaché à aucune collectivité : demandez votre rattachement à l'ANCT.",
            NOT_A_MEMBER,
            "local_authority",
        )
    raise ServiceError(
        "Vous agissez pour plusieurs collectivités : précisez laquelle.",
        REQUIRED,
        "local_authority",
    )


def _audit(instance, action, user, **data):
    """Record the change in Wagtail's audit log (Rapports › Historique des actions)."""
    log(instance, action, user=user if user and user.is_authenticated else None, data=data)


def _notify(recipients, subject, body):
    """E-mail the people concerned once the transaction has committed (never for a refusal)."""
    addresses = sorted({r.email for r in recipients if r and r.is_active and r.email})
    if not addresses:
        return
    transaction.on_commit(
        lambda: send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, addresses, fail_silently=True)
    )


def _members(authority):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(authority_memberships__local_authority=authority)


def require_staff(user, message="Action réservée à l'ANCT."):
    if not is_anct_staff(user):
        raise ServiceError(message, FORBIDDEN)


# ---------------------------------------------------------------------------------------------
# Theme proposals
# ---------------------------------------------------------------------------------------------


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


def get_campaign(campaign_id):
    campaign = (
        VotingCampaign.objects.filter(pk=campaign_id).first()
        if str(campaign_id).isdigit()
        else None
    )
    if campaign is None:
        raise ServiceError("Campagne de vote introuvable.", NOT_FOUND, "campaign")
    return campaign


def propose_theme(user, *, title, description, local_authority=None, theme=None, campaign=None):
    """A collectivité proposes a theme; it waits for the ANCT's moderation before any vote."""
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
    if theme is not None and not isinstance(theme, Theme):
        theme_obj = Theme.objects.filter(slug=theme).first() or (
            Theme.objects.filter(pk=theme).first() if str(theme).isdigit() else None
        )
        if theme_obj is None:
            raise ServiceError("Thématique introuvable.", NOT_FOUND, "theme")
        theme = theme_obj
    if campaign is not None and not isinstance(campaign, VotingCampaign):
        campaign = get_campaign(campaign)
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
    _audit(proposal, "wagtail.create", user)
    return proposal


def get_proposal(proposal_id, *, lock=False):
    queryset = ThemeProposal.objects.all()
    if lock:
        queryset = queryset.select_for_update(no_key=True)
    proposal = queryset.filter(pk=proposal_id).first() if str(proposal_id).isdigit() else None
    if proposal is None:
        raise ServiceError("Proposition de thème introuvable.", NOT_FOUND, "proposal")
    return proposal


def moderate_proposal(user, proposal, *, approve, comment="", campaign=None):
    """The ANCT approves a proposal (open to votes) or rejects it (with a comment)."""
    require_staff(user, "Seule l'ANCT modère les propositions de thème.")
    if not isinstance(proposal, ThemeProposal):
        proposal = get_proposal(proposal, lock=True)
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
        proposal.campaign = (
            campaign if isinstance(campaign, VotingCampaign) else get_campaign(campaign)
        )
    proposal.status = ThemeProposal.Status.APPROVED if approve else ThemeProposal.Status.REJECTED
    proposal.moderation_comment = (comment or "").strip()
    proposal.moderated_by = user
    proposal.moderated_at = timezone.now()
    proposal.save()
    _audit(proposal, "wagtail.edit", user, status=proposal.status)
    if approve:
        body = f"Votre proposition « {proposal.title} » est ouverte au vote des collectivités."
    else:
        body = (
            f"Votre proposition « {proposal.title} » n'a pas été retenue par l'ANCT.\n\n"
            f"Motif : {proposal.moderation_comment}"
        )
    _notify([proposal.proposed_by], "Votre proposition de thème a été modérée", body)
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
        public |= Q(local_authority__memberships__user_id=user.pk) | Q(proposed_by_id=user.pk)
    return queryset.filter(public).distinct()


# ---------------------------------------------------------------------------------------------
# Votes
# ---------------------------------------------------------------------------------------------


def _check_open(campaign, now=None):
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


def vote(user, proposal, local_authority=None):
    """The collectivité votes for an approved theme of an open campaign, within its vote limit.

    One vote per collectivité and theme is guaranteed by the `one_vote_per_authority`
    constraint: a second vote is refused with ALREADY_VOTED; identical votes racing each other
    leave one vote and no error (the loser finds the winner's vote).
    """
    authority = acting_authority(user, local_authority)
    if not isinstance(proposal, ThemeProposal):
        proposal = get_proposal(proposal)
    if proposal.status != ThemeProposal.Status.APPROVED:
        raise ServiceError(
            "Seul un thème approuvé par l'ANCT et pas encore retenu est ouvert au vote.",
            NOT_VOTABLE,
            "proposal",
        )
    campaign = proposal.campaign
    _check_open(campaign)
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
        _audit(proposal, "wagtail.edit", user, vote=authority.name)
    return ballot


def withdraw_vote(user, proposal, local_authority=None):
    """The collectivité withdraws its vote while the campaign is open."""
    authority = acting_authority(user, local_authority)
    if not isinstance(proposal, ThemeProposal):
        proposal = get_proposal(proposal)
    _check_open(proposal.campaign)
    deleted, _ = ThemeVote.objects.filter(proposal=proposal, local_authority=authority).delete()
    if not deleted:
        raise ServiceError(
            f"« {authority.name} » n'a pas voté pour ce thème.", NOT_FOUND, "proposal"
        )
    _audit(proposal, "wagtail.edit", user, vote_withdrawn=authority.name)
    return proposal


def remaining_votes(authority, campaign):
    """Votes the collectivité may still give in the campaign (None: no limit)."""
    if not campaign.vote_limit:
        return None
    used = ThemeVote.objects.filter(local_authority=authority, proposal__campaign=campaign).count()
    return max(campaign.vote_limit - used, 0)


def theme_ranking(campaign=None):
    """The approved (and selected) proposals of the campaign, most voted first, with their
    number of votes and rank (ties share a rank)."""
    if campaign is not None and not isinstance(campaign, VotingCampaign):
        campaign = get_campaign(campaign)
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


# ---------------------------------------------------------------------------------------------
# From the winning theme to a shared project
# ---------------------------------------------------------------------------------------------


def _unique_slug(parent, base):
    base = slugify(base)[:240] or "projet-partage"
    slug, n = base, 1
    while parent.get_children().filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


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
    if not isinstance(proposal, ThemeProposal):
        proposal = get_proposal(proposal, lock=True)
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
    if theme is not None and not isinstance(theme, Theme):
        theme = Theme.objects.filter(slug=theme).first() or (
            Theme.objects.filter(pk=theme).first() if str(theme).isdigit() else None
        )
    if theme is None:
        raise ServiceError("Choisissez la thématique du projet partagé.", REQUIRED, "theme")
    check_capacity_range(participant_capacity)
    index = SharedProjectIndexPage.objects.order_by("path").first()
    if index is None:
        raise ServiceError("Créez d'abord la rubrique des projets partagés.", NOT_FOUND, "proposal")
    title = (title or proposal.title).strip()
    page = SharedProjectPage(
        title=title,
        slug=_unique_slug(index, title),
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
    _audit(proposal, "wagtail.edit", user, status=proposal.status, shared_project=page.pk)
    return page


# ---------------------------------------------------------------------------------------------
# Enrolment
# ---------------------------------------------------------------------------------------------


def get_project(project, *, lock=False, live_only=True):
    """A shared project by page, id or slug; with `lock`, its row is locked until the end of the
    transaction (PostgreSQL), which serialises enrolments in the project."""
    if isinstance(project, SharedProjectPage):
        key = {"pk": project.pk}
    elif str(project).isdigit():
        key = {"pk": int(project)}
    else:
        key = {"slug": project}
    queryset = SharedProjectPage.objects.all()
    if live_only:
        queryset = queryset.live().public()
    if lock:
        # Only the page row itself, never the rows joined for the MTI parent or the filters.
        pk = queryset.filter(**key).values_list("pk", flat=True).first()
        if pk is None:
            raise ServiceError("Projet partagé introuvable.", NOT_FOUND, "project")
        SharedProjectPage.objects.select_for_update(no_key=True, of=("self",)).filter(
            pk=pk
        ).values_list("pk", flat=True).first()
        return SharedProjectPage.objects.get(pk=pk)
    found = queryset.filter(**key).first()
    if found is None:
        raise ServiceError("Projet partagé introuvable.", NOT_FOUND, "project")
    return found


def _next_position(project):
    top = Enrollment.objects.filter(project_id=project.pk).aggregate(top=Max("position"))["top"]
    return (top or 0) + 1


def _confirmed_participants(project):
    return Enrollment.objects.filter(
        project_id=project.pk,
        role=Enrollment.Role.PARTICIPANT,
        status=Enrollment.Status.CONFIRMED,
    )


def enroll(user, project, role, local_authority=None):
    """Enrol the collectivité in the project: as observer (no limit), or as participant up to the
    project's capacity, then on the waiting list. Returns the Enrollment."""
    authority = acting_authority(user, local_authority)
    role = getattr(role, "value", role)
    if role not in Enrollment.Role.values:
        raise ServiceError(
            "Rôle inconnu : partie prenante (participant) ou observatrice (observer).",
            INVALID,
            "role",
        )
    with transaction.atomic():
        project = get_project(project, lock=True)
        closed = [SharedProjectPage.Status.COMPLETED, SharedProjectPage.Status.CANCELLED]
        if project.status in closed or (
            role == Enrollment.Role.PARTICIPANT
            and project.status != SharedProjectPage.Status.RECRUITING
        ):
            raise ServiceError(
                "Les inscriptions comme partie prenante sont closes pour ce projet partagé."
                if project.status not in closed
                else "Ce projet partagé est terminé : il ne reçoit plus d'inscriptions.",
                ENROLLMENT_CLOSED,
                "project",
            )
        existing = Enrollment.objects.filter(
            project_id=project.pk, local_authority=authority
        ).first()
        if existing is not None and existing.status != Enrollment.Status.WITHDRAWN:
            label = (
                "en liste d'attente"
                if existing.status == Enrollment.Status.WAITING
                else existing.get_role_display().lower()
            )
            raise ServiceError(
                f"« {authority.name} » est déjà inscrite à ce projet ({label}).",
                ALREADY_ENROLLED,
                "project",
            )
        if role == Enrollment.Role.OBSERVER:
            status = Enrollment.Status.CONFIRMED
        else:
            full = _confirmed_participants(project).count() >= project.participant_capacity
            waiting = Enrollment.objects.filter(
                project_id=project.pk, status=Enrollment.Status.WAITING
            ).exists()
            status = Enrollment.Status.WAITING if full or waiting else Enrollment.Status.CONFIRMED
        enrollment = existing or Enrollment(project=project, local_authority=authority)
        enrollment.role = role
        enrollment.status = status
        enrollment.enrolled_by = user
        enrollment.position = _next_position(project)
        enrollment.save()
        _audit(enrollment, "wagtail.create", user, role=role, status=status)
    return enrollment


def promote_waiting(project):
    """Fill the free participant places from the waiting list, first come first served.
    Call with the project locked. Returns the promoted enrolments."""
    free = project.participant_capacity - _confirmed_participants(project).count()
    if free <= 0:
        return []
    promoted = list(
        Enrollment.objects.filter(
            project_id=project.pk,
            role=Enrollment.Role.PARTICIPANT,
            status=Enrollment.Status.WAITING,
        ).order_by("position", "created_at", "pk")[:free]
    )
    for enrollment in promoted:
        enrollment.status = Enrollment.Status.CONFIRMED
        enrollment.save(update_fields=["status", "updated_at"])
        _audit(enrollment, "wagtail.edit", None, status=enrollment.status)
        _notify(
            _members(enrollment.local_authority),
            f"Une place vous revient dans le projet « {project.title} »",
            f"Une place de partie prenante s'est libérée : « {enrollment.local_authority.name} » "
            f"quitte la liste d'attente et participe désormais au projet partagé "
            f"« {project.title} ».",
        )
    return promoted


def withdraw_enrollment(user, project, local_authority=None):
    """The collectivité leaves the project; a participant's place goes to the first waiting."""
    authority = acting_authority(user, local_authority)
    with transaction.atomic():
        project = get_project(project, lock=True)
        enrollment = (
            Enrollment.objects.filter(project_id=project.pk, local_authority=authority)
            .exclude(status=Enrollment.Status.WITHDRAWN)
            .first()
        )
        if enrollment is None:
            raise ServiceError(
                f"« {authority.name} » n'est pas inscrite à ce projet partagé.",
                NOT_ENROLLED,
                "project",
            )
        was_confirmed_participant = (
            enrollment.role == Enrollment.Role.PARTICIPANT
            and enrollment.status == Enrollment.Status.CONFIRMED
        )
        enrollment.status = Enrollment.Status.WITHDRAWN
        enrollment.save(update_fields=["status", "updated_at"])
        _audit(enrollment, "wagtail.edit", user, status=enrollment.status)
        promoted = promote_waiting(project) if was_confirmed_participant else []
    return enrollment, promoted


def check_capacity_range(capacity):
    if capacity is None or not MIN_PARTICIPANTS <= capacity <= MAX_PARTICIPANTS:
        raise ServiceError(
            f"Un projet partagé réunit entre {MIN_PARTICIPANTS} et {MAX_PARTICIPANTS} "
            "collectivités parties prenantes.",
            CAPACITY_OUT_OF_RANGE,
            "participant_capacity",
        )


def set_capacity(user, project, capacity):
    """ANCT changes the number of participant places; never below the current participants.
    Raising it promotes from the waiting list."""
    require_staff(user, "Seule l'ANCT fixe le nombre de places d'un projet partagé.")
    check_capacity_range(capacity)
    with transaction.atomic():
        project = get_project(project, lock=True, live_only=False)
        confirmed = _confirmed_participants(project).count()
        if capacity < confirmed:
            raise ServiceError(
                f"Le projet compte déjà {confirmed} collectivités parties prenantes : "
                "sa capacité ne peut descendre en dessous.",
                CAPACITY_BELOW_PARTICIPANTS,
                "participant_capacity",
            )
        SharedProjectPage.objects.filter(pk=project.pk).update(participant_capacity=capacity)
        content_changed()
        project.participant_capacity = capacity
        promoted = promote_waiting(project)
    return project, promoted


def start_project(user, project):
    """ANCT starts the project: it needs at least three confirmed participants."""
    require_staff(user, "Seule l'ANCT lance un projet partagé.")
    with transaction.atomic():
        project = get_project(project, lock=True, live_only=False)
        confirmed = _confirmed_participants(project).count()
        if confirmed < MIN_PARTICIPANTS:
            raise ServiceError(
                f"Un projet partagé démarre avec au moins {MIN_PARTICIPANTS} collectivités "
                f"parties prenantes ; il en compte {confirmed}.",
                NOT_ENOUGH_PARTICIPANTS,
                "project",
            )
        SharedProjectPage.objects.filter(pk=project.pk).update(
            status=SharedProjectPage.Status.IN_PROGRESS
        )
        content_changed()
        project.status = str(SharedProjectPage.Status.IN_PROGRESS)
    return project


def enrolment_summary(project):
    """Counts of a project's enrolments, for the admin and exports."""
    enrollments = Enrollment.objects.filter(project_id=project.pk)
    return {
        "participants": enrollments.filter(
            role=Enrollment.Role.PARTICIPANT, status=Enrollment.Status.CONFIRMED
        ).count(),
        "waiting": enrollments.filter(status=Enrollment.Status.WAITING).count(),
        "observers": enrollments.filter(
            role=Enrollment.Role.OBSERVER, status=Enrollment.Status.CONFIRMED
        ).count(),
    }


# ---------------------------------------------------------------------------------------------
# Journal
# ---------------------------------------------------------------------------------------------


def journal_author(user, project, local_authority=None):
    """Who the user writes the journal as: (collectivité or None). Participants (members of a
    confirmed participant collectivité), the project's experts and ANCT staff may write;
    observers and others are refused."""
    participating = LocalAuthority.objects.filter(
        enrollments__project_id=project.pk,
        enrollments__role=Enrollment.Role.PARTICIPANT,
        enrollments__status=Enrollment.Status.CONFIRMED,
    )
    local_authority = _authority(local_authority)
    if local_authority is not None:
        authority = acting_authority(user, local_authority)
        if not participating.filter(pk=authority.pk).exists():
            _refuse_non_participant(project, authority)
        return authority
    mine = list(participating.filter(memberships__user_id=user.pk).distinct()[:2])
    if len(mine) == 1:
        return mine[0]
    if len(mine) > 1:
        raise ServiceError(
            "Vous représentez plusieurs collectivités de ce projet : précisez laquelle.",
            REQUIRED,
            "local_authority",
        )
    if is_expert(user, project) or is_anct_staff(user):
        return None
    observer = (
        Enrollment.objects.filter(
            project_id=project.pk, local_authority__memberships__user_id=user.pk
        )
        .exclude(status=Enrollment.Status.WITHDRAWN)
        .select_related("local_authority")
        .first()
    )
    _refuse_non_participant(project, observer.local_authority if observer else None)


def _refuse_non_participant(project, authority):
    enrollment = (
        Enrollment.objects.filter(project_id=project.pk, local_authority=authority).first()
        if authority
        else None
    )
    if enrollment and enrollment.role == Enrollment.Role.OBSERVER:
        raise ServiceError(
            "Une collectivité observatrice suit le journal de bord mais n'y écrit pas : "
            "seules les parties prenantes et l'équipe d'experts y publient.",
            OBSERVER_CANNOT_POST,
            "project",
        )
    if enrollment and enrollment.status == Enrollment.Status.WAITING:
        raise ServiceError(
            "Votre collectivité est en liste d'attente : elle écrira dans le journal de bord "
            "quand une place de partie prenante lui reviendra.",
            FORBIDDEN,
            "project",
        )
    raise ServiceError(
        "Seules les collectivités parties prenantes et l'équipe d'experts écrivent dans le "
        "journal de bord de ce projet.",
        FORBIDDEN,
        "project",
    )


def text_to_body(text):
    """Plain text (paragraphs separated by blank lines) as a one-block-per-paragraph body."""
    paragraphs = [p.strip() for p in (text or "").replace("\r\n", "\n").split("\n\n")]
    return [
        ("paragraph", RichText("<p>" + html.escape(p).replace("\n", "<br/>") + "</p>"))
        for p in paragraphs
        if p
    ]


def post_journal_entry(
    user,
    project,
    *,
    title,
    summary,
    body="",
    stage=None,
    date=None,
    local_authority=None,
):
    """A participant or an expert posts a journal entry, tied to a stage of the project (its
    current stage by default), published at once under the project."""
    project = get_project(project)
    author = journal_author(user, project, local_authority)
    title = (title or "").strip()
    summary = (summary or "").strip()
    if not title:
        raise ServiceError("Donnez un titre à l'entrée du journal.", REQUIRED, "title")
    if len(title) > 255:
        raise ServiceError("Le titre tient en 255 caractères au plus.", INVALID, "title")
    if not summary:
        raise ServiceError("Résumez l'entrée en quelques lignes.", REQUIRED, "summary")
    if len(summary) > 600:
        raise ServiceError("Le résumé tient en 600 caractères au plus.", INVALID, "summary")
    if stage is not None and not isinstance(stage, SharedProjectStage):
        stage_obj = (
            SharedProjectStage.objects.filter(pk=stage).first() if str(stage).isdigit() else None
        )
        if stage_obj is None:
            stage_obj = SharedProjectStage.objects.filter(project_id=project.pk, kind=stage).first()
        if stage_obj is None:
            raise ServiceError("Étape introuvable.", NOT_FOUND, "stage")
        stage = stage_obj
    if stage is not None and stage.project_id != project.pk:
        raise ServiceError("Cette étape appartient à un autre projet partagé.", INVALID, "stage")
    if stage is None:
        stage = project.current_stage
    entry = JournalEntryPage(
        title=title,
        slug=_unique_slug(project, f"{(date or timezone.localdate()):%Y-%m-%d}-{title}"),
        date=date or timezone.localdate(),
        stage=stage,
        author_authority=author,
        summary=summary,
        body=text_to_body(body),
        owner=user,
    )
    entry._parent_for_validation = project
    project.add_child(instance=entry)
    entry.save_revision(user=user, log_action=True).publish(user=user, skip_permission_checks=True)
    entry.refresh_from_db()
    return entry


# ---------------------------------------------------------------------------------------------
# Action plans
# ---------------------------------------------------------------------------------------------


def project_progress(project, *, live_only=True):
    """Progress roll-up of a project's action plans: the mean of the plans' progress (plans
    without actions left out), with each plan's own figure."""
    plans = ActionPlanPage.objects.child_of(project).select_related("local_authority")
    if live_only:
        plans = plans.live().public()
    plans = list(plans.prefetch_related("actions").order_by("title", "pk"))
    rows = [
        {
            "plan": plan,
            "local_authority": plan.local_authority,
            "progress": plan.progress,
            "actions": len(plan.actions.all()),
            "adopted": bool(plan.adoption_date),
        }
        for plan in plans
    ]
    measured = [row["progress"] for row in rows if row["progress"] is not None]
    return {
        "progress": round(sum(measured) / len(measured)) if measured else None,
        "plans": rows,
    }


# ---------------------------------------------------------------------------------------------
# Engagement tracks
# ---------------------------------------------------------------------------------------------


def engagement_programme(*, live_only=True):
    """How many collectivités entered Territoires d'engagement each year, and how many are
    accompanied in each year (a track lasts three years)."""
    tracks = EngagementTrackPage.objects.all()
    if live_only:
        tracks = tracks.live().public()
    rows = list(tracks.values_list("start_date", "local_authority_id"))
    if not rows:
        return []
    entering, active = {}, {}
    for start, authority_id in rows:
        entering.setdefault(start.year, set()).add(authority_id)
        last_day = EngagementTrackPage(start_date=start).end_date - datetime.timedelta(days=1)
        for year in range(start.year, last_day.year + 1):
            active.setdefault(year, set()).add(authority_id)
    first, last = min(active), max(active)
    return [
        {
            "year": year,
            "entering": len(entering.get(year, ())),
            "accompanied": len(active.get(year, ())),
        }
        for year in range(first, last + 1)
    ]


def submit_action_plan(
    user,
    project,
    *,
    title,
    summary,
    objectives,
    success_criteria="",
    actions=(),
    local_authority=None,
):
    """A participating collectivité writes its action plan (a draft page under the project, with
    its actions) and submits it to the page's workflow (validation, then adoption by the
    executive) when one applies. Returns the page."""
    from projects.models import Action

    project = get_project(project)
    authority = acting_authority(user, local_authority)
    if not _confirmed_participants(project).filter(local_authority=authority).exists():
        raise ServiceError(
            "Seule une collectivité partie prenante du projet écrit un plan d'action.",
            FORBIDDEN,
            "local_authority",
        )
    if not (title or "").strip():
        raise ServiceError("Donnez un titre au plan d'action.", REQUIRED, "title")
    if not (summary or "").strip():
        raise ServiceError("Résumez le plan d'action.", REQUIRED, "summary")
    if not (objectives or "").strip():
        raise ServiceError("Énoncez les objectifs du plan.", REQUIRED, "objectives")
    plan = ActionPlanPage(
        title=title.strip(),
        slug=_unique_slug(project, f"plan-{authority.name}"),
        local_authority=authority,
        summary=summary.strip()[:800],
        objectives="".join(
            f"<p>{html.escape(p.strip())}</p>" for p in objectives.split("\n\n") if p.strip()
        ),
        success_criteria="".join(
            f"<p>{html.escape(p.strip())}</p>"
            for p in (success_criteria or "").split("\n\n")
            if p.strip()
        ),
        live=False,
        owner=user,
    )
    for index, item in enumerate(actions or ()):
        action = Action(
            title=(item.get("title") or "").strip(),
            description=item.get("description") or "",
            owner=(item.get("owner") or "").strip(),
            deadline=item.get("deadline"),
            indicator=item.get("indicator") or "",
            status=item.get("status") or Action.Status.NOT_STARTED,
            progress=item.get("progress") or 0,
            sort_order=index,
        )
        if not action.title or not action.owner:
            raise ServiceError(
                f"Action n° {index + 1} : l'intitulé et le porteur sont requis.",
                REQUIRED,
                "actions",
            )
        action.full_clean(exclude=["plan"])
        plan.actions.add(action)
    plan._parent_for_validation = project
    project.add_child(instance=plan)
    revision = plan.save_revision(user=user, log_action=True)
    workflow = plan.get_workflow()
    if workflow is not None:
        workflow.start(plan, user)
    plan.latest_revision_id = revision.pk
    return plan
