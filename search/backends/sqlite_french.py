"""modelsearch's SQLite FTS5 backend, made French and fast.

- Index time: the title and body columns receive the analysed text (elisions removed, folded,
  stop words dropped, Snowball-French-stemmed); the autocomplete column receives folded words.
- Query time: the query goes through the same analysis, so « Démocraties » matches « democratie ».
- Ranking: one MATCH joined on the FTS rowid, `ORDER BY bm25(...)` once, with LIMIT/OFFSET,
  instead of the stock correlated subquery that re-runs the MATCH for each matching row.
- Typos: a term absent from the index is replaced by its nearest indexed term (fts5vocab).
"""

import logging

from django.db import connections
from django.utils.functional import cached_property
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchAtomicRebuilder,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchRebuilder,
    SQLiteSearchResults,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import And, MatchAll, Or, Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from search import french
from search.query import SAFE_TERM, SlotQuery, coverage, is_pre_analysed, required_combinations

logger = logging.getLogger("search")

FTS_TABLE = SQLiteFTSIndexEntry._meta.db_table
VOCAB_TABLE = f"{FTS_TABLE}_vocab"
ENTRY_TABLE = IndexEntry._meta.db_table
# bm25 weights of the FTS columns, in their declared order: autocomplete, body, title.
BM25 = f"bm25({FTS_TABLE}, 0.0, 1.0, 4.0)"
# How many of the best matches (by bm25) are reordered by how much of the query they match.
RERANK_WINDOW = 200
# The FTS row is written by the table's insert trigger (modelsearch's migration).
INSERT_SQL = (
    f"INSERT INTO {ENTRY_TABLE} (content_type_id, object_id, title, autocomplete, body, "  # noqa: S608
    "title_norm) VALUES (%s, %s, %s, %s, %s, 1.0)"
)
# Candidates ranked per tier (search/services.py `_ranked_page`): bm25 is computed for these only.
CANDIDATES = 2000


class FrenchObjectIndexer(ObjectIndexer):
    def _texts(self, wanted, analyse):
        """Each value analysed once, then repeated by its boost: a boosted field counts more by
        appearing more often (bm25 is term-frequency based)."""
        texts = []
        for current_field, value in self._values:
            if wanted(current_field):
                analysed = analyse(value)
                if analysed:
                    boost = getattr(current_field, "boost", None) or 1
                    texts.extend([analysed] * max(1, min(int(boost), 3)))
        return " ".join(texts)

    @cached_property
    def _values(self):
        """(field, text) of every indexed field, read once for the three columns."""
        return [
            pair
            for field in self.search_fields
            if not is_pre_analysed(field)
            for pair in self.prepare_field(self.obj, field)
        ]

    @property
    def title(self):
        return self._texts(
            lambda f: isinstance(f, SearchField) and f.field_name == "title", french.analyse
        )

    @property
    def body(self):
        return self._texts(
            lambda f: isinstance(f, SearchField) and f.field_name != "title", french.analyse
        )

    @property
    def autocomplete(self):
        return self._texts(lambda f: isinstance(f, AutocompleteField), french.autocomplete_form)


class FrenchSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        """The stock `add_items` with the analysed columns, and without its full-table refresh
        of `title_norm` after every save: bm25 weighs the title column itself (`BM25`)."""
        if not model.get_search_fields():
            return
        indexers = [FrenchObjectIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        data = {
            indexer.id: {
                "title": indexer.title,
                "autocomplete": indexer.autocomplete,
                "body": indexer.body,
            }
            for indexer in indexers
        }
        entries = self.entries.filter(content_type_id=content_type_pk)
        indexed = set(entries.filter(object_id__in=list(data)).values_list("object_id", flat=True))
        for object_id in indexed:
            entries.filter(object_id=object_id).update(**data[object_id])
        # One prepared statement for the batch: bulk_create compiled an INSERT of 166 rows at a
        # time, a model per row (a tenth of the rebuild at 10,000 documents).
        with self.write_connection.cursor() as cursor:
            cursor.executemany(
                INSERT_SQL,
                [
                    (content_type_pk, object_id, v["title"], v["autocomplete"], v["body"])
                    for object_id, v in data.items()
                    if object_id not in indexed
                ],
            )


class FrenchRebuilder(SQLiteSearchRebuilder):
    """No full-table rewrite of `title_norm` at the end of a rebuild (a fifth of the rebuild at
    10,000 documents): bm25 weighs the title column itself, and entries keep 1.0."""

    def finish(self):
        pass


class FrenchAtomicRebuilder(SQLiteSearchAtomicRebuilder):
    def finish(self):
        self.transaction.__exit__(None, None, None)
        self.transaction_opened = False


def _quote(term, prefix=False):
    # Analysed terms are \w+ only; anything else is dropped rather than trusted inside MATCH.
    if not SAFE_TERM.match(term):
        return None
    return f'"{term}"*' if prefix else f'"{term}"'


def _fts_alternative(terms):
    quoted = [term for term in terms if SAFE_TERM.match(term)]
    return '"' + " ".join(quoted) + '"' if quoted else None


def slot_match(parsed):
    """The FTS5 expression of a parsed query: any `minimum` of its slots, each slot any of its
    alternatives (a phrase for a term sequence)."""
    slots = []
    for slot in parsed.slots:
        alternatives = [a for a in map(_fts_alternative, slot.alternatives) if a]
        slots.append("(" + " OR ".join(alternatives) + ")" if alternatives else None)
    clauses = []
    for combination in required_combinations(parsed):
        parts = [slots[i] for i in combination]
        if all(parts):
            clauses.append("(" + " AND ".join(parts) + ")")
    return "(" + " OR ".join(clauses) + ")" if clauses else None


def complete_match(parsed):
    """The FTS5 expression of the documents matching every slot, when fewer are required."""
    slots = []
    for slot in parsed.slots:
        alternatives = [a for a in map(_fts_alternative, slot.alternatives) if a]
        if alternatives:
            slots.append("(" + " OR ".join(alternatives) + ")")
    if len(slots) < 2 or parsed.minimum >= len(slots):
        return None
    return "(" + " AND ".join(slots) + ")"


class FrenchQueryMixin:
    """Turns a modelsearch query into an FTS5 MATCH string over analysed terms."""

    columns: tuple[str, ...] = ("title", "body")

    def query_terms(self, text):
        return french.terms(text)

    def fts_query(self, query):
        if isinstance(query, SlotQuery):
            return slot_match(query.parsed)
        if isinstance(query, PlainText):
            terms = self.query_terms(query.query_string)
            quoted = [_quote(term) for term in terms]
            if quoted and self.LAST_TERM_IS_PREFIX:
                quoted[-1] = _quote(terms[-1], prefix=True)
            quoted = [q for q in quoted if q]
            if not quoted:
                return None
            operator = " AND " if query.operator.lower() == "and" else " OR "
            return "(" + operator.join(quoted) + ")"
        if isinstance(query, Phrase):
            terms = [t for t in self.query_terms(query.query_string) if SAFE_TERM.match(t)]
            return '"' + " ".join(terms) + '"' if terms else None
        if isinstance(query, And | Or):
            parts = [self.fts_query(subquery) for subquery in query.subqueries]
            if any(part is None for part in parts) and isinstance(query, And):
                return None
            parts = [part for part in parts if part]
            if not parts:
                return None
            return "(" + (" AND " if isinstance(query, And) else " OR ").join(parts) + ")"
        raise NotImplementedError

    def match_string(self):
        try:
            fts = self.fts_query(self.query)
        except NotImplementedError:
            return NotImplemented
        if fts is None:
            return None
        return "{" + " ".join(self.columns) + "} : " + fts

    def _where(self):
        """The WHERE clause and its parameters shared by the ranked, counted and filtered queries."""
        match = self.match_string()
        content_types = list(get_descendants_content_types_pks(self.queryset.model))
        inner_sql, inner_params = self.queryset.values("pk").order_by().query.sql_with_params()
        placeholders = ", ".join(["%s"] * len(content_types))
        sql = (
            f"FROM {FTS_TABLE} JOIN {ENTRY_TABLE} e ON e.id = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH %s AND e.content_type_id IN ({placeholders}) "
            f"AND e.object_id IN ({inner_sql})"
        )
        return sql, [match, *content_types, *inner_params]

    def ranked(self, start=0, stop=None, only_ids=None):
        """[(object pk as text, score)] best first, one SQL query."""
        if (
            isinstance(self.query, SlotQuery)
            and only_ids is None
            and stop is not None
            and stop <= RERANK_WINDOW
        ):
            return self._reranked(start or 0, stop)
        where, params = self._where()
        if only_ids is not None:
            where += f" AND e.object_id IN ({', '.join(['%s'] * len(only_ids))})"
            params += [str(pk) for pk in only_ids]
        # The total comes with the page (a window over the rows ranked anyway): no second MATCH.
        sql = (
            f"SELECT object_id, score, COUNT(*) OVER () FROM (SELECT e.object_id, -{BM25} AS score "  # noqa: S608
            f"{where}) ORDER BY score DESC, object_id"
        )
        if stop is not None:
            sql += " LIMIT %s OFFSET %s"
            params += [stop - (start or 0), start or 0]
        elif start:
            sql += " LIMIT -1 OFFSET %s"
            params.append(start)
        with connections[self.queryset.db].cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if only_ids is None and rows:
            self._total = rows[0][2]
        return [(object_id, score) for object_id, score, _ in rows]

    def _reranked(self, start, stop):
        """The best `RERANK_WINDOW` by bm25, reordered: documents matching more of the query's
        slots first (all words before most words), bm25 within."""
        where, params = self._where()
        sql = (
            f"SELECT object_id, score, COUNT(*) OVER (), terms FROM (SELECT e.object_id, "  # noqa: S608
            f"-{BM25} AS score, {FTS_TABLE}.title || ' ' || {FTS_TABLE}.body AS terms "
            f"{where}) ORDER BY score DESC, object_id LIMIT %s"
        )
        with connections[self.queryset.db].cursor() as cursor:
            cursor.execute(sql, [*params, RERANK_WINDOW])
            rows = cursor.fetchall()
        self._total = rows[0][2] if rows else 0
        parsed = self.query.parsed
        ranked = sorted(
            (
                (coverage(parsed, terms.split()), score, object_id)
                for object_id, score, _, terms in rows
            ),
            key=lambda row: (-row[0], -row[1], row[2]),
        )
        return [(object_id, score) for _, score, object_id in ranked[start:stop]]

    def count(self):
        if getattr(self, "_total", None) is not None:
            return self._total
        where, params = self._where()
        with connections[self.queryset.db].cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) {where}", params)  # noqa: S608
            return cursor.fetchone()[0]

    def search(self, config, start, stop, score_field=None):
        match = self.match_string()
        if isinstance(self.query, MatchAll) or match is NotImplemented:
            return super().search(config, start, stop, score_field=score_field)
        if match is None:
            return self.queryset.none()
        where, params = self._where()
        # Unranked: the caller's order; the MATCH runs once, as an uncorrelated subquery.
        from django.db.models.expressions import RawSQL

        queryset = self.queryset.filter(pk__in=RawSQL(f"SELECT e.object_id {where}", params))  # noqa: S611
        if not queryset.query.order_by:
            queryset = queryset.order_by("-pk")
        return queryset[start:stop]


