"""modelsearch's PostgreSQL backend, given the terms search/french.py analysed (`simple` config).

- Index time: every search field's text goes through french.analyse (the same elision, folding,
  stop list, stemming, plural/gender rules and derivation families as SQLite and OpenSearch) and
  is stored with the `simple` configuration, which keeps the terms as they are; `title_text` and
  `body_text` hold the analysed terms too (the reranking reads them). Autocomplete keeps
  `AUTOCOMPLETE_CONFIG` (default `simple_unaccent`, migration search/0002) on the raw title.
- Query time: a parsed query (search/query.py) becomes a raw tsquery: any `minimum` of its slots,
  a slot being any of its alternatives, a phrase with `<->`.
- Ranking: not every match of a frequent word is ranked. The candidates are the first
  `CANDIDATES` documents matching every word, the first `CANDIDATES` title matches (GIN indexes,
  no ordering) and the first `CANDIDATES` visible matches within the filters (search/ranking.py
  has them already); ts_rank ranks them only, and the best `RERANK_WINDOW` are reordered by how
  many slots they match (all words before most words). docs/adr/0016-search-v2.md says why.
- Rows: the entries' long columns live in the TOAST table (migration search/0007), so that
  listing every match of a frequent word reads 4,000 pages, not 14,000, at 100,000 documents.

`SEARCH_CONFIG` in the settings is ignored: the analysis is Python's, the configuration `simple`.
"""

import collections
import contextlib
import itertools

from django.db import connections
from django.utils.functional import cached_property
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchAtomicRebuilder,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchRebuilder,
    PostgresSearchResults,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import MatchAll, Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from search import french
from search.query import SAFE_TERM, SlotQuery, coverage, is_pre_analysed, required_combinations

CONFIG = "simple"
# Per tier: each candidate's ts_rank reads its whole `title || body` (≈ 10 µs): 3,000 ranked at
# most, whatever the corpus (17 ms for « budget » at 100,000 documents).
CANDIDATES = 1000
RERANK_WINDOW = 200
ENTRY_TABLE = IndexEntry._meta.db_table


WEIGHTS = "ABCD"
# tsvector limits: positions up to 16383; 255 per lexeme from one to_tsvector, 256 after `||`;
# lexemes under 2 KB.
MAX_POSITION = 16383
MAX_POSITIONS = 255
MAX_LEXEME_BYTES = 2046
# One row, each vector a tsvector literal built here from the analysed terms: what
# to_tsvector('simple', …) of these terms gives, without the server parsing every text again
# (to_tsvector was most of the indexing time). Autocomplete: the raw title in its configuration.
UPSERT_SQL = (
    f"INSERT INTO {ENTRY_TABLE} (content_type_id, object_id, title, autocomplete, body, "  # noqa: S608
    "title_norm, title_text, body_text) VALUES (%s, %s, %s::tsvector, "
    "setweight(to_tsvector(%s::regconfig, %s), 'D'), %s::tsvector, 1.0, %s, %s) "
    "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, "
    "title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
    "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text"
)


def _parts(text):
    return text.replace("_", " ").split() if "_" in text else text.split()


def tsvector_literal(weighted_texts):
    """The tsvector literal of analysed texts [(text, weight)]: the same value as the
    concatenation (`||`) of setweight(to_tsvector('simple', text), weight), PostgreSQL's parser
    splitting on « _ » and its limits included (tests/search/test_postgres_indexing.py)."""
    weighted_texts = list(weighted_texts)
    # Within the limits (nearly every document), each occurrence is "<position><weight>" in the
    # order of the texts: the same literal as `_limited_tsvector_literal`, a third of its time.
    found = collections.defaultdict(list)
    top = 0
    for text, weight in weighted_texts:
        parts = _parts(text)
        if parts and max(map(len, parts)) > MAX_LEXEME_BYTES // 4:
            return _limited_tsvector_literal(weighted_texts)
        for position, part in enumerate(parts, top + 1):
            found[part].append(f"{position}{weight}")
        top += len(parts)
    if top > MAX_POSITION or max(map(len, found.values()), default=0) > MAX_POSITIONS:
        return _limited_tsvector_literal(weighted_texts)
    return " ".join([f"'{lexeme}':{','.join(labels)}" for lexeme, labels in found.items()])


