"""Root query fields of the resource base."""

import graphene
from django.db.models import Q
from django.utils import timezone

from cms.api.pages import resolve_page_connection
from cms.api.pagination import connection_for, page_args
from cms.api.relay import query_pk
from cms.visibility import visible_pages
from inspiration import models
from inspiration.schema import types

ExperienceConnection = connection_for(types.ExperiencePageType)
ResourceConnection = connection_for(types.ResourcePageType)
EventConnection = connection_for(types.EventPageType)
ConceptConnection = connection_for(types.ConceptPageType)
InspirationThemeConnection = connection_for(types.InspirationThemePageType)
NewsletterConnection = connection_for(types.NewsletterPageType)


class ExperienceFilter(graphene.InputObjectType):
    class Meta:
        description = "Filtres des expériences ; ils se cumulent."

    theme = graphene.ID(description="Thématique (identifiant global `Theme.id`).")
    territory_type = graphene.ID(
        description="Type de territoire (identifiant global `TerritoryType.id`)."
    )
    local_authority = graphene.ID(
        description="Collectivité (identifiant global `LocalAuthority.id`)."
    )
    department = graphene.String(
        description="Code d'un département : expériences de ses collectivités et de lui-même."
    )
    participation_level = graphene.Int(description="Niveau sur l'échelle d'Arnstein, de 1 à 8.")


class ResourceFilter(graphene.InputObjectType):
    class Meta:
        description = "Filtres des ressources ; ils se cumulent."

    theme = graphene.ID(description="Thématique (identifiant global `Theme.id`).")
    resource_type = graphene.Argument(types.ResourceTypeEnum, description="Nature de la ressource.")


def _theme_pk(value):
    return query_pk(value, ["Theme"], "filter.theme", "d'une thématique")


def _experiences(filter):
    queryset = visible_pages(models.ExperiencePage).order_by("-first_published_at", "-pk")
    if not filter:
        return queryset
    if filter.get("theme") is not None:
        queryset = queryset.filter(themes__pk=_theme_pk(filter["theme"]))
    if filter.get("territory_type") is not None:
        queryset = queryset.filter(
            territory_types__pk=query_pk(
                filter["territory_type"],
                ["TerritoryType"],
                "filter.territory_type",
                "d'un type de territoire",
            )
        )
    if filter.get("local_authority") is not None:
        queryset = queryset.filter(
            authority_links__local_authority__pk=query_pk(
                filter["local_authority"],
                ["LocalAuthority"],
                "filter.local_authority",
                "d'une collectivité",
            )
        )
    if filter.get("department"):
        code = filter["department"]
        queryset = queryset.filter(
            Q(authority_links__local_authority__department__code=code)
            | Q(
                authority_links__local_authority__kind="departement",
                authority_links__local_authority__code=code,
            )
        )
    if filter.get("participation_level") is not None:
        queryset = queryset.filter(participation_level=filter["participation_level"])
    return queryset.distinct()


class Query(graphene.ObjectType):
    inspiration_themes = graphene.Field(
        graphene.NonNull(InspirationThemeConnection),
        **page_args(order=True),
        description="Thématiques d'inspiration, la plus récente d'abord.",
    )
    concepts = graphene.Field(
        graphene.NonNull(ConceptConnection),
        **page_args(order=True),
        description="Concepts de théorie démocratique.",
    )
    experiences = graphene.Field(
        graphene.NonNull(ExperienceConnection),
        filter=graphene.Argument(ExperienceFilter, description="Filtres."),
        **page_args(order=True),
        description="Expériences territoriales publiées, la plus récente d'abord.",
    )
    resources = graphene.Field(
        graphene.NonNull(ResourceConnection),
        filter=graphene.Argument(ResourceFilter, description="Filtres."),
        **page_args(order=True),
        description="Ressources publiées, la plus récente d'abord.",
    )
    events = graphene.Field(
        graphene.NonNull(EventConnection),
        upcoming=graphene.Boolean(
            description="Vrai : seulement les événements à venir ou en cours, du plus proche au plus lointain."
        ),
        **page_args(order=True),
        description="Événements publiés.",
    )
    newsletters = graphene.Field(
        graphene.NonNull(NewsletterConnection),
        **page_args(order=True),
        description="Lettres d'information, la plus récente d'abord.",
    )

    def resolve_inspiration_themes(root, info, first=None, after=None, order=None):
        queryset = visible_pages(models.InspirationThemePage).order_by("-month", "-pk")
        return resolve_page_connection(
            info,
            InspirationThemeConnection,
            queryset,
            types.InspirationThemePageType,
            first,
            after,
            order,
        )

    def resolve_concepts(root, info, first=None, after=None, order=None):
        queryset = visible_pages(models.ConceptPage).order_by("title", "pk")
        return resolve_page_connection(
            info, ConceptConnection, queryset, types.ConceptPageType, first, after, order
        )

    def resolve_experiences(root, info, filter=None, first=None, after=None, order=None):
        return resolve_page_connection(
            info,
            ExperienceConnection,
            _experiences(filter),
            types.ExperiencePageType,
            first,
            after,
            order,
        )

    def resolve_resources(root, info, filter=None, first=None, after=None, order=None):
        queryset = visible_pages(models.ResourcePage).order_by(
            "-publication_date", "-first_published_at", "-pk"
        )
        if filter and filter.get("theme") is not None:
            queryset = queryset.filter(themes__pk=_theme_pk(filter["theme"])).distinct()
        if filter and filter.get("resource_type"):
            queryset = queryset.filter(
                resource_type=getattr(filter["resource_type"], "value", filter["resource_type"])
            )
        return resolve_page_connection(
            info, ResourceConnection, queryset, types.ResourcePageType, first, after, order
        )

    def resolve_events(root, info, upcoming=None, first=None, after=None, order=None):
        queryset = visible_pages(models.EventPage)
        if upcoming:
            queryset = queryset.filter(end__gte=timezone.now()).order_by("start", "pk")
        else:
            queryset = queryset.order_by("-start", "-pk")
        return resolve_page_connection(
            info, EventConnection, queryset, types.EventPageType, first, after, order
        )

    def resolve_newsletters(root, info, first=None, after=None, order=None):
        queryset = visible_pages(models.NewsletterPage).order_by(
            "-edition_month", "-edition_number"
        )
        return resolve_page_connection(
            info, NewsletterConnection, queryset, types.NewsletterPageType, first, after, order
        )
