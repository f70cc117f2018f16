"""The monthly newsletter."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessPreviewMixin

from inspiration.blocks import NewsletterSectionsBlock
from inspiration.models.index import PlacedInSection
from inspiration.models.months import first_of_month


class NewsletterPage(PlacedInSection, HeadlessPreviewMixin, Page):
    """The monthly newsletter: concept of the month, theme of the month, projects, ecosystem news,
    agenda, and the call for the next theme."""

    edition_number = models.PositiveIntegerField(_("numéro"), validators=[MinValueValidator(1)])
    edition_month = models.DateField(_("mois de l'édition"))
    summary = models.TextField(_("résumé"), max_length=600, blank=True)
    sections = StreamField(NewsletterSectionsBlock(), verbose_name=_("rubriques"))

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("edition_number"), FieldPanel("edition_month")]),
        FieldPanel("summary"),
        FieldPanel("sections"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("sections"),
        index.FilterField("edition_month"),
    ]

    parent_page_types = ["inspiration.InspirationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lettre d'information")
        verbose_name_plural = _("lettres d'information")

    def clean(self):
        super().clean()
        self.edition_month = first_of_month(self.edition_month)
        if self.edition_number:
            clash = (
                NewsletterPage.objects.filter(edition_number=self.edition_number)
                .exclude(pk=self.pk)
                .first()
            )
            if clash:
                raise ValidationError(
                    {
                        "edition_number": _("Ce numéro est déjà celui de « %(title)s ».")
                        % {"title": clash.title}
                    }
                )
