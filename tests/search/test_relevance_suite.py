"""The relevance suite (tests/search/relevance/): 78 short documents of the programme with
near-distractors, 74 queries of every kind a person types (accents, plural, gender, elisions, typos,
derivations, acronyms both ways, synonyms, stop words, a word the corpus lacks…), through the search
service of the configured engine: SQLite in `make test`, PostgreSQL with DATABASE_URL, OpenSearch
with SEARCH_URL (`make test-search`).

Success@1, success@3 and MRR@10 are printed at the end of the test run (tests/conftest.py) and
kept in var/search-relevance/<engine>.json, so that the run of another engine (CI runs SQLite,
PostgreSQL, then OpenSearch) lists the queries on which they disagree.
"""

import json

import pytest
from django.conf import settings
from django.db import connection, transaction

from cms.models import HomePage
from search import documents, services
from tests.inspiration.factories import InspirationIndexPageFactory
from tests.search.conftest import _refresh_engine, _reset_engine
from tests.search.relevance import suite

# pytest-django sets up the test database only for the tests that ask for it.
pytestmark = pytest.mark.django_db

SUCCESS_AT_1 = 0.9
MAX_DISAGREEMENTS = 2

KINDS = {
    "accents",
    "majuscules",
    "pluriel",
    "genre",
    "élision",
    "apostrophe typographique",
    "œ/oe",
    "trait d'union",
    "faute (1)",
    "fautes (2)",
    "dérivation",
    "mot absent",
    "requête partielle",
    "sigle → forme longue",
    "forme longue → sigle",
    "synonyme",
    "mots vides",
    "plusieurs mots",
}


def engine():
    return "opensearch" if settings.SEARCH_URL else connection.vendor


def results_dir():
    return settings.VAR_DIR / "search-relevance"


def search_ids(text):
    result = services.search(text, first=suite.DEPTH, with_facets=False, record_stats=False)
    return [hit.page.pk for hit in result.hits]


def save(outcome):
    """Kept for the runs of the other engines, and the text for the end of this run."""
    directory = results_dir()
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{outcome.engine}.json").write_text(
        json.dumps(outcome.as_json(), ensure_ascii=False, indent=1) + "\n"
    )
    (directory / f"{outcome.engine}.txt").write_text(suite.report(outcome, others(outcome)) + "\n")


def others(outcome):
    """The outcomes of the other engines measured on the same data and search code."""
    found, current = [], suite.fingerprint()
    for path in sorted(results_dir().glob("*.json")):
        data = json.loads(path.read_text())
        if data["engine"] != outcome.engine and data.get("fingerprint") == current:
            found.append(suite.Outcome.from_json(data))
    return found


@pytest.fixture(scope="module")
def relevance(django_db_setup, django_db_blocker):
    """The suite run once for the module on the configured engine, its pages rolled back after."""
    with django_db_blocker.unblock(), transaction.atomic():
        _reset_engine()
        index = InspirationIndexPageFactory(
            parent=HomePage.objects.get(), title="Pertinence", slug="pertinence"
        )
        pages = suite.build_pages(index)
        documents.rebuild()
        _refresh_engine()
        outcome = suite.evaluate(engine(), search_ids, pages, errors=(services.SearchError,))
        transaction.set_rollback(True)
    _reset_engine()  # an OpenSearch index is not rolled back with the database
    save(outcome)
    return outcome


def test_suite_covers_every_kind_of_query():
    corpus, queries = suite.load_corpus(), suite.load_queries()
    keys = {document["key"] for document in corpus}
    assert len(corpus) >= 70
    assert len(keys) == len(corpus)
    assert len(queries) >= 60
    assert {query["kind"] for query in queries} == KINDS
    assert [q["query"] for q in queries if not q["expected"] or set(q["expected"]) - keys] == []


def test_metrics_are_measured_and_printed(relevance):
    metrics = relevance.metrics
    print(suite.report(relevance, others(relevance)))
    assert metrics["queries"] == len(suite.load_queries())
    assert 0 <= metrics["success@1"] <= metrics["success@3"] <= 1
    assert metrics["success@1"] <= metrics["mrr@10"] <= metrics["success@3"]
    assert (results_dir() / f"{relevance.engine}.json").exists()


def test_expected_document_comes_first(relevance):
    assert relevance.metrics["success@1"] >= SUCCESS_AT_1, suite.report(relevance)


def test_engines_agree(relevance):
    compared = others(relevance)
    if not compared:
        pytest.skip(
            "Aucun autre moteur mesuré sur ces données : lancez aussi `make test-search` avec "
            "DATABASE_URL=… (PostgreSQL) ou SEARCH_URL=… (OpenSearch)."
        )
    split = suite.disagreements([relevance, *compared])
    assert len(split) <= MAX_DISAGREEMENTS, suite.report(relevance, compared)


def test_measures_count_ranks_and_disagreements():
    def outcome(engine, *found):
        return suite.Outcome(
            engine,
            [
                suite.QueryOutcome(f"q{i}", "accents", ["a", "b"], keys)
                for i, keys in enumerate(found)
            ],
        )

    # First; second; third after a miss; beyond the first ten; nothing found.
    sqlite = outcome("sqlite", ["b"], ["x", "a"], ["x", "y", "a"], [*"cdefghijkl", "a"], [])
    assert sqlite.metrics == {
        "queries": 5,
        "success@1": 0.2,
        "success@3": 0.6,
        "mrr@10": round((1 + 1 / 2 + 1 / 3) / 5, 3),
    }
    postgres = outcome("postgresql", ["a"], ["a"], ["x"], [], [])
    assert [query for query, _ in suite.disagreements([sqlite, postgres])] == ["q1"]
    assert suite.disagreements([sqlite, postgres])[0][1] == {"sqlite": "x", "postgresql": "a"}
