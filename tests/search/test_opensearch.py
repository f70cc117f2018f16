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
        "french_plural",
        "french_feminine_ere",
        "french_feminine_ee",
        "french_stemmer",
        "french_plural_after",
    ]
    assert analysis["filter"]["french_stemmer"] == {"type": "stemmer", "language": "french"}


# Plural and feminine forms that Snowball alone stems apart, and words the rules must leave be:
# the node's analyzer and search/french.py (SQLite, highlights) give the same stems.
WORDS = (
    "conseiller conseillers conseillère conseillères élu élus élue élues isolé isolée isolées "
    "ouvrière premiers quartiers habitantes démocraties numériques travaux choix stress "
    "idées année pays processus"
)


def test_stems_are_those_of_the_database_engines(db):
    from search import french

    assert analyze(WORDS) == french.terms(WORDS)
    assert set(analyze("conseiller conseillers conseillère conseillères")) == {"conseil"}
    assert set(analyze("élu élus élue élues")) == {"elu"}


def test_wagtail_search_and_autocomplete_work_on_the_node(corpus):
    """Snippet choosers, page choosers and the admin search call the backend's own `search` and
    `autocomplete`: the faceted mixin must not shadow modelsearch's internals."""
    from wagtail.search.backends import get_search_backend

    from cms.models import Theme

    backend = get_search_backend()
    index = backend.get_index_for_model(Theme)
    index.reset()  # as update_index does: the mapping first
    index.add_model(Theme)
    index.add_items(Theme, list(Theme.objects.all()))
    index.refresh()
    names = [theme.name for theme in backend.search("jeunesse", Theme)]
    assert "Jeunesse" in names
    assert "Jeunesse" in [theme.name for theme in backend.autocomplete("jeun", Theme)]
