"""Property-based fuzzing of the endpoint from its own schema: whatever the document, valid or not,
the answer is JSON with typed errors — never a server error. (Resolver coverage on real content is
test_schema_walk's job; random documents rarely reach deep fields.)"""

import json
from pathlib import Path

import hypothesis_graphql
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import Mode

from tests.factories import (
    ExperiencePageFactory,
    InspirationIndexPageFactory,
    SharedProjectPageFactory,
)

SDL = (Path(__file__).resolve().parents[2] / "graphql" / "schema.graphql").read_text(
    encoding="utf-8"
)
SCALARS = {
    "DateTime": st.datetimes().map(lambda d: hypothesis_graphql.nodes.String(d.isoformat())),
    "Date": st.dates().map(lambda d: hypothesis_graphql.nodes.String(d.isoformat())),
    "Decimal": st.decimals(allow_nan=False, allow_infinity=False, places=2).map(
        lambda d: hypothesis_graphql.nodes.String(str(d))
    ),
}
FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


@pytest.fixture
def content(home):
    index = InspirationIndexPageFactory(parent=home, slug="experiences")
    ExperiencePageFactory(parent=index)
    SharedProjectPageFactory()


def check(client, query):
    response = client.post(
        "/graphql/", data=json.dumps({"query": query}), content_type="application/json"
    )
    assert response.status_code in (200, 400, 405, 413), (response.status_code, query)
    payload = response.json()
    codes = [error.get("extensions", {}).get("code") for error in payload.get("errors", [])]
    assert "INTERNAL_SERVER_ERROR" not in codes, (payload, query)


@pytest.mark.django_db
@FUZZ
@given(query=hypothesis_graphql.queries(SDL, custom_scalars=SCALARS))
def test_valid_queries_never_fail(client, content, query):
    check(client, query)


@pytest.mark.django_db
@FUZZ
@given(query=hypothesis_graphql.queries(SDL, custom_scalars=SCALARS, mode=Mode.NEGATIVE))
def test_invalid_queries_get_typed_errors(client, content, query):
    check(client, query)
