"""A page of results from a database engine (SQLite FTS5, PostgreSQL), with its exact total and
facet counts, without joining the matches with their documents in SQL (docs/adr/0016-search-v2.md).

The engine gives index entry ids: all the matches (a plain index scan), and a bounded set of
scored candidates (the documents matching every word, the title matches, then any: at most
3 × CANDIDATES, whatever the corpus). search/bitmaps.py keeps the documents visible now and within
the filters, counts them and their facets; the best candidates are reordered by how many of the
query's slots they match (all words before most words), bm25 / ts_rank within. When a narrow
filter leaves fewer candidates than the page needs, every match is scored instead.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import router
from pyroaring import BitMap

from search import bitmaps
from search.models import SearchDocument
from search.query import coverage

RERANK_WINDOW = 200


def has_entry_search(backend):
    return hasattr(backend, "match_ids")


def alias():
    return router.db_for_read(SearchDocument)


def matches(backend, parsed, filters):
    """(bitmaps, the entries of the visible documents matching the query within the filters)."""
    database = alias()
    current = bitmaps.current(database)
    allowed = current.allowed(filters)
    return current, BitMap(backend.match_ids(parsed, database)) & allowed


def ranked_page(backend, parsed, current, hits, total, offset, limit):
    """The documents of the page, best first, each with its `_score`."""
    database = alias()
    stop = offset + limit
    content_type = ContentType.objects.db_manager(database).get_for_model(SearchDocument).pk
    scored = [
        (entry_id, score)
        for entry_id, score in backend.candidates(parsed, database, content_type, hits)
        if entry_id in hits
    ]
    if len(scored) < min(stop, total):
        scored = [
            (entry_id, score)
            for entry_id, score in backend.all_scores(parsed, database)
            if entry_id in hits
        ]
    scored = [(entry_id, score, str(current.document_pk(entry_id))) for entry_id, score in scored]
    scored.sort(key=lambda row: (-row[1], row[2]))
    head = scored[:RERANK_WINDOW]
    terms = backend.entry_terms([entry_id for entry_id, _, _ in head], database)
    head.sort(
        key=lambda row: (-coverage(parsed, (terms.get(row[0]) or "").split()), -row[1], row[2])
    )
    ordered = (head + scored[RERANK_WINDOW:])[offset:stop]
    found = SearchDocument.objects.using(database).in_bulk([int(pk) for _, _, pk in ordered])
    documents = []
    for _, score, pk in ordered:
        document = found.get(int(pk))
        if document is not None:
            document._score = score
            documents.append(document)
    return documents


# Up to this many matches, their documents are read by primary key and sorted; beyond, the
# documents are walked from the newest, WALK_CHUNK at a time, until the page is full (the matches
# are then too many to be all sorted, and frequent enough for the walk to end early).
DIRECT_LIMIT = 2000
WALK_CHUNK = 2000


def dated_page(current, hits, offset, limit):
    """The documents of the page, newest first (no score), without joining the matches: a rare
    word read them through the join in 0.5 s at 100,000 documents."""
    database = alias()
    stop = offset + limit
    documents = SearchDocument.objects.using(database).order_by("-date", "-pk")
    if len(hits) <= DIRECT_LIMIT:
        pks = [current.document_pk(entry_id) for entry_id in hits]
        return list(documents.filter(pk__in=pks)[offset:stop])
    chosen = []
    for pk in documents.values_list("pk", flat=True).iterator(chunk_size=WALK_CHUNK):
        entry_id = current.entry_of.get(pk)
        if entry_id is not None and entry_id in hits:
            chosen.append(pk)
            if len(chosen) == stop:
                break
    found = documents.in_bulk(chosen[offset:])
    return [found[pk] for pk in chosen[offset:] if pk in found]
