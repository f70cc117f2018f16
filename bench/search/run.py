"""Search benchmark: every engine side by side on the same data, Wagtail's stock backend as reference.

    .venv/bin/python bench/search/run.py                       # 10k documents, SQLite only
    .venv/bin/python bench/search/run.py \\
        --postgres "$(scripts/postgres start)" --opensearch "$(scripts/opensearch start)"
    .venv/bin/python bench/search/run.py --large ...           # 10k, then 100k

For each size, the corpus is generated once per database (bench/generate.py's seeded experience
pages, then one search document per page, built in bulk with search/documents.py's own fields and
facets, plus a seeded vocabulary paragraph: « budget » in ~80 % of the documents, « téléphérique »
in ~0.5 %). Then each engine configuration runs in its own process (Django settings are per
process, bench/search/settings.py):

    sqlite stock     modelsearch.backends.database.sqlite.sqlite, as shipped
    sqlite ours      search.backends.sqlite_french
    postgres stock   modelsearch.backends.database.postgres.postgres, no SEARCH_CONFIG (Wagtail's
                     default: the cluster's default_text_search_config)
    postgres ours    search.backends.postgres_french (french_unaccent)
    opensearch ours  search.backends.opensearch_french on a real node (documents from SQLite)
    opensearch stock modelsearch.backends.opensearch2, asked as a Wagtail site asks it
                     (backend.search: no facets, no filters, no autocomplete)

Each one rebuilds the index of the search documents the way `update_index` /
`rebuild_modelsearch_index` does (rebuilder, add_items by chunks of 1000, finish): indexing rate in
documents/s; then p50 / p95 of the search service (search.services.search, first page of 20) and
of the autocomplete. A query gets at most --budget seconds in all: the stock ranking runs a
correlated subquery per matching row (28 s for « budget » at 10k on SQLite), so a slow query is
timed once, interrupted at the budget and reported as "> N s".

First, unless --no-relevance: the relevance suite (tests/search/relevance/, bench/search/relevance.py)
on every engine, ours and the stock ones (opensearch stock: modelsearch.backends.opensearch2,
Wagtail's standard analysis), in a database of its own: success@1, success@3, MRR@10.

PostgreSQL and OpenSearch are used only when their URL is given (--postgres / --opensearch, or
BENCH_POSTGRES_URL / BENCH_OPENSEARCH_URL): nothing is started here, a missing engine is a
skipped column, said so in the output. On PostgreSQL a database bench_search_<N> is (re)created
next to the one of the URL. Results: bench/results/search-<date>.json and .md. Not a test: the
figures depend on the machine (its cores and load average are recorded with them).
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script (make bench-search), and so are its children
    sys.path.insert(0, str(ROOT))

from bench.search.corpus import child_generate  # noqa: E402
from bench.search.engines import ENGINES, SETTINGS  # noqa: E402
from bench.search.measure import child_measure  # noqa: E402
from bench.search.relevance import child_generate_relevance, child_relevance  # noqa: E402
from bench.search.report import markdown, merge  # noqa: E402

RESULTS = ROOT / "bench" / "results"


# ---------------------------------------------------------------------------------------------
# Parent: databases, processes, results


def _spawn(mode, env, args):
    command = [sys.executable, str(Path(__file__).resolve()), "--child", mode, *args]
    full_env = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS, **env}
    child = subprocess.Popen(  # noqa: S603
        command, env=full_env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    last = ""
    for line in child.stderr:  # progress, passed through; the last line says why it failed
        sys.stderr.write(line)
        last = line.strip() or last
    output = child.stdout.read()
    if child.wait() != 0:
        return {"error": f"le processus « {mode} » a échoué (code {child.returncode}) : {last}"}
    return json.loads(output.strip().splitlines()[-1])


def _postgres_database(url, name, reuse=False):
    """The URL of a fresh database `name` on the server of `url` (dropped and created again)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not (reuse and exists):
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(path=f"/{name}"))


