"""The relevance suite (tests/search/relevance/) on every engine of the benchmark, ours and the
stock ones, on the same data: its 78 documents as pages in a database of their own (not the 10k /
100k generated corpus, whose seeded vocabulary would drown them), indexed by each engine in turn.

Ours are asked through the search service, as the API does (typo correction included); the stock
ones as a Wagtail site asks its backend: `backend.search(text, queryset)`, the backend's own
operator (« and » on the databases, « or » on OpenSearch) and analysis (none French).
"""

import os

from bench.search.engines import setup

INDEX_SLUG = "pertinence"


def child_generate_relevance():
    """Migrate, create the suite's pages and their search documents."""
    setup()
    from django.core.management import call_command

    from cms.models import HomePage
    from inspiration.models import InspirationIndexPage
    from search import documents
    from tests.inspiration.factories import InspirationIndexPageFactory
    from tests.search.relevance import suite

    call_command("migrate", verbosity=0)
    InspirationIndexPage.objects.filter(slug=INDEX_SLUG).delete()
    index = InspirationIndexPageFactory(
        parent=HomePage.objects.get(), title="Pertinence", slug=INDEX_SLUG
    )
    pages = suite.build_pages(index)
    kept, removed = documents.rebuild()
    return {"pages": len(pages), "documents": kept, "removed": removed}


def _pages():
    from wagtail.models import Page

    from tests.search.relevance import suite

    keys = [document["key"] for document in suite.load_corpus()]
    index = Page.objects.get(slug=INDEX_SLUG)
    return {page.slug: page for page in index.get_children().filter(slug__in=keys)}


def child_relevance():
    """Index the suite's documents with the configured engine, then run every query."""
    setup()
    from django.conf import settings
    from django.db import connection
    from wagtail.search.backends import get_search_backend

    from bench.search.measure import _clear_database_index, _rebuild
    from search import services
    from search.models import SearchDocument
    from tests.search.relevance import suite

    backend = get_search_backend()
    stock = os.environ.get("BENCH_SEARCH_STOCK") == "1"
    database = services._is_database_backend(backend)
    if database:
        _clear_database_index()
    _, index = _rebuild(backend)
    if hasattr(index, "refresh"):
        index.refresh()

    def ours(text):
        found = services.search(text, first=suite.DEPTH, with_facets=False, record_stats=False)
        return [hit.page.pk for hit in found.hits]

    def stock_search(text):
        found = backend.search(text, SearchDocument.objects.all())[: suite.DEPTH]
        return [document.page_id for document in found]

    errors = (services.SearchError, *services._engine_errors())
    engine = os.environ.get("BENCH_ENGINE", "?")
    outcome = suite.evaluate(engine, stock_search if stock else ours, _pages(), errors)
    result = outcome.as_json()
    result["backend"] = f"{type(backend).__module__}.{type(backend).__name__}"
    result["vendor"] = "opensearch" if settings.SEARCH_URL else connection.vendor
    return result
