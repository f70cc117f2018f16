"""The French analysis of the real OpenSearch node (scripts/opensearch start; SEARCH_URL)."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.skipif(
    not settings.SEARCH_URL,
    reason="OpenSearch absent : lancez `scripts/opensearch start` puis SEARCH_URL=http://127.0.0.1:9200",
)


def analyze(text):
    from wagtail.search.backends import get_search_backend

    from search.backends.opensearch_french import reset_index
    from search.models import SearchDocument

    reset_index()
    backend = get_search_backend()
    index = backend.get_index_for_model(SearchDocument).name
    response = backend.es.indices.analyze(index=index, body={"analyzer": "default", "text": text})
    return [token["token"] for token in response["tokens"]]


def test_default_analyzer_is_french(db):
    assert analyze("L'engagement des Habitantes d'Élancourt") == ["engag", "habit", "elancourt"]
    assert analyze("démocraties") == analyze("democratie")


def test_index_settings_sent():
    from wagtail.search.backends import get_search_backend

    analysis = get_search_backend().settings["settings"]["analysis"]
    assert analysis["analyzer"]["default"]["filter"] == [
        "french_elision",
        "lowercase",
        "asciifolding",
        "french_stop",
        "french_stemmer",
    ]
    assert analysis["filter"]["french_stemmer"] == {"type": "stemmer", "language": "french"}
