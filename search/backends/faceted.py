"""What the OpenSearch and Elasticsearch backends share: French index settings, the faceted
search of the search documents (search/services.py calls `faceted_search` on the backends that
have it; both speak search/facets.py), and index helpers for tests.

The search documents are searched on their pre-analysed fields (`title_terms`, `summary_terms`,
`body_terms`: search/french.py's analysis, split on blanks by the index), so OpenSearch matches
the very terms SQLite and PostgreSQL match; the query comes parsed (search/query.py).
"""

import copy
from concurrent.futures import ThreadPoolExecutor
from functools import cached_property

from modelsearch.index import SearchField, class_is_indexed

from search.backends.opensearch_settings import INDEX_SETTINGS
from search.facets import DATE, FACET_KEYS, MAX_FACET_VALUES, FacetValue

PRE_ANALYSED_SUFFIX = "_terms"
# Index settings while a rebuild fills the index, the index's own ones put back by `finish`.
REBUILD_SETTINGS = {"index.refresh_interval": "-1", "index.number_of_replicas": "0"}


def french_settings(params):
    """The backend's INDEX_SETTINGS over the French ones (opensearch_settings.py)."""
    from modelsearch.utils import deep_update

    # deep_update changes its first argument: never the module's INDEX_SETTINGS.
    return deep_update(copy.deepcopy(INDEX_SETTINGS), params.get("INDEX_SETTINGS", {}))


class FacetedSearchMixin:
    """Search and facets (terms aggregation) on the search documents' index.

    The two DSLs have the same API: a backend sets `search_class` and `multi_search_class` to
    its client's `Search` and `MultiSearch` (`opensearchpy.helpers.search` or `elasticsearch.dsl`).
    """

    search_class: type | None = None
    multi_search_class: type | None = None

    SEARCH_FIELDS = ["title_terms^3", "summary_terms^2", "body_terms"]
    FACET_FIELD = "facet_values_filter"
    DATE_FIELD = "date_filter"

    def _documents_index(self):
        from search.models import SearchDocument

        return self.get_index_for_model(SearchDocument)

    def _documents_search(self):
        return self.search_class(using=self.es, index=self._documents_index().name)

    def slot_clause(self, slot):
        """Any of a slot's alternatives, in any of the pre-analysed fields (title and summary
        boosted); a term sequence as a phrase."""
        alternatives = [
            {
                "multi_match": {
                    "query": " ".join(terms),
                    "fields": self.SEARCH_FIELDS,
                    "type": "phrase" if len(terms) > 1 else "best_fields",
                }
            }
            for terms in slot.alternatives
        ]
        return alternatives[0] if len(alternatives) == 1 else {"dis_max": {"queries": alternatives}}

    def _bool(self, parsed, filters):
        """Documents matching at least `parsed.minimum` of the slots, the more the better (each
        matched slot adds to the score), among those the filters keep. One bool, given whole:
        the DSL would rewrite a bool merged with filters afterwards."""
        query = {
            "should": [self.slot_clause(slot) for slot in parsed.slots],
            "minimum_should_match": parsed.minimum,
        }
        if filters:
            query["filter"] = [
                {"terms": {self.FACET_FIELD: [f"{key}:{v}" for v in values]}}
                for key, values in filters.items()
            ]
        return query

    def build_searches(self, parsed, filters, sort, offset, limit, with_facets):
        """The DSL requests (`.to_dict()` is a body sent), one `_msearch`: the page, scored and
        not counted (the engine skips the documents that cannot enter it), then the exact
        total and the facets, unscored (the same bool as a filter)."""
        query = self._bool(parsed, filters)
        page = self._documents_search().update_from_dict({"query": {"bool": query}})
        if sort == DATE:
            page = page.sort({self.DATE_FIELD: {"order": "desc", "missing": "_last"}}, "_score")
        page = page.extra(track_total_hits=False, from_=offset, size=limit).source(["pk"])
        matching = {key: query[key] for key in ("should", "minimum_should_match")}
        count = self._documents_search().update_from_dict(
            {"query": {"bool": {"filter": [{"bool": matching}, *query.get("filter", [])]}}}
        )
        count = count.extra(track_total_hits=True, size=0)
        if with_facets:
            count.aggs.bucket("facets", "terms", field=self.FACET_FIELD, size=1000)
        return page, count

    def faceted_search(self, parsed, filters, sort, offset, limit, with_facets):
        from search.models import SearchDocument

        page, count = self.build_searches(parsed, filters, sort, offset, limit, with_facets)
        multi = self.multi_search_class(using=self.es, index=self._documents_index().name)
        response, counted = multi.add(page).add(count).execute()
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
            for bucket in counted.aggregations.facets.buckets:
                key, _, value = bucket.key.partition(":")
                counts[(key, value)] = bucket.doc_count
            labels = facet_labels(list(counts))
            facets = {key: [] for key in FACET_KEYS}
            ordered = sorted(counts.items(), key=lambda item: (-item[1], labels.get(item[0], "")))
            for (key, value), count in ordered:
                if key in facets and len(facets[key]) < MAX_FACET_VALUES:
                    facets[key].append(FacetValue(value, labels.get((key, value), value), count))
        return documents, counted.hits.total.value, facets


