"""modelsearch's Elasticsearch 8 backend, French (see opensearch_settings.py), with faceted search.

The same index settings and the same faceted search as search.backends.opensearch_french, through
the elasticsearch 8 client and its DSL (`elasticsearch.dsl`). Settings, by environment only:

    SEARCH_URL=http://127.0.0.1:9200
    SEARCH_BACKEND=search.backends.elasticsearch8_french

(credentials in the URL, https://user:password@host:9243, become the client's `basic_auth`).
See docs/search-elasticsearch.md.
"""

from elasticsearch.dsl import MultiSearch, Search
from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8Index,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
)
from modelsearch.backends.elasticsearchbase import (
    ElasticsearchAtomicIndexRebuilder,
    ElasticsearchIndexRebuilder,
)

from search.backends.faceted import (
    BulkIndexMixin,
    BulkRebuilderMixin,
    FacetedSearchMixin,
    PreAnalysedMappingMixin,
    french_settings,
    refresh_index,
    reset_index,
)

__all__ = ["FrenchElasticsearch8Backend", "refresh_index", "reset_index"]


class FrenchElasticsearch8Mapping(PreAnalysedMappingMixin, Elasticsearch8Mapping):
    pass


class FrenchElasticsearch8Index(BulkIndexMixin, Elasticsearch8Index):
    pass


class FrenchElasticsearch8Rebuilder(BulkRebuilderMixin, ElasticsearchIndexRebuilder):
    pass


class FrenchElasticsearch8AtomicRebuilder(BulkRebuilderMixin, ElasticsearchAtomicIndexRebuilder):
    pass


class FrenchElasticsearch8Backend(FacetedSearchMixin, Elasticsearch8SearchBackend):
    search_class = Search
    multi_search_class = MultiSearch
    mapping_class = FrenchElasticsearch8Mapping
    index_class = FrenchElasticsearch8Index
    basic_rebuilder_class = FrenchElasticsearch8Rebuilder
    atomic_rebuilder_class = FrenchElasticsearch8AtomicRebuilder

    def __init__(self, params):
        params = dict(params)
        params["INDEX_SETTINGS"] = french_settings(params)
        super().__init__(params)


SearchBackend = FrenchElasticsearch8Backend
