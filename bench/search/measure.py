"""The measures of one engine configuration, in a child process: indexing rate, then p50 / p95
of each query of QUERIES within a time budget."""

import contextlib
import functools
import os
import statistics
import sys
import threading
import time

from bench.search.engines import QUERIES, setup


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
    setup()
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

    stock = os.environ.get("BENCH_SEARCH_STOCK") == "1"

    def call(kind, text, filters):
        if kind == "autocomplete":
            found = services.autocomplete(text, first=10)
            return len(found), None
        if stock and not database:  # stock OpenSearch: no facets, no filters (not FilterFields)
            results = backend.search(text, SearchDocument.objects.all())
            list(results[:20])
            return results.count(), None
        if stock:  # as a Wagtail site asks its backend: its own query, operator and analysis
            # backend.search() would refuse the visibility filter (not a FilterField): the same
            # compiler, unchecked, as the service builds (search/services.py).
            documents = services.filtered_documents(filters or {})
            results = services._results(backend, text, documents, order_by_relevance=True)
            list(results[:20])
            found_facets = services._database_facets(results) if kind == "facets" else None
            facets = sum(map(len, found_facets.values())) if found_facets else 0
            return results.count(), facets
        found = services.search(
            text,
            filters=filters,
            first=20,
            with_facets=kind == "facets",
            record_stats=False,
            correct=kind == "typo",
        )
        facets = sum(len(values) for values in found.facets.values()) if found.facets else 0
        return found.total, facets

    guard = Budget(budget_s)
    result["queries"] = {}
    for label, (kind, text, filters) in QUERIES.items():
        if stock and not database and (kind == "facets" or kind == "autocomplete"):
            result["queries"][label] = {"n": 0, "skipped": "pas de facettes ni de filtres"}
            continue
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
