"""Typed GraphQL errors: every error a client receives has a stable `extensions.code`."""

import logging
import re

from django.http import HttpResponse
from graphene_django.views import HttpError
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
TOO_MANY_SPREADS = "TOO_MANY_SPREADS"
QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX"
INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED"
UNAUTHENTICATED = "UNAUTHENTICATED"
FORBIDDEN = "FORBIDDEN"
BAD_USER_INPUT = "BAD_USER_INPUT"
INTERNAL = "INTERNAL_SERVER_ERROR"
# Persisted queries (cms/api/persisted.py); the first is Apollo's, its clients retry on it.
PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"
PERSISTED_QUERY_HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH"
PERSISTED_QUERY_VERSION_NOT_SUPPORTED = "PERSISTED_QUERY_VERSION_NOT_SUPPORTED"
PERSISTED_QUERY_REQUIRED = "PERSISTED_QUERY_REQUIRED"

# graphql-core ends some messages with "Did you mean 'x'?": that names fields and values of the
# schema to whoever probes it, so the suggestion is cut from what a client reads.
SUGGESTION = re.compile(
    r" Did you mean (?:the enum value |to use an inline fragment on )?"
    r"'\w*'(?:(?:, |,? or )'\w*')*\?$"
)


class ApiError(GraphQLError):
    """An error meant for the client: a French message and a code."""

    def __init__(self, message, code=BAD_USER_INPUT, **kwargs):
        super().__init__(message, extensions={"code": code}, **kwargs)


class RequestRefused(HttpError):
    """A request refused before any GraphQL runs: an HTTP status, a French message, a code.

    graphene-django's view turns an `HttpError` into its response, with `format_error` below."""

    def __init__(self, status, message, code, headers=None):
        response = HttpResponse(status=status, content_type="application/json")
        for name, value in (headers or {}).items():
            response[name] = value
        super().__init__(response, message)
        self.code = code


# graphene-django's own refusals (English, no code), by HTTP status.
HTTP_ERRORS = {
    400: ("Requête invalide.", BAD_REQUEST),
    405: ("Seules les méthodes GET et POST sont acceptées.", METHOD_NOT_ALLOWED),
}


def without_suggestion(message):
    return SUGGESTION.sub("", message)


def format_error(error):
    """Client-facing JSON of an error: message, code, locations and path; never a stack trace."""
    if isinstance(error, RequestRefused):
        return {"message": error.message, "extensions": {"code": error.code}}
    if isinstance(error, HttpError):
        message, code = HTTP_ERRORS.get(error.response.status_code, HTTP_ERRORS[400])
        return {"message": message, "extensions": {"code": code}}
    if isinstance(error, GraphQLError):
        original = error.original_error
        if original is not None and not isinstance(original, GraphQLError):
            # A bug, not a client mistake: log it whole, tell the client nothing of the internals.
            logger.error("Erreur interne GraphQL", exc_info=original)
            formatted = {"message": "Erreur interne du serveur.", "extensions": {"code": INTERNAL}}
        else:
            source = original if isinstance(original, GraphQLError) else error
            formatted = {
                "message": without_suggestion(source.message),
                "extensions": {"code": (source.extensions or {}).get("code", VALIDATION_FAILED)},
            }
        if error.locations:
            formatted["locations"] = [
                {"line": loc.line, "column": loc.column} for loc in error.locations
            ]
        if error.path:
            formatted["path"] = error.path
        return formatted
    logger.error("Erreur interne GraphQL", exc_info=error)
    return {"message": "Erreur interne du serveur.", "extensions": {"code": INTERNAL}}
