"""graphql-core's execution with a short path for the commonest field of an answer: a scalar read
off its object by graphene's default resolver (`title`, `firstPublishedAt`, `name`…).

graphql-core builds, for every field of every object, a `GraphQLResolveInfo`, the argument values,
an awaitable check and a completion dispatch: most of an uncached listing's execution time when
the resolver itself only reads an attribute. Such a field is planned once per (type, field) and
then read and serialised directly. Anything unusual (a null, a value its scalar refuses, a field
with arguments or its own resolver) takes graphql-core's path, so errors and their locations are
graphql-core's own. Plugged in through `execute(execution_context_class=…)`, graphql-core's
extension point (cms/api/view.py).
"""

import datetime
from functools import partial

from graphene.types.resolver import attr_resolver, dict_or_attr_resolver, dict_resolver
from graphql import (
    ExecutionContext,
    GraphQLNonNull,
    is_leaf_type,
    is_list_type,
    is_non_null_type,
    is_object_type,
)
from graphql.pyutils import Path, Undefined, is_awaitable

# What resolvers and completion return most: never awaitable, told apart by one type lookup.
_PLAIN_TYPES = frozenset(
    (str, int, float, bool, type(None), dict, list, tuple, datetime.date, datetime.datetime)
)

_DEFAULT_RESOLVERS = (dict_or_attr_resolver, attr_resolver, dict_resolver)
_NO_PLAN = object()

# How a return type completes a value that is neither null nor an error: the kind of its named
# part (under one non-null at most) and that part. Abstract types and anything else: None.
_LEAF, _LIST, _OBJECT = "leaf", "list", "object"


def completion_kind(return_type):
    inner = return_type.of_type if is_non_null_type(return_type) else return_type
    if is_leaf_type(inner):
        return _LEAF, inner
    if is_list_type(inner):
        return _LIST, inner
    if is_object_type(inner):
        return _OBJECT, inner
    return None


def field_plan(field):
    """(attribute name, default, serialise, non-null) when `field` is a scalar or an enum read by
    graphene's default resolver, without arguments; None otherwise."""
    resolve = field.resolve
    if (
        not isinstance(resolve, partial)
        or resolve.func not in _DEFAULT_RESOLVERS
        or len(resolve.args) != 2
        or resolve.keywords
        or field.args
    ):
        return None
    field_type = field.type
    non_null = isinstance(field_type, GraphQLNonNull)
    if non_null:
        field_type = field_type.of_type
    if not is_leaf_type(field_type):
        return None
    attname, default = resolve.args
    return attname, default, field_type.serialize, non_null, resolve.func


def _is_awaitable(value):
    return type(value) not in _PLAIN_TYPES and is_awaitable(value)


class ApiExecutionContext(ExecutionContext):
    # Plans depend only on the schema, built once per process: shared by every execution.
    _plans: dict = {}
    is_awaitable = staticmethod(_is_awaitable)

    def plan(self, parent_type, name):
        key = (parent_type, name)
        found = self._plans.get(key, _NO_PLAN)
        if found is _NO_PLAN:
            field = parent_type.fields.get(name)
            found = field_plan(field) if field is not None and not self.middleware_manager else None
            self._plans[key] = found
        return found

    _kinds: dict = {}

    def complete_value(self, return_type, field_nodes, info, path, result):
        """graphql-core's dispatch, decided once per return type for a value that is neither
        null nor an error; graphql-core's own path for those (its errors, its messages)."""
        if result is None or result is Undefined or isinstance(result, Exception):
            return super().complete_value(return_type, field_nodes, info, path, result)
        kinds = self._kinds
        kind = kinds.get(return_type, _NO_PLAN)
        if kind is _NO_PLAN:
            kind = kinds[return_type] = completion_kind(return_type)
        if kind is None:
            return super().complete_value(return_type, field_nodes, info, path, result)
        what, inner = kind
        if what is _OBJECT:
            # Never null: a dict of the sub-fields, or an awaitable of it.
            return self.complete_object_value(inner, field_nodes, info, path, result)
        if what is _LIST:
            return self.complete_list_value(inner, field_nodes, info, path, result)
        serialized = inner.serialize(result)
        if serialized is None or serialized is Undefined:
            return super().complete_value(return_type, field_nodes, info, path, result)
        return serialized

    def read_scalar(self, plan, source):
        """The serialised value, or Undefined to let graphql-core's path answer (and locate any
        error)."""
        attname, default, serialize, non_null, resolver = plan
        if resolver is attr_resolver or (
            resolver is dict_or_attr_resolver and not isinstance(source, dict)
        ):
            value = getattr(source, attname, default)
        elif isinstance(source, dict):
            value = source.get(attname, default)
        else:
            return Undefined
        if value is None:
            return Undefined if non_null else None
        try:
            serialized = serialize(value)
        except Exception:  # noqa: BLE001  # graphql-core's path raises it again, located
            return Undefined
        return Undefined if serialized is None else serialized

    def execute_fields(self, parent_type, source_value, path, fields):
        results = {}
        is_awaitable = self.is_awaitable
        awaitable_fields = []
        for response_name, field_nodes in fields.items():
            node = field_nodes[0]
            plan = None if node.arguments else self.plan(parent_type, node.name.value)
            if plan is not None:
                value = self.read_scalar(plan, source_value)
                if value is not Undefined:
                    results[response_name] = value
                    continue
            result = self.execute_field(
                parent_type, source_value, field_nodes, Path(path, response_name, parent_type.name)
            )
            if result is not Undefined:
                results[response_name] = result
                if is_awaitable(result):
                    awaitable_fields.append(response_name)
        if not awaitable_fields:
            return results
        return self._gather(results, awaitable_fields)

    @staticmethod
    async def _gather(results, awaitable_fields):
        from asyncio import gather

        values = await gather(*(results[name] for name in awaitable_fields))
        results.update(zip(awaitable_fields, values, strict=True))
        return results
