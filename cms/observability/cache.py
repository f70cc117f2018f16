"""A Redis cache that fails soft: Redis stopped or unreachable is a cache that misses, not a 500.

Every cache of the project is an accelerator (API answers, persisted documents, rate-limit
counters): without Redis the API answers uncached, and the rate limits let requests through rather
than refuse everyone. `/sante/` still reports the cache as failing, and a warning is logged at most
once per `WARNING_INTERVAL` seconds per process. It counts reads, hits, misses and failures in
django-prometheus's cache metrics (whose own Redis twin needs django-redis, which we do not use).
"""

import functools
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


def _soft(fallback):
    """Redis errors become `fallback(*args)`: what a cache with nothing in it would answer."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args):
            try:
                return method(self, *args)
            except RedisError as error:
                _warn(method.__name__, error)
                return fallback(*args)

        return wrapper

    return decorate


class FailSoftRedisCacheClient(RedisCacheClient):
    # As if the key were new: a rate-limit counter starts again, nothing is refused.
    add = _soft(lambda key, value, timeout: True)(RedisCacheClient.add)
    set = _soft(lambda key, value, timeout: None)(RedisCacheClient.set)
    touch = _soft(lambda key, timeout: False)(RedisCacheClient.touch)
    delete = _soft(lambda key: False)(RedisCacheClient.delete)
    get_many = _soft(lambda keys: {})(RedisCacheClient.get_many)
    has_key = _soft(lambda key: False)(RedisCacheClient.has_key)
    incr = _soft(lambda key, delta: delta)(RedisCacheClient.incr)
    set_many = _soft(lambda data, timeout: list(data))(RedisCacheClient.set_many)
    delete_many = _soft(lambda keys: False)(RedisCacheClient.delete_many)
    clear = _soft(lambda: False)(RedisCacheClient.clear)

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


class FailSoftRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = FailSoftRedisCacheClient
