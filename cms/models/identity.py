"""Agents signed in with ProConnect: their provider identity and the CMS's own short-lived
sessions (ADR 0015)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AgentIdentity(models.Model):
    """The ProConnect subject of an account: the account is found by `sub`, never by e-mail."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("utilisateur"),
        on_delete=models.CASCADE,
        related_name="agent_identity",
    )
    issuer = models.CharField(_("fournisseur"), max_length=255)
    sub = models.CharField(_("identifiant chez le fournisseur"), max_length=255)
    siret = models.CharField(_("SIRET"), max_length=14, blank=True)
    idp_id = models.CharField(_("fournisseur d'identité"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)
    last_sign_in_at = models.DateTimeField(_("dernière connexion"), null=True, blank=True)

    class Meta:
        verbose_name = _("identité ProConnect")
        verbose_name_plural = _("identités ProConnect")
        constraints = [
            models.UniqueConstraint(fields=["issuer", "sub"], name="unique_agent_identity")
        ]

    def __str__(self):
        return f"{self.user} ({self.sub})"


class AgentSession(models.Model):
    """A token the CMS issues after checking a ProConnect ID token; only its hash is kept."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("utilisateur"),
        on_delete=models.CASCADE,
        related_name="agent_sessions",
    )
    key_hash = models.CharField(_("empreinte du jeton"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expire le"), db_index=True)
    revoked_at = models.DateTimeField(_("révoquée le"), null=True, blank=True)
    sub = models.CharField(_("identifiant chez le fournisseur"), max_length=255, blank=True)
    sid = models.CharField(_("session chez le fournisseur"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("session d'agent")
        verbose_name_plural = _("sessions d'agent")

    def __str__(self):
        return f"{self.user} — {self.created_at:%d/%m/%Y %H:%M}"


class ExchangedIdToken(models.Model):
    """An ID token already exchanged, kept until it expires so that it cannot be replayed."""

    token_hash = models.CharField(_("empreinte"), max_length=64, unique=True)
    expires_at = models.DateTimeField(_("expire le"), db_index=True)

    class Meta:
        verbose_name = _("jeton d'identité échangé")
        verbose_name_plural = _("jetons d'identité échangés")

    def __str__(self):
        return self.token_hash[:12]


class UnmatchedSiretRequest(models.Model):
    """An agent whose SIRET matches no collectivité: a request the ANCT's moderators handle."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("utilisateur"),
        on_delete=models.CASCADE,
        related_name="unmatched_siret_requests",
    )
    siret = models.CharField(_("SIRET"), max_length=14)
    created_at = models.DateTimeField(_("demandée le"), auto_now_add=True)
    handled_at = models.DateTimeField(_("traitée le"), null=True, blank=True)

    class Meta:
        verbose_name = _("demande adressée à l'ANCT (SIRET sans collectivité)")
        verbose_name_plural = _("demandes adressées à l'ANCT (SIRET sans collectivité)")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.user} — SIRET {self.siret}"
