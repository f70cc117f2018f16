"""Root query fields shared by every front end: any page, vocabularies, collectivités."""

import graphene
from django.apps import apps
from django.core.signing import BadSignature

from cms.api import errors, relay
from cms.api.errors import ApiError
from cms.api.pages import (
    PAGE_TYPES,
    PageConnection,
    PageInterface,
    page_type_named,
    prepare_pages,
    resolve_page_connection,
    visible_page_of_type,
)
from cms.api.pagination import check_length, connection_for, page_args, paginate
from cms.api.selection import selected_paths
from cms.models import LocalAuthority, TerritoryType, Theme
from cms.schema.site import SiteQuery
from cms.schema.types import (
    LocalAuthorityKindEnum,
    LocalAuthorityType,
    TerritoryTypeType,
    ThemeType,
)
from cms.visibility import page_by_front_end_path, visible_pages

LocalAuthorityConnection = connection_for(LocalAuthorityType)
MAX_SEARCH_LENGTH = 100


PREVIEW_MAX_AGE = 24 * 3600


def page_from_preview_token(token, request):
    """The draft a preview token was issued for, or None. Opens that one page only."""
    from wagtail_headless_preview.models import HeadlessPreviewMixin, PagePreview

    try:
        HeadlessPreviewMixin.get_preview_signer().unsign(token[:500], max_age=PREVIEW_MAX_AGE)
        preview = PagePreview.objects.get(token=token)
    except (BadSignature, PagePreview.DoesNotExist):
        return None
    # A draft is personal: never let a shared cache keep it.
    request.api_private = True
    page = preview.as_page()
    return page if type(page) in PAGE_TYPES else None


class Query(SiteQuery, graphene.ObjectType):
    page = graphene.Field(
        PageInterface,
        id=graphene.ID(description="Identifiant global (`id`) d'une page, de tout type."),
        url_path=graphene.String(
            description="Chemin sur le front end, ex. « /experiences/sene/ »."
        ),
        preview_token=graphene.String(
            description="Jeton d'aperçu d'un brouillon, fourni par l'admin."
        ),
        description=(
            "Une page publiée par identifiant global ou chemin ; avec un jeton d'aperçu valide, le "
            "brouillon de cette page. Un identifiant global d'un autre type qu'une page : erreur "
            "INVALID_ID."
        ),
    )
    pages = graphene.Field(
        graphene.NonNull(PageConnection),
        content_type=graphene.String(
            description="Type de page, ex. « inspiration.ExperiencePage »."
        ),
        **page_args(),
        description="Toutes les pages publiées, dans l'ordre de l'arborescence.",
    )
    themes = graphene.List(
        graphene.NonNull(ThemeType), required=True, description="Toutes les thématiques."
    )
    territory_types = graphene.List(
        graphene.NonNull(TerritoryTypeType),
        required=True,
        description="Tous les types de territoire.",
    )
    local_authorities = graphene.Field(
        graphene.NonNull(LocalAuthorityConnection),
        search=graphene.String(description="Début ou partie du nom, ou code officiel."),
        kind=graphene.Argument(LocalAuthorityKindEnum, description="Nature de collectivité."),
        **page_args(),
        description="Collectivités, par nom.",
    )

    def resolve_page(root, info, id=None, url_path=None, preview_token=None):
        check_length("urlPath", url_path, 500)
        check_length("previewToken", preview_token, 500)
        pk = None
        if id is not None:
            pk = relay.query_pk(id, PAGE_TYPES.values(), "id", "d'une page")
        if preview_token:
            page = page_from_preview_token(preview_token, info.context)
            if page is None or (pk is not None and page.pk != pk):
                return None
            return page
        if pk is not None:
            graphql_type = page_type_named(relay.decode(id)[0])
            return visible_page_of_type(info, graphql_type, pk)
        if url_path is None:
            raise ApiError(
                "Indiquez « id », « urlPath » ou « previewToken ».", errors.BAD_USER_INPUT
            )
        page = page_by_front_end_path(url_path, info.context)
        page = page.specific if page else None
        if page is None or type(page) not in PAGE_TYPES:
            return None
        # As in lists: one query per relation selected, whatever the page holds.
        prepare_pages(
            [page], selected_paths(info), getattr(PAGE_TYPES[type(page)], "PREFETCHES", {})
        )
        return page

    def resolve_pages(root, info, content_type=None, first=None, after=None, order=None):
        check_length("contentType", content_type, 100)
        queryset = visible_pages().filter(depth__gt=1).order_by("path")
        if content_type:
            try:
                model = apps.get_model(content_type)
            except (LookupError, ValueError) as error:
                raise ApiError(
                    f"Type de page inconnu : « {content_type[:80]} ».", errors.BAD_USER_INPUT
                ) from error
            if model not in PAGE_TYPES:
                raise ApiError(
                    f"Type de page inconnu : « {content_type[:80]} ».", errors.BAD_USER_INPUT
                )
            queryset = visible_pages(model).order_by("path")
        else:
            queryset = queryset.specific()

        paths_type = type("AnyPage", (), {"PREFETCHES": {}})
        return resolve_page_connection(
            info, PageConnection, queryset, paths_type, first, after, order
        )

    def resolve_themes(root, info):
        return Theme.objects.order_by("name")

    def resolve_territory_types(root, info):
        return TerritoryType.objects.order_by("name")

    def resolve_local_authorities(root, info, search=None, kind=None, first=None, after=None):
        queryset = LocalAuthority.objects.select_related("department", "region", "epci").order_by(
            "name", "code"
        )
        if kind is not None:
            queryset = queryset.filter(kind=getattr(kind, "value", kind))
        check_length("search", search, MAX_SEARCH_LENGTH)
        if search:
            search = search.strip()
            queryset = (
                queryset.filter(code=search)
                if search.isdigit()
                else queryset.filter(name__icontains=search)
            )
        paths = selected_paths(info, "edges.node")

        def prepare(items):
            if "territoryTypes" in paths:
                from django.db.models import prefetch_related_objects

                prefetch_related_objects(items, "territory_types")

        return paginate(
            LocalAuthorityConnection, queryset, first=first, after=after, prepare=prepare
        )
