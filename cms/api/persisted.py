"""Persisted queries: Apollo's automatic persisted queries (APQ) and the committed operations.

A client sends `extensions.persistedQuery = {version: 1, sha256Hash}` without the document (POST,
or GET with URL-encoded JSON parameters, which a CDN can cache). A known hash runs its document;
an unknown one answers `PersistedQueryNotFound` (HTTP 200), and the client sends document and hash
together: the server checks that the hash is the document's, runs it, and keeps it in a Django
cache once it has run (so nothing invalid or too costly is ever kept). The GraphQL-over-HTTP
`documentId` ("sha256:<hex>") is accepted too.

The committed operations (`graphql/persisted-operations.json`, made from `graphql/operations/` by
`manage.py persisted_operations`) are always known. With `GRAPHQL_PERSISTED_ONLY` they are the
only documents the server runs: no document text, no registration (docs/adr/0011).
"""

import hashlib
import json
import os
import re
from functools import lru_cache

from django.conf import settings
from django.core import checks
from django.core.cache import caches
from graphql import FieldNode, OperationDefinitionNode, OperationType, parse
from graphql.error import GraphQLSyntaxError

from cms.api import errors
from cms.api.errors import RequestRefused
from cms.api.persisted_documents import PREFIX

VERSION = 1
_HEX = re.compile(r"[0-9a-fA-F]{64}")
_CACHE_PREFIX = "apq:"
INTROSPECTION_ROOT_FIELDS = {"__schema", "__type", "__typename"}


class ManifestInvalid(Exception):
    pass


@lru_cache(maxsize=8)
def _read_manifest(path, _mtime):
    with open(path, encoding="utf-8") as stream:
        entries = json.load(stream)
    if not isinstance(entries, dict):
        raise ManifestInvalid(f"{path} : un objet JSON {{identifiant: document}} est attendu.")
    manifest = {}
    for key, text in entries.items():
        digest = key.removeprefix(PREFIX).lower()
        if not isinstance(text, str) or hashlib.sha256(text.encode()).hexdigest() != digest:
            # A manifest hashed otherwise (codegen's default sha1…) would refuse every request.
            raise ManifestInvalid(f"{path} : « {key} » n'est pas le SHA-256 de son document.")
        manifest[digest] = text
    return manifest


def committed():
    """{sha256 hex: document} of every manifest in GRAPHQL_PERSISTED_MANIFESTS."""
    manifest = {}
    for path in settings.GRAPHQL_PERSISTED_MANIFESTS:
        try:
            mtime = os.stat(path).st_mtime_ns
        except FileNotFoundError:
            continue  # the checks below report it where it matters
        manifest.update(_read_manifest(str(path), mtime))
    return manifest


def _store():
    return caches[settings.GRAPHQL_APQ_CACHE]


def _json_parameter(request, data, name):
    value = request.GET.get(name) or data.get(name)
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except (ValueError, RecursionError) as error:
            raise RequestRefused(
                400, f"« {name} » n'est pas du JSON valide.", errors.BAD_REQUEST
            ) from error
    return value


def _requested_hash(request, data):
    """The sha256 hex the request names (lower case), or None."""
    extensions = _json_parameter(request, data, "extensions")
    if extensions is not None and not isinstance(extensions, dict):
        raise RequestRefused(400, "« extensions » doit être un objet JSON.", errors.BAD_REQUEST)
    persisted = (extensions or {}).get("persistedQuery")
    if persisted is not None:
        if not isinstance(persisted, dict):
            raise RequestRefused(
                400, "« persistedQuery » doit être un objet JSON.", errors.BAD_REQUEST
            )
        if persisted.get("version") != VERSION:
            raise RequestRefused(
                400,
                f"Version de requête persistée non prise en charge : {VERSION} seulement.",
                errors.PERSISTED_QUERY_VERSION_NOT_SUPPORTED,
            )
        return _digest(persisted.get("sha256Hash"), "sha256Hash")
    document_id = request.GET.get("documentId") or data.get("documentId")
    if document_id is not None:
        return _digest(document_id, "documentId")
    return None


