"""Finding 6 of issue 13: nothing limited how often a client could call the API.

Per client address and per Bearer token, a number of requests and a GraphQL cost budget per
window; past either, 429 with `Retry-After` and the code RATE_LIMITED (cms/api/throttle.py).
"""

import json

import pytest
from django.core.cache import caches
from django.test import override_settings

from cms import ratelimit
from cms.tokens import create_token

QUERY = "{ themes { name } }"
START = 1_800_000_000  # a window boundary (a multiple of 60)
CLIENT = "203.0.113.10"
OTHER = "203.0.113.11"


@pytest.fixture(autouse=True)
def clock(monkeypatch, settings):
    """Time stands still inside a window unless a test moves it; no counter from another test."""
    caches[settings.API_THROTTLE_CACHE].clear()
    now = {"t": START + 15.0}
    monkeypatch.setattr(ratelimit, "clock", lambda: now["t"])
    return now


def graphql(client, token=None, address=CLIENT, query=QUERY, **extra):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    return client.post(
        "/graphql/",
        data=json.dumps({"query": query}),
        content_type="application/json",
        REMOTE_ADDR=address,
        **headers,
        **extra,
    )


def assert_rate_limited(response, retry_after=45):
    assert response.status_code == 429
    assert response["Retry-After"] == str(retry_after)
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "RATE_LIMITED"
    assert "Réessayez dans" in error["message"]
    return error["message"]


@pytest.fixture
def token(superuser):
    return create_token(superuser)


@pytest.fixture
def other_token(django_user_model):
    user = django_user_model.objects.create_user("machine", "machine@example.org", "x" * 20)
    return create_token(user)


@override_settings(API_RATE_LIMIT_IP=3)
def test_the_request_past_the_address_rate_is_refused(client, db):
    for _ in range(3):
        assert graphql(client).status_code == 200
    message = assert_rate_limited(graphql(client))
    assert "depuis votre adresse" in message
    assert "3 au plus par période de 60 s" in message


@override_settings(API_RATE_LIMIT_IP=3)
def test_the_rest_api_counts_in_the_same_rate(client, db):
    for _ in range(2):
        assert graphql(client).status_code == 200
    assert client.get("/api/v2/pages/", REMOTE_ADDR=CLIENT).status_code == 200
    assert_rate_limited(client.get("/api/v2/pages/", REMOTE_ADDR=CLIENT))
    assert_rate_limited(graphql(client))


@override_settings(API_RATE_LIMIT_IP=2)
def test_the_window_rolls_over(client, db, clock):
    graphql(client), graphql(client)
    clock["t"] = START + 59.2
    assert_rate_limited(graphql(client), retry_after=1)
    clock["t"] = START + 60.0
    assert graphql(client).status_code == 200


@override_settings(API_RATE_LIMIT_IP=2)
def test_each_address_has_its_own_count(client, db):
    graphql(client), graphql(client)
    assert_rate_limited(graphql(client))
    assert graphql(client, address=OTHER).status_code == 200


@override_settings(API_RATE_LIMIT_IP=2, API_RATE_LIMIT_TOKEN=3)
def test_token_and_address_are_counted_apart(client, token, other_token):
    for _ in range(3):
        assert graphql(client, token=token).status_code == 200
    message = assert_rate_limited(graphql(client, token=token))
    assert "pour ce jeton d'accès" in message
    # The token's requests did not use the address's count, nor another token's.
    assert graphql(client).status_code == 200
    assert graphql(client, token=other_token).status_code == 200
    # And anonymous requests from its address do not use a token's count.
    graphql(client)
    assert_rate_limited(graphql(client))
    for _ in range(2):
        assert graphql(client, token=other_token).status_code == 200


@override_settings(API_RATE_LIMIT_IP=2, API_RATE_LIMIT_TOKEN=100)
def test_invented_tokens_count_against_the_address(client, db):
    fake = "wagtail_" + "a" * 40
    for number in range(2):
        assert graphql(client, token=f"{fake}{number}").status_code == 401
    assert_rate_limited(graphql(client, token=f"{fake}9"))
    assert_rate_limited(graphql(client))


@override_settings(API_RATE_LIMIT_IP=0, API_COST_BUDGET_IP=0)
def test_zero_turns_the_limits_off(client, db):
    for _ in range(30):
        assert graphql(client).status_code == 200


