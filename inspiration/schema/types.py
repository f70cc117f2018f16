"""GraphQL types of the resource base."""

import graphene
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Prefetch

from cms.api.describe import DescribedDjangoObjectType
from cms.api.fields import related_list, rich_text
from cms.api.limits import declare_field_cost
from cms.api.media import DocumentField, ImageField, document_prefetch, image_prefetch
from cms.api.pages import (
    PAGE_INTERFACES,
    PAGE_MODEL_FIELDS,
    PageFields,
    PagePart,
    register_page_type,
)
from cms.api.relay import Node
from cms.api.streamfield import body_stream, resolve_stream, stream_field, struct_type
from cms.blocks import LinkTargetBlock
from cms.models import ARNSTEIN_LEVELS
from cms.schema.enums import choices_enum
from cms.schema.types import LocalAuthorityType, OrganisationType, TerritoryTypeType, ThemeType
from cms.visibility import visible_pages
from inspiration import calendar, models
from inspiration.blocks import NewsletterSectionsBlock

ARNSTEIN_LABELS = dict(ARNSTEIN_LEVELS)

AUTHORITY_LINKS = Prefetch(
    "authority_links",
    queryset=models.ExperienceLocalAuthority.objects.select_related("local_authority").order_by(
        "sort_order"
    ),
)
# With the collectivité's département, région and EPCI, only when one of them is selected: the
# joins cost little in SQL but much in Django (query compilation, four models per row).
AUTHORITY_LINKS_WITH_PARENTS = Prefetch(
    "authority_links",
    queryset=models.ExperienceLocalAuthority.objects.select_related(
        "local_authority__department", "local_authority__region", "local_authority__epci"
    ).order_by("sort_order"),
)


def prefetched(page, name, manager):
    """The prefetched rows of `name`, without building a related manager for each page."""
    cache = getattr(page, "_prefetched_objects_cache", None)
    if cache and name in cache:
        return list(cache[name])
    return list(manager.all())


# The submission behind a contribution (workflows.Submission, reached by its reverse relation so
# that this app does not import workflows), and its organisation.
PROPOSED_BY = "submission__organisation"


def proposed_by_field():
    """« Proposé par » : the organisation a contribution was proposed for (null when a collectivité
    or the ANCT proposed it); its name stays even when the organisation is later blocked."""
    field = graphene.Field(
        OrganisationType,
        description="Organisation qui a proposé ce contenu (« Proposé par ») ; null sinon.",
    )

    def resolve(root, info):
        try:
            submission = root.submission
        except ObjectDoesNotExist:
            return None
        return submission.organisation

    return field, resolve


# GraphQL field → Django prefetch lookups, used by list resolvers to load a page of results in
# a constant number of queries.
TAXONOMY_PREFETCHES = {
    "themes": ["themes"],
    "territoryTypes": ["territory_types"],
}
CLASSIFIED_PREFETCHES = {**TAXONOMY_PREFETCHES, "image": image_prefetch()}


class ParticipationLevelType(graphene.ObjectType):
    class Meta:
        name = "ParticipationLevel"
        description = "Niveau sur l'échelle de participation d'Arnstein (1 à 8)."

    level = graphene.Int(
        required=True, description="Rang de 1 (manipulation) à 8 (contrôle citoyen)."
    )
    label = graphene.String(required=True, description="Intitulé du niveau.")


ResourceTypeEnum = choices_enum(
    models.ResourcePage.ResourceType, "ResourceType", "Nature d'une ressource."
)
EventFormatEnum = choices_enum(models.EventPage.Format, "EventFormat", "Modalité d'un événement.")
InspirationSectionEnum = choices_enum(
    models.InspirationSection,
    "InspirationSection",
    "Ce que présente une rubrique de la base de ressources : le site choisit sa liste d'après elle.",
)


class ClassifiedFields:
    themes = graphene.List(graphene.NonNull(ThemeType), required=True, description="Thématiques.")
    territory_types = graphene.List(
        graphene.NonNull(TerritoryTypeType), required=True, description="Types de territoire."
    )

    @staticmethod
    def resolve_themes(root, info):
        return prefetched(root, "themes", root.themes)

    @staticmethod
    def resolve_territory_types(root, info):
        return prefetched(root, "territory_types", root.territory_types)


@register_page_type(models.InspirationIndexPage)
class InspirationIndexPageType(PageFields, DescribedDjangoObjectType):
    class Meta:
        model = models.InspirationIndexPage
        name = "InspirationIndexPage"
        description = "Rubrique de la base de ressources."
        interfaces = PAGE_INTERFACES
        fields = PAGE_MODEL_FIELDS

    intro, resolve_intro = rich_text("intro", "Introduction.")
    section = graphene.Field(
        InspirationSectionEnum,
        description="Ce que présente la rubrique (null : une simple liste de ses pages).",
    )

    @staticmethod
    def resolve_section(root, info):
        return root.section or None


