"""The sections of the resource base, and the page types they hold."""

from django.db import models
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


class InspirationSection(models.TextChoices):
    """What a section lists, so that a front end knows which listing to show."""

    THEMES = "themes", _("Thématiques d'inspiration")
    CONCEPTS = "concepts", _("Concepts")
    EXPERIENCES = "experiences", _("Expériences territoriales")
    RESOURCES = "resources", _("Ressources")
    EVENTS = "events", _("Agenda")
    NEWSLETTERS = "newsletters", _("Lettres d'information")


# The page type each section holds, used to infer the section of an existing page.
SECTION_PAGE_TYPES = {
    InspirationSection.THEMES: "inspirationthemepage",
    InspirationSection.CONCEPTS: "conceptpage",
    InspirationSection.EXPERIENCES: "experiencepage",
    InspirationSection.RESOURCES: "resourcepage",
    InspirationSection.EVENTS: "eventpage",
    InspirationSection.NEWSLETTERS: "newsletterpage",
}


class PlacedInSection:
    """A page of the resource base is created in the section that lists its kind (experiences
    under « Expériences territoriales », events under « Agenda »…), or in a section of no kind.
    So each section offers its own page type only, and a contributor, who may create experiences
    and resources, is never offered a type she could not create there."""

    @classmethod
    def can_create_at(cls, parent):
        if not super().can_create_at(parent):
            return False
        section = getattr(parent.specific, "section", "")
        return not section or SECTION_PAGE_TYPES.get(section) == cls._meta.model_name


class InspirationIndexPage(HeadlessPreviewMixin, Page):
    """A section of the resource base (themes, experiences, resources, agenda, newsletters).

    Its `section` tells front ends which listing to show (the experiences' faceted list, the
    agenda…); empty, the section is a plain list of its pages."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    section = models.CharField(
        _("nature de la rubrique"),
        max_length=20,
        choices=InspirationSection.choices,
        blank=True,
        help_text=_(
            "Ce que la rubrique présente sur le site : la liste affichée en dépend. "
            "Vide : la simple liste de ses pages."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("section"), FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = INSPIRATION_PAGE_TYPES

    @property
    def page_type_display_name(self):
        """The type the admin's listings show: « Rubrique Agenda », « Rubrique Expériences
        territoriales »… so that sections of one model read as distinct kinds."""
        if self.section:
            return f"Rubrique {self.get_section_display()}"
        return super().page_type_display_name

    class Meta:
        verbose_name = _("rubrique de ressources")
        verbose_name_plural = _("rubriques de ressources")
