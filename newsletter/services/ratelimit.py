"""The sending rate shared by every worker: a counter per time window in the cache.

Each worker asks for tokens before a chunk of messages; the cache's atomic `incr` counts the
tokens taken in the current window by all workers together, so N workers send no more than
NEWSLETTER_RATE_PER_SECOND between them. The counter is shared only if the cache is (Redis in
production, REDIS_URL); the local-memory cache of development counts per process."""

import math
import time

from django.conf import settings
from django.core.cache import caches

KEY = "newsletter:rate"


class RateLimiter:
    """At most `rate` tokens per second, counted in windows of at least one second.

    Below one message per second, a window lasts 1/rate seconds and holds one token."""

    def __init__(self, rate, *, cache=None, clock=time.time, sleep=time.sleep, key=KEY):
        self.rate = float(rate or 0)
        self.cache = cache if cache is not None else caches[settings.NEWSLETTER_RATE_CACHE]
        self.clock = clock
        self.sleep = sleep
        self.key = key
        self.window = max(1.0, 1.0 / self.rate) if self.rate > 0 else 1.0
        self.capacity = max(1, math.floor(self.rate * self.window)) if self.rate > 0 else 0

    def try_acquire(self, wanted=1):
        """How many of `wanted` tokens this window still grants (0: wait for the next one)."""
        if self.rate <= 0:
            return wanted
        index = math.floor(self.clock() / self.window)
        key = f"{self.key}:{index}"
        # The key outlives its window a little so that a late incr never restarts it at zero.
        self.cache.add(key, 0, timeout=math.ceil(self.window) + 5)
        try:
            taken = self.cache.incr(key, wanted)
        except ValueError:  # expired between add and incr
            self.cache.add(key, wanted, timeout=math.ceil(self.window) + 5)
            taken = wanted
        before = taken - wanted
        return max(0, min(wanted, self.capacity - before))

    def acquire(self, wanted=1):
        """Waits until some tokens are granted; returns how many (between 1 and `wanted`)."""
        while True:
            granted = self.try_acquire(wanted)
            if granted:
                return granted
            now = self.clock()
            self.sleep(max(0.0, (math.floor(now / self.window) + 1) * self.window - now))


def shared():
    return RateLimiter(settings.NEWSLETTER_RATE_PER_SECOND)