@register_page_type(models.ExperiencePage)
class ExperiencePageType(PageFields, ClassifiedFields, DescribedDjangoObjectType):
    class Meta:
        model = models.ExperiencePage
        name = "ExperiencePage"
        description = (
            "Expérience territoriale ou projet démocratique d'une ou plusieurs collectivités."
        )
        interfaces = PAGE_INTERFACES
        fields = (
            *PAGE_MODEL_FIELDS,
            "summary",
            "period_start",
            "period_end",
            "actors",
            "contact_name",
            "contact_role",
            "contact_email",
        )

    PREFETCHES = {
        **CLASSIFIED_PREFETCHES,
        # Before "localAuthorities": the first lookup of a relation wins.
        "localAuthorities.department": [AUTHORITY_LINKS_WITH_PARENTS],
        "localAuthorities.region": [AUTHORITY_LINKS_WITH_PARENTS],
        "localAuthorities.epci": [AUTHORITY_LINKS_WITH_PARENTS],
        "localAuthorities": [AUTHORITY_LINKS],
        "localAuthorities.territoryTypes": ["authority_links__local_authority__territory_types"],
        "proposedBy": [PROPOSED_BY],
    }
    proposed_by, resolve_proposed_by = proposed_by_field()

    participation_level = graphene.Field(
        graphene.NonNull(ParticipationLevelType),
        description="Niveau de participation sur l'échelle d'Arnstein.",
    )
    local_authorities = graphene.List(
        graphene.NonNull(LocalAuthorityType),
        required=True,
        description="Collectivités qui portent l'expérience.",
    )
    image = ImageField(description="Image principale.")
    results, resolve_results = rich_text("results", "Résultats.")
    body, resolve_body = body_stream("body", "Récit de l'expérience, en blocs.")
    sources = graphene.List(
        graphene.NonNull(struct_type(LinkTargetBlock())),
        required=True,
        description="Sources citées.",
    )

    def resolve_participation_level(root, info):
        return ParticipationLevelType(
            level=root.participation_level, label=str(ARNSTEIN_LABELS[root.participation_level])
        )

    def resolve_local_authorities(root, info):
        return [
            link.local_authority
            for link in prefetched(root, "authority_links", root.authority_links)
        ]

    def resolve_sources(root, info):
        return [block.value for block in root.sources]


@register_page_type(models.ResourcePage)
class ResourcePageType(PageFields, ClassifiedFields, DescribedDjangoObjectType):
    class Meta:
        model = models.ResourcePage
        name = "ResourcePage"
        description = "Ressource : étude, guide, outil, article ou vidéo."
        interfaces = PAGE_INTERFACES
        fields = (
            *PAGE_MODEL_FIELDS,
            "summary",
            "organisation",
            "authors",
            "publication_date",
            "external_url",
        )

    PREFETCHES = {
        **CLASSIFIED_PREFETCHES,
        "document": document_prefetch(),
        "proposedBy": [PROPOSED_BY],
    }
    proposed_by, resolve_proposed_by = proposed_by_field()

    resource_type = graphene.Field(
        graphene.NonNull(ResourceTypeEnum), description="Nature de la ressource."
    )
    document = DocumentField(description="Fichier à télécharger.")
    image = ImageField(description="Image.")
    body, resolve_body = body_stream("body", "Contenu en blocs.")

    def resolve_resource_type(root, info):
        return root.resource_type


@register_page_type(models.EventPage)
class EventPageType(PageFields, ClassifiedFields, DescribedDjangoObjectType):
    class Meta:
        model = models.EventPage
        name = "EventPage"
        description = "Événement : webinaire ou rencontre, en ligne ou en présentiel."
        interfaces = PAGE_INTERFACES
        fields = (
            *PAGE_MODEL_FIELDS,
            "summary",
            "start",
            "end",
            "time_zone",
            "organiser",
            "place_name",
            "address",
            "city",
            "online_url",
            "registration_url",
        )

    PREFETCHES = dict(CLASSIFIED_PREFETCHES)

    format = graphene.Field(graphene.NonNull(EventFormatEnum), description="Modalité.")
    starts_at = graphene.DateTime(
        required=True,
        description="Début, dans le fuseau de l'événement (timeZone), décalage compris : "
        "« 2021-06-15T11:30:00+02:00 ».",
    )
    ends_at = graphene.DateTime(
        required=True, description="Fin, dans le fuseau de l'événement, décalage compris."
    )
    time_zone_name = graphene.String(
        required=True,
        description="Identifiant IANA du fuseau de l'événement, ex. « Europe/Paris » (pour "
        "Intl.DateTimeFormat).",
    )
    local_start = graphene.String(
        required=True,
        description="Début à l'heure locale de l'événement (ISO 8601 avec décalage).",
        deprecation_reason="Utilisez startsAt, de type DateTime.",
    )
    local_end = graphene.String(
        required=True,
        description="Fin à l'heure locale de l'événement (ISO 8601 avec décalage).",
        deprecation_reason="Utilisez endsAt, de type DateTime.",
    )
    icalendar = graphene.String(
        required=True,
        description="L'événement au format iCalendar (fichier .ics, RFC 5545) pour « Ajouter à "
        "mon agenda » : un VEVENT à l'heure de son fuseau, avec son VTIMEZONE.",
    )
    image = ImageField(description="Image.")
    body, resolve_body = body_stream("body", "Contenu en blocs.")

    def resolve_format(root, info):
        return root.format

    def resolve_starts_at(root, info):
        return root.local_start

    def resolve_ends_at(root, info):
        return root.local_end

    def resolve_time_zone_name(root, info):
        return root.time_zone

    def resolve_icalendar(root, info):
        return calendar.event_calendar(root, info.context)

    def resolve_local_start(root, info):
        return root.local_start.isoformat()

    def resolve_local_end(root, info):
        return root.local_end.isoformat()


