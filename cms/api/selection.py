"""Look-ahead on the GraphQL selection, so list resolvers batch-load only what is asked."""

from graphql.language import FieldNode, FragmentSpreadNode, InlineFragmentNode


def _walk(selection_set, fragments, prefix, out, expanded):
    if selection_set is None:
        return
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            path = f"{prefix}{selection.name.value}"
            out.add(path)
            _walk(selection.selection_set, fragments, path + ".", out, expanded)
        elif isinstance(selection, InlineFragmentNode):
            _walk(selection.selection_set, fragments, prefix, out, expanded)
        elif isinstance(selection, FragmentSpreadNode):
            # A fragment adds the same paths wherever it is spread under one prefix: expanding it
            # once per prefix keeps chains of fragments spread twice from doubling at each link.
            name = selection.name.value
            if name in fragments and (prefix, name) not in expanded:
                expanded.add((prefix, name))
                _walk(fragments[name].selection_set, fragments, prefix, out, expanded)


def selected_paths(info, under=""):
    """Dotted paths selected below the current field, e.g. {"edges.node.themes", "edges.node.themes.name"}."""
    out = set()
    for node in info.field_nodes:
        _walk(node.selection_set, info.fragments, "", out, set())
    if under:
        prefix = under + "."
        return {path[len(prefix) :] for path in out if path.startswith(prefix)}
    return out
