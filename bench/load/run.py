"""The load test, end to end: 50 concurrent clients for 60 s on gunicorn + PostgreSQL mixing
reads, searches, votes and enrolments; then every write a client saw accepted must be in the
database, once, every refusal must be the typed one the rules call for, and no answer may be a 5xx.

1. `scripts/postgres start`, then a dedicated database (`territoires_load`, dropped and created
   again as a copy of `territoires_load_template`, migrated once and again whenever a migration
   changes: the tests' database is never touched); seed (bench/load/seed.py).
2. gunicorn (gthread workers, the production response cache) on a free local port, warmed; locust
   headless (bench/load/locustfile.py); then races (the same collectivité writing several times
   at once, nine collectivités for three places) and anonymous reads of `themeRanking`.
3. Replay the clients' journal against the database; results in
   bench/results/load-<stamp>.md and .json. Exit code 1 when a check fails.

    make bench-load
    .venv-bench/bin/python -m bench.load.run --clients 50 --duration 60
"""

import argparse
import collections
import csv
import datetime
import hashlib
import json
import os
import platform
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "bench" / "results"
WORK = ROOT / "var" / "load"


def step(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def migrations_fingerprint():
    """Changes when a migration (ours or an installed package's) changes."""
    import django
    import wagtail

    digest = hashlib.sha256(f"{django.__version__} {wagtail.__version__}".encode())
    for path in sorted(ROOT.glob("*/migrations/*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def database(name, env):
    """Start PostgreSQL (scripts/postgres) and create the load test's own database afresh, as a
    copy of a migrated template (`<name>_template`, migrated again when a migration changes)."""
    import psycopg

    started = subprocess.run(  # noqa: S603
        [str(ROOT / "scripts" / "postgres"), "start"],
        capture_output=True,
        text=True,
        check=True,
    )
    base = started.stdout.strip().splitlines()[-1]
    parts = urllib.parse.urlsplit(base)
    template = f"{name}_template"
    stamp = WORK / "template.fingerprint"
    fingerprint = migrations_fingerprint()
    with psycopg.connect(base, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [template]
        ).fetchone()
        fresh = exists and stamp.exists() and stamp.read_text() == fingerprint
        if not fresh:
            step(f"migrate (base modèle « {template} »)")
            connection.execute(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{template}"')  # template1 has unaccent
            template_url = urllib.parse.urlunsplit(parts._replace(path=f"/{template}"))
            run(
                [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
                {**env, "DATABASE_URL": template_url},
            )
            stamp.write_text(fingerprint)
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return urllib.parse.urlunsplit(parts._replace(path=f"/{name}"))


def warm(url, workers, threads):
    """Every worker imports and builds its schema on its first requests: do it before the clock."""
    from concurrent.futures import ThreadPoolExecutor

    from bench.http import request
    from bench.run import OURS_LIST

    bodies = [
        ("/graphql/", {"query": OURS_LIST, "variables": {"n": 20}}),
        ("/graphql/", {"query": '{ search(query: "culture") { totalCount } }'}),
        ("/graphql/", {"query": '{ autocomplete(prefix: "cult") { title } }'}),
        ("/graphql/", {"query": "{ themeRanking { rank votes } }"}),
        ("/api/v2/pages/?limit=20", None),
    ]
    jobs = bodies * workers * threads
    with ThreadPoolExecutor(workers * threads) as pool:
        statuses = list(pool.map(lambda job: request(url + job[0], job[1])[0], jobs))
    return collections.Counter(statuses)


def run(cmd, env, log=None):
    result = subprocess.run(  # noqa: S603
        cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if log:
        log.write_text(result.stdout + result.stderr, encoding="utf-8")
    if result.returncode != 0:
        raise SystemExit(f"Échec de {' '.join(map(str, cmd))} :\n{result.stderr[-3000:]}")
    return result.stdout


def locust_stats(prefix):
    rows = []
    path = Path(f"{prefix}_stats.csv")
    if path.exists():
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                rows.append(
                    {
                        "name": row["Name"],
                        "requests": int(row["Request Count"]),
                        "failures": int(row["Failure Count"]),
                        "p50_ms": float(row["50%"] or 0),
                        "p95_ms": float(row["95%"] or 0),
                        "p99_ms": float(row["99%"] or 0),
                        "rps": round(float(row["Requests/s"]), 2),
                    }
                )
    return rows


def races(url, data):
    """Concurrent identical or competing writes by the same collectivités (kept out of the
    clients' hands), fired at once after the load; returns the answers per race."""
    from concurrent.futures import ThreadPoolExecutor

    from bench.http import request
    from bench.load.operations import ENROLL, VOTE

    burst, proposals = data["burst"], data["proposals"]

    def send(job):
        identity, query, variables, field = job
        status, payload = request(
            url + "/graphql/",
            {"query": query, "variables": variables},
            headers={"Authorization": f"Bearer {identity['token']}"},
        )
        if status != 200 or not isinstance(payload, dict) or payload.get("errors"):
            return {
                "authority": identity["authority"],
                "status": status,
                "error": str(payload)[:300],
            }
        answer = payload["data"][field]
        return {
            "authority": identity["authority"],
            "status": status,
            "codes": [e["code"] for e in answer["errors"]],
            "enrollment": answer.get("enrollment"),
        }

    plans = {
        # The same vote eight times at once: one row; each answer accepted or ALREADY_VOTED.
        "même vote ×8": [(burst[0], VOTE, {"p": str(proposals[0])}, "voteForTheme")] * 8,
        # Six votes on six themes at once, limit 3: exactly 3 accepted.
        "6 votes simultanés, limite 3": [
            (burst[1], VOTE, {"p": str(p)}, "voteForTheme") for p in proposals[:6]
        ],
        # The same enrolment eight times at once: one accepted, seven ALREADY_ENROLLED.
        "même inscription ×8": [
            (burst[2], ENROLL, {"s": data["race_project"], "r": "OBSERVER"}, "enroll")
        ]
        * 8,
        # Nine collectivités for three places at once: 3 confirmed, 6 waiting, ranks 1 to 6.
        "9 collectivités pour 3 places": [
            (identity, ENROLL, {"s": data["race_project"], "r": "PARTICIPANT"}, "enroll")
            for identity in burst[3:12]
        ],
    }
    answers = {}
    for name, jobs in plans.items():
        with ThreadPoolExecutor(len(jobs)) as pool:
            answers[name] = list(pool.map(send, jobs))
    return answers


def check_races(answers, data):
    from projects.models import Enrollment, ThemeVote

    checks = []

    def check(name, ok, detail):
        checks.append(
            {"check": f"course « {name} » : {detail.split(' ; ')[0]}", "ok": ok, "detail": detail}
        )

    def tally(name):
        return collections.Counter(
            ",".join(a.get("codes") or [])
            or ("acceptée" if "codes" in a else f"HTTP {a['status']}")
            for a in answers[name]
        )

    burst = data["burst"]
    name = "même vote ×8"
    rows = ThemeVote.objects.filter(
        local_authority_id=burst[0]["authority"], proposal_id=data["proposals"][0]
    ).count()
    got = tally(name)
    check(
        name,
        rows == 1 and set(got) <= {"acceptée", "ALREADY_VOTED"} and got["acceptée"] >= 1,
        f"1 vote en base attendu ; {rows} en base, réponses {dict(got)}",
    )
    name = "6 votes simultanés, limite 3"
    rows = ThemeVote.objects.filter(
        local_authority_id=burst[1]["authority"], proposal__campaign_id=data["campaign"]
    ).count()
    got = tally(name)
    limit = data["vote_limit"]
    check(
        name,
        rows == limit and got["acceptée"] == limit and got["VOTE_LIMIT_REACHED"] == 6 - limit,
        f"{limit} votes acceptés et en base attendus ; {rows} en base, réponses {dict(got)}",
    )
    name = "même inscription ×8"
    rows = Enrollment.objects.filter(
        local_authority_id=burst[2]["authority"], project__slug=data["race_project"]
    ).count()
    got = tally(name)
    check(
        name,
        rows == 1 and got["acceptée"] == 1 and got["ALREADY_ENROLLED"] == 7,
        f"1 inscription attendue ; {rows} en base, réponses {dict(got)}",
    )
    name = "9 collectivités pour 3 places"
    participants = list(
        Enrollment.objects.filter(project__slug=data["race_project"], role="participant").values(
            "status", "position"
        )
    )
    statuses = collections.Counter(p["status"] for p in participants)
    ranks = sorted(
        (a.get("enrollment") or {}).get("waitingRank") or 0
        for a in answers[name]
        if (a.get("enrollment") or {}).get("status") == "WAITING"
    )
    got = tally(name)
    check(
        name,
        statuses == {"confirmed": 3, "waiting": 6}
        and got["acceptée"] == 9
        and len({p["position"] for p in participants}) == 9
        and ranks == list(range(1, 7)),
        f"3 confirmées et 6 en attente attendues ; en base {dict(statuses)}, réponses {dict(got)}, "
        f"rangs d'attente annoncés {ranks}",
    )
    return checks


def ranking_after(url, times):
    """The vote counts `themeRanking` shows anonymously, read `times` times in parallel."""
    from concurrent.futures import ThreadPoolExecutor

    from bench.http import request

    body = {"query": "{ themeRanking { votes proposal { id } } }"}

    def read(_):
        status, payload = request(url + "/graphql/", body)
        if status != 200 or not isinstance(payload, dict) or payload.get("errors"):
            return {"error": f"HTTP {status} {str(payload)[:200]}"}
        return {e["proposal"]["id"]: e["votes"] for e in payload["data"]["themeRanking"]}

    with ThreadPoolExecutor(8) as pool:
        return list(pool.map(read, range(times)))


# ---------------------------------------------------------------------------------------------
# The checks
# ---------------------------------------------------------------------------------------------


def replay(journal, data):
    """Replays each collectivité's writes in the order its (single) client sent them.

    Returns the expected final state, the refusals that the rules do not explain, and counts.
    A write without an answer (cut off at the end) or answered by a server error leaves its key
    unknown: it may or may not have landed, and is excluded from the comparison.
    """
    limit = data["vote_limit"]
    votes = collections.defaultdict(set)  # authority -> proposals
    enrolments = {}  # (authority, project) -> {"id", "role"}
    unknown_votes, unknown_enrolments = set(), set()
    anomalies, outcomes = [], collections.Counter()
    server_errors, internal_errors, cut_off = [], [], 0
    for entry in sorted(journal, key=lambda e: e["sent"]):
        op, authority, target = entry["op"], entry["authority"], entry["target"]
        key = (authority, target)
        unknown = unknown_votes if "vote" in op else unknown_enrolments
        if entry.get("answered") is None:
            cut_off += 1
            unknown.add(key)
            outcomes[(op, "sans réponse")] += 1
            continue
        if entry["status"] >= 500:
            server_errors.append(entry)
            unknown.add(key)
            outcomes[(op, f"HTTP {entry['status']}")] += 1
            continue
        if entry.get("graphql_errors") or entry["status"] != 200:
            internal_errors.append(entry)
            unknown.add(key)
            outcomes[(op, f"HTTP {entry['status']} {entry.get('graphql_errors')}")] += 1
            continue
        code = entry["errors"][0] if entry["errors"] else None
        if code is None:
            label = "acceptée"
            if op == "enroll":
                label += f" ({(entry['data'].get('enrollment') or {}).get('status', '?').lower()})"
            outcomes[(op, label)] += 1
        else:
            outcomes[(op, code)] += 1
        if key in unknown:
            continue

        def anomaly(why, entry=entry):
            anomalies.append({"why": why, "entry": entry})

        if op == "vote":
            held = target in votes[authority]
            if code is None:
                if held:
                    anomaly("vote accepté alors que la collectivité avait déjà voté")
                votes[authority].add(target)
                remaining = entry["data"].get("remainingVotes")
                if limit and remaining != limit - len(votes[authority]):
                    anomaly(
                        f"remainingVotes = {remaining}, attendu {limit - len(votes[authority])}"
                    )
            elif code == "ALREADY_VOTED":
                if not held:
                    anomaly("ALREADY_VOTED sans vote préalable")
            elif code == "VOTE_LIMIT_REACHED":
                if held or len(votes[authority]) < limit:
                    anomaly(f"VOTE_LIMIT_REACHED avec {len(votes[authority])} vote(s)")
            else:
                anomaly(f"refus inattendu {code}")
        elif op == "withdraw_vote":
            held = target in votes[authority]
            if code is None:
                if not held:
                    anomaly("retrait accepté d'un vote inexistant")
                votes[authority].discard(target)
            elif code != "NOT_FOUND" or held:
                anomaly(f"refus {code} du retrait d'un vote {'existant' if held else 'absent'}")
        elif op == "enroll":
            held = enrolments.get(key)
            if code is None:
                enrolment = entry["data"].get("enrollment") or {}
                if held:
                    anomaly("inscription acceptée alors que la collectivité était inscrite")
                if not enrolment.get("id"):
                    anomaly("inscription acceptée sans identifiant")
                role = entry["variables"]["r"].lower()
                status = (enrolment.get("status") or "").lower()
                if role == "observer" and status != "confirmed":
                    anomaly(f"observatrice inscrite avec le statut {status}")
                enrolments[key] = {"id": enrolment.get("id"), "role": role}
            elif code == "ALREADY_ENROLLED":
                if not held:
                    anomaly("ALREADY_ENROLLED sans inscription préalable")
            else:
                anomaly(f"refus inattendu {code}")
        elif op == "withdraw_enrollment":
            held = enrolments.get(key)
            if code is None:
                got = (entry["data"].get("enrollment") or {}).get("id")
                if not held:
                    anomaly("retrait accepté d'une inscription inexistante")
                elif str(got) != str(held["id"]):
                    anomaly(f"retrait de l'inscription {got}, attendu {held['id']}")
                enrolments.pop(key, None)
            elif code != "NOT_ENROLLED" or held:
                anomaly(
                    f"refus {code} du retrait d'une inscription {'existante' if held else 'absente'}"
                )
    expected_votes = {
        (a, p) for a, proposals in votes.items() for p in proposals if (a, p) not in unknown_votes
    }
    expected_enrolments = {k: v for k, v in enrolments.items() if k not in unknown_enrolments}
    return {
        "expected_votes": expected_votes,
        "expected_enrolments": expected_enrolments,
        "unknown_votes": unknown_votes,
        "unknown_enrolments": unknown_enrolments,
        "anomalies": anomalies,
        "outcomes": outcomes,
        "server_errors": server_errors,
        "internal_errors": internal_errors,
        "cut_off": cut_off,
    }


def check_database(state, data):
    """Compares the replayed state with the rows; returns the list of checks."""
    from django.db.models import Count, Q

    from projects.models import Enrollment, SharedProjectPage, ThemeVote

    checks = []

    def check(name, ok, detail=""):
        checks.append({"check": name, "ok": bool(ok), "detail": detail})

    authorities = {i["authority"] for i in data["identities"]}
    db_votes = set(
        ThemeVote.objects.filter(
            proposal__campaign_id=data["campaign"], local_authority_id__in=authorities
        ).values_list("local_authority_id", "proposal_id")
    )
    comparable = {k for k in db_votes if k not in state["unknown_votes"]}
    lost = state["expected_votes"] - comparable
    phantom = comparable - state["expected_votes"]
    check(
        "votes : chaque vote accepté (et non retiré) est en base",
        not lost,
        f"{len(state['expected_votes'])} attendus, {len(comparable)} en base, {len(lost)} perdus"
        + (f" : {sorted(lost)[:10]}" if lost else "")
        + (
            f" ; {len(state['unknown_votes'])} vote(s) sans réponse exclus "
            f"({len(db_votes & state['unknown_votes'])} arrivés en base)"
            if state["unknown_votes"]
            else ""
        ),
    )
    check(
        "votes : aucun vote en base qui n'ait été accepté",
        not phantom,
        f"{len(phantom)} en trop" + (f" : {sorted(phantom)[:10]}" if phantom else ""),
    )
    duplicates = (
        ThemeVote.objects.values("proposal_id", "local_authority_id")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .count()
    )
    check("votes : aucun doublon (collectivité, thème)", duplicates == 0, f"{duplicates} doublons")
    over = (
        ThemeVote.objects.filter(proposal__campaign_id=data["campaign"])
        .values("local_authority_id")
        .annotate(n=Count("pk"))
        .filter(n__gt=data["vote_limit"])
        .count()
        if data["vote_limit"]
        else 0
    )
    check(
        f"votes : aucune collectivité au-delà de {data['vote_limit']} votes dans la campagne",
        over == 0,
        f"{over} collectivités au-delà",
    )

    projects = {p.slug: p for p in SharedProjectPage.objects.filter(slug__in=data["projects"])}
    rows = list(
        Enrollment.objects.filter(project__slug__in=data["projects"]).values(
            "id", "local_authority_id", "project__slug", "role", "status", "position"
        )
    )
    active = {
        (r["local_authority_id"], r["project__slug"]): r
        for r in rows
        if r["status"] != Enrollment.Status.WITHDRAWN
    }
    comparable = {k: v for k, v in active.items() if k not in state["unknown_enrolments"]}
    expected = state["expected_enrolments"]
    lost = sorted(set(expected) - set(comparable))
    phantom = sorted(set(comparable) - set(expected))
    mismatched = [
        k
        for k in set(expected) & set(comparable)
        if str(expected[k]["id"]) != str(comparable[k]["id"])
        or expected[k]["role"] != comparable[k]["role"]
    ]
    check(
        "inscriptions : chaque inscription acceptée (et non retirée) est en base",
        not lost,
        f"{len(expected)} attendues, {len(comparable)} en base, {len(lost)} perdues"
        + (f" : {lost[:10]}" if lost else "")
        + (
            f" ; {len(state['unknown_enrolments'])} écriture(s) sans réponse exclues"
            if state["unknown_enrolments"]
            else ""
        ),
    )
    check(
        "inscriptions : aucune inscription en base qui n'ait été acceptée",
        not phantom,
        f"{len(phantom)} en trop" + (f" : {phantom[:10]}" if phantom else ""),
    )
    check(
        "inscriptions : même identifiant et même rôle que la réponse",
        not mismatched,
        f"{len(mismatched)} différences" + (f" : {mismatched[:10]}" if mismatched else ""),
    )
    pairs = collections.Counter((r["local_authority_id"], r["project__slug"]) for r in rows)
    positions = collections.Counter((r["project__slug"], r["position"]) for r in rows)
    check(
        "inscriptions : une seule par (collectivité, projet), rangs d'arrivée distincts",
        all(n == 1 for n in pairs.values()) and all(n == 1 for n in positions.values()),
        f"{sum(n > 1 for n in pairs.values())} doublons, "
        f"{sum(n > 1 for n in positions.values())} rangs partagés",
    )
    capacity_problems = []
    per_project = {}
    for slug, project in projects.items():
        counts = Enrollment.objects.filter(project=project).aggregate(
            confirmed=Count("pk", filter=Q(role="participant", status="confirmed")),
            waiting=Count("pk", filter=Q(status="waiting")),
            observers=Count("pk", filter=Q(role="observer", status="confirmed")),
            withdrawn=Count("pk", filter=Q(status="withdrawn")),
        )
        per_project[slug] = counts
        if counts["confirmed"] > project.participant_capacity:
            capacity_problems.append(
                f"{slug} : {counts['confirmed']} > {project.participant_capacity}"
            )
        if counts["waiting"] and counts["confirmed"] < project.participant_capacity:
            capacity_problems.append(
                f"{slug} : {counts['waiting']} en attente avec {counts['confirmed']} places prises"
                f" sur {project.participant_capacity}"
            )
    check(
        "inscriptions : capacité jamais dépassée, personne n'attend quand une place est libre",
        not capacity_problems,
        "; ".join(capacity_problems) or f"{len(projects)} projets",
    )
    known = authorities | {i["authority"] for i in data.get("burst", [])}
    foreign = (
        ThemeVote.objects.exclude(local_authority_id__in=known).count()
        + Enrollment.objects.exclude(local_authority_id__in=known).count()
    )
    check("aucune écriture d'une collectivité hors du test", foreign == 0, f"{foreign}")
    return checks, per_project


# ---------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description="Test de charge : gunicorn + PostgreSQL + locust.")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=int, default=60, help="secondes")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=4, help="threads par worker (gthread)")
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--identities-per-client", type=int, default=4)
    parser.add_argument("--projects", type=int, default=8)
    parser.add_argument("--database", default="territoires_load")
    parser.add_argument(
        "--response-cache",
        type=int,
        default=1000,
        help="cache de réponses GraphQL par processus, comme en production (0 : sans)",
    )
    args = parser.parse_args()
    started = time.monotonic()
    WORK.mkdir(parents=True, exist_ok=True)
    for old in WORK.glob("locust_*.csv"):
        old.unlink()

    step(f"PostgreSQL : base dédiée « {args.database} » (supprimée puis recréée)")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "VAR_DIR": str(WORK),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("SEARCH_URL", None)
    url = database(args.database, env)
    env["DATABASE_URL"] = url
    identities = WORK / "identities.json"
    step("données : pages, campagne de vote, projets partagés, collectivités et jetons")
    print(
        run(
            [
                sys.executable,
                "-m",
                "bench.load.seed",
                "--pages",
                str(args.pages),
                "--authorities",
                str(args.clients * args.identities_per_client),
                "--projects",
                str(args.projects),
                "--out",
                str(identities),
            ],
            env,
        ).strip(),
        flush=True,
    )
    setup_seconds = time.monotonic() - started

    from bench.http import Gunicorn
    from bench.report import commit, machine

    journal_path = WORK / "journal.json"
    journal_path.unlink(missing_ok=True)
    gunicorn_log = (WORK / "gunicorn.log").open("w+b")
    step(
        f"gunicorn ({args.workers} workers gthread × {args.threads} threads) puis locust : "
        f"{args.clients} clients pendant {args.duration} s"
    )
    with Gunicorn(
        "bench.settings",
        workers=args.workers,
        worker_class="gthread",
        threads=args.threads,
        env=env,
        log=gunicorn_log,
        app=f"bench.http:application({args.response_cache})",
    ) as server:
        step(f"chauffe des workers : {dict(warm(server.url, args.workers, args.threads))}")
        load_started = time.monotonic()
        locust = subprocess.run(  # noqa: S603
            [
                str(Path(sys.executable).parent / "locust"),
                "-f",
                str(ROOT / "bench" / "load" / "locustfile.py"),
                "--headless",
                "-u",
                str(args.clients),
                "-r",
                str(args.clients),
                "-t",
                f"{args.duration}s",
                "--stop-timeout",
                "15",
                "--host",
                server.url,
                "--csv",
                str(WORK / "locust"),
                "--only-summary",
                "--exit-code-on-error",
                "0",
            ],
            cwd=ROOT,
            env={
                **env,
                "LOAD_IDENTITIES": str(identities),
                "LOAD_JOURNAL": str(journal_path),
                "LOAD_CLIENTS": str(args.clients),
            },
            capture_output=True,
            text=True,
            check=False,
        )
        load_seconds = time.monotonic() - load_started
        step("courses : écritures simultanées des mêmes collectivités")
        race_answers = races(server.url, json.loads(identities.read_text()))
        # Read after the writes, anonymously, through every worker's response cache.
        ranking_reads = ranking_after(server.url, args.workers * args.threads * 2)
    (WORK / "locust.log").write_text(locust.stdout + locust.stderr, encoding="utf-8")
    gunicorn_log.seek(0)
    server_log = gunicorn_log.read().decode(errors="replace")
    if locust.returncode != 0 or not journal_path.exists():
        raise SystemExit(f"locust a échoué ({locust.returncode}) :\n{locust.stderr[-3000:]}")

    step("vérification : journal des clients contre la base")
    os.environ.update(DATABASE_URL=url, DJANGO_SETTINGS_MODULE="bench.settings", VAR_DIR=str(WORK))
    import django

    django.setup()
    data = json.loads(identities.read_text())
    journal = json.loads(journal_path.read_text())
    state = replay(journal["writes"], data)
    checks, per_project = check_database(state, data)
    stats = locust_stats(WORK / "locust")
    total = next((s for s in stats if s["name"] == "Aggregated"), None)
    read_5xx = [
        r for r in journal["failed_reads"] if isinstance(r["status"], int) and r["status"] >= 500
    ]
    checks.insert(
        0,
        {
            "check": "aucune réponse 5xx",
            "ok": not state["server_errors"] and not read_5xx,
            "detail": f"{len(state['server_errors'])} écritures, {len(read_5xx)} lectures",
        },
    )
    checks.insert(
        1,
        {
            "check": "aucune erreur non typée (INTERNAL_SERVER_ERROR…) ni lecture en échec",
            "ok": not state["internal_errors"] and not journal["failed_reads"],
            "detail": f"{len(state['internal_errors'])} écritures, "
            f"{len(journal['failed_reads'])} lectures",
        },
    )
    checks.insert(
        2,
        {
            "check": "chaque refus est le refus typé que la règle prévoit",
            "ok": not state["anomalies"],
            "detail": f"{len(state['anomalies'])} anomalies",
        },
    )
    checks += check_races(race_answers, data)
    from django.db.models import Count

    from projects.models import ThemeProposal

    in_db = {
        str(p["pk"]): p["n"]
        for p in ThemeProposal.objects.filter(campaign_id=data["campaign"])
        .annotate(n=Count("votes"))
        .values("pk", "n")
    }
    stale = [r for r in ranking_reads if r != in_db]
    checks.append(
        {
            "check": "après la charge, themeRanking (anonyme, cache de réponses) montre les votes en base",
            "ok": not stale,
            "detail": f"{len(ranking_reads) - len(stale)}/{len(ranking_reads)} lectures exactes"
            + (f" ; ex. {stale[0]} au lieu de {in_db}" if stale else ""),
        }
    )
    tracebacks = server_log.count("Traceback")
    checks.append(
        {
            "check": "aucune trace d'exception dans le journal de gunicorn",
            "ok": tracebacks == 0,
            "detail": f"{tracebacks} traces",
        }
    )
    ok = all(c["ok"] for c in checks)

    revision = commit()
    now = datetime.datetime.now(datetime.UTC)
    stamp = now.strftime("%Y-%m-%dT%H%MZ")
    accepted = sum(
        n for (op, label), n in state["outcomes"].items() if label.startswith("acceptée")
    )
    result = {
        "ok": ok,
        "date": now.isoformat(),
        "commit": revision,
        "machine": machine(),
        "python": platform.python_version(),
        "clients": args.clients,
        "duration_s": args.duration,
        "gunicorn": {"workers": args.workers, "worker_class": "gthread", "threads": args.threads},
        "response_cache": args.response_cache,
        "database": "postgresql",
        "setup_s": round(setup_seconds, 1),
        "load_s": round(load_seconds, 1),
        "total_s": round(time.monotonic() - started, 1),
        "writes": len(journal["writes"]),
        "writes_accepted": accepted,
        "writes_cut_off": state["cut_off"],
        "outcomes": [
            {"op": op, "outcome": label, "count": n}
            for (op, label), n in sorted(state["outcomes"].items())
        ],
        "checks": checks,
        "per_project": per_project,
        "anomalies": state["anomalies"][:50],
        "races": race_answers,
        "server_errors": state["server_errors"][:20],
        "internal_errors": state["internal_errors"][:20],
        "failed_reads": journal["failed_reads"][:20],
        "locust": stats,
        "server_log_tail": server_log[-5000:],
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"load-{stamp}.json").write_text(
        json.dumps(result, ensure_ascii=False, indent=1, default=str)
    )
    lines = [
        f"# Test de charge — {stamp}\n",
        f"- **{'RÉUSSI' if ok else 'ÉCHEC'}** : {sum(c['ok'] for c in checks)}/{len(checks)} vérifications",
        f"- commit {revision}, {now:%Y-%m-%d %H:%M} UTC, PostgreSQL, {machine()}",
        f"- gunicorn {args.workers} workers gthread × {args.threads} threads, cache de réponses "
        f"GraphQL {args.response_cache} ; locust {args.clients} clients pendant {args.duration} s "
        "(même machine)",
        f"- durées : préparation {setup_seconds:.0f} s (base, migrations, données), charge "
        f"{load_seconds:.0f} s, total {result['total_s']:.0f} s",
        f"- {total['requests'] if total else '?'} requêtes, {total['rps'] if total else '?'} req/s, "
        f"{total['failures'] if total else '?'} en échec côté locust ; {len(journal['writes'])} "
        f"écritures dont {accepted} acceptées, {state['cut_off']} sans réponse (coupées à la fin)",
        "",
        "## Vérifications",
        "",
        "| vérification | résultat | détail |",
        "|---|---|---|",
        *[f"| {c['check']} | {'oui' if c['ok'] else '**NON**'} | {c['detail']} |" for c in checks],
        "",
        "## Écritures : réponses",
        "",
        "| mutation | réponse | nombre |",
        "|---|---|---:|",
        *[f"| {o['op']} | {o['outcome']} | {o['count']} |" for o in result["outcomes"]],
        "",
        "## Requêtes (locust)",
        "",
        "| requête | nombre | échecs | p50 (ms) | p95 (ms) | p99 (ms) | req/s |",
        "|---|---:|---:|---:|---:|---:|---:|",
        *[
            f"| {s['name']} | {s['requests']} | {s['failures']} | {s['p50_ms']:.0f} | "
            f"{s['p95_ms']:.0f} | {s['p99_ms']:.0f} | {s['rps']} |"
            for s in stats
        ],
        "",
        "## Projets partagés à la fin",
        "",
        "| projet | parties prenantes confirmées | liste d'attente | observatrices | retirées |",
        "|---|---:|---:|---:|---:|",
        *[
            f"| {slug} | {c['confirmed']} | {c['waiting']} | {c['observers']} | {c['withdrawn']} |"
            for slug, c in sorted(per_project.items())
        ],
    ]
    if state["anomalies"]:
        lines += ["", "## Anomalies (20 premières)", ""]
        lines += [
            f"- {a['why']} : `{json.dumps(a['entry'], ensure_ascii=False)[:400]}`"
            for a in state["anomalies"][:20]
        ]
    out = RESULTS / f"load-{stamp}.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[:20]))
    print(f"\nRésultats : {out}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
