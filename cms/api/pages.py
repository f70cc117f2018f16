"""The `Page` interface shared by every page type, and the page registry used to resolve types."""

import os

import graphene
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber, Substr
from wagtail.models import Page

from cms.api.limits import declare_list_bound
from cms.api.pagination import (
    PAGE_ORDERINGS,
    build_connection,
    connection_for,
    page_size_args,
    page_window,
    paginate,
)
from cms.api.relay import Node
from cms.api.selection import selected_paths
from cms.visibility import front_end_path, front_end_url, visible_page, visible_pages

PAGE_TYPES = {}

# Our page types nest a few levels deep (home, section, page, sub-page); the bound makes the
# cost estimate of `ancestors` true whatever an editor builds.
MAX_ANCESTORS = 8

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
        interfaces = (Node,)

    id = Node._meta.fields["id"]
    pk = graphene.Int(
        required=True,
        description=(
            "Numéro de la page dans l'administration de Wagtail (liens « Modifier » vers "
            "/admin/pages/<pk>/edit/). Pour désigner la page dans l'API, utilisez `id`."
        ),
    )
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
    children = graphene.Field(
        graphene.NonNull(lambda: PageConnection),  # type: ignore[has-type]  # defined below, after the interface it lists
        description="Sous-pages publiées, dans l'ordre de l'arborescence (paginées).",
        **page_size_args(),
    )

    @classmethod
    def resolve_type(cls, instance, info):
        return PAGE_TYPES.get(type(instance))


# What every page type implements: an object type lists the interfaces of its interfaces too.
PAGE_INTERFACES = (Node, PageInterface)


class PageFields:
    """Resolvers of the Page interface, mixed into every page type."""

    @staticmethod
    def resolve_id(root, info):
        return root.pk

    @staticmethod
    def resolve_pk(root, info):
        return root.pk

    @classmethod
    def get_node(cls, info, pk):
        return visible_page_of_type(info, cls, pk)

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
    def resolve_children(root, info, first=None, after=None):
        offset, size = page_window(first, after)
        if root.pk is None:
            return build_connection(PageConnection, [], offset, False, 0)
        window = (offset, size, "totalCount" in selected_paths(info))
        loaded = getattr(root, "_api_children", None)
        if loaded is None or window not in loaded:
            load_children(getattr(root, "_api_siblings", None) or [root], *window)
        items, has_next, total = root._api_children[window]
        return build_connection(PageConnection, items, offset, has_next, total)


PageConnection = connection_for(
    PageInterface, name="PageConnection", description="Liste paginée de pages."
)
declare_list_bound("Page", "ancestors", MAX_ANCESTORS)


def _ancestor_paths(page):
    # The nearest MAX_ANCESTORS, from the root of the site down.
    return [
        page.path[: Page.steplen * depth]
        for depth in range(max(1, page.depth - MAX_ANCESTORS), page.depth)
    ]


def load_children(parents, offset, size, count):
    """One page of children for each of `parents`, in one query (and one more for `count`).

    The pages of a list resolve their `children` together: the first to be asked loads them all,
    so that the number of queries does not grow with the list (nor, level by level, with the tree).
    """
    paths = [page.path for page in parents]
    depths = {page.depth + 1 for page in parents}
    candidates = (
        visible_pages()
        .filter(path__startswith=os.path.commonprefix(paths), depth__in=depths)
        .annotate(parent_path=Substr("path", 1, (F("depth") - 1) * Page.steplen))
        .filter(parent_path__in=paths)
    )
    rows = list(
        candidates.annotate(
            position=Window(RowNumber(), partition_by=[F("parent_path")], order_by=F("path").asc())
        )
        .filter(position__gt=offset, position__lte=offset + size + 1)
        .order_by("path")
        .specific()
    )
    totals = (
        dict(candidates.order_by().values_list("parent_path").annotate(n=Count("pk")))
        if count
        else {}
    )
    by_parent = {}
    for child in rows:
        by_parent.setdefault(child.path[: -Page.steplen], []).append(child)
    every_child = []
    for page in parents:
        children = by_parent.get(page.path, [])
        every_child.extend(children[:size])
        if not hasattr(page, "_api_children"):
            page._api_children = {}
        page._api_children[(offset, size, count)] = (
            children[:size],
            len(children) > size,
            totals.get(page.path, 0) if count else None,
        )
    for child in every_child:
        child._api_siblings = every_child