def _limited_tsvector_literal(weighted_texts):
    """`tsvector_literal` when a limit applies: a lexeme's positions cut at 255 per text (256
    after `||`), positions clamped to MAX_POSITION, lexemes over 2 KB dropped."""
    lexemes = {}  # lexeme -> [(weight, [positions])], one list per text
    top = 0  # `||` shifts the right vector by the highest position kept on its left
    for text, weight in weighted_texts:
        found = collections.defaultdict(list)
        parts = _parts(text)
        for position, part in enumerate(parts, top + 1):
            found[part].append(position)
        for part, kept in found.items():
            if len(part) > MAX_LEXEME_BYTES // 4 and len(part.encode()) > MAX_LEXEME_BYTES:
                continue
            if len(kept) > MAX_POSITIONS:
                kept = kept[:MAX_POSITIONS]
            if kept[-1] > MAX_POSITION:
                kept = list(dict.fromkeys(min(p, MAX_POSITION) for p in kept))
            segments = lexemes.get(part)
            if segments is None:
                lexemes[part] = [(weight, kept)]
            else:
                room = MAX_POSITIONS + 1 - sum(len(previous) for _, previous in segments)
                if segments[-1][1][-1] == kept[0]:  # both clamped to MAX_POSITION
                    kept = kept[1:]
                kept = kept[:room]
                if not kept:
                    continue
                segments.append((weight, kept))
            if kept[-1] > top:
                top = kept[-1]
    written = []
    for lexeme, segments in lexemes.items():
        if len(segments) == 1:
            weight, kept = segments[0]
            written.append(f"'{lexeme}':{f'{weight},'.join(map(str, kept))}{weight}")
        else:
            written.append(
                f"'{lexeme}':"
                + ",".join(f"{weight},".join(map(str, kept)) + weight for weight, kept in segments)
            )
    return " ".join(written)


class FrenchObjectIndexer(ObjectIndexer):
    """Every field read once and analysed once (the stock indexer reads each field five times,
    once per column); the columns are SQL parameters, not one Django expression per document."""

    @cached_property
    def _values(self):
        values = []
        for field in self.search_fields:
            if is_pre_analysed(field):
                continue
            for current_field, weight, value in ObjectIndexer.prepare_field(self, self.obj, field):
                if isinstance(current_field, SearchField):
                    value = french.analyse(value)
                values.append((current_field, weight, value.strip()))
        return values

    def _vector(self, title):
        texts = {weight: [] for weight in WEIGHTS}
        for field, weight, value in self._values:
            if isinstance(field, SearchField) and (field.field_name == "title") == title and value:
                texts[weight].append(value)
        return tsvector_literal((text, weight) for weight in WEIGHTS for text in texts[weight])

    def _plain(self, title):
        return " ".join(
            value
            for field, _, value in self._values
            if isinstance(field, SearchField) and (field.field_name == "title") == title and value
        )

    def row(self, content_type_pk, autocomplete_config):
        autocomplete = " ".join(
            value for field, _, value in self._values if isinstance(field, AutocompleteField)
        )
        return [
            content_type_pk,
            self.id,
            self._vector(title=True),
            autocomplete_config,
            autocomplete,
            self._vector(title=False),
            self._plain(title=True),
            self._plain(title=False),
        ]


class FrenchPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """The stock `add_items` with the French indexer, as one prepared INSERT … ON CONFLICT
        sent for every document of the batch (psycopg's executemany: one round trip per batch),
        without the stock full-table refresh of `title_norm` after every batch (the ranking
        below weighs the title by its tsvector weight)."""
        if not model.get_search_fields():
            return
        content_type_pk = get_content_type_pk(model)
        config = self.backend.autocomplete_config
        rows = [FrenchObjectIndexer(obj, self.backend).row(content_type_pk, config) for obj in objs]
        if not rows:
            return
        with self.write_connection.cursor() as cursor:
            cursor.executemany(UPSERT_SQL, rows)