@override_settings(API_RATE_LIMIT_IP=2, API_THROTTLE_EXEMPT=["203.0.113.0/28"])
def test_exempt_addresses_are_not_counted(client, db):
    for _ in range(5):
        assert graphql(client).status_code == 200
    graphql(client, address="203.0.113.200"), graphql(client, address="203.0.113.200")
    assert_rate_limited(graphql(client, address="203.0.113.200"))


@override_settings(API_RATE_LIMIT_IP=2)
def test_forwarded_for_is_ignored_unless_the_proxy_is_trusted(client, db):
    graphql(client, HTTP_X_FORWARDED_FOR="192.0.2.1")
    graphql(client, HTTP_X_FORWARDED_FOR="192.0.2.2")
    # Inventing an address in the header gives no fresh count.
    assert_rate_limited(graphql(client, HTTP_X_FORWARDED_FOR="192.0.2.3"))


@override_settings(API_RATE_LIMIT_IP=2, TRUSTED_PROXIES=["10.0.0.0/8"])
def test_behind_a_trusted_proxy_each_client_has_its_own_count(client, db):
    proxy = "10.0.0.5"
    for _ in range(2):
        assert graphql(client, address=proxy, HTTP_X_FORWARDED_FOR="192.0.2.1").status_code == 200
    # The client's own claim left of the proxy's hop is not believed.
    spoofed = "198.51.100.1, 192.0.2.1"
    assert_rate_limited(graphql(client, address=proxy, HTTP_X_FORWARDED_FOR=spoofed))
    assert graphql(client, address=proxy, HTTP_X_FORWARDED_FOR="192.0.2.2").status_code == 200


@override_settings(API_RATE_LIMIT_IP=2)
def test_ipv6_clients_are_counted_by_their_network(client, db):
    graphql(client, address="2001:db8:1:2::1"), graphql(client, address="2001:db8:1:2::ffff")
    assert_rate_limited(graphql(client, address="2001:db8:1:2:abcd::9"))
    assert graphql(client, address="2001:db8:1:3::1").status_code == 200


@override_settings(ROOT_URLCONF="tests.security.throttle_urls", API_COST_BUDGET_IP=1000)
def test_the_cost_budget_is_spent_by_what_ran(client, db, clock):
    def call(cost):
        return client.post(f"/graphql/?cost={cost}", REMOTE_ADDR=CLIENT)

    assert call(600).status_code == 200
    assert call(399).status_code == 200
    assert call(1).status_code == 200  # 1000 spent: the budget is exhausted only now
    message = assert_rate_limited(call(1))
    assert (
        "Budget de calcul épuisé depuis votre adresse : coût cumulé 1000, 1000 au plus" in message
    )
    clock["t"] = START + 61
    assert call(1).status_code == 200


@override_settings(
    ROOT_URLCONF="tests.security.throttle_urls", API_COST_BUDGET_TOKEN=500, API_COST_BUDGET_IP=0
)
def test_the_cost_budget_of_a_token(client, token, other_token):
    def call(cost, key):
        return client.post(
            f"/graphql/?cost={cost}", REMOTE_ADDR=CLIENT, HTTP_AUTHORIZATION=f"Bearer {key}"
        )

    assert call(500, token).status_code == 200
    assert "pour ce jeton" in assert_rate_limited(call(1, token))
    assert call(1, other_token).status_code == 200


@override_settings(API_COST_BUDGET_IP=3000)
def test_an_expensive_query_exhausts_the_budget(client, db):
    """The real endpoint: its cost (request.graphql_cost, set by cms/api/view.py) is charged."""
    expensive = "{ a: pages(first: 100) { edges { node { title } } } }"
    response = graphql(client, query=expensive)
    cost = response.wsgi_request.graphql_cost
    assert cost > 1
    for _ in range(3000 // cost):
        graphql(client, query=expensive)
    assert_rate_limited(graphql(client))


@override_settings(API_RATE_LIMIT_IP=1, CORS_ALLOWED_ORIGINS=["https://site.example.org"])
def test_a_browser_may_read_the_refusal(client, db):
    graphql(client)
    response = graphql(client, HTTP_ORIGIN="https://site.example.org")
    assert_rate_limited(response)
    assert response["Access-Control-Allow-Origin"] == "https://site.example.org"
    assert "Retry-After" in response["Access-Control-Expose-Headers"]
    assert "no-store" in response["Cache-Control"]


def test_the_suite_runs_with_throttling_on(settings):
    assert "cms.api.throttle.ApiThrottleMiddleware" in settings.MIDDLEWARE
    assert settings.API_RATE_LIMIT_IP and settings.API_COST_BUDGET_IP
