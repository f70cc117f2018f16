"""Persisted queries on /graphql/, as Apollo Client's persisted-query link speaks them: a hash
alone, then the document with its hash when the server does not know it; GET for CDNs; and the
production mode where only the committed operations run."""

import hashlib
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from cms.api.persisted import check_manifests
from cms.api.response_cache import responses

MANIFEST = Path(settings.BASE_DIR) / "graphql" / "persisted-operations.json"
THEMES = "query Themes { themes { name slug } }"
NOT_FOUND = {
    "errors": [
        {"message": "PersistedQueryNotFound", "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}
    ]
}


def sha256(text):
    return hashlib.sha256(text.encode()).hexdigest()


def persisted(digest, version=1):
    return {"persistedQuery": {"version": version, "sha256Hash": digest}}


def committed(name):
    """The identifier ("sha256:…") and text of a committed operation."""
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    for key, text in manifest.items():
        if text.startswith((f"query {name}(", f"query {name} ", f"mutation {name}(")):
            return key, text
    raise LookupError(name)


@pytest.fixture(autouse=True)
def empty_store():
    caches[settings.GRAPHQL_APQ_CACHE].clear()
    yield
    caches[settings.GRAPHQL_APQ_CACHE].clear()


@pytest.fixture
def api(client, db):
    class Api:
        def post(self, body):
            return client.post("/graphql/", json.dumps(body), content_type="application/json")

        def get(self, **params):
            encoded = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
            return client.get("/graphql/", encoded)

    return Api()


def codes(response):
    return [error["extensions"]["code"] for error in response.json()["errors"]]


def test_apollo_post_flow_registers_then_serves_by_hash(api, home):
    digest = sha256(THEMES)
    # 1. The link sends the hash alone: unknown, a 200 the link recognises and never cached.
    first = api.post({"extensions": persisted(digest), "operationName": "Themes"})
    assert first.status_code == 200
    assert first.json() == NOT_FOUND
    assert "no-store" in first["Cache-Control"]
    # 2. It retries with the document and the hash: run, and kept.
    second = api.post({"query": THEMES, "extensions": persisted(digest)})
    assert second.status_code == 200
    assert second.json() == {"data": {"themes": []}}
    # 3. Next time the hash alone is enough.
    third = api.post({"extensions": persisted(digest), "operationName": "Themes"})
    assert third.status_code == 200
    assert third.json() == {"data": {"themes": []}}


def test_get_with_url_encoded_extensions_and_variables_is_cacheable(api, home):
    query = "query Exp($n: Int) { experiences(first: $n) { totalCount } }"
    digest = sha256(query)
    unknown = api.get(extensions=persisted(digest), variables={"n": 2}, operationName="Exp")
    assert unknown.status_code == 200 and unknown.json() == NOT_FOUND
    assert "no-store" in unknown["Cache-Control"]  # a CDN must not keep "not found"
    assert api.post({"query": query, "extensions": persisted(digest)}).status_code == 200
    response = api.get(extensions=persisted(digest), variables={"n": 2}, operationName="Exp")
    assert response.status_code == 200
    assert response.json() == {"data": {"experiences": {"totalCount": 0}}}
    assert "public" in response["Cache-Control"] and "max-age" in response["Cache-Control"]


def test_a_hash_that_is_not_the_documents_is_refused_and_not_kept(api, home):
    other = sha256("query { themes { slug } }")
    response = api.post({"query": THEMES, "extensions": persisted(other)})
    assert response.status_code == 400
    assert codes(response) == ["PERSISTED_QUERY_HASH_MISMATCH"]
    assert "empreinte" in response.json()["errors"][0]["message"]
    assert api.post({"extensions": persisted(other)}).json() == NOT_FOUND


@pytest.mark.parametrize(
    ("extensions", "status", "code"),
    [
        (persisted(sha256(THEMES), version=2), 400, "PERSISTED_QUERY_VERSION_NOT_SUPPORTED"),
        (
            {"persistedQuery": {"sha256Hash": sha256(THEMES)}},
            400,
            "PERSISTED_QUERY_VERSION_NOT_SUPPORTED",
        ),
        (persisted("abc"), 400, "BAD_REQUEST"),
        (persisted(None), 400, "BAD_REQUEST"),
        ({"persistedQuery": "x"}, 400, "BAD_REQUEST"),
        ("not json", 400, "BAD_REQUEST"),
        ([1], 400, "BAD_REQUEST"),
    ],
)
def test_malformed_persisted_queries_are_typed_errors(api, home, extensions, status, code):
    for response in (
        api.post({"extensions": extensions}),
        api.get(extensions=extensions),
    ):
        assert response.status_code == status
        assert codes(response) == [code]
        assert response.json()["errors"][0]["message"]  # a French sentence, never a trace


def test_an_invalid_document_is_never_kept(api, home):
    query = "query { themes { nope } }"
    response = api.post({"query": query, "extensions": persisted(sha256(query))})
    assert response.status_code == 400
    assert api.post({"extensions": persisted(sha256(query))}).json() == NOT_FOUND


def test_cost_limits_apply_to_stored_documents(api, home):
    query = "query Imgs($n: Int) { experiences(first: $n) { edges { node { image { srcSet(widths: [480, 960, 1200]) } } } } }"
    digest = sha256(query)
    with override_settings(GRAPHQL_MAX_COST=500):
        small = api.post({"query": query, "variables": {"n": 1}, "extensions": persisted(digest)})
        assert small.status_code == 200
        big = api.get(extensions=persisted(digest), variables={"n": 100})
        assert big.status_code == 400
        assert codes(big) == ["QUERY_TOO_COMPLEX"]


def test_committed_operations_are_known_by_their_codegen_identifier(api, home):
    key, _ = committed("ExperienceList")
    for extensions in (persisted(key), persisted(key.removeprefix("sha256:"))):
        response = api.get(extensions=extensions, variables={"first": 1})
        assert response.status_code == 200, response.content
        assert response.json()["data"]["experiences"]["totalCount"] == 0
    # GraphQL over HTTP's persisted documents: documentId.
    response = api.get(documentId=key, variables={"first": 1})
    assert response.status_code == 200
    assert response.json()["data"]["experiences"]["edges"] == []


def test_a_mutation_is_never_run_over_get(api, home):
    key, text = committed("Moderate")
    response = api.get(
        extensions=persisted(key), variables={"submission": "1", "action": "APPROVE"}
    )
    assert response.status_code == 405
    assert codes(response) == ["METHOD_NOT_ALLOWED"]
    # Registered by APQ and asked for over GET: refused just the same.
    mutation = "mutation W($p: ID!) { withdrawVote(proposal: $p) { errors { code } } }"
    api.post(
        {"query": mutation, "variables": {"p": "1"}, "extensions": persisted(sha256(mutation))}
    )
    response = api.get(extensions=persisted(sha256(mutation)), variables={"p": "1"})
    assert response.status_code == 405


class TestCommittedOperationsOnly:
    @pytest.fixture(autouse=True)
    def only_committed(self):
        with override_settings(GRAPHQL_PERSISTED_ONLY=True, GRAPHQL_INTROSPECTION=False):
            yield

    def test_a_committed_operation_runs(self, api, home):
        key, text = committed("ExperienceList")
        response = api.post({"extensions": persisted(key), "variables": {"first": 1}})
        assert response.status_code == 200
        assert response.json()["data"]["experiences"]["totalCount"] == 0
        # Its text with its hash, as a client retrying would send it: accepted too.
        response = api.post({"query": text, "extensions": persisted(key), "variables": {}})
        assert response.status_code == 200

    def test_document_text_is_refused(self, api, home):
        response = api.post({"query": THEMES})
        assert response.status_code == 400
        assert codes(response) == ["PERSISTED_QUERY_REQUIRED"]
        assert "n'exécute que les opérations publiées" in response.json()["errors"][0]["message"]
        response = api.get(query=THEMES)
        assert codes(response) == ["PERSISTED_QUERY_REQUIRED"]

    def test_nothing_is_registered(self, api, home):
        digest = sha256(THEMES)
        assert api.post({"extensions": persisted(digest)}).json() == NOT_FOUND
        response = api.post({"query": THEMES, "extensions": persisted(digest)})
        assert response.status_code == 400
        assert codes(response) == ["PERSISTED_QUERY_REQUIRED"]
        assert api.post({"extensions": persisted(digest)}).json() == NOT_FOUND

    def test_a_document_registered_before_is_not_run(self, api, home):
        digest = sha256(THEMES)
        with override_settings(GRAPHQL_PERSISTED_ONLY=False):
            assert api.post({"query": THEMES, "extensions": persisted(digest)}).status_code == 200
            assert "data" in api.post({"extensions": persisted(digest)}).json()
        assert api.post({"extensions": persisted(digest)}).json() == NOT_FOUND

    def test_introspection_only_where_allowed(self, api, home):
        query = "query { __schema { queryType { name } } }"
        refused = api.post({"query": query})
        assert refused.status_code == 400
        assert codes(refused) == ["PERSISTED_QUERY_REQUIRED"]
        with override_settings(GRAPHQL_INTROSPECTION=True):
            allowed = api.post({"query": query})
            assert allowed.status_code == 200
            assert allowed.json()["data"]["__schema"]["queryType"]["name"] == "Query"
            # Introspection beside a content field is still a document of its own.
            mixed = api.post({"query": "query { __typename themes { name } }"})
            assert codes(mixed) == ["PERSISTED_QUERY_REQUIRED"]

    def test_a_missing_or_wrong_manifest_is_reported_by_the_checks(self, tmp_path):
        with override_settings(GRAPHQL_PERSISTED_MANIFESTS=[str(tmp_path / "absent.json")]):
            assert [e.id for e in check_manifests()] == ["cms_api.E001"]
        wrong = tmp_path / "sha1.json"
        wrong.write_text(json.dumps({"0" * 40: "query A { themes { name } }"}))
        with override_settings(GRAPHQL_PERSISTED_MANIFESTS=[str(wrong)]):
            assert [e.id for e in check_manifests()] == ["cms_api.E002"]
        assert check_manifests() == []


class TestWithTheResponseCache:
    @pytest.fixture(autouse=True)
    def cache_on(self):
        responses.clear()
        with override_settings(GRAPHQL_RESPONSE_CACHE_SIZE=100, GRAPHQL_RESPONSE_CACHE_TTL=60):
            yield
        responses.clear()

    def test_a_get_by_hash_is_served_from_the_response_cache(self, api, home):
        query = "query Exp($n: Int) { experiences(first: $n) { totalCount } }"
        digest = sha256(query)
        posted = api.post({"query": query, "variables": {"n": 3}, "extensions": persisted(digest)})
        assert posted.status_code == 200
        with CaptureQueriesContext(connection) as ctx:
            response = api.get(extensions=persisted(digest), variables={"n": 3})
        assert response.status_code == 200
        assert response.content == posted.content
        assert len(ctx.captured_queries) == 1  # the content version, nothing else

    def test_a_document_answered_from_the_cache_is_still_registered(self, api, home):
        # The answer was cached from a plain query; the link's retry hits that cached answer,
        # and must register the document all the same, or every later GET would miss again.
        assert api.post({"query": THEMES}).status_code == 200
        digest = sha256(THEMES)
        assert api.get(extensions=persisted(digest)).json() == NOT_FOUND
        assert api.post({"query": THEMES, "extensions": persisted(digest)}).status_code == 200
        assert api.get(extensions=persisted(digest)).json() == {"data": {"themes": []}}
