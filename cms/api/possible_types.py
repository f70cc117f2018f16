"""The fragment type map a client needs to match fragments on interfaces and unions (Apollo
Client's `possibleTypes`, relay-compiler's and graphql-codegen's equivalent), built from the
schema: `{"Node": ["Action", …], "Page": ["ActionPlanPage", …], "BodyBlock": […]}`."""

import json

from graphql import GraphQLInterfaceType, GraphQLUnionType


def possible_types(graphql_schema):
    """{interface or union name: sorted names of its object types}, in name order."""
    found = {}
    for name, graphql_type in sorted(graphql_schema.type_map.items()):
        if name.startswith("__"):
            continue
        if isinstance(graphql_type, GraphQLInterfaceType | GraphQLUnionType):
            found[name] = sorted(t.name for t in graphql_schema.get_possible_types(graphql_type))
    return found


def possible_types_json(graphql_schema):
    """The committed form: indented, sorted, ending with a newline (stable diffs)."""
    return json.dumps(possible_types(graphql_schema), indent=2, ensure_ascii=False) + "\n"
