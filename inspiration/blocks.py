"""Blocks of the monthly newsletter: one block per editorial section of an edition."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from cms.blocks import RICH_TEXT_FEATURES, CallToActionBlock, LinkTargetBlock


class ConceptOfTheMonthBlock(blocks.StructBlock):
    """« Le concept du mois »: a short introduction to a concept of democratic theory."""

    concept = blocks.PageChooserBlock(label=_("concept"), page_type="inspiration.ConceptPage")
    text = blocks.RichTextBlock(label=_("présentation"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "pick"
        label = _("Concept du mois")


class ThemeOfTheMonthBlock(blocks.StructBlock):
    """« Thématique du mois »: the inspiration theme and its principle."""

    theme = blocks.PageChooserBlock(
        label=_("thématique d'inspiration"), page_type="inspiration.InspirationThemePage"
    )
    text = blocks.RichTextBlock(label=_("présentation"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "tag"
        label = _("Thématique du mois")


class FeaturedPagesBlock(blocks.StructBlock):
    """Experiences, resources or shared projects highlighted in the edition."""

    title = blocks.CharBlock(label=_("titre de la rubrique"), max_length=200)
    intro = blocks.TextBlock(label=_("chapeau"), required=False)
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(
            page_type=[
                "inspiration.ExperiencePage",
                "inspiration.ResourcePage",
                "projects.SharedProjectPage",
            ]
        ),
        label=_("pages"),
        min_num=1,
    )

    class Meta:
        icon = "list-ul"
        label = _("Projets et expériences")


class NewsItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"), max_length=200)
    text = blocks.RichTextBlock(label=_("texte"), features=RICH_TEXT_FEATURES)
    image = ImageChooserBlock(label=_("image"), required=False)
    link = LinkTargetBlock(label=_("lien"), required=False)
    link_label = blocks.CharBlock(label=_("libellé du lien"), required=False, max_length=80)


class EcosystemNewsBlock(blocks.StructBlock):
    """« Actualités de l'écosystème »."""

    title = blocks.CharBlock(
        label=_("titre de la rubrique"), max_length=200, default=_("Actualités de l'écosystème")
    )
    items = blocks.ListBlock(NewsItemBlock(), label=_("actualités"), min_num=1)

    class Meta:
        icon = "globe"
        label = _("Actualités de l'écosystème")


class AgendaBlock(blocks.StructBlock):
    """« À vos agendas ! »: the coming events."""

    title = blocks.CharBlock(
        label=_("titre de la rubrique"), max_length=200, default=_("À vos agendas !")
    )
    events = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="inspiration.EventPage"), label=_("événements"), min_num=1
    )

    class Meta:
        icon = "date"
        label = _("Agenda")


class NextThemeCallBlock(blocks.StructBlock):
    """« Contribuez à la prochaine thématique »: the call for contributions."""

    next_theme = blocks.CharBlock(label=_("prochaine thématique"), max_length=200)
    month = blocks.DateBlock(label=_("mois de publication"), required=False)
    text = blocks.RichTextBlock(label=_("texte"), features=RICH_TEXT_FEATURES)
    call_to_action = CallToActionBlock(label=_("appel à contribution"), required=False)

    class Meta:
        icon = "mail"
        label = _("Appel à contributions")


class NewsletterSectionsBlock(blocks.StreamBlock):
    intro = blocks.RichTextBlock(label=_("Éditorial"), features=RICH_TEXT_FEATURES, icon="pilcrow")
    concept_of_the_month = ConceptOfTheMonthBlock()
    theme_of_the_month = ThemeOfTheMonthBlock()
    featured_pages = FeaturedPagesBlock()
    ecosystem_news = EcosystemNewsBlock()
    agenda = AgendaBlock()
    next_theme_call = NextThemeCallBlock()
    call_to_action = CallToActionBlock()
