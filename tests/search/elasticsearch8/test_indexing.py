"""Elasticsearch 8 (search.backends.elasticsearch8_french): the index creation with the French
analysis, and the documents sent.

No Elasticsearch 8 node can be assembled here (see docs/search-elasticsearch.md), so a small HTTP
server on 127.0.0.1 (tests/search/elasticsearch8/recorder.py) plays the node: the elasticsearch 8
client connects to it, the server records each request and answers with a minimal Elasticsearch 8
reply. The requests go through the real path: search.services → backend → client → HTTP.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.search.backends import get_search_backend

from search import documents
from search.models import SearchDocument
from tests.search.elasticsearch8.support import (
    INDEX,
    SAILLANS,
    SENE,
    assert_compatible,
    pk_of,
    sent,
)

FRENCH_ANALYSIS = {
    "analyzer": {
        "ngram_analyzer": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["asciifolding", "lowercase", "ngram"],
        },
        "edgengram_analyzer": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["french_elision", "asciifolding", "lowercase", "edgengram"],
        },
        "default": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "french_elision",
                "lowercase",
                "asciifolding",
                "french_stop",
                "french_plural",
                "french_feminine_ere",
                "french_feminine_ee",
                "french_stemmer",
                "french_plural_after",
            ],
        },
    },
    "tokenizer": {
        "ngram_tokenizer": {"type": "ngram", "min_gram": 3, "max_gram": 15},
        "edgengram_tokenizer": {
            "type": "edge_ngram",
            "min_gram": 2,
            "max_gram": 15,
            "side": "front",
        },
    },
    "filter": {
        "ngram": {"type": "ngram", "min_gram": 3, "max_gram": 15},
        "edgengram": {"type": "edge_ngram", "min_gram": 1, "max_gram": 15},
        "french_elision": {
            "type": "elision",
            "articles_case": True,
            "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c"]
            + ["jusqu", "quoiqu", "lorsqu", "puisqu"],
        },
        "french_stop": {"type": "stop", "stopwords": "_french_"},
        "french_stemmer": {"type": "stemmer", "language": "french"},
        "french_plural": {
            "type": "pattern_replace",
            "pattern": "^(.{2,}[^s])s$",
            "replacement": "$1",
        },
        "french_feminine_ere": {
            "type": "pattern_replace",
            "pattern": "^(.{3,}e)re$",
            "replacement": "$1r",
        },
        "french_feminine_ee": {
            "type": "pattern_replace",
            "pattern": "^(.{2,}e)e$",
            "replacement": "$1",
        },
        "french_plural_after": {
            "type": "pattern_replace",
            "pattern": "^(.{3,})(?:x|(?<!s)s)$",
            "replacement": "$1",
        },
    },
}

MAPPING = {
    "properties": {
        "pk": {"type": "keyword", "store": True},
        "_django_content_type": {"type": "keyword"},
        "_edgengrams": {
            "type": "text",
            "analyzer": "edgengram_analyzer",
            "search_analyzer": "standard",
        },
        # search/french.py's terms, split on blanks: the analysis of every engine. The raw
        # texts are neither sent nor indexed (search/backends/faceted.py).
        **{
            name: {"type": "text", "analyzer": "whitespace"}
            for name in ("title_terms", "summary_terms", "body_terms")
        },
        "title_edgengrams": {
            "type": "text",
            "analyzer": "edgengram_analyzer",
            "search_analyzer": "standard",
        },
        "content_type_id_filter": {"type": "integer"},
        "date_filter": {"type": "date"},
        "year_filter": {"type": "integer"},
        "facet_values_filter": {"type": "keyword"},
        "_all_text": {"type": "text"},
    }
}


def test_index_creation_sends_the_french_analysis_and_the_mapping(es8):
    from search.backends.elasticsearch8_french import reset_index

    reset_index()
    assert sent(es8) == [
        ("DELETE", INDEX),
        ("PUT", INDEX),
        ("PUT", f"{INDEX}/_mapping"),
        ("POST", f"{INDEX}/_refresh"),
    ]
    for request in es8.requests:
        assert_compatible(request)
    assert es8.requests[1].json == {
        "settings": {"analysis": FRENCH_ANALYSIS, "index": {"max_ngram_diff": 12}}
    }
    assert es8.requests[2].json == MAPPING


def sene_document(pk):
    return {
        "pk": str(pk),
        "_django_content_type": ["search.SearchDocument"],
        # The texts analysed by search/french.py (« Jeunesse » → « jeun », as « jeunes »).
        "title_terms": "budget particip enfant sen",
        "summary_terms": "enfant ecol votent projet quarti democrat commenc ecol",
        "body_terms": "democrat local jeun vill sen",
        "title_edgengrams": SENE,
        "content_type_id_filter": ContentType.objects.get(
            app_label="inspiration", model="experiencepage"
        ).pk,
        "date_filter": "2022-02-28T23:00:00+00:00",
        "year_filter": 2022,
        "facet_values_filter": [
            "content_type:inspiration.ExperiencePage",
            "participation_level:6",
            "year:2022",
            "theme:democratie",
            "theme:jeunesse",
            "territory_type:villes",
            "department:56",
        ],
        "_edgengrams": [SENE],
    }


def test_documents_are_indexed_in_bulk(corpus_es8):
    _, es8 = corpus_es8
    index = get_search_backend().get_index_for_model(SearchDocument)
    found = SearchDocument.get_indexed_objects().filter(title__in=[SENE, SAILLANS]).order_by("pk")
    index.add_items(SearchDocument, list(found))

    (request,) = es8.requests
    assert (request.method, request.path) == ("PUT", f"{INDEX}/_bulk")
    assert_compatible(request, ndjson=True)
    lines = request.ndjson
    sene, saillans = pk_of(SENE), pk_of(SAILLANS)
    assert lines[0::2] == [{"index": {"_id": str(pk)}} for pk in sorted([sene, saillans])]
    assert sene_document(sene) in lines[1::2]
    assert {line["title_edgengrams"] for line in lines[1::2]} == {SENE, SAILLANS}


def test_a_published_page_is_indexed_at_once(corpus_es8):
    corpus, es8 = corpus_es8
    documents.upsert(corpus[SENE])

    pk = pk_of(SENE)
    assert {(r.method, r.path) for r in es8.requests} == {("PUT", f"{INDEX}/_doc/{pk}")}
    body = es8.requests[-1].json
    expected = sene_document(pk)
    # The instance in memory has a local date; the same instant as the database's.
    assert body.pop("date_filter").startswith("2022-03-01T00:00:00")
    expected.pop("date_filter")
    assert body == expected
