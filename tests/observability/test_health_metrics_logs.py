"""What an operator sees: /sante/ per dependency, /metrics for the scrapers only, request ids in the
logs of the tasks a request enqueued."""

import datetime
import logging
import socket

import pytest
import structlog
from django.utils import timezone

from cms.tasks import send_email

pytestmark = pytest.mark.django_db


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def checks_of(response):
    return response.json()


def test_liveness_needs_no_dependency(client):
    response = client.get("/sante/vivant/")
    assert response.status_code == 200
    assert response.content.decode() == "vivant\n"
    assert "no-cache" in response["Cache-Control"]


def test_readiness_lists_each_dependency(client):
    response = client.get("/sante/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    names = " ".join(checks_of(response))
    for expected in ("Database(alias='default')", "Cache(alias='default')", "Cache(alias='api')"):
        assert expected in names
    assert "SearchEngine" in names and "TaskQueue" in names
    statuses = dict(checks_of(response))
    assert statuses.pop("statut") == "ok"
    assert set(statuses.values()) == {"OK"}


def test_a_cache_down_makes_readiness_degraded_and_names_it(client, settings):
    settings.CACHES = {
        **settings.CACHES,
        "api": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        },
    }
    response = client.get("/sante/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200  # answers uncached: the node still serves
    failing = {name: status for name, status in checks_of(response).items() if status != "OK"}
    assert failing.pop("statut") == "dégradé"
    assert list(failing) == ["Cache(alias='api')"]


def test_a_search_engine_down_makes_readiness_degraded(client, settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.opensearch_french",
            "URLS": [f"http://127.0.0.1:{closed_port()}"],
            "INDEX_PREFIX": "sante_",
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0},
        }
    }
    response = client.get("/sante/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response["X-Sante"] == "degrade"
    failing = {name: status for name, status in checks_of(response).items() if status != "OK"}
    assert failing.pop("statut") == "dégradé"
    assert list(failing) == ["SearchEngine()"]
    assert "Moteur de recherche injoignable" in failing["SearchEngine()"]


def test_a_queue_nobody_works_makes_readiness_warn(client, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    send_email.enqueue("Objet", "Corps", ["agente@example.org"])
    DBTaskResult.objects.update(run_after=timezone.now() - datetime.timedelta(hours=1))
    response = client.get("/sante/", HTTP_ACCEPT="application/json")
    statuses = checks_of(response)
    assert "aucun worker" in statuses["TaskQueue()"]


def test_metrics_for_loopback_with_the_graphql_operations(client):
    client.post(
        "/graphql/",
        {"query": "query SiteLayout { siteSettings { siteName } }", "operationName": "SiteLayout"},
        content_type="application/json",
    )
    client.post(
        "/graphql/", {"query": "query MaRequete { __typename }"}, content_type="application/json"
    )
    response = client.get("/metrics")
    assert response.status_code == 200
    text = response.content.decode()
    assert "django_http_requests_total_by_method_total" in text
    assert 'graphql_requests_total{operation="SiteLayout",outcome="ok"}' in text
    # A name the client chose is not a series of its own.
    assert "MaRequete" not in text
    assert 'graphql_requests_total{operation="autre",outcome="ok"}' in text
    assert "django_db_execute_total" in text


def test_metrics_refused_to_others_unless_listed(client, settings):
    assert client.get("/metrics", REMOTE_ADDR="203.0.113.5").status_code == 403
    settings.METRICS_ALLOWED_IPS = ["203.0.113.0/24"]
    assert client.get("/metrics", REMOTE_ADDR="203.0.113.5").status_code == 200


def test_a_task_logs_the_request_id_of_the_request_that_enqueued_it(caplog):
    caplog.set_level(logging.INFO, logger="cms.tasks")
    with structlog.contextvars.bound_contextvars(request_id="requete-42"):
        send_email.enqueue("Objet", "Corps", ["agente@example.org"])
    events = [record.msg for record in caplog.records if record.name == "cms.tasks"]
    enqueued = next(e for e in events if e["event"] == "tâche mise en file")
    started = next(e for e in events if e["event"] == "tâche commencée")
    assert enqueued["request_id"] == "requete-42"
    assert started["request_id"] == "requete-42"
    assert started["task_id"] == enqueued["task_id"]


def test_redis_down_the_api_answers_uncached_and_health_says_so(client, settings):
    down = {
        "BACKEND": "cms.observability.cache.FailSoftRedisCache",
        "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
    settings.CACHES = {"default": {**down, "KEY_PREFIX": "t"}, "api": {**down, "KEY_PREFIX": "a"}}
    settings.GRAPHQL_RESPONSE_CACHE_SIZE = 1000  # the response cache on, on the dead Redis
    query = {
        "query": "query SiteLayout { siteSettings { siteName } }",
        "operationName": "SiteLayout",
    }
    for _ in range(2):
        response = client.post("/graphql/", query, content_type="application/json")
        assert response.status_code == 200
        assert response.json()["data"]["siteSettings"]["siteName"]
    health = client.get("/sante/", HTTP_ACCEPT="application/json")
    assert health.status_code == 200
    assert health.json()["statut"] == "dégradé"
    assert health.json()["Cache(alias='api')"] != "OK"
