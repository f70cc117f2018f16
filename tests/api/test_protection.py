"""Abusive or malformed requests get a typed JSON error, never a stack trace, in bounded time."""

import json

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import APIToken

from tests.factories import ExperiencePageFactory, InspirationIndexPageFactory
from tests.ids import gid

pytestmark = pytest.mark.django_db


def codes(response):
    return [error["extensions"]["code"] for error in response.json()["errors"]]


def test_malformed_query_is_400_with_a_code(gql):
    response = gql.post("query { experiences { ")
    assert response.status_code == 400
    assert codes(response) == ["GRAPHQL_PARSE_FAILED"]
    assert "Traceback" not in response.content.decode()


def test_unknown_field_gives_no_suggestion(gql):
    response = gql.post("query { experience { totalCount } }")
    assert response.status_code == 400
    message = response.json()["errors"][0]["message"]
    assert "Did you mean" not in message and "experiences" not in message
    assert codes(response) == ["GRAPHQL_VALIDATION_FAILED"]


def test_batched_operations_are_refused(client, db):
    body = json.dumps([{"query": "{ themes { name } }"}, {"query": "{ themes { name } }"}])
    response = client.post("/graphql/", data=body, content_type="application/json")
    assert response.status_code == 400
    assert codes(response) == ["BATCH_NOT_ALLOWED"]


def test_mutation_by_get_is_refused(client, db):
    response = client.get("/graphql/", {"query": "mutation { themes }"})
    assert response.status_code == 405
    assert codes(response) == ["METHOD_NOT_ALLOWED"]


def test_a_query_by_get_works(client, db):
    response = client.get("/graphql/", {"query": "{ territoryTypes { slug } }"})
    assert response.status_code == 200
    assert {t["slug"] for t in response.json()["data"]["territoryTypes"]} == {
        "qpv",
        "villes",
        "ruralites",
    }


def test_deep_nesting_is_refused(gql):
    query = "query { pages { edges { node { " + "parent { " * 12 + "id" + " }" * 12 + " } } } }"
    response = gql.post(query)
    assert response.status_code == 400
    assert "QUERY_TOO_DEEP" in codes(response)


def test_alias_flooding_is_refused(gql):
    query = "query { " + " ".join(f"a{i}: themes {{ name }}" for i in range(40)) + " }"
    response = gql.post(query)
    assert response.status_code == 400
    assert "TOO_MANY_ALIASES" in codes(response)


def test_costly_query_is_refused(gql):
    # 4 lists x 100 items x 8 object fields: over the default cost of 3000.
    nested = "children { edges { node { id } } } ancestors { id } parent { parent { id } } themes { name } territoryTypes { name } image { title }"
    query = (
        "query { "
        + " ".join(
            f"{field}(first: 100) {{ edges {{ node {{ {nested} }} }} }}"
            for field in ("experiences", "resources", "events", "inspirationThemes")
        )
        + " }"
    )
    response = gql.post(query)
    assert response.status_code == 400
    assert "QUERY_TOO_COMPLEX" in codes(response)
    assert "3000" in response.json()["errors"][0]["message"]


def test_fragment_cycles_do_not_hang(gql):
    query = "query { themes { ...A } } fragment A on Theme { name ...B } fragment B on Theme { slug ...A }"
    response = gql.post(query)
    assert response.status_code == 400
    assert codes(response)[0] == "GRAPHQL_VALIDATION_FAILED"


@override_settings(GRAPHQL_INTROSPECTION=False)
def test_introspection_can_be_disabled(gql):
    response = gql.post("query { __schema { types { name } } }")
    assert response.status_code == 400
    assert codes(response) == ["INTROSPECTION_DISABLED"]


@override_settings(GRAPHQL_INTROSPECTION=True)
def test_introspection_when_enabled(gql):
    assert (
        gql('query { __type(name: "ExperiencePage") { name } }')["__type"]["name"]
        == "ExperiencePage"
    )


def test_page_size_is_capped_and_negative_is_refused(gql, home):
    index = InspirationIndexPageFactory(parent=home)
    for i in range(3):
        ExperiencePageFactory(parent=index, title=f"Expérience {i}")
    data = gql("query { experiences(first: 100000) { totalCount edges { node { id } } } }")
    assert data["experiences"]["totalCount"] == 3
    response = gql.post("query { experiences(first: -1) { totalCount } }")
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "négatif" in response.json()["errors"][0]["message"]


def test_pagination_walks_every_item_once(gql, home):
    index = InspirationIndexPageFactory(parent=home)
    for i in range(5):
        ExperiencePageFactory(parent=index, title=f"Expérience {i}")
    seen, after = [], None
    while True:
        data = gql(
            "query($after: String) { experiences(first: 2, after: $after) { edges { node { title } } "
            "pageInfo { hasNextPage endCursor } } }",
            {"after": after},
        )["experiences"]
        seen += [edge["node"]["title"] for edge in data["edges"]]
        if not data["pageInfo"]["hasNextPage"]:
            break
        after = data["pageInfo"]["endCursor"]
    assert sorted(seen) == [f"Expérience {i}" for i in range(5)]


def test_bad_cursor_is_a_typed_error(gql):
    response = gql.post('query { experiences(after: "pas-un-curseur") { totalCount } }')
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "Curseur" in error["message"]


