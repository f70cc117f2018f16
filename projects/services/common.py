"""What every participation rule shares: who may act, the refusal codes and the audit log.

Each service checks who may act (a member of the collectivité through `LocalAuthorityMembership`,
or ANCT staff), raises `ServiceError` with a stable code and a French message when it refuses, and
changes nothing in that case. Services take model instances and plain values: the GraphQL layer
(`projects.schema.arguments`) turns ids and slugs into models.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from cms.models import LocalAuthority, LocalAuthorityMembership
from cms.roles import ROLE_EXPERTS, ROLE_NAMES, is_anct_staff
from cms.services import ServiceError
from projects.models import MutationKey, SharedProjectExpert

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
CONFLICT = "CONFLICT"

__all__ = ["ServiceError", "is_anct_staff"]


def is_expert(user, project=None):
    """With a project: one of the experts the ANCT named in its team (the experts' group alone
    reaches no project); without: a member of the experts' group."""
    if not user or not user.is_authenticated:
        return False
    if project is not None:
        return SharedProjectExpert.objects.filter(project_id=project.pk, user_id=user.pk).exists()
    return user.groups.filter(name=ROLE_NAMES[ROLE_EXPERTS]).exists()


def member_authorities(user):
    """The collectivités the user acts for."""
    if not user or not user.is_authenticated:
        return LocalAuthority.objects.none()
    return LocalAuthority.objects.filter(
        memberships__user_id=user.pk, memberships__status=LocalAuthorityMembership.Status.APPROVED
    )


def acting_authority(user, local_authority=None):
    """The collectivité the user acts for: the one given, which the user must belong to (ANCT
    staff act for any), or the user's only collectivité."""
    if local_authority is not None:
        if is_anct_staff(user):
            return local_authority
        if not LocalAuthorityMembership.objects.filter(
            user_id=user.pk,
            local_authority_id=local_authority.pk,
            status=LocalAuthorityMembership.Status.APPROVED,
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
    if (
        not mine
        and LocalAuthorityMembership.objects.filter(
            user_id=user.pk, status=LocalAuthorityMembership.Status.PENDING
        ).exists()
    ):
        raise ServiceError(
            "Votre demande de rattachement attend l'accord du référent de la collectivité ou de "
            "l'ANCT : d'ici là, vous pouvez consulter mais pas agir.",
            NOT_A_MEMBER,
            "local_authority",
        )
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


def require_staff(user, message="Action réservée à l'ANCT."):
    if not is_anct_staff(user):
        raise ServiceError(message, FORBIDDEN)


def audit(instance, action, user, **data):
    """Record the change in Wagtail's audit log (Rapports › Historique des actions)."""
    log(instance, action, user=user if user and user.is_authenticated else None, data=data)


def members(authority):
    """The accounts that act for the collectivité."""
    return get_user_model().objects.filter(
        authority_memberships__local_authority=authority,
        authority_memberships__status=LocalAuthorityMembership.Status.APPROVED,
    )


KEY_MAX = 200


def once(user, key, action, model, create):
    """`create()` once per idempotency key: the same key from the same user answers the object the
    first request made."""
    return replayed(
        user,
        key,
        action,
        create,
        remember=lambda made: (made.pk, None),
        recall=lambda row: model.objects.filter(pk=row.object_id).first(),
    )


def replayed(user, key, action, perform, *, remember, recall):
    """`perform()` once per idempotency key: the same key from the same user answers what the
    first request answered. `remember(result)` gives the `(object_id, data)` kept with the key,
    `recall(row)` rebuilds the first answer from them, or None when the key was sent with other
    arguments. The key's row is inserted first, in the same transaction: a concurrent request
    with that key waits on the unique index, then reads the first one's answer; a refusal rolls
    the key back with everything else, so the corrected form may reuse it."""
    if not key:
        return perform()
    if len(key) > KEY_MAX:
        raise ServiceError(
            f"La clé d'idempotence dépasse {KEY_MAX} caractères.", INVALID, "idempotency_key"
        )
    cutoff = timezone.now() - datetime.timedelta(seconds=settings.SUBMISSION_IDEMPOTENCY_TTL)
    MutationKey.objects.filter(user_id=user.pk, created_at__lt=cutoff).delete()
    with transaction.atomic():
        row, created = MutationKey.objects.get_or_create(
            user_id=user.pk, key=key, defaults={"action": action}
        )
        if not created:
            found = recall(row) if row.action == action else None
            if found is None:
                raise ServiceError(
                    "Cette clé d'idempotence a déjà servi pour une autre action.",
                    CONFLICT,
                    "idempotency_key",
                )
            return found
        result = perform()
        row.object_id, row.result = remember(result)
        row.save(update_fields=["object_id", "result"])
        return result
