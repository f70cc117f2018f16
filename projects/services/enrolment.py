"""Enrolment of collectivités in shared projects: participants up to the project's capacity, then
a waiting list served in order; observers without limit. Writes that race run inside
`transaction.atomic()`: on PostgreSQL a row lock (`SELECT … FOR NO KEY UPDATE`) on the project
serialises them and database constraints back the rules; on SQLite every write transaction is
serialised by `transaction_mode = IMMEDIATE` (settings)."""

from django.db import transaction
from django.db.models import Max, Q

from cms.roles import is_anct_staff
from cms.visibility import visible_pages
from projects.models import MAX_PARTICIPANTS, MIN_PARTICIPANTS, Enrollment, SharedProjectPage
from projects.services.common import (
    ALREADY_ENROLLED,
    CAPACITY_BELOW_PARTICIPANTS,
    CAPACITY_OUT_OF_RANGE,
    ENROLLMENT_CLOSED,
    INVALID,
    NOT_ENOUGH_PARTICIPANTS,
    NOT_ENROLLED,
    NOT_FOUND,
    ServiceError,
    acting_authority,
    audit,
    members,
    replayed,
    require_staff,
)
from projects.services.notify import notify


def current_project(project, *, live_only=True, lock=False):
    """The project as stored now; with `lock`, its row is locked until the end of the transaction
    (PostgreSQL), which serialises enrolments in the project. With `live_only`, a project the
    public cannot see is not found."""
    queryset = SharedProjectPage.objects.all()
    if live_only:
        queryset = queryset.live().public()
    pk = queryset.filter(pk=project.pk).values_list("pk", flat=True).first()
    if pk is None:
        raise ServiceError("Projet partagé introuvable.", NOT_FOUND, "project")
    if lock:
        # Only the page row itself, never the rows joined for the MTI parent or the filters.
        SharedProjectPage.objects.select_for_update(no_key=True, of=("self",)).filter(
            pk=pk
        ).values_list("pk", flat=True).first()
    return SharedProjectPage.objects.get(pk=pk)


def _next_position(project):
    top = Enrollment.objects.filter(project_id=project.pk).aggregate(top=Max("position"))["top"]
    return (top or 0) + 1


def _confirmed_participants(project):
    return Enrollment.objects.filter(project_id=project.pk).confirmed_participants()


def enroll(user, project, role, local_authority=None, *, idempotency_key=None):
    """`_enroll` once per idempotency key: a replay answers the enrolment, not ALREADY_ENROLLED."""

    def recall(row):
        enrollment = Enrollment.objects.filter(pk=row.object_id).first()
        if enrollment is None or enrollment.project_id != project.pk:
            return None
        return enrollment

    return replayed(
        user,
        idempotency_key,
        "enroll",
        lambda: _enroll(user, project, role, local_authority),
        remember=lambda enrollment: (enrollment.pk, None),
        recall=recall,
    )


def _enroll(user, project, role, local_authority=None):
    """Enrol the collectivité in the project: as observer (no limit), or as participant up to the
    project's capacity, then on the waiting list. Returns the Enrollment."""
    authority = acting_authority(user, local_authority)
    if role not in Enrollment.Role.values:
        raise ServiceError(
            "Rôle inconnu : partie prenante (participant) ou observatrice (observer).",
            INVALID,
            "role",
        )
    with transaction.atomic():
        project = current_project(project, lock=True)
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
        audit(enrollment, "wagtail.create", user, role=role, status=status)
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
        audit(enrollment, "wagtail.edit", None, status=enrollment.status)
        notify(
            members(enrollment.local_authority),
            f"Une place vous revient dans le projet « {project.title} »",
            f"Une place de partie prenante s'est libérée : « {enrollment.local_authority.name} » "
            f"quitte la liste d'attente et participe désormais au projet partagé "
            f"« {project.title} ».",
        )
    return promoted


def withdraw_enrollment(user, project, local_authority=None, *, idempotency_key=None):
    """`_withdraw_enrollment` once per idempotency key: a replay answers the withdrawn enrolment
    and the collectivités it moved off the waiting list, not NOT_ENROLLED."""

    def recall(row):
        enrollment = Enrollment.objects.filter(pk=row.object_id).first()
        if enrollment is None or enrollment.project_id != project.pk:
            return None
        promoted = (row.result or {}).get("promoted", [])
        return enrollment, list(
            Enrollment.objects.filter(pk__in=promoted)
            .select_related("local_authority")
            .order_by("position", "pk")
        )

    return replayed(
        user,
        idempotency_key,
        "withdraw_enrollment",
        lambda: _withdraw_enrollment(user, project, local_authority),
        remember=lambda answer: (answer[0].pk, {"promoted": [e.pk for e in answer[1]]}),
        recall=recall,
    )


