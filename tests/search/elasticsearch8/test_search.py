"""Elasticsearch 8 (search.backends.elasticsearch8_french): what a search, an autocomplete or a
corrected query sends, and what the service makes of the replies.

No Elasticsearch 8 node can be assembled here (see docs/search-elasticsearch.md), so a small HTTP
server on 127.0.0.1 (tests/search/elasticsearch8/recorder.py) plays the node: the elasticsearch 8
client connects to it, the server records each request and answers with a minimal Elasticsearch 8
reply. The requests go through the real path: search.services → backend → client → HTTP.
"""

from search import services
from tests.search.elasticsearch8.recorder import search_reply
from tests.search.elasticsearch8.support import (
    GRIGNY,
    INDEX,
    SAILLANS,
    SENE,
    assert_compatible,
    facets_reply,
    pk_of,
)

FIELDS = ["title_terms^3", "summary_terms^2", "body_terms"]


def test_search_with_filters_sort_pagination_and_facets(corpus_es8):
    _, es8 = corpus_es8
    saillans, sene, grigny = pk_of(SAILLANS), pk_of(SENE), pk_of(GRIGNY)
    es8.search_replies = [
        search_reply([(saillans, 4.2), (sene, 3.1), (grigny, 2.0)]),
        search_reply(
            total=4,
            aggregations=facets_reply(
                ("theme:democratie", 4),
                ("department:26", 1),
                ("department:56", 1),
                ("theme:jeunesse", 2),
                ("content_type:inspiration.ExperiencePage", 3),
                ("unknown_key:x", 9),
            ),
        ),
    ]
    result = services.search(
        "Démocratie locale",
        filters={"theme": ["democratie"], "department": ["56", "26"]},
        sort="date",
        first=2,
        record_stats=False,
    )

    # One round trip: the page (scored, not counted), then the total and the facets.
    (request,) = es8.requests
    assert (request.method, request.path) == ("POST", f"{INDEX}/_msearch")
    assert_compatible(request, ndjson=True)
    words = {
        # Pre-analysed terms, both required (all of one or two words).
        "should": [
            {"multi_match": {"query": "democrat", "fields": FIELDS, "type": "best_fields"}},
            {"multi_match": {"query": "local", "fields": FIELDS, "type": "best_fields"}},
        ],
        "minimum_should_match": 2,
    }
    filters = [
        {"terms": {"facet_values_filter": ["theme:democratie"]}},
        {"terms": {"facet_values_filter": ["department:26", "department:56"]}},
    ]
    header, page, _, count = request.ndjson
    assert header == {"index": [INDEX.strip("/")]}
    assert page == {
        "query": {"bool": {**words, "filter": filters}},
        "sort": [{"date_filter": {"order": "desc", "missing": "_last"}}, "_score"],
        "track_total_hits": False,
        "from": 0,
        "size": 3,  # one more than asked: is there a next page?
        "_source": ["pk"],
    }
    assert count == {
        "query": {"bool": {"filter": [{"bool": words}, *filters]}},
        "aggs": {"facets": {"terms": {"field": "facet_values_filter", "size": 1000}}},
        "track_total_hits": True,
        "size": 0,
    }

    # The reply, parsed: hits in the engine's order, with scores; total; labelled facets.
    assert [(hit.page.title, hit.score) for hit in result.hits] == [(SAILLANS, 4.2), (SENE, 3.1)]
    assert (result.total, result.has_next, result.corrected_query) == (4, True, None)
    assert {key: values for key, values in result.facets.items() if values} == {
        "theme": [
            services.FacetValue("democratie", "Démocratie locale", 4),
            services.FacetValue("jeunesse", "Jeunesse", 2),
        ],
        "department": [
            services.FacetValue("26", "Drôme", 1),
            services.FacetValue("56", "Morbihan", 1),
        ],
        "content_type": [
            services.FacetValue("inspiration.ExperiencePage", "expérience territoriale", 3)
        ],
    }
    # Highlighted excerpts: computed by the service on the documents (no `highlight` sent).
    assert (
        result.hits[1]
        .highlights["summary"]
        .endswith("La <mark>démocratie</mark> commence à l&#x27;école.")
    )
    assert result.hits[0].highlights["title"] == SAILLANS

    # The next page.
    es8.search_replies = [search_reply([(grigny, 2.0)]), search_reply(total=4)]
    result = services.search(
        "Démocratie locale",
        filters={"theme": ["democratie"]},
        sort="date",
        first=2,
        offset=2,
        record_stats=False,
    )
    body = es8.requests[-1].ndjson[1]
    assert (body["from"], body["size"]) == (2, 3)
    assert [hit.page.title for hit in result.hits] == [GRIGNY]
    assert (result.total, result.has_next) == (4, False)


def test_relevance_search_without_facets(corpus_es8):
    _, es8 = corpus_es8
    es8.search_replies = [search_reply([(pk_of(GRIGNY), 1.5)]), search_reply(total=1)]
    result = services.search("conseil", with_facets=False, first=5, record_stats=False)

    words = {
        "should": [{"multi_match": {"query": "conseil", "fields": FIELDS, "type": "best_fields"}}],
        "minimum_should_match": 1,
    }
    _, page, _, count = es8.requests[0].ndjson
    assert page == {
        "query": {"bool": words},
        "track_total_hits": False,
        "from": 0,
        "size": 6,
        "_source": ["pk"],
    }
    assert count == {
        "query": {"bool": {"filter": [{"bool": words}]}},
        "track_total_hits": True,
        "size": 0,
    }
    assert [hit.page.title for hit in result.hits] == [GRIGNY]
    assert result.facets == {}


def test_typo_is_corrected_on_the_words_typed_before_the_engine_is_asked(corpus_es8):
    """The corrector reads the indexed words (search/typo.py), not the engine: one request, the
    corrected one."""
    _, es8 = corpus_es8
    pk = pk_of("Rencontre nationale de la démocratie délibérative")
    es8.search_replies = [search_reply([(pk, 2.5)]), search_reply(total=1)]
    result = services.search("démocrasie", with_facets=False, record_stats=False)

    (body,) = [request.ndjson[1] for request in es8.requests]
    assert body["query"]["bool"]["should"][0]["multi_match"]["query"] == "democrat"
    # Shown as the results' word.
    assert result.corrected_query == "démocratie"
    assert [hit.page.title for hit in result.hits] == [
        "Rencontre nationale de la démocratie délibérative"
    ]


def test_autocomplete(corpus_es8):
    _, es8 = corpus_es8
    es8.search_replies = [
        search_reply([(pk_of("Rencontre nationale de la démocratie délibérative"), 3.0)])
    ]
    found = services.autocomplete("Démocr", first=5)

    (request,) = es8.requests
    assert (request.method, request.path) == ("POST", f"{INDEX}/_search")
    assert_compatible(request)
    assert request.json == {
        "query": {
            "bool": {
                "must": {"match": {"_edgengrams": {"query": "democr", "operator": "and"}}},
                "filter": {"match": {"_django_content_type": "search.SearchDocument"}},
            }
        },
        "from": 0,
        "size": 5,
        "_source": False,
        "stored_fields": "pk",
    }
    assert [page.title for page in found] == ["Rencontre nationale de la démocratie délibérative"]
