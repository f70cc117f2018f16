"""The other actors of engagement (issue 19): a person declares their organisation or asks to join
it, the ANCT approves the membership and verifies, trusts or blocks the organisation. Only an
approved member of an organisation that is verified or trusted acts in its name."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import log

from cms.mail import send_later
from cms.models import LocalAuthority, Organisation, OrganisationMembership
from cms.roles import ROLE_MODERATORS, ROLE_NAMES, is_anct_staff
from cms.services import ServiceError

INVALID_SIREN = "INVALID_SIREN"
IS_A_LOCAL_AUTHORITY = "IS_A_LOCAL_AUTHORITY"
ALREADY_MEMBER = "ALREADY_MEMBER"
ALREADY_DECIDED = "ALREADY_DECIDED"
FORBIDDEN = "FORBIDDEN"
REQUIRED = "REQUIRED"
INVALID = "INVALID"
NOT_A_MEMBER = "NOT_A_MEMBER"
MEMBERSHIP_PENDING = "MEMBERSHIP_PENDING"
ORGANISATION_PENDING = "ORGANISATION_PENDING"
ORGANISATION_BLOCKED = "ORGANISATION_BLOCKED"

Status = Organisation.Status
MemberStatus = OrganisationMembership.Status
NAME_MAX = 200
MESSAGE_MAX = 2000


def _luhn_ok(digits):
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def siren_of(value):
    """The SIREN of a SIREN or SIRET as typed (spaces allowed), '' when none is given; a malformed
    one is refused."""
    digits = (value or "").replace(" ", "")
    if not digits:
        return ""
    if len(digits) not in (9, 14) or not digits.isdigit() or not _luhn_ok(digits):
        raise ServiceError(
            f"Numéro invalide : « {digits[:20]} ». Indiquez un SIREN (9 chiffres) ou un SIRET "
            "(14 chiffres) qui respecte la clé de contrôle.",
            INVALID_SIREN,
            "siren",
        )
    return digits[:9]


def memberships_of(user):
    return (
        OrganisationMembership.objects.filter(user_id=user.pk)
        .select_related("organisation")
        .order_by("organisation__name")
    )


def anct_moderators():
    """Active members of the ANCT moderators' group with an address: they decide the requests."""
    return (
        get_user_model()
        .objects.filter(groups__name=ROLE_NAMES[ROLE_MODERATORS], is_active=True)
        .exclude(email="")
    )


def _tell_anct(membership, created):
    """E-mail the moderators (through the task worker) a request to decide, with the admin link."""
    organisation, user = membership.organisation, membership.user
    who = user.get_full_name() or user.email or user.username
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    url = f"{base}{reverse('cms_organisations')}"
    if created:
        subject = f"Organisation déclarée : « {organisation.name} »"
        intro = (
            f"{who} a déclaré l'organisation « {organisation.name} » "
            f"({organisation.get_kind_display()}"
            f"{f', SIREN {organisation.siren}' if organisation.siren else ''}) et demande à agir "
            "en son nom. Vérifiez l'organisation, puis approuvez ou refusez la demande"
        )
    else:
        subject = f"Demande pour agir au nom de « {organisation.name} »"
        intro = (
            f"{who} demande à agir au nom de « {organisation.name} » (organisation "
            f"{organisation.get_status_display()}). Approuvez ou refusez la demande"
        )
    body = f"Bonjour,\n\n{intro} dans l'administration, écran « Organisations » :\n{url}\n"
    if membership.message:
        body += f"\nMessage de la personne :\n{membership.message}\n"
    send_later(subject, body, [moderator.email for moderator in anct_moderators()])


def _request(user, organisation, message, created=False):
    membership = OrganisationMembership.objects.filter(user=user, organisation=organisation).first()
    if membership and membership.status == MemberStatus.APPROVED:
        raise ServiceError(
            f"Vous êtes déjà membre de « {organisation.name} ».", ALREADY_MEMBER, "organisation"
        )
    if membership is None:
        membership = OrganisationMembership(user=user, organisation=organisation)
    membership.status = MemberStatus.PENDING
    membership.message = (message or "").strip()[:MESSAGE_MAX]
    membership.decided_by = None
    membership.decided_at = None
    membership.refusal_reason = ""
    membership.save()
    log(membership, "cms.organisation_membership_requested", user=user)
    _tell_anct(membership, created)
    return membership


@transaction.atomic
def declare_organisation(user, name, kind, siren="", message=""):
    """Declare the organisation one acts for: created pending, or — when one with that SIREN is
    already known — joined; either way a membership request the ANCT decides. Returns
    (membership, created)."""
    name = " ".join((name or "").split())
    if not name:
        raise ServiceError("Indiquez le nom de l'organisation.", REQUIRED, "name")
    if len(name) > NAME_MAX:
        raise ServiceError(
            f"Le nom de l'organisation dépasse {NAME_MAX} caractères.", INVALID, "name"
        )
    if kind not in Organisation.Kind.values:
        raise ServiceError("Type d'organisation inconnu.", INVALID, "kind")
    siren = siren_of(siren)
    if siren and LocalAuthority.objects.filter(siren=siren).exists():
        raise ServiceError(
            "Ce SIREN est celui d'une collectivité : demandez plutôt à être rattaché à la "
            "collectivité (requestMembership).",
            IS_A_LOCAL_AUTHORITY,
            "siren",
        )
    organisation = Organisation.objects.filter(siren=siren).first() if siren else None
    created = organisation is None
    if created:
        try:
            with transaction.atomic():
                organisation = Organisation.objects.create(
                    name=name, kind=kind, siren=siren, declared_by=user
                )
        except IntegrityError:  # declared by someone else at the same moment
            organisation = Organisation.objects.get(siren=siren)
            created = False
        else:
            log(organisation, "cms.organisation_declared", user=user)
    return _request(user, organisation, message, created), created


