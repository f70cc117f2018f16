"""The manifest of committed operations, hashed the way front ends hash them.

The site's types come from graphql-codegen's client preset with `persistedDocuments:
{ hashAlgorithm: 'sha256' }`. It sends, for each operation, the identifier
`sha256:<hex of sha256(text)>`, where `text` is the operation and every fragment it reaches,
printed by `@graphql-tools/documents`' `printExecutableGraphQLDocument`: `@client` selections and
`@connection` directives dropped, definitions, variables, selections and directive arguments sorted,
graphql-js `print`, every run of white space made one space. This module prints the same text from
Python (graphql-core's `print_ast` is graphql-js 16's `print`), so that the manifest committed here
(`graphql/persisted-operations.json`, same format as codegen's `persisted-documents.json`) holds
the very identifiers the site sends. tests/api/test_persisted_documents.py checks it against a
manifest made by graphql-codegen 6.2.0 itself.
"""

import hashlib
import json
import re
from copy import copy
from pathlib import Path

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    parse,
    print_ast,
    validate,
)

PREFIX = "sha256:"

# JavaScript's \s, which codegen's normalisation uses (Python's \s differs at its edges).
_JS_WHITE_SPACE = re.compile(
    "[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+"
)


class ManifestError(Exception):
    """A committed operation that cannot go into the manifest (French message)."""


def document_id(text):
    return PREFIX + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _normalize_white_space(text):
    return _JS_WHITE_SPACE.sub(" ", text).strip(" ")


def stable_print(document):
    """`normalizeAndPrintDocumentNode` of graphql-codegen's client preset."""
    return _normalize_white_space(print_ast(_sort_document(_without_client_only(document))))


# --- what the server never sees: @client selections, @connection directives -------------------


def _has_directive(node, name):
    return any(directive.name.value == name for directive in node.directives or ())


def _without_client_only(node):
    node = copy(node)
    if getattr(node, "directives", None):
        node.directives = [d for d in node.directives if d.name.value != "connection"]
    if isinstance(node, DocumentNode):
        node.definitions = [_without_client_only(d) for d in node.definitions]
    if getattr(node, "selection_set", None) is not None:
        selection_set = copy(node.selection_set)
        selection_set.selections = [
            _without_client_only(selection)
            for selection in selection_set.selections
            if not _has_directive(selection, "client")
        ]
        node.selection_set = selection_set
    return node


# --- @graphql-tools/documents' sortExecutableDocument ------------------------------------------

_SELECTION_PREFIX = {FieldNode: "0", FragmentSpreadNode: "1", InlineFragmentNode: "2"}


def _selection_key(node):
    if isinstance(node, InlineFragmentNode):
        condition = node.type_condition.name.value if node.type_condition else ""
        inner = _sort_nodes(node.selection_set.selections)
        return "2" + condition + _normalize_white_space(" ".join(print_ast(n) for n in inner))
    return _SELECTION_PREFIX[type(node)] + node.name.value


def _definition_key(node):
    # graphql-js sorts definitions by kind, then name (nameless last): fragments come first.
    name = node.name.value if node.name else None
    return (0 if isinstance(node, FragmentDefinitionNode) else 1, name is None, name or "")


def _sort_nodes(nodes):
    nodes = list(nodes or ())
    if not nodes:
        return nodes
    first = nodes[0]
    if isinstance(first, (FieldNode, FragmentSpreadNode, InlineFragmentNode)):
        key = _selection_key
    elif first.kind == "variable_definition":
        key = lambda node: node.variable.name.value  # noqa: E731
    elif first.kind in ("directive", "argument"):
        key = lambda node: node.name.value  # noqa: E731
    else:
        key = _definition_key
    return sorted(nodes, key=key)  # stable, like codegen's index tie-break


def _directives(node, sort):
    directives = list(node.directives or ())
    if sort:
        directives = _sort_nodes(directives)
    result = []
    for directive in directives:
        directive = copy(directive)
        directive.arguments = _sort_nodes(directive.arguments)
        result.append(directive)
    return result


