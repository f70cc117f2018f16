"""Validation rules that refuse abusive documents before anything runs (OWASP GraphQL cheat sheet):
depth, aliases, estimated cost, introspection."""

from django.conf import settings
from graphql import GraphQLError, ValidationRule
from graphql.language import (
    FieldNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    OperationDefinitionNode,
)

from cms.api import errors

INTROSPECTION_FIELDS = {"__schema", "__type"}


def _limit(name, default):
    return getattr(settings, name, default)


class _DocumentWalker:
    """Expands fragments once per operation, guarding against fragment cycles."""

    def __init__(self, document):
        self.fragments = {
            f.name.value: f for f in document.definitions if f.kind == "fragment_definition"
        }

    def selections(self, node, seen):
        for selection in node.selection_set.selections if node.selection_set else ():
            if isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in seen:
                    continue
                yield from self.selections(fragment, seen | {name})
            elif isinstance(selection, InlineFragmentNode):
                yield from self.selections(selection, seen)
            else:
                yield selection, seen


class DepthLimitRule(ValidationRule):
    def enter_operation_definition(self, node: OperationDefinitionNode, *_):
        walker = _DocumentWalker(self.context.document)
        max_depth = _limit("GRAPHQL_MAX_DEPTH", 12)

        def depth(n, seen, level):
            deepest = level
            for field, fseen in walker.selections(n, seen):
                if field.name.value.startswith("__"):
                    continue
                deepest = max(
                    deepest, depth(field, fseen, level + 1) if field.selection_set else level + 1
                )
                if deepest > max_depth:
                    return deepest
            return deepest

        found = depth(node, frozenset(), 0)
        if found > max_depth:
            self.report_error(
                GraphQLError(
                    f"Requête trop profonde : {found} niveaux au moins, {max_depth} au plus.",
                    node,
                    extensions={"code": errors.QUERY_TOO_DEEP},
                )
            )


class AliasLimitRule(ValidationRule):
    def enter_document(self, node, *_):
        count = 0
        stack = list(node.definitions)
        while stack:
            current = stack.pop()
            if isinstance(current, FieldNode) and current.alias is not None:
                count += 1
            selection_set = getattr(current, "selection_set", None)
            if selection_set:
                stack.extend(selection_set.selections)
        max_aliases = _limit("GRAPHQL_MAX_ALIASES", 15)
        if count > max_aliases:
            self.report_error(
                GraphQLError(
                    f"Trop d'alias : {count}, {max_aliases} au plus.",
                    extensions={"code": errors.TOO_MANY_ALIASES},
                )
            )


def cost_error(document, operation, variables):
    """The QUERY_TOO_COMPLEX error of `operation`, or None.

    Each object field costs 1 (scalars are free: depth and token limits bound them); a paginated
    field multiplies its children's cost by the page size asked. A plain function, run on every
    request, because the cost depends on the variables while the rest of validation is cached.
    """
    walker = _DocumentWalker(document)
    variables = variables or {}
    max_page = _limit("GRAPHQL_MAX_PAGE_SIZE", 100)

    def page_size(field):
        for argument in field.arguments or ():
            if argument.name.value in ("first", "last"):
                value = argument.value
                if value.kind == "int_value":
                    return min(max(int(value.value), 1), max_page)
                if value.kind == "variable":
                    raw = variables.get(value.name.value)
                    return min(max(int(raw), 1), max_page) if isinstance(raw, int) else max_page
        return None

    def cost(node, seen):
        total = 0
        for field, field_seen in walker.selections(node, seen):
            if field.name.value.startswith("__") or not field.selection_set:
                continue
            children = cost(field, field_seen)
            size = page_size(field)
            total += 1 + (children * size if size else children)
        return total

    found = cost(operation, frozenset())
    max_cost = _limit("GRAPHQL_MAX_COST", 3000)
    if found <= max_cost:
        return None
    return GraphQLError(
        f"Requête trop coûteuse : coût estimé {found}, {max_cost} au plus. "
        "Demandez moins de champs ou des pages plus petites.",
        operation,
        extensions={"code": errors.QUERY_TOO_COMPLEX},
    )


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


def validation_rules():
    """The rules that depend only on the document (so their result can be cached with it)."""
    rules = [DepthLimitRule, AliasLimitRule]
    if not getattr(settings, "GRAPHQL_INTROSPECTION", False):
        rules.append(NoIntrospectionRule)
    return rules
