"""A Redis cache that fails soft: Redis stopped or unreachable is a cache that misses, not a 500.

Every cache of the project is an accelerator (API answers, persisted documents, rate-limit
counters): without Redis the API answers uncached, and the rate limits let requests through rather
than refuse everyone. `/sante/` still reports the cache as failing, and a warning is logged at most
once per `WARNING_INTERVAL` seconds per process. It counts reads, hits, misses and failures in
django-prometheus's cache metrics (whose own Redis twin needs django-redis, which we do not use).
"""

import time

import structlog
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django_prometheus.cache.metrics import (
    django_cache_get_fail_total,
    django_cache_get_total,
    django_cache_hits_total,
    django_cache_misses_total,
)
from redis.exceptions import RedisError

logger = structlog.get_logger("cms.cache")
WARNING_INTERVAL = 60
BACKEND_LABEL = "redis"
_last_warning = 0.0


def _warn(operation, error):
    global _last_warning  # noqa: PLW0603 — one clock per process is the point
    now = time.monotonic()
    if now - _last_warning >= WARNING_INTERVAL:
        _last_warning = now
        logger.warning(
            "cache Redis indisponible : réponses sans cache", operation=operation, error=str(error)
        )


class FailSoftRedisCacheClient(RedisCacheClient):
    def add(self, key, value, timeout):
        try:
            return super().add(key, value, timeout)
        except RedisError as error:
            _warn("add", error)
            return True  # as if the key were new: a counter starts again, nothing is refused

    def get(self, key, default):
        django_cache_get_total.labels(backend=BACKEND_LABEL).inc()
        try:
            value = super().get(key, None)
        except RedisError as error:
            django_cache_get_fail_total.labels(backend=BACKEND_LABEL).inc()
            _warn("get", error)
            return default
        if value is None:
            django_cache_misses_total.labels(backend=BACKEND_LABEL).inc()
            return default
        django_cache_hits_total.labels(backend=BACKEND_LABEL).inc()
        return value

    def set(self, key, value, timeout):
        try:
            super().set(key, value, timeout)
        except RedisError as error:
            _warn("set", error)

    def touch(self, key, timeout):
        try:
            return super().touch(key, timeout)
        except RedisError as error:
            _warn("touch", error)
            return False

    def delete(self, key):
        try:
            return super().delete(key)
        except RedisError as error:
            _warn("delete", error)
            return False

    def get_many(self, keys):
        try:
            return super().get_many(keys)
        except RedisError as error:
            _warn("get_many", error)
            return {}

    def has_key(self, key):
        try:
            return super().has_key(key)
        except RedisError as error:
            _warn("has_key", error)
            return False

    def incr(self, key, delta):
        try:
            return super().incr(key, delta)
        except RedisError as error:
            _warn("incr", error)
            return delta

    def set_many(self, data, timeout):
        try:
            return super().set_many(data, timeout)
        except RedisError as error:
            _warn("set_many", error)
            return list(data)

    def delete_many(self, keys):
        try:
            return super().delete_many(keys)
        except RedisError as error:
            _warn("delete_many", error)
            return False

    def clear(self):
        try:
            return super().clear()
        except RedisError as error:
            _warn("clear", error)
            return False


class FailSoftRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = FailSoftRedisCacheClient
