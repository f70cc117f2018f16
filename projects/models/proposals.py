"""Voting campaigns, the themes collectivités propose, and their votes."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index


class VotingCampaign(models.Model):
    """A voting campaign on proposed themes, open between two dates, with a per-collectivité
    vote limit (as Decidim's `vote_limit`)."""

    class Status(models.TextChoices):
        UPCOMING = "upcoming", _("À venir")
        OPEN = "open", _("Ouverte")
        CLOSED = "closed", _("Close")

    title = models.CharField(_("intitulé"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    opens_at = models.DateTimeField(_("ouverture des votes"))
    closes_at = models.DateTimeField(_("clôture des votes"))
    vote_limit = models.PositiveSmallIntegerField(
        _("votes par collectivité"),
        default=3,
        help_text=_(
            "Nombre de thèmes pour lesquels une collectivité peut voter ; 0 : sans limite."
        ),
    )
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldPanel("vote_limit"),
    ]

    class Meta:
        verbose_name = _("campagne de vote")
        verbose_name_plural = _("campagnes de vote")
        ordering = ["-opens_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")),
                name="campaign_closes_after_opening",
            )
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError(
                {"closes_at": _("La clôture des votes doit suivre leur ouverture.")}
            )

    def is_open(self, now=None):
        now = now or timezone.now()
        return self.opens_at <= now < self.closes_at

    @property
    def status(self):
        now = timezone.now()
        if now < self.opens_at:
            return self.Status.UPCOMING
        if now < self.closes_at:
            return self.Status.OPEN
        return self.Status.CLOSED


class ThemeProposal(index.Indexed, models.Model):
    """A theme a collectivité proposes for a future shared project; moderated by the ANCT
    before collectivités can vote for it."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Proposée, en attente de modération")
        APPROVED = "approved", _("Ouverte au vote")
        REJECTED = "rejected", _("Refusée")
        SELECTED = "selected", _("Retenue pour un projet partagé")

    title = models.CharField(_("thème proposé"), max_length=200)
    description = models.TextField(_("pourquoi ce thème"))
    theme = models.ForeignKey(
        "cms.Theme",
        verbose_name=_("thématique"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    local_authority = models.ForeignKey(
        "cms.LocalAuthority",
        verbose_name=_("collectivité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="theme_proposals",
        help_text=_("Vide pour un thème proposé par l'ANCT."),
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposé par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("statut"), max_length=20, choices=Status.choices, default=Status.SUBMITTED
    )
    moderation_comment = models.TextField(_("commentaire de modération"), blank=True)
    campaign = models.ForeignKey(
        VotingCampaign,
        verbose_name=_("campagne de vote"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="proposals",
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("modéré par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderated_at = models.DateTimeField(_("modéré le"), null=True, blank=True)
    shared_project = models.ForeignKey(
        "projects.SharedProjectPage",
        verbose_name=_("projet partagé issu du thème"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("proposé le"), auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("theme"), FieldPanel("local_authority")]),
        FieldPanel("campaign"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("shared_project")]),
        FieldPanel("moderation_comment"),
    ]
    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("proposition de thème")
        verbose_name_plural = _("propositions de thème")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title


class ThemeVote(models.Model):
    """A collectivité's vote for a proposed theme: one per collectivité and theme."""

    proposal = models.ForeignKey(
        ThemeProposal, verbose_name=_("thème"), on_delete=models.CASCADE, related_name="votes"
    )
    local_authority = models.ForeignKey(
        "cms.LocalAuthority",
        verbose_name=_("collectivité"),
        on_delete=models.CASCADE,
        related_name="theme_votes",
    )
    voter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("votant"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("voté le"), auto_now_add=True)

    class Meta:
        verbose_name = _("vote pour un thème")
        verbose_name_plural = _("votes pour un thème")
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "local_authority"], name="one_vote_per_authority"
            )
        ]

    def __str__(self):
        return f"{self.local_authority} → {self.proposal}"
