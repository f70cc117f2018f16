"""modelsearch's OpenSearch 2 backend, French (see opensearch_settings.py), with faceted search.

Settings: SEARCH_URL=http://127.0.0.1:9200 (scripts/opensearch start) and, by default,
SEARCH_BACKEND=search.backends.opensearch_french.
"""

from modelsearch.backends.opensearch2 import OpenSearch2SearchBackend
from opensearchpy.helpers.search import Search

from search.backends.faceted import (
    FacetedSearchMixin,
    french_settings,
    refresh_index,
    reset_index,
)

__all__ = ["FacetedSearchMixin", "FrenchOpenSearchBackend", "refresh_index", "reset_index"]


class FrenchOpenSearchBackend(FacetedSearchMixin, OpenSearch2SearchBackend):
    search_class = Search

    def __init__(self, params):
        params = dict(params)
        params["INDEX_SETTINGS"] = french_settings(params)
        super().__init__(params)


SearchBackend = FrenchOpenSearchBackend