class PreAnalysedMappingMixin:
    """A text field searched through its pre-analysed twin (`title` beside `title_terms`) is
    neither sent nor indexed, and the twins are not copied to `_all_text`: the searches read the
    `*_terms` fields only (`FacetedSearchMixin.SEARCH_FIELDS`), autocomplete its own fields
    (`_edgengrams`), and the node analysed each text four times (the field and `_all_text` with
    the French analyzer, then the terms again through `_all_text`), most of its indexing time.
    The stock `backend.search` of such a model finds nothing: services.py never asks it."""

    @cached_property
    def _raw_fields(self):
        fields = [f for f in self.model.get_search_fields() if isinstance(f, SearchField)]
        names = {field.field_name for field in fields}
        return [f for f in fields if f.field_name + PRE_ANALYSED_SUFFIX in names]

    @cached_property
    def _raw_columns(self):
        return {self.get_field_column_name(field) for field in self._raw_fields}

    def get_mapping(self):
        mapping = super().get_mapping()
        properties = mapping["properties"]
        if not self._raw_columns:
            return mapping
        for column in self._raw_columns:
            properties.pop(column, None)
        for name, field in properties.items():
            if name.endswith(PRE_ANALYSED_SUFFIX):
                field.pop("copy_to", None)
        targets = set()
        for field in properties.values():
            copy_to = field.get("copy_to", [])
            targets.update([copy_to] if isinstance(copy_to, str) else copy_to)
        for name in [n for n in properties if n.startswith("_all_text_boost_")]:
            if name not in targets:
                del properties[name]
        return mapping

    def get_field_column_name(self, field):
        # Asked for every field of every document; it walks the model's inheritance each time.
        names = self.__dict__.setdefault("_column_names", {})
        if field not in names:
            names[field] = super().get_field_column_name(field)
        return names[field]

    def get_document(self, obj):
        document = super().get_document(obj)
        for column in self._raw_columns:
            document.pop(column, None)
        return document


class BulkIndexMixin:
    """Facets read once per batch (`SearchDocument.preload_facet_values`), and, during a
    rebuild (`BulkRebuilderMixin`), each batch sent by a thread while the next one is prepared:
    the node indexes on one core while the analysis runs on the other."""

    sender = None
    pending = None

    def add_items(self, model, items):
        preload = getattr(model, "preload_facet_values", None)
        if preload is not None and items:
            preload(items)
        if self.sender is None:
            return super().add_items(model, items)
        if not class_is_indexed(model):
            return None
        mapping = self.mapping_class(model)
        actions = [
            {"_id": mapping.get_document_id(item), **mapping.get_document(item)} for item in items
        ]
        self.wait_for_bulk()
        if actions:
            self.pending = self.sender.submit(self.backend.bulk, self.es, actions, index=self.name)
        return None

    def wait_for_bulk(self):
        """Raises the error of the batch in flight, if it failed."""
        pending, self.pending = self.pending, None
        if pending is not None:
            pending.result()

    def get_settings(self):
        response = self.es.indices.get_settings(index=self.name, flat_settings=True)
        return next(iter(response.values()))["settings"]

    def put_settings(self, settings):
        if self.backend.use_new_elasticsearch_api:
            self.es.indices.put_settings(index=self.name, settings=settings)
        else:
            self.es.indices.put_settings(body=settings, index=self.name)


class BulkRebuilderMixin:
    """A rebuild without periodic refreshes nor replicas until `finish` (the usual settings of a
    bulk load), batches sent in the background (`BulkIndexMixin`)."""

    def start(self):
        index = super().start()
        current = index.get_settings()
        self.kept_settings = {name: current.get(name) for name in REBUILD_SETTINGS}
        index.put_settings(REBUILD_SETTINGS)
        index.sender = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bulk-index")
        return index

    def finish(self):
        try:
            self.index.wait_for_bulk()
        finally:
            self.index.sender.shutdown()
            self.index.sender = None
        self.index.put_settings(self.kept_settings)
        super().finish()


def facet_labels(pairs):
    """{(key, value): label}: one row per pair through the (key, value) index. A DISTINCT over
    the pairs' rows read every facet of every document (≈ 700,000 rows at 100,000 documents)."""
    from django.db import connections, router

    from search.models import SearchFacet

    labels = {}
    table = SearchFacet._meta.db_table
    alias = router.db_for_read(SearchFacet)
    for start in range(0, len(pairs), 200):
        chunk = pairs[start : start + 200]
        one = (
            f'SELECT * FROM (SELECT "key", "value", "label" FROM {table} '  # noqa: S608
            'WHERE "key" = %s AND "value" = %s LIMIT 1) AS f'
        )
        with connections[alias].cursor() as cursor:
            cursor.execute(
                " UNION ALL ".join([one] * len(chunk)), [part for pair in chunk for part in pair]
            )
            labels.update({(key, value): label for key, value, label in cursor.fetchall()})
    return labels


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
