"""GraphQL types of the shared vocabularies and of the home page."""

import graphene
from django.db.models import Q

from cms.api.describe import DescribedDjangoObjectType
from cms.api.pages import PAGE_INTERFACES, PageFields, register_page_type
from cms.api.relay import Node
from cms.api.richtext import RichTextType, rich_text_source
from cms.api.streamfield import body_stream
from cms.models import HomePage, LocalAuthority, Organisation, TerritoryType, Theme
from cms.roles import is_anct_staff
from cms.schema.enums import choices_enum

LocalAuthorityKindEnum = choices_enum(
    LocalAuthority.Kind, "LocalAuthorityKind", "Nature d'une collectivité."
)


class ThemeType(DescribedDjangoObjectType):
    class Meta:
        model = Theme
        name = "Theme"
        interfaces = (Node,)
        description = "Thématique de politique publique qui classe les contenus."
        fields = ("id", "name", "slug", "description")


class TerritoryTypeType(DescribedDjangoObjectType):
    class Meta:
        model = TerritoryType
        name = "TerritoryType"
        interfaces = (Node,)
        description = "Type de territoire ciblé (QPV, Villes, Ruralités)."
        fields = ("id", "name", "slug", "description")


class LocalAuthorityType(DescribedDjangoObjectType):
    class Meta:
        model = LocalAuthority
        name = "LocalAuthority"
        interfaces = (Node,)
        description = "Collectivité : commune, EPCI, département ou région."
        fields = ("id", "name", "code", "slug", "population", "department", "region", "epci")

    kind = graphene.Field(
        graphene.NonNull(LocalAuthorityKindEnum), description="Nature de la collectivité."
    )
    territory_types = graphene.List(
        graphene.NonNull(TerritoryTypeType), required=True, description="Types de territoire."
    )

    def resolve_kind(root, info):
        return root.kind

    def resolve_territory_types(root, info):
        return root.territory_types.all()


@register_page_type(HomePage)
class HomePageType(PageFields, DescribedDjangoObjectType):
    class Meta:
        model = HomePage
        name = "HomePage"
        description = "Page d'accueil de la plateforme."
        interfaces = PAGE_INTERFACES
        fields = (
            "id",
            "title",
            "slug",
            "seo_title",
            "search_description",
            "first_published_at",
            "last_published_at",
        )

    intro = graphene.Field(graphene.NonNull(RichTextType), description="Introduction.")
    body, resolve_body = body_stream("body", "Contenu en blocs.")

    def resolve_intro(root, info):
        return rich_text_source(root.intro)


OrganisationKindEnum = choices_enum(
    Organisation.Kind, "OrganisationKind", "Nature d'une organisation (hors collectivités)."
)
OrganisationStatusEnum = choices_enum(
    Organisation.Status,
    "OrganisationStatus",
    "Statut d'une organisation : en attente de vérification, vérifiée, de confiance (modération "
    "allégée) ou bloquée par l'ANCT.",
)


class OrganisationType(DescribedDjangoObjectType):
    class Meta:
        model = Organisation
        name = "Organisation"
        interfaces = (Node,)
        description = (
            "Acteur de l'engagement qui n'est pas une collectivité (association, équipe de "
            "recherche, réseau, service de l'État) et propose des expériences et des ressources."
        )
        fields = ("id", "name", "siren")

    kind = graphene.Field(graphene.NonNull(OrganisationKindEnum), description="Nature.")
    status = graphene.Field(
        graphene.NonNull(OrganisationStatusEnum), description="Statut donné par l'ANCT."
    )

    @classmethod
    def get_queryset(cls, queryset, info):
        """Verified and trusted organisations are public; the others only for their members and
        the ANCT."""
        user = info.context.user
        if is_anct_staff(user):
            return queryset
        visible = Q(status__in=[Organisation.Status.VERIFIED, Organisation.Status.TRUSTED])
        if user.is_authenticated:
            visible |= Q(memberships__user_id=user.pk)
        return queryset.filter(visible).distinct()

    def resolve_kind(root, info):
        return root.kind

    def resolve_status(root, info):
        return root.status