def test_huge_string_argument_is_refused_clearly(gql):
    response = gql.post(
        "query($s: String) { localAuthorities(search: $s) { totalCount } }", {"s": "x" * 10_000}
    )
    assert response.status_code == 200
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "100 caractères au plus" in error["message"]


def test_huge_query_text_is_refused(gql):
    response = gql.post("query { themes { name } }" + " " * 30_000)
    assert response.status_code == 413
    assert codes(response) == ["QUERY_TOO_LARGE"]


def test_unknown_id_or_path_is_null(gql):
    unknown = gid(999999, "ExperiencePage")
    assert gql(f'query {{ page(id: "{unknown}") {{ id }} }}')["page"] is None
    assert gql(f'query {{ node(id: "{unknown}") {{ id }} }}')["node"] is None
    assert gql('query { node(id: "abc") { id } }')["node"] is None
    assert gql('query { page(urlPath: "/nulle/part/") { id } }')["page"] is None


def test_an_id_that_is_not_a_page_global_id_is_refused(gql):
    for literal in ("999999", '"abc"', f'"{gid(1, "Theme")}"'):
        response = gql.post(f"query {{ page(id: {literal}) {{ id }} }}")
        assert response.status_code == 200
        assert codes(response) == ["INVALID_ID"], literal


def test_bad_token_is_401(gql):
    response = gql.post("{ themes { name } }", token="wagtail_faux")
    assert response.status_code == 401
    assert codes(response) == ["UNAUTHENTICATED"]


def test_revoked_token_is_401(gql, superuser, capsys):
    call_command("create_api_token", superuser.username)
    token = capsys.readouterr().out.strip()
    assert gql.post("{ themes { name } }", token=token).status_code == 200
    APIToken.objects.get(user=superuser).revoke()
    assert gql.post("{ themes { name } }", token=token).status_code == 401


def test_tokens_are_stored_hashed(superuser, capsys):
    call_command("create_api_token", superuser.username)
    token = capsys.readouterr().out.strip()
    stored = APIToken.objects.get(user=superuser)
    assert (
        token.startswith("wagtail_") and token != stored.key_hash and token not in stored.key_hash
    )


def test_anonymous_reads_are_cacheable_and_revalidated(gql):
    response = gql.post("{ themes { name } }")
    assert "public" in response["Cache-Control"] and "max-age=" in response["Cache-Control"]
    etag = response["ETag"]
    again = gql.post("{ themes { name } }", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304


def test_authenticated_reads_are_private(gql, superuser, capsys):
    call_command("create_api_token", superuser.username)
    token = capsys.readouterr().out.strip()
    response = gql.post("{ themes { name } }", token=token)
    assert "private" in response["Cache-Control"] and "ETag" not in response


def test_session_cookie_does_not_authenticate(client, superuser):
    client.force_login(superuser)
    response = client.post(
        "/graphql/",
        data=json.dumps({"query": "{ themes { name } }"}),
        content_type="application/json",
    )
    # The session is ignored: the answer is the anonymous, cacheable one.
    assert "public" in response["Cache-Control"]


def test_cors_for_configured_front_end(client, db, settings):
    response = client.options(
        "/graphql/",
        HTTP_ORIGIN=settings.CORS_ALLOWED_ORIGINS[0],
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert response["Access-Control-Allow-Origin"] == settings.CORS_ALLOWED_ORIGINS[0]
    other = client.options(
        "/graphql/", HTTP_ORIGIN="https://pirate.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )
    assert "Access-Control-Allow-Origin" not in other


def test_over_long_arguments_get_a_clear_error(gql):
    response = gql.post("query($p: String) { page(urlPath: $p) { id } }", {"p": "/a" * 5000})
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "urlPath" in error["message"] and "500 caractères au plus" in error["message"]


def test_order_argument(gql, home):
    index = InspirationIndexPageFactory(parent=home)
    for title in ("Bourges", "Niort", "Annecy"):
        ExperiencePageFactory(parent=index, title=title)
    data = gql("query { experiences(order: TITLE) { edges { node { title } } } }")
    assert [e["node"]["title"] for e in data["experiences"]["edges"]] == [
        "Annecy",
        "Bourges",
        "Niort",
    ]
    data = gql("query { experiences(order: OLDEST) { edges { node { title } } } }")
    assert [e["node"]["title"] for e in data["experiences"]["edges"]] == [
        "Bourges",
        "Niort",
        "Annecy",
    ]


def test_public_answers_set_no_cookie(gql):
    """A Set-Cookie (graphene-django asks for a CSRF cookie) would keep CDNs from sharing them."""
    response = gql.post("{ themes { name } }")
    assert "public" in response["Cache-Control"]
    assert not response.cookies
    assert "cookie" not in response.get("Vary", "").lower()
    assert "Authorization" in response["Vary"]


def test_did_you_mean_is_cut_without_touching_graphql_core():
    from graphql.pyutils import did_you_mean

    assert did_you_mean(["experiences"]) == " Did you mean 'experiences'?"


def test_enum_suggestions_are_cut(gql):
    response = gql.post("query { experiences(order: NEWES) { totalCount } }")
    assert response.status_code == 400
    message = response.json()["errors"][0]["message"]
    assert "NEWES" in message and "Did you mean" not in message and "NEWEST" not in message
