"""Global ids as the API hands them out: base64("<GraphQLTypeName>:<pk>") (graphene's standard)."""

import base64


def gid(obj, type_name=None):
    """The global id of a model instance (its GraphQL type is named after its model, unless
    `type_name` says otherwise, e.g. "Submission" for the page behind a submission)."""
    pk = obj if isinstance(obj, int | str) else obj.pk
    name = type_name or type(obj).__name__
    return base64.b64encode(f"{name}:{pk}".encode()).decode()


def pk(global_id):
    """The number inside a global id (tests only: clients treat ids as opaque)."""
    return int(base64.b64decode(global_id).decode().partition(":")[2])