# Building a calendar (its time zone's transitions, its text) costs more than reading a field.
ICALENDAR_COST = 5
declare_field_cost("EventPage", "icalendar", lambda arguments, limits: ICALENDAR_COST)


class ConceptLevelType(PagePart, DescribedDjangoObjectType):
    class Meta:
        model = models.ConceptLevel
        name = "ConceptLevel"
        description = "Un niveau (ou une composante) d'un concept."
        interfaces = (Node,)
        fields = ("id", "rank", "name", "group", "description")

    PAGE_FIELD = "concept"


@register_page_type(models.ConceptPage)
class ConceptPageType(PageFields, ClassifiedFields, DescribedDjangoObjectType):
    class Meta:
        model = models.ConceptPage
        name = "ConceptPage"
        description = "Concept de théorie démocratique, présenté en quelques lignes."
        interfaces = PAGE_INTERFACES
        fields = (*PAGE_MODEL_FIELDS, "summary", "author", "year", "further_reading_url")

    # No image on a concept: a query that selects one for other page types must not prefetch it here.
    PREFETCHES = {**TAXONOMY_PREFETCHES, "levels": ["levels"]}

    levels, resolve_levels = related_list(ConceptLevelType, "levels", "Niveaux, dans l'ordre.")
    body, resolve_body = body_stream("body", "Contenu en blocs.")


def _visible_linked(root, relation):
    links = [link for link in getattr(root, relation).all() if link.page_id]
    if not links:
        return []
    pages = {
        p.pk: p
        for p in visible_pages(type(links[0]).page.field.related_model).filter(
            pk__in=[link.page_id for link in links]
        )
    }
    return [pages[link.page_id] for link in links if link.page_id in pages]


@register_page_type(models.InspirationThemePage)
class InspirationThemePageType(PageFields, ClassifiedFields, DescribedDjangoObjectType):
    class Meta:
        model = models.InspirationThemePage
        name = "InspirationThemePage"
        description = "Thématique d'inspiration du mois : un principe, des expériences, ressources et événements."
        interfaces = PAGE_INTERFACES
        fields = (
            *PAGE_MODEL_FIELDS,
            "month",
            "summary",
            "principle",
            "next_theme_title",
            "next_theme_month",
        )

    PREFETCHES = dict(CLASSIFIED_PREFETCHES)

    image = ImageField(description="Image.")
    body, resolve_body = body_stream("body", "Contenu en blocs.")
    call_for_contributions, resolve_call_for_contributions = rich_text(
        "call_for_contributions", "Appel à contributions pour la prochaine thématique."
    )
    featured_experiences = graphene.List(
        graphene.NonNull(ExperiencePageType),
        required=True,
        description="Expériences mises en avant (publiées).",
    )
    featured_resources = graphene.List(
        graphene.NonNull(ResourcePageType),
        required=True,
        description="Ressources mises en avant (publiées).",
    )
    featured_events = graphene.List(
        graphene.NonNull(EventPageType),
        required=True,
        description="Événements mis en avant (publiés).",
    )

    def resolve_featured_experiences(root, info):
        return _visible_linked(root, "featured_experiences")

    def resolve_featured_resources(root, info):
        return _visible_linked(root, "featured_resources")

    def resolve_featured_events(root, info):
        return _visible_linked(root, "featured_events")


@register_page_type(models.NewsletterPage)
class NewsletterPageType(PageFields, DescribedDjangoObjectType):
    class Meta:
        model = models.NewsletterPage
        name = "NewsletterPage"
        description = "Lettre d'information mensuelle, en rubriques."
        interfaces = PAGE_INTERFACES
        fields = (*PAGE_MODEL_FIELDS, "edition_number", "edition_month", "summary")

    PREFETCHES = {}

    sections = stream_field(
        NewsletterSectionsBlock(), "NewsletterSection", "Rubriques de la lettre, dans l'ordre."
    )
    resolve_sections = staticmethod(resolve_stream("sections"))
