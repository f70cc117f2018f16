"""Validation rules that refuse abusive documents before anything runs (OWASP GraphQL cheat sheet):
depth, aliases, fragment spreads, estimated cost, introspection.

Refusing must cost time linear in the document's size: a fragment is measured once however many
times it is spread (a chain of 22 fragments each spreading the next twice would otherwise be walked
2^22 times), and a walk stops as soon as a limit is passed.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from graphql import (
    BREAK,
    SKIP,
    GraphQLError,
    GraphQLList,
    OperationDefinitionNode,
    ValidationRule,
    get_named_type,
    get_nullable_type,
    get_operation_ast,
    is_composite_type,
    is_object_type,
    value_from_ast_untyped,
)
from graphql.language import FieldNode, FragmentDefinitionNode, InlineFragmentNode
from graphql.pyutils import Undefined

from cms.api import errors

INTROSPECTION_FIELDS = {"__schema", "__type"}


@dataclass(frozen=True)
class Limits:
    max_depth: int
    max_aliases: int
    max_spreads: int
    max_cost: int
    default_page_size: int
    max_page_size: int
    list_bound: int
    rendition_cost: int
    introspection: bool

    @classmethod
    def from_settings(cls):
        return cls(
            max_depth=settings.GRAPHQL_MAX_DEPTH,
            max_aliases=settings.GRAPHQL_MAX_ALIASES,
            max_spreads=settings.GRAPHQL_MAX_SPREADS,
            max_cost=settings.GRAPHQL_MAX_COST,
            default_page_size=settings.GRAPHQL_DEFAULT_PAGE_SIZE,
            max_page_size=settings.GRAPHQL_MAX_PAGE_SIZE,
            list_bound=settings.GRAPHQL_DEFAULT_LIST_BOUND,
            rendition_cost=settings.GRAPHQL_RENDITION_COST,
            introspection=settings.GRAPHQL_INTROSPECTION,
        )


# What a field costs beyond the object it returns, and how many items a plain list holds at most.
# The types declare them next to their resolvers (`declare_list_bound`, `declare_field_cost`).
_LIST_BOUNDS: dict[tuple[str, str], int] = {}
_FIELD_COSTS: dict[tuple[str, str], Callable] = {}


def declare_list_bound(type_name, field_name, bound):
    """`type_name.field_name` is a plain list of at most `bound` items (its resolver keeps to it)."""
    _LIST_BOUNDS[(type_name, field_name)] = bound


def declare_field_cost(type_name, field_name, cost):
    """`cost(arguments, limits)` is the price of one `type_name.field_name`, beyond its children.

    `arguments` maps the argument names given to their values (None where unknown)."""
    _FIELD_COSTS[(type_name, field_name)] = cost


def _declared(table, parent_type, field_name):
    if parent_type is None:
        return None
    for type_ in (parent_type, *getattr(parent_type, "interfaces", ())):
        found = table.get((type_.name, field_name))
        if found is not None:
            return found
    return None


class _Refused(Exception):
    def __init__(self, code, found):
        super().__init__(code)
        self.code, self.found = code, found


def _page_size(value, limits):
    if value is None:
        return limits.default_page_size
    if isinstance(value, int) and not isinstance(value, bool):
        return min(max(value, 1), limits.max_page_size)
    return limits.max_page_size  # a value the resolver will refuse: count the worst


class Measure:
    """Depth and estimated cost of operations, each fragment measured once and remembered.

    Cost: an object field costs 1 and multiplies its children's cost by the number of items it may
    return (the page size asked, or the declared bound of a plain list); scalars are free (the depth
    and token limits bound them) unless declared (an image rendition). `visits` counts the
    selections walked, for tests.
    """

    def __init__(self, schema, document, limits, variables=None, max_depth=None, max_cost=None):
        self.schema = schema
        self.limits = limits
        self.variables = variables or {}
        self.max_depth, self.max_cost = max_depth, max_cost
        self.fragments = {
            definition.name.value: definition
            for definition in document.definitions
            if isinstance(definition, FragmentDefinitionNode)
        }
        self._measured = {}
        self._open = set()
        self.visits = 0

    def operation(self, operation):
        """(depth, cost) of `operation`; raises _Refused at the first limit passed."""
        root = self.schema.get_root_type(operation.operation)
        return self._selection_set(operation.selection_set, root, 0, 1)

    def _selection_set(self, selection_set, parent_type, level, factor):
        depth = shared = cost = 0
        # On an interface or union, an object has one concrete type: of the selections limited to
        # one object type, only that type's apply (PageByPath's `... on ExperiencePage` branches).
        exclusive = {}
        for selection in selection_set.selections:
            self.visits += 1
            if isinstance(selection, FieldNode):
                found = self._field(selection, parent_type, level, factor)
            elif isinstance(selection, InlineFragmentNode):
                type_ = self._type(selection.type_condition) or parent_type
                found = self._selection_set(selection.selection_set, type_, level, factor)
            else:
                found = self._spread(selection.name.value, level, factor)
            depth = max(depth, found[0])
            only = self._only_type(selection, parent_type)
            if only is None:
                shared += found[1]
            else:
                exclusive[only] = exclusive.get(only, 0) + found[1]
            cost = shared + max(exclusive.values(), default=0)
            # Every multiplier is at least 1: the whole costs at least this part times its factor.
            if self.max_cost is not None and cost * factor > self.max_cost:
                raise _Refused(errors.QUERY_TOO_COMPLEX, cost * factor)
        return depth, cost

    def _only_type(self, selection, parent_type):
        """The object type a fragment on an abstract parent is limited to, else None."""
        if isinstance(selection, FieldNode) or parent_type is None or is_object_type(parent_type):
            return None
        if isinstance(selection, InlineFragmentNode):
            condition = selection.type_condition
        else:
            fragment = self.fragments.get(selection.name.value)
            condition = fragment.type_condition if fragment else None
        type_ = self._type(condition)
        return type_.name if is_object_type(type_) else None

    def _spread(self, name, level, factor):
        found = self._measured.get(name)
        if found is None:
            fragment = self.fragments.get(name)
            if fragment is None or name in self._open:
                return 0, 0  # unknown fragment or cycle: the specified rules report them
            self._open.add(name)
            found = self._selection_set(
                fragment.selection_set, self._type(fragment.type_condition), level, factor
            )
            self._open.discard(name)
            self._measured[name] = found
        if self.max_depth is not None and level + found[0] > self.max_depth:
            raise _Refused(errors.QUERY_TOO_DEEP, level + found[0])
        if self.max_cost is not None and found[1] * factor > self.max_cost:
            raise _Refused(errors.QUERY_TOO_COMPLEX, found[1] * factor)
        return found

    def _field(self, node, parent_type, level, factor):
        name = node.name.value
        if name.startswith("__"):
            return 0, 0  # introspection: allowed or refused as a whole by NoIntrospectionRule
        if self.max_depth is not None and level + 1 > self.max_depth:
            raise _Refused(errors.QUERY_TOO_DEEP, level + 1)
        definition = None
        if parent_type is not None and hasattr(parent_type, "fields"):
            definition = parent_type.fields.get(name)
        own = 0
        declared = _declared(_FIELD_COSTS, parent_type, name)
        if declared is not None:
            own = declared(self._arguments(node), self.limits)
        if node.selection_set is None:
            return 1, own
        size = self._size(node, definition, parent_type)
        named = get_named_type(definition.type) if definition else None
        depth, cost = self._selection_set(
            node.selection_set,
            named if is_composite_type(named) else None,
            level + 1,
            factor * size,
        )
        return depth + 1, own + 1 + size * cost

    def _size(self, node, definition, parent_type):
        """How many items a field with a selection may return."""
        if definition is None:
            return 1
        if "first" in definition.args or "last" in definition.args:
            arguments = self._arguments(node)
            return _page_size(arguments.get("first", arguments.get("last")), self.limits)
        if not isinstance(get_nullable_type(definition.type), GraphQLList):
            return 1
        name = node.name.value
        if name == "edges" and is_object_type(parent_type) and "pageInfo" in parent_type.fields:
            return 1  # the connection's field already counted its page size
        bound = _declared(_LIST_BOUNDS, parent_type, name)
        return bound if bound is not None else self.limits.list_bound

    def _arguments(self, node):
        arguments = {}
        for argument in node.arguments or ():
            value = value_from_ast_untyped(argument.value, self.variables)
            arguments[argument.name.value] = None if value is Undefined else value
        return arguments

    def _type(self, type_condition):
        return self.schema.get_type(type_condition.name.value) if type_condition else None


def _refusal(refused, limits, node):
    if refused.code == errors.QUERY_TOO_DEEP:
        message = (
            f"Requête trop profonde : {refused.found} niveaux au moins, {limits.max_depth} au plus."
        )
    else:
        message = (
            f"Requête trop coûteuse : coût estimé {refused.found} au moins, {limits.max_cost} "
            "au plus. Demandez moins de champs, moins de déclinaisons d'images ou des pages "
            "plus petites."
        )
    return GraphQLError(message, node, extensions={"code": refused.code})


class DepthLimitRule(ValidationRule):
    """Depth of every operation of the document, fragments expanded (each measured once)."""

    limits: Limits

    def enter_document(self, node, *_):
        measure = Measure(self.context.schema, node, self.limits, max_depth=self.limits.max_depth)
        for definition in node.definitions:
            if isinstance(definition, OperationDefinitionNode):
                try:
                    measure.operation(definition)
                except _Refused as refused:
                    self.report_error(_refusal(refused, self.limits, definition))
                    break
        return SKIP


class AliasLimitRule(ValidationRule):
    limits: Limits

    def __init__(self, context):
        super().__init__(context)
        self.count = 0

    def enter_field(self, node, *_):
        if node.alias is not None:
            self.count += 1
            if self.count > self.limits.max_aliases:
                self.report_error(
                    GraphQLError(
                        f"Trop d'alias : plus de {self.limits.max_aliases}.",
                        extensions={"code": errors.TOO_MANY_ALIASES},
                    )
                )
                return BREAK
        return None


class SpreadLimitRule(ValidationRule):
    """Fragment spreads written in the document (front ends with colocated fragments use a few
    dozen; chains of spreads are how a small document asks for exponential work)."""

    limits: Limits

    def __init__(self, context):
        super().__init__(context)
        self.count = 0

    def enter_fragment_spread(self, node, *_):
        self.count += 1
        if self.count > self.limits.max_spreads:
            self.report_error(
                GraphQLError(
                    f"Trop de fragments dépliés (...Fragment) : plus de {self.limits.max_spreads}.",
                    extensions={"code": errors.TOO_MANY_SPREADS},
                )
            )
            return BREAK
        return None


class NoIntrospectionRule(ValidationRule):
    def enter_field(self, node: FieldNode, *_):
        if node.name.value in INTROSPECTION_FIELDS:
            self.report_error(
                GraphQLError(
                    "L'introspection du schéma est désactivée sur ce serveur ; le schéma est publié "
                    "dans graphql/schema.graphql.",
                    node,
                    extensions={"code": errors.INTROSPECTION_DISABLED},
                )
            )


class CostLimitRule(ValidationRule):
    """Estimated cost of the operation to run. It depends on the variables (page sizes, widths), so
    it is made for each request (`cost_rule`) and not cached with the document's validation."""

    limits: Limits
    variables: dict
    operation_name: str | None
    report_cost: Callable[[int], None]

    def enter_document(self, node, *_):
        operation = get_operation_ast(node, self.operation_name)
        if operation is None:
            return BREAK
        variables = _with_defaults(operation, self.variables)
        measure = Measure(
            self.context.schema, node, self.limits, variables, max_cost=self.limits.max_cost
        )
        try:
            _, cost = measure.operation(operation)
        except _Refused as refused:
            self.report_error(_refusal(refused, self.limits, operation))
        else:
            self.report_cost(cost)
        return BREAK


