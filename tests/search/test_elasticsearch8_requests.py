"""Elasticsearch 8 (search.backends.elasticsearch8_french): what the search service sends, over
real HTTP, and what it makes of the replies.

No Elasticsearch 8 node can be assembled here (see docs/search-elasticsearch.md), so a small HTTP
server on 127.0.0.1 (tests/search/elasticsearch8_recorder.py) plays the node: the elasticsearch 8
client connects to it, the server records each request and answers with a minimal Elasticsearch 8
reply. The requests go through the real path: search.services → backend → client → HTTP.
"""

import json
import logging
import os
import socket
import subprocess
import sys
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.test import override_settings
from wagtail.search.backends import get_search_backend

from search import documents, services
from search.backends.opensearch_settings import INDEX_SETTINGS
from search.models import SearchDocument
from search.services import SearchError
from tests.search.elasticsearch8_recorder import (
    COMPATIBLE,
    NDJSON,
    Elasticsearch8Recorder,
    search_reply,
)

INDEX = "/territoires_search_searchdocument"


def backends(url):
    """What cms/settings/base.py builds from SEARCH_URL and SEARCH_BACKEND."""
    return {
        "default": {
            "BACKEND": "search.backends.elasticsearch8_french",
            "URLS": [url],
            "INDEX_PREFIX": "territoires_",
            "TIMEOUT": 5,
            "OPTIONS": {"max_retries": 0},
            "INDEX_SETTINGS": INDEX_SETTINGS,
        }
    }


@contextmanager
def elasticsearch8():
    with (
        Elasticsearch8Recorder() as server,
        override_settings(WAGTAILSEARCH_BACKENDS=backends(server.url)),
    ):
        yield server


@pytest.fixture
def es8(db):
    with elasticsearch8() as server:
        yield server


@pytest.fixture
def corpus_es8(corpus):
    """The corpus (indexed by the default engine), then searched on the recording server."""
    with elasticsearch8() as server:
        yield corpus, server


def pk_of(title):
    return SearchDocument.objects.get(title=title).pk


def facets_reply(*buckets):
    return {
        "facets": {
            "doc_count_error_upper_bound": 0,
            "sum_other_doc_count": 0,
            "buckets": [{"key": key, "doc_count": count} for key, count in buckets],
        }
    }


def sent(server):
    return [(request.method, request.path) for request in server.requests]


def assert_compatible(request, ndjson=False):
    """The client's Elasticsearch 8 compatibility headers."""
    assert request.headers["accept"] == COMPATIBLE
    if request.raw:
        assert request.headers["content-type"] == (NDJSON if ndjson else COMPATIBLE)


SAILLANS = "Assemblée des habitantes et habitants de Saillans"
SENE = "Budget participatif des enfants à Sène"
GRIGNY = "Conseil citoyen de Grigny"


# ---------------------------------------------------------------------------------------------
# Configuration


def test_selected_by_environment_only(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "SEARCH_URL": "http://elastic:secret@127.0.0.1:9201",
        "SEARCH_BACKEND": "search.backends.elasticsearch8_french",
    }
    code = (
        "import django, json; django.setup();"
        "from wagtail.search.backends import get_search_backend;"
        "b = get_search_backend();"
        "print(json.dumps([type(b).__module__, type(b).__name__, b.hosts,"
        " b.es._headers.get('authorization', '')[:6],"
        " b.settings['settings']['analysis']['analyzer']['default']['filter'],"
        " b.get_index_for_model(__import__('search.models').models.SearchDocument).name]))"
    )
    out = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", code],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    module, name, hosts, auth, analysis, index = json.loads(out.stdout.strip().splitlines()[-1])
    assert (module, name) == (
        "search.backends.elasticsearch8_french",
        "FrenchElasticsearch8Backend",
    )
    assert hosts == [{"host": "127.0.0.1", "port": 9201, "path_prefix": "", "scheme": "http"}]
    assert auth == "Basic "  # the URL's credentials, as the client's basic_auth
    assert analysis == [
        "french_elision",
        "lowercase",
        "asciifolding",
        "french_stop",
        "french_plural",
        "french_feminine_ere",
        "french_feminine_ee",
        "french_stemmer",
        "french_plural_after",
    ]
    assert index == "territoires_search_searchdocument"


# ---------------------------------------------------------------------------------------------
# Index and documents

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
        "title": {"type": "text", "copy_to": ["_all_text", "_all_text_boost_3_0"]},
        "summary": {"type": "text", "copy_to": ["_all_text", "_all_text_boost_2_0"]},
        "body": {"type": "text", "copy_to": "_all_text"},
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
        "_all_text_boost_2_0": {"type": "text"},
        "_all_text_boost_3_0": {"type": "text"},
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
        "title": SENE,
        "summary": "Les enfants des écoles votent pour des projets de leur quartier. "
        "La démocratie commence à l'école.",
        "body": "Démocratie locale Jeunesse Villes Sène",
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
    assert {line["title"] for line in lines[1::2]} == {SENE, SAILLANS}


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


# ---------------------------------------------------------------------------------------------
# Search


