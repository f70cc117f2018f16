"""Root query fields of the resource base."""

import graphene
from django.db.models import Q
from django.utils import timezone

from cms.api.limits import declare_field_cost
from cms.api.pages import resolve_page_connection
from cms.api.pagination import connection_for, page_args
from cms.api.relay import query_pk
from cms.models import ARNSTEIN_LEVELS, LocalAuthority
from cms.schema.types import LocalAuthorityType
from cms.visibility import visible_pages
from inspiration import calendar, models
from inspiration.schema import types

ExperienceConnection = connection_for(types.ExperiencePageType)
ResourceConnection = connection_for(types.ResourcePageType)
EventConnection = connection_for(types.EventPageType)
ConceptConnection = connection_for(types.ConceptPageType)
InspirationThemeConnection = connection_for(types.InspirationThemePageType)
NewsletterConnection = connection_for(types.NewsletterPageType)

declare_field_cost(
    "Query",
    "eventsCalendar",
    lambda arguments, limits: calendar.FEED_MAX_EVENTS + types.ICALENDAR_COST,
)


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


def experience_departments():
    """The départements a visitor can filter experiences by: those with at least one published
    experience, of one of their collectivités or of their own."""
    links = models.ExperienceLocalAuthority.objects.filter(
        page__in=visible_pages(models.ExperiencePage).values("pk")
    )
    return (
        LocalAuthority.objects.filter(kind="departement")
        .filter(
            Q(pk__in=links.values("local_authority__department"))
            | Q(pk__in=links.values("local_authority"))
        )
        .order_by("code")
    )


class Query(graphene.ObjectType):
    participation_levels = graphene.List(
        graphene.NonNull(types.ParticipationLevelType),
        required=True,
        description="Les huit niveaux de l'échelle de participation d'Arnstein, du premier au dernier.",
    )
    experience_departments = graphene.List(
        graphene.NonNull(LocalAuthorityType),
        required=True,
        description=(
            "Départements qui ont au moins une expérience publiée (d'une de leurs collectivités ou "
            "d'eux-mêmes), par code : les valeurs du filtre `department` des expériences."
        ),
    )
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
        past=graphene.Boolean(
            description="Vrai : seulement les événements terminés, du plus récent au plus ancien."
        ),
        **page_args(order=True),
        description="Événements publiés.",
    )
    events_calendar = graphene.String(
        required=True,
        upcoming=graphene.Boolean(
            description="Vrai : seulement les événements à venir ou en cours ; sinon tout l'agenda."
        ),
        description="L'agenda des événements publiés au format iCalendar (abonnement .ics, RFC "
        f"5545), {calendar.FEED_MAX_EVENTS} événements au plus.",
    )
    newsletters = graphene.Field(
        graphene.NonNull(NewsletterConnection),
        **page_args(order=True),
        description="Lettres d'information, la plus récente d'abord.",
    )

    def resolve_participation_levels(root, info):
        return [
            types.ParticipationLevelType(level=level, label=str(label))
            for level, label in ARNSTEIN_LEVELS
        ]

    def resolve_experience_departments(root, info):
        return experience_departments()

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

    def resolve_events(root, info, upcoming=None, past=None, first=None, after=None, order=None):
        queryset = visible_pages(models.EventPage)
        if upcoming:
            queryset = queryset.filter(end__gte=timezone.now()).order_by("start", "pk")
        elif past:
            queryset = queryset.filter(end__lt=timezone.now()).order_by("-start", "-pk")
        else:
            queryset = queryset.order_by("-start", "-pk")
        return resolve_page_connection(
            info, EventConnection, queryset, types.EventPageType, first, after, order
        )

    def resolve_events_calendar(root, info, upcoming=None):
        return calendar.agenda_calendar(bool(upcoming), info.context)

    def resolve_newsletters(root, info, first=None, after=None, order=None):
        queryset = visible_pages(models.NewsletterPage).order_by(
            "-edition_month", "-edition_number"
        )
        return resolve_page_connection(
            info, NewsletterConnection, queryset, types.NewsletterPageType, first, after, order
        )
