"""A cache of the API's anonymous answers, in each process, invalidated by the content version.

Front ends send the same few queries again and again. An anonymous query's answer depends only on
the published content, the document, its variables and the host (absolute URLs): it is kept in
memory under those, plus the version of the content. Any committed change of a model the API can
show bumps that version (`content_changed`), so every process stops serving older answers at once;
reading it costs one indexed single-row query per request. Answers that are personal (a signed-in
user, a preview token) or must run each time (search, which records statistics) are never kept.
A time to live bounds what depends on the clock (upcoming events).
"""

import hashlib
import json
import threading
import time
from collections import OrderedDict

from django.apps import apps as global_apps
from django.conf import settings
from django.db import connection, transaction

# Writes to these models change nothing the public API shows.
IGNORED_MODELS = {
    "cms.contentversion",
    "sessions.session",
    "admin.logentry",
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.pagesubscription",
    "wagtailimages.rendition",
    "wagtailsearch.indexentry",
    "wagtailsearch.sqliteftsindexentry",
    "wagtailcore.referenceindex",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.uploadedfile",
    "wagtailadmin.editingsession",
    "wagtailusers.userprofile",
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.querydailyhits",
    "search.searchdocument",
    "search.searchfacet",
    "wagtail_headless_preview.pagepreview",
    "wagtailcore.apitoken",
}


def _bump():
    from django.db.models import F

    from cms.models import ContentVersion

    if not ContentVersion.objects.filter(pk=1).update(version=F("version") + 1):
        # The row comes with the migration; a flushed test database has lost it.
        ContentVersion.objects.get_or_create(pk=1, defaults={"version": 1})


def content_changed(**kwargs):
    """Bump the content version once the current transaction commits (once per transaction)."""
    sender = kwargs.get("sender")
    meta = getattr(sender, "_meta", None)
    if meta is not None and (meta.label_lower in IGNORED_MODELS or meta.apps is not global_apps):
        return  # also the historical models of migrations: the table may not exist yet
    if connection.in_atomic_block and any(func is _bump for _, func, _ in connection.run_on_commit):
        return
    transaction.on_commit(_bump)


def current_version():
    with connection.cursor() as cursor:
        cursor.execute("SELECT version FROM cms_contentversion WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else 0


class ResponseCache:
    """A bounded LRU of encoded answers; thread-safe (gthread workers)."""

    def __init__(self):
        self._entries = OrderedDict()
        self._lock = threading.Lock()

    def key(self, request, query, variables, operation_name):
        material = json.dumps(
            [request.scheme, request.get_host(), query, variables, operation_name],
            sort_keys=True,
            ensure_ascii=False,
            default=str,
        )
        return hashlib.sha256(material.encode()).hexdigest()

    def get(self, key, version):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            entry_version, stored_at, content = entry
            expired = time.monotonic() - stored_at > settings.GRAPHQL_RESPONSE_CACHE_TTL
            if entry_version != version or expired:
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return content

    def set(self, key, version, content):
        if len(content) > settings.GRAPHQL_RESPONSE_CACHE_MAX_BYTES:
            return
        with self._lock:
            self._entries[key] = (version, time.monotonic(), content)
            self._entries.move_to_end(key)
            while len(self._entries) > settings.GRAPHQL_RESPONSE_CACHE_SIZE:
                self._entries.popitem(last=False)

    def clear(self):
        with self._lock:
            self._entries.clear()


responses = ResponseCache()


def enabled():
    return settings.GRAPHQL_RESPONSE_CACHE_SIZE > 0


def no_store(request):
    """Called by resolvers whose answer must be computed each time (statistics, clock)."""
    request.api_no_server_cache = True
