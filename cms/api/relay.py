"""Relay global ids: the `Node` interface, `node(id:)`, and the decoding of id arguments.

A global id is graphene's standard, base64("<GraphQLTypeName>:<pk>"): opaque to clients, typed
for the server. Every object type with an identity implements `Node` and says, in its `get_node`,
which of its objects the caller may see; `node(id:)` answers null for anything else (unknown,
malformed, of a type without identity, or not visible), never an error, so that it tells nothing
of what exists. An argument that designates an object takes its global id and is type-checked:
a malformed id, or the id of an object of another type, is refused with the code `INVALID_ID`.
"""

import base64
import binascii
import re

import graphene
from graphql_relay import to_global_id

from cms.api.errors import ApiError
from cms.services import ServiceError

INVALID_ID = "INVALID_ID"

# Longer than any id the API hands out: what is longer is not one, and is not decoded.
MAX_ID_LENGTH = 200
_PK = re.compile(r"[1-9][0-9]{0,18}")


def encode(type_name, pk):
    """The global id of the object `pk` of the GraphQL type `type_name`."""
    return to_global_id(type_name, pk)


def decode(value):
    """(type name, pk) of a well-formed global id, else None."""
    if not isinstance(value, str) or not value or len(value) > MAX_ID_LENGTH:
        return None
    try:
        text = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    type_name, colon, pk = text.partition(":")
    if not colon or not type_name or not _PK.fullmatch(pk):
        return None
    return type_name, int(pk)


def _type_name(expected):
    return expected if isinstance(expected, str) else expected._meta.name


def _camel(name):
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def pk_of(value, expected, field, label):
    """The pk designated by `value`, the global id of an object of one of the `expected` types
    (GraphQL type names or graphene types). Anything else raises a ServiceError INVALID_ID whose
    French message names the argument and what it must designate (`label`, « d'un projet »)."""
    decoded = decode(value)
    if decoded is None or decoded[0] not in {_type_name(e) for e in expected}:
        raise ServiceError(
            f"« {_camel(field)} » : identifiant invalide ; donnez l'identifiant global (champ "
            f"`id`) {label}.",
            INVALID_ID,
            field,
        )
    return decoded[1]


def query_pk(value, expected, field, label):
    """`pk_of` for a query argument: the refusal is a GraphQL error with the code INVALID_ID."""
    try:
        return pk_of(value, expected, field, label)
    except ServiceError as error:
        raise ApiError(error.message, error.code) from error


def resolve_global_id(root, info):
    """The `resolve_id` of a plain ObjectType implementing Node: the pk, which `GlobalID` encodes."""
    return root.pk


class Node(graphene.relay.Node):
    class Meta:
        name = "Node"
        description = (
            "Objet doté d'une identité : son `id` global le désigne dans `node(id:)` et dans "
            "tout argument de requête ou de mutation."
        )

    @classmethod
    def resolve_type(cls, instance, info):
        found = getattr(instance, "_api_node_type", None)
        if found is not None:
            return found
        # A page reached through `Page`, `node` or a list: its type follows its model.
        from cms.api.pages import PAGE_TYPES

        return PAGE_TYPES.get(type(instance))

    @classmethod
    def get_node_from_global_id(cls, info, global_id, only_type=None):
        decoded = decode(global_id)
        if decoded is None:
            return None
        type_name, pk = decoded
        graphene_type = getattr(info.schema.get_type(type_name), "graphene_type", None)
        if graphene_type is None or cls not in getattr(graphene_type._meta, "interfaces", ()):
            return None
        if only_type is not None and graphene_type is not only_type:
            return None
        found = graphene_type.get_node(info, pk)
        if found is not None:
            # The same row can be two nodes (a page, and the submission behind it).
            found._api_node_type = graphene_type
        return found


def node_field():
    """The root `node(id:)` field."""

    def resolve(root, info, id):
        return Node.get_node_from_global_id(info, id)

    return graphene.Field(
        Node,
        id=graphene.ID(required=True, description="Identifiant global d'un objet (`id`)."),
        resolver=resolve,
        description=(
            "Un objet par son identifiant global, s'il est visible de l'appelant (mêmes règles "
            "que les autres requêtes) ; null sinon, et pour un identifiant inconnu ou mal formé."
        ),
    )


class Query:
    node = node_field()