def request_organisation_membership(user, organisation, message=""):
    """Ask to act for a known organisation; the ANCT approves or refuses."""
    return _request(user, organisation, message)


def _require_anct(user):
    if not is_anct_staff(user):
        raise ServiceError("Seule l'ANCT décide des organisations et de leurs membres.", FORBIDDEN)


@transaction.atomic
def decide_organisation_membership(user, membership, approve, reason=""):
    """Approve or refuse a pending request: e-mail to the person, entry in the audit log."""
    _require_anct(user)
    if membership.status != MemberStatus.PENDING:
        raise ServiceError("Cette demande a déjà été traitée.", ALREADY_DECIDED)
    reason = (reason or "").strip()
    if not approve and not reason:
        raise ServiceError("Indiquez le motif du refus.", REQUIRED, "refusalReason")
    membership.status = MemberStatus.APPROVED if approve else MemberStatus.REFUSED
    membership.decided_by = user
    membership.decided_at = timezone.now()
    membership.refusal_reason = "" if approve else reason
    membership.save()
    name = membership.organisation.name
    if approve:
        subject = f"Vous agissez désormais au nom de « {name} »"
        body = (
            f"Bonjour,\n\nL'ANCT a approuvé votre demande : vous pouvez proposer des expériences "
            f"et des ressources au nom de « {name} » sur Territoires en commun.\n"
        )
    else:
        subject = f"Votre demande pour « {name} » est refusée"
        body = f"Bonjour,\n\nVotre demande pour « {name} » a été refusée.\n\nMotif : {reason}\n"
    send_later(subject, body, [membership.user.email])
    log(
        membership,
        "cms.organisation_membership_approved"
        if approve
        else "cms.organisation_membership_refused",
        user=user,
        data={"reason": reason} if reason else None,
    )
    return membership


STATUS_ACTIONS = {
    Status.VERIFIED: "cms.organisation_verified",
    Status.TRUSTED: "cms.organisation_trusted",
    Status.BLOCKED: "cms.organisation_blocked",
    Status.PENDING: "cms.organisation_pending",
}


@transaction.atomic
def set_organisation_status(user, organisation, status, reason=""):
    """The ANCT verifies, trusts or blocks an organisation (a reason is required to block); the
    submissions already made are kept whatever the status."""
    _require_anct(user)
    if status not in Status.values:
        raise ServiceError("Statut d'organisation inconnu.", INVALID, "status")
    reason = (reason or "").strip()
    if status == Status.BLOCKED and not reason:
        raise ServiceError("Indiquez le motif du blocage.", REQUIRED, "reason")
    organisation.status = status
    organisation.status_reason = reason
    organisation.save(update_fields=["status", "status_reason"])
    log(
        organisation, STATUS_ACTIONS[status], user=user, data={"reason": reason} if reason else None
    )
    return organisation


def acting_organisation(user, organisation):
    """The organisation `user` acts for, checked: an approved member of a verified or trusted
    organisation; anything else is a typed French refusal."""
    membership = OrganisationMembership.objects.filter(
        user_id=user.pk, organisation_id=organisation.pk
    ).first()
    if membership is None or membership.status == MemberStatus.REFUSED:
        raise ServiceError(
            f"Vous n'êtes pas membre de « {organisation.name} ».", NOT_A_MEMBER, "organisation"
        )
    if membership.status != MemberStatus.APPROVED:
        raise ServiceError(
            f"Votre demande pour agir au nom de « {organisation.name} » attend l'accord de "
            "l'ANCT : d'ici là, vous pouvez consulter mais pas proposer.",
            MEMBERSHIP_PENDING,
            "organisation",
        )
    if organisation.status == Status.BLOCKED:
        raise ServiceError(
            f"L'organisation « {organisation.name} » est bloquée par l'ANCT : elle ne peut plus "
            "proposer de contribution. Ses contributions passées sont conservées.",
            ORGANISATION_BLOCKED,
            "organisation",
        )
    if organisation.status == Status.PENDING:
        raise ServiceError(
            f"L'ANCT n'a pas encore vérifié l'organisation « {organisation.name} » : vous pourrez "
            "proposer des contributions en son nom une fois qu'elle le sera.",
            ORGANISATION_PENDING,
            "organisation",
        )
    return organisation


def acting_ids(user):
    """Ids of the organisations whose approved member `user` is (to follow their submissions)."""
    if not user.is_authenticated:
        return set()
    return set(
        OrganisationMembership.objects.filter(
            user_id=user.pk, status=MemberStatus.APPROVED
        ).values_list("organisation_id", flat=True)
    )


def is_trusted(organisation):
    return organisation is not None and organisation.status == Status.TRUSTED


def notices_for_unmatched_siret(user, siret):
    """A ProConnect SIRET that names no collectivité: a private or State organisation. When an
    organisation with that SIREN is known, the person asks to join it; otherwise they are invited
    to declare theirs."""
    try:
        siren = siren_of(siret)
    except ServiceError:
        siren = ""
    organisation = Organisation.objects.filter(siren=siren).first() if siren else None
    if organisation is not None:
        if not OrganisationMembership.objects.filter(user=user, organisation=organisation).exists():
            _request(user, organisation, "Demande faite à la connexion ProConnect.")
        return [
            f"Votre SIRET ({siret}) est celui de « {organisation.name} » : votre demande pour agir "
            "en son nom attend l'accord de l'ANCT."
        ]
    return [
        f"Votre SIRET ({siret}) ne correspond à aucune collectivité : si vous agissez pour une "
        "association, une équipe de recherche, un réseau ou un service de l'État, déclarez votre "
        "organisation dans « Mon espace » ; l'ANCT la vérifiera."
    ]
