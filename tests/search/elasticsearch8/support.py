"""What the Elasticsearch 8 tests share: the backend settings built from SEARCH_URL, the
recording server standing in for the node (tests/search/elasticsearch8/recorder.py), and helpers
to read what it received."""

from contextlib import contextmanager

from django.test import override_settings

from search.backends.opensearch_settings import INDEX_SETTINGS
from search.models import SearchDocument
from tests.search.elasticsearch8.recorder import COMPATIBLE, NDJSON, Elasticsearch8Recorder

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
