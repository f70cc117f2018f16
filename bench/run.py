"""Side by side, in one run, on the same data and the same fields: our GraphQL, Wagtail's API v2,
wagtail-grapple and one raw SQL query (the floor). In-process (Django test client), so the figures
measure the server's work, not the network.

    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.run --pages 1000 10000
"""

import argparse
import datetime
import json
import os
import statistics
import subprocess
import time
from pathlib import Path

import django

RESULTS = Path(__file__).resolve().parent / "results"
FIELDS = "title, url, date, themes, collectivité, image 320x200"

OURS_LIST = """query($n: Int) { experiences(first: $n) { edges { node {
  title url firstPublishedAt themes { name } localAuthorities { name }
  image { rendition(width: 320, height: 200) { url } } } } } }"""
OURS_DETAIL = """query($id: ID!) { page(id: $id) { title url firstPublishedAt ... on ExperiencePage {
  themes { name } localAuthorities { name } image { rendition(width: 320, height: 200) { url } } } } }"""
GRAPPLE_LIST = """query($n: PositiveInt) { pages(contentType: "inspiration.ExperiencePage", limit: $n,
  order: "-first_published_at") { title url firstPublishedAt ... on ExperiencePage {
  themes { name } authorityLinks { localAuthority { name } } image { rendition(fill: "320x200") { url } } } } }"""
GRAPPLE_DETAIL = """query($id: ID) { page(id: $id) { title url firstPublishedAt ... on ExperiencePage {
  themes { name } authorityLinks { localAuthority { name } } image { rendition(fill: "320x200") { url } } } } }"""
API_FIELDS = "title,first_published_at,themes,authority_names,image_thumbnail"
OURS = "notre GraphQL"
OURS_CACHED = "notre GraphQL, réponse en cache"


def _call(client, kind, path, body=None):
    def call():
        if body is None:
            response = client.get(path)
        else:
            response = client.post(path, json.dumps(body), content_type="application/json")
        payload = response.json()
        assert response.status_code == 200 and not (
            isinstance(payload, dict) and payload.get("errors")
        ), payload
        return payload

    return call


def global_id(page_id):
    """Our API designates a page by its Relay global id (ADR of session 5), not its pk."""
    from cms.api.relay import encode

    return encode("ExperiencePage", page_id)


def systems(page_id, n, grapple):
    if grapple:
        return {
            ("listing", "wagtail-grapple"): (
                "/grapple/graphql/",
                {"query": GRAPPLE_LIST, "variables": {"n": n}},
            ),
            ("détail", "wagtail-grapple"): (
                "/grapple/graphql/",
                {"query": GRAPPLE_DETAIL, "variables": {"id": page_id}},
            ),
        }
    return {
        ("listing", OURS): ("/graphql/", {"query": OURS_LIST, "variables": {"n": n}}),
        ("listing", "API v2 Wagtail"): (
            f"/api/v2/pages/?type=inspiration.ExperiencePage&fields={API_FIELDS}&limit={n}&order=-first_published_at",
            None,
        ),
        ("listing", "SQL brut (plancher)"): (f"/bench/raw/?limit={n}", None),
        ("détail", OURS): (
            "/graphql/",
            {"query": OURS_DETAIL, "variables": {"id": global_id(page_id)}},
        ),
        ("détail", "API v2 Wagtail"): (f"/api/v2/pages/{page_id}/?fields={API_FIELDS}", None),
    }


