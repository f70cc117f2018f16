"""What every mutation shares: typed errors, the caller, and the translation of refusals.

A mutation returns `errors { field code message }` and never raises for a refusal the client can
act on; services raise `ServiceError` (or Django's ValidationError) and stay free of GraphQL.
"""

import graphene
from django.core.exceptions import PermissionDenied, ValidationError

from cms.api import errors as codes
from cms.services import ServiceError


class MutationError(graphene.ObjectType):
    class Meta:
        description = (
            "Refus d'une mutation : le champ en cause, un code stable et un message en français."
        )

    field = graphene.String(
        description="Champ de l'entrée en cause (camelCase), ou null pour l'ensemble."
    )
    code = graphene.String(
        required=True, description="Code stable, ex. REQUIRED, CONFLICT, FORBIDDEN, NOT_FOUND."
    )
    message = graphene.String(required=True, description="Message lisible, en français.")


def _camel(name):
    if not name or name == "__all__":
        return None
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def errors_from_exception(exc):
    """Turn a ServiceError, ValidationError or PermissionDenied into a list of MutationError."""
    if isinstance(exc, ServiceError):
        return [MutationError(field=_camel(exc.field), code=exc.code, message=exc.message)]
    if isinstance(exc, PermissionDenied):
        return [
            MutationError(
                field=None, code=codes.FORBIDDEN, message=str(exc) or "Action non autorisée."
            )
        ]
    if isinstance(exc, ValidationError):
        found = []
        if hasattr(exc, "error_dict"):
            for field, field_errors in exc.error_dict.items():
                for error in field_errors:
                    found.append(
                        MutationError(
                            field=_camel(field),
                            code=(error.code or "INVALID").upper(),
                            message=" ".join(error.messages),
                        )
                    )
        else:
            for error in exc.error_list:
                found.append(
                    MutationError(
                        field=None,
                        code=(error.code or "INVALID").upper(),
                        message=" ".join(error.messages),
                    )
                )
        return found
    raise exc


class BaseMutation(graphene.Mutation):
    """Subclasses implement `perform(root, info, **input)` returning a dict of output fields.

    Refusals become `errors`; any other exception is a server bug and surfaces as
    INTERNAL_SERVER_ERROR without details. The caller must hold a Bearer token unless
    `allow_anonymous` is set.
    """

    class Meta:
        abstract = True

    errors = graphene.List(
        graphene.NonNull(MutationError),
        required=True,
        description="Refus ; vide quand la mutation a réussi.",
    )

    allow_anonymous = False

    @classmethod
    def mutate(cls, root, info, **kwargs):
        from django.db import transaction

        user = info.context.user
        if not cls.allow_anonymous and not user.is_authenticated:
            return cls(
                errors=[
                    MutationError(
                        field=None,
                        code=codes.UNAUTHENTICATED,
                        message="Authentification requise : envoyez « Authorization: Bearer <jeton> ».",
                    )
                ]
            )
        try:
            with transaction.atomic():
                output = cls.perform(root, info, **kwargs)
        except (ServiceError, ValidationError, PermissionDenied) as exc:
            return cls(errors=errors_from_exception(exc), **cls.refusal_output(exc))
        return cls(errors=[], **(output or {}))

    @classmethod
    def perform(cls, root, info, **kwargs):
        raise NotImplementedError

    @classmethod
    def refusal_output(cls, exc):
        """Output fields that come with a refusal (e.g. the revision a conflict is about)."""
        return {}
