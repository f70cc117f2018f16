"""The root GraphQL schema, composed from each app's `schema/` package."""

import graphene
from graphene_django import DjangoObjectType

from cms.models import TerritoryType, Theme


class ThemeType(DjangoObjectType):
    class Meta:
        model = Theme
        name = "Theme"
        description = "Thématique de politique publique qui classe les contenus."
        fields = ("id", "name", "slug", "description")


class TerritoryTypeType(DjangoObjectType):
    class Meta:
        model = TerritoryType
        name = "TerritoryType"
        description = "Type de territoire ciblé (QPV, Villes, Ruralités)."
        fields = ("id", "name", "slug", "description")


class Query(graphene.ObjectType):
    themes = graphene.List(graphene.NonNull(ThemeType), required=True, description="Toutes les thématiques.")
    territory_types = graphene.List(
        graphene.NonNull(TerritoryTypeType), required=True, description="Tous les types de territoire."
    )

    def resolve_themes(root, info):
        return Theme.objects.order_by("name")

    def resolve_territory_types(root, info):
        return TerritoryType.objects.order_by("name")


schema = graphene.Schema(query=Query)
