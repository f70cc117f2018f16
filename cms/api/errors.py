"""Typed GraphQL errors: every error a client receives has a stable `extensions.code`."""

import logging

from graphql import GraphQLError

logger = logging.getLogger("cms.api")

BAD_REQUEST = "BAD_REQUEST"
BATCH_NOT_ALLOWED = "BATCH_NOT_ALLOWED"
METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
QUERY_TOO_LARGE = "QUERY_TOO_LARGE"
QUERY_TOO_DEEP = "QUERY_TOO_DEEP"
TOO_MANY_ALIASES = "TOO_MANY_ALIASES"
QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX"
INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED"
UNAUTHENTICATED = "UNAUTHENTICATED"
FORBIDDEN = "FORBIDDEN"
BAD_USER_INPUT = "BAD_USER_INPUT"
INTERNAL = "INTERNAL_SERVER_ERROR"


class ApiError(GraphQLError):
    """An error meant for the client: a French message and a code."""

    def __init__(self, message, code=BAD_USER_INPUT, **kwargs):
        super().__init__(message, extensions={"code": code}, **kwargs)


def format_error(error):
    """Client-facing JSON of an error: message, code, locations and path; never a stack trace."""
    if isinstance(error, GraphQLError):
        original = error.original_error
        if original is not None and not isinstance(original, GraphQLError):
            # A bug, not a client mistake: log it whole, tell the client nothing of the internals.
            logger.error("Erreur interne GraphQL", exc_info=original)
            formatted = {"message": "Erreur interne du serveur.", "extensions": {"code": INTERNAL}}
        else:
            source = original if isinstance(original, GraphQLError) else error
            formatted = {
                "message": source.message,
                "extensions": {"code": (source.extensions or {}).get("code", VALIDATION_FAILED)},
            }
        if error.locations:
            formatted["locations"] = [
                {"line": loc.line, "column": loc.column} for loc in error.locations
            ]
        if error.path:
            formatted["path"] = error.path
        return formatted
    return {"message": str(error), "extensions": {"code": BAD_REQUEST}}
