"""Small helpers shared by the app schemas."""

import graphene

from cms.api.richtext import RichTextType, rich_text_source


def rich_text(attribute, description):
    field = graphene.Field(graphene.NonNull(RichTextType), description=description)

    def resolver(root, info):
        return rich_text_source(getattr(root, attribute))

    return field, staticmethod(resolver)


def related_list(graphql_type, attribute, description):
    """A non-null list over a (prefetchable) related manager."""
    field = graphene.List(graphene.NonNull(graphql_type), required=True, description=description)

    def resolver(root, info):
        return list(getattr(root, attribute).all())

    return field, staticmethod(resolver)


def visible_related_pages(links, attribute="page"):
    """Pages reached through inline links, only those live and public."""
    pages = [getattr(link, attribute) for link in links]
    return [
        page
        for page in pages
        if page is not None and page.live and not getattr(page, "_api_hidden", False)
    ]
