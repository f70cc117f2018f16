"""Give every model-backed GraphQL field a description, from the model field's French verbose_name
and help_text, unless the type declares its own."""

from django.core.exceptions import FieldDoesNotExist
from graphene import Dynamic


def _model_description(model, name):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    label = str(getattr(field, "verbose_name", "") or name)
    label = label[:1].upper() + label[1:]
    help_text = str(getattr(field, "help_text", "") or "")
    return f"{label}. {help_text}".strip() if help_text else f"{label}."


def describe(graphql_type):
    model = graphql_type._meta.model
    for name, field in list(graphql_type._meta.fields.items()):
        if isinstance(field, Dynamic):
            description = _model_description(model, name)

            def wrapped(dynamic=field, description=description):
                inner = dynamic.get_type()
                if inner is not None and not getattr(inner, "description", None):
                    inner.description = description
                return inner

            graphql_type._meta.fields[name] = Dynamic(wrapped)
        elif not getattr(field, "description", None):
            field.description = _model_description(model, name) or name
    return graphql_type
