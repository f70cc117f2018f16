"""The theme of the month and the pages it features."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessPreviewMixin

from cms.blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from cms.models import ClassifiedContent
from inspiration.models.index import PlacedInSection
from inspiration.models.months import first_of_month


class InspirationThemePage(PlacedInSection, HeadlessPreviewMixin, ClassifiedContent, Page):
    """The theme of the month: a principle, and the experiences, resources and events that embody it.

    It ends with the call for contributions to next month's theme, so that collectivités can send
    their projects in advance.
    """

    month = models.DateField(
        _("mois"), help_text=_("Le mois où la thématique est mise en avant (le jour est ignoré).")
    )
    summary = models.TextField(_("résumé"), max_length=600)
    principle = models.TextField(
        _("principe"), help_text=_("Le principe de la thématique, en une ou deux phrases.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("contenu"), blank=True)
    next_theme_title = models.CharField(_("prochaine thématique"), max_length=200, blank=True)
    next_theme_month = models.DateField(_("mois de la prochaine thématique"), null=True, blank=True)
    call_for_contributions = RichTextField(
        _("appel à contributions"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Invite les collectivités à partager leurs projets sur la prochaine thématique."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("month"), FieldPanel("image")]),
        FieldPanel("summary"),
        FieldPanel("principle"),
        FieldPanel("body"),
        InlinePanel(
            "featured_experiences", heading=_("Expériences mises en avant"), label=_("expérience")
        ),
        InlinePanel(
            "featured_resources", heading=_("Ressources mises en avant"), label=_("ressource")
        ),
        InlinePanel("featured_events", heading=_("Événements mis en avant"), label=_("événement")),
        MultiFieldPanel(
            [
                FieldPanel("next_theme_title"),
                FieldPanel("next_theme_month"),
                FieldPanel("call_for_contributions"),
            ],
            heading=_("Prochaine thématique"),
        ),
        *ClassifiedContent.classification_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("principle", boost=2),
        index.SearchField("body"),
        index.FilterField("month"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    parent_page_types = ["inspiration.InspirationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("thématique d'inspiration")
        verbose_name_plural = _("thématiques d'inspiration")

    def clean(self):
        super().clean()
        self.month = first_of_month(self.month)
        self.next_theme_month = first_of_month(self.next_theme_month)
        if self.month and self.next_theme_month and self.next_theme_month <= self.month:
            raise ValidationError(
                {"next_theme_month": _("La prochaine thématique vient après le mois de celle-ci.")}
            )
        if self.month:
            clash = (
                InspirationThemePage.objects.filter(month=self.month).exclude(pk=self.pk).first()
            )
            if clash:
                raise ValidationError(
                    {
                        "month": _("« %(title)s » est déjà la thématique de ce mois.")
                        % {"title": clash.title}
                    }
                )


class FeaturedPageLink(Orderable):
    class Meta(Orderable.Meta):
        abstract = True


class InspirationThemeExperience(FeaturedPageLink):
    theme_page = ParentalKey(
        InspirationThemePage, on_delete=models.CASCADE, related_name="featured_experiences"
    )
    page = models.ForeignKey(
        "inspiration.ExperiencePage",
        verbose_name=_("expérience"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [PageChooserPanel("page")]


class InspirationThemeResource(FeaturedPageLink):
    theme_page = ParentalKey(
        InspirationThemePage, on_delete=models.CASCADE, related_name="featured_resources"
    )
    page = models.ForeignKey(
        "inspiration.ResourcePage",
        verbose_name=_("ressource"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [PageChooserPanel("page")]


class InspirationThemeEvent(FeaturedPageLink):
    theme_page = ParentalKey(
        InspirationThemePage, on_delete=models.CASCADE, related_name="featured_events"
    )
    page = models.ForeignKey(
        "inspiration.EventPage",
        verbose_name=_("événement"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [PageChooserPanel("page")]
