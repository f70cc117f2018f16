"""Request rate and cost budget of the API, per Bearer token and per client address.

Each window (`API_THROTTLE_WINDOW` seconds) gives a caller a number of requests (GraphQL and
REST together) and, on GraphQL, a cost budget: the sum of the estimated costs of the documents
it ran. Both are checked before the view runs; the cost is charged after, once the view has set
`request.graphql_cost` (1 when the document was refused before its cost was known).

A request counts against its token once that token is known to be valid (the view accepted it
in this window); anonymous requests and requests with an unknown or refused token count
against the client's address (an IPv6 client by its /64 network), so that inventing tokens
gains nothing. Addresses in `API_THROTTLE_EXEMPT` (e.g. the public site's server) are never
counted. A limit of 0 turns that limit off.
"""

import hashlib
import ipaddress
import json
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpResponse

from cms.network import client_address, contains
from cms.ratelimit import Counters, Window

RATE_LIMITED = "RATE_LIMITED"
GRAPHQL_PATH = "/graphql/"
REST_PATH = "/api/v2/"


@dataclass(frozen=True)
class Scope:
    kind: str  # "token" or "ip"
    identity: str
    rate: int
    budget: int

    @property
    def who(self):
        return "pour ce jeton d'accès" if self.kind == "token" else "depuis votre adresse"


def bearer_token(request):
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


def address_identity(address):
    if address is None:
        return "inconnue"
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def limit(name, default=0):
    return max(int(getattr(settings, name, default) or 0), 0)


def rate_limited(message, retry_after):
    response = HttpResponse(
        json.dumps(
            {"errors": [{"message": message, "extensions": {"code": RATE_LIMITED}}]},
            ensure_ascii=False,
        ),
        status=429,
        content_type="application/json",
    )
    response["Retry-After"] = str(retry_after)
    # A shared cache must not serve one caller's refusal to the others.
    response["Cache-Control"] = "private, no-store"
    return response


class ApiThrottleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        graphql = path.startswith(GRAPHQL_PATH)
        if not (graphql or path.startswith(REST_PATH)) or request.method == "OPTIONS":
            return self.get_response(request)
        address = client_address(request)
        if address is not None and contains(getattr(settings, "API_THROTTLE_EXEMPT", ()), address):
            return self.get_response(request)

        window = Window(limit("API_THROTTLE_WINDOW", 60))
        counters = Counters(getattr(settings, "API_THROTTLE_CACHE", "default"), window)
        ip_scope = Scope(
            "ip",
            address_identity(address),
            limit("API_RATE_LIMIT_IP"),
            limit("API_COST_BUDGET_IP"),
        )
        token = bearer_token(request) if graphql else None
        token_scope = known_key = None
        if token:
            digest = hashlib.sha256(token.encode()).hexdigest()[:40]
            token_scope = Scope(
                "token", digest, limit("API_RATE_LIMIT_TOKEN"), limit("API_COST_BUDGET_TOKEN")
            )
            known_key = f"ratelimit:known-token:{digest}"

        known = bool(known_key and counters.cache.get(known_key))
        refusal = self.admit(counters, token_scope if known else ip_scope, graphql)
        if refusal is not None:
            return refusal

        response = self.get_response(request)

        valid = bool(
            token
            and response.status_code != 401
            and getattr(getattr(request, "user", None), "is_authenticated", False)
        )
        if known_key and valid and not known:
            counters.cache.set(known_key, 1, window.seconds)
            # Counted against the address before the token was known: the token's from now on.
            if ip_scope.rate:
                counters.add(window.key("ip", "requests", ip_scope.identity), -1)
            if token_scope.rate:
                counters.add(window.key("token", "requests", token_scope.identity), 1)
        elif known_key and known and not valid:
            counters.cache.delete(known_key)
        if graphql:
            scope = token_scope if valid else ip_scope
            cost = getattr(request, "graphql_cost", 1)
            if scope.budget and isinstance(cost, int) and cost > 0:
                counters.add(window.key(scope.kind, "cost", scope.identity), cost)
        return response

    def admit(self, counters, scope, graphql):
        """The 429 response that refuses this request, or None."""
        window = counters.window
        if scope.rate:
            count = counters.add(window.key(scope.kind, "requests", scope.identity), 1)
            if count > scope.rate:
                return rate_limited(
                    f"Trop de requêtes {scope.who} : {scope.rate} au plus par période de "
                    f"{window.seconds} s. Réessayez dans {window.retry_after} s.",
                    window.retry_after,
                )
        if graphql and scope.budget:
            (spent,) = counters.get(window.key(scope.kind, "cost", scope.identity))
            if spent >= scope.budget:
                return rate_limited(
                    f"Budget de calcul épuisé {scope.who} : coût cumulé {spent}, "
                    f"{scope.budget} au plus par période de {window.seconds} s. "
                    f"Réessayez dans {window.retry_after} s.",
                    window.retry_after,
                )
        return None
