"""StreamField blocks as typed GraphQL unions, generated from the block definitions.

Each StructBlock class becomes one object type (shared wherever the block is used); each child of a
StreamBlock becomes a member of that stream's union, with `id` and `blockType`. A chosen page that
is not visible, and an image or a document in a restricted collection, come out as null.
"""

import graphene
from django.utils.text import camel_case_to_spaces
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from cms.api.media import DocumentType, ImageType, visible_media
from cms.api.richtext import RichTextType, rich_text_source

_struct_types: dict[type, type[graphene.ObjectType]] = {}
_unions: dict[str, type[graphene.Union]] = {}


def _camel(name):
    return "".join(part.capitalize() for part in name.split("_"))


class EmbedType(graphene.ObjectType):
    class Meta:
        name = "Embed"
        description = (
            "Contenu intégré (vidéo, diaporama) : l'adresse d'origine, à intégrer par le front end."
        )

    url = graphene.String(required=True, description="Adresse du contenu.")

    def resolve_url(root, info):
        return getattr(root, "url", None) or str(root)


def _visible_page(value, info):
    from cms.visibility import visible_pages

    if value is None:
        return None
    return visible_pages().filter(pk=value.pk).specific().first()


def _visible_media(value, info):
    return visible_media(value, info.context)


def _rich_text(value, info):
    return rich_text_source(value)


def _text(value, info):
    return "" if value is None else str(value)


def _field_for(block, description):
    """A graphene field and its resolver transform `(value, info)` for one child block."""
    from cms.api.pages import PageInterface

    if isinstance(block, blocks.RichTextBlock):
        return graphene.Field(RichTextType, description=description), _rich_text
    if isinstance(block, ImageChooserBlock):
        return graphene.Field(
            ImageType, description=description + " (null si à accès restreint)"
        ), _visible_media
    if isinstance(block, DocumentChooserBlock):
        return graphene.Field(
            DocumentType, description=description + " (null si à accès restreint)"
        ), _visible_media
    if isinstance(block, blocks.PageChooserBlock):
        return graphene.Field(
            PageInterface, description=description + " (null si non publiée)"
        ), _visible_page
    if isinstance(block, EmbedBlock):
        return graphene.Field(EmbedType, description=description), None
    if isinstance(block, blocks.DateBlock):
        return graphene.Date(description=description), None
    if isinstance(block, blocks.BooleanBlock):
        return graphene.Boolean(description=description), None
    if isinstance(block, blocks.IntegerBlock):
        return graphene.Int(description=description), None
    if isinstance(block, blocks.StructBlock):
        return graphene.Field(struct_type(block), description=description), None
    if isinstance(block, blocks.ListBlock):
        inner, transform = _field_for(block.child_block, description)
        inner_type = inner.type if isinstance(inner, graphene.Field) else type(inner)

        def list_transform(value, info):
            items = list(value)
            if transform:
                # A chosen page that is not visible (or a private image) leaves the list.
                items = [transform(item, info) for item in items]
            return [item for item in items if item is not None]

        return graphene.List(
            graphene.NonNull(inner_type), required=True, description=description
        ), list_transform
    if isinstance(block, blocks.FieldBlock):
        return graphene.String(description=description), _text
    raise TypeError(f"Bloc sans type GraphQL : {type(block).__name__}")


def _make_resolver(name, transform, empty=None):
    def resolver(root, info):
        value = root.get(name) if hasattr(root, "get") else getattr(root, name, None)
        if value is None:
            return empty
        if transform is not None:
            return transform(value, info)
        return value

    return resolver


def struct_type(block):
    cls = type(block)
    if cls in _struct_types:
        return _struct_types[cls]
    attrs = {}
    for name, child in block.child_blocks.items():
        description = str(child.label or camel_case_to_spaces(name))
        field, transform = _field_for(child, description)
        attrs[name] = field
        empty = [] if isinstance(child, blocks.ListBlock) else None
        attrs[f"resolve_{name}"] = staticmethod(_make_resolver(name, transform, empty))
    doc = (cls.__doc__ or "").strip().splitlines()
    meta = type(
        "Meta",
        (),
        {
            "name": cls.__name__,
            "description": (doc[0] if doc else str(block.label or cls.__name__)),
        },
    )
    attrs["Meta"] = meta
    graphql_type = type(cls.__name__, (graphene.ObjectType,), attrs)
    _struct_types[cls] = graphql_type
    return graphql_type


def stream_union(stream_block, name, description):
    """The union type of a StreamBlock's children, e.g. `BodyBlock`."""
    if name in _unions:
        return _unions[name]
    members = []
    for child_name, child in stream_block.child_blocks.items():
        type_name = f"{name.removesuffix('Block')}{_camel(child_name)}"
        label = str(child.label or child_name)
        attrs = {
            "id": graphene.ID(required=True, description="Identifiant stable du bloc."),
            "block_type": graphene.String(required=True, description="Nom du bloc dans le flux."),
            "Meta": type("Meta", (), {"name": type_name, "description": f"Bloc « {label} »."}),
            "resolve_id": staticmethod(lambda root, info: root.id),
            "resolve_block_type": staticmethod(lambda root, info: root.block_type),
        }
        # Each member names its content after the block (e.g. `quote`, `paragraph`): distinct names
        # let one query select every member of the union without field conflicts.
        if isinstance(child, blocks.StructBlock):
            attrs[child_name] = graphene.Field(
                graphene.NonNull(struct_type(child)), description="Contenu du bloc."
            )
            attrs[f"resolve_{child_name}"] = staticmethod(lambda root, info: root.value)
        else:
            field, transform = _field_for(child, "Contenu du bloc.")
            attrs[child_name] = field
            attrs[f"resolve_{child_name}"] = staticmethod(
                (
                    lambda t: (
                        lambda root, info: (
                            t(root.value, info) if t and root.value is not None else root.value
                        )
                    )
                )(transform)
            )
        members.append(type(type_name, (graphene.ObjectType,), attrs))

    def resolve_type(cls, instance, info):
        return next(
            m
            for m in members
            if m._meta.name == f"{name.removesuffix('Block')}{_camel(instance.block_type)}"
        )

    union_meta = type(
        "Meta", (), {"name": name, "description": description, "types": tuple(members)}
    )
    union = type(
        name, (graphene.Union,), {"Meta": union_meta, "resolve_type": classmethod(resolve_type)}
    )
    _unions[name] = union
    return union


def stream_field(stream_block, name, description):
    union = stream_union(stream_block, name, description)
    return graphene.List(graphene.NonNull(union), required=True, description=description)


def resolve_stream(attribute):
    def resolver(root, info):
        value = getattr(root, attribute, None)
        return list(value) if value is not None else []

    return resolver


def body_stream(attribute="body", description="Contenu en blocs."):
    """The `(field, resolver)` pair of a page's BodyStreamBlock StreamField."""
    from cms.blocks import BodyStreamBlock

    return stream_field(BodyStreamBlock(), "BodyBlock", description), staticmethod(
        resolve_stream(attribute)
    )
