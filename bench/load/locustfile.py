"""Locust clients of the load test: reads (listing, detail, API v2, ranking, project), searches
(search, autocomplete) and writes (vote, withdraw a vote, enrol, withdraw an enrolment, submit an
experience), each write with its own idempotency key.

Each client owns its own collectivités (identities from bench/load/seed.py, none shared), so
the writes of one collectivité are sequential and the run's outcome is checkable: the journal of
every write (sent, answer, HTTP status, typed error codes) is written to $LOAD_JOURNAL when
locust quits, and bench/load/run.py compares it with the database. A write answered by a server
error or cut off (the node killed under it) is sent again with the same idempotency key, as a
client would: the API must then answer what the first attempt did, if it landed, and nothing twice.

    LOAD_IDENTITIES=var/load/identities.json LOAD_JOURNAL=var/load/journal.json \
      locust -f bench/load/locustfile.py --headless -u 50 -r 50 -t 60s --host http://127.0.0.1:8000
"""

import itertools
import json
import os
import random
import threading
import time
import uuid

from locust import HttpUser, between, events, task

from bench.load.operations import (
    AUTOCOMPLETE,
    DETAIL,
    LISTING,
    PROJECT,
    RANKING,
    SEARCH,
    WRITES,
)

DATA = json.loads(open(os.environ["LOAD_IDENTITIES"], encoding="utf-8").read())  # noqa: SIM115
JOURNAL = []
READS = []  # (name, HTTP status, GraphQL error codes) of the reads that went wrong
# Every request answered 5xx or cut (status 0), reads and writes, with the X-Request-ID it was
# sent with: HAProxy logs the same id (bench/load/cluster.py), so each one is traced to a node.
FAILURES = []
# On the cluster, one connection per request: HAProxy answers a request cut by a dying node 502
# and logs it « SH » only when it is the first of its connection; on a kept-alive one it closes
# the connection silently, unlogged, so that a browser retries (seen on HAProxy 2.6).
CONNECTION = {"Connection": "close"} if os.environ.get("LOAD_CLUSTER") else {}
LOCK = threading.Lock()
NEXT_CLIENT = itertools.count()
CLIENTS = int(os.environ.get("LOAD_CLIENTS", "50"))
RETRIES = 4  # attempts after a 5xx or a cut connection, with the same idempotency key

WORDS = [
    "culture",
    "budget participatif",
    "mobilité",
    "santé",
    "écologique",
    "jeunes",
    "lecture publique",
    "espaces publics",
    "habitants",
    "associations",
    "projet partagé",
]
PREFIXES = ["co", "réin", "imag", "parta", "expé", "déci", "bud", "mob", "cult", "proj"]


def codes(payload, field):
    """The typed error codes of a mutation payload, and the payload itself."""
    data = (payload.get("data") or {}).get(field) or {}
    return [e["code"] for e in data.get("errors") or []], data


