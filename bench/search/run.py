"""Search benchmark on SQLite: Wagtail 8's stock FTS backend vs search.backends.sqlite_french.

    .venv/bin/python bench/search/run.py --pages 10000

Creates a fresh SQLite database under VAR_DIR (default var/bench-search/, never var/db.sqlite3), generates N synthetic French
documents (« budget » in ~80 % of them, « téléphérique » in ~0.5 %), indexes them with each
backend in turn on the same data, and measures indexing rate and p50 / p95 latency of the first
page of 20 results, ranked by relevance. Results: bench/results/search-sqlite-<N>.json and .md.
Not a test: numbers depend on the machine.
"""

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

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

QUERIES = {
    "mot fréquent (budget)": "budget",
    "mot rare (téléphérique)": "téléphérique",
    "deux mots (démocratie habitants)": "démocratie habitants",
    "sans accent, pluriel (democraties)": "democraties",
}


def text(rng, words, with_budget, with_rare):
    chosen = rng.choices(WORDS, k=words)
    if with_budget:
        chosen.insert(rng.randrange(len(chosen)), "budget")
    if with_rare:
        chosen.insert(rng.randrange(len(chosen)), "téléphérique")
    return " ".join(chosen)


def generate(count):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    from inspiration.models import ExperiencePage
    from search.models import SearchDocument

    rng = random.Random(42)
    home = Page.objects.get(depth=2)
    page_type = ContentType.objects.get_for_model(Page)
    doc_type = ContentType.objects.get_for_model(ExperiencePage)
    start = home.numchild
    pages = []
    for i in range(count):
        n = start + i + 1
        pages.append(
            Page(
                title=f"Page {n}",
                slug=f"page-{n}",
                path=home.path + _step(n),
                depth=home.depth + 1,
                numchild=0,
                content_type=page_type,
                live=True,
                url_path=f"{home.url_path}page-{n}/",
                locale_id=home.locale_id,
                draft_title=f"Page {n}",
            )
        )
    Page.objects.bulk_create(pages, batch_size=500)
    Page.objects.filter(pk=home.pk).update(numchild=start + count)
    ids = list(
        Page.objects.filter(depth=home.depth + 1, slug__startswith="page-").values_list(
            "pk", flat=True
        )
    )
    documents = [
        SearchDocument(
            page_id=pk,
            content_type=doc_type,
            title=text(rng, 6, False, False).capitalize(),
            summary=text(rng, 30, rng.random() < 0.8, rng.random() < 0.005),
            body=text(rng, 150, False, False),
        )
        for pk in ids
    ]
    SearchDocument.objects.bulk_create(documents, batch_size=500)
    return SearchDocument.objects.count()


def _step(n):
    from wagtail.models import Page

    alphabet = Page.alphabet
    digits = []
    for _ in range(Page.steplen):
        n, r = divmod(n, len(alphabet))
        digits.append(alphabet[r])
    return "".join(reversed(digits))


def measure(backend_path, runs):
    from django.db import connection
    from wagtail.search.backends import get_search_backend
    from wagtail.search.models import IndexEntry

    from search.models import SearchDocument

    IndexEntry.objects.all().delete()
    backend = get_search_backend(backend_path) if "." in backend_path else None
    backend = backend or get_search_backend()
    documents = list(SearchDocument.objects.all())
    started = time.perf_counter()
    for i in range(0, len(documents), 500):
        backend.add_bulk(SearchDocument, documents[i : i + 500])
    indexing = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    result = {"indexing_docs_per_s": round(len(documents) / indexing, 1), "queries": {}}
    for label, query in QUERIES.items():
        timings, count = [], None
        for _ in range(runs):
            started = time.perf_counter()
            found = list(backend.search(query, SearchDocument).annotate_score("_score")[:20])
            timings.append((time.perf_counter() - started) * 1000)
            count = len(found)
        timings.sort()
        result["queries"][label] = {
            "p50_ms": round(statistics.median(timings), 1),
            "p95_ms": round(timings[min(len(timings) - 1, int(len(timings) * 0.95))], 1),
            "first_page": count,
        }
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--stock-runs", type=int, default=3, help="the stock ranking is slow")
    args = parser.parse_args()

    os.environ.setdefault("VAR_DIR", str(ROOT / "var" / "bench-search"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("SEARCH_URL", None)
    db = Path(os.environ["VAR_DIR"]) / "db.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)

    import django

    django.setup()
    from django.core.management import call_command
    from django.db.models.signals import post_save

    call_command("migrate", verbosity=0)
    # Documents are indexed explicitly below, once per backend.
    from modelsearch.signal_handlers import post_save_signal_handler

    from search.models import SearchDocument

    post_save.disconnect(post_save_signal_handler, sender=SearchDocument)
    count = generate(args.pages)
    print(f"{count} documents", file=sys.stderr)
    results = {
        "pages": count,
        "stock (modelsearch SQLite FTS5)": measure(
            "modelsearch.backends.database.sqlite.sqlite", args.stock_runs
        ),
        "sqlite_french": measure("search.backends.sqlite_french", args.runs),
    }
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"search-sqlite-{args.pages}.json").write_text(
        json.dumps(results, indent=2, ensure_ascii=False)
    )
    lines = [
        f"## Recherche SQLite, {count} documents",
        "",
        "| requête | stock p50 / p95 (ms) | sqlite_french p50 / p95 (ms) |",
        "|---|---|---|",
    ]
    stock, french = results["stock (modelsearch SQLite FTS5)"], results["sqlite_french"]
    for label in QUERIES:
        s, f = stock["queries"][label], french["queries"][label]
        lines.append(f"| {label} | {s['p50_ms']} / {s['p95_ms']} | {f['p50_ms']} / {f['p95_ms']} |")
    lines.append(
        f"| indexation (documents/s) | {stock['indexing_docs_per_s']} | {french['indexing_docs_per_s']} |"
    )
    (out / f"search-sqlite-{args.pages}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
