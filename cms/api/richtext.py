"""Rich text for front ends: internal links become front-end paths (with the page's global id), documents
and images become plain URLs; nothing points at the CMS's own page URLs."""

import graphene
import nh3
from django.utils.html import strip_tags
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.rich_text import RichText as WagtailRichText
from wagtail.rich_text.rewriters import EmbedRewriter, LinkRewriter

from cms.visibility import front_end_path, media_restricted, visible_pages


def _page_link(page, request):
    from cms.api.pages import PAGE_TYPES
    from cms.api.relay import encode

    graphql_type = PAGE_TYPES.get(page.specific_class)
    page_id = f' data-page-id="{encode(graphql_type._meta.name, page.pk)}"' if graphql_type else ""
    return f'<a href="{front_end_path(page, request)}"{page_id}>'


def _page_links(request):
    def bulk_rule(attrs_list):
        ids = {str(attrs.get("id")) for attrs in attrs_list if str(attrs.get("id", "")).isdigit()}
        pages = {str(page.pk): page for page in visible_pages().filter(pk__in=ids)} if ids else {}
        replacements = []
        for attrs in attrs_list:
            page = pages.get(str(attrs.get("id")))
            # A link to unpublished content must not reveal it.
            replacements.append(_page_link(page, request) if page else "<a>")
        return replacements

    return bulk_rule


def _document_link(attrs):
    # A document or an image in a restricted collection is not shown (as in every media field).
    document = (
        get_document_model().objects.filter(pk=attrs.get("id")).exclude(media_restricted()).first()
    )
    return f'<a href="{document.url}">' if document else "<a>"


def _image_embed(attrs):
    from django.utils.html import escape

    image = get_image_model().objects.filter(pk=attrs.get("id")).exclude(media_restricted()).first()
    if image is None:
        return ""
    rendition = image.get_rendition("max-1200x1200|format-webp")
    return (
        f'<img src="{rendition.url}" width="{rendition.width}" height="{rendition.height}" '
        f'alt="{escape(attrs.get("alt", ""))}">'
    )


ALLOWED_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "b",
    "strong",
    "i",
    "em",
    "ol",
    "ul",
    "li",
    "a",
    "blockquote",
    "img",
    "hr",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "data-page-id"}, "img": {"src", "width", "height", "alt"}}


def render_rich_text(html, request):
    """The front end's HTML: links resolved, and only harmless tags and attributes kept, whatever
    reached the database (an import, an API submission) — the admin editor is not the only writer."""
    if not html:
        return ""
    html = LinkRewriter(
        rules={"document": _document_link}, bulk_rules={"page": _page_links(request)}
    )(html)
    html = EmbedRewriter(rules={"image": _image_embed, "media": lambda attrs: ""})(html)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel=None,
    )


class RichTextType(graphene.ObjectType):
    class Meta:
        name = "RichText"
        description = "Texte riche : HTML prêt à afficher (liens internes en chemins du front end) et texte brut."

    html = graphene.String(required=True, description="HTML nettoyé, liens internes résolus.")
    text = graphene.String(required=True, description="Le même contenu sans balises.")

    def resolve_html(root, info):
        return render_rich_text(root, info.context)

    def resolve_text(root, info):
        return strip_tags(root).strip()


def rich_text_source(value):
    """The stored HTML of a RichTextField value or a RichTextBlock value."""
    if value is None:
        return ""
    if isinstance(value, WagtailRichText):
        return value.source
    return str(value)
