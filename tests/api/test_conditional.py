"""Conditional requests: a public answer carries a weak ETag, and a client or a CDN that sends it
back in If-None-Match gets a 304 with no body while nothing changed."""

import json

import pytest
from django.test.utils import override_settings

from cms.api.response_cache import responses
from cms.tokens import create_token
from tests.factories import ThemeFactory

pytestmark = pytest.mark.django_db

QUERY = "{ themes { name } }"


def get(client, query=QUERY, **headers):
    return client.get("/graphql/", {"query": query}, **headers)


def test_a_public_answer_carries_a_weak_etag_over_its_body(gql):
    ThemeFactory(name="Culture")
    response = gql.post(QUERY)

    assert response.status_code == 200
    etag = response["ETag"]
    assert etag.startswith('W/"') and etag.endswith('"')
    # The same body gives the same tag, by GET or by POST.
    assert get(gql.client)["ETag"] == etag


@pytest.mark.parametrize("method", ["get", "post"])
def test_if_none_match_with_the_tag_answers_304_without_body(gql, method):
    ThemeFactory(name="Culture")
    send = (
        (lambda **h: get(gql.client, **h))
        if method == "get"
        else (lambda **h: gql.post(QUERY, **h))
    )
    first = send()

    again = send(HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]
    # What a cache needs to keep serving its copy: the same freshness and variance.
    assert again["Cache-Control"] == first["Cache-Control"]
    assert again["Vary"] == first["Vary"]


def test_weak_comparison_lists_and_star_match(gql):
    etag = gql.post(QUERY)["ETag"]
    opaque = etag.removeprefix("W/")

    for header in (opaque, f'"autre", {etag}', "*"):
        assert gql.post(QUERY, HTTP_IF_NONE_MATCH=header).status_code == 304, header


def test_a_changed_answer_is_sent_again_with_a_new_tag(gql):
    etag = gql.post(QUERY)["ETag"]
    ThemeFactory(name="Mobilités")

    response = gql.post(QUERY, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert response.json()["data"]["themes"] == [{"name": "Mobilités"}]
    assert response["ETag"] != etag


def test_a_personal_answer_has_no_tag_and_is_always_sent(gql, superuser):
    token = create_token(superuser, "tests")
    etag = gql.post(QUERY)["ETag"]

    response = gql.post(QUERY, token=token, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert "ETag" not in response
    assert json.loads(response.content)["data"] == {"themes": []}


def test_an_answer_from_the_server_cache_revalidates_with_the_same_tag(gql):
    ThemeFactory(name="Culture")
    responses.clear()
    with override_settings(GRAPHQL_RESPONSE_CACHE_SIZE=100):
        computed = gql.post(QUERY)
        cached = gql.post(QUERY)
        revalidated = gql.post(QUERY, HTTP_IF_NONE_MATCH=computed["ETag"])
    responses.clear()

    assert cached.content == computed.content and cached["ETag"] == computed["ETag"]
    assert revalidated.status_code == 304


def test_the_admin_is_never_tagged(admin_client):
    assert "ETag" not in admin_client.get("/admin/")
