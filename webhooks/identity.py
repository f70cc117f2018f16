"""How the public API names an object: its GraphQL type and its global id.

The webhooks speak the API's language so that a front end can match what it cached. Both rules
live here, in one function each, so that the API and the webhooks cannot drift apart
(tests/webhooks/test_identity.py compares them with the schema).
"""

from graphene.relay import Node


def graphql_type_name(model):
    """The GraphQL type of a model's objects: the schema names each type after its model
    (`ExperiencePage`, `Theme`), the specific class for a page."""
    return model.__name__


def global_id(type_name, pk):
    """Relay's global id, as `node(id:)` reads it: base64 of "<TypeName>:<pk>"."""
    return Node.to_global_id(type_name, pk)
