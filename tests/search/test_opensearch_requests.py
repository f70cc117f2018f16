"""The request bodies sent to OpenSearch (no server needed: the client never connects here)."""

from search.backends.opensearch_french import FrenchOpenSearchBackend
from search.query import parse


def backend():
    return FrenchOpenSearchBackend(
        {"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "territoires_", "TIMEOUT": 1}
    )


def test_search_body(db):
    body = (
        backend()
        .build_search(
            parse("démocratie locale"),
            {"theme": ["democratie"], "year": ["2022", "2023"]},
            "date",
            20,
            11,
            True,
        )
        .to_dict()
    )
    fields = ["title_terms^3", "summary_terms^2", "body_terms"]
    assert body["query"]["bool"]["should"] == [
        {"multi_match": {"query": "democrat", "fields": fields, "type": "best_fields"}},
        {"multi_match": {"query": "local", "fields": fields, "type": "best_fields"}},
    ]
    # Beside the filters, in the same bool: both words required.
    assert body["query"]["bool"]["minimum_should_match"] == 2
    assert body["query"]["bool"]["filter"] == [
        {"terms": {"facet_values_filter": ["theme:democratie"]}},
        {"terms": {"facet_values_filter": ["year:2022", "year:2023"]}},
    ]
    assert body["sort"] == [{"date_filter": {"order": "desc", "missing": "_last"}}, "_score"]
    assert (body["from"], body["size"], body["track_total_hits"]) == (20, 11, True)
    assert body["_source"] == ["pk"]
    assert body["aggs"] == {"facets": {"terms": {"field": "facet_values_filter", "size": 1000}}}


def test_relevance_body_has_no_sort_nor_aggregation_when_not_asked(db):
    body = backend().build_search(parse("jardins"), {}, "relevance", 0, 21, False).to_dict()
    assert "sort" not in body and "aggs" not in body
    assert body["query"]["bool"]["minimum_should_match"] == 1


def test_most_words_phrases_and_expansions_in_the_body(db):
    thesaurus = {("qpv",): [(("quarti", "priorit"), "quartier prioritaire")]}
    parsed = parse('QPV "jardins partagés" marche exploratoire nuit', thesaurus)
    query = backend().build_search(parsed, {}, "relevance", 0, 21, False).to_dict()["query"]
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
