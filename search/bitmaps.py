"""Exact totals and facet counts over every match of a query on the database engines, however
frequent its words: the search documents' facets and publication windows held in memory as
Roaring bitmaps of index entry ids (docs/adr/0016-search-v2.md).

An engine gives the ids of the index entries matching a query, a plain index scan with no join
(search/backends/sqlite_french.py, postgres_french.py: `match_ids`); their bitmap, ANDed with the
documents visible now and within the filters, gives the total, and one intersection count per
facet value gives the facets. At 100,000 documents the SQL it replaces joined every match with its
page and its facets (560,000 rows for « budget »).

One per process and database, refreshed before each search from what changed since the last one:
documents by `updated_at` (with a margin for transactions committed late), with their facets and
index entries, and index entries created since (an index rebuilt). A deleted document needs
nothing: its index entry is gone, so no query matches it any more. A refresh builds a new
snapshot (a copy, changed) and swaps it in: a search running meanwhile in another thread of the
process (gunicorn's gthread workers) keeps counting on the one it started with.
"""

import threading
from datetime import timedelta

from django.db import connections
from django.utils import timezone
from pyroaring import BitMap
from wagtail.search.models import IndexEntry

from search.facets import FACET_KEYS, MAX_FACET_VALUES, FacetValue

# A transaction may commit after another one that saved later: what changed this long before the
# last refresh is read again.
LATE_COMMIT_MARGIN = timedelta(minutes=2)
# Past this many changed documents a refresh reads everything again (cheaper than one by one).
INCREMENTAL_LIMIT = 2000
ENTRY_TABLE = IndexEntry._meta.db_table


class Snapshot:
    """The documents' bitmaps at one moment: never changed once a search can read it."""

    def __init__(self, alias):
        self.alias = alias
        self.documents = {}  # document pk -> (its value ids, (go_live_at, expire_at) or None)
        self.entry_of = {}  # document pk -> its index entry id
        self.document_of = {}  # index entry id -> document pk
        self.live = BitMap()  # the documents' entries
        self.scheduled = {}  # entry id -> (go_live_at, expire_at), only when either is set
        self.value_ids = {}  # (key, value) -> value id
        self.values = []  # value id -> (key, value)
        self.labels = []  # value id -> label
        self.value_bits = []  # value id -> BitMap of the entries of its documents
        self.last_updated = None
        self.last_entry = 0

    def copy(self):
        other = Snapshot(self.alias)
        other.documents = dict(self.documents)
        other.entry_of = dict(self.entry_of)
        other.document_of = dict(self.document_of)
        other.live = BitMap(self.live)
        other.scheduled = dict(self.scheduled)
        other.value_ids = dict(self.value_ids)
        other.values = list(self.values)
        other.labels = list(self.labels)
        other.value_bits = [BitMap(bits) for bits in self.value_bits]
        other.last_updated = self.last_updated
        other.last_entry = self.last_entry
        return other

    # --- loading (on a snapshot no search reads yet) ---------------------------------------------

    def incremental(self, cursor):
        """A copy of this snapshot with what changed since it was read; None when too much did."""
        from search.models import SearchDocument

        if self.last_updated is None:
            return None
        since = self.last_updated - LATE_COMMIT_MARGIN
        changed = SearchDocument.objects.using(self.alias).filter(updated_at__gt=since)
        if changed.count() > INCREMENTAL_LIMIT:
            return None
        fresh = self.copy()
        fresh._load(cursor, since)
        return fresh

    def _value_id(self, key, value, label):
        value_id = self.value_ids.get((key, value))
        if value_id is None:
            value_id = self.value_ids[(key, value)] = len(self.values)
            self.values.append((key, value))
            self.labels.append(label)
            self.value_bits.append(BitMap())
        else:
            self.labels[value_id] = label
        return value_id

    def _load(self, cursor, since):
        """The documents changed since `since` (all of them when None), their facets and index
        entries, then the index entries created since the last refresh."""
        from search.models import SearchDocument, SearchFacet

        documents = SearchDocument.objects.using(self.alias)
        facets = SearchFacet.objects.using(self.alias)
        if since is not None:
            documents = documents.filter(updated_at__gt=since)
            facets = facets.filter(document__updated_at__gt=since)
        changed = {}
        rows = documents.values_list("pk", "updated_at", "page__go_live_at", "page__expire_at")
        for pk, updated_at, go_live_at, expire_at in rows:
            changed[pk] = ([], (go_live_at, expire_at) if go_live_at or expire_at else None)
            if self.last_updated is None or updated_at > self.last_updated:
                self.last_updated = updated_at
        if changed:
            for pk, key, value, label in facets.values_list("document_id", "key", "value", "label"):
                if pk in changed:
                    changed[pk][0].append(self._value_id(key, value, label))
        for pk, (value_ids, window) in changed.items():
            entry = self.entry_of.get(pk)
            if entry is not None:
                self._unset(entry, pk)
            self.documents[pk] = (tuple(value_ids), window)
            if entry is not None:
                self._set(entry, pk)
        self._load_entries(cursor, None if since is None else [str(pk) for pk in changed])

    def _load_entries(self, cursor, object_ids):
        """Every document's index entry (object_ids None), or the entries of these documents and
        any created since the last refresh."""
        from django.contrib.contenttypes.models import ContentType

        from search.models import SearchDocument

        content_type = ContentType.objects.db_manager(self.alias).get_for_model(SearchDocument).pk
        sql = f"SELECT id, object_id FROM {ENTRY_TABLE} WHERE content_type_id = %s AND "  # noqa: S608
        rows = []
        for start in range(0, len(object_ids or ()), 500):
            chunk = object_ids[start : start + 500]
            placeholders = ", ".join(["%s"] * len(chunk))
            cursor.execute(sql + f"object_id IN ({placeholders})", [content_type, *chunk])
            rows += cursor.fetchall()
        cursor.execute(
            sql + "id > %s", [content_type, 0 if object_ids is None else self.last_entry]
        )
        rows += cursor.fetchall()
        if object_ids is None:
            self._build(rows)
            return
        for entry, object_id in rows:
            pk = int(object_id)
            if pk not in self.documents:
                continue
            previous = self.entry_of.get(pk)
            if previous == entry:
                continue
            if previous is not None:
                self._unset(previous, pk)
            self._set(entry, pk)
            self.last_entry = max(self.last_entry, entry)

    def _build(self, rows):
        """Every bitmap at once, from lists (a bitmap built from a list is one C call)."""
        members = [[] for _ in self.values]
        live = []
        for entry, object_id in rows:
            pk = int(object_id)
            document = self.documents.get(pk)
            if document is None:
                continue
            value_ids, window = document
            self.entry_of[pk] = entry
            self.document_of[entry] = pk
            live.append(entry)
            for value_id in value_ids:
                members[value_id].append(entry)
            if window:
                self.scheduled[entry] = window
            self.last_entry = max(self.last_entry, entry)
        self.live = BitMap(live)
        self.value_bits = [BitMap(entries) for entries in members]

    def _set(self, entry, pk):
        value_ids, window = self.documents[pk]
        self.entry_of[pk] = entry
        self.document_of[entry] = pk
        self.live.add(entry)
        for value_id in value_ids:
            self.value_bits[value_id].add(entry)
        if window:
            self.scheduled[entry] = window
        else:
            self.scheduled.pop(entry, None)

    def _unset(self, entry, pk):
        value_ids, _ = self.documents[pk]
        self.live.discard(entry)
        for value_id in value_ids:
            self.value_bits[value_id].discard(entry)
        self.scheduled.pop(entry, None)
        self.document_of.pop(entry, None)

    # --- queries ----------------------------------------------------------------------------

    def allowed(self, filters):
        """The entries of the documents visible now (publication window) and within the
        filters."""
        now = timezone.now()
        hidden = [
            entry
            for entry, (go_live_at, expire_at) in self.scheduled.items()
            if (go_live_at and go_live_at > now) or (expire_at and expire_at <= now)
        ]
        allowed = self.live - BitMap(hidden) if hidden else self.live
        for key, wanted in filters.items():
            any_of = BitMap()
            for value in wanted:
                value_id = self.value_ids.get((key, value))
                if value_id is not None:
                    any_of |= self.value_bits[value_id]
            allowed = allowed & any_of
        return allowed

    def document_pk(self, entry):
        return self.document_of[entry]

    def facets(self, hits):
        """Each facet's values among these entries, the most frequent first (then by label), as
        the SQL count did."""
        counted = []
        for value_id, value_bits in enumerate(self.value_bits):
            count = hits.intersection_cardinality(value_bits)
            if count:
                key, value = self.values[value_id]
                counted.append((key, -count, self.labels[value_id], value))
        counted.sort()
        facets = {key: [] for key in FACET_KEYS}
        for key, count, label, value in counted:
            if key in facets and len(facets[key]) < MAX_FACET_VALUES:
                facets[key].append(FacetValue(value, label, -count))
        return facets


