"""The request bodies sent to OpenSearch (no server needed: the client never connects here)."""

from search.backends.opensearch_french import FrenchOpenSearchBackend
from search.query import parse


def backend():
    return FrenchOpenSearchBackend(
        {"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "territoires_", "TIMEOUT": 1}
    )


def test_search_bodies(db):
    page, count = backend().build_searches(
        parse("démocratie locale"),
        {"theme": ["democratie"], "year": ["2022", "2023"]},
        "date",
        20,
        11,
        True,
    )
    body, counted = page.to_dict(), count.to_dict()
    fields = ["title_terms^3", "summary_terms^2", "body_terms"]
    words = [
        {"multi_match": {"query": "democrat", "fields": fields, "type": "best_fields"}},
        {"multi_match": {"query": "local", "fields": fields, "type": "best_fields"}},
    ]
    filters = [
        {"terms": {"facet_values_filter": ["theme:democratie"]}},
        {"terms": {"facet_values_filter": ["year:2022", "year:2023"]}},
    ]
    assert body["query"]["bool"]["should"] == words
    # Beside the filters, in the same bool: both words required.
    assert body["query"]["bool"]["minimum_should_match"] == 2
    assert body["query"]["bool"]["filter"] == filters
    assert body["sort"] == [{"date_filter": {"order": "desc", "missing": "_last"}}, "_score"]
    # The page is not counted (the engine may skip what cannot enter it)…
    assert (body["from"], body["size"], body["track_total_hits"]) == (20, 11, False)
    assert body["_source"] == ["pk"]
    assert "aggs" not in body
    # … the second request counts the same documents, unscored, and their facets.
    assert counted["query"] == {
        "bool": {"filter": [{"bool": {"should": words, "minimum_should_match": 2}}, *filters]}
    }
    assert (counted["size"], counted["track_total_hits"]) == (0, True)
    assert counted["aggs"] == {"facets": {"terms": {"field": "facet_values_filter", "size": 1000}}}


def test_relevance_body_has_no_sort_nor_aggregation_when_not_asked(db):
    page, count = backend().build_searches(parse("jardins"), {}, "relevance", 0, 21, False)
    body = page.to_dict()
    assert "sort" not in body and "aggs" not in body and "aggs" not in count.to_dict()
    assert body["query"]["bool"]["minimum_should_match"] == 1


def test_most_words_phrases_and_expansions_in_the_body(db):
    thesaurus = {("qpv",): [(("quarti", "priorit"), "quartier prioritaire")]}
    parsed = parse('QPV "jardins partagés" marche exploratoire nuit', thesaurus)
    query = backend().build_searches(parsed, {}, "relevance", 0, 21, False)[0].to_dict()["query"]
    # Five slots: three of them are enough (75 %, rounded down), not all five.
    assert query["bool"]["minimum_should_match"] == 3
    first, second = query["bool"]["should"][:2]
    assert [q["multi_match"]["type"] for q in first["dis_max"]["queries"]] == [
        "best_fields",
        "phrase",
    ]
    assert second["multi_match"] == {
        "query": "jardin partag",
        "fields": ["title_terms^3", "summary_terms^2", "body_terms"],
        "type": "phrase",
    }


def test_index_name_and_french_settings(db):
    from search.models import SearchDocument

    engine = backend()
    assert engine.get_index_for_model(SearchDocument).name == "territoires_search_searchdocument"
    assert engine.settings["settings"]["analysis"]["analyzer"]["default"]["tokenizer"] == "standard"
