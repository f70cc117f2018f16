"""What it costs the server to refuse an abusive request, as the abuse grows (issue 13).

For each class of abuse the security review found — chained fragments, rendition aliases, nested
`children`, malformed bodies — the same request is built for growing N and sent to one gunicorn
sync worker serving the demo site. The worker's CPU time (utime + stime from /proc, over several
requests) is the cost; a flat column means refusing stays cheap whatever N. The answer's status and
typed code are recorded too, so a row that was accepted (and did the work) shows as such.

    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.abuse
"""

import argparse
import datetime
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench.http import Gunicorn, cpu_ticks
from bench.report import commit, machine

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
CLK_TCK = os.sysconf("SC_CLK_TCK")
SCHEMA = (ROOT / "graphql" / "schema.graphql").read_text()


def post(url, raw, content_type="application/json", timeout=300):
    """Sends raw bytes; returns (status, typed code or None, wall seconds)."""
    req = urllib.request.Request(  # noqa: S310
        url + "/graphql/", data=raw, method="POST", headers={"Content-Type": content_type}
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:  # noqa: S310
            status, body = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read()
    elapsed = time.perf_counter() - started
    code = None
    try:
        payload = json.loads(body)
        errors = payload.get("errors") if isinstance(payload, dict) else None
        if errors:
            code = (errors[0].get("extensions") or {}).get("code")
    except ValueError:
        code = "(non JSON)"
    return status, code, elapsed


def graphql_body(query, variables=None):
    return json.dumps({"query": query, "variables": variables or {}}).encode()


def fragments(n):
    """N chained fragments, each spreading the next one twice: 2^N spreads when expanded."""
    parts = ["fragment F0 on Page { title }"]
    parts += [f"fragment F{i} on Page {{ ...F{i - 1} ...F{i - 1} }}" for i in range(1, n)]
    return graphql_body(f'query {{ page(urlPath: "/") {{ ...F{n - 1} }} }}\n' + "\n".join(parts))


def renditions(n, image_path):
    """N aliases of srcSet, each with its own six widths, in AVIF: N × 6 possible new files."""
    fields = " ".join(
        f"r{i}: srcSet(widths: [{', '.join(str(300 + 7 * i + k) for k in range(6))}], format: AVIF)"
        for i in range(n)
    )
    query = (
        f'query {{ page(urlPath: "{image_path}") {{ '
        f"... on ExperiencePage {{ image {{ {fields} }} }} }} }}"
    )
    return graphql_body(query)


ALLOWED_WIDTHS = [160, 320, 400, 480, 640, 800, 960, 1200, 1440, 1920]


def allowed_renditions(n, image_path):
    """N aliases of srcSet over widths the allowlist accepts, in WebP: work the server may do, so
    the per-request cap of new files is what bounds it."""
    fields = " ".join(
        f"r{i}: srcSet(widths: [{', '.join(str(w) for w in ALLOWED_WIDTHS[i % 4 : i % 4 + 6])}], "
        f"format: {('WEBP', 'PNG', 'JPEG')[i % 3]})"
        for i in range(n)
    )
    query = (
        f'query {{ page(urlPath: "{image_path}") {{ '
        f"... on ExperiencePage {{ image {{ {fields} }} }} }} }}"
    )
    return graphql_body(query)


def children(levels):
    """`levels` nested `children`, paginated when the contract paginates them."""
    paginated = "children(" in SCHEMA and "first: Int" in SCHEMA.split("children(", 1)[1][:400]
    inner = "title"
    for _ in range(levels):
        if paginated:
            inner = f"children(first: 100) {{ edges {{ node {{ title {inner} }} }} }}"
        else:
            inner = f"children {{ title {inner} }}"
    return graphql_body(f'query {{ page(urlPath: "/") {{ {inner} }} }}')


def nested_json(depth):
    return (
        b'{"query": "{ themes { name } }", "variables": {"a": '
        + b"[" * depth
        + b"]" * depth
        + b"}}"
    )


CASES = [
    ("Fragments enchaînés (2^N)", "N fragments", [4, 8, 16, 22], fragments),
    ("Déclinaisons d'image (alias × 6 largeurs, AVIF)", "N alias", [1, 5, 10, 20, 30], renditions),
    (
        "Déclinaisons autorisées (alias × 6 largeurs, WebP/PNG/JPEG)",
        "N alias",
        [1, 5, 10, 15],
        allowed_renditions,
    ),
    ("`children` imbriqués", "N niveaux", [1, 2, 3, 4, 5, 6], children),
    ("JSON imbriqué", "profondeur", [10, 1000, 100000], nested_json),
]


def measure(server, body, repeat):
    worker = server.worker_pids()[0]
    before = cpu_ticks(worker)
    results = [post(server.url, body) for _ in range(repeat)]
    ticks = cpu_ticks(worker) - before
    status, code, _ = results[-1]
    wall = sorted(r[2] for r in results)[len(results) // 2]
    return {
        "status": status,
        "code": code,
        "cpu_ms": round(ticks * 1000 / CLK_TCK / repeat, 2),
        "wall_ms": round(wall * 1000, 1),
    }


def image_page(server):
    query = "query { experiences(first: 20) { edges { node { urlPath image { id } } } } }"
    req = urllib.request.Request(  # noqa: S310
        server.url + "/graphql/",
        data=graphql_body(query),
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=60) as response:  # noqa: S310
        edges = json.loads(response.read())["data"]["experiences"]["edges"]
    for edge in edges:
        if edge["node"]["image"]:
            return edge["node"]["urlPath"]
    raise RuntimeError(
        "Aucune expérience illustrée dans la démo : l'abus d'images ne peut se mesurer."
    )


def rendition_files(media_root):
    folder = Path(media_root) / "images"
    return sum(1 for _ in folder.rglob("*")) if folder.exists() else 0


def run(repeat):
    from django.conf import settings

    env = {"API_THROTTLE_EXEMPT": "127.0.0.1", "AXES_ENABLED": "false"}
    rows = []
    with Gunicorn("bench.settings", workers=1, env=env) as server:
        path = image_page(server)
        for title, unit, sizes, build in CASES:
            for n in sizes:
                body = build(n, path) if build in (renditions, allowed_renditions) else build(n)
                files_before = rendition_files(settings.MEDIA_ROOT)
                row = measure(server, body, repeat)
                row.update(
                    case=title,
                    unit=unit,
                    n=n,
                    bytes=len(body),
                    new_files=rendition_files(settings.MEDIA_ROOT) - files_before,
                )
                rows.append(row)
                print(
                    f"{title} {unit}={n}: {row['status']} {row['code']} "
                    f"{row['cpu_ms']} ms CPU, {row['new_files']} fichiers",
                    flush=True,
                )
    return rows


def table(rows):
    lines = [
        "| abus | N | octets | statut | code | CPU serveur (ms/requête) | durée (ms) | nouveaux fichiers |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['case']} | {r['unit']} = {r['n']} | {r['bytes']} | {r['status']} | "
            f"{r['code'] or '—'} | {r['cpu_ms']} | {r['wall_ms']} | {r['new_files']} |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="requêtes par mesure")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "load_demo"], cwd=ROOT, check=True, capture_output=True
    )
    rows = run(args.repeat)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H%MZ")
    RESULTS.mkdir(exist_ok=True)
    meta = {"commit": commit(), "machine": machine(), "repeat": args.repeat}
    (RESULTS / f"abuse-{stamp}.json").write_text(json.dumps({**meta, "rows": rows}, indent=2))
    text = (
        f"# Coût d'un refus, selon la taille de l'abus ({stamp})\n\n"
        f"Commit {meta['commit']}, {meta['machine']}. Un worker gunicorn synchrone, la démo ; "
        f"CPU du worker (utime + stime) sur {args.repeat} requêtes, par requête.\n\n"
        + table(rows)
        + "\n"
    )
    (RESULTS / f"abuse-{stamp}.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