def _opensearch_version(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310
            return json.load(response)["version"]["number"]
    except (OSError, ValueError, KeyError):
        return None


def run_size(pages, args, postgres_url, opensearch_url, save):
    var = Path(args.var_dir) / str(pages)
    var.mkdir(parents=True, exist_ok=True)
    sqlite_url = f"sqlite:///{var / 'db.sqlite3'}"
    measure_args = ["--runs", str(args.runs), "--budget", str(args.budget)]
    size = {
        "pages": pages,
        "runs": args.runs,
        "budget_s": args.budget,
        "generation": {},
        "engines": {},
        "skipped": {},
    }

    unknown = set(args.engines) - set(ENGINES)
    if unknown:
        raise SystemExit(f"Moteurs inconnus : {', '.join(sorted(unknown))}")
    wanted = {ENGINES[name]["db"] for name in args.engines}
    databases = {"sqlite": sqlite_url} if "sqlite" in wanted else {}
    if "postgres" in wanted and postgres_url:
        try:
            databases["postgres"] = _postgres_database(
                postgres_url, f"{args.db_prefix}_{pages}", args.reuse
            )
        except Exception as exc:  # the server refused: a skipped column, not a failed bench
            size["skipped"]["postgres"] = f"PostgreSQL indisponible : {exc}"
    elif "postgres" in wanted:
        size["skipped"]["postgres"] = (
            'pas d\'URL PostgreSQL (--postgres "$(scripts/postgres start)")'
        )
    if not opensearch_url and "opensearch-ours" in args.engines:
        size["skipped"]["opensearch"] = (
            'pas d\'URL OpenSearch (--opensearch "$(scripts/opensearch start)")'
        )

    for db, url in databases.items():
        if db == "sqlite" and not args.reuse:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{var / 'db.sqlite3'}{suffix}").unlink(missing_ok=True)
        print(f"[{pages}] génération sur {db}…", file=sys.stderr)
        started = time.perf_counter()
        generated = _spawn(
            "generate",
            {"DATABASE_URL": url, "VAR_DIR": str(var), "SEARCH_URL": ""},
            ["--pages", str(pages), *(["--reuse"] if args.reuse else [])],
        )
        generated["total_s"] = round(time.perf_counter() - started, 1)
        size["generation"][db] = generated
        print(f"[{pages}] {db} : {generated}", file=sys.stderr)

    for name, engine in ENGINES.items():
        if name not in args.engines or engine.get("relevance_only"):
            continue
        if engine["db"] not in databases or (engine.get("opensearch") and not opensearch_url):
            continue
        if "error" in size["generation"].get(engine["db"], {}):
            size["skipped"][name] = "génération échouée"
            continue
        env = {
            "DATABASE_URL": databases[engine["db"]],
            "VAR_DIR": str(var),
            "SEARCH_URL": opensearch_url if engine.get("opensearch") else "",
            "SEARCH_INDEX": f"bench_search_{pages}_{name.replace('-', '_')}",
            "BENCH_SEARCH_BACKEND": engine["backend"],
            "BENCH_SEARCH_CONFIG": engine.get("config", ""),
            "BENCH_SEARCH_STOCK": "1" if engine.get("stock") else "",
        }
        print(f"[{pages}] {engine['label']}…", file=sys.stderr)
        started = time.perf_counter()
        measured = _spawn("measure", env, measure_args)
        measured["total_s"] = round(time.perf_counter() - started, 1)
        measured["label"] = engine["label"]
        if engine.get("opensearch"):
            measured.setdefault("versions", {})["opensearch"] = _opensearch_version(opensearch_url)
        size["engines"][name] = measured
        save(size)
    return size


def run_relevance(args, postgres_url, opensearch_url):
    """The relevance suite on every engine, ours and stock, in a database of its own
    (bench/search/relevance.py): success@1, success@3, MRR@10 and every query's results."""
    var = Path(args.var_dir) / "relevance"
    var.mkdir(parents=True, exist_ok=True)
    result = {"generation": {}, "engines": {}, "skipped": {}}
    for suffix in ("", "-wal", "-shm"):
        Path(f"{var / 'db.sqlite3'}{suffix}").unlink(missing_ok=True)
    databases = {"sqlite": f"sqlite:///{var / 'db.sqlite3'}"}
    if postgres_url:
        try:
            databases["postgres"] = _postgres_database(postgres_url, f"{args.db_prefix}_relevance")
        except Exception as exc:  # the server refused: skipped, said so
            result["skipped"]["postgres"] = f"PostgreSQL indisponible : {exc}"
    for db, url in databases.items():
        print(f"[pertinence] pages de la suite sur {db}…", file=sys.stderr)
        env = {"DATABASE_URL": url, "VAR_DIR": str(var), "SEARCH_URL": ""}
        result["generation"][db] = _spawn("relevance-generate", env, [])
    for name, engine in ENGINES.items():
        if name not in args.engines:
            continue
        if engine.get("opensearch") and not opensearch_url:
            result["skipped"][name] = "pas d'URL OpenSearch (--opensearch)"
            continue
        if engine["db"] not in databases or "error" in result["generation"][engine["db"]]:
            result["skipped"][name] = "pas de base (--postgres) ou génération échouée"
            continue
        env = {
            "DATABASE_URL": databases[engine["db"]],
            "VAR_DIR": str(var),
            "SEARCH_URL": opensearch_url if engine.get("opensearch") else "",
            "SEARCH_INDEX": f"bench_relevance_{name.replace('-', '_')}",
            "BENCH_SEARCH_BACKEND": engine["backend"],
            "BENCH_SEARCH_CONFIG": engine.get("config", ""),
            "BENCH_SEARCH_STOCK": "1" if engine.get("stock") else "",
            "BENCH_ENGINE": engine["label"],
        }
        print(f"[pertinence] {engine['label']}…", file=sys.stderr)
        measured = _spawn("relevance", env, [])
        measured["label"] = engine["label"]
        measured["stock"] = bool(engine.get("stock"))
        result["engines"][name] = measured
        if "metrics" in measured:
            print(f"  {measured['metrics']}", file=sys.stderr)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[10_000])
    parser.add_argument("--large", action="store_true", help="adds 100 000 documents")
    parser.add_argument("--runs", type=int, default=20, help="timed iterations per query")
    parser.add_argument("--budget", type=float, default=10.0, help="seconds per query, at most")
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES_URL", ""))
    parser.add_argument("--opensearch", default=os.environ.get("BENCH_OPENSEARCH_URL", ""))
    parser.add_argument(
        "--var-dir", default=os.environ.get("BENCH_SEARCH_VAR", str(ROOT / "var" / "bench-search"))
    )
    parser.add_argument(
        "--reuse", action="store_true", help="keep the databases of a previous run (pages kept)"
    )
    parser.add_argument(
        "--engines",
        type=lambda value: value.split(","),
        default=list(ENGINES),
        help=f"comma-separated, among {','.join(ENGINES)} (default: all)",
    )
    parser.add_argument("--output", default=None, help="results name (default: search-<date>)")
    parser.add_argument(
        "--merge", nargs="+", metavar="JSON", help="one report from the results of several runs"
    )
    parser.add_argument("--note", action="append", help="with --merge: a note for the report")
    parser.add_argument(
        "--db-prefix",
        default="bench_search",
        help="PostgreSQL databases <prefix>_<N> and <prefix>_relevance (default: bench_search)",
    )
    parser.add_argument(
        "--no-relevance", action="store_true", help="skip the relevance suite (latency only)"
    )
    parser.add_argument(
        "--readme", action="store_true", help="write the table into README.md at the end"
    )
    parser.add_argument(
        "--relevance-only", action="store_true", help="the relevance suite only (no latency)"
    )
    parser.add_argument(
        "--child",
        choices=["generate", "measure", "relevance-generate", "relevance"],
        help=argparse.SUPPRESS,
    )
    args = parser.parse_args()

    if args.merge:
        merged = merge([json.loads(Path(path).read_text()) for path in args.merge], args.merge)
        merged["notes"] = args.note or []
        name = args.output or f"search-{datetime.datetime.now(datetime.UTC):%Y%m%d-%H%M}"
        (RESULTS / f"{name}.json").write_text(
            json.dumps(merged, indent=2, ensure_ascii=False) + "\n"
        )
        text = markdown(merged)
        (RESULTS / f"{name}.md").write_text(text)
        print(text)
        return
    if args.child == "generate":
        print(json.dumps(child_generate(args.pages[0], args.reuse)))
        return
    if args.child == "measure":
        print(json.dumps(child_measure(args.runs, args.budget)))
        return
    if args.child == "relevance-generate":
        print(json.dumps(child_generate_relevance()))
        return
    if args.child == "relevance":
        print(json.dumps(child_relevance(), ensure_ascii=False))
        return

    sizes = list(args.pages)
    if args.large and 100_000 not in sizes:
        sizes.append(100_000)
    from bench.report import commit

    now = datetime.datetime.now(datetime.UTC)
    report = {
        "date": now.strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit(),
        "machine": {
            "cores": os.cpu_count(),
            "platform": f"{platform.system()} {platform.machine()}, Python {platform.python_version()}",
            "load_before": [round(x, 2) for x in os.getloadavg()],
        },
        "runs": args.runs,
        "budget_s": args.budget,
        "sizes": [],
    }
    started = time.perf_counter()
    if not args.postgres:
        print("PostgreSQL non mesuré : pas d'URL (--postgres).", file=sys.stderr)
    if not args.opensearch:
        print("OpenSearch non mesuré : pas d'URL (--opensearch).", file=sys.stderr)
    name = args.output or f"search-{now:%Y%m%d-%H%M}"
    RESULTS.mkdir(parents=True, exist_ok=True)

    def save(current=None, final=False):
        """Written after each engine: an interrupted run keeps what it measured."""
        sizes = report["sizes"] + ([current] if current is not None else [])
        partial = {**report, "sizes": sizes, "complete": final}
        partial["duration_s"] = round(time.perf_counter() - started, 1)
        partial["machine"] = {
            **report["machine"],
            "load_after": [round(x, 2) for x in os.getloadavg()],
        }
        (RESULTS / f"{name}.json").write_text(
            json.dumps(partial, indent=2, ensure_ascii=False) + "\n"
        )
        text = markdown(partial)
        (RESULTS / f"{name}.md").write_text(text)
        return text

    if not args.no_relevance:
        report["relevance"] = run_relevance(args, args.postgres, args.opensearch)
        save()
    for pages in [] if args.relevance_only else sizes:
        report["sizes"].append(run_size(pages, args, args.postgres, args.opensearch, save))
    print(save(final=True))
    print(f"Résultats : bench/results/{name}.md et .json", file=sys.stderr)
    if args.readme:
        from bench.search import readme

        readme.write(ROOT / "README.md", json.loads((RESULTS / f"{name}.json").read_text()))
        print("README.md : tableau du banc de recherche écrit.", file=sys.stderr)


if __name__ == "__main__":
    main()
