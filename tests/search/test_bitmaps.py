"""Totals and facet counts from search/bitmaps.py on the database engines: the same figures as a
count in SQL, kept exact as pages are published, changed, scheduled out of view or removed."""

import datetime

import pytest
from django.conf import settings
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from search import documents, services
from search.models import SearchDocument, SearchFacet
from tests.factories import ExperiencePageFactory, ThemeFactory

pytestmark = pytest.mark.skipif(
    bool(settings.SEARCH_URL),
    reason="Moteurs en base seulement (OpenSearch compte lui-même) : lancez `make test-search` "
    "sans SEARCH_URL (SQLite) ou avec DATABASE_URL=… (PostgreSQL)",
)


def sql_counts(text, filters=None):
    """The total and the facets as the former SQL counted them: every matching document
    visible now, joined with its facets."""
    from wagtail.search.backends import get_search_backend

    from search.query import SlotQuery
    from search.query import parse as parse_query

    documents_ = services.filtered_documents(filters or {})
    results = services._results(
        get_search_backend(), SlotQuery(parse_query(text, [])), documents_, order_by_relevance=True
    )
    matching = results.get_queryset().values("pk")
    rows = (
        SearchFacet.objects.filter(document__in=matching)
        .values("key", "value")
        .annotate(count=Count("document"))
    )
    return results.count(), {(row["key"], row["value"]): row["count"] for row in rows}


def service_counts(text, filters=None):
    result = services.search(text, filters=filters, record_stats=False, correct=False)
    counts = {(key, v.value): v.count for key, values in result.facets.items() for v in values}
    return result.total, counts


@pytest.mark.parametrize(
    ("text", "filters"),
    [
        ("participation", None),
        ("quartier", None),
        ("jardins quartiers", None),
        ("quartier", {"theme": ["democratie"]}),
        ("démocratie", {"theme": ["democratie", "jeunesse"], "territory_type": ["villes"]}),
        ("piscine", None),
    ],
)
def test_totals_and_facets_are_those_counted_in_sql(corpus, text, filters):
    assert service_counts(text, filters) == sql_counts(text, filters)


def test_a_search_keeps_the_snapshot_it_started_with_while_another_refreshes(corpus):
    """gunicorn's threads share the process's bitmaps: a refresh swaps in a changed copy, the
    counts a running search reads do not move under it."""
    from search import bitmaps

    alias = connection.alias
    before = bitmaps.current(alias)
    live, themes = len(before.live), len(before.values)
    theme = ThemeFactory(slug="mobilite-instantane", name="Mobilité (instantané)")
    page = ExperiencePageFactory(parent=corpus["index"], title="Une rue scolaire", themes=[theme])
    documents.sync_page(page.pk)
    after = bitmaps.current(alias)
    assert after is not before
    assert (len(before.live), len(before.values)) == (live, themes)
    assert len(after.live) == live + 1
    assert ("theme", "mobilite-instantane") in after.value_ids
    assert ("theme", "mobilite-instantane") not in before.value_ids
    assert bitmaps.current(alias) is after  # nothing changed since: the same snapshot


def test_publishing_changing_and_removing_pages_is_counted_at_once(corpus):
    before_total, before = service_counts("quartier")
    theme = ThemeFactory(slug="mobilite-test", name="Mobilité (test)")
    page = ExperiencePageFactory(
        parent=corpus["index"],
        title="Un quartier sans voitures",
        summary="Les rues du quartier rendues aux piétons.",
        themes=[theme],
    )
    documents.sync_page(page.pk)
    total, counts = service_counts("quartier")
    assert total == before_total + 1
    assert counts[("theme", "mobilite-test")] == 1
    assert (total, counts) == sql_counts("quartier")

    # The theme taken off the page: the facet goes with the next search.
    page.themes.clear()
    page.save_revision().publish()
    documents.sync_page(page.pk)
    total, counts = service_counts("quartier")
    assert total == before_total + 1
    assert ("theme", "mobilite-test") not in counts

    # Expired but not yet unpublished (Wagtail's publish_scheduled has not run): out of view.
    type(page).objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    SearchDocument.objects.filter(page=page).update(updated_at=timezone.now())
    assert service_counts("quartier") == (before_total, before)

    # Removed: no index entry left, nothing counted.
    documents.remove_pages([page.pk])
    assert service_counts("quartier") == (before_total, before)


def test_a_frequent_word_costs_the_same_queries_as_a_rare_one(corpus):
    services.search("quartier", record_stats=False, correct=False)  # the bitmaps, loaded once
    with CaptureQueriesContext(connection) as rare:
        services.search("Saillans", record_stats=False, correct=False)
    with CaptureQueriesContext(connection) as frequent:
        services.search("quartier", record_stats=False, correct=False)
    assert len(frequent) == len(rare)
    # No join of the matches with their facets any more: the facets are counted in memory.
    assert not any(
        "search_searchfacet" in query["sql"] and "COUNT(" in query["sql"].upper()
        for query in frequent.captured_queries
    )
