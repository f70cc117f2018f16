"""Root query fields of peer exchange: the caller's standing in a project, a project's threads
visible to the caller, one thread (with its messages, paginated)."""

import graphene
from django.db.models import Count

from cms.api import errors
from cms.api.errors import ApiError
from cms.api.pagination import check_length, page_size_args, paginate
from cms.api.relay import query_pk
from cms.visibility import visible_pages
from community.schema import types
from community.services import access, notifications
from projects.models import SharedProjectPage

PROJECT = "Projet partagé (identifiant global `SharedProjectPage.id`)."
SLUG = "Ou son slug, ex. « budget-participatif »."


def _project(project=None, slug=None):
    if project is None and slug is None:
        raise ApiError("Indiquez « project » ou « slug ».", errors.BAD_USER_INPUT)
    queryset = visible_pages(SharedProjectPage)
    if project is not None:
        pk = query_pk(project, ["SharedProjectPage"], "project", "d'un projet partagé")
        return queryset.filter(pk=pk).first()
    check_length("slug", slug, 255)
    return queryset.filter(slug=slug).first()


class Query(graphene.ObjectType):
    community_standing = graphene.Field(
        types.CommunityStandingType,
        project=graphene.ID(description=PROJECT),
        slug=graphene.String(description=SLUG),
        description="Ce que l'appelant peut faire dans les échanges d'un projet ; null si inconnu.",
    )
    community_threads = graphene.Field(
        types.CommunityThreadConnection,
        project=graphene.ID(description=PROJECT),
        slug=graphene.String(description=SLUG),
        kind=graphene.Argument(types.ThreadKindEnum, description="Seulement cette nature."),
        **page_size_args(),
        description=(
            "Fils d'échange d'un projet que l'appelant peut lire, le plus actif d'abord : tous pour "
            "les parties prenantes, les experts et l'ANCT, ceux ouverts aux observatrices pour "
            "une observatrice, aucun pour les autres. Null si le projet est inconnu."
        ),
    )
    community_thread = graphene.Field(
        types.CommunityThreadType,
        id=graphene.ID(required=True, description="Identifiant global du fil."),
        description="Un fil d'échange, s'il est visible de l'appelant ; null sinon.",
    )

    community_notifications = graphene.Field(
        types.FrequencyEnum,
        description=(
            "Quand l'appelant est prévenu des échanges de ses projets (choix enregistré par "
            "`setCommunityNotifications`, sinon le récapitulatif hebdomadaire) ; null sans "
            "connexion."
        ),
    )

    def resolve_community_notifications(root, info):
        user = info.context.user
        if not user or not user.is_authenticated:
            return None
        return notifications.frequency(user)

    def resolve_community_standing(root, info, project=None, slug=None):
        found = _project(project, slug)
        return types._viewer(info, found) if found else None

    def resolve_community_threads(
        root, info, project=None, slug=None, kind=None, first=None, after=None
    ):
        found = _project(project, slug)
        if found is None:
            return None
        threads = access.readable_threads(info.context.user, found, types._viewer(info, found))
        if kind is not None:
            threads = threads.filter(kind=getattr(kind, "value", kind))
        threads = threads.select_related("project", "author", "author_authority", "stage").annotate(
            message_total=Count("messages")
        )
        return paginate(types.CommunityThreadConnection, threads, first, after)

    def resolve_community_thread(root, info, id):
        pk = query_pk(id, ["CommunityThread"], "id", "d'un fil d'échange")
        return types.CommunityThreadType.get_node(info, pk)
