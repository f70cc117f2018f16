"""The home page, root of the site's tree."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessPreviewMixin

from cms.blocks import BodyStreamBlock


class HomePage(HeadlessPreviewMixin, Page):
    """The platform's entrance: what Territoires en commun offers and where to start."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BodyStreamBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    # No `subpage_types`: the sections declare themselves with `parent_page_types =
    # ["cms.HomePage"]`, so the core names no content app.
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("page d'accueil")
        verbose_name_plural = _("pages d'accueil")

    @classmethod
    def clean_subpage_models(cls):
        """Every page type, as without `subpage_types`, except Wagtail's base `Page`, which is no
        section (pinned by tests/cms/test_page_types.py: Wagtail has no setting for this)."""
        return [model for model in super().clean_subpage_models() if model is not Page]
