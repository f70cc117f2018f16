"""The webhooks name objects as the GraphQL API does: the same type names, the same global ids.
The webhooks app does not import the API (layer contracts); this test holds them together."""

import base64

from cms.api.pages import PAGE_TYPES
from cms.api.schema import schema
from webhooks.identity import global_id, graphql_type_name


def test_every_page_type_is_named_as_in_the_schema():
    assert PAGE_TYPES, "the schema registers its page types"
    for model, graphql_type in PAGE_TYPES.items():
        assert graphql_type_name(model) == graphql_type._meta.name
        assert schema.graphql_schema.get_type(graphql_type_name(model)) is not None


def test_snippet_types_are_named_as_in_the_schema():
    from cms.models import LocalAuthority, TerritoryType, Theme

    for model in (Theme, TerritoryType, LocalAuthority):
        assert schema.graphql_schema.get_type(graphql_type_name(model)) is not None


def test_global_ids_are_relay_ids():
    assert global_id("ExperiencePage", 12) == base64.b64encode(b"ExperiencePage:12").decode()
