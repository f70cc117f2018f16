"""Verified e-mail sign-in for the people ProConnect does not identify (members of associations,
research teams…; ADR 0017): a signed link, valid `EMAIL_SIGN_IN_TTL` seconds, spent at its first
use, that opens the same CMS session as ProConnect (`identity.open_session`)."""

import hashlib
from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from cms.identity import open_session
from cms.mail import send_later
from cms.models import AgentIdentity, EmailSignInLink
from cms.ratelimit import Counters, Window
from cms.services import ServiceError

ISSUER = "email"
SALT = "cms.email_signin"
INVALID_EMAIL = "INVALID_EMAIL"
RATE_LIMITED = "RATE_LIMITED"
EMAIL_LINK_INVALID = "EMAIL_LINK_INVALID"
EMAIL_LINK_EXPIRED = "EMAIL_LINK_EXPIRED"
EMAIL_LINK_USED = "EMAIL_LINK_USED"
EMAIL_MAX = 254


def normalised(email):
    email = (email or "").strip()
    try:
        if len(email) > EMAIL_MAX:
            raise ValidationError("too long")
        validate_email(email)
    except ValidationError:
        raise ServiceError(
            f"Adresse électronique invalide : « {email[:100]} ».", INVALID_EMAIL, "email"
        ) from None
    local, _, domain = email.rpartition("@")
    return f"{local}@{domain.lower()}"


def _throttle(email, client):
    window = Window(settings.EMAIL_SIGN_IN_WINDOW)
    counters = Counters(getattr(settings, "API_THROTTLE_CACHE", "default"), window)
    checks = [(window.key("email-sign-in", "address", email.lower()), settings.EMAIL_SIGN_IN_LIMIT)]
    if client:
        checks.append(
            (window.key("email-sign-in", "client", client), settings.EMAIL_SIGN_IN_IP_LIMIT)
        )
    for key, limit in checks:
        if counters.add(key, 1) > limit:
            minutes = max(round(window.retry_after / 60), 1)
            raise ServiceError(
                "Trop de demandes de lien de connexion : réessayez dans "
                f"{minutes} minute{'s' if minutes > 1 else ''}.",
                RATE_LIMITED,
                "email",
            )


def sign_in_url(token):
    return f"{settings.FRONTEND_URL}/connexion/courriel?{urlencode({'jeton': token})}"


@transaction.atomic
def request_email_sign_in(email, client=""):
    """Send a sign-in link to `email`. The answer is the same whether an account exists or not,
    so that nobody learns who is registered."""
    email = normalised(email)
    _throttle(email, client)
    now = timezone.now()
    EmailSignInLink.objects.filter(expires_at__lt=now - timedelta(days=1)).delete()
    link = EmailSignInLink.objects.create(
        email=email, expires_at=now + timedelta(seconds=settings.EMAIL_SIGN_IN_TTL)
    )
    token = signing.dumps({"link": link.pk}, salt=SALT)
    minutes = max(settings.EMAIL_SIGN_IN_TTL // 60, 1)
    send_later(
        "Votre lien de connexion à Territoires en commun",
        "Bonjour,\n\nPour vous connecter à Territoires en commun, ouvrez ce lien "
        f"(valable {minutes} minutes, une seule fois) :\n\n{sign_in_url(token)}\n\n"
        "Si vous n'avez rien demandé, ignorez ce message.\n",
        [email],
    )
    return link


def _link(token):
    try:
        data = signing.loads(token or "", salt=SALT, max_age=settings.EMAIL_SIGN_IN_TTL)
    except signing.SignatureExpired:
        raise ServiceError(
            "Ce lien de connexion a expiré : demandez-en un nouveau.", EMAIL_LINK_EXPIRED, "token"
        ) from None
    except signing.BadSignature:
        raise ServiceError(
            "Ce lien de connexion n'est pas valide : demandez-en un nouveau.",
            EMAIL_LINK_INVALID,
            "token",
        ) from None
    link = EmailSignInLink.objects.filter(pk=data.get("link") if isinstance(data, dict) else None)
    link = link.first()
    if link is None:
        raise ServiceError(
            "Ce lien de connexion n'est pas valide : demandez-en un nouveau.",
            EMAIL_LINK_INVALID,
            "token",
        )
    return link


def _account(email):
    """The account of a verified address: found by its identity (issuer « email »), created at
    the first sign-in, without a usable password."""
    sub = email.lower()
    identity = AgentIdentity.objects.select_related("user").filter(issuer=ISSUER, sub=sub).first()
    if identity is None:
        digest = hashlib.sha256(f"{ISSUER}{sub}".encode()).hexdigest()
        user = get_user_model()(username=f"courriel-{digest[:24]}", email=email)
        user.set_unusable_password()
        user.save()
        identity = AgentIdentity(user=user, issuer=ISSUER, sub=sub)
    identity.last_sign_in_at = timezone.now()
    identity.save()
    return identity.user


@transaction.atomic
def consume_email_sign_in(token):
    """Spend a sign-in link and open a session; expired, reused or forged links are refused."""
    link = _link(token)
    now = timezone.now()
    spent = EmailSignInLink.objects.filter(
        pk=link.pk, used_at__isnull=True, expires_at__gt=now
    ).update(used_at=now)
    if not spent:
        if link.used_at is not None:
            raise ServiceError(
                "Ce lien de connexion a déjà servi : demandez-en un nouveau.",
                EMAIL_LINK_USED,
                "token",
            )
        raise ServiceError(
            "Ce lien de connexion a expiré : demandez-en un nouveau.", EMAIL_LINK_EXPIRED, "token"
        )
    user = _account(link.email)
    if not user.is_active:
        raise ServiceError("Ce compte est désactivé : contactez l'ANCT.", "ACCOUNT_DISABLED")
    notices = []
    if not user.organisation_memberships.exists() and not user.authority_memberships.exists():
        notices.append(
            "Bienvenue ! Déclarez l'organisation pour laquelle vous agissez dans « Mon espace » : "
            "l'ANCT la vérifiera avant vos premières contributions."
        )
    return open_session(user, sub=f"{ISSUER}:{link.email.lower()}", notices=notices)
