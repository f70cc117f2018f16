"""The response cache on Redis: what one process stores, another serves; a new content version or an
invalidated tag retires it for all. Starts a private redis-server on a spare port (Debian's
`redis-server` package; `scripts/redis start` installs it), or uses REDIS_URL when set."""

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from cms.api.cache import CACHE_TAG
from cms.api.response_cache import responses
from tests.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
LIST = "query { themes { name } }"


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    if os.environ.get("REDIS_URL"):
        yield os.environ["REDIS_URL"]
        return
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip(
            "Redis absent : `apt-get install -y redis-server` (ou `scripts/redis start`, puis "
            "REDIS_URL=redis://127.0.0.1:6390/0)."
        )
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
        cwd=tmp_path_factory.mktemp("redis"),
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def redis_cache(redis_url):
    prefix = f"test-{uuid.uuid4().hex[:8]}"
    caches = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "api": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": prefix,
        },
    }
    with override_settings(
        CACHES=caches, GRAPHQL_RESPONSE_CACHE_SIZE=100, GRAPHQL_RESPONSE_CACHE_TTL=60
    ):
        yield prefix


def count_queries(gql, query):
    with CaptureQueriesContext(connection) as ctx:
        data = gql(query)
    return data, len(ctx.captured_queries)


@pytest.mark.django_db
def test_answers_are_served_from_redis(gql, redis_cache):
    from django.core.cache import caches

    assert type(caches["api"]).__name__ == "RedisCache"
    first, cold = count_queries(gql, LIST)
    again, warm = count_queries(gql, LIST)
    assert again == first and warm == 1 < cold
    responses.clear()  # a tag: the next answer is computed again
    _, after_clear = count_queries(gql, LIST)
    assert after_clear == cold


WORKER = """
import sys
import django
django.setup()
from cms.api.response_cache import responses
for line in sys.stdin:
    command, *args = line.split()
    if command == "set":
        responses.set(args[0], int(args[1]), args[2].encode())
        print("ok", flush=True)
    elif command == "get":
        found = responses.get(args[0], int(args[1]))
        print(found.decode() if found else "-", flush=True)
    elif command == "invalidate":
        responses.invalidate(args[0])
        print("ok", flush=True)
"""


class Worker:
    """Another process, configured like a node of production: REDIS_URL read by the settings."""

    def __init__(self, redis_url):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.test",
            "REDIS_URL": redis_url,
            "PYTHONPATH": str(ROOT),
        }
        self.process = subprocess.Popen(  # noqa: S603
            [sys.executable, "-c", WORKER],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def __call__(self, *command):
        self.process.stdin.write(" ".join(map(str, command)) + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


def test_two_processes_share_answers_versions_and_tags(redis_url):
    key = f"answer:{uuid.uuid4().hex}"
    first, second = Worker(redis_url), Worker(redis_url)
    try:
        assert first("set", key, 7, "reponse-7") == "ok"
        assert second("get", key, 7) == "reponse-7"
        assert second("get", key, 8) == "-"  # another content version: not that answer
        assert second("invalidate", CACHE_TAG) == "ok"
        assert first("get", key, 7) == "-"  # the tag was invalidated by the other process
        assert first("set", key, 7, "nouvelle") == "ok"
        assert second("get", key, 7) == "nouvelle"
    finally:
        first.close()
        second.close()
