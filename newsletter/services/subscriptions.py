"""Subscribing (double opt-in), confirming, preferences, unsubscribing, bounces, RGPD requests.

Nothing here tells a caller whether an address is already known: subscribing answers the same
way for a new, a pending, a confirmed or a bounced address (no enumeration)."""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from cms.mail import send_later
from cms.models import AgentIdentity
from cms.services import ServiceError
from newsletter.models import Delivery, Subscriber
from newsletter.services import links

CONFIRM_SALT = "newsletter.confirm"
PREFERENCES = ("wants_newsletter", "wants_project_digests", "wants_agenda")
SOURCES = ("site", "api", "espace-agent", "administration", "demo")

RESEND_AFTER = timedelta(minutes=10)

INVALID_TOKEN = "INVALID_TOKEN"  # noqa: S105  (an error code)
EXPIRED_TOKEN = "EXPIRED_TOKEN"  # noqa: S105  (an error code)


def normalise_email(raw):
    email = (raw or "").strip()
    try:
        EmailValidator()(email)
    except ValidationError:
        raise ServiceError(
            "Adresse électronique invalide : vérifiez-la (par exemple prenom.nom@exemple.fr).",
            code="INVALID_EMAIL",
            field="email",
        ) from None
    local, _, domain = email.rpartition("@")
    return f"{local}@{domain.lower()}"


def _clean_preferences(preferences):
    values = {name: bool(preferences.get(name, False)) for name in PREFERENCES}
    if preferences.get("wants_newsletter") is None:
        values["wants_newsletter"] = True
    if not any(values.values()):
        raise ServiceError(
            "Choisissez au moins une publication à recevoir.",
            code="NO_PREFERENCE",
            field="preferences",
        )
    return values


def confirmation_token(subscriber):
    return signing.dumps([subscriber.pk, subscriber.consent_at.timestamp()], salt=CONFIRM_SALT)


def _send_confirmation(subscriber):
    context = {
        "confirm_url": links.confirm_url(confirmation_token(subscriber)),
        "days": settings.NEWSLETTER_CONFIRMATION_MAX_AGE // 86400,
        "subscriber": subscriber,
    }
    send_later(
        "Confirmez votre inscription à la lettre de Territoires en commun",
        render_to_string("newsletter/confirmation.txt", context),
        [subscriber.email],
    )


def _send_already_subscribed(subscriber):
    send_later(
        "Vous êtes déjà inscrit à la lettre de Territoires en commun",
        render_to_string(
            "newsletter/already_subscribed.txt",
            {"manage_url": links.manage_url(subscriber), "subscriber": subscriber},
        ),
        [subscriber.email],
    )


@transaction.atomic
def subscribe(email, preferences=None, *, source="api", user=None):
    """Record the request and send the confirmation link; returns nothing a caller could read."""
    email = normalise_email(email)
    values = _clean_preferences(preferences or {})
    if source not in SOURCES:
        source = "api"
    now = timezone.now()
    # Only the account's own address is tied to it (the agents' segments read that tie).
    own = user is not None and user.is_authenticated and user.email.lower() == email.lower()
    user = user if own else None
    verified = own and provider_verified(user)
    subscriber = Subscriber.objects.select_for_update().filter(email__iexact=email).first()
    consent = {
        "consent_at": now,
        "consent_source": source,
        "consent_text_version": settings.NEWSLETTER_CONSENT_TEXT_VERSION,
    }
    if subscriber is None:
        subscriber = Subscriber.objects.create(email=email, user=user, **consent, **values)
    elif subscriber.status == Subscriber.Status.CONFIRMED:
        _send_already_subscribed(subscriber)
        return
    elif subscriber.status == Subscriber.Status.BOUNCED:
        # The address does not receive mail: writing to it again hurts the sender's reputation.
        return
    elif (
        subscriber.status == Subscriber.Status.PENDING
        and now - subscriber.consent_at < RESEND_AFTER
    ):
        # A form sent again and again must not flood someone's mailbox with confirmations.
        return
    else:
        for name, value in {**consent, **values}.items():
            setattr(subscriber, name, value)
        subscriber.status = Subscriber.Status.PENDING
        subscriber.user = subscriber.user or user
        subscriber.save()
    # A signed-in agent subscribing the address ProConnect verified needs no confirmation.
    if verified:
        _confirm(subscriber, now)
        return
    _send_confirmation(subscriber)


def _confirm(subscriber, now):
    subscriber.status = Subscriber.Status.CONFIRMED
    subscriber.confirmed_at = now
    subscriber.unsubscribed_at = None
    subscriber.save(update_fields=["status", "confirmed_at", "unsubscribed_at"])


@transaction.atomic
def confirm(token):
    try:
        pk, stamp = signing.loads(
            token or "", salt=CONFIRM_SALT, max_age=settings.NEWSLETTER_CONFIRMATION_MAX_AGE
        )
    except signing.SignatureExpired:
        raise ServiceError(
            "Ce lien de confirmation a expiré : inscrivez-vous de nouveau pour en recevoir un autre.",
            code=EXPIRED_TOKEN,
            field="token",
        ) from None
    except (signing.BadSignature, TypeError, ValueError):
        raise _invalid_token() from None
    subscriber = Subscriber.objects.select_for_update().filter(pk=pk).first()
    if subscriber is None or subscriber.consent_at.timestamp() != stamp:
        raise _invalid_token()
    if subscriber.status == Subscriber.Status.PENDING:
        _confirm(subscriber, timezone.now())
    elif subscriber.status != Subscriber.Status.CONFIRMED:
        raise _invalid_token()
    return subscriber


