"""What the OpenSearch and Elasticsearch backends share: French index settings, the faceted
search of the search documents (search/services.py calls `faceted_search` and `correct` on the
backends that have them; both speak search/facets.py), and index helpers for tests.
"""

import copy

from search.backends.opensearch_settings import INDEX_SETTINGS
from search.facets import DATE, FACET_KEYS, MAX_FACET_VALUES, FacetValue


def french_settings(params):
    """The backend's INDEX_SETTINGS over the French ones (opensearch_settings.py)."""
    from modelsearch.utils import deep_update

    # deep_update changes its first argument: never the module's INDEX_SETTINGS.
    return deep_update(copy.deepcopy(INDEX_SETTINGS), params.get("INDEX_SETTINGS", {}))


class FacetedSearchMixin:
    """Search, facets (terms aggregation) and typo correction on the search documents' index.

    The two DSLs have the same API: a backend sets `search_class` to its client's `Search`
    (`opensearchpy.helpers.search.Search` or `elasticsearch.dsl.Search`).
    """

    search_class: type | None = None

    SEARCH_FIELDS = ["title^3", "summary^2", "body"]
    FACET_FIELD = "facet_values_filter"
    DATE_FIELD = "date_filter"

    def _documents_index(self):
        from search.models import SearchDocument

        return self.get_index_for_model(SearchDocument)

    def _documents_search(self):
        return self.search_class(using=self.es, index=self._documents_index().name)

    def _filtered(self, search, filters):
        for key, values in (filters or {}).items():
            search = search.filter("terms", **{self.FACET_FIELD: [f"{key}:{v}" for v in values]})
        return search

    def _query(self, search, text, fuzzy=False):
        if fuzzy:
            return search.query(
                "multi_match",
                query=text,
                fields=self.SEARCH_FIELDS,
                operator="and",
                fuzziness="AUTO",
                prefix_length=1,
            )
        return search.query(
            "multi_match",
            query=text,
            fields=self.SEARCH_FIELDS,
            operator="and",
            type="cross_fields",
        )

    def build_search(self, text, filters, sort, offset, limit, with_facets):
        """The DSL request (`.to_dict()` is the body sent)."""
        search = self._query(self._filtered(self._documents_search(), filters), text)
        if sort == DATE:
            search = search.sort({self.DATE_FIELD: {"order": "desc", "missing": "_last"}}, "_score")
        search = search.extra(track_total_hits=True, from_=offset, size=limit).source(["pk"])
        if with_facets:
            search.aggs.bucket("facets", "terms", field=self.FACET_FIELD, size=1000)
        return search

    def faceted_search(self, text, filters, sort, offset, limit, with_facets):
        from search.models import SearchDocument, SearchFacet

        search = self.build_search(text, filters, sort, offset, limit, with_facets)
        response = search.execute()
        scores = {int(hit.pk): hit.meta.score for hit in response.hits}
        found = SearchDocument.objects.in_bulk(list(scores))
        documents = []
        for pk, score in scores.items():
            if pk in found:
                found[pk]._score = score
                documents.append(found[pk])
        facets = {}
        if with_facets:
            counts = {}
            for bucket in response.aggregations.facets.buckets:
                key, _, value = bucket.key.partition(":")
                counts[(key, value)] = bucket.doc_count
            labels = {}
            if counts:
                rows = (
                    SearchFacet.objects.filter(
                        key__in={k for k, _ in counts}, value__in={v for _, v in counts}
                    )
                    .values_list("key", "value", "label")
                    .distinct()
                )
                labels = {(k, v): label for k, v, label in rows}
            facets = {key: [] for key in FACET_KEYS}
            ordered = sorted(counts.items(), key=lambda item: (-item[1], labels.get(item[0], "")))
            for (key, value), count in ordered:
                if key in facets and len(facets[key]) < MAX_FACET_VALUES:
                    facets[key].append(FacetValue(value, labels.get((key, value), value), count))
        return documents, response.hits.total.value, facets

    def correct(self, text, limit=2):
        """The query with each unknown word replaced by the index's closest term (term suggester)."""
        search = (
            self._documents_search()
            .extra(size=0)
            .suggest(
                "fix", text, term={"field": "body", "suggest_mode": "missing", "max_edits": limit}
            )
        )
        response = search.execute()
        changed, words = False, []
        for entry in response.suggest.fix:
            if entry.options:
                words.append(entry.options[0].text)
                changed = True
            else:
                words.append(entry.text)
        return " ".join(words) if changed else None


def reset_index():
    """Empty the search documents' index (tests; rebuild_search_index does it in production)."""
    from wagtail.search.backends import get_search_backend

    from search.models import SearchDocument

    backend = get_search_backend()
    index = backend.get_index_for_model(SearchDocument)
    index.reset()
    index.add_model(SearchDocument)
    index.refresh()


def refresh_index():
    from wagtail.search.backends import get_search_backend

    from search.models import SearchDocument

    get_search_backend().get_index_for_model(SearchDocument).refresh()
