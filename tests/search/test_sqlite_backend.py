"""The French SQLite backend ranks with one MATCH and counts with the same query (see
search/backends/sqlite_french.py, FrenchSearchResults)."""

import pytest
from wagtail.search.backends import get_search_backend

from search.models import SearchDocument
from tests.search.conftest import corpus  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def backend():
    backend = get_search_backend()
    # Not imported above: modelsearch's SQLite module needs SQLite's models to import at all.
    if type(backend).__module__ != "search.backends.sqlite_french":
        pytest.skip("Moteur SQLite seulement : lancez `make test` sans DATABASE_URL ni SEARCH_URL.")
    return backend


def test_a_ranked_page_and_its_total_take_two_queries(
    backend,
    corpus,  # noqa: F811
    django_assert_num_queries,
):
    results = backend.search("démocratie", SearchDocument, operator="and").annotate_score("s")
    with django_assert_num_queries(2):  # the ranked MATCH with its total, then the documents
        page = list(results[0:2])
    with django_assert_num_queries(0):
        total = results.count()
    everything = list(backend.search("démocratie", SearchDocument, operator="and"))
    assert total == len(everything) > 2
    scores = [document.s for document in page]
    assert scores == sorted(scores, reverse=True) and None not in scores
    assert [document.pk for document in page] == [document.pk for document in everything[:2]]


def test_a_query_without_usable_terms_finds_nothing_without_a_query(
    backend,
    corpus,  # noqa: F811
    django_assert_num_queries,
):
    results = backend.search("l'", SearchDocument, operator="and")
    with django_assert_num_queries(0):
        assert list(results) == [] and results.count() == 0