def _digest(value, name):
    # graphql-codegen's identifiers carry the "sha256:" prefix; Apollo's hashes do not.
    if isinstance(value, str) and _HEX.fullmatch(value.removeprefix(PREFIX)):
        return value.removeprefix(PREFIX).lower()
    raise RequestRefused(
        400,
        f"« {name} » doit être une empreinte SHA-256 en hexadécimal (64 caractères).",
        errors.BAD_REQUEST,
    )


def _only_introspection(query):
    if len(query) > settings.GRAPHQL_MAX_QUERY_LENGTH:
        return False
    try:
        document = parse(query, max_tokens=settings.GRAPHQL_MAX_TOKENS, no_location=True)
    except GraphQLSyntaxError:
        return False
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    return bool(operations) and all(
        operation.operation == OperationType.QUERY
        and all(
            isinstance(selection, FieldNode) and selection.name.value in INTROSPECTION_ROOT_FIELDS
            for selection in operation.selection_set.selections
        )
        for operation in operations
    )


def _introspection_allowed(query):
    """Tools (codegen, GraphiQL) may introspect where GRAPHQL_INTROSPECTION says so."""
    return settings.GRAPHQL_INTROSPECTION and isinstance(query, str) and _only_introspection(query)


def _required():
    return RequestRefused(
        400,
        "Ce serveur n'exécute que les opérations publiées dans graphql/operations/ : envoyez "
        "l'empreinte de l'opération (extensions.persistedQuery.sha256Hash ou documentId), "
        "pas son texte.",
        errors.PERSISTED_QUERY_REQUIRED,
    )


def resolve(request, data):
    """The request's parameters with the document a persisted-query hash names.

    Raises RequestRefused: unknown hash (HTTP 200, as Apollo's link expects), hash that is not the
    document's, unsupported version, or document text where only committed operations run."""
    digest = _requested_hash(request, data)
    query = request.GET.get("query") or data.get("query")
    only_committed = settings.GRAPHQL_PERSISTED_ONLY
    if digest is None:
        if only_committed and query is not None and not _introspection_allowed(query):
            raise _required()
        return data
    if isinstance(query, str) and query:
        if hashlib.sha256(query.encode("utf-8", "surrogatepass")).hexdigest() != digest:
            raise RequestRefused(
                400,
                "L'empreinte SHA-256 envoyée n'est pas celle du texte de la requête.",
                errors.PERSISTED_QUERY_HASH_MISMATCH,
            )
        if digest not in committed():
            if only_committed:
                raise _required()
            request.apq_to_store = (digest, query)
        return data
    text = committed().get(digest)
    if text is None and not only_committed:
        text = _store().get(_CACHE_PREFIX + digest)
    if text is None:
        # The message is the protocol's word: Apollo's link matches it (and the code) to retry.
        raise RequestRefused(200, "PersistedQueryNotFound", errors.PERSISTED_QUERY_NOT_FOUND)
    return {**dict(data.items()), "query": text}


def remember(request):
    """Keep the document a client registered, once it has been accepted and run."""
    to_store = getattr(request, "apq_to_store", None)
    if to_store is not None:
        digest, query = to_store
        _store().set(_CACHE_PREFIX + digest, query, timeout=settings.GRAPHQL_APQ_TTL)


@checks.register(checks.Tags.security)
def check_manifests(app_configs=None, **kwargs):
    if not settings.GRAPHQL_PERSISTED_ONLY:
        return []
    problems = []
    for path in settings.GRAPHQL_PERSISTED_MANIFESTS:
        if not os.path.exists(path):
            problems.append(
                checks.Error(
                    f"GRAPHQL_PERSISTED_ONLY est actif mais le manifeste {path} est absent.",
                    hint="Générez-le : python manage.py persisted_operations.",
                    id="cms_api.E001",
                )
            )
    try:
        committed()
    except (ManifestInvalid, ValueError) as error:
        problems.append(
            checks.Error(f"Manifeste des opérations invalide : {error}", id="cms_api.E002")
        )
    return problems
