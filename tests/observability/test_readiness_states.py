"""Readiness for a load balancer: a node that serves (even degraded) answers 200, « dégradé » in
its body; 503 only when it cannot serve. django-health-check alone answers 500 for any warning."""

import pytest
from health_check.base import HealthCheckResult
from health_check.checks import Cache, Database
from health_check.exceptions import ServiceUnavailable, ServiceWarning

from cms import db_router
from cms.observability import views
from cms.observability.health import (
    DEGRADED,
    READY,
    UNAVAILABLE,
    Replica,
    SearchEngine,
    readiness_state,
)

pytestmark = pytest.mark.django_db


def result(check, error=None):
    return HealthCheckResult(check=check, error=error, time_taken=0.0)


def test_the_primary_database_down_is_the_only_outage():
    healthy = [result(Database()), result(Cache(alias="api")), result(SearchEngine())]
    assert readiness_state(healthy) is READY
    degraded = [
        result(Database()),
        result(Cache(alias="api"), ServiceUnavailable("Redis")),
        result(SearchEngine(), ServiceUnavailable("Moteur de recherche injoignable.")),
        result(Replica(), ServiceWarning("Réplique dégradée")),
    ]
    assert readiness_state(degraded) is DEGRADED
    assert DEGRADED.http_status == 200
    down = [result(Database(), ServiceUnavailable("unable to connect")), result(Replica())]
    assert readiness_state(down) is UNAVAILABLE
    assert UNAVAILABLE.http_status == 503


@pytest.fixture
def replica_down(monkeypatch, settings):
    """A declared replica that its probe finds unreachable (the read replica stopped)."""
    settings.DATABASE_REPLICA_CHECK_INTERVAL = 0
    monkeypatch.setattr(db_router, "replica_alias", lambda: "replica")
    monkeypatch.setattr(
        db_router.health, "probe", lambda alias: (False, "réplique injoignable", None)
    )
    checks = views.readiness_checks()
    monkeypatch.setattr(
        views, "readiness_checks", lambda: [*checks, "cms.observability.health.Replica"]
    )
    db_router.health.reset()
    yield
    db_router.health.reset()


def test_a_replica_down_is_degraded_with_200_in_every_format(client, replica_down):
    response = client.get("/sante/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response["X-Sante"] == "degrade"
    body = response.json()
    assert body["statut"] == "dégradé"
    assert "Réplique dégradée, lectures sur le primaire" in body["Replica()"]

    text = client.get("/sante/?format=text")
    assert text.status_code == 200
    assert text.content.decode().startswith("statut: dégradé\n")

    html = client.get("/sante/", HTTP_ACCEPT="text/html")
    assert html.status_code == 200
    assert "Réplique dégradée" in html.content.decode()


def test_all_well_says_ok(client):
    response = client.get("/sante/?format=text")
    assert response.status_code == 200
    assert response["X-Sante"] == "ok"
    assert response.content.decode().startswith("statut: ok\n")