def _invalid_token():
    return ServiceError(
        "Ce lien n'est pas valide : copiez-le en entier depuis le courriel reçu.",
        code=INVALID_TOKEN,
        field="token",
    )


def by_token(token):
    subscriber = Subscriber.objects.filter(token=token or "").first() if token else None
    if subscriber is None:
        raise _invalid_token()
    return subscriber


@transaction.atomic
def unsubscribe(token):
    """Stop every mailing to the address of `token` at once (idempotent)."""
    subscriber = by_token(token)
    stop(subscriber, Subscriber.Status.UNSUBSCRIBED)
    return subscriber


def stop(subscriber, status, reason=""):
    now = timezone.now()
    if subscriber.status != Subscriber.Status.BOUNCED:
        subscriber.status = status
    if status == Subscriber.Status.UNSUBSCRIBED:
        subscriber.unsubscribed_at = subscriber.unsubscribed_at or now
    else:
        subscriber.bounced_at = now
        subscriber.bounce_reason = reason[:255]
    subscriber.save()
    # Messages not yet left are not sent (a sending in progress reads the row before each batch).
    Delivery.objects.filter(
        subscriber=subscriber, status__in=[Delivery.Status.PENDING, Delivery.Status.CLAIMED]
    ).update(status=Delivery.Status.SKIPPED, error=subscriber.get_status_display())


@transaction.atomic
def update_preferences(token, preferences):
    subscriber = by_token(token)
    values = _clean_preferences(preferences or {})
    for name, value in values.items():
        setattr(subscriber, name, value)
    subscriber.save(update_fields=list(values))
    return subscriber


def mark_bounced(subscriber, reason=""):
    stop(subscriber, Subscriber.Status.BOUNCED, reason or "Échec définitif")


def record_tracking_event(event_type, recipient, reason=""):
    """An ESP's event (django-anymail): a hard bounce or a complaint stops further sends."""
    subscriber = Subscriber.objects.filter(email__iexact=recipient or "").first()
    if subscriber is None:
        return
    if event_type == "bounced" or (event_type == "rejected" and "bounce" in reason.lower()):
        mark_bounced(subscriber, reason or event_type)
    elif event_type in ("complained", "unsubscribed"):
        stop(subscriber, Subscriber.Status.UNSUBSCRIBED)


def export_data(subscriber):
    """Everything kept about an address (RGPD, right of access), as plain data."""
    return {
        "adresse": subscriber.email,
        "statut": subscriber.get_status_display(),
        "préférences": {
            "lettre mensuelle": subscriber.wants_newsletter,
            "nouvelles des projets partagés": subscriber.wants_project_digests,
            "agenda": subscriber.wants_agenda,
        },
        "consentement": {
            "date": subscriber.consent_at.isoformat(),
            "source": subscriber.consent_source,
            "version du texte": subscriber.consent_text_version,
        },
        "confirmé le": subscriber.confirmed_at.isoformat() if subscriber.confirmed_at else None,
        "désinscrit le": (
            subscriber.unsubscribed_at.isoformat() if subscriber.unsubscribed_at else None
        ),
        "envois reçus": [
            {
                "édition": delivery.edition.title,
                "statut": delivery.get_status_display(),
                "envoyé le": delivery.sent_at.isoformat() if delivery.sent_at else None,
            }
            for delivery in subscriber.deliveries.select_related("edition").order_by("pk")
        ],
    }


@transaction.atomic
def erase(subscriber):
    """Forget the address and its deliveries (RGPD, right to erasure)."""
    subscriber.delete()


# --- The signed-in agent's own subscription (« Mon espace ») --------------------------------------


def provider_verified(user):
    """ProConnect gives only addresses its identity providers verified: an account signed in
    through it needs no confirmation e-mail for that address. Any other account (a password set
    by an administrator) confirms by the usual link."""
    return bool(user.email) and AgentIdentity.objects.filter(user=user).exists()


def of_agent(user):
    """The subscription of the account's address, or the one tied to the account, or None."""
    found = Subscriber.objects.filter(email__iexact=user.email).first() if user.email else None
    return found or Subscriber.objects.filter(user=user).order_by("-created_at").first()


def _own(user):
    subscriber = of_agent(user)
    if subscriber is None:
        raise ServiceError(
            "Vous n'êtes pas inscrit à la lettre d'information.", code="NOT_SUBSCRIBED"
        )
    return subscriber


def subscribe_agent(user, preferences=None):
    """Subscribe the account's own address; confirmed at once when ProConnect verified it."""
    if not user.email:
        raise ServiceError(
            "Votre compte n'a pas d'adresse électronique : demandez à l'ANCT de la renseigner.",
            code="NO_EMAIL",
            field="email",
        )
    existing = of_agent(user)
    if existing is not None and existing.status == Subscriber.Status.CONFIRMED:
        # Already receiving it: no « déjà inscrit » e-mail, the page shows the preferences.
        return update_preferences(existing.token, preferences) if preferences else existing
    subscribe(user.email, preferences, source="espace-agent", user=user)
    subscriber = of_agent(user)
    if subscriber.user_id is None:
        subscriber.user = user
        subscriber.save(update_fields=["user"])
    return subscriber


@transaction.atomic
def update_agent_preferences(user, preferences):
    return update_preferences(_own(user).token, preferences)


@transaction.atomic
def unsubscribe_agent(user):
    return unsubscribe(_own(user).token)


def export_agent(user):
    """RGPD: what is kept about the agent's subscription (an empty record when there is none)."""
    subscriber = of_agent(user)
    return export_data(subscriber) if subscriber else {}


def erase_agent(user):
    subscriber = of_agent(user)
    if subscriber is not None:
        erase(subscriber)