def _sort_selection_set(selection_set, in_order=False):
    """`in_order`: the root of a mutation, whose fields run one after the other, keeps its order;
    so do the inline fragments at that level, and theirs."""
    selection_set = copy(selection_set)
    selections = (
        list(selection_set.selections) if in_order else _sort_nodes(selection_set.selections)
    )
    result = []
    for selection in selections:
        selection = copy(selection)
        if isinstance(selection, FieldNode):
            selection.directives = _directives(selection, sort=False)
            if selection.selection_set is not None:
                selection.selection_set = _sort_selection_set(selection.selection_set)
        elif isinstance(selection, FragmentSpreadNode):
            selection.directives = _directives(selection, sort=True)
        else:
            selection.directives = _directives(selection, sort=not in_order)
            selection.selection_set = _sort_selection_set(selection.selection_set, in_order)
        result.append(selection)
    selection_set.selections = result
    return selection_set


def _sort_variables(definitions):
    result = []
    for definition in _sort_nodes(definitions):
        definition = copy(definition)
        definition.directives = _directives(definition, sort=False)
        result.append(definition)
    return result


def _sort_document(document):
    document = copy(document)
    definitions = []
    for definition in _sort_nodes(document.definitions):
        definition = copy(definition)
        definition.variable_definitions = _sort_variables(definition.variable_definitions)
        if isinstance(definition, OperationDefinitionNode):
            definition.directives = _directives(definition, sort=False)
            in_order = definition.operation == OperationType.MUTATION
        else:
            definition.directives = _directives(definition, sort=True)
            in_order = False
        definition.selection_set = _sort_selection_set(definition.selection_set, in_order)
        definitions.append(definition)
    document.definitions = definitions
    return document


# --- the manifest -----------------------------------------------------------------------------


def _spreads(node):
    """Names of the fragments spread under `node`, in document order."""
    selection_set = getattr(node, "selection_set", None)
    if selection_set is None:
        return
    for selection in selection_set.selections:
        if isinstance(selection, FragmentSpreadNode):
            yield selection.name.value
        else:
            yield from _spreads(selection)


def _reached(operation, fragments):
    reached, pending = {}, list(_spreads(operation))
    while pending:
        name = pending.pop(0)
        if name in reached:
            continue
        if name not in fragments:
            raise ManifestError(f"Fragment inconnu : « {name} ».")
        reached[name] = fragments[name][0]
        pending.extend(_spreads(reached[name]))
    return list(reached.values())


def build_manifest(paths, schema):
    """{identifier: text} of every operation in the `.graphql` files `paths`, each with the
    fragments it reaches (wherever they are defined), checked against `schema`."""
    operations, fragments = [], {}
    for path in sorted(Path(p) for p in paths):
        try:
            document = parse(path.read_text(encoding="utf-8"), no_location=True)
        except Exception as error:
            raise ManifestError(f"{path.name} : document GraphQL illisible ({error}).") from error
        for definition in document.definitions:
            if isinstance(definition, FragmentDefinitionNode):
                name = definition.name.value
                if name in fragments and print_ast(fragments[name][0]) != print_ast(definition):
                    raise ManifestError(
                        f"{path.name} : le fragment « {name} » est déjà défini dans "
                        f"{fragments[name][1]} avec un autre contenu."
                    )
                fragments[name] = (definition, path.name)
            elif isinstance(definition, OperationDefinitionNode):
                if definition.name is None:
                    raise ManifestError(
                        f"{path.name} : chaque opération porte un nom (query Nom {{ … }})."
                    )
                operations.append((definition, path.name))
    manifest, names = {}, {}
    for operation, file_name in operations:
        name = operation.name.value
        if name in names:
            raise ManifestError(
                f"{file_name} : l'opération « {name} » est déjà définie dans {names[name]}."
            )
        names[name] = file_name
        document = DocumentNode(definitions=[operation, *_reached(operation, fragments)])
        text = stable_print(document)
        errors = validate(schema, parse(text))
        if errors:
            details = " ; ".join(error.message for error in errors)
            raise ManifestError(f"{file_name} : l'opération « {name} » est invalide : {details}")
        manifest[document_id(text)] = text
    return manifest


def operation_files(directory):
    return sorted(Path(directory).rglob("*.graphql"))


def dumps(manifest):
    return json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
