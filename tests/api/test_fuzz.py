"""Property-based fuzzing of the endpoint from its own schema: whatever the document, valid or not,
the answer is JSON with typed errors — never a server error. (Resolver coverage on real content is
test_schema_walk's job; random documents rarely reach deep fields.)"""

import json
from pathlib import Path

import hypothesis_graphql
import pytest
from django.test import override_settings
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


# Malformed bodies: whatever the bytes, a JSON 4xx with a typed code, never a server error.


def post_raw(client, body, content_type="application/json"):
    response = client.post("/graphql/", data=body, content_type=content_type)
    assert response.status_code < 500, (response.status_code, body[:200])
    payload = json.loads(response.content)  # always JSON
    codes = [error["extensions"]["code"] for error in payload.get("errors", [])]
    assert "INTERNAL_SERVER_ERROR" not in codes, (payload, body[:200])
    return response, codes


QUERY = "query($s: String) { localAuthorities(search: $s) { totalCount } }"
MALFORMED = {
    "nested arrays": b"[" * 100_000 + b"]" * 100_000,
    "nested variables": b'{"query": "{ themes { name } }", "variables": {"a": '
    + b"[" * 100_000
    + b"]" * 100_000
    + b"}}",
    "lone surrogate in variables": json.dumps(
        {"query": QUERY, "variables": {"s": "\ud800"}}
    ).encode(),
    "lone surrogate in query": json.dumps({"query": "{ themes { name } } # \udfff"}).encode(),
    "invalid UTF-8": b'{"query": "{ themes { name \xff\xfe } }"}',
    "huge integer": b'{"query": "{ themes { name } }", "variables": {"n": ' + b"9" * 5000 + b"}}",
    "NaN": b'{"query": "{ themes { name } }", "variables": {"n": NaN}}',
    "variables as a list": json.dumps({"query": QUERY, "variables": [1, 2]}).encode(),
    "variables as a string of a list": json.dumps({"query": QUERY, "variables": "[1]"}).encode(),
    "variables as broken JSON": json.dumps({"query": QUERY, "variables": "{nope"}).encode(),
    "query as a number": b'{"query": 5}',
    "query as an object": b'{"query": {"a": 1}}',
    "operation name as a list": json.dumps({"query": QUERY, "operationName": ["a"]}).encode(),
    "a bare string": b'"query"',
    "empty": b"",
}


@pytest.mark.django_db
@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_bodies_get_a_typed_400(client, body):
    response, codes = post_raw(client, body)
    assert response.status_code == 400
    assert codes and codes[0] in ("BAD_REQUEST", "BATCH_NOT_ALLOWED"), codes


@pytest.mark.django_db
def test_malformed_bodies_with_the_response_cache_on(client):
    with override_settings(GRAPHQL_RESPONSE_CACHE_SIZE=100):
        for body in MALFORMED.values():
            post_raw(client, body)


@pytest.mark.django_db
def test_huge_numbers_in_variables_are_user_input_errors(client):
    body = json.dumps({"query": "query($n: Int) { experiences(first: $n) { totalCount } }"})
    for value in ("1e400", "123456789012345678901234567890", "-1e308"):
        response, codes = post_raw(client, body[:-1] + ', "variables": {"n": ' + value + "}}")
        assert response.status_code == 400 and codes == ["BAD_USER_INPUT"], value


@pytest.mark.django_db
def test_an_invalid_enum_in_variables_is_400_as_the_readme_says(client):
    """graphql/README.md: a variable that does not fit its type is BAD_USER_INPUT, HTTP 400."""
    body = json.dumps(
        {
            "query": "query($o: PageOrder) { experiences(order: $o) { totalCount } }",
            "variables": {"o": "NEWES"},
        }
    )
    response, codes = post_raw(client, body)
    assert response.status_code == 400
    assert codes == ["BAD_USER_INPUT"]
    message = response.json()["errors"][0]["message"]
    assert "NEWES" in message and "NEWEST" not in message  # no "Did you mean"
    readme = (Path(__file__).resolve().parents[2] / "graphql" / "README.md").read_text()
    assert "| `BAD_USER_INPUT` | variable" in readme and "| 400 |" in readme


@pytest.mark.django_db
def test_other_content_types_and_methods(client):
    response = client.post("/graphql/", data=b"\xff\xfe{", content_type="application/graphql")
    assert response.status_code == 400 and response.json()["errors"][0]["extensions"]["code"]
    response = client.post("/graphql/", data=b"query=%7B", content_type="text/plain")
    assert response.status_code == 400
    response = client.put("/graphql/", data=b"{}", content_type="application/json")
    assert response.status_code == 405
    assert response.json()["errors"][0]["extensions"]["code"] == "METHOD_NOT_ALLOWED"
    assert "GET" in response["Allow"]
    response = client.get("/graphql/", {"query": "{ themes { name } }", "variables": '"\\ud800"'})
    assert response.status_code == 400
    response = client.get("/graphql/", {"query": "{ themes { name } }", "variables": "[" * 50_000})
    assert response.status_code == 400


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
BODIES = (
    st.binary(max_size=300)
    | st.builds(
        lambda query, variables, name: json.dumps(
            {"query": query, "variables": variables, "operationName": name}
        ).encode("utf-8", "surrogatepass"),
        st.one_of(st.text(max_size=200), JSON_VALUES, st.just("{ themes { name } }")),
        JSON_VALUES,
        st.one_of(st.none(), st.text(max_size=10), JSON_VALUES),
    )
    | st.builds(
        lambda depth, open_, close: (open_ * depth + close * depth).encode(),
        st.integers(min_value=1, max_value=20_000),
        st.sampled_from(["[", '{"a":', '{"query": "{ themes { name } }", "variables": {"a":']),
        st.sampled_from(["]", "}", "}}"]),
    )
)


@pytest.mark.django_db
@FUZZ
@given(body=BODIES, content_type=st.sampled_from(["application/json", "application/graphql"]))
def test_malformed_bodies_never_fail(client, body, content_type):
    post_raw(client, body, content_type)
