"""The GraphQL endpoint: graphene-django's view, with authentication, limits, typed errors, a
server-side cache of anonymous answers and HTTP caching plugged into its hooks."""

import json
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.db import transaction
from django.http.multipartparser import MultiPartParserError
from django.utils.cache import patch_cache_control, patch_vary_headers
from graphene_django.views import GraphQLView
from graphql import (
    ExecutionResult,
    GraphQLError,
    OperationType,
    execute,
    get_operation_ast,
    parse,
    validate,
)
from graphql.error import GraphQLSyntaxError
from graphql.validation import specified_rules

from cms import db_router
from cms.api import errors, metrics, persisted, response_cache, uploads
from cms.api.auth import InvalidToken, user_from_request
from cms.api.cache import CACHE_TAG
from cms.api.errors import RequestRefused
from cms.api.execution import ApiExecutionContext
from cms.api.limits import Limits, cost_rule, document_rules


@lru_cache(maxsize=512)
def parse_and_validate(schema, query, limits):
    """Front ends send the same few documents again and again: parse and validate each once.

    `limits` is part of the key because the rules depend on it."""
    document = parse(query, max_tokens=settings.GRAPHQL_MAX_TOKENS)
    return document, validate(
        schema, document, [*specified_rules, *document_rules(limits)], max_errors=20
    )


def _cost(schema, document, variables, operation_name, limits):
    costs = []
    cost_errors = validate(
        schema, document, [cost_rule(limits, variables, operation_name, costs.append)]
    )
    return (max(costs[0], 1) if costs else 1), tuple(cost_errors)


@lru_cache(maxsize=512)
def _kept_cost(schema, query, variables_key, operation_name, limits):
    document, _ = parse_and_validate(schema, query, limits)
    return _cost(schema, document, json.loads(variables_key), operation_name, limits)


def operation_cost(schema, query, document, variables, operation_name, limits):
    """(cost, errors) of an operation. The cost rule walks the whole document with its types:
    its answer is kept per query text and variables, as the parse is (keyed by the text, which
    hashes far faster than the document)."""
    try:
        variables_key = json.dumps(variables or {}, sort_keys=True, ensure_ascii=False)
    except (TypeError, ValueError):  # uploaded files: computed each time
        variables_key = None
    if variables_key is None or len(variables_key) > 2000:
        return _cost(schema, document, variables, operation_name, limits)
    return _kept_cost(schema, query, variables_key, operation_name, limits)


def _refuse_constant(name):
    raise ValueError(name)