class FrenchSearchQueryCompiler(FrenchQueryMixin, SQLiteSearchQueryCompiler):
    columns = ("title", "body")


class FrenchAutocompleteQueryCompiler(FrenchQueryMixin, SQLiteAutocompleteQueryCompiler):
    columns = ("autocomplete",)

    def query_terms(self, text):
        words = french.words(text)
        # Common words are skipped, except the last one, being typed (« la » may become « laïcité »).
        return [w for w in words[:-1] if w not in french.STOP_WORDS] + words[-1:]


class FrenchSearchResults(SQLiteSearchResults):
    """Results ranked by one MATCH, the total counted by the same query.

    modelsearch's `BaseSearchResults` leaves `_do_search` and `_do_count` "to be implemented by
    subclasses", and every backend's results class does: they are its extension point, not
    private internals. The stock SQLite ones build a queryset whose relevance order re-runs the
    MATCH for each matching row (28 s at 10,000 documents, see CHANGELOG). Queries the French
    compiler cannot express (`NotImplemented`) and `MatchAll` keep modelsearch's own path.
    tests/search/test_sqlite_backend.py pins the order and the query counts.
    """

    def _compiler_ok(self):
        compiler = self.query_compiler
        match = compiler.match_string()
        return match is not NotImplemented and not isinstance(compiler.query, MatchAll), match

    def _do_search(self):
        ok, match = self._compiler_ok()
        if not ok:
            return super()._do_search()
        if match is None:
            return []
        compiler = self.query_compiler
        model = compiler.queryset.model
        if compiler.order_by_relevance:
            rows = compiler.ranked(self.start, self.stop)
            scores = dict(rows)
            found = model._default_manager.filter(pk__in=list(scores))
            objects = {str(obj.pk): obj for obj in found}
            ordered = [objects[object_id] for object_id in scores if object_id in objects]
        else:
            ordered = list(compiler.search(None, self.start, self.stop))
            scores = (
                dict(compiler.ranked(only_ids=[obj.pk for obj in ordered]))
                if self._score_field and ordered
                else {}
            )
        if self._score_field:
            for obj in ordered:
                setattr(obj, self._score_field, scores.get(str(obj.pk)))
        return ordered

    def _do_count(self):
        ok, match = self._compiler_ok()
        if not ok:
            return super()._do_count()
        if match is None:
            return 0
        return self.query_compiler.count()


class FrenchSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = FrenchSearchQueryCompiler
    autocomplete_query_compiler_class = FrenchAutocompleteQueryCompiler
    index_class = FrenchSQLiteIndex
    results_class = FrenchSearchResults
    rebuilder_class = FrenchRebuilder
    atomic_rebuilder_class = FrenchAtomicRebuilder

    # What search/services.py asks a database engine for a parsed query: index entry ids and
    # scores, never a join with the documents (search/bitmaps.py filters and counts those).

    def match_ids(self, parsed, alias):
        """Every index entry matching the query (any model: the bitmaps keep the documents')."""
        fts = slot_match(parsed)
        if fts is None:
            return []
        # One string rather than a row per match: a fifth faster for a word in 86,000 documents.
        with connections[alias].cursor() as cursor:
            cursor.execute(
                f"SELECT group_concat(rowid) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",  # noqa: S608
                ["{title body} : " + fts],
            )
            found = cursor.fetchone()[0]
        return list(map(int, found.split(","))) if found else []

    def candidates(self, parsed, alias, content_type, hits):
        """[(entry id, bm25 score)] of at most 2 × CANDIDATES matches, read in index order, not
        sorted: the documents matching every word (when most words are enough), then any. Every
        score is bm25 under the whole query (a tier only chooses rows), so they compare. No title
        tier, unlike PostgreSQL: FTS5 reads a term's whole list of documents for each MATCH,
        whatever the column filter or LIMIT (≈ 30 ms for a word in 86,000 documents), and a title
        tier took two more. `hits` is not read: bm25 exists only inside a MATCH."""
        fts = slot_match(parsed)
        if fts is None:
            return []
        match = "{title body} : " + fts
        tiers = [None]
        complete = complete_match(parsed)
        if complete:
            tiers.insert(0, "{title body} : " + complete)
        found = {}
        # CROSS JOIN: the FTS table outside, each match's entry looked up by its key (the other
        # order ran the MATCH once per entry).
        sql = (
            f"SELECT {FTS_TABLE}.rowid, -{BM25} FROM {FTS_TABLE} "  # noqa: S608
            f"CROSS JOIN {ENTRY_TABLE} e ON e.id = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH %s AND e.content_type_id = %s"
        )
        with connections[alias].cursor() as cursor:
            for tier in tiers:
                if tier is None:
                    cursor.execute(sql + " LIMIT %s", [match, content_type, CANDIDATES])
                else:
                    # `+rowid`: the tier is checked row by row while the whole query is scanned
                    # (as an index constraint FTS5 would run the MATCH once per tier row).
                    cursor.execute(
                        sql + f" AND +{FTS_TABLE}.rowid IN (SELECT rowid FROM {FTS_TABLE} "  # noqa: S608
                        f"WHERE {FTS_TABLE} MATCH %s) LIMIT %s",
                        [match, content_type, tier, CANDIDATES],
                    )
                found.update(cursor.fetchall())
        return list(found.items())

    def all_scores(self, parsed, alias):
        """[(entry id, bm25 score)] of every match: when the candidates were not enough (a
        narrow filter on a frequent word)."""
        fts = slot_match(parsed)
        if fts is None:
            return []
        with connections[alias].cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, -{BM25} FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",  # noqa: S608
                ["{title body} : " + fts],
            )
            return cursor.fetchall()

    def entry_terms(self, entry_ids, alias):
        """{entry id: its analysed terms} (the reranking counts the query's slots in them)."""
        if not entry_ids:
            return {}
        placeholders = ", ".join(["%s"] * len(entry_ids))
        with connections[alias].cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, title || ' ' || body FROM {FTS_TABLE} "  # noqa: S608
                f"WHERE rowid IN ({placeholders})",
                list(entry_ids),
            )
            return dict(cursor.fetchall())


SearchBackend = FrenchSQLiteSearchBackend
