"""The journal (journal de bord) of a shared project, and the weekly digests sent from it."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessPreviewMixin

from cms.blocks import BodyStreamBlock
from projects.models.children import ProjectChildPageForm, parent_project
from projects.models.shared_projects import SharedProjectStage


class JournalEntryPage(HeadlessPreviewMixin, Page):
    """An entry of the project's logbook, tied to a stage: what happened, what was learnt."""

    date = models.DateField(_("date"), default=timezone.localdate)
    stage = models.ForeignKey(
        SharedProjectStage,
        verbose_name=_("étape"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="journal_entries",
    )
    author_authority = models.ForeignKey(
        "cms.LocalAuthority",
        verbose_name=_("collectivité autrice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Vide pour une entrée de l'équipe d'experts ou de l'ANCT."),
    )
    summary = models.TextField(_("résumé"), max_length=600)
    body = StreamField(BodyStreamBlock(), verbose_name=_("contenu"), blank=True)

    base_form_class = ProjectChildPageForm
    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("stage")]),
        FieldPanel("author_authority"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["projects.SharedProjectPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("entrée du journal de bord")
        verbose_name_plural = _("journal de bord")

    def clean(self):
        super().clean()
        parent = parent_project(self)
        if self.stage_id and parent and self.stage.project_id != parent.pk:
            raise ValidationError({"stage": _("Cette étape appartient à un autre projet partagé.")})


class JournalDigest(models.Model):
    """One weekly e-mail digest of journal entries sent to one person: recorded so that
    `send_digests` never sends the same week twice."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("destinataire"),
        on_delete=models.CASCADE,
        related_name="journal_digests",
    )
    week_start = models.DateField(_("semaine du"))
    sent_at = models.DateTimeField(_("envoyé le"), auto_now_add=True)
    entries = models.ManyToManyField(
        JournalEntryPage, verbose_name=_("entrées"), blank=True, related_name="+"
    )
    entry_count = models.PositiveIntegerField(_("nombre d'entrées"), default=0)

    class Meta:
        verbose_name = _("lettre hebdomadaire du journal de bord")
        verbose_name_plural = _("lettres hebdomadaires du journal de bord")
        ordering = ["-week_start", "recipient_id"]
        constraints = [
            models.UniqueConstraint(fields=["recipient", "week_start"], name="one_digest_per_week")
        ]

    def __str__(self):
        return f"{self.recipient} — {self.week_start:%d/%m/%Y}"
