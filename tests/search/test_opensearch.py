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


def test_a_rebuild_indexes_the_terms_only_without_refreshes_until_it_finishes(corpus):
    """update_index's calls: during the rebuild no periodic refresh and no replica, batches sent
    in the background; at the end the index's settings are back, and only the pre-analysed
    twins of the texts are indexed (the searches read nothing else)."""
    from wagtail.search.backends import get_search_backend

    from search import services
    from search.models import SearchDocument

    backend = get_search_backend()
    found_before = services.search("démocratie").total
    # The plain rebuilder: the atomic one would leave the index's name an alias, which the next
    # test's `reset_index` cannot delete (modelsearch's own FIXME).
    rebuilder = backend.basic_rebuilder_class(backend.get_index_for_model(SearchDocument))
    index = rebuilder.start()
    index.add_model(SearchDocument)
    during = index.get_settings()
    assert (during["index.refresh_interval"], during["index.number_of_replicas"]) == ("-1", "0")
    objects = list(SearchDocument.get_indexed_objects().order_by("pk"))
    index.add_items(SearchDocument, objects[:3])
    index.add_items(SearchDocument, objects[3:])
    rebuilder.finish()

    after = index.get_settings()
    assert "index.refresh_interval" not in after
    assert after["index.number_of_replicas"] == before_replicas(backend)
    mapping = backend.es.indices.get_mapping(index=index.name)[index.name]["mappings"]
    properties = mapping["properties"]
    assert not {"title", "summary", "body", "_all_text_boost_3_0"} & set(properties)
    assert "copy_to" not in properties["body_terms"]
    document = backend.es.get(index=index.name, id=str(objects[0].pk))["_source"]
    assert set(document) >= {"title_terms", "body_terms", "facet_values_filter", "_edgengrams"}
    assert document["facet_values_filter"] == objects[0].facet_values()
    assert services.search("démocratie").total == found_before > 0
    assert services.autocomplete("budg")


def before_replicas(backend):
    """The replicas a new index gets on this node (the rebuild puts them back)."""
    backend.es.indices.create(index="territoires_replicas_probe")
    try:
        response = backend.es.indices.get_settings(index="territoires_replicas_probe")
        return response["territoires_replicas_probe"]["settings"]["index"]["number_of_replicas"]
    finally:
        backend.es.indices.delete(index="territoires_replicas_probe")
