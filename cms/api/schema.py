"""The root GraphQL schema, composed from each app's `schema/` package."""

import graphene

from cms.api.pages import PAGE_TYPES
from cms.schema.queries import Query as CmsQuery
from inspiration.schema.queries import Query as InspirationQuery
from projects.schema.queries import Query as ProjectsQuery


class Query(CmsQuery, InspirationQuery, ProjectsQuery, graphene.ObjectType):
    class Meta:
        description = "Lecture de tout ce qui est publié sur Territoires en commun."


schema = graphene.Schema(query=Query, types=list(PAGE_TYPES.values()))
