"""Who someone is in a shared project's exchange, and what they may read and write.

Participants (members of a confirmed participant collectivité), the project's experts and the ANCT
read every thread and write; observers (members of an observer collectivité, or of one on the
waiting list) read the threads opened to observers and write nothing; anyone else reads nothing.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model

from cms.models import LocalAuthority, LocalAuthorityMembership
from cms.roles import is_anct_staff
from community.models import Thread
from community.services.errors import FORBIDDEN, OBSERVER_CANNOT_POST, REQUIRED, ServiceError
from projects.models import Enrollment, SharedProjectExpert
from projects.services.common import is_expert

NONE, OBSERVER, PARTICIPANT, EXPERT, ANCT = "none", "observer", "participant", "expert", "anct"


@dataclass
class Standing:
    """The viewer's place in one project: `role`, and the collectivités they act for in it."""

    role: str = NONE
    authorities: list = field(default_factory=list)

    @property
    def can_read(self):
        return self.role != NONE

    @property
    def reads_everything(self):
        return self.role in (PARTICIPANT, EXPERT, ANCT)

    @property
    def can_post(self):
        return self.role in (PARTICIPANT, EXPERT, ANCT)

    @property
    def moderates(self):
        return self.role == ANCT


def _enrollments(user, project):
    if not user or not user.is_authenticated:
        return []
    return list(
        Enrollment.objects.filter(
            project_id=project.pk,
            local_authority__memberships__user_id=user.pk,
            local_authority__memberships__status=LocalAuthorityMembership.Status.APPROVED,
        )
        .exclude(status=Enrollment.Status.WITHDRAWN)
        .select_related("local_authority")
        .order_by("local_authority__name")
    )


def standing(user, project):
    if not user or not user.is_authenticated or not user.is_active:
        return Standing()
    enrollments = _enrollments(user, project)
    participating = [
        e.local_authority
        for e in enrollments
        if e.role == Enrollment.Role.PARTICIPANT and e.status == Enrollment.Status.CONFIRMED
    ]
    if participating:
        return Standing(PARTICIPANT, participating)
    if is_anct_staff(user):
        return Standing(ANCT)
    if is_expert(user, project):
        return Standing(EXPERT)
    if enrollments:
        return Standing(OBSERVER, [e.local_authority for e in enrollments])
    return Standing()


def readable_threads(user, project, viewer=None):
    """The project's threads the user may read (none for a stranger)."""
    viewer = viewer or standing(user, project)
    threads = Thread.objects.filter(project_id=project.pk)
    if viewer.reads_everything:
        return threads
    if viewer.can_read:
        return threads.filter(visibility=Thread.Visibility.OBSERVERS)
    return threads.none()


def can_read_thread(user, thread, viewer=None):
    viewer = viewer or standing(user, thread.project)
    return viewer.reads_everything or (
        viewer.can_read and thread.visibility == Thread.Visibility.OBSERVERS
    )


def require_poster(user, project, local_authority=None):
    """(standing, collectivité written for) of someone allowed to post; typed refusals otherwise."""
    viewer = standing(user, project)
    if viewer.role == OBSERVER:
        raise ServiceError(
            "Une collectivité observatrice lit les échanges ouverts aux observatrices mais n'y "
            "écrit pas : seules les parties prenantes, l'équipe d'experts et l'ANCT y publient.",
            OBSERVER_CANNOT_POST,
            "project",
        )
    if not viewer.can_post:
        raise ServiceError(
            "Seuls les membres du projet partagé (parties prenantes, experts, ANCT) y échangent.",
            FORBIDDEN,
            "project",
        )
    if viewer.role != PARTICIPANT:
        return viewer, None
    if local_authority is not None:
        if local_authority not in viewer.authorities:
            raise ServiceError(
                f"« {local_authority.name} » n'est pas une collectivité partie prenante que vous "
                "représentez dans ce projet.",
                FORBIDDEN,
                "local_authority",
            )
        return viewer, local_authority
    if len(viewer.authorities) > 1:
        raise ServiceError(
            "Vous représentez plusieurs collectivités de ce projet : précisez laquelle.",
            REQUIRED,
            "local_authority",
        )
    return viewer, viewer.authorities[0]


def project_members(project):
    """Everyone who belongs to the project's exchange, as {user: role}: the members of its
    enrolled collectivités, its named experts (ANCT staff are not listed: they are many)."""
    User = get_user_model()
    roles = {}
    enrollments = Enrollment.objects.filter(project_id=project.pk).exclude(
        status=Enrollment.Status.WITHDRAWN
    )
    participants = participant_authority_ids(project)
    memberships = LocalAuthorityMembership.objects.filter(
        local_authority_id__in=enrollments.values("local_authority_id"),
        status=LocalAuthorityMembership.Status.APPROVED,
        user__is_active=True,
    ).select_related("user")
    for membership in memberships:
        role = PARTICIPANT if membership.local_authority_id in participants else OBSERVER
        if roles.get(membership.user) != PARTICIPANT:
            roles[membership.user] = role
    experts = User.objects.filter(
        is_active=True,
        pk__in=SharedProjectExpert.objects.filter(project_id=project.pk).values("user_id"),
    )
    for user in experts:
        roles.setdefault(user, EXPERT)
    return roles


def participant_authority_ids(project):
    """The collectivités whose members read every thread: the confirmed participants."""
    return set(
        Enrollment.objects.filter(
            project_id=project.pk,
            role=Enrollment.Role.PARTICIPANT,
            status=Enrollment.Status.CONFIRMED,
        ).values_list("local_authority_id", flat=True)
    )


def project_authorities(project):
    """The collectivités enrolled in the project (participants and observers)."""
    return LocalAuthority.objects.filter(
        pk__in=Enrollment.objects.filter(project_id=project.pk)
        .exclude(status=Enrollment.Status.WITHDRAWN)
        .values("local_authority_id")
    )