class Participant(HttpUser):
    wait_time = between(0.05, 0.4)

    def on_start(self):
        number = next(NEXT_CLIENT)
        identities = DATA["identities"]
        share = max(len(identities) // CLIENTS, 1)
        self.mine = identities[number * share : (number + 1) * share] or [
            identities[number % len(identities)]
        ]
        self.rng = random.Random(number)
        # What this client's collectivités hold, as the server answered: withdrawals mostly
        # target them (and sometimes not, to draw the typed refusals).
        self.votes = {i["authority"]: set() for i in self.mine}
        self.enrolments = {i["authority"]: set() for i in self.mine}

    # --- reads ------------------------------------------------------------------------------

    def failed(self, name, response, rid):
        if not response.status_code or response.status_code >= 500:
            error = type(response.error).__name__ if response.error else ""
            with LOCK:
                FAILURES.append(
                    {
                        "id": rid,
                        "name": name,
                        "status": response.status_code or 0,
                        "error": error,
                        "detail": str(response.error)[:200] if response.error else "",
                        "at": time.time(),
                    }
                )

    def graphql(self, name, query, variables=None, token=None):
        rid = str(uuid.uuid4())
        headers = {"X-Request-ID": rid, **CONNECTION}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        with self.client.post(
            "/graphql/",
            json={"query": query, "variables": variables or {}},
            headers=headers,
            name=name,
            catch_response=True,
        ) as response:
            try:
                payload = response.json()
            except ValueError:
                payload = None
            if not response.status_code:
                # No answer at all: the connection was cut (the kind of error says how).
                response.failure(f"HTTP 0 {type(response.error).__name__}")
            elif response.status_code >= 500 or payload is None:
                response.failure(f"HTTP {response.status_code}")
            elif response.status_code != 200 or payload.get("errors"):
                response.failure(f"HTTP {response.status_code} {str(payload)[:200]}")
            else:
                response.success()
            self.failed(name, response, rid)
            return response.status_code, payload

    def read(self, name, query, variables=None):
        status, payload = self.graphql(name, query, variables)
        if status != 200 or payload is None or payload.get("errors"):
            with LOCK:
                READS.append({"name": name, "status": status, "payload": str(payload)[:300]})

    @task(4)
    def listing(self):
        self.read("lecture: experiences", LISTING, {"n": 20})

    @task(3)
    def detail(self):
        self.read("lecture: page", DETAIL, {"id": self.rng.choice(DATA["pages"])})

    @task(1)
    def api_v2(self):
        rid = str(uuid.uuid4())
        with self.client.get(
            "/api/v2/pages/?type=inspiration.ExperiencePage&fields=title&limit=20",
            name="lecture: API v2",
            headers={"X-Request-ID": rid, **CONNECTION},
            catch_response=True,
        ) as response:
            self.failed("lecture: API v2", response, rid)
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
                with LOCK:
                    READS.append({"name": "API v2", "status": response.status_code, "payload": ""})

    @task(1)
    def ranking(self):
        self.read("lecture: themeRanking", RANKING)

    @task(1)
    def project(self):
        project = self.rng.choice(DATA["projects"])
        self.read("lecture: sharedProject", PROJECT, {"id": DATA["project_ids"][project]})

    @task(2)
    def search(self):
        self.read("recherche: search", SEARCH, {"q": self.rng.choice(WORDS)})

    @task(2)
    def autocomplete(self):
        self.read("recherche: autocomplete", AUTOCOMPLETE, {"p": self.rng.choice(PREFIXES)})

    # --- writes -----------------------------------------------------------------------------

    def write(self, op, variables, identity, target, key=None):
        field, query = WRITES[op]
        variables = {**variables, "idempotencyKey": key or str(uuid.uuid4())}
        entry = {
            "op": op,
            "authority": identity["authority"],
            "target": target,
            "variables": variables,
            "sent": time.time(),
            "answered": None,
            "failed_attempts": [],  # HTTP statuses of the attempts retried (0: connection cut)
        }
        with LOCK:
            JOURNAL.append(entry)  # journalled before sending: a write cut off stays visible
        for attempt in range(RETRIES + 1):
            status, payload = self.graphql(f"écriture: {op}", query, variables, identity["token"])
            if status and status < 500 and payload is not None:
                break
            entry["failed_attempts"].append(status)
            if attempt < RETRIES:
                time.sleep(1 + attempt)
        errors, data = codes(payload or {}, field)
        entry.update(
            answered=time.time(),
            status=status,
            errors=errors,
            graphql_errors=[
                (e.get("extensions") or {}).get("code") for e in (payload or {}).get("errors") or []
            ],
            ok=status == 200 and payload is not None and not payload.get("errors") and not errors,
            data=data,
        )
        return entry

    @task(3)
    def vote(self):
        identity = self.rng.choice(self.mine)
        proposal = self.rng.choice(DATA["proposals"])
        variables = {"proposal": DATA["proposal_ids"][str(proposal)]}
        entry = self.write("vote", variables, identity, proposal)
        if entry["ok"]:
            self.votes[identity["authority"]].add(proposal)

    @task(1)
    def withdraw_vote(self):
        identity = self.rng.choice(self.mine)
        held = sorted(self.votes[identity["authority"]])
        if held and self.rng.random() < 0.8:
            proposal = self.rng.choice(held)
        else:
            proposal = self.rng.choice(DATA["proposals"])
        variables = {"proposal": DATA["proposal_ids"][str(proposal)]}
        entry = self.write("withdraw_vote", variables, identity, proposal)
        if entry["ok"]:
            self.votes[identity["authority"]].discard(proposal)

    @task(3)
    def enroll(self):
        identity = self.rng.choice(self.mine)
        project = self.rng.choice(DATA["projects"])
        role = "PARTICIPANT" if self.rng.random() < 0.8 else "OBSERVER"
        variables = {"project": DATA["project_ids"][project], "role": role}
        entry = self.write("enroll", variables, identity, project)
        if entry["ok"]:
            self.enrolments[identity["authority"]].add(project)

    @task(1)
    def withdraw_enrollment(self):
        identity = self.rng.choice(self.mine)
        held = sorted(self.enrolments[identity["authority"]])
        if held and self.rng.random() < 0.8:
            project = self.rng.choice(held)
        else:
            project = self.rng.choice(DATA["projects"])
        variables = {"project": DATA["project_ids"][project]}
        entry = self.write("withdraw_enrollment", variables, identity, project)
        if entry["ok"]:
            self.enrolments[identity["authority"]].discard(project)

    @task(1)
    def submit_experience(self):
        identity = self.rng.choice(self.mine)
        key = str(uuid.uuid4())
        variables = {
            "input": {
                "title": f"Expérience de charge {key[:8]}",
                "summary": "Une expérience proposée pendant le test de charge.",
                "body": "Premier paragraphe du récit.\n\nSecond paragraphe.",
                "participationLevel": self.rng.randint(1, 8),
                "themes": [self.rng.choice(DATA["themes"])] if DATA["themes"] else [],
            }
        }
        entry = self.write("submit_experience", variables, identity, key, key=key)
        if entry["ok"] and self.rng.random() < 0.2:
            # The same envelope again (a double click): the first contribution, not a second one.
            self.write("submit_experience", variables, identity, key, key=key)


@events.quitting.add_listener
def dump_journal(environment, **kwargs):
    path = os.environ.get("LOAD_JOURNAL")
    if path:
        with LOCK, open(path, "w", encoding="utf-8") as handle:
            json.dump(
                {"writes": JOURNAL, "failed_reads": READS, "failures": FAILURES},
                handle,
                ensure_ascii=False,
            )
