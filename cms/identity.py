"""Agents signed in with ProConnect (ADR 0015): the ID token checked against the provider's keys,
the account found by its `sub`, the CMS's own short-lived session, and the membership requests
that tie an agent to the collectivité of their SIRET."""

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import jwt
import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.log_actions import log

from cms import organisations
from cms.mail import send_later
from cms.models import (
    AgentIdentity,
    AgentSession,
    ExchangedIdToken,
    LocalAuthority,
    LocalAuthorityMembership,
    UnmatchedSiretRequest,
)
from cms.roles import ROLE_CONTRIBUTORS, ensure_roles, is_anct_staff
from cms.services import ServiceError

INVALID_ID_TOKEN = "INVALID_ID_TOKEN"  # noqa: S105 (an error code)
ID_TOKEN_EXPIRED = "ID_TOKEN_EXPIRED"  # noqa: S105 (an error code)
WRONG_AUDIENCE = "WRONG_AUDIENCE"
WRONG_ISSUER = "WRONG_ISSUER"
ID_TOKEN_REPLAYED = "ID_TOKEN_REPLAYED"  # noqa: S105 (an error code)
PROVIDER_UNAVAILABLE = "PROVIDER_UNAVAILABLE"
INVALID_SIRET = "INVALID_SIRET"
ALREADY_MEMBER = "ALREADY_MEMBER"
ALREADY_DECIDED = "ALREADY_DECIDED"
FORBIDDEN = "FORBIDDEN"
REQUIRED = "REQUIRED"

ALGORITHMS = ["RS256", "ES256"]
SESSION_PREFIX = "tec_"
APPROVED = LocalAuthorityMembership.Status.APPROVED
PENDING = LocalAuthorityMembership.Status.PENDING
REFUSED = LocalAuthorityMembership.Status.REFUSED

_UNAVAILABLE = "ProConnect est injoignable pour le moment : réessayez dans quelques minutes."


def approved_memberships(prefix=""):
    """The lookup that keeps only approved memberships, e.g. `approved_memberships("memberships__")`:
    a pending or refused request never lets anyone act for a collectivité."""
    return Q(**{f"{prefix}status": APPROVED})


# --- SIRET -------------------------------------------------------------------------------------


def _luhn_ok(digits):
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def authority_for_siret(siret):
    """The collectivité whose SIREN starts the SIRET, or None; a malformed SIRET is refused."""
    siret = (siret or "").replace(" ", "")
    if len(siret) != 14 or not siret.isdigit() or not _luhn_ok(siret):
        raise ServiceError(
            f"SIRET invalide : « {siret} ». Un SIRET compte 14 chiffres et respecte la clé de contrôle.",
            INVALID_SIRET,
            "siret",
        )
    return LocalAuthority.objects.filter(siren=siret[:9]).order_by("kind").first()


# --- ID token ----------------------------------------------------------------------------------

_jwk_clients = {}


def _jwk_client(issuer):
    """The provider's keys, found through its discovery document; PyJWKClient caches them and
    fetches them again when a token names a key it does not know."""
    if issuer not in _jwk_clients:
        try:
            response = requests.get(
                f"{issuer}/.well-known/openid-configuration", timeout=settings.PROCONNECT_TIMEOUT
            )
            response.raise_for_status()
            jwks_uri = response.json()["jwks_uri"]
        except (requests.RequestException, ValueError, KeyError) as error:
            raise ServiceError(_UNAVAILABLE, PROVIDER_UNAVAILABLE) from error
        _jwk_clients[issuer] = jwt.PyJWKClient(
            jwks_uri, cache_keys=True, lifespan=3600, timeout=settings.PROCONNECT_TIMEOUT
        )
    return _jwk_clients[issuer]


def _refuse(message, code=INVALID_ID_TOKEN):
    raise ServiceError(message, code, "idToken")