class DocumentBitmaps:
    """A database's current snapshot in this process, and its change stamp."""

    def __init__(self, alias):
        self.alias = alias
        self.lock = threading.Lock()
        self.stamp = None
        self.snapshot = Snapshot(alias)

    def _read_stamp(self, cursor):
        cursor.execute(
            "SELECT (SELECT MAX(updated_at) FROM search_searchdocument), "  # noqa: S608
            f"(SELECT MAX(id) FROM {ENTRY_TABLE}), "
            "(SELECT MAX(id) FROM search_searchfacet)"
        )
        return cursor.fetchone()

    def refresh(self):
        """The snapshot up to date with the database."""
        with connections[self.alias].cursor() as cursor:
            stamp = self._read_stamp(cursor)
            if stamp == self.stamp:
                return self.snapshot
            with self.lock:
                if stamp == self.stamp:
                    return self.snapshot
                fresh = None if self._went_back(stamp) else self.snapshot.incremental(cursor)
                if fresh is None:
                    fresh = Snapshot(self.alias)
                    fresh._load(cursor, None)
                self.snapshot, self.stamp = fresh, stamp
                return fresh

    def _went_back(self, stamp):
        """A first load, or a database that went back (restored; a test's rollback): all again."""
        if self.stamp is None:
            return True
        for now, before in zip(stamp, self.stamp, strict=True):
            if before is not None and (now is None or now < before):
                return True
        return False


_bitmaps: dict[str, DocumentBitmaps] = {}
_bitmaps_lock = threading.Lock()


def current(alias):
    """This process's snapshot of a database's bitmaps, up to date."""
    with _bitmaps_lock:
        bitmaps = _bitmaps.get(alias)
        if bitmaps is None:
            bitmaps = _bitmaps[alias] = DocumentBitmaps(alias)
    return bitmaps.refresh()


def forget():
    """Drop every process-level bitmap (tests that recreate the database)."""
    with _bitmaps_lock:
        _bitmaps.clear()
