"""A real receiver on 127.0.0.1 that answers each POST from a script of status codes, and an
endpoint pointing at it."""

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.ports import free_port
from webhooks.models import WebhookEndpoint


@dataclass
class Request:
    headers: dict
    body: bytes

    @property
    def json(self):
        return json.loads(self.body)


@dataclass
class Receiver:
    url: str
    # Status codes of the next answers, in order; 200 once the script is exhausted. "slow": wait
    # two seconds, then 200 (longer than the timeout the test sets).
    script: list = field(default_factory=list)
    requests: list = field(default_factory=list)
    extra_headers: dict = field(default_factory=dict)


@pytest.fixture
def receiver():
    port = free_port()
    state = Receiver(url=f"http://127.0.0.1:{port}/api/revalidate/")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - the HTTP method's name
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            state.requests.append(Request({k.lower(): v for k, v in self.headers.items()}, body))
            status = state.script.pop(0) if state.script else 200
            if status == "slow":
                time.sleep(2)
                status = 200
            answer = json.dumps({"revalidated": status < 300, "status": status}).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            for name, value in state.extra_headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def endpoint(db, receiver):
    return WebhookEndpoint.objects.create(name="Site public", url=receiver.url)


@pytest.fixture
def database_tasks(settings):
    """Tasks stored in the database, as in production, until a worker runs them."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