def _quoted(term):
    return f"'{term}'" if SAFE_TERM.match(term) else None


def _slot_tsqueries(parsed):
    slots = []
    for slot in parsed.slots:
        alternatives = []
        for terms in slot.alternatives:
            quoted = [q for q in map(_quoted, terms) if q]
            if quoted:
                alternatives.append("(" + " <-> ".join(quoted) + ")")
        slots.append("(" + " | ".join(alternatives) + ")" if alternatives else None)
    return slots


def tsquery_of(parsed):
    """The raw tsquery of a parsed query (terms are \\w+ only: nothing else is let through)."""
    slots = _slot_tsqueries(parsed)
    clauses = []
    for combination in required_combinations(parsed):
        parts = [slots[i] for i in combination]
        if all(parts):
            clauses.append("(" + " & ".join(parts) + ")")
    return " | ".join(clauses) or None


def complete_tsquery_of(parsed):
    """The raw tsquery of the documents that match every slot, when fewer are required; else None."""
    slots = [slot for slot in _slot_tsqueries(parsed) if slot]
    if len(slots) < 2 or parsed.minimum >= len(slots):
        return None
    return " & ".join(slots)


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
        # Candidates in tiers, each bounded and read from the GIN index without sorting: the
        # documents matching every word (the reranking puts them first: with most words
        # enough, an unordered LIMIT could leave them all out), the title matches, then any.
        tiers = [("e.title", raw), ("(e.title || e.body)", raw)]
        complete = complete_tsquery_of(self.query_compiler.query.parsed)
        if complete:
            tiers.insert(0, ("(e.title || e.body)", complete))
        selects, all_params = [], []
        for vector, tsquery in tiers:
            selects.append(
                f"(SELECT e.id FROM {ENTRY_TABLE} e WHERE {vector} @@ {query} "  # noqa: S608
                f"AND {where} LIMIT %s)"
            )
            all_params += [tsquery, *params, CANDIDATES]
        sql = (  # noqa: S608
            f"WITH candidates AS ({' UNION '.join(selects)}) "  # noqa: S608
            f"SELECT e.object_id, ts_rank(e.title || e.body, {query}) AS score, "
            f"e.title_text || ' ' || e.body_text FROM {ENTRY_TABLE} e JOIN candidates c ON c.id = e.id "
            "ORDER BY score DESC, e.object_id LIMIT %s"
        )
        all_params += [raw, RERANK_WINDOW]
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


class FrenchRebuilder(PostgresSearchRebuilder):
    """No full-table rewrite of `title_norm` at the end of a rebuild: `add_items` writes 1.0
    and the ranking weighs the title by its tsvector weight instead."""

    def finish(self):
        pass


class FrenchAtomicRebuilder(PostgresSearchAtomicRebuilder):
    def finish(self):
        self.transaction.__exit__(None, None, None)
        self.transaction_opened = False


class FrenchAutocompleteQueryCompiler(PostgresAutocompleteQueryCompiler):
    pass


def _int_array(ids):
    return "{" + ",".join(map(str, ids)) + "}"


@contextlib.contextmanager
def _index_scan(cursor):
    """For a word in most documents the planner prefers reading the whole table, which builds
    `title || body` for every row (≈ 5 times the GIN index's bitmap at 10,000 documents): not
    for these queries. Session-level and reset after (rolled back with a failed transaction)."""
    cursor.execute("SET enable_seqscan = off")
    try:
        yield
    finally:
        from psycopg.pq import TransactionStatus

        if cursor.connection.info.transaction_status != TransactionStatus.INERROR:
            cursor.execute("RESET enable_seqscan")


class FrenchPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = FrenchSearchQueryCompiler
    autocomplete_query_compiler_class = FrenchAutocompleteQueryCompiler
    index_class = FrenchPostgresIndex
    results_class = FrenchSearchResults
    rebuilder_class = FrenchRebuilder
    atomic_rebuilder_class = FrenchAtomicRebuilder

    def __init__(self, params):
        params = {**params, "SEARCH_CONFIG": CONFIG}
        autocomplete_config = params.pop("AUTOCOMPLETE_CONFIG", "simple_unaccent")
        super().__init__(params)
        self.autocomplete_config = autocomplete_config

    # What search/services.py asks a database engine for a parsed query: index entry ids and
    # scores, never a join with the documents (search/bitmaps.py filters and counts those).

    def match_ids(self, parsed, alias):
        """Every index entry matching the query (any model: the bitmaps keep the documents')."""
        raw = tsquery_of(parsed)
        if raw is None:
            return []
        # One array rather than a row per match: psycopg reads it in C (a third faster for a word
        # in 86,000 documents).
        with connections[alias].cursor() as cursor, _index_scan(cursor):
            cursor.execute(
                f"SELECT array_agg(id) FROM {ENTRY_TABLE} WHERE (title || body) @@ "  # noqa: S608
                f"to_tsquery('{CONFIG}', %s)",
                [raw],
            )
            return cursor.fetchone()[0] or []

    def candidates(self, parsed, alias, content_type, hits):
        """[(entry id, ts_rank)] of at most 3 × CANDIDATES matches, none sorted: the documents
        matching every word and the title matches (GIN indexes, no ordering), and the first of
        `hits` (the visible matches within the filters, already known: reading the table for
        them again cost more than ranking them); each ranked against the whole query.
        `content_type` is not read: the hits are already the documents' entries."""
        raw = tsquery_of(parsed)
        if raw is None:
            return []
        query = f"to_tsquery('{CONFIG}', %s)"
        tiers = [("title", raw)]
        complete = complete_tsquery_of(parsed)
        if complete:
            tiers.insert(0, ("(title || body)", complete))
        # No content type here: the hits keep the documents' entries (ranking.py), and with
        # one the planner walked that index reading row after row instead of the GIN index.
        selects = [
            f"(SELECT id FROM {ENTRY_TABLE} WHERE {vector} @@ {query} LIMIT %s)"  # noqa: S608
            for vector, _ in tiers
        ]
        params = [value for _, tsquery in tiers for value in (tsquery, CANDIDATES)]
        with connections[alias].cursor() as cursor, _index_scan(cursor):
            cursor.execute(
                f"SELECT array_agg(id) FROM ({' UNION ALL '.join(selects)}) AS tiers",  # noqa: S608
                params,
            )
            chosen = set(cursor.fetchone()[0] or ())
            chosen.update(itertools.islice(hits, CANDIDATES))
            # The ids as one array literal: Django's client-side binding quotes a list item by
            # item (10 ms for 2,000 ids).
            cursor.execute(
                f"SELECT id, ts_rank(title || body, {query}) FROM {ENTRY_TABLE} "  # noqa: S608
                "WHERE id = ANY(%s::integer[])",
                [raw, _int_array(chosen)],
            )
            return cursor.fetchall()

    def all_scores(self, parsed, alias):
        """[(entry id, ts_rank)] of every match: when the candidates were not enough (a narrow
        filter on a frequent word)."""
        raw = tsquery_of(parsed)
        if raw is None:
            return []
        query = f"to_tsquery('{CONFIG}', %s)"
        with connections[alias].cursor() as cursor:
            cursor.execute(
                f"SELECT id, ts_rank(title || body, {query}) FROM {ENTRY_TABLE} "  # noqa: S608
                f"WHERE (title || body) @@ {query}",
                [raw, raw],
            )
            return cursor.fetchall()

    def entry_terms(self, entry_ids, alias):
        """{entry id: its analysed terms} (the reranking counts the query's slots in them)."""
        if not entry_ids:
            return {}
        with connections[alias].cursor() as cursor:
            cursor.execute(
                f"SELECT id, title_text || ' ' || body_text FROM {ENTRY_TABLE} "  # noqa: S608
                "WHERE id = ANY(%s::integer[])",
                [_int_array(entry_ids)],
            )
            return dict(cursor.fetchall())


SearchBackend = FrenchPostgresSearchBackend
