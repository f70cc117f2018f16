"""The API on a real PostgreSQL streaming replica (DATABASE_REPLICA_URL): anonymous queries read
it, writes and signed-in agents the primary, a writer reads its own writes, a lagging replica is
left aside. `scripts/cluster start-one pg-replica` starts a primary (:4510) and its replica
(:4511); CI runs these tests with them."""

import os

import pytest
from django.db import connections
from django.test.utils import CaptureQueriesContext

from cms import db_router

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("DATABASE_REPLICA_URL"),
        reason="pas de réplique : scripts/cluster start-one pg-replica, puis "
        "DATABASE_URL=postgres://territoires:territoires@127.0.0.1:4510/territoires "
        "DATABASE_REPLICA_URL=postgres://territoires:territoires@127.0.0.1:4511/territoires",
    ),
    pytest.mark.django_db(transaction=True, databases=["default", "replica"]),
]

READ = {"query": "query SiteLayout { siteSettings { siteName } }", "operationName": "SiteLayout"}
SUBSCRIBE = """mutation Subscribe($email: String!) {
  subscribeNewsletter(email: $email) { errors { code } }
}"""


@pytest.fixture(autouse=True)
def fresh_health(settings):
    settings.DATABASE_REPLICA_CHECK_INTERVAL = 0
    db_router.health.reset()
    yield
    db_router.health.reset()


def post(client, payload, **extra):
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections["replica"]) as replica,
    ):
        response = client.post("/graphql/", payload, content_type="application/json", **extra)
    assert response.status_code == 200, response.content
    return response, primary, replica


def content_queries(captured):
    return [q["sql"] for q in captured if "pg_is_in_recovery" not in q["sql"]]


def test_the_replica_is_a_streaming_standby():
    assert db_router.replication_lag("replica") is not None  # pg_is_in_recovery()


def test_an_anonymous_query_reads_the_replica(client):
    response, primary, replica = post(client, READ)
    assert response.json()["data"]["siteSettings"] is not None
    assert content_queries(replica)
    assert not any("cms_sitesettings" in sql for sql in content_queries(primary))


def test_a_mutation_writes_and_reads_the_primary_then_the_writer_stays_on_it(client):
    response, primary, replica = post(
        client, {"query": SUBSCRIBE, "variables": {"email": "lectrice@example.org"}}
    )
    assert response.json()["data"]["subscribeNewsletter"]["errors"] == []
    assert not content_queries(replica)
    assert any(sql.startswith("INSERT") for sql in content_queries(primary))
    assert db_router.STICKY_COOKIE in response.cookies

    # The same client (its cookie) reads its own writes: the primary, for the replica's lag.
    _, primary, replica = post(client, READ)
    assert not content_queries(replica) and content_queries(primary)


def test_a_replica_lagging_beyond_the_threshold_is_left_aside_and_health_says_so(client, settings):
    settings.DATABASE_REPLICA_MAX_LAG = -1  # any lag, even none, is too much
    _, primary, replica = post(client, READ)
    assert not content_queries(replica) and content_queries(primary)
    health = client.get("/sante/", HTTP_ACCEPT="application/json").json()
    assert "Réplique dégradée, lectures sur le primaire" in health["Replica()"]
    assert "en retard" in health["Replica()"]
