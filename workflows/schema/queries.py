"""`me`: the caller of the token, their collectivités and their submissions."""

import graphene

from workflows.schema.types import MeType


class Query:
    me = graphene.Field(
        MeType,
        description=(
            "L'utilisateur du jeton Bearer, ses collectivités et ses contributions avec leur "
            "statut de modération ; null sans jeton."
        ),
    )

    def resolve_me(root, info):
        user = info.context.user
        return user if user.is_authenticated else None