def _site_pages(queryset):
    # The tree's root (depth 1) is not content.
    return queryset.filter(depth__gt=1)


def attach_tree(pages, paths):
    """Batch-load parent and ancestors of a list of pages (one query for both), if selected;
    children are loaded together, page by page of children, when first asked."""
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
        for page in pages:
            page._api_siblings = pages  # loaded together by the first asked (load_children)


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
    rest = [lookup for lookup in lookups if not load_child_rows(pages, lookup, lookups)]
    if rest:
        prefetch_related_objects(pages, *rest)


def _child_relation(pages, lookup, lookups):
    """(descriptor, queryset or None) when `lookup` loads one level of a modelcluster child
    relation (a ParentalKey's inline rows) of pages of one model, with nothing prefetched under
    it; None otherwise."""
    from django.db.models import Prefetch
    from modelcluster.fields import ChildObjectsDescriptor

    if isinstance(lookup, Prefetch):
        if lookup.to_attr:
            return None
        name, queryset = lookup.prefetch_through, lookup.queryset
    else:
        name, queryset = lookup, None
    if not isinstance(name, str) or "__" in name:
        return None
    if any(getattr(o, "prefetch_through", o).startswith(f"{name}__") for o in lookups):
        return None
    models = {type(page) for page in pages}
    if len(models) != 1:
        return None
    descriptor = getattr(models.pop(), name, None)
    if not isinstance(descriptor, ChildObjectsDescriptor):
        return None
    return descriptor, queryset


def load_child_rows(pages, lookup, lookups):
    """The rows of a modelcluster child relation of `pages` in one query, as `prefetch_related`
    loads them (the same query, the same order), without the related manager and queryset it
    builds for each page: most of the prefetch time of a list. True when done, False to leave the
    lookup to `prefetch_related`.

    modelcluster's managers read the database, not the prefetch cache: the rows are read from
    `_prefetched_objects_cache` (inspiration.schema.types.prefetched), here a modelcluster
    FakeQuerySet, as a deferred child relation is.
    """
    from django.db import router
    from modelcluster.queryset import FakeQuerySet

    relation = _child_relation(pages, lookup, lookups)
    if relation is None:
        return False
    descriptor, queryset = relation
    rel_field = descriptor.rel.field
    model = rel_field.model
    cache_name = rel_field.related_query_name()
    pending = [p for p in pages if cache_name not in getattr(p, "_prefetched_objects_cache", {})]
    if not pending:
        return True
    if queryset is None:
        queryset = model._default_manager.get_queryset().using(
            router.db_for_read(model, instance=pending[0])
        )
    by_key = {rel_field.get_foreign_related_value(page): page for page in pending}
    rows = {key: [] for key in by_key}
    for row in queryset.filter(**{f"{rel_field.name}__in": pending}):
        key = rel_field.get_local_related_value(row)
        setattr(row, rel_field.name, by_key[key])
        rows[key].append(row)
    for key, page in by_key.items():
        if not hasattr(page, "_prefetched_objects_cache"):
            page._prefetched_objects_cache = {}
        page._prefetched_objects_cache[cache_name] = FakeQuerySet(model, rows[key])
    return True


class PagePart:
    """Mixed into the type of a page's inline rows (a stage, an action…): such a row is a node,
    visible when its page is. `PAGE_FIELD` names the row's key to its page."""

    PAGE_FIELD = "page"

    @classmethod
    def get_node(cls, info, pk):
        model = cls._meta.model
        page_model = model._meta.get_field(cls.PAGE_FIELD).related_model
        return model.objects.filter(
            pk=pk, **{f"{cls.PAGE_FIELD}__in": visible_pages(page_model).values("pk")}
        ).first()


def page_type_named(type_name):
    """The page type whose GraphQL name is `type_name`, or None."""
    return next((t for t in PAGE_TYPES.values() if t._meta.name == type_name), None)


def visible_page_of_type(info, graphql_type, pk):
    """The page `pk` if it is visible and of `graphql_type`, with what the selection asks for
    loaded as in lists (one query per relation selected), else None."""
    model = graphql_type._meta.model
    page = visible_page(model).filter(pk=pk, depth__gt=1).first()
    if page is None or type(page) is not model:
        return None
    prepare_pages([page], selected_paths(info), getattr(graphql_type, "PREFETCHES", {}))
    return page


def node_paths(info, under="edges.node"):
    return selected_paths(info, under)


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
