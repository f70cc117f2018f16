"""StreamField blocks shared by every page type.

Each block carries what an editor needs to write a complete piece of content and what a front end
needs to render it without guessing (alt text, credit, link target).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = [
    "h2",
    "h3",
    "h4",
    "bold",
    "italic",
    "ol",
    "ul",
    "link",
    "document-link",
    "blockquote",
]


class QuoteBlock(blocks.StructBlock):
    """A quotation with its author, e.g. an elected official or a resident."""

    quote = blocks.TextBlock(label=_("citation"))
    author = blocks.CharBlock(label=_("auteur ou autrice"), required=False, max_length=200)
    role = blocks.CharBlock(label=_("fonction"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Citation")


class ImageBlock(blocks.StructBlock):
    """An image with its caption and credit, as French law on authors' rights requires."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("texte alternatif"),
        required=False,
        max_length=250,
        help_text=_(
            "Décrit l'image pour les personnes qui ne la voient pas ; vide si elle est décorative."
        ),
    )
    caption = blocks.CharBlock(label=_("légende"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("crédit"), required=False, max_length=200)

    class Meta:
        icon = "image"
        label = _("Image")


class DocumentBlock(blocks.StructBlock):
    """A downloadable document (PDF, tableur…) with a title and a short description."""

    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("titre affiché"), required=False, max_length=200)
    description = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document")


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(
        label=_("chiffre"), max_length=30, help_text=_("ex. 100 000 €, 3 ans, 45 %")
    )
    label = blocks.CharBlock(label=_("intitulé"), max_length=200)
    source = blocks.CharBlock(label=_("source"), required=False, max_length=200)

    class Meta:
        icon = "order"
        label = _("Chiffre clé")


class KeyFiguresBlock(blocks.StructBlock):
    """A row of key figures (budget, number of participants, duration)."""

    title = blocks.CharBlock(label=_("titre"), required=False, max_length=200)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("chiffres"), min_num=1, max_num=6)

    class Meta:
        icon = "table"
        label = _("Chiffres clés")


class LinkTargetBlock(blocks.StructBlock):
    """Either an internal page or an external URL: exactly one of them."""

    page = blocks.PageChooserBlock(label=_("page du site"), required=False)
    url = blocks.URLBlock(label=_("adresse externe"), required=False)

    class Meta:
        required = True

    def clean(self, value):
        value = super().clean(value)
        empty = not value.get("page") and not value.get("url")
        if empty and not self.meta.required:
            return value
        if bool(value.get("page")) == bool(value.get("url")):
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Choisissez une page du site ou une adresse externe, pas les deux.")
                    )
                }
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    """An invitation to act: contribute, register, vote, download."""

    title = blocks.CharBlock(label=_("titre"), max_length=200)
    text = blocks.TextBlock(label=_("texte"), required=False)
    button_label = blocks.CharBlock(label=_("libellé du bouton"), max_length=80)
    link = LinkTargetBlock(label=_("lien"))

    class Meta:
        icon = "pick"
        label = _("Appel à l'action")


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=300)
    answer = blocks.RichTextBlock(label=_("réponse"), features=RICH_TEXT_FEATURES)


class FaqBlock(blocks.StructBlock):
    """Questions and answers, e.g. about how to enrol in a shared project."""

    title = blocks.CharBlock(label=_("titre"), required=False, max_length=200)
    items = blocks.ListBlock(FaqItemBlock(), label=_("questions"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Questions fréquentes")


class BodyStreamBlock(blocks.StreamBlock):
    """The body of every editorial page."""

    paragraph = blocks.RichTextBlock(label=_("Texte"), features=RICH_TEXT_FEATURES, icon="pilcrow")
    quote = QuoteBlock()
    image = ImageBlock()
    embed = EmbedBlock(label=_("Vidéo ou contenu intégré"), icon="media")
    document = DocumentBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()
    faq = FaqBlock()

    class Meta:
        label = _("Contenu")