def verify_provider_jwt(token, *, require_nonce=True, what="jeton d'identité"):
    """The claims of a JWT signed by the configured provider, or a typed refusal."""
    issuer = settings.PROCONNECT_ISSUER
    try:
        header = jwt.get_unverified_header(token)
        unverified = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        _refuse(f"Le {what} est illisible : ce n'est pas un JWT.")
    if header.get("alg") not in ALGORITHMS:
        _refuse(
            f"Le {what} est signé avec « {header.get('alg')} » : seuls RS256 et ES256 sont acceptés."
        )
    if unverified.get("iss") != issuer:
        _refuse(f"Le {what} vient d'un autre fournisseur que ProConnect.", WRONG_ISSUER)
    try:
        key = _jwk_client(issuer).get_signing_key_from_jwt(token).key
    except jwt.PyJWKClientConnectionError as error:
        raise ServiceError(_UNAVAILABLE, PROVIDER_UNAVAILABLE) from error
    except jwt.PyJWTError:
        _refuse(f"Le {what} est signé par une clé que ProConnect ne publie pas.")
    try:
        claims = jwt.decode(
            token,
            key,
            algorithms=ALGORITHMS,
            audience=settings.PROCONNECT_CLIENT_IDS,
            issuer=issuer,
            leeway=settings.PROCONNECT_LEEWAY,
            options={"require": ["iss", "aud", "sub"] + (["exp", "iat"] if require_nonce else [])},
        )
    except jwt.ExpiredSignatureError:
        _refuse(f"Le {what} a expiré : reconnectez-vous.", ID_TOKEN_EXPIRED)
    except jwt.InvalidAudienceError:
        _refuse(f"Le {what} n'a pas été délivré pour ce service.", WRONG_AUDIENCE)
    except jwt.InvalidIssuerError:
        _refuse(f"Le {what} vient d'un autre fournisseur que ProConnect.", WRONG_ISSUER)
    except jwt.InvalidSignatureError:
        _refuse(f"La signature du {what} est fausse.")
    except jwt.PyJWTError as error:
        _refuse(f"Le {what} est refusé : {error}.")
    if require_nonce and not claims.get("nonce"):
        _refuse(f"Le {what} n'a pas de « nonce » : la connexion ne peut pas être vérifiée.")
    return claims


def _digest(value):
    return hashlib.sha256(value.encode()).hexdigest()


def _spend(token, claims):
    """Record the ID token as exchanged; refuse it if it already was (replay)."""
    now = timezone.now()
    ExchangedIdToken.objects.filter(expires_at__lt=now).delete()
    expires_at = datetime.fromtimestamp(claims["exp"], tz=UTC) + timedelta(
        seconds=settings.PROCONNECT_LEEWAY
    )
    try:
        with transaction.atomic():
            ExchangedIdToken.objects.create(token_hash=_digest(token), expires_at=expires_at)
    except IntegrityError:
        _refuse(
            "Ce jeton d'identité a déjà servi : reconnectez-vous avec ProConnect.",
            ID_TOKEN_REPLAYED,
        )


# --- Sign-in and sessions ----------------------------------------------------------------------


@dataclass
class SignInResult:
    token: str
    session: AgentSession
    user: object
    notices: list = field(default_factory=list)


def _agent(claims):
    """The account of the ProConnect subject: found by `sub`, created at the first sign-in."""
    issuer = settings.PROCONNECT_ISSUER
    identity = (
        AgentIdentity.objects.select_related("user")
        .filter(issuer=issuer, sub=claims["sub"])
        .first()
    )
    created = identity is None
    if created:
        user = get_user_model()(
            username=f"proconnect-{_digest(issuer + claims['sub'])[:24]}",
            email=claims.get("email", ""),
        )
        user.set_unusable_password()
        user.save()
        identity = AgentIdentity(user=user, issuer=issuer, sub=claims["sub"])
    user = identity.user
    user.email = claims.get("email", user.email) or user.email
    user.first_name = (claims.get("given_name") or user.first_name)[:150]
    user.last_name = (claims.get("usual_name") or user.last_name)[:150]
    user.save(update_fields=["email", "first_name", "last_name"])
    identity.siret = claims.get("siret") or identity.siret
    identity.idp_id = claims.get("idp_id") or identity.idp_id
    identity.last_sign_in_at = timezone.now()
    identity.save()
    return user, identity, created


def _first_request(user, siret):
    """At the first sign-in: a membership request for the SIRET's collectivité, or a request to
    the ANCT when none matches; returns the French notices for the agent."""
    try:
        authority = authority_for_siret(siret)
    except ServiceError as error:
        UnmatchedSiretRequest.objects.create(user=user, siret=(siret or "")[:14])
        return [f"{error.message} Votre demande de rattachement a été transmise à l'ANCT."]
    if authority is None:
        UnmatchedSiretRequest.objects.create(user=user, siret=siret)
        return organisations.notices_for_unmatched_siret(user, siret)
    membership, _ = LocalAuthorityMembership.objects.get_or_create(
        user=user, local_authority=authority, defaults={"status": PENDING}
    )
    if membership.status == PENDING:
        return [
            f"Votre demande de rattachement à « {authority.name} » attend l'accord du référent de "
            "la collectivité ou de l'ANCT : d'ici là, vous pouvez tout consulter mais pas agir."
        ]
    return []


def agent_for_claims(claims):
    """The account of the provider's verified claims (found by `sub`, created and given its
    membership request at the first sign-in); returns (user, French notices)."""
    user, identity, created = _agent(claims)
    notices = _first_request(user, identity.siret) if created else []
    return user, notices


