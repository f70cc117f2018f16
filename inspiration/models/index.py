"""The sections of the resource base, and the page types they hold."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessPreviewMixin

from cms.blocks import RICH_TEXT_FEATURES

INSPIRATION_PAGE_TYPES = [
    "inspiration.InspirationThemePage",
    "inspiration.ConceptPage",
    "inspiration.ExperiencePage",
    "inspiration.ResourcePage",
    "inspiration.EventPage",
    "inspiration.NewsletterPage",
]


class InspirationIndexPage(HeadlessPreviewMixin, Page):
    """A section of the resource base (themes, experiences, resources, agenda, newsletters)."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = INSPIRATION_PAGE_TYPES

    class Meta:
        verbose_name = _("rubrique de ressources")
        verbose_name_plural = _("rubriques de ressources")
