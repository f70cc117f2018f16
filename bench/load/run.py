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

With --cluster (`make bench-load CLUSTER=1`): the same clients through HAProxy on the two nodes of
`make cluster` (bench/load/cluster.py), node A killed and restarted during the run.
"""

import argparse
import collections
import contextlib
import csv
import datetime
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from bench.load import cluster
from bench.load.checks import check_database
from bench.load.database import ROOT, WORK, database, run, step
from bench.load.races import check_races, races, ranking_after
from bench.load.replay import replay

RESULTS = ROOT / "bench" / "results"


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
    parser.add_argument(
        "--cluster",
        action="store_true",
        help="à travers HAProxy sur les deux nœuds de make cluster, un nœud tué pendant la charge",
    )
    args = parser.parse_args()
    started = time.monotonic()
    WORK.mkdir(parents=True, exist_ok=True)
    for old in WORK.glob("locust_*.csv"):
        old.unlink()

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "VAR_DIR": str(WORK),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("SEARCH_URL", None)
    from bench.load.operations import validate

    problems = validate()
    if problems:
        raise SystemExit("Opérations refusées par graphql/schema.graphql :\n" + "\n".join(problems))
    if args.cluster:
        step("grappe : make cluster (démarrée si besoin)")
        cluster.start()
        nodes = cluster.node_env()
        # The seed's publishes bump the content version in the nodes' Redis.
        # Tokens are hashed with the nodes' SECRET_KEY; the images must be where the nodes read.
        env.update(
            DATABASE_URL=nodes["DATABASE_URL"],
            REDIS_URL=nodes["REDIS_URL"],
            SECRET_KEY=nodes["SECRET_KEY"],
            MEDIA_ROOT=nodes["MEDIA_ROOT"],
        )
        url = cluster.fresh_database(args.database, env)
    else:
        step(f"PostgreSQL : base dédiée « {args.database} » (supprimée puis recréée)")
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
        (
            "grappe (HAProxy, deux nœuds)"
            if args.cluster
            else f"gunicorn ({args.workers} workers gthread × {args.threads} threads)"
        )
        + f" puis locust : {args.clients} clients pendant {args.duration} s"
    )
    if args.cluster:
        step(f"nœuds A et B redémarrés sur la base « {args.database} »")
        cluster.restart_nodes(args.database)
        target = contextlib.nullcontext(type("Proxy", (), {"url": cluster.PROXY_URL}))
    else:
        target = Gunicorn(
            "bench.settings",
            workers=args.workers,
            worker_class="gthread",
            threads=args.threads,
            env=env,
            log=gunicorn_log,
            app=f"bench.http:application({args.response_cache})",
        )
    killer = None
    with target as server:
        step(f"chauffe des workers : {dict(warm(server.url, args.workers, args.threads))}")
        if args.cluster:
            stats_before, log_sizes = cluster.server_stats(), cluster.log_sizes()
            proxy_log = cluster.ProxyLog()
            proxy_log.start()
            killer = cluster.NodeKiller(kill_at=args.duration / 3, database=args.database)
            killer.start()
        load_started = time.monotonic()
        locust = subprocess.run(  # noqa: S603
            [
                # LOCUST: another environment's locust (the bench's), the rest from this one.
                os.environ.get("LOCUST", str(Path(sys.executable).parent / "locust")),
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
                "LOAD_CLUSTER": "1" if args.cluster else "",
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
    killed = {}
    if killer is not None:
        killer.join()
        proxy_log.stop()
        after = cluster.server_stats()
        killed = {
            **killer.report,
            # Requests node A had taken when it died: HAProxy answered them 502 itself.
            "in_flight": (after["eresp"] - stats_before["eresp"])
            + (after["srv_abrt"] - stats_before["srv_abrt"]),
            "haproxy_5xx_a": after["hrsp_5xx"] - stats_before["hrsp_5xx"],
            # Exact: the requests whose HAProxy line says node A cut them.
            "cut_by_a": len(proxy_log.cut_by("a")),
            "logged_requests": len(proxy_log.lines),
            "proxy_log": proxy_log.summary(),
        }
        gunicorn_log.write(cluster.log_since(log_sizes).encode())
        step(f"nœuds remis sur la base de démonstration ; nœud tué : {killed}")
        cluster.restart_nodes(None)
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
    # 5xx, or the connection cut (status 0): what a node dying under a request gives.
    read_5xx = [
        r
        for r in journal["failed_reads"]
        if isinstance(r["status"], int) and (r["status"] >= 500 or r["status"] == 0)
    ]
    retried_5xx = len(state["retried"])
    five_xx = len(state["server_errors"]) + len(read_5xx) + retried_5xx
    if args.cluster:
        # Each failure a client saw, traced by its X-Request-ID to HAProxy's line: it must be a
        # request node A cut when it died, nothing else (no 503 from an empty pool, no timeout).
        failures = journal.get("failures", [])
        lines = proxy_log.lines
        cut = set(proxy_log.cut_by("a"))
        unexplained = [
            {**f, "proxy": lines.get(f["id"], "absente du journal de HAProxy")}
            for f in failures
            if f["id"] not in cut
        ]
        killed["unexplained"] = unexplained[:20]
        checks.insert(
            0,
            {
                "check": "aucune réponse 5xx au-delà des requêtes en cours sur le nœud tué",
                "ok": five_xx <= killed["cut_by_a"] and not unexplained,
                "detail": f"{len(failures)} échecs vus des clients ({retried_5xx} envois "
                f"d'écriture renvoyés avec la même clé, {len(state['server_errors'])} écritures "
                f"sans réponse finale, {len(read_5xx)} lectures), dont {len(unexplained)} hors "
                f"des {killed['cut_by_a']} requêtes coupées par le nœud A à sa mort (journal de "
                f"HAProxy, par X-Request-ID)",
            },
        )
    else:
        checks.insert(
            0,
            {
                "check": "aucune réponse 5xx",
                "ok": not state["server_errors"] and not read_5xx and not retried_5xx,
                "detail": f"{len(state['server_errors']) + retried_5xx} écritures, "
                f"{len(read_5xx)} lectures",
            },
        )
    checks.insert(
        1,
        {
            "check": "aucune erreur non typée (INTERNAL_SERVER_ERROR…) ni lecture en échec",
            "ok": not state["internal_errors"]
            and len(journal["failed_reads"]) == (len(read_5xx) if args.cluster else 0),
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
    client_errors = (locust.stdout + locust.stderr).count("Traceback")
    checks.append(
        {
            "check": "aucune exception dans les clients (locust) : chaque tâche est allée au bout",
            "ok": client_errors == 0,
            "detail": f"{client_errors} traces",
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
        "cluster": killed or None,
        "response_cache": args.response_cache,
        "database": "postgresql",
        "setup_s": round(setup_seconds, 1),
        "load_s": round(load_seconds, 1),
        "total_s": round(time.monotonic() - started, 1),
        "writes": len(journal["writes"]),
        "writes_accepted": accepted,
        "writes_cut_off": state["cut_off"],
        "write_attempts_retried": collections.Counter(
            f"{op} HTTP {status}" for op, status in state["retried"]
        ),
        "submissions_accepted": len(state["submissions"]),
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
    kind = "load-cluster" if args.cluster else "load"
    (RESULTS / f"{kind}-{stamp}.json").write_text(
        json.dumps(result, ensure_ascii=False, indent=1, default=str)
    )
    lines = [
        f"# Test de charge{' sur la grappe' if args.cluster else ''} — {stamp}\n",
        f"- **{'RÉUSSI' if ok else 'ÉCHEC'}** : {sum(c['ok'] for c in checks)}/{len(checks)} vérifications",
        f"- commit {revision}, {now:%Y-%m-%d %H:%M} UTC, PostgreSQL, {machine()}",
        (
            "- grappe (make cluster) : HAProxy, deux nœuds gunicorn, PostgreSQL primaire + "
            "réplique, Redis, OpenSearch ; nœud A tué (SIGKILL) à "
            f"{args.duration / 3:.0f} s et redémarré {killed.get('down_s', '?')} s après ; "
            f"locust {args.clients} clients pendant {args.duration} s (même machine)"
            if args.cluster
            else f"- gunicorn {args.workers} workers gthread × {args.threads} threads, cache de "
            f"réponses GraphQL {args.response_cache} ; locust {args.clients} clients pendant "
            f"{args.duration} s (même machine)"
        ),
        f"- durées : préparation {setup_seconds:.0f} s (base, migrations, données), charge "
        f"{load_seconds:.0f} s, total {result['total_s']:.0f} s",
        f"- {total['requests'] if total else '?'} requêtes, {total['rps'] if total else '?'} req/s, "
        f"{total['failures'] if total else '?'} en échec côté locust ; {len(journal['writes'])} "
        f"écritures dont {accepted} acceptées, {state['cut_off']} sans réponse (coupées à la fin), "
        f"{retried_5xx} envois renvoyés avec la même clé après un 5xx ou une coupure",
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
    out = RESULTS / f"{kind}-{stamp}.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[:20]))
    print(f"\nRésultats : {out}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
