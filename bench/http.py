"""Over HTTP, under gunicorn, with concurrent clients (wrk): requests per second, latency, CPU
milliseconds per request and memory per worker, for the same listing and detail as bench/run.py
(same queries, same paths: `bench.run.systems`), on the database bench/generate.py filled.

One gunicorn per settings module (graphene keeps one schema registry per process, so
wagtail-grapple gets its own), sync workers bound to 127.0.0.1 on a free port. CPU per request
is the workers' user + system CPU time (/proc/<pid>/stat) over the run, divided by the requests
wrk completed; memory is each worker's RSS (and PSS) after the run.

    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.http --pages 1000
    DATABASE_URL=postgres://… DJANGO_SETTINGS_MODULE=bench.settings python -m bench.http --pages 1000

`run_http(sizes, …)` returns the rows, for bench/run.py to call.
"""

import argparse
import contextlib
import datetime
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import django

from bench.report import commit, machine

OURS_LABEL = "notre GraphQL"
RESULTS = Path(__file__).resolve().parent / "results"
ROOT = Path(__file__).resolve().parent.parent
CLK_TCK = os.sysconf("SC_CLK_TCK")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024

# wrk: one request (GET or POST with a JSON body), a count of bodies carrying GraphQL "errors",
# and the summary printed as one JSON line.
WRK_LUA = r"""
wrk.method = "%(method)s"
wrk.body = %(body)s
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) body_errors = 0 end
function response(status, headers, body)
  if body ~= nil and string.find(body, '"errors":', 1, true) then body_errors = body_errors + 1 end
end
function done(summary, latency, requests)
  local body_errors_total = 0
  for _, t in ipairs(threads) do body_errors_total = body_errors_total + t:get("body_errors") end
  io.write(string.format(
    'WRKJSON {"requests": %%d, "duration_us": %%d, "non_2xx_3xx": %%d, "connect_errors": %%d, '
    .. '"read_errors": %%d, "write_errors": %%d, "timeouts": %%d, "body_errors": %%d, '
    .. '"mean_us": %%.1f, "p50_us": %%d, "p90_us": %%d, "p99_us": %%d, "max_us": %%d}\n',
    summary.requests, summary.duration, summary.errors.status, summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.timeout, body_errors_total,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max))
end
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def children(pid):
    """The worker processes of a gunicorn master."""
    found = set()
    with contextlib.suppress(OSError):
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found.update(int(p) for p in handle.read().split())
    if not found:
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                with contextlib.suppress(OSError), open(f"/proc/{entry}/stat") as handle:
                    if int(handle.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.add(int(entry))
    return sorted(found)


def cpu_ticks(pid):
    """utime + stime of a process, in clock ticks."""
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def memory_kb(pid):
    """RSS and PSS of a process, in kB."""
    rss = pss = 0
    with open(f"/proc/{pid}/statm") as handle:
        rss = int(handle.read().split()[1]) * PAGE_KB
    with contextlib.suppress(OSError), open(f"/proc/{pid}/smaps_rollup") as handle:
        for line in handle:
            if line.startswith("Pss:"):
                pss = int(line.split()[1])
    return rss, pss


class Gunicorn:
    """gunicorn serving `settings` on 127.0.0.1:<free port>; a context manager."""

    def __init__(
        self,
        settings,
        workers=2,
        worker_class="sync",
        threads=1,
        env=None,
        log=None,
        app="cms.wsgi:application",
    ):
        self.settings, self.workers, self.app = settings, workers, app
        self.worker_class, self.threads = worker_class, threads
        self.port = free_port()
        self.env = {**os.environ, **(env or {}), "DJANGO_SETTINGS_MODULE": settings}
        self.log = log
        self.process = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            self.app,
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(self.workers),
            "--worker-class",
            self.worker_class,
            "--threads",
            str(self.threads),
            "--timeout",
            "120",
            "--backlog",
            "2048",
            "--log-level",
            "warning",
        ]
        self.stderr = self.log or tempfile.TemporaryFile()
        self.process = subprocess.Popen(  # noqa: S603
            command, cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL, stderr=self.stderr
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn ({self.settings}) s'est arrêté : {self.tail()}")
            try:
                urllib.request.urlopen(self.url + "/graphql/", timeout=5)  # noqa: S310
            except urllib.error.HTTPError:
                pass  # it answers: 4xx/5xx on a bare GET is fine here
            except OSError:
                time.sleep(0.3)
                continue
            if len(children(self.process.pid)) >= self.workers:
                return self
            time.sleep(0.3)
        raise RuntimeError(f"gunicorn ({self.settings}) ne répond pas : {self.tail()}")

    def tail(self):
        if hasattr(self.stderr, "seek"):
            with contextlib.suppress(OSError):
                self.stderr.seek(0)
                return self.stderr.read()[-3000:].decode(errors="replace")
        return ""

    def worker_pids(self):
        return children(self.process.pid)

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def application(response_cache_size=0):
    """The site's WSGI application with the GraphQL response cache holding that many answers
    (production keeps 1000, bench/settings.py none), for gunicorn: `bench.http:application(1000)`.
    The size reaches the settings through the environment, before Django reads them."""
    os.environ["BENCH_RESPONSE_CACHE_SIZE"] = str(int(response_cache_size))
    from django.core.wsgi import get_wsgi_application

    return get_wsgi_application()


def request(url, body=None, headers=None, timeout=60):
    """One request; returns (status, parsed JSON body)."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(  # noqa: S310
        url,
        data=data,
        method="GET" if body is None else "POST",
        headers={"Content-Type": "application/json", **(headers or {})},
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:  # noqa: S310
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, error.read()[:500].decode(errors="replace")


