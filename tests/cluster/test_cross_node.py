"""Against the running `make cluster` (two gunicorn nodes, Redis, OpenSearch, HAProxy): what a
client sees when content changes on one node or a shared dependency stops. `make test-cluster`
runs these; each test puts back what it stopped.

The tests talk HTTP to the nodes only, and prepare their data with `manage.py` in the cluster's
environment (`scripts/cluster env`): pytest's own test database is not the cluster's."""

import base64
import json
import os
import re
import subprocess
import time
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
PROXY = os.environ.get("CLUSTER_URL", "")
NODE_A = "http://127.0.0.1:4541"
NODE_B = "http://127.0.0.1:4542"
ADMIN = ("cluster-admin", os.environ.get("CLUSTER_ADMIN_PASSWORD", "Cluster-Territoires-2026!"))

pytestmark = [
    pytest.mark.cluster,
    pytest.mark.skipif(
        not PROXY, reason="pas de grappe : make cluster, puis make test-cluster (CLUSTER_URL)"
    ),
]

EXPERIENCES = {
    "query": "query Liste { experiences(first: 100) { edges { node { id title } } } }",
    "operationName": "Liste",
}
ME = {"query": "query Moi { me { username } }", "operationName": "Moi"}


def cluster(*args):
    return subprocess.run(  # noqa: S603 (our own script)
        [str(ROOT / "scripts/cluster"), *args], cwd=ROOT, check=True, capture_output=True, text=True
    )


def manage(*args):
    """A management command with the nodes' environment (`export NAME='value'` lines)."""
    env = dict(os.environ)
    for line in cluster("env").stdout.splitlines():
        name, _, value = line.removeprefix("export ").partition("=")
        env[name] = value.strip("'")
    python = str(ROOT / ".venv/bin/python")
    done = subprocess.run(  # noqa: S603 (this project's manage.py)
        [python, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return done.stdout.strip()


def graphql(node, payload, token=None):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = requests.post(f"{node}/graphql/", json=payload, headers=headers, timeout=10)
    assert response.status_code == 200, (node, response.status_code, response.text[:500])
    return response.json()


def experience_ids(node):
    edges = graphql(node, EXPERIENCES)["data"]["experiences"]["edges"]
    return {edge["node"]["id"] for edge in edges}


def page_pk(global_id):
    return int(base64.b64decode(global_id).decode().split(":")[1])


def admin_session(node):
    session = requests.Session()
    page = session.get(f"{node}/admin/login/", timeout=10)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    done = session.post(
        f"{node}/admin/login/",
        data={"csrfmiddlewaretoken": token, "username": ADMIN[0], "password": ADMIN[1]},
        headers={"Referer": f"{node}/admin/login/"},
        timeout=10,
    )
    assert done.status_code == 200 and "/admin/login/" not in done.url, done.url
    return session


def bulk_action(session, node, action, pk):
    url = f"{node}/admin/bulk/wagtailcore/page/{action}/?next=/admin/&id={pk}"
    form = session.get(url, timeout=10)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    done = session.post(
        url, data={"csrfmiddlewaretoken": token}, headers={"Referer": url}, timeout=30
    )
    assert done.status_code == 200, done.status_code


def seen_within(predicate, seconds):
    """How long until `predicate()` holds, or None after `seconds`."""
    start = time.monotonic()
    while time.monotonic() - start <= seconds:
        if predicate():
            return time.monotonic() - start
        time.sleep(0.05)
    return None


def health(node):
    response = requests.get(f"{node}/sante/", headers={"Accept": "application/json"}, timeout=15)
    return response.status_code, response.json()


def test_a_publish_through_node_a_is_seen_on_node_b_within_a_second():
    ids = experience_ids(NODE_B)
    target = sorted(ids)[0]
    experience_ids(NODE_B)  # the answer is now in the shared response cache
    session = admin_session(NODE_A)

    bulk_action(session, NODE_A, "unpublish", page_pk(target))
    try:
        waited = seen_within(lambda: target not in experience_ids(NODE_B), 1.0)
        assert waited is not None, "dépublication faite sur A, toujours servie par B après 1 s"
    finally:
        bulk_action(session, NODE_A, "publish", page_pk(target))
    waited = seen_within(lambda: target in experience_ids(NODE_B), 1.0)
    assert waited is not None, "publication faite sur A, absente de B après 1 s"


def test_never_another_users_answer_from_the_shared_cache():
    token = manage("create_api_token", ADMIN[0])
    for _ in range(2):  # the second time, from the cache if it were shared
        assert graphql(NODE_A, ME, token)["data"]["me"]["username"] == ADMIN[0]
        assert graphql(NODE_B, ME)["data"]["me"] is None
        assert graphql(PROXY, ME)["data"]["me"] is None
    assert graphql(NODE_B, ME, token)["data"]["me"]["username"] == ADMIN[0]


def test_redis_stopped_both_nodes_answer_uncached_and_health_says_degraded():
    expected = experience_ids(NODE_A)
    cluster("stop-one", "redis")
    try:
        for node in (NODE_A, NODE_B, PROXY):
            for _ in range(3):
                assert experience_ids(node) == expected
        status, checks = health(NODE_B)
        assert status == 200 and checks["statut"] == "dégradé"
        assert checks["Cache(alias='api')"] != "OK"
    finally:
        cluster("start-one", "redis")
    assert seen_within(lambda: health(NODE_A)[1]["statut"] == "ok", 10) is not None


SEARCH = {
    "query": 'query Cherche { search(query: "démocratie") { totalCount } }',
    "operationName": "Cherche",
}


def test_opensearch_stopped_search_says_unavailable_in_french_without_a_500():
    if not (ROOT / "var/cluster/opensearch.pid").exists():
        pytest.skip("OpenSearch absent de la grappe (CLUSTER_OPENSEARCH=0)")
    assert "errors" not in graphql(PROXY, SEARCH)
    cluster("stop-one", "opensearch")
    try:
        for node in (NODE_A, NODE_B):
            answer = graphql(node, SEARCH)
            error = answer["errors"][0]
            assert error["extensions"]["code"] == "SEARCH_UNAVAILABLE", json.dumps(answer)
            assert "momentanément indisponible" in error["message"]
            assert experience_ids(node)  # the rest of the API serves
        status, checks = health(NODE_A)
        assert status == 200 and checks["statut"] == "dégradé"
        assert "Moteur de recherche injoignable" in checks["SearchEngine()"]
    finally:
        cluster("start-one", "opensearch")


def test_every_node_serves_the_admin_static_files():
    for node in (NODE_A, NODE_B, PROXY):
        login = requests.get(f"{node}/admin/login/", timeout=10)
        stylesheet = re.search(r'href="(/static/[^"]+\.css)"', login.text).group(1)
        response = requests.get(f"{node}{stylesheet}", timeout=10)
        assert response.status_code == 200, (node, stylesheet)
        assert response.headers["Content-Type"].startswith("text/css")