def _with_defaults(operation, variables):
    values = {}
    for definition in operation.variable_definitions or ():
        name = definition.variable.name.value
        if definition.default_value is not None:
            values[name] = value_from_ast_untyped(definition.default_value)
    values.update(variables or {})
    return values


def _bind(rule, limits, **attributes):
    return type(rule.__name__, (rule,), {"limits": limits, **attributes})


def document_rules(limits):
    """The rules that depend only on the document (so their result can be cached with it)."""
    rules = [
        _bind(SpreadLimitRule, limits),
        _bind(AliasLimitRule, limits),
        _bind(DepthLimitRule, limits),
    ]
    if not limits.introspection:
        rules.append(NoIntrospectionRule)
    return rules


def cost_rule(limits, variables, operation_name, report_cost):
    return _bind(
        CostLimitRule,
        limits,
        variables=variables or {},
        operation_name=operation_name,
        report_cost=staticmethod(report_cost),
    )


def _rendition_cost(arguments, limits):
    return limits.rendition_cost


def _src_set_cost(arguments, limits):
    widths = arguments.get("widths")
    if widths is None:
        count = 3  # the resolver's default widths
    elif isinstance(widths, list):
        count = len(set(map(repr, widths)))
    else:
        count = 1
    return max(count, 1) * limits.rendition_cost


# Each rendition may have to be generated (decode, resize, encode): far more than a row read.
declare_field_cost("Image", "rendition", _rendition_cost)
declare_field_cost("Image", "srcSet", _src_set_cost)