@transaction.atomic
def sign_in_with_proconnect(id_token, userinfo=None):
    """Check the provider's ID token (and its signed userinfo, when the site forwards it) and
    open a CMS session for the agent."""
    claims = verify_provider_jwt(id_token)
    if userinfo:
        extra = verify_provider_jwt(userinfo, require_nonce=False, what="userinfo signé")
        if extra.get("sub") != claims["sub"]:
            _refuse("Le userinfo signé ne concerne pas le même agent que le jeton d'identité.")
        claims = {**extra, **{k: claims[k] for k in ("sub", "nonce", "exp", "iat") if k in claims}}
    _spend(id_token, claims)
    user, notices = agent_for_claims(claims)
    if not user.is_active:
        _refuse("Ce compte est désactivé : contactez l'ANCT.", "ACCOUNT_DISABLED")
    return open_session(user, claims["sub"], claims.get("sid", ""), notices)


def open_session(user, sub="", sid="", notices=()):
    """The CMS's own short-lived token for a verified person, whichever way they signed in."""
    token = SESSION_PREFIX + secrets.token_urlsafe(32)
    session = AgentSession.objects.create(
        user=user,
        key_hash=_digest(token),
        expires_at=timezone.now() + timedelta(seconds=settings.AGENT_SESSION_TTL),
        sub=str(sub)[:255],
        sid=str(sid or "")[:255],
    )
    log(user, "cms.agent_sign_in", user=user, data={"session": session.pk})
    return SignInResult(token, session, user, list(notices))


def is_session_token(token):
    return token.startswith(SESSION_PREFIX)


def session_for_token(token):
    """The live session of a CMS agent token, or None (unknown, expired or revoked)."""
    return (
        AgentSession.objects.select_related("user")
        .filter(key_hash=_digest(token), revoked_at__isnull=True, expires_at__gt=timezone.now())
        .first()
    )


def sign_out(token):
    """Revoke the session of this token; the site then ends the provider's session."""
    if not token or not is_session_token(token):
        raise ServiceError(
            "signOut ne ferme que les sessions ouvertes avec ProConnect (signInWithProConnect).",
            "NOT_AN_AGENT_SESSION",
        )
    return AgentSession.objects.filter(key_hash=_digest(token), revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )


# --- Membership requests -----------------------------------------------------------------------


def request_membership(user, authority, message=""):
    """Ask to act for a collectivité (e.g. a commune's agent for its EPCI)."""
    membership = LocalAuthorityMembership.objects.filter(
        user=user, local_authority=authority
    ).first()
    if membership and membership.status == APPROVED:
        raise ServiceError(
            f"Vous agissez déjà au nom de « {authority.name} ».", ALREADY_MEMBER, "localAuthority"
        )
    if membership is None:
        membership = LocalAuthorityMembership(user=user, local_authority=authority)
    membership.status = PENDING
    membership.message = (message or "").strip()[:2000]
    membership.decided_by = None
    membership.decided_at = None
    membership.refusal_reason = ""
    membership.save()
    log(membership, "cms.membership_requested", user=user)
    return membership


def can_decide(user, membership):
    """An ANCT moderator, or the approved referent of the collectivité."""
    if is_anct_staff(user):
        return True
    return LocalAuthorityMembership.objects.filter(
        user_id=user.pk,
        local_authority_id=membership.local_authority_id,
        is_referent=True,
        status=APPROVED,
    ).exists()


@transaction.atomic
def decide_membership(user, membership, approve, reason=""):
    """Approve or refuse a pending request: e-mail to the agent, entry in the audit log."""
    if not can_decide(user, membership):
        raise ServiceError(
            "Seuls l'ANCT et le référent de la collectivité décident des rattachements.", FORBIDDEN
        )
    if membership.status != PENDING:
        raise ServiceError("Cette demande a déjà été traitée.", ALREADY_DECIDED)
    reason = (reason or "").strip()
    if not approve and not reason:
        raise ServiceError("Indiquez le motif du refus.", REQUIRED, "refusalReason")
    membership.status = APPROVED if approve else REFUSED
    membership.decided_by = user
    membership.decided_at = timezone.now()
    membership.refusal_reason = "" if approve else reason
    membership.save()
    authority = membership.local_authority.name
    if approve:
        membership.user.groups.add(ensure_roles()[ROLE_CONTRIBUTORS])
        subject = f"Votre rattachement à « {authority} » est approuvé"
        body = (
            f"Bonjour,\n\nVotre demande de rattachement à « {authority} » a été approuvée : vous "
            "pouvez désormais proposer, voter, inscrire votre collectivité et contribuer sur "
            "Territoires en commun.\n"
        )
    else:
        subject = f"Votre demande de rattachement à « {authority} » est refusée"
        body = f"Bonjour,\n\nVotre demande de rattachement à « {authority} » a été refusée.\n\nMotif : {reason}\n"
    send_later(subject, body, [membership.user.email])
    log(
        membership,
        "cms.membership_approved" if approve else "cms.membership_refused",
        user=user,
        data={"reason": reason} if reason else None,
    )
    return membership
