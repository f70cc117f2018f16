"""Model-backed GraphQL types whose every field is described, from the model.

`DescribedDjangoObjectType` is the base of our `DjangoObjectType`s. graphene-django describes a
model field by its `help_text` alone, so a field without one reached the schema undescribed; here
each selected model field that the type (or one of its interfaces) does not declare itself is
declared on the type, as graphene-django converts it, with a description: the `help_text`, or
else the French `verbose_name` (« Titre. »). A field the type declares keeps its own description.
"""

import copy

from graphene import Dynamic, Field
from graphene.types.mountedtype import MountedType
from graphene.types.unmountedtype import UnmountedType
from graphene_django import DjangoObjectType
from graphene_django.converter import convert_django_field_with_choices
from graphene_django.registry import get_global_registry
from graphene_django.types import ALL_FIELDS
from graphene_django.utils import get_model_fields


def model_field_description(model_field, name):
    label = str(getattr(model_field, "verbose_name", "") or name)
    label = label[:1].upper() + label[1:]
    help_text = str(getattr(model_field, "help_text", "") or "")
    return f"{label}. {help_text}".strip() if help_text else f"{label}."


def with_description(converted, description):
    """graphene-django's conversion of a model field (an unmounted type, a field or a `Dynamic`
    one), described by its own description or else by `description`."""
    if isinstance(converted, Dynamic):

        def described_type():
            inner = converted.get_type()
            return None if inner is None else with_description(inner, description)

        return Dynamic(described_type, converted.with_schema)
    field = converted.mount_as(Field) if isinstance(converted, UnmountedType) else converted
    if field.description:
        return field
    # A copy: graphene-django caches its conversion of each model field in its registry.
    field = copy.copy(field)
    field.description = description
    return field


def _selected(name, fields, exclude):
    if fields is not None and fields != ALL_FIELDS and name not in fields:
        return False
    return not (exclude and name in exclude) and not name.endswith("+")


def _declared(cls, name, interfaces):
    return isinstance(getattr(cls, name, None), MountedType | UnmountedType) or any(
        name in interface._meta.fields for interface in interfaces
    )


def _converts_to_enum(name, convert_choices_to_enum):
    if isinstance(convert_choices_to_enum, list):
        return name in convert_choices_to_enum
    return convert_choices_to_enum


class DescribedDjangoObjectType(DjangoObjectType):
    class Meta:
        abstract = True

    @classmethod
    def __init_subclass_with_meta__(
        cls,
        model=None,
        registry=None,
        fields=None,
        exclude=None,
        interfaces=(),
        convert_choices_to_enum=None,
        **options,
    ):
        registry = registry or get_global_registry()
        for name, model_field in get_model_fields(model) if model else ():
            if not _selected(name, fields, exclude) or _declared(cls, name, interfaces):
                continue
            converted = convert_django_field_with_choices(
                model_field,
                registry,
                convert_choices_to_enum=_converts_to_enum(name, convert_choices_to_enum),
            )
            # Declared on the class being built, as a type declares its own fields.
            setattr(
                cls, name, with_description(converted, model_field_description(model_field, name))
            )
        super().__init_subclass_with_meta__(
            model=model,
            registry=registry,
            fields=fields,
            exclude=exclude,
            interfaces=interfaces,
            convert_choices_to_enum=convert_choices_to_enum,
            **options,
        )