def _has_lone_surrogate(value):
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class ApiView(GraphQLView):
    graphiql = False
    batch = False

    def dispatch(self, request, *args, **kwargs):
        # Every answer is refused (and weighed 1 by the rate limits) until its cost is known.
        request.graphql_cost = 1
        try:
            request.user = user_from_request(request)
        except InvalidToken as error:
            refused = RequestRefused(
                401, str(error), errors.UNAUTHENTICATED, {"WWW-Authenticate": "Bearer"}
            )
            response = self.http_caching(request, self.refusal(request, refused))
        else:
            response = self.http_caching(request, super().dispatch(request, *args, **kwargs))
        metrics.observe(
            getattr(request, "graphql_operation_name", None),
            response.status_code,
            request.graphql_cost,
        )
        return response

    def refusal(self, request, error):
        response = error.response
        response.content = self.json_encode(request, {"errors": [self.format_error(error)]})
        return response

    format_error = staticmethod(errors.format_error)

    def json_encode(self, request, d, pretty=False):
        indent = 2 if (self.pretty or pretty or request.GET.get("pretty")) else None
        text = json.dumps(
            d, ensure_ascii=False, indent=indent, separators=(",", ": " if indent else ":")
        )
        # A lone surrogate (from stored content) becomes its JSON escape, never an encoding error.
        return text.encode("utf-8", "backslashreplace")

    def parse_body(self, request):
        if request.method == "GET":
            return {}
        content_type = self.get_content_type(request)
        if content_type == "multipart/form-data":
            return self.parse_multipart(request)
        try:
            body = request.body
        except RequestDataTooBig as error:
            raise RequestRefused(
                413, "Corps de requête trop volumineux.", errors.QUERY_TOO_LARGE
            ) from error
        if content_type == "application/graphql":
            try:
                return {"query": body.decode("utf-8")}
            except UnicodeDecodeError as error:
                raise RequestRefused(
                    400, "Corps de requête invalide : UTF-8 attendu.", errors.BAD_REQUEST
                ) from error
        if content_type == "application/json":
            return self.parse_json(body)
        if content_type == "application/x-www-form-urlencoded":
            try:
                return request.POST
            except (MultiPartParserError, ValueError) as error:
                raise RequestRefused(
                    400, "Corps de formulaire invalide.", errors.BAD_REQUEST
                ) from error
        raise RequestRefused(
            400,
            "Content-Type attendu : application/json ou application/graphql.",
            errors.BAD_REQUEST,
        )

    def parse_multipart(self, request):
        """The GraphQL multipart request spec (files in `map`), or form fields as before."""
        uploads.refuse_oversized(request)
        try:
            post, files = request.POST, request.FILES
        except RequestDataTooBig as error:
            raise RequestRefused(
                413, "Corps de requête trop volumineux.", errors.QUERY_TOO_LARGE
            ) from error
        except (TooManyFilesSent, TooManyFieldsSent) as error:
            raise RequestRefused(
                400, "Trop de fichiers ou de champs dans la requête.", uploads.TOO_MANY_FILES
            ) from error
        except (MultiPartParserError, ValueError) as error:
            raise RequestRefused(
                400, "Corps de formulaire invalide.", errors.BAD_REQUEST
            ) from error
        if "operations" not in post:
            return post
        operations = uploads.operations_with_files(post, files)
        if _has_lone_surrogate({k: v for k, v in operations.items() if k != "variables"}):
            raise RequestRefused(
                400, "Corps de requête invalide : caractère Unicode isolé.", errors.BAD_REQUEST
            )
        return operations

    def parse_json(self, body):
        try:
            data = json.loads(body.decode("utf-8"), parse_constant=_refuse_constant)
        except (UnicodeDecodeError, ValueError, RecursionError) as error:
            # RecursionError: thousands of nested brackets; ValueError: also NaN, Infinity and
            # integers of more than 4300 digits.
            raise RequestRefused(
                400, "Corps de requête JSON invalide.", errors.BAD_REQUEST
            ) from error
        if isinstance(data, list):
            raise RequestRefused(
                400,
                "Les requêtes groupées (batch) ne sont pas acceptées.",
                errors.BATCH_NOT_ALLOWED,
            )
        if not isinstance(data, dict):
            raise RequestRefused(400, "Le corps JSON doit être un objet.", errors.BAD_REQUEST)
        if _has_lone_surrogate(data):
            raise RequestRefused(
                400,
                "Corps de requête invalide : caractère Unicode isolé (\\ud800–\\udfff).",
                errors.BAD_REQUEST,
            )
        return data

    @staticmethod
    def get_graphql_params(request, data):
        query = request.GET.get("query") or data.get("query")
        variables = request.GET.get("variables") or data.get("variables")
        operation_name = request.GET.get("operationName") or data.get("operationName")
        if isinstance(variables, str):
            try:
                variables = json.loads(variables, parse_constant=_refuse_constant)
            except (ValueError, RecursionError) as error:
                raise RequestRefused(
                    400, "Les variables ne sont pas du JSON valide.", errors.BAD_REQUEST
                ) from error
            if _has_lone_surrogate(variables):
                raise RequestRefused(
                    400, "Variables invalides : caractère Unicode isolé.", errors.BAD_REQUEST
                )
        if variables is not None and not isinstance(variables, dict):
            raise RequestRefused(
                400, "Les variables doivent être un objet JSON.", errors.BAD_REQUEST
            )
        if query is not None and not isinstance(query, str):
            raise RequestRefused(400, "« query » doit être une chaîne.", errors.BAD_REQUEST)
        if operation_name == "null":
            operation_name = None
        if operation_name is not None and not isinstance(operation_name, str):
            raise RequestRefused(400, "« operationName » doit être une chaîne.", errors.BAD_REQUEST)
        return query, variables, operation_name, None

    def get_response(self, request, data, show_graphiql=False):
        """graphene-django's, with persisted queries and the server-side cache of anonymous
        answers around it."""
        data = persisted.resolve(request, data)
        key = version = None
        if response_cache.enabled() and not request.user.is_authenticated:
            query, variables, operation_name, _ = self.get_graphql_params(request, data)
            # Read the version before the content: an answer is never stored under a newer one.
            version = response_cache.current_version()
            key = response_cache.responses.key(request, query, variables, operation_name)
            content = response_cache.responses.get(key, version)
            if content is not None:
                request.graphql_operation_name = operation_name
                request.api_shareable = True  # only shareable answers are ever stored
                persisted.remember(request)
                return content, 200
        result, status = super().get_response(request, data, show_graphiql)
        if status == 200:
            persisted.remember(request)
        if key and status == 200 and getattr(request, "api_storable", False):
            response_cache.responses.set(key, version, result)
        return result, status

    def execute_graphql_request(
        self, request, data, query, variables, operation_name, show_graphiql=False
    ):
        if not query:
            raise RequestRefused(
                400, "Aucune requête GraphQL fournie (paramètre « query »).", errors.BAD_REQUEST
            )
        if len(query) > settings.GRAPHQL_MAX_QUERY_LENGTH:
            raise RequestRefused(
                413,
                f"Requête trop longue : {len(query)} caractères, {settings.GRAPHQL_MAX_QUERY_LENGTH} au plus.",
                errors.QUERY_TOO_LARGE,
            )
        schema = self.schema.graphql_schema
        limits = Limits.from_settings()
        try:
            document, validation_errors = parse_and_validate(schema, query, limits)
        except GraphQLSyntaxError as error:
            return ExecutionResult(
                errors=[
                    GraphQLError(
                        f"Requête GraphQL invalide : {error.message}",
                        extensions={"code": errors.PARSE_FAILED},
                    )
                ]
            )
        operation = get_operation_ast(document, operation_name)
        request.graphql_operation_name = (
            operation.name.value if operation and operation.name else None
        )
        if operation is None:
            raise RequestRefused(
                400,
                "Opération introuvable ou ambiguë : précisez operationName.",
                errors.BAD_REQUEST,
            )
        if request.method == "GET" and operation.operation != OperationType.QUERY:
            raise RequestRefused(
                405,
                "Une mutation s'envoie en POST, jamais en GET.",
                errors.METHOD_NOT_ALLOWED,
                {"Allow": "POST"},
            )
        if validation_errors:
            return ExecutionResult(errors=validation_errors)

        request.graphql_cost, cost_errors = operation_cost(
            schema, query, document, variables, operation_name, limits
        )
        if cost_errors:
            return ExecutionResult(errors=list(cost_errors))

        result = self.execute_operation(request, document, variables, operation_name, operation)
        if result.errors and result.data is None:
            # Variables that do not fit their types (an unknown enum value…): the client's input.
            result.errors = [_as_user_input(error) for error in result.errors]
        anonymous_query = (
            operation.operation == OperationType.QUERY
            and not request.user.is_authenticated
            and not getattr(request, "api_private", False)
        )
        request.api_shareable = anonymous_query
        request.api_storable = (
            anonymous_query
            and not result.errors
            and not getattr(request, "api_no_server_cache", False)
        )
        return result

    def execute_operation(self, request, document, variables, operation_name, operation):
        options = {
            "root_value": self.get_root_value(request),
            "context_value": self.get_context(request),
            "variable_values": variables,
            "operation_name": operation_name,
            # None rather than an empty list: graphql-core then wraps no resolver (cms/api/execution.py).
            "middleware": self.get_middleware(request) or None,
            "execution_context_class": ApiExecutionContext,
        }
        if operation.operation == OperationType.MUTATION:
            with transaction.atomic():
                return execute(self.schema.graphql_schema, document, **options)
        with db_router.replica_reads(request):
            return execute(self.schema.graphql_schema, document, **options)

    def http_caching(self, request, response):
        """Anonymous reads of published content are shared-cacheable; anything personal is not."""
        # graphene-django's dispatch asks for a CSRF cookie (for its GraphiQL page). The API reads
        # no cookie, and a Set-Cookie would keep shared caches from storing public answers.
        if settings.CSRF_COOKIE_NAME in response.cookies:
            del response.cookies[settings.CSRF_COOKIE_NAME]
            _drop_vary(response, "Cookie")
        patch_vary_headers(response, ["Authorization"])
        if not getattr(request, "api_shareable", False) or response.status_code != 200:
            patch_cache_control(response, private=True, no_store=True)
            return response
        # The weak ETag and the 304 of `If-None-Match`: cms.api.conditional, a middleware.
        patch_cache_control(response, public=True, max_age=settings.GRAPHQL_CACHE_MAX_AGE)
        # CDNs that purge by tag (Cloudflare, Fastly) can drop every API answer at once.
        response["Cache-Tag"] = response["Surrogate-Key"] = CACHE_TAG
        return response


def _as_user_input(error):
    if (error.extensions or {}).get("code") or error.path:
        return error
    return GraphQLError(error.message, error.nodes, extensions={"code": errors.BAD_USER_INPUT})


def _drop_vary(response, header):
    if not response.has_header("Vary"):
        return
    kept = [v.strip() for v in response["Vary"].split(",") if v.strip().lower() != header.lower()]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        del response["Vary"]


__all__ = ["ApiView", "GraphQLError"]
