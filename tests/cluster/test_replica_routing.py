"""Which database answers: the routing decisions of cms/db_router.py, without a replica server.

The router is asked directly, as Django asks it, with a replica alias declared (our own function
replica_alias, patched) and its health probe stubbed; the real replica's tests are in
test_real_replica.py."""

import logging

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.test import RequestFactory

from cms import db_router
from cms.db_router import ReplicaRouter, replica_reads
from inspiration.models import ExperiencePage

router = ReplicaRouter()


@pytest.fixture
def replica(monkeypatch, settings):
    """A replica alias that the probe finds in good health (until a test says otherwise)."""
    settings.DATABASE_REPLICA_CHECK_INTERVAL = 0
    monkeypatch.setattr(db_router, "replica_alias", lambda: "replica")
    state = {"usable": True, "reason": "", "lag": 0.1}
    monkeypatch.setattr(
        db_router.health, "probe", lambda alias: (state["usable"], state["reason"], state["lag"])
    )
    db_router.health.reset()
    yield state
    db_router.health.reset()


def anonymous_request(**cookies):
    request = RequestFactory().post("/graphql/")
    request.user = AnonymousUser()
    request.COOKIES.update(cookies)
    return request


def test_anonymous_reads_go_to_the_replica_inside_the_api_block_only(replica):
    assert router.db_for_read(ExperiencePage) == "default"
    with replica_reads(anonymous_request()):
        assert router.db_for_read(ExperiencePage) == "replica"
    assert router.db_for_read(ExperiencePage) == "default"


def test_without_a_replica_everything_reads_the_primary(settings):
    assert db_router.replica_alias() is None
    with replica_reads(anonymous_request()):
        assert router.db_for_read(ExperiencePage) == "default"


def test_signed_in_agents_read_the_primary(replica):
    request = anonymous_request()
    request.user = User(username="agente", is_active=True)
    with replica_reads(request):
        assert router.db_for_read(ExperiencePage) == "default"


def test_a_client_that_wrote_lately_reads_the_primary(replica):
    with replica_reads(anonymous_request(**{db_router.STICKY_COOKIE: "1"})):
        assert router.db_for_read(ExperiencePage) == "default"


@pytest.mark.django_db
def test_after_a_write_the_rest_of_the_request_reads_the_primary(replica):
    with db_router.tracking_writes() as wrote, replica_reads(anonymous_request()):
        # Django asks db_for_write for an unsaved object given a related one: no write yet.
        User(username="lectrice").logentry_set.model(user=User(username="x"))
        assert router.db_for_read(ExperiencePage) == "replica"
        assert wrote == [False]
        User.objects.create(username="lectrice")
        assert router.db_for_read(ExperiencePage) == "default"
    assert wrote == [True]


def test_writes_and_migrations_stay_on_the_primary(replica):
    with replica_reads(anonymous_request()):
        assert router.db_for_write(ExperiencePage) == "default"
    assert router.allow_migrate("default", "inspiration")
    assert not router.allow_migrate("replica", "inspiration")


@pytest.mark.parametrize(
    "reason",
    ["réplique injoignable (OperationalError)", "réplique en retard de 12.0 s (seuil 5 s)"],
)
def test_a_replica_down_or_lagging_sends_reads_to_the_primary_with_a_log_line(
    replica, caplog, reason
):
    caplog.set_level(logging.INFO, logger="cms.db_router")
    replica.update(usable=False, reason=reason)
    with replica_reads(anonymous_request()):
        assert router.db_for_read(ExperiencePage) == "default"
    warning = next(r.msg for r in caplog.records if r.name == "cms.db_router")
    assert warning["event"] == "replica_unusable_reads_on_primary"
    assert warning["reason"] == reason

    replica.update(usable=True, reason="")
    with replica_reads(anonymous_request()):
        assert router.db_for_read(ExperiencePage) == "replica"
    assert [r.msg["event"] for r in caplog.records if r.name == "cms.db_router"][-1] == (
        "replica_restored"
    )


def test_the_probe_is_not_repeated_within_the_check_interval(replica, settings):
    settings.DATABASE_REPLICA_CHECK_INTERVAL = 3600
    with replica_reads(anonymous_request()):
        router.db_for_read(ExperiencePage)
    probed_at = db_router.health._checked_at
    assert probed_at != float("-inf")
    for _ in range(5):
        with replica_reads(anonymous_request()):
            router.db_for_read(ExperiencePage)
    assert db_router.health._checked_at == probed_at


SUBSCRIBE = """mutation Subscribe($email: String!) {
  subscribeNewsletter(email: $email) { errors { code } }
}"""


@pytest.mark.django_db
def test_a_post_that_wrote_sets_the_sticky_cookie_a_read_does_not(client, replica, settings):
    settings.DATABASE_ROUTERS = ["cms.db_router.ReplicaRouter"]
    settings.DATABASE_REPLICA_STICKY_SECONDS = 10
    replica["usable"] = False  # no replica server here: the reads stay on the primary
    read = client.post(
        "/graphql/", {"query": "{ siteSettings { siteName } }"}, content_type="application/json"
    )
    assert db_router.STICKY_COOKIE not in read.cookies
    wrote = client.post(
        "/graphql/",
        {"query": SUBSCRIBE, "variables": {"email": "lectrice@example.org"}},
        content_type="application/json",
    )
    assert wrote.status_code == 200
    cookie = wrote.cookies[db_router.STICKY_COOKIE]
    assert cookie["max-age"] == 10 and cookie["httponly"]
