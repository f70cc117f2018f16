"""Concepts of democratic theory, such as Arnstein's ladder and its levels."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessPreviewMixin

from cms.blocks import BodyStreamBlock
from cms.models import ClassifiedContent
from inspiration.models.index import PlacedInSection


class ConceptPage(PlacedInSection, HeadlessPreviewMixin, ClassifiedContent, Page):
    """A concept of democratic theory, introduced in a few lines (e.g. Arnstein's ladder)."""

    summary = models.TextField(_("résumé"), max_length=600)
    author = models.CharField(_("auteur ou autrice du concept"), max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(
        _("année de publication"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1500), MaxValueValidator(2100)],
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("contenu"), blank=True)
    further_reading_url = models.URLField(_("pour aller plus loin"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("author"), FieldPanel("year")]),
        FieldPanel("body"),
        InlinePanel("levels", heading=_("Niveaux ou composantes"), label=_("niveau")),
        FieldPanel("further_reading_url"),
        *ClassifiedContent.classification_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("author"),
        index.SearchField("body"),
        index.RelatedFields(
            "levels", [index.SearchField("name"), index.SearchField("description")]
        ),
    ]

    parent_page_types = ["inspiration.InspirationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("concept")
        verbose_name_plural = _("concepts")


class ConceptLevel(Orderable):
    """One rung of a scale (Arnstein's eight levels) or one component of a concept."""

    concept = ParentalKey(ConceptPage, on_delete=models.CASCADE, related_name="levels")
    rank = models.PositiveSmallIntegerField(
        _("rang"), validators=[MinValueValidator(1), MaxValueValidator(20)]
    )
    name = models.CharField(_("nom"), max_length=150)
    group = models.CharField(
        _("groupe"), max_length=150, blank=True, help_text=_("ex. « Non-participation »")
    )
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("rank"), FieldPanel("name"), FieldPanel("group")]),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("niveau")
        verbose_name_plural = _("niveaux")
