"""The server killed (SIGKILL) while collectivités submit, vote and enrol: the database stays whole.

A real gunicorn serves a database of its own (a SQLite file, or a fresh PostgreSQL database when
DATABASE_URL names PostgreSQL); eight agents write through the API in parallel; the whole process
group is killed in the middle of their requests. Then, from a new process: the page tree has no
problem, no revision is orphaned, every contribution is whole (page, revision, submission, circuit),
every write whose acceptance an agent received is there exactly once, SQLite's integrity check says
ok — and the server starts again and accepts writes.
"""

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

import pytest

from tests.ids import gid, pk
from tests.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
SUBMIT = (ROOT / "graphql" / "operations" / "SubmitExperience.graphql").read_text()
VOTE = """mutation($p: ID!) { voteForTheme(proposal: $p) { errors { code } proposal { id } } }"""
ENROLL = """mutation($s: ID!, $r: EnrollmentRole!) { enroll(project: $s, role: $r) {
  errors { code } enrollment { id } } }"""


@pytest.fixture
def database_url(tmp_path):
    """A database no other test uses: a SQLite file, or a PostgreSQL database made and dropped here."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield f"sqlite:///{tmp_path / 'kill.sqlite3'}"
        return
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = f"kill_mid_write_{os.getpid()}"
    admin = parts._replace(path="/postgres").geturl().replace("postgres://", "postgresql://", 1)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    yield parts._replace(path=f"/{name}").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def environment(tmp_path, database_url):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": database_url,
        "VAR_DIR": str(tmp_path),
        "PYTHONPATH": str(ROOT),
    }
    subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return env


def _world(env, command):
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "tests.resilience.world", command],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


class Server:
    """gunicorn (two threaded workers) in a process group of its own, so that one kill takes all."""

    def __init__(self, env, log):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/graphql/"
        self.process = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "gunicorn",
                "cms.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "2",
                "--worker-class",
                "gthread",
                "--threads",
                "4",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.process.poll() is None, "gunicorn s'est arrêté au démarrage"
            try:
                status, _ = post(self.url, "{ themes { name } }", {}, None)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise AssertionError("gunicorn ne répond pas")

    def kill(self):
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()


def post(url, query, variables, token, timeout=30):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(  # noqa: S310
        url,
        data=json.dumps({"query": query, "variables": variables}).encode(),
        headers=headers,
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, None


def agent(url, index, identity, world, stop, answers):
    """Writes in turn — a contribution, a vote, an enrolment — until the server dies."""
    n = 0
    while not stop.is_set():
        jobs = [
            (
                "submission",
                f"Contribution {index}-{n}",
                SUBMIT,
                {
                    "input": {
                        "title": f"Contribution {index}-{n}",
                        "summary": "Écrite pendant que le serveur est tué.",
                        "body": "Un paragraphe.",
                        "participationLevel": 4,
                    }
                },
                "submitExperience",
            ),
            (
                "vote",
                (identity["authority"], world["proposals"][n % 6]),
                VOTE,
                {"p": gid(world["proposals"][n % 6], "ThemeProposal")},
                "voteForTheme",
            ),
            (
                "enrollment",
                (identity["authority"], world["projects"][n % 4]),
                ENROLL,
                {
                    "s": gid(world["project_ids"][n % 4], "SharedProjectPage"),
                    "r": "OBSERVER" if n % 2 else "PARTICIPANT",
                },
                "enroll",
            ),
        ]
        for kind, key, query, variables, field in jobs:
            try:
                status, payload = post(url, query, variables, identity["token"])
            except OSError:
                return  # killed while this request was in flight: its outcome is unknown
            assert status < 500, f"{kind} : HTTP {status}"
            result = payload["data"][field]
            answers.append((kind, key, not result["errors"], result))
        n += 1


def test_killed_mid_write_leaves_a_consistent_database(environment, tmp_path):
    world = _world(environment, "seed")
    with open(tmp_path / "gunicorn.log", "wb") as log:
        server = Server(environment, log)
        stop, answers = threading.Event(), []
        agents = [
            threading.Thread(
                target=agent, args=(server.url, i, identity, world, stop, answers), daemon=True
            )
            for i, identity in enumerate(world["identities"])
        ]
        for thread in agents:
            thread.start()
        deadline = time.monotonic() + 120
        while sum(1 for a in answers if a[2]) < 24 and time.monotonic() < deadline:
            time.sleep(0.05)
        in_flight = sum(thread.is_alive() for thread in agents)
        server.kill()
        stop.set()
        for thread in agents:
            thread.join(timeout=60)

    accepted = [a for a in answers if a[2]]
    assert len(accepted) >= 24, f"trop peu d'écritures acceptées avant l'arrêt : {len(accepted)}"
    assert in_flight == len(agents), "les agents écrivaient encore quand le serveur a été tué"
    assert {a[0] for a in accepted} == {"submission", "vote", "enrollment"}

    found = _world(environment, "check")
    assert found["problems"] == []
    titles = Counter(found["titles"])
    submissions = Counter(found["submissions"])
    votes = Counter(tuple(v) for v in found["votes"])
    enrollments = Counter(tuple(e) for e in found["enrollments"])
    for kind, key, _, result in accepted:
        if kind == "submission":
            assert titles[key] == 1, f"« {key} » acceptée mais présente {titles[key]} fois"
            page_id = pk(result["submission"]["id"])
            assert submissions[page_id] == 1
        elif kind == "vote":
            assert votes[tuple(key)] == 1, f"vote accepté {key} présent {votes[tuple(key)]} fois"
        else:
            assert enrollments[tuple(key)] == 1, f"inscription acceptée {key} absente ou doublée"
    assert max(votes.values()) == 1 and max(enrollments.values()) == 1

    with open(tmp_path / "gunicorn-again.log", "wb") as log:
        server = Server(environment, log)
        try:
            identity = world["identities"][0]
            status, payload = post(
                server.url,
                SUBMIT,
                {
                    "input": {
                        "title": "Après la reprise",
                        "summary": "Le serveur est reparti.",
                        "participationLevel": 4,
                    }
                },
                identity["token"],
            )
        finally:
            server.kill()
    assert status == 200 and payload["data"]["submitExperience"]["errors"] == []
