"""GraphQL enums generated from Django choices, so that a value added to a model's choices reaches
the API without a second list to keep in step."""

import graphene


def choices_enum(choices, name, description):
    """A GraphQL enum `name` with one value per member of `choices` (a Django `TextChoices`):
    the member's name, and its label as the value's description."""

    def describe(member):
        return description if member is None else str(member.label)

    return graphene.Enum.from_enum(choices, name=name, description=describe)
