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

Each one rebuilds the index of the search documents the way `update_index` /
`rebuild_modelsearch_index` does (rebuilder, add_items by chunks of 1000, finish): indexing rate in
documents/s; then p50 / p95 of the search service (search.services.search, first page of 20) and
of the autocomplete. A query gets at most --budget seconds in all: the stock ranking runs a
correlated subquery per matching row (28 s for « budget » at 10k on SQLite), so a slow query is
timed once, interrupted at the budget and reported as "> N s".

PostgreSQL and OpenSearch are used only when their URL is given (--postgres / --opensearch, or
BENCH_POSTGRES_URL / BENCH_OPENSEARCH_URL): nothing is started here, a missing engine is a
skipped column, said so in the output. On PostgreSQL a database bench_search_<N> is (re)created
next to the one of the URL. Results: bench/results/search-<date>.json and .md. Not a test: the
figures depend on the machine (its cores and load average are recorded with them).
"""

import argparse
import contextlib
import datetime
import functools
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "bench" / "results"
SETTINGS = "bench.search.settings"

WORDS = [
    "démocratie",
    "participation",
    "habitants",
    "habitantes",
    "citoyenne",
    "citoyens",
    "quartier",
    "commune",
    "territoire",
    "école",
    "enfants",
    "jeunesse",
    "associations",
    "engagement",
    "bénévoles",
    "mobilité",
    "ruralité",
    "santé",
    "numérique",
    "rénovation",
    "urbaine",
    "jardin",
    "partagé",
    "concertation",
    "délibération",
    "assemblée",
    "conseil",
    "projet",
    "action",
    "plan",
    "diagnostic",
    "élus",
    "agents",
    "services",
    "publics",
    "transition",
    "écologique",
    "énergie",
    "logement",
    "emploi",
    "culture",
    "patrimoine",
    "sport",
    "solidarité",
    "inclusion",
    "accessibilité",
    "tiers-lieu",
    "marché",
    "village",
    "ville",
]

# label -> (kind, text, filters); kind "search" without facets, "facets" with, "autocomplete".
QUERIES = {
    "mot fréquent (budget)": ("search", "budget", None),
    "mot rare (téléphérique)": ("search", "téléphérique", None),
    "deux mots (démocratie habitants)": ("search", "démocratie habitants", None),
    "sans accent, pluriel (democraties)": ("search", "democraties", None),
    "budget + facettes": ("facets", "budget", None),
    "budget, filtre thématique + facettes": ("facets", "budget", {"theme": ["culture"]}),
    "autocomplétion (budg)": ("autocomplete", "budg", None),
}

ENGINES = {
    "sqlite-stock": {
        "db": "sqlite",
        "label": "SQLite stock",
        "backend": "modelsearch.backends.database.sqlite.sqlite",
    },
    "sqlite-ours": {
        "db": "sqlite",
        "label": "SQLite sqlite_french",
        "backend": "search.backends.sqlite_french",
    },
    "postgres-stock": {
        "db": "postgres",
        "label": "PostgreSQL stock",
        "backend": "modelsearch.backends.database.postgres.postgres",
    },
    "postgres-ours": {
        "db": "postgres",
        "label": "PostgreSQL postgres_french",
        "backend": "search.backends.postgres_french",
        "config": "french_unaccent",
    },
    "opensearch-ours": {
        "db": "sqlite",
        "label": "OpenSearch opensearch_french",
        "backend": "search.backends.opensearch_french",
        "opensearch": True,
    },
}


# ---------------------------------------------------------------------------------------------
# Child processes (Django is set up there, with the settings of one engine configuration)


def _setup():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    import django

    django.setup()


def _vocabulary(rng, words, with_budget=False, with_rare=False):
    chosen = rng.choices(WORDS, k=words)
    if with_budget:
        chosen.insert(rng.randrange(len(chosen)), "budget")
    if with_rare:
        chosen.insert(rng.randrange(len(chosen)), "téléphérique")
    return " ".join(chosen)


def child_generate(pages, reuse=False):
    """Migrate, generate the pages, build their search documents in bulk; report the timings."""
    _setup()
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.db.models import Prefetch

    from bench.generate import generate
    from inspiration.models import ExperienceLocalAuthority, ExperiencePage, InspirationIndexPage
    from search import documents
    from search.models import SearchDocument, SearchFacet

    timings = {}
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    timings["migrate_s"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    index = InspirationIndexPage.objects.filter(slug=f"banc-{pages}").first() if reuse else None
    if index is None or index.get_children_count() != pages:  # reuse: no write, no lock
        index = generate(pages, stdout=lambda message: print(message, file=sys.stderr))
    timings["pages_s"] = round(time.perf_counter() - started, 1)

    # The documents search/documents.py would write (same fields, same facets), in bulk: upsert()
    # one page at a time also indexes each document, which is what is measured afterwards.
    started = time.perf_counter()
    if reuse and SearchDocument.objects.filter(page__path__startswith=index.path).count() == pages:
        timings["documents_s"] = 0.0  # kept from the previous run (same seed, same documents)
        timings["documents"] = SearchDocument.objects.count()
        timings["facets"] = SearchFacet.objects.count()
        return timings
    rng = random.Random(7)
    SearchDocument.objects.all().delete()
    pages_qs = (
        ExperiencePage.objects.filter(path__startswith=index.path, depth=index.depth + 1)
        .order_by("path")
        .prefetch_related(
            "themes",
            "territory_types",
            Prefetch(
                "authority_links",
                ExperienceLocalAuthority.objects.select_related("local_authority__department"),
            ),
        )
    )
    batch_docs, batch_facets = [], []

    def flush():
        with transaction.atomic():
            SearchDocument.objects.bulk_create(batch_docs, batch_size=500)
            pks = dict(
                SearchDocument.objects.filter(
                    page_id__in=[d.page_id for d in batch_docs]
                ).values_list("page_id", "pk")
            )
            SearchFacet.objects.bulk_create(
                [
                    SearchFacet(
                        document_id=pks[document.page_id], key=key, value=value, label=label
                    )
                    for document, facets in zip(batch_docs, batch_facets, strict=True)
                    for (key, value), label in facets.items()
                ],
                batch_size=1000,
            )
        batch_docs.clear()
        batch_facets.clear()

    for page in pages_qs.iterator(chunk_size=1000):
        fields = documents.document_fields(page)
        fields["summary"] = (
            f"{fields['summary']} "
            + _vocabulary(rng, 30, rng.random() < 0.8, rng.random() < 0.005).capitalize()
        )
        fields["body"] = f"{fields['body']} {_vocabulary(rng, 150)}"
        batch_docs.append(SearchDocument(page_id=page.pk, **fields))
        batch_facets.append(documents.facets_of(page))
        if len(batch_docs) >= 1000:
            flush()
    if batch_docs:
        flush()
    timings["documents_s"] = round(time.perf_counter() - started, 1)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    timings["documents"] = SearchDocument.objects.count()
    timings["facets"] = SearchFacet.objects.count()
    return timings


class Budget:
    """Interrupts the running database query when the budget is spent (a timer thread)."""

    def __init__(self, seconds):
        self.seconds = seconds
        self.fired = False

    def run(self, function):
        from django.db import connection  # this thread's connection, the one the query runs on

        connection.ensure_connection()
        raw, vendor = connection.connection, connection.vendor

        def interrupt():
            self.fired = True
            if vendor == "sqlite":
                raw.interrupt()
            elif vendor == "postgresql":
                raw.cancel()

        self.fired = False
        timer = threading.Timer(self.seconds, interrupt)
        timer.start()
        try:
            started = time.perf_counter()
            value = function()
            return time.perf_counter() - started, value
        finally:
            timer.cancel()


def _clear_database_index():
    from django.db import connection
    from wagtail.search.models import IndexEntry

    IndexEntry.objects.all()._raw_delete(using=connection.alias)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry

        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {SQLiteFTSIndexEntry._meta.db_table}")  # noqa: S608


def _rebuild(backend, chunk_size=1000):
    """rebuild_modelsearch_index / update_index for the search documents only: the same calls."""
    from django.db import transaction

    from search import services
    from search.models import SearchDocument

    rebuilder = backend.rebuilder_class(backend.get_index_for_model(SearchDocument))
    index = rebuilder.start()
    index.add_model(SearchDocument)
    count, started = 0, time.perf_counter()
    objects = SearchDocument.get_indexed_objects().order_by("pk")
    # The command reads its chunks inside a transaction; on SQLite (IMMEDIATE) that is a write
    # lock, only needed when the index is in the database itself.
    atomic = services._is_database_backend(backend)
    with transaction.atomic() if atomic else contextlib.nullcontext():
        i = 0
        while True:
            chunk = list(objects[i * chunk_size :][:chunk_size])
            if not chunk:
                break
            index.add_items(SearchDocument, chunk)
            count += len(chunk)
            i += 1
            if i % 10 == 0:  # progress, for the slow engines at 100k
                print(
                    f"    {count} documents indexés, {time.perf_counter() - started:.0f} s",
                    file=sys.stderr,
                )
    rebuilder.finish()
    return count, index


def _versions():
    from django.db import connection

    versions = {}
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT sqlite_version()")
            versions["sqlite"] = cursor.fetchone()[0]
        else:
            cursor.execute("SHOW server_version")
            versions["postgresql"] = cursor.fetchone()[0]
            cursor.execute("SHOW default_text_search_config")
            versions["default_text_search_config"] = cursor.fetchone()[0]
    import modelsearch
    import wagtail

    versions["wagtail"] = wagtail.__version__
    versions["modelsearch"] = getattr(modelsearch, "__version__", "")
    return versions


def child_measure(runs, budget_s):
    _setup()
    from django.db import connection
    from wagtail.search.backends import get_search_backend

    from search import services
    from search.models import SearchDocument

    backend = get_search_backend()
    result = {
        "backend": f"{type(backend).__module__}.{type(backend).__name__}",
        "versions": _versions(),
        "documents": SearchDocument.objects.count(),
    }
    result["search_config"] = getattr(backend, "config", None)
    database = services._is_database_backend(backend)
    if database:
        _clear_database_index()
    started = time.perf_counter()
    count, index = _rebuild(backend)
    elapsed = time.perf_counter() - started
    result["index_s"] = round(elapsed, 1)
    result["indexing_docs_per_s"] = round(count / elapsed, 1)
    print(f"  indexation : {count} documents en {elapsed:.1f} s", file=sys.stderr)
    if hasattr(index, "refresh"):
        index.refresh()
    if database:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    def call(kind, text, filters):
        if kind == "autocomplete":
            found = services.autocomplete(text, first=10)
            return len(found), None
        found = services.search(
            text,
            filters=filters,
            first=20,
            with_facets=kind == "facets",
            record_stats=False,
            correct=False,
        )
        facets = sum(len(values) for values in found.facets.values()) if found.facets else 0
        return found.total, facets

    guard = Budget(budget_s)
    result["queries"] = {}
    for label, (kind, text, filters) in QUERIES.items():
        timings, total, facets, over, error = [], None, None, False, None
        spent = 0.0
        for i in range(runs + 1):
            try:
                seconds, (total, facets) = guard.run(functools.partial(call, kind, text, filters))
            except Exception as exc:  # interrupted by the budget, or an engine error
                if guard.fired:
                    over = True
                else:
                    error = f"{type(exc).__name__}: {exc}"[:300]
                break
            spent += seconds
            if i == 0 and seconds < 1.0 and runs > 1:
                continue  # a fast query: the first call is a warm-up
            timings.append(seconds * 1000)
            if spent >= budget_s:
                break
        entry = {"n": len(timings), "total": total, "facet_values": facets}
        if timings:
            timings.sort()
            entry["p50_ms"] = round(statistics.median(timings), 1)
            entry["p95_ms"] = round(timings[min(len(timings) - 1, int(len(timings) * 0.95))], 1)
        if over:
            entry["over_budget_s"] = budget_s
        if error:
            entry["error"] = error
        result["queries"][label] = entry
        shown = (
            f"> {budget_s:g} s"
            if over and not timings
            else f"{entry.get('p50_ms')} / {entry.get('p95_ms')} ms"
        )
        print(f"  {label} : {shown} ({total} résultats)", file=sys.stderr)
    return result


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
                postgres_url, f"bench_search_{pages}", args.reuse
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
        if name not in args.engines:
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
            "SEARCH_INDEX": f"bench_search_{pages}",
            "BENCH_SEARCH_BACKEND": engine["backend"],
            "BENCH_SEARCH_CONFIG": engine.get("config", ""),
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


def _cell(entry, budget):
    if entry is None:
        return "—"
    if "error" in entry:
        return "erreur"
    if "p50_ms" not in entry:
        return f"> {budget:g} s"
    p50, p95 = entry["p50_ms"], entry["p95_ms"]

    def fmt(ms):
        return f"{ms / 1000:.1f} s" if ms >= 10_000 else f"{ms:g}"

    text = f"{fmt(p50)} (1 mesure)" if entry["n"] == 1 else f"{fmt(p50)} / {fmt(p95)}"
    return text + (" ⏱" if entry.get("over_budget_s") else "")


def markdown(report):
    runs = report.get("sources") or [report]
    lines = [f"# Recherche : moteurs côte à côte ({report['date']})", ""]
    for run in runs:
        lines.append(
            (f"- `{run['name']}` : " if "name" in run else "")
            + f"machine {run['machine']['cores']} cœurs, {run['machine']['platform']} ; "
            f"charge moyenne (1, 5, 15 min) avant {run['machine']['load_before']}, "
            f"après {run['machine']['load_after']} ; commit {run['commit']} ; "
            f"durée {run['duration_s']:.0f} s"
            + ("." if run.get("complete", True) else " (mesure interrompue).")
        )
    lines += [
        "",
        "Latence p50 / p95 en ms du service de recherche (première page de 20 résultats), "
        "N itérations au plus et un budget de B s par requête (« > B s » : interrompue au "
        "budget, sans résultat ; ⏱ : itérations arrêtées au budget ; « (1 mesure) » : une seule "
        "itération tenait dans le budget).",
    ]
    for size in report["sizes"]:
        engines = size["engines"]
        budget = size.get("budget_s", report.get("budget_s"))
        lines += [
            "",
            f"## {size['pages']} documents (N = {size.get('runs', report.get('runs'))}, "
            f"B = {budget:g} s)",
            "",
        ]
        names = list(engines)
        if not names:
            lines.append("Aucun moteur mesuré.")
            continue
        lines.append("| requête | " + " | ".join(engines[n]["label"] for n in names) + " |")
        lines.append("|---" * (len(names) + 1) + "|")
        for label in QUERIES:
            cells = [_cell(engines[n].get("queries", {}).get(label), budget) for n in names]
            lines.append(f"| {label} | " + " | ".join(cells) + " |")
        totals = []
        for n in names:
            entry = engines[n].get("queries", {}).get("mot fréquent (budget)") or {}
            totals.append("—" if entry.get("total") is None else str(entry["total"]))
        lines.append("| résultats pour « budget » | " + " | ".join(totals) + " |")
        plural = []
        for n in names:
            entry = engines[n].get("queries", {}).get("sans accent, pluriel (democraties)") or {}
            plural.append("—" if entry.get("total") is None else str(entry["total"]))
        lines.append("| résultats pour « democraties » | " + " | ".join(plural) + " |")
        rates = [
            f"{engines[n]['indexing_docs_per_s']:g} ({engines[n]['index_s']:g} s)"
            if "indexing_docs_per_s" in engines[n]
            else ("échec" if "error" in engines[n] else "—")
            for n in names
        ]
        lines.append("| indexation, documents/s (durée) | " + " | ".join(rates) + " |")
        lines.append("")
        for db, generated in size["generation"].items():
            if "error" in generated:
                lines.append(f"- Génération {db} : {generated['error']}")
                continue
            lines.append(
                f"- Génération {db} : {generated['documents']} documents, "
                f"{generated['facets']} facettes ; migrate {generated['migrate_s']:g} s, "
                f"pages {generated['pages_s']:g} s, documents {generated['documents_s']:g} s."
            )
        for n in names:
            versions = ", ".join(f"{k} {v}" for k, v in engines[n].get("versions", {}).items())
            config = engines[n].get("search_config")
            lines.append(
                f"- {engines[n]['label']} : `{engines[n].get('backend', '?')}`"
                + (f", configuration `{config}`" if config else "")
                + f" ; {versions} ; processus {engines[n]['total_s']:g} s."
                + (f" Échec : {engines[n]['error']}" if "error" in engines[n] else "")
            )
        for name, why in size["skipped"].items():
            lines.append(f"- Non mesuré : {name} — {why}.")
    if report.get("notes"):
        lines += ["", "## Notes", ""] + [f"- {note}" for note in report["notes"]]
    return "\n".join(lines) + "\n"


def merge(reports, paths):
    """One report from several runs (e.g. 100k on SQLite and on PostgreSQL, run concurrently)."""
    sources = [
        {key: value for key, value in report.items() if key != "sizes"} | {"name": Path(p).stem}
        for report, p in zip(reports, paths, strict=True)
    ]
    sizes = {}
    for report in reports:
        for size in report["sizes"]:
            into = sizes.setdefault(
                size["pages"],
                {
                    "runs": report.get("runs"),
                    "budget_s": report.get("budget_s"),
                    **size,
                    "generation": {},
                    "engines": {},
                    "skipped": {},
                },
            )
            for db, generated in size["generation"].items():  # the first run generated it
                into["generation"].setdefault(db, generated)
            into["engines"].update(size["engines"])
            into["skipped"].update(size["skipped"])
    for size in sizes.values():
        size["engines"] = {n: size["engines"][n] for n in ENGINES if n in size["engines"]}
        measured = {ENGINES[n]["db"] for n in size["engines"]} | {
            "opensearch" for n in size["engines"] if n.startswith("opensearch")
        }
        size["skipped"] = {k: v for k, v in size["skipped"].items() if k not in measured}
    return {
        "date": reports[0]["date"],
        "sources": sources,
        "sizes": [sizes[pages] for pages in sorted(sizes)],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[10_000])
    parser.add_argument("--large", action="store_true", help="adds 100 000 documents")
    parser.add_argument("--runs", type=int, default=20, help="timed iterations per query")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per query, at most")
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
    parser.add_argument("--child", choices=["generate", "measure"], help=argparse.SUPPRESS)
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

    sizes = list(args.pages)
    if args.large and 100_000 not in sizes:
        sizes.append(100_000)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
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

    for pages in sizes:
        report["sizes"].append(run_size(pages, args, args.postgres, args.opensearch, save))
    print(save(final=True))
    print(f"Résultats : bench/results/{name}.md et .json", file=sys.stderr)


if __name__ == "__main__":
    main()
