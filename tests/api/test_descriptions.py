"""Every type, field and argument of the contract is described for front-end developers."""

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLUnionType,
)

from cms.api.schema import schema


def test_every_type_field_and_argument_has_a_description():
    missing = []
    for name, graphql_type in schema.graphql_schema.type_map.items():
        if name.startswith("__"):
            continue
        if not graphql_type.description:
            missing.append(name)
        if isinstance(
            graphql_type, GraphQLObjectType | GraphQLInterfaceType | GraphQLInputObjectType
        ):
            for field_name, field in graphql_type.fields.items():
                if not field.description:
                    missing.append(f"{name}.{field_name}")
                for arg_name, arg in getattr(field, "args", {}).items():
                    if not arg.description:
                        missing.append(f"{name}.{field_name}({arg_name})")
        if (
            isinstance(graphql_type, GraphQLEnumType | GraphQLUnionType)
            and not graphql_type.description
        ):
            missing.append(name)
    assert missing == []
