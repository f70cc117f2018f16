"""The root GraphQL schema, composed from each app's `schema/` package.

An app adds read fields in `<app>/schema/queries.py` (class `Query`) and, when it has any,
mutations in `<app>/schema/mutations.py` (class `Mutation`); both are picked up here.
"""

from importlib import import_module

import graphene

from cms.api import relay
from cms.api.pages import PAGE_TYPES

APPS = ("cms", "inspiration", "projects", "workflows", "search", "newsletter", "community")


def _parts(module_name, class_name):
    found = []
    for app in APPS:
        try:
            module = import_module(f"{app}.schema.{module_name}")
        except ModuleNotFoundError as error:
            if error.name not in (f"{app}.schema", f"{app}.schema.{module_name}"):
                raise
            continue
        found.append(getattr(module, class_name))
    return found


_queries = [*_parts("queries", "Query"), relay.Query]
_mutations = _parts("mutations", "Mutation")

Query = type(
    "Query",
    (*_queries, graphene.ObjectType),
    {
        "Meta": type(
            "Meta",
            (),
            {"description": "Lecture de tout ce qui est publié sur Territoires en commun."},
        )
    },
)
Mutation = (
    type(
        "Mutation",
        (*_mutations, graphene.ObjectType),
        {"Meta": type("Meta", (), {"description": "Écritures, avec un jeton Bearer."})},
    )
    if _mutations
    else None
)

schema = graphene.Schema(query=Query, mutation=Mutation, types=list(PAGE_TYPES.values()))
