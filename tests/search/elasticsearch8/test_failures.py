"""Elasticsearch 8 (search.backends.elasticsearch8_french): an engine that is unreachable, not
Elasticsearch, or in error is a clear French error.

No Elasticsearch 8 node can be assembled here (see docs/search-elasticsearch.md), so a small HTTP
server on 127.0.0.1 (tests/search/elasticsearch8/recorder.py) plays the node: the elasticsearch 8
client connects to it, the server records each request and answers with a minimal Elasticsearch 8
reply. The requests go through the real path: search.services → backend → client → HTTP.
"""

import logging

import pytest
from django.test import override_settings

from search import services
from search.services import SearchError
from tests.ports import free_port
from tests.search.elasticsearch8.support import (
    backends,
)


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
        WAGTAILSEARCH_BACKENDS=backends(f"http://127.0.0.1:{free_port()}"),
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
    # The search's page and count (one _msearch), then the autocomplete.
    es8.search_replies = [(500, {"error": {"type": "search_phase_execution_exception"}})] * 3
    assert_unavailable(caplog)