def lua_string(text):
    level = "=" * 3
    while f"]{level}]" in text:
        level += "="
    return f"[{level}[{text}]{level}]"


def wrk(url, body, duration, threads, connections):
    """Runs wrk; returns its summary (dict)."""
    script = WRK_LUA % {
        "method": "GET" if body is None else "POST",
        "body": "nil" if body is None else lua_string(json.dumps(body)),
    }
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    try:
        result = subprocess.run(  # noqa: S603
            [
                shutil.which("wrk") or "wrk",
                "-t",
                str(threads),
                "-c",
                str(connections),
                "-d",
                f"{duration}s",
                "--timeout",
                "30s",
                "-s",
                handle.name,
                url,
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        os.unlink(handle.name)
    match = re.search(r"^WRKJSON (.*)$", result.stdout, re.MULTILINE)
    if result.returncode != 0 or not match:
        raise RuntimeError(f"wrk a échoué : {result.stdout[-2000:]} {result.stderr[-2000:]}")
    summary = json.loads(match.group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    summary["non_2xx_3xx_text"] = int(non2xx.group(1)) if non2xx else 0
    return summary


def measure_server(server, systems, *, pages, duration, threads, connections):
    """wrk against each (request, system) of one server; one row each."""
    rows = []
    for (kind, system), (path, body) in systems.items():
        url = server.url + path
        for _ in range(3):  # warm: renditions, caches, imports
            status, payload = request(url, body)
        if status != 200 or (isinstance(payload, dict) and payload.get("errors")):
            raise RuntimeError(f"{system} {kind} : HTTP {status} {str(payload)[:500]}")
        workers = server.worker_pids()
        before = {pid: cpu_ticks(pid) for pid in workers}
        summary = wrk(url, body, duration, threads, connections)
        after = {}
        for pid in workers:
            with contextlib.suppress(OSError):
                after[pid] = cpu_ticks(pid)
        cpu_ms = sum(after[p] - before[p] for p in after) * 1000 / CLK_TCK
        memory = [memory_kb(pid) for pid in server.worker_pids()]
        completed = summary["requests"]
        seconds = summary["duration_us"] / 1e6
        rows.append(
            {
                "pages": pages,
                "request": kind,
                "system": system,
                "rps": round(completed / seconds, 1),
                "requests": completed,
                "p50_ms": round(summary["p50_us"] / 1000, 1),
                "p90_ms": round(summary["p90_us"] / 1000, 1),
                "p99_ms": round(summary["p99_us"] / 1000, 1),
                "cpu_ms_per_request": round(cpu_ms / completed, 2) if completed else None,
                "rss_mb_per_worker": round(max(m[0] for m in memory) / 1024, 1),
                "pss_mb_per_worker": round(max(m[1] for m in memory) / 1024, 1),
                "non_2xx_3xx": summary["non_2xx_3xx"],
                "body_errors": summary["body_errors"],
                "socket_errors": summary["connect_errors"]
                + summary["read_errors"]
                + summary["write_errors"]
                + summary["timeouts"],
            }
        )
        row = rows[-1]
        print(
            f"{pages:>7} {kind:8} {system:22} {row['rps']:>7} req/s  p50 {row['p50_ms']} ms  "
            f"p99 {row['p99_ms']} ms  CPU {row['cpu_ms_per_request']} ms/req  "
            f"RSS {row['rss_mb_per_worker']} Mo  non-2xx {row['non_2xx_3xx']}",
            flush=True,
        )
    return rows


def grapple_available():
    import importlib.util

    return importlib.util.find_spec("grapple") is not None


def run_http(
    sizes,
    *,
    items=20,
    duration=10,
    threads=2,
    connections=16,
    workers=2,
    grapple=None,
    generate_data=True,
    response_cache=1000,
):
    """For each size: generate (bench/generate.py) if asked, then one gunicorn per settings
    module and wrk on each request of `bench.run.systems`. Call after django.setup()."""
    from bench import run as bench_run
    from bench.generate import generate
    from bench.run import systems
    from inspiration.models import InspirationIndexPage

    if grapple is None:
        grapple = grapple_available()
    rows = []
    for size in sizes:
        if generate_data:
            generate(size)
        # Read back: the instance generate() returns may carry a stale tree position.
        index = InspirationIndexPage.objects.get(slug=f"banc-{size}")
        page_id = index.get_children().order_by("path").values_list("pk", flat=True)[size // 2]
        from django.db import connections as db_connections

        db_connections.close_all()  # SQLite: let the servers read without this process
        ours = getattr(bench_run, "OURS", "notre GraphQL")
        ours_cached = getattr(bench_run, "OURS_CACHED", "notre GraphQL, réponse en cache")
        servers = [("bench.settings", "cms.wsgi:application", systems(page_id, items, False))]
        if response_cache:
            # The same requests again, answered from the response cache (front ends repeat them).
            cached = {
                (kind, ours_cached): call
                for (kind, system), call in systems(page_id, items, False).items()
                if system == ours
            }
            servers.append(("bench.settings", f"bench.http:application({response_cache})", cached))
        if grapple:
            servers.append(
                ("bench.settings_grapple", "cms.wsgi:application", systems(page_id, items, True))
            )
        for settings, app, requests in servers:
            with Gunicorn(settings, workers=workers, app=app) as server:
                rows += measure_server(
                    server,
                    requests,
                    pages=size,
                    duration=duration,
                    threads=threads,
                    connections=connections,
                )
    return rows


def table(rows):
    lines = [
        "| pages | requête | système | req/s | p50 (ms) | p90 (ms) | p99 (ms) | CPU par requête (ms) "
        "| RSS par worker (Mo) | PSS par worker (Mo) | réponses non 2xx | erreurs GraphQL |",
        "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['pages']} | {row['request']} | {row['system']} | {row['rps']} | "
            f"{row['p50_ms']} | {row['p90_ms']} | {row['p99_ms']} | {row['cpu_ms_per_request']} | "
            f"{row['rss_mb_per_worker']} | {row['pss_mb_per_worker']} | {row['non_2xx_3xx']} | "
            f"{row['body_errors']} |"
        )
    return "\n".join(lines)


def growth(rows):
    """How each figure changes from the smallest to the largest size, per request and system."""
    sizes = sorted({r["pages"] for r in rows})
    if len(sizes) < 2:
        return ""
    lines = [
        f"\n\n## Évolution de {sizes[0]} à {sizes[-1]} pages (rapport grand / petit)\n",
        "| requête | système | req/s | CPU par requête | RSS par worker |",
        "|---|---|---:|---:|---:|",
    ]
    for key in dict.fromkeys((r["request"], r["system"]) for r in rows):
        small = next(
            r for r in rows if (r["request"], r["system"]) == key and r["pages"] == sizes[0]
        )
        large = next(
            (r for r in rows if (r["request"], r["system"]) == key and r["pages"] == sizes[-1]),
            None,
        )
        if large is None:
            continue

        def ratio(field, small=small, large=large):
            return f"× {large[field] / small[field]:.2f}" if small[field] else "—"

        lines.append(
            f"| {key[0]} | {key[1]} | {ratio('rps')} | {ratio('cpu_ms_per_request')} | "
            f"{ratio('rss_mb_per_worker')} |"
        )
    return "\n".join(lines)


def write_results(rows, args, vendor):
    revision = commit()
    now = datetime.datetime.now(datetime.UTC)
    stamp = now.strftime("%Y-%m-%dT%H%MZ")
    failures = [r for r in rows if r["non_2xx_3xx"] or r["body_errors"] or r["socket_errors"]]
    header = (
        f"# Banc d'essai HTTP (gunicorn + wrk) — {stamp}\n\n"
        f"- commit {revision}, "
        f"{now:%Y-%m-%d %H:%M} UTC, base {vendor}, {machine()}\n"
        f"- gunicorn {args.workers} workers sync par système (un processus par module de "
        f"réglages : wagtail-grapple à part), wrk {args.threads} threads, "
        f"{args.connections} connexions, {args.duration} s par mesure\n"
        f"- {args.items} éléments par liste ; CPU par requête = temps CPU (utilisateur + système) "
        "des workers pendant la mesure / requêtes servies ; mémoire = RSS et PSS du plus gros "
        "worker après la mesure\n"
        f"- « {OURS_LABEL} » sans le cache de réponses (bench/settings.py) ; la ligne « en cache » "
        f"rejoue la même requête avec le cache de réponses en mémoire ({args.response_cache} "
        "réponses, comme en production)\n"
        "- le client (wrk) tourne sur la même machine et prend sa part du processeur\n"
        "- SQLite travaille dans le processus du worker : son temps est dans le CPU par requête ; "
        "celui du serveur PostgreSQL n'y est pas\n"
        f"- réponses non 2xx/3xx : {'AUCUNE' if not failures else 'VOIR LE TABLEAU'}\n\n"
    )
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"http-{stamp}-{vendor}.md"
    out.write_text(header + table(rows) + growth(rows) + "\n", encoding="utf-8")
    meta = {
        "commit": revision,
        "date": now.isoformat(),
        "vendor": vendor,
        "machine": machine(),
        "workers": args.workers,
        "wrk": {
            "threads": args.threads,
            "connections": args.connections,
            "duration_s": args.duration,
        },
        "items": args.items,
    }
    (RESULTS / f"http-{stamp}-{vendor}.json").write_text(
        json.dumps({"meta": meta, "rows": rows}, ensure_ascii=False, indent=1)
    )
    return out, failures


def main():
    parser = argparse.ArgumentParser(description="Banc d'essai HTTP : gunicorn + wrk.")
    parser.add_argument("--pages", type=int, nargs="+", default=[1000])
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--duration", type=int, default=10, help="secondes de wrk par mesure")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-grapple", action="store_true")
    parser.add_argument("--no-generate", action="store_true", help="données déjà générées")
    parser.add_argument(
        "--response-cache",
        type=int,
        default=1000,
        help="taille du cache de réponses pour la mesure « en cache » de notre GraphQL (0 : sans)",
    )
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    django.setup()
    from django.db import connection

    if not shutil.which("wrk"):
        raise SystemExit("wrk est introuvable (apt-get install wrk).")
    vendor = connection.vendor
    rows = run_http(
        args.pages,
        items=args.items,
        duration=args.duration,
        threads=args.threads,
        connections=args.connections,
        workers=args.workers,
        grapple=False if args.no_grapple else None,
        generate_data=not args.no_generate,
        response_cache=args.response_cache,
    )
    out, failures = write_results(rows, args, vendor)
    print(f"\n{table(rows)}{growth(rows)}\n\nRésultats : {out}")
    if failures:
        raise SystemExit(f"{len(failures)} mesure(s) avec des réponses en erreur : voir {out}")


if __name__ == "__main__":
    main()