def _withdraw_enrollment(user, project, local_authority=None):
    """The collectivité leaves the project; a participant's place goes to the first waiting."""
    authority = acting_authority(user, local_authority)
    with transaction.atomic():
        project = current_project(project, lock=True)
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
        audit(enrollment, "wagtail.edit", user, status=enrollment.status)
        promoted = promote_waiting(project) if was_confirmed_participant else []
    return enrollment, promoted


def capacity_refusal(capacity, confirmed=0):
    """Why `capacity` is refused for a project with `confirmed` participants, as one
    ServiceError stating the single minimum that applies, or None when it is accepted."""
    if capacity is not None and confirmed > MIN_PARTICIPANTS and capacity < confirmed:
        return ServiceError(
            f"Le projet compte déjà {confirmed} collectivités parties prenantes : "
            f"sa capacité ne peut pas descendre sous {confirmed}.",
            CAPACITY_BELOW_PARTICIPANTS,
            "participant_capacity",
        )
    if capacity is None or not MIN_PARTICIPANTS <= capacity <= MAX_PARTICIPANTS:
        return ServiceError(
            f"Un projet partagé réunit entre {MIN_PARTICIPANTS} et {MAX_PARTICIPANTS} "
            "collectivités parties prenantes.",
            CAPACITY_OUT_OF_RANGE,
            "participant_capacity",
        )
    return None


def check_capacity_range(capacity, confirmed=0):
    if refusal := capacity_refusal(capacity, confirmed):
        raise refusal


def revise_project(user, project, **values):
    """Change fields of a (locked) project as an editor would, through Wagtail's revisions, so
    that the history keeps the change and its author, search and caches follow the publish, and
    the next publish from the admin does not bring the old values back. A live project is
    republished from its live version with the change (never with someone's pending draft), and
    a pending draft gets the change too."""
    pending = project.latest_revision if project.has_unpublished_changes else None
    if project.live:
        for name, value in values.items():
            setattr(project, name, value)
        project.save_revision(user=user, log_action=True).publish(
            user=user, skip_permission_checks=True
        )
    elif pending is None:
        pending = project.latest_revision
    if pending is not None or not project.live:
        draft = pending.as_object() if pending is not None else project
        for name, value in values.items():
            setattr(draft, name, value)
        draft.save_revision(user=user, log_action=True)
    revised = SharedProjectPage.objects.get(pk=project.pk)
    for name, value in values.items():
        setattr(revised, name, value)  # a draft's row keeps its old values until it is published
    return revised


def set_capacity(user, project, capacity):
    """ANCT changes the number of participant places; never below the current participants.
    Raising it promotes from the waiting list."""
    require_staff(user, "Seule l'ANCT fixe le nombre de places d'un projet partagé.")
    with transaction.atomic():
        project = current_project(project, live_only=False, lock=True)
        check_capacity_range(capacity, _confirmed_participants(project).count())
        project = revise_project(user, project, participant_capacity=capacity)
        promoted = promote_waiting(project)
    return project, promoted


def start_project(user, project):
    """ANCT starts the project: it needs at least three confirmed participants."""
    require_staff(user, "Seule l'ANCT lance un projet partagé.")
    with transaction.atomic():
        project = current_project(project, live_only=False, lock=True)
        confirmed = _confirmed_participants(project).count()
        if confirmed < MIN_PARTICIPANTS:
            raise ServiceError(
                f"Un projet partagé démarre avec au moins {MIN_PARTICIPANTS} collectivités "
                f"parties prenantes ; il en compte {confirmed}.",
                NOT_ENOUGH_PARTICIPANTS,
                "project",
            )
        project = revise_project(user, project, status=SharedProjectPage.Status.IN_PROGRESS)
    return project


def enrolment_summary(project):
    """Counts of a project's enrolments, for the admin and exports."""
    enrollments = Enrollment.objects.filter(project_id=project.pk)
    return {
        "participants": enrollments.confirmed_participants().count(),
        "waiting": enrollments.filter(status=Enrollment.Status.WAITING).count(),
        "observers": enrollments.filter(
            role=Enrollment.Role.OBSERVER, status=Enrollment.Status.CONFIRMED
        ).count(),
    }


def visible_enrollments(user=None):
    """What the project pages show to anyone (confirmed enrolments and the waiting list of
    published projects), plus withdrawn enrolments to the collectivité's members and ANCT staff."""
    queryset = Enrollment.objects.filter(project__in=visible_pages(SharedProjectPage).values("pk"))
    if user is not None and is_anct_staff(user):
        return queryset
    shown = ~Q(status=Enrollment.Status.WITHDRAWN)
    if user is not None and user.is_authenticated:
        shown |= Q(
            local_authority__memberships__user_id=user.pk,
            local_authority__memberships__status="approved",
        )
    return queryset.filter(shown).distinct()
