"""The request bodies sent to OpenSearch (no server needed: the client never connects here)."""

from search.backends.opensearch_french import FrenchOpenSearchBackend


def backend():
    return FrenchOpenSearchBackend(
        {"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "territoires_", "TIMEOUT": 1}
    )


def test_search_body(db):
    body = (
        backend()
        .build_search(
            "démocratie locale",
            {"theme": ["democratie"], "year": ["2022", "2023"]},
            "date",
            20,
            11,
            True,
        )
        .to_dict()
    )
    assert body["query"]["bool"]["must"] == [
        {
            "multi_match": {
                "query": "démocratie locale",
                "fields": ["title^3", "summary^2", "body"],
                "operator": "and",
                "type": "cross_fields",
            }
        }
    ]
    assert body["query"]["bool"]["filter"] == [
        {"terms": {"facet_values_filter": ["theme:democratie"]}},
        {"terms": {"facet_values_filter": ["year:2022", "year:2023"]}},
    ]
    assert body["sort"] == [{"date_filter": {"order": "desc", "missing": "_last"}}, "_score"]
    assert (body["from"], body["size"], body["track_total_hits"]) == (20, 11, True)
    assert body["_source"] == ["pk"]
    assert body["aggs"] == {"facets": {"terms": {"field": "facet_values_filter", "size": 1000}}}


def test_relevance_body_has_no_sort_nor_aggregation_when_not_asked(db):
    body = backend().build_search("jardins", {}, "relevance", 0, 21, False).to_dict()
    assert "sort" not in body and "aggs" not in body
    assert body["query"]["multi_match"]["operator"] == "and"


def test_index_name_and_french_settings(db):
    from search.models import SearchDocument

    engine = backend()
    assert engine.get_index_for_model(SearchDocument).name == "territoires_search_searchdocument"
    assert engine.settings["settings"]["analysis"]["analyzer"]["default"]["tokenizer"] == "standard"
