"""Relay connections with `totalCount`, a capped page size and typed cursor errors."""

import base64

import graphene
from django.conf import settings

from cms.api import errors
from cms.api.errors import ApiError

CURSOR_PREFIX = "offset:"


def offset_to_cursor(offset):
    return base64.urlsafe_b64encode(f"{CURSOR_PREFIX}{offset}".encode()).decode()


def cursor_to_offset(cursor):
    try:
        decoded = base64.urlsafe_b64decode(cursor.encode()).decode()
        if not decoded.startswith(CURSOR_PREFIX):
            raise ValueError
        offset = int(decoded[len(CURSOR_PREFIX) :])
        if offset < 0:
            raise ValueError
        return offset
    except (ValueError, UnicodeError) as error:
        raise ApiError(
            "Curseur « after » invalide : reprenez celui d'une réponse précédente.",
            errors.BAD_USER_INPUT,
        ) from error


class CountableConnection(graphene.relay.Connection):
    class Meta:
        abstract = True

    total_count = graphene.Int(
        required=True, description="Nombre total d'éléments, toutes pages confondues."
    )

    def resolve_total_count(root, info):
        return root.length


def connection_for(node_type, name=None, description=None):
    """A connection type for `node_type`, named `<Node>Connection`; its edges and their nodes are
    never null (`edges: [XEdge!]!`, `node: X!`)."""
    meta = type(
        "Meta",
        (),
        {
            "node": node_type,
            "strict_types": True,
            "name": name or f"{node_type._meta.name}Connection",
            "description": description or f"Liste paginée de {node_type._meta.name}.",
        },
    )
    return type(meta.name, (CountableConnection,), {"Meta": meta})


class PageOrder(graphene.Enum):
    class Meta:
        description = "Ordre d'une liste de pages (par défaut : celui propre à chaque liste)."

    NEWEST = "newest"
    OLDEST = "oldest"
    TITLE = "title"


PAGE_ORDERINGS = {
    "newest": ("-first_published_at", "-pk"),
    "oldest": ("first_published_at", "pk"),
    "title": ("title", "pk"),
}


def check_length(name, value, limit):
    """Refuse an over-long string argument with a clear error rather than silently truncating it."""
    if value is not None and len(value) > limit:
        raise ApiError(
            f"« {name} » : {limit} caractères au plus ({len(value)} reçus).", errors.BAD_USER_INPUT
        )
    return value


def page_args(order=False):
    args = page_size_args()
    if order:
        args["order"] = graphene.Argument(PageOrder, description="Ordre de la liste.")
    return args


def page_size_args():
    return {
        "first": graphene.Int(
            description=f"Nombre d'éléments (par défaut {settings.GRAPHQL_DEFAULT_PAGE_SIZE}, au plus {settings.GRAPHQL_MAX_PAGE_SIZE})."
        ),
        "after": graphene.String(
            description="Curseur après lequel reprendre (`pageInfo.endCursor`)."
        ),
    }


def page_window(first=None, after=None):
    """(offset, size) of the page asked: `first` capped, `after` decoded; typed errors otherwise."""
    if first is None:
        first = settings.GRAPHQL_DEFAULT_PAGE_SIZE
    if after is not None:
        check_length("after", after, 100)
    if first < 0:
        raise ApiError("« first » ne peut pas être négatif.", errors.BAD_USER_INPUT)
    first = min(first, settings.GRAPHQL_MAX_PAGE_SIZE)
    offset = cursor_to_offset(after) + 1 if after else 0
    return offset, first


def build_connection(connection_type, items, offset, has_next, total=None):
    """The connection of `items`, the page found at `offset` (`total` for `totalCount`)."""
    edges = [
        connection_type.Edge(node=item, cursor=offset_to_cursor(offset + index))
        for index, item in enumerate(items)
    ]
    page_info = graphene.relay.PageInfo(
        start_cursor=edges[0].cursor if edges else None,
        end_cursor=edges[-1].cursor if edges else None,
        has_previous_page=offset > 0,
        has_next_page=has_next,
    )
    connection = connection_type(edges=edges, page_info=page_info)
    connection.length = total
    return connection


def paginate(connection_type, queryset, first=None, after=None, prepare=None, count=True):
    """Slice `queryset`, let `prepare(items)` batch-load what the selection needs, build the connection."""
    offset, first = page_window(first, after)
    # One row more than asked tells whether there is a next page without counting.
    items = list(queryset[offset : offset + first + 1])
    has_next = len(items) > first
    items = items[:first]
    total = queryset.count() if count else None
    if prepare and items:
        prepare(items)
    return build_connection(connection_type, items, offset, has_next, total)
