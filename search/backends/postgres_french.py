"""modelsearch's PostgreSQL backend, given the terms search/french.py analysed (`simple` config).

- Index time: every search field's text goes through french.analyse (the same elision, folding,
  stop list, stemming, plural/gender rules and derivation families as SQLite and OpenSearch) and
  is stored with the `simple` configuration, which keeps the terms as they are; `title_text` and
  `body_text` hold the analysed terms too (the reranking reads them). Autocomplete keeps
  `AUTOCOMPLETE_CONFIG` (default `simple_unaccent`, migration search/0002) on the raw title.
- Query time: a parsed query (search/query.py) becomes a raw tsquery: any `minimum` of its slots,
  a slot being any of its alternatives, a phrase with `<->`.
- Ranking: not every match of a frequent word is ranked. The candidates are the first
  `CANDIDATES` title matches and the first `CANDIDATES` matches anywhere (GIN index, no
  ordering), ts_rank ranks them only, and the best `RERANK_WINDOW` are reordered by how many
  slots they match (all words before most words). docs/adr/0016-search-v2.md says why.

`SEARCH_CONFIG` in the settings is ignored: the analysis is Python's, the configuration `simple`.
"""

from django.db import connections
from django.db.models import TextField, Value
from django.utils.functional import cached_property
from modelsearch.backends.database.postgres.postgres import (
    ADD,
    EMPTY_VECTOR,
    IndexEntry,
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
    SearchVector,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import MatchAll, Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from search import french
from search.query import SAFE_TERM, SlotQuery, coverage, is_pre_analysed, required_combinations

CONFIG = "simple"
CANDIDATES = 2000
RERANK_WINDOW = 200
ENTRY_TABLE = IndexEntry._meta.db_table


class FrenchObjectIndexer(ObjectIndexer):
    def prepare_field(self, obj, field):
        if is_pre_analysed(field):
            return
        for current_field, weight, value in super().prepare_field(obj, field):
            if isinstance(current_field, SearchField):
                value = french.analyse(value)
            yield current_field, weight, value

    def as_vector(self, texts, for_autocomplete=False):
        texts = [(text.strip(), weight) for text, weight in texts]
        texts = [(text, weight) for text, weight in texts if text]
        if not texts:
            return EMPTY_VECTOR
        config = self.autocomplete_config if for_autocomplete else CONFIG
        return ADD(
            [
                SearchVector(Value(text, output_field=TextField()), weight=weight, config=config)
                for text, weight in texts
            ]
        )

    @cached_property
    def autocomplete(self):
        texts = [
            (value, weight)
            for field in self.search_fields
            for current_field, weight, value in ObjectIndexer.prepare_field(self, self.obj, field)
            if isinstance(current_field, AutocompleteField)
        ]
        return self.as_vector(texts, for_autocomplete=True)


class FrenchPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """The stock `add_items` with the French indexer, in one INSERT … ON CONFLICT per batch,
        without the stock full-table refresh of `title_norm` after every batch (the ranking
        below weighs the title by its tsvector weight)."""
        if not model.get_search_fields():
            return
        indexers = [FrenchObjectIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        from django.db.models.sql import InsertQuery

        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
        rows, params = [], []
        for indexer in indexers:
            params.extend((content_type_pk, indexer.id))
            vectors = []
            for name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(
                    IndexEntry._meta.get_field(name), getattr(indexer, name)
                )
                sql, vector_params = value.as_sql(compiler, self.write_connection)
                vectors.append(sql)
                params.extend(vector_params)
            params.extend((indexer.title_text, indexer.body_text))
            rows.append(f"(%s, %s, {vectors[0]}, {vectors[1]}, {vectors[2]}, 1.0, %s, %s)")
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {ENTRY_TABLE} (content_type_id, object_id, title, autocomplete, "  # noqa: S608
                f"body, title_norm, title_text, body_text) (VALUES {', '.join(rows)}) "
                "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, "
                "title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
                "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
                params,
            )


def _quoted(term):
    return f"'{term}'" if SAFE_TERM.match(term) else None


def tsquery_of(parsed):
    """The raw tsquery of a parsed query (terms are \\w+ only: nothing else is let through)."""
    slots = []
    for slot in parsed.slots:
        alternatives = []
        for terms in slot.alternatives:
            quoted = [q for q in map(_quoted, terms) if q]
            if quoted:
                alternatives.append("(" + " <-> ".join(quoted) + ")")
        slots.append("(" + " | ".join(alternatives) + ")" if alternatives else None)
    clauses = []
    for combination in required_combinations(parsed):
        parts = [slots[i] for i in combination]
        if all(parts):
            clauses.append("(" + " & ".join(parts) + ")")
    return " | ".join(clauses) or None


class FrenchSearchQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        from django.contrib.postgres.search import SearchQuery

        if isinstance(query, SlotQuery):
            raw = tsquery_of(query.parsed)
            return SearchQuery(raw or "''", search_type="raw", config=CONFIG)
        if isinstance(query, PlainText | Phrase):
            terms = [t for t in french.terms(query.query_string) if SAFE_TERM.match(t)]
            if isinstance(query, Phrase):
                raw = " <-> ".join(f"'{t}'" for t in terms)
            else:
                operator = " & " if query.operator == "and" else " | "
                raw = operator.join(f"'{t}'" for t in terms)
            if invert and raw:
                raw = f"!({raw})"
            return SearchQuery(raw or "''", search_type="raw", config=CONFIG)
        return super().build_tsquery_content(query, config=config, invert=invert)

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        if isinstance(query, SlotQuery):
            from django.contrib.postgres.search import SearchRank

            return SearchRank(vector, self.build_tsquery(query), weights=self.sql_weights)
        return super().build_tsrank(vector, query, config=config, boost=boost)


class FrenchSearchResults(PostgresSearchResults):
    """A parsed query ranked on a bounded candidate set (module docstring); the rest stock."""

    def _ranked_path(self):
        compiler = self.query_compiler
        return (
            isinstance(compiler.query, SlotQuery)
            and isinstance(compiler, FrenchSearchQueryCompiler)
            and compiler.order_by_relevance
            and self.stop is not None
            and self.stop <= RERANK_WINDOW
        )

    def _where(self):
        compiler = self.query_compiler
        raw = tsquery_of(compiler.query.parsed)
        content_types = list(get_descendants_content_types_pks(compiler.queryset.model))
        inner_sql, inner_params = compiler.queryset.values("pk").order_by().query.sql_with_params()
        placeholders = ", ".join(["%s"] * len(content_types))
        sql = (
            f"e.content_type_id IN ({placeholders}) "  # noqa: S608
            f"AND e.object_id IN (SELECT pk::text FROM ({inner_sql}) AS allowed(pk))"
        )
        return raw, sql, [*content_types, *inner_params]

    def _do_search(self):
        if not self._ranked_path():
            return super()._do_search()
        raw, where, params = self._where()
        if raw is None:
            return []
        query = f"to_tsquery('{CONFIG}', %s)"
        sql = (  # noqa: S608
            "WITH candidates AS ("  # noqa: S608
            f"(SELECT e.id FROM {ENTRY_TABLE} e WHERE e.title @@ {query} AND {where} LIMIT %s) "
            f"UNION (SELECT e.id FROM {ENTRY_TABLE} e WHERE (e.title || e.body) @@ {query} "
            f"AND {where} LIMIT %s)) "
            f"SELECT e.object_id, ts_rank(e.title || e.body, {query}) AS score, "
            f"e.title_text || ' ' || e.body_text FROM {ENTRY_TABLE} e JOIN candidates c ON c.id = e.id "
            "ORDER BY score DESC, e.object_id LIMIT %s"
        )
        all_params = [raw, *params, CANDIDATES, raw, *params, CANDIDATES, raw, RERANK_WINDOW]
        with connections[self.query_compiler.queryset.db].cursor() as cursor:
            cursor.execute(sql, all_params)
            rows = cursor.fetchall()
        parsed = self.query_compiler.query.parsed
        ranked = sorted(
            (
                (coverage(parsed, terms.split()), score, object_id)
                for object_id, score, terms in rows
            ),
            key=lambda row: (-row[0], -row[1], row[2]),
        )[self.start : self.stop]
        model = self.query_compiler.queryset.model
        found = model._default_manager.in_bulk([int(object_id) for _, _, object_id in ranked])
        ordered = []
        for _, score, object_id in ranked:
            obj = found.get(int(object_id))
            if obj is not None:
                if self._score_field:
                    setattr(obj, self._score_field, score)
                ordered.append(obj)
        return ordered

    def _do_count(self):
        compiler = self.query_compiler
        if not isinstance(compiler.query, SlotQuery) or isinstance(compiler.query, MatchAll):
            return super()._do_count()
        raw, where, params = self._where()
        if raw is None:
            return 0
        with connections[compiler.queryset.db].cursor() as cursor:
            cursor.execute(
                f"SELECT COUNT(*) FROM {ENTRY_TABLE} e WHERE (e.title || e.body) @@ "  # noqa: S608
                f"to_tsquery('{CONFIG}', %s) AND {where}",
                [raw, *params],
            )
            return cursor.fetchone()[0]


class FrenchAutocompleteQueryCompiler(PostgresAutocompleteQueryCompiler):
    pass


class FrenchPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = FrenchSearchQueryCompiler
    autocomplete_query_compiler_class = FrenchAutocompleteQueryCompiler
    index_class = FrenchPostgresIndex
    results_class = FrenchSearchResults

    def __init__(self, params):
        params = {**params, "SEARCH_CONFIG": CONFIG}
        autocomplete_config = params.pop("AUTOCOMPLETE_CONFIG", "simple_unaccent")
        super().__init__(params)
        self.autocomplete_config = autocomplete_config


SearchBackend = FrenchPostgresSearchBackend
