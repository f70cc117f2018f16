"""Fixed-window counters on Django's cache framework: shared by every process and node when the
cache is Redis (or Memcached), per process with the local-memory cache.

A window is `seconds` long and aligned on the epoch, so every node agrees on where it ends
without talking to the others; its counters expire with it.
"""

import math
import time

from django.core.cache import caches


def clock():
    """Seconds since the epoch (a function of its own so that tests can move time)."""
    return time.time()


class Window:
    def __init__(self, seconds, now=None):
        self.seconds = max(int(seconds), 1)
        now = clock() if now is None else now
        self.index = int(now // self.seconds)
        self.retry_after = max(math.ceil((self.index + 1) * self.seconds - now), 1)

    def key(self, *parts):
        return ":".join(["ratelimit", *map(str, parts), str(self.index)])


class Counters:
    def __init__(self, alias, window):
        self.cache = caches[alias]
        self.window = window

    def add(self, key, amount):
        """Adds `amount` to the counter and returns its new value, atomically where the cache is."""
        timeout = self.window.seconds + 1
        if self.cache.add(key, amount, timeout):
            return amount
        try:
            return self.cache.incr(key, amount)
        except ValueError:
            # Expired between add() and incr(): this is the first hit of the new entry.
            self.cache.set(key, amount, timeout)
            return amount

    def get(self, *keys):
        found = self.cache.get_many(keys)
        return [int(found.get(key) or 0) for key in keys]
