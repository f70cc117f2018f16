"""Endpoints that receive the publish webhooks, and the record of every message sent to them."""

import base64
import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

SECRET_PREFIX = "whsec_"  # noqa: S105 - the format's prefix, not a secret
# Standard Webhooks asks for 24 to 64 random bytes.
SECRET_BYTES = 32


def new_secret():
    """A fresh signing secret in the Standard Webhooks form: `whsec_` + base64 of random bytes."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


class EventType(models.TextChoices):
    PAGE_PUBLISHED = "page.published", _("Page publiée")
    PAGE_UNPUBLISHED = "page.unpublished", _("Page dépubliée")
    PAGE_MOVED = "page.moved", _("Page déplacée ou renommée")
    PAGE_DELETED = "page.deleted", _("Page supprimée")
    SNIPPET_CHANGED = "snippet.changed", _("Fragment créé ou modifié")
    SNIPPET_DELETED = "snippet.deleted", _("Fragment supprimé")
    SETTING_CHANGED = "setting.changed", _("Paramètres du site modifiés")


def all_event_types():
    return list(EventType.values)


class WebhookEndpoint(models.Model):
    """A receiver of the publish webhooks: a front end that revalidates what changed."""

    name = models.CharField(_("nom"), max_length=100, unique=True)
    url = models.URLField(
        _("adresse"),
        max_length=500,
        help_text=_(
            "Adresse qui reçoit les requêtes POST signées, ex. https://site.fr/api/revalidate."
        ),
    )
    secret = models.CharField(
        _("secret de signature"),
        max_length=120,
        default=new_secret,
        editable=False,
        help_text=_(
            "Clé HMAC-SHA256 au format Standard Webhooks (whsec_…), à donner au destinataire."
        ),
    )
    active = models.BooleanField(
        _("actif"), default=True, help_text=_("Un point de terminaison désactivé ne reçoit rien.")
    )
    events = models.JSONField(
        _("événements"),
        default=all_event_types,
        help_text=_("Types d'événements envoyés à ce point de terminaison."),
    )
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)

    class Meta:
        verbose_name = _("point de terminaison des webhooks")
        verbose_name_plural = _("points de terminaison des webhooks")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def subscribes_to(self, event_type):
        return event_type in (self.events or [])

    def get_events_display(self):
        labels = dict(EventType.choices)
        return ", ".join(str(labels.get(value, value)) for value in self.events or []) or "—"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("En attente")
    SUCCEEDED = "succeeded", _("Remis")
    FAILED = "failed", _("Refusé par le destinataire")
    ABANDONED = "abandoned", _("Abandonné")


class WebhookDelivery(models.Model):
    """One message to one endpoint, with its tries: the delivery log.

    `message_id` is the `webhook-id` header, the receiver's idempotency key: the same on every
    try and on a manual resend, so that a receiver that already handled it can ignore the copy.
    """

    endpoint = models.ForeignKey(
        WebhookEndpoint,
        verbose_name=_("point de terminaison"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    event = models.CharField(_("événement"), max_length=40, choices=EventType.choices)
    message_id = models.CharField(
        _("identifiant du message (webhook-id)"), max_length=64, unique=True
    )
    payload = models.JSONField(_("contenu"))
    status = models.CharField(
        _("état"), max_length=20, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("essais"), default=0)
    last_status_code = models.PositiveSmallIntegerField(
        _("dernier code de réponse"), null=True, blank=True
    )
    last_response_excerpt = models.TextField(_("début de la dernière réponse"), blank=True)
    last_error = models.CharField(_("dernière erreur"), max_length=500, blank=True)
    history = models.JSONField(
        _("historique des essais"),
        default=list,
        blank=True,
        help_text=_("Date, code de réponse et erreur de chaque essai."),
    )
    next_attempt_at = models.DateTimeField(_("prochain essai"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("remis le"), null=True, blank=True)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)

    class Meta:
        verbose_name = _("envoi de webhook")
        verbose_name_plural = _("journal des envois")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="webhooks_due")]

    def __str__(self):
        return f"{self.get_event_display()} → {self.endpoint} ({self.message_id})"

    @property
    def can_be_resent(self):
        return self.status in {DeliveryStatus.FAILED, DeliveryStatus.ABANDONED}
