"""Rebuilding the index as update_index does gives the entries that indexing page by page gave."""

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from search.models import SearchDocument


def test_facet_values_preloaded_for_a_batch_are_each_documents_own(
    corpus, django_assert_num_queries
):
    expected = {d.pk: sorted(d.facet_values()) for d in SearchDocument.objects.all()}
    batch = list(SearchDocument.get_indexed_objects().order_by("pk"))
    with django_assert_num_queries(1):
        SearchDocument.preload_facet_values(batch)
    with django_assert_num_queries(0):
        assert {d.pk: sorted(d.facet_values()) for d in batch} == expected


def _entries():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT object_id, CAST(title AS TEXT), CAST(body AS TEXT), "
            "CAST(autocomplete AS TEXT) FROM wagtailsearch_indexentry "
            "WHERE content_type_id = %s ORDER BY object_id",
            [ContentType.objects.get_for_model(SearchDocument).pk],
        )
        return cursor.fetchall()


@pytest.mark.skipif(
    bool(settings.SEARCH_URL),
    reason="Moteurs en base seulement (OpenSearch a son test de reconstruction) : lancez "
    "`make test-search` sans SEARCH_URL (SQLite) ou avec DATABASE_URL=… (PostgreSQL)",
)
def test_a_database_rebuild_writes_the_entries_of_page_by_page_indexing(corpus):
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    before = _entries()
    rebuilder = backend.rebuilder_class(backend.get_index_for_model(SearchDocument))
    index = rebuilder.start()
    index.add_model(SearchDocument)
    document_type = ContentType.objects.get_for_model(SearchDocument)
    index.entries.filter(content_type=document_type)._raw_delete(using=connection.alias)
    objects = list(SearchDocument.get_indexed_objects().order_by("pk"))
    index.add_items(SearchDocument, objects[:3])
    index.add_items(SearchDocument, objects[3:])
    rebuilder.finish()

    # Compared as rows: a search here would load the new entry ids into this process's bitmaps
    # (search/bitmaps.py), rolled back with the test while other tests of the process go on.
    assert _entries() == before
