"""The `Page` interface shared by every page type, and the page registry used to resolve types."""

import graphene
from django.db.models import Prefetch, Q
from wagtail.models import Page

from cms.api.selection import selected_paths
from cms.visibility import front_end_path, front_end_url, visible_pages

PAGE_TYPES = {}

# Model fields every page type exposes (the rest of the Page interface is resolved below).
PAGE_MODEL_FIELDS = (
    "id",
    "title",
    "slug",
    "seo_title",
    "search_description",
    "first_published_at",
    "last_published_at",
)


def register_page_type(model):
    def decorator(graphql_type):
        PAGE_TYPES[model] = graphql_type
        return graphql_type

    return decorator


class PageInterface(graphene.Interface):
    class Meta:
        name = "Page"
        description = "Champs communs à toutes les pages publiées."

    id = graphene.ID(required=True, description="Identifiant de la page.")
    title = graphene.String(required=True, description="Titre.")
    slug = graphene.String(required=True, description="Segment d'adresse.")
    url_path = graphene.String(
        required=True, description="Chemin sur le front end, depuis la racine du site."
    )
    url = graphene.String(required=True, description="Adresse complète sur le front end.")
    content_type = graphene.String(
        required=True, description="Type de page, ex. « inspiration.ExperiencePage »."
    )
    seo_title = graphene.String(
        required=True, description="Titre pour les moteurs de recherche (ou le titre)."
    )
    search_description = graphene.String(
        required=True, description="Description pour les moteurs de recherche."
    )
    first_published_at = graphene.DateTime(description="Première publication.")
    last_published_at = graphene.DateTime(description="Dernière publication.")
    parent = graphene.Field(lambda: PageInterface, description="Page parente, si elle est publiée.")
    ancestors = graphene.List(
        graphene.NonNull(lambda: PageInterface),
        required=True,
        description="Pages parentes publiées, de la racine du site à la parente.",
    )
    children = graphene.List(
        graphene.NonNull(lambda: PageInterface), required=True, description="Sous-pages publiées."
    )

    @classmethod
    def resolve_type(cls, instance, info):
        return PAGE_TYPES.get(type(instance))


class PageFields:
    """Resolvers of the Page interface, mixed into every page type."""

    @staticmethod
    def resolve_id(root, info):
        return root.pk

    @staticmethod
    def resolve_url_path(root, info):
        return front_end_path(root, info.context)

    @staticmethod
    def resolve_url(root, info):
        return front_end_url(root, info.context)

    @staticmethod
    def resolve_content_type(root, info):
        return f"{root._meta.app_label}.{type(root).__name__}"

    @staticmethod
    def resolve_seo_title(root, info):
        return root.seo_title or root.title

    @staticmethod
    def resolve_parent(root, info):
        if hasattr(root, "_api_parent"):
            return root._api_parent
        return (
            _site_pages(visible_pages().filter(path=root.path[: -Page.steplen])).specific().first()
        )

    @staticmethod
    def resolve_ancestors(root, info):
        if hasattr(root, "_api_ancestors"):
            return root._api_ancestors
        paths = _ancestor_paths(root)
        return list(
            _site_pages(visible_pages().filter(path__in=paths)).specific().order_by("depth")
        )

    @staticmethod
    def resolve_children(root, info):
        if hasattr(root, "_api_children"):
            return root._api_children
        if root.pk is None:
            return []
        return list(visible_pages().child_of(root).specific().order_by("path"))


def _ancestor_paths(page):
    return [page.path[: Page.steplen * depth] for depth in range(1, page.depth)]


def _site_pages(queryset):
    # The tree's root (depth 1) is not content.
    return queryset.filter(depth__gt=1)


def attach_tree(pages, paths):
    """Batch-load parent, ancestors and children of a list of pages (one query each), if selected."""
    if "parent" in paths or "ancestors" in paths:
        wanted = set()
        for page in pages:
            wanted.update(_ancestor_paths(page))
        found = (
            {p.path: p for p in _site_pages(visible_pages().filter(path__in=wanted)).specific()}
            if wanted
            else {}
        )
        for page in pages:
            page._api_parent = found.get(page.path[: -Page.steplen])
            page._api_ancestors = [found[p] for p in _ancestor_paths(page) if p in found]
    if "children" in paths:
        condition = Q()
        for page in pages:
            condition |= Q(path__startswith=page.path, depth=page.depth + 1)
        children = (
            list(visible_pages().filter(condition).specific().order_by("path")) if pages else []
        )
        for page in pages:
            page._api_children = [c for c in children if c.path.startswith(page.path)]


def prepare_pages(pages, paths, prefetches=None):
    """Everything a list of pages needs for the selected `paths`, in a constant number of queries.

    `prefetches` maps a GraphQL field name to Django prefetch lookups.
    """
    from django.db.models import prefetch_related_objects

    attach_tree(pages, paths)
    lookups, seen = [], set()
    for field, field_lookups in (prefetches or {}).items():
        if field in paths:
            for lookup in field_lookups:
                key = getattr(lookup, "prefetch_to", lookup)
                if key not in seen:
                    seen.add(key)
                    lookups.append(lookup)
    if lookups:
        prefetch_related_objects(pages, *lookups)


def node_paths(info, under="edges.node"):
    return selected_paths(info, under)


def image_prefetch(field="image"):
    from wagtail.images import get_image_model

    return [Prefetch(field, queryset=get_image_model().objects.prefetch_renditions())]


def defer_unselected_streams(queryset, paths):
    """StreamFields are the largest columns and each costs a JSON parse: load the selected only."""
    from graphene.utils.str_converters import to_camel_case
    from wagtail.fields import StreamField

    selected = {path.split(".", 1)[0] for path in paths}
    unselected = [
        field.name
        for field in queryset.model._meta.concrete_fields
        if isinstance(field, StreamField) and to_camel_case(field.name) not in selected
    ]
    return queryset.defer(*unselected) if unselected else queryset


def resolve_page_connection(
    info, connection_type, queryset, graphql_type, first=None, after=None, order=None
):
    """Paginate a page queryset, then batch-load what the selection asks for its nodes."""
    from cms.api.pagination import PAGE_ORDERINGS, paginate

    if order is not None:
        queryset = queryset.order_by(*PAGE_ORDERINGS[getattr(order, "value", order)])

    paths = node_paths(info)
    queryset = defer_unselected_streams(queryset, paths)
    return paginate(
        connection_type,
        queryset,
        first=first,
        after=after,
        prepare=lambda items: prepare_pages(items, paths, getattr(graphql_type, "PREFETCHES", {})),
        count="totalCount" in selected_paths(info),
    )
