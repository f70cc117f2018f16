"""Subscribers of the monthly newsletter, the sendings of an edition and one delivery per address."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(32)


class Subscriber(models.Model):
    """An e-mail address that asked for the newsletter, with its consent and its preferences.

    Only a confirmed address (double opt-in) that has not unsubscribed nor bounced receives
    anything. `token` signs the links of every message (unsubscribe, preferences): it never
    expires, unlike the confirmation link."""

    class Status(models.TextChoices):
        PENDING = "pending", _("En attente de confirmation")
        CONFIRMED = "confirmed", _("Confirmé")
        UNSUBSCRIBED = "unsubscribed", _("Désinscrit")
        BOUNCED = "bounced", _("Adresse en échec définitif")

    email = models.EmailField(_("adresse électronique"), max_length=254, unique=True)
    status = models.CharField(
        _("statut"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    token = models.CharField(_("jeton"), max_length=64, unique=True, default=new_token)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="newsletter_subscriptions",
        help_text=_("Le compte d'un agent inscrit depuis son espace."),
    )
    wants_newsletter = models.BooleanField(_("lettre mensuelle"), default=True)
    wants_project_digests = models.BooleanField(_("nouvelles des projets partagés"), default=False)
    wants_agenda = models.BooleanField(_("agenda"), default=False)
    consent_at = models.DateTimeField(_("consentement donné le"))
    consent_source = models.CharField(
        _("source du consentement"),
        max_length=40,
        help_text=_("Où l'inscription a été faite : site, api, espace agent, administration…"),
    )
    consent_text_version = models.CharField(_("version du texte de consentement"), max_length=20)
    confirmed_at = models.DateTimeField(_("confirmé le"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("désinscrit le"), null=True, blank=True)
    bounced_at = models.DateTimeField(_("échec définitif le"), null=True, blank=True)
    bounce_reason = models.CharField(_("motif de l'échec"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)

    class Meta:
        verbose_name = _("abonné")
        verbose_name_plural = _("abonnés")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.email

    @property
    def is_active(self):
        return self.status == self.Status.CONFIRMED


class Sending(models.Model):
    """One decision to send an edition to a segment: who decided it, when, and how it went."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Prévu")
        RUNNING = "running", _("En cours")
        DONE = "done", _("Terminé")

    edition = models.ForeignKey(
        "inspiration.NewsletterPage",
        verbose_name=_("édition"),
        on_delete=models.PROTECT,
        related_name="sendings",
    )
    segment = models.CharField(_("segment"), max_length=100, default="all")
    utm = models.BooleanField(
        _("paramètres UTM"),
        default=False,
        help_text=_("Ajoute utm_source, utm_medium et utm_campaign aux liens vers le site."),
    )
    status = models.CharField(
        _("statut"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("envoyé par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_by_label = models.CharField(_("auteur"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("décidé le"), auto_now_add=True)
    started_at = models.DateTimeField(_("commencé le"), null=True, blank=True)
    finished_at = models.DateTimeField(_("terminé le"), null=True, blank=True)
    recipients = models.PositiveIntegerField(_("destinataires"), default=0)

    class Meta:
        verbose_name = _("envoi")
        verbose_name_plural = _("envois")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.edition} → {self.segment}"


class Delivery(models.Model):
    """One edition to one address, at most once: the unique constraint is the idempotence.

    A batch of rows is claimed (`claimed`), then each chunk is marked `in_flight` before its
    messages leave and `sent` right after. A worker killed mid-chunk leaves `in_flight` rows whose
    message may or may not have left: resume marks them `uncertain` and never re-sends them by
    itself (at most once); an editor may resend them explicitly. `claimed` rows never left and
    go back to `pending`."""

    class Status(models.TextChoices):
        PENDING = "pending", _("À envoyer")
        CLAIMED = "claimed", _("Réservé par un envoi")
        IN_FLIGHT = "in_flight", _("En cours de transmission")
        SENT = "sent", _("Envoyé")
        UNCERTAIN = "uncertain", _("Incertain")
        FAILED = "failed", _("Échec")
        SKIPPED = "skipped", _("Écarté")

    sending = models.ForeignKey(
        Sending, verbose_name=_("envoi"), on_delete=models.CASCADE, related_name="deliveries"
    )
    edition = models.ForeignKey(
        "inspiration.NewsletterPage",
        verbose_name=_("édition"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    subscriber = models.ForeignKey(
        Subscriber, verbose_name=_("abonné"), on_delete=models.CASCADE, related_name="deliveries"
    )
    email = models.EmailField(_("adresse"), max_length=254)
    status = models.CharField(
        _("statut"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    message_id = models.CharField(_("Message-ID"), max_length=255)
    attempts = models.PositiveSmallIntegerField(_("essais"), default=0)
    next_attempt_at = models.DateTimeField(_("prochain essai"), null=True, blank=True)
    claimed_at = models.DateTimeField(_("pris le"), null=True, blank=True)
    sent_at = models.DateTimeField(_("envoyé le"), null=True, blank=True)
    error = models.CharField(_("erreur"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("remise")
        verbose_name_plural = _("remises")
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "email"], name="newsletter_one_delivery_per_edition_address"
            )
        ]
        indexes = [models.Index(fields=["sending", "status"])]

    def __str__(self):
        return f"{self.edition_id} → {self.email}"
