"""The API's Prometheus metrics: requests per operation and outcome, and their estimated cost.

The operation label takes only the names of the committed operations (a closed list): a client
naming its queries at will would otherwise create as many series.
"""

from functools import lru_cache

from graphql import OperationDefinitionNode, parse
from prometheus_client import Counter, Histogram

from cms.api import persisted

OTHER = "autre"

graphql_requests = Counter(
    "graphql_requests_total",
    "Requêtes GraphQL par opération et issue (ok, refusée, erreur).",
    ["operation", "outcome"],
)
graphql_cost = Histogram(
    "graphql_request_cost",
    "Coût estimé des requêtes GraphQL (cms/api/limits.py).",
    ["operation"],
    buckets=(1, 10, 50, 100, 250, 500, 1000, 2000, 3000, 5000),
)


@lru_cache(maxsize=4)
def _names(documents):
    names = set()
    for text in documents:
        for definition in parse(text).definitions:
            if isinstance(definition, OperationDefinitionNode) and definition.name:
                names.add(definition.name.value)
    return frozenset(names)


def label_of(operation_name):
    names = _names(frozenset(persisted.committed().values()))
    return operation_name if operation_name in names else OTHER


def observe(operation_name, status, cost):
    operation = label_of(operation_name)
    if status < 400:
        outcome = "ok"
    elif status < 500:
        outcome = "refusée"
    else:
        outcome = "erreur"
    graphql_requests.labels(operation, outcome).inc()
    if status < 400 and cost:
        graphql_cost.labels(operation).observe(cost)