def measure(call, iterations):
    from django.db import connection

    call()  # warm: renditions, caches
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        call()
    wall, cpu = [], []
    for _ in range(iterations):
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        call()
        wall.append((time.perf_counter() - start_wall) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    wall.sort()
    return {
        "p50_ms": round(statistics.median(wall), 2),
        "p95_ms": round(wall[max(int(len(wall) * 0.95) - 1, 0)], 2),
        "cpu_ms": round(statistics.median(cpu), 2),
        "queries": len(queries),
    }


def measure_process(size, iterations, n, grapple):
    """Runs in its own process (one settings module per peer); prints its rows as JSON."""
    import resource

    from django.test import Client

    from bench.generate import generate

    index = generate(size, stdout=lambda *a: None)
    page_id = index.get_children().order_by("path").values_list("pk", flat=True)[size // 2]
    from django.test.utils import override_settings

    client = Client()
    rows = []
    for (kind, system), (path, body) in systems(page_id, n, grapple).items():
        figures = measure(_call(client, kind, path, body), iterations)
        rows.append({"pages": size, "request": kind, "system": system, **figures})
        if system == OURS:
            # The same request answered again: what front ends mostly send (cms/api/response_cache.py).
            with override_settings(GRAPHQL_RESPONSE_CACHE_SIZE=1000):
                figures = measure(_call(client, kind, path, body), iterations)
            rows.append({"pages": size, "request": kind, "system": OURS_CACHED, **figures})
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for row in rows:
        row["rss_mb"] = round(rss_mb)
    print(json.dumps(rows))


def run(sizes, iterations, n, http=False, http_duration=10):
    """In-process rows for each size, then (with `http`) the same requests under gunicorn + wrk,
    before the next size replaces the data."""
    import sys

    rows, http_rows = [], []
    env = dict(os.environ)
    for size in sizes:
        # Generate once, in the main settings, before the peers read it.
        django_setup_generate(size)
        for grapple in (False, True):
            env["DJANGO_SETTINGS_MODULE"] = (
                "bench.settings_grapple" if grapple else "bench.settings"
            )
            result = subprocess.run(  # noqa: S603
                [
                    sys.executable,
                    "-m",
                    "bench.run",
                    "--measure",
                    str(size),
                    "--iterations",
                    str(iterations),
                    "--items",
                    str(n),
                ]
                + (["--grapple"] if grapple else []),
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0:
                raise SystemExit(
                    f"Échec de la mesure ({env['DJANGO_SETTINGS_MODULE']}) :\n{result.stderr[-3000:]}"
                )
            for row in json.loads(result.stdout.strip().splitlines()[-1]):
                rows.append(row)
                print(f"{size:>7} {row['request']:8} {row['system']:22} {row}")
        if http:
            from bench.http import run_http

            http_rows += run_http([size], items=n, duration=http_duration, generate_data=False)
    return rows, http_rows


def django_setup_generate(size):
    from bench.generate import generate

    generate(size)


def table(rows):
    lines = [
        "| pages | requête | système | p50 (ms) | p95 (ms) | CPU (ms) | requêtes SQL | mémoire du processus (Mo) |",
        "|---:|---|---|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['pages']} | {row['request']} | {row['system']} | {row['p50_ms']} | {row['p95_ms']} | "
            f"{row['cpu_ms']} | {row['queries']} | {row['rss_mb']} |"
        )
    return "\n".join(lines)


def goals(rows, figure="p50_ms"):
    """The goals of issue #16, per size and request: the listing ≥ 10× faster than each peer and
    ≤ 10× the floor, the detail ≥ 3× faster than grapple. On `figure`: the p50 latency, or the CPU
    per request (`cpu_ms`), which a loaded machine distorts less."""
    lines = [
        "| pages | requête | notre GraphQL | API v2 / nous | grapple / nous | nous / plancher "
        "| en cache : API v2 / nous | en cache : nous / plancher |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    by_key = {(r["pages"], r["request"], r["system"]): r[figure] for r in rows}
    for size, request in dict.fromkeys((r["pages"], r["request"]) for r in rows):
        ours = by_key.get((size, request, OURS))
        cached = by_key.get((size, request, OURS_CACHED))
        floor = by_key.get((size, "listing", "SQL brut (plancher)"))

        def ratio(a, b):
            return f"× {a / b:.1f}" if a and b else "—"

        lines.append(
            f"| {size} | {request} | {ours} ms | {ratio(by_key.get((size, request, 'API v2 Wagtail')), ours)} "
            f"| {ratio(by_key.get((size, request, 'wagtail-grapple')), ours)} | "
            f"{ratio(ours, floor) if request == 'listing' else '—'} | "
            f"{ratio(by_key.get((size, request, 'API v2 Wagtail')), cached)} | "
            f"{ratio(cached, floor) if request == 'listing' else '—'} |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description="Banc d'essai comparatif des API.")
    parser.add_argument("--pages", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--iterations", type=int, default=50)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--grapple", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--http", action="store_true", help="aussi sous gunicorn + wrk (req/s, CPU, mémoire)"
    )
    parser.add_argument("--http-duration", type=int, default=10, help="secondes de wrk par mesure")
    args = parser.parse_args()
    django.setup()
    if args.measure:
        measure_process(args.measure, args.iterations, args.items, args.grapple)
        return
    from django.db import connection

    load_before = os.getloadavg()
    rows, http_rows = run(args.pages, args.iterations, args.items, args.http, args.http_duration)
    load_after = os.getloadavg()
    from bench.report import commit, machine

    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H%MZ")
    header = (
        f"# Banc d'essai des API — {stamp}\n\n"
        f"- commit {commit()}, base {connection.vendor}, {machine()}\n"
        f"- {args.items} éléments par liste, {args.iterations} itérations, champs : {FIELDS}\n"
        f"- charge moyenne de la machine (1 min) : {load_before[0]:.2f} avant, {load_after[0]:.2f} après\n\n"
        "## En processus (client de test Django) : le travail du serveur, sans le réseau\n\n"
    )
    text = (
        header
        + table(rows)
        + "\n\n## Rapports de latence p50 (objectifs : liste ≥ × 10 face aux pairs et ≤ × 10 du "
        "plancher ; détail ≥ × 3 face à grapple)\n\n"
        + goals(rows)
        + "\n\n## Les mêmes rapports sur le temps CPU par requête\n\n"
        + goals(rows, "cpu_ms")
        + "\n"
    )
    if http_rows:
        from bench.http import growth as http_growth
        from bench.http import table as http_table

        text += (
            "\n## Sous gunicorn (2 workers sync par système) et wrk (2 threads, 16 connexions, "
            f"{args.http_duration} s par mesure), client sur la même machine\n\n"
            + http_table(http_rows)
            + http_growth(http_rows)
            + "\n"
        )
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"{stamp}-{connection.vendor}.md"
    out.write_text(text, encoding="utf-8")
    (RESULTS / f"{stamp}-{connection.vendor}.json").write_text(
        json.dumps({"in_process": rows, "http": http_rows}, ensure_ascii=False, indent=1)
    )
    print(f"\n{text}\nRésultats : {out}")


if __name__ == "__main__":
    main()
