"""A shared cache of the API's anonymous answers, on Django's cache framework (`CACHES["api"]`).

Front ends send the same few queries again and again. An anonymous query's answer depends only on
the published content, the document, its variables and the host (absolute URLs): it is kept under
those, with the content version as the cache `version`. Any committed change of a model the API
can show bumps that version (`cms.content_version`), so every process and node stops serving older
answers at once; reading it costs one indexed single-row query per request. Each answer also
carries tags (tag-style invalidation): `invalidate(tag)` drops every answer with the tag in every
process without touching the rest of the cache (never a FLUSHDB on a Redis shared with sessions).
Answers that are personal (a signed-in user, a preview token) or must run each time (search, which
records statistics) are never kept. A time to live bounds what depends on the clock (upcoming
events). Local memory in each process by default; Redis shared by every node when `REDIS_URL` is
set (docs/adr/0007-response-cache.md).
"""

import hashlib
import json
import uuid

from django.conf import settings
from django.core.cache import caches

from cms.api.cache import CACHE_TAG
from cms.content_version import current_version

ALIAS = "api"
TAG_PREFIX = "tag:"


def _stamp():
    return uuid.uuid4().hex


class ResponseCache:
    """Encoded answers under (request, version), valid while their tags keep their stamps."""

    def __init__(self, alias=ALIAS, tags=(CACHE_TAG,)):
        self.alias = alias
        self.tags = tuple(tags)

    @property
    def cache(self):
        return caches[self.alias]

    def key(self, request, query, variables, operation_name):
        material = json.dumps(
            [request.scheme, request.get_host(), query, variables, operation_name],
            sort_keys=True,
            default=str,
        )  # ASCII: a lone surrogate in the variables is escaped, never an encoding error
        return "answer:" + hashlib.sha256(material.encode()).hexdigest()

    def get(self, key, version):
        entry = self.cache.get(key, version=version)
        if entry is None:
            return None
        stamps, content = entry
        tag_keys = [TAG_PREFIX + tag for tag in self.tags]
        found = self.cache.get_many(tag_keys)
        if stamps != [found.get(tag_key) for tag_key in tag_keys]:
            return None
        return content

    def set(self, key, version, content):
        if len(content) > settings.GRAPHQL_RESPONSE_CACHE_MAX_BYTES:
            return
        stamps = self._stamps()
        if None in stamps:
            return  # a tag stamp evicted at once: storing would outlive its next invalidation
        self.cache.set(
            key,
            (stamps, content),
            timeout=settings.GRAPHQL_RESPONSE_CACHE_TTL,
            version=version,
        )

    def _stamps(self):
        tag_keys = [TAG_PREFIX + tag for tag in self.tags]
        found = self.cache.get_many(tag_keys)
        for tag_key in tag_keys:
            if tag_key not in found:
                # `add` is atomic (SET NX on Redis): processes racing here agree on one stamp.
                self.cache.add(tag_key, _stamp(), timeout=None)
                found[tag_key] = self.cache.get(tag_key)
        return [found[tag_key] for tag_key in tag_keys]

    def invalidate(self, *tags):
        """Drop every answer tagged with one of `tags`, in every process sharing the cache.

        A tag's stamp is kept apart from the content version: the version retires everything at
        once, a tag only what carries it."""
        self.cache.set_many({TAG_PREFIX + tag: _stamp() for tag in tags}, timeout=None)

    def clear(self):
        self.invalidate(*self.tags)


responses = ResponseCache()


def enabled():
    return settings.GRAPHQL_RESPONSE_CACHE_SIZE > 0


def no_store(request):
    """Called by resolvers whose answer must be computed each time (statistics, clock)."""
    request.api_no_server_cache = True


__all__ = ["ResponseCache", "current_version", "enabled", "no_store", "responses"]
