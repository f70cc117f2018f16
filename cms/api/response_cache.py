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

from django.conf import settings

from cms.content_version import current_version  # noqa: F401  (the cache's key)


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
