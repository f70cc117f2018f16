"""The other actors of engagement (associations, research teams, networks, State services): the
organisations they declare, their members, and the e-mail sign-in links of those whom ProConnect
does not identify (ADR 0015, addendum 0017)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Organisation(models.Model):
    """A non-collectivité actor that proposes experiences and resources; the ANCT verifies it,
    trusts it (lighter moderation) or blocks it."""

    class Kind(models.TextChoices):
        ASSOCIATION = "association", _("association")
        RESEARCH_TEAM = "research_team", _("équipe de recherche")
        NETWORK = "network", _("réseau")
        STATE_SERVICE = "state_service", _("service de l'État")
        OTHER = "other", _("autre")

    class Status(models.TextChoices):
        PENDING = "pending", _("en attente")
        VERIFIED = "verified", _("vérifiée")
        TRUSTED = "trusted", _("de confiance")
        BLOCKED = "blocked", _("bloquée")

    name = models.CharField(_("nom"), max_length=200)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    siren = models.CharField(
        _("SIREN"), max_length=9, blank=True, help_text=_("Les 9 chiffres du SIREN, s'il existe.")
    )
    status = models.CharField(
        _("statut"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    status_reason = models.TextField(_("motif du statut"), blank=True)
    declared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("déclarée par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="declared_organisations",
    )
    created_at = models.DateTimeField(_("déclarée le"), auto_now_add=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["siren"], condition=~Q(siren=""), name="unique_organisation_siren"
            )
        ]

    def __str__(self):
        return self.name

    @property
    def code(self):
        """What names its media collection beside the collectivités' (their official code)."""
        return self.siren or f"organisation {self.pk}"


class OrganisationMembership(models.Model):
    """A person acting for an organisation: only an approved membership lets them act."""

    class Status(models.TextChoices):
        PENDING = "pending", _("en attente")
        APPROVED = "approved", _("approuvé")
        REFUSED = "refused", _("refusé")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("utilisateur"),
        on_delete=models.CASCADE,
        related_name="organisation_memberships",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    status = models.CharField(
        _("statut"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    message = models.TextField(_("message"), blank=True)
    created_at = models.DateTimeField(_("demandé le"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("décidé par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("décidé le"), null=True, blank=True)
    refusal_reason = models.TextField(_("motif du refus"), blank=True)

    class Meta:
        verbose_name = _("membre d'une organisation")
        verbose_name_plural = _("membres des organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="unique_organisation_membership"
            )
        ]

    def __str__(self):
        return f"{self.user} — {self.organisation}"


class EmailSignInLink(models.Model):
    """A sign-in link sent by e-mail: signed, expiring, and spent at its first use."""

    email = models.EmailField(_("courriel"))
    created_at = models.DateTimeField(_("demandé le"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expire le"), db_index=True)
    used_at = models.DateTimeField(_("utilisé le"), null=True, blank=True)

    class Meta:
        verbose_name = _("lien de connexion par courriel")
        verbose_name_plural = _("liens de connexion par courriel")

    def __str__(self):
        return f"{self.email} — {self.created_at:%d/%m/%Y %H:%M}"
