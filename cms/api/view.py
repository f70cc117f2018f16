"""The GraphQL endpoint: authentication, limits, typed errors and HTTP caching around graphene-django."""

import hashlib
import json
import sys
from functools import lru_cache

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from graphene_django.views import GraphQLView
from graphql import GraphQLError, OperationType, get_operation_ast, parse, validate
from graphql.error import GraphQLSyntaxError
from graphql.validation import specified_rules

from cms.api import errors, response_cache
from cms.api.auth import InvalidToken, user_from_request
from cms.api.cache import CACHE_TAG
from cms.api.limits import cost_error, validation_rules


@lru_cache(maxsize=512)
def parse_and_validate(schema, query, introspection):
    """Front ends send the same few documents again and again: parse and validate each once.

    `introspection` is part of the key because it changes the rules.
    """
    document = parse(query, max_tokens=settings.GRAPHQL_MAX_TOKENS)
    return document, validate(
        schema, document, [*specified_rules, *validation_rules()], max_errors=20
    )


# Error messages must not suggest field names ("Did you mean …?"): that leaks the schema.
sys.modules["graphql.pyutils.did_you_mean"].MAX_LENGTH = 0  # type: ignore[attr-defined]  # graphql-core types its module without it; issue 15 replaces this patch


class ApiView(GraphQLView):
    graphiql = False
    batch = False

    def error_response(self, status, message, code, headers=None):
        response = HttpResponse(
            json.dumps(
                {"errors": [{"message": message, "extensions": {"code": code}}]}, ensure_ascii=False
            ),
            status=status,
            content_type="application/json",
        )
        for key, value in (headers or {}).items():
            response[key] = value
        return response

    def dispatch(self, request, *args, **kwargs):
        if request.method not in ("GET", "POST"):
            return self.error_response(
                405,
                "Seules les méthodes GET et POST sont acceptées.",
                errors.METHOD_NOT_ALLOWED,
                {"Allow": "GET, POST"},
            )
        try:
            request.user = user_from_request(request)
        except InvalidToken as error:
            return self.error_response(
                401, str(error), errors.UNAUTHENTICATED, {"WWW-Authenticate": "Bearer"}
            )

        self.graphiql = settings.GRAPHQL_GRAPHIQL
        if request.method == "GET" and self.graphiql and self.request_wants_html(request):
            return super().dispatch(request, *args, **kwargs)

        try:
            data = self.parse_request(request)
        except ValueError as error:
            code, message = error.args
            return self.error_response(400, message, code)

        query, variables, operation_name, _ = self.get_graphql_params(request, data)
        if not query:
            return self.error_response(
                400, "Aucune requête GraphQL fournie (paramètre « query »).", errors.BAD_REQUEST
            )
        if len(query) > settings.GRAPHQL_MAX_QUERY_LENGTH:
            return self.error_response(
                413,
                f"Requête trop longue : {len(query)} caractères, {settings.GRAPHQL_MAX_QUERY_LENGTH} au plus.",
                errors.QUERY_TOO_LARGE,
            )
        if variables is not None and not isinstance(variables, dict):
            return self.error_response(
                400, "Les variables doivent être un objet JSON.", errors.BAD_REQUEST
            )

        try:
            document, validation_errors = parse_and_validate(
                self.schema.graphql_schema, query, settings.GRAPHQL_INTROSPECTION
            )
        except GraphQLSyntaxError as error:
            return self.error_response(
                400, f"Requête GraphQL invalide : {error.message}", errors.PARSE_FAILED
            )

        operation = get_operation_ast(document, operation_name)
        if operation is None:
            return self.error_response(
                400,
                "Opération introuvable ou ambiguë : précisez operationName.",
                errors.BAD_REQUEST,
            )
        if request.method == "GET" and operation.operation != OperationType.QUERY:
            return self.error_response(
                405,
                "Une mutation s'envoie en POST, jamais en GET.",
                errors.METHOD_NOT_ALLOWED,
                {"Allow": "POST"},
            )

        if not validation_errors:
            too_costly = cost_error(document, operation, variables)
            validation_errors = [too_costly] if too_costly else []
        if validation_errors:
            return self.json_response(
                {"errors": [errors.format_error(e) for e in validation_errors]}, 400
            )

        cache_key = version = None
        if (
            response_cache.enabled()
            and operation.operation == OperationType.QUERY
            and not request.user.is_authenticated
        ):
            # Read the version before the content: an answer is never stored under a newer one.
            version = response_cache.current_version()
            cache_key = response_cache.responses.key(request, query, variables, operation_name)
            content = response_cache.responses.get(cache_key, version)
            if content is not None:
                return self.cache(
                    request, HttpResponse(content, content_type="application/json"), operation
                )

        result = self.execute(request, document, variables, operation_name, operation)
        payload = {}
        if result.errors:
            payload["errors"] = [errors.format_error(e) for e in result.errors]
        payload["data"] = result.data
        response = self.json_response(payload, 200)
        if (
            cache_key
            and not result.errors
            and not getattr(request, "api_private", False)
            and not getattr(request, "api_no_server_cache", False)
        ):
            response_cache.responses.set(cache_key, version, response.content)
        return self.cache(request, response, operation)

    def parse_request(self, request):
        content_type = self.get_content_type(request)
        if request.method == "GET":
            return {}
        if content_type == "application/graphql":
            return {"query": request.body.decode("utf-8", errors="replace")}
        if content_type == "application/json":
            try:
                body = json.loads(request.body.decode("utf-8"))
            except (UnicodeDecodeError, ValueError) as error:
                raise ValueError(errors.BAD_REQUEST, "Corps de requête JSON invalide.") from error
            if isinstance(body, list):
                raise ValueError(
                    errors.BATCH_NOT_ALLOWED, "Les requêtes groupées (batch) ne sont pas acceptées."
                )
            if not isinstance(body, dict):
                raise ValueError(errors.BAD_REQUEST, "Le corps JSON doit être un objet.")
            return body
        if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            return request.POST
        raise ValueError(
            errors.BAD_REQUEST, "Content-Type attendu : application/json ou application/graphql."
        )

    def execute(self, request, document, variables, operation_name, operation):
        from django.db import transaction
        from graphql import execute

        options = {
            "root_value": None,
            "context_value": request,
            "variable_values": variables,
            "operation_name": operation_name,
            "middleware": self.get_middleware(request),
        }
        if operation.operation == OperationType.MUTATION:
            with transaction.atomic():
                return execute(self.schema.graphql_schema, document, **options)
        return execute(self.schema.graphql_schema, document, **options)

    def json_response(self, payload, status):
        return HttpResponse(
            json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str),
            status=status,
            content_type="application/json",
        )

    def cache(self, request, response, operation):
        """Anonymous reads of published content are shared-cacheable; anything personal is not."""
        patch_vary_headers(response, ["Authorization"])
        personal = request.user.is_authenticated or getattr(request, "api_private", False)
        if operation.operation != OperationType.QUERY or personal or response.status_code != 200:
            patch_cache_control(response, private=True, no_store=True)
            return response
        etag = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
        response["ETag"] = etag
        patch_cache_control(response, public=True, max_age=settings.GRAPHQL_CACHE_MAX_AGE)
        # CDNs that purge by tag (Cloudflare, Fastly) can drop every API answer at once.
        response["Cache-Tag"] = response["Surrogate-Key"] = CACHE_TAG
        if etag in [tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")]:
            not_modified = HttpResponse(status=304)
            for header in ("ETag", "Cache-Control", "Vary"):
                not_modified[header] = response[header]
            return not_modified
        return response


__all__ = ["ApiView", "GraphQLError"]