def test_search_with_filters_sort_pagination_and_facets(corpus_es8):
    _, es8 = corpus_es8
    saillans, sene, grigny = pk_of(SAILLANS), pk_of(SENE), pk_of(GRIGNY)
    es8.search_replies = [
        search_reply(
            [(saillans, 4.2), (sene, 3.1), (grigny, 2.0)],
            total=4,
            aggregations=facets_reply(
                ("theme:democratie", 4),
                ("department:26", 1),
                ("department:56", 1),
                ("theme:jeunesse", 2),
                ("content_type:inspiration.ExperiencePage", 3),
                ("unknown_key:x", 9),
            ),
        )
    ]
    result = services.search(
        "Démocratie locale",
        filters={"theme": ["democratie"], "department": ["56", "26"]},
        sort="date",
        first=2,
        record_stats=False,
    )

    (request,) = es8.requests
    assert (request.method, request.path) == ("POST", f"{INDEX}/_search")
    assert_compatible(request)
    assert request.json == {
        "query": {
            "bool": {
                "filter": [
                    {"terms": {"facet_values_filter": ["theme:democratie"]}},
                    {"terms": {"facet_values_filter": ["department:26", "department:56"]}},
                ],
                "must": [
                    {
                        "multi_match": {
                            "query": "Démocratie locale",
                            "fields": ["title^3", "summary^2", "body"],
                            "operator": "and",
                            "type": "cross_fields",
                        }
                    }
                ],
            }
        },
        "aggs": {"facets": {"terms": {"field": "facet_values_filter", "size": 1000}}},
        "sort": [{"date_filter": {"order": "desc", "missing": "_last"}}, "_score"],
        "track_total_hits": True,
        "from": 0,
        "size": 3,  # one more than asked: is there a next page?
        "_source": ["pk"],
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
    es8.search_replies = [search_reply([(grigny, 2.0)], total=4)]
    result = services.search(
        "Démocratie locale",
        filters={"theme": ["democratie"]},
        sort="date",
        first=2,
        offset=2,
        record_stats=False,
    )
    body = es8.requests[-1].json
    assert (body["from"], body["size"]) == (2, 3)
    assert [hit.page.title for hit in result.hits] == [GRIGNY]
    assert (result.total, result.has_next) == (4, False)


def test_relevance_search_without_facets(corpus_es8):
    _, es8 = corpus_es8
    es8.search_replies = [search_reply([(pk_of(GRIGNY), 1.5)])]
    result = services.search("conseil", with_facets=False, first=5, record_stats=False)

    assert es8.requests[0].json == {
        "query": {
            "multi_match": {
                "query": "conseil",
                "fields": ["title^3", "summary^2", "body"],
                "operator": "and",
                "type": "cross_fields",
            }
        },
        "track_total_hits": True,
        "from": 0,
        "size": 6,
        "_source": ["pk"],
    }
    assert [hit.page.title for hit in result.hits] == [GRIGNY]
    assert result.facets == {}


def test_typo_is_corrected_with_the_term_suggester(corpus_es8):
    _, es8 = corpus_es8
    pk = pk_of("Rencontre nationale de la démocratie délibérative")
    es8.search_replies = [
        search_reply(),  # nothing for the misspelt query
        search_reply(
            suggest={
                "fix": [
                    {
                        "text": "democrasie",
                        "offset": 0,
                        "length": 10,
                        "options": [{"text": "democrat", "score": 0.8, "freq": 5}],
                    }
                ]
            }
        ),
        search_reply([(pk, 2.5)]),
    ]
    result = services.search("démocrasie", with_facets=False, record_stats=False)

    bodies = [request.json for request in es8.requests]
    assert len(bodies) == 3
    assert bodies[0]["query"]["multi_match"]["query"] == "démocrasie"
    assert bodies[1] == {
        "size": 0,
        "suggest": {
            "fix": {
                "text": "démocrasie",
                "term": {"field": "body", "suggest_mode": "missing", "max_edits": 2},
            }
        },
    }
    assert bodies[2]["query"]["multi_match"]["query"] == "democrat"
    assert result.corrected_query == "democrat"
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


# ---------------------------------------------------------------------------------------------
# Failures


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def assert_unavailable(caplog):
    with caplog.at_level(logging.ERROR, logger="search"):
        with pytest.raises(SearchError) as error:
            services.search("démocratie")
        assert error.value.code == services.SEARCH_UNAVAILABLE
        assert "momentanément indisponible" in error.value.message
        with pytest.raises(SearchError) as error:
            services.autocomplete("démo")
        assert error.value.code == services.SEARCH_UNAVAILABLE
    assert "Moteur de recherche indisponible" in caplog.text


def test_unreachable_engine_is_a_clear_error(db, caplog):
    with override_settings(
        WAGTAILSEARCH_BACKENDS=backends(f"http://127.0.0.1:{closed_port()}"),
        WAGTAILSEARCH_BACKENDS_AUTO_UPDATE=False,
    ):
        assert_unavailable(caplog)


def test_a_server_that_is_not_elasticsearch_is_a_clear_error(es8, caplog):
    # e.g. SEARCH_BACKEND=…elasticsearch8_french pointed at an OpenSearch node: the client's
    # product check refuses the replies.
    es8.product = None
    assert_unavailable(caplog)
    assert es8.requests  # it did answer


def test_an_engine_error_is_a_clear_error(es8, caplog):
    es8.search_replies = [(500, {"error": {"type": "search_phase_execution_exception"}})] * 2
    assert_unavailable(caplog)
