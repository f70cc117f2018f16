"""End to end, across processes: a contribution submitted and approved through the GraphQL API of
a real server, the moderation e-mails enqueued in the database, sent by a real
`manage.py db_worker` to a real SMTP server (aiosmtpd on 127.0.0.1)."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

try:
    from aiosmtpd.controller import Controller
except ImportError:  # pragma: no cover - the dev dependencies bring it
    Controller = None

from tests.ports import free_port
from tests.workflows.test_graphql import INPUT, MODERATE, SUBMIT_EXPERIENCE

pytestmark = [
    pytest.mark.skipif(
        Controller is None,
        reason="aiosmtpd absent : installez les dépendances de développement (make install)",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROOT = Path(__file__).resolve().parents[2]
DEADLINE = 120  # seconds: a bound for a loaded machine, not a measure


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 Message accepted for delivery"

    def to(self, address):
        return [message for rcpt, message in self.messages if address in rcpt]


@pytest.fixture
def smtp():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller.port, inbox
    controller.stop()


@pytest.fixture
def database_url(tokens, tmp_path):
    """The test database, with the site and tokens committed, for the other processes."""
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        return (
            f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}"
        )
    path = tmp_path / "db.sqlite3"  # the test database lives in memory: copy it to a file
    with connection.cursor() as cursor:
        cursor.execute("VACUUM INTO %s", [str(path)])
    return f"sqlite:///{path}"


@pytest.fixture
def processes(database_url, smtp, tmp_path):
    """Start `manage.py` commands with production-like settings; stop them all at the end."""
    port, _ = smtp
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": database_url,
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(port),
        "EMAIL_USE_TLS": "false",
        "SECRET_KEY": settings.SECRET_KEY,
        "VAR_DIR": str(tmp_path),
        "PYTHONUNBUFFERED": "1",
    }
    started = []

    def start(*args):
        log = open(tmp_path / f"{args[0]}.log", "wb")  # noqa: SIM115 - closed below
        process = subprocess.Popen(  # noqa: S603 - this interpreter, our manage.py
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, stdout=log, stderr=log
        )
        started.append((process, log))
        return process

    yield start
    for process, log in started:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log.close()


def wait_for(condition, what):
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    pytest.fail(f"{what} : toujours pas au bout de {DEADLINE} s")


def graphql(base, query, variables, token):
    request = urllib.request.Request(  # noqa: S310 - our own server on 127.0.0.1
        f"{base}/graphql/",
        data=json.dumps({"query": query, "variables": variables}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
        payload = json.load(response)
    assert "errors" not in payload, payload
    return payload["data"]


def server_answers(base):
    try:
        with urllib.request.urlopen(f"{base}/graphql/", timeout=5):  # noqa: S310
            return True
    except urllib.error.HTTPError:
        return True  # a GET without a query: refused, but the server is up
    except OSError:
        return False


def email_task_statuses(database_url):
    if database_url.startswith("sqlite"):
        with sqlite3.connect(database_url.removeprefix("sqlite:///")) as db:
            rows = db.execute(
                "SELECT status FROM django_tasks_database_dbtaskresult "
                "WHERE task_path = 'cms.tasks.send_email'"
            ).fetchall()
        return [status for (status,) in rows]
    from django_tasks_db.models import DBTaskResult

    return list(
        DBTaskResult.objects.filter(task_path="cms.tasks.send_email").values_list(
            "status", flat=True
        )
    )


def test_moderation_emails_leave_through_the_worker(site, tokens, smtp, processes, database_url):
    _, inbox = smtp
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    processes("runserver", "--noreload", "--skip-checks", f"127.0.0.1:{port}")
    worker = processes("db_worker", "--interval", "0.2", "--no-startup-delay", "--no-reload")
    wait_for(lambda: server_answers(base), "le serveur ne répond pas")

    submitted = graphql(base, SUBMIT_EXPERIENCE, {"input": INPUT}, tokens["contributor"])
    submission = submitted["submitExperience"]["submission"]
    assert submission["status"] == "IN_REVIEW"
    approved = graphql(
        base, MODERATE, {"id": submission["id"], "action": "APPROVE"}, tokens["moderator"]
    )
    assert approved["moderate"]["submission"]["status"] == "PUBLISHED"

    contributor, moderator = site.users.contributor.email, site.users.moderator.email
    wait_for(
        lambda: inbox.to(moderator) and inbox.to(contributor), "les courriels ne sont pas partis"
    )
    (to_review,) = inbox.to(moderator)
    assert "À relire" in to_review["Subject"]
    (published,) = inbox.to(contributor)
    assert "Publié" in published["Subject"]
    assert published["From"] == settings.DEFAULT_FROM_EMAIL
    assert "Budget participatif de Séné" in published.get_body(("plain",)).get_content()
    assert published.get_body(("html",)) is not None
    wait_for(
        lambda: set(email_task_statuses(database_url)) == {"SUCCESSFUL"},
        "les tâches d'envoi ne sont pas toutes réussies",
    )

    worker.send_signal(signal.SIGTERM)  # as honcho does on Ctrl-C
    assert worker.wait(timeout=DEADLINE) == 0
