"""The sending rate is shared by every worker: tokens are counted per window in the cache."""

from collections import Counter

import pytest
from django.core import mail
from django.core.cache import caches

from newsletter.services import sending as sendings
from newsletter.services.ratelimit import RateLimiter
from tests.newsletter.conftest import make_subscribers


class Clock:
    """Time that only moves when a worker waits: windows are counted, never timed."""

    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


@pytest.fixture
def shared_cache():
    cache = caches["default"]
    cache.clear()
    yield cache
    cache.clear()


def test_two_workers_share_the_tokens_of_a_window(shared_cache):
    clock = Clock()
    first = RateLimiter(5, cache=shared_cache, clock=clock, sleep=clock.sleep)
    second = RateLimiter(5, cache=shared_cache, clock=clock, sleep=clock.sleep)
    assert first.try_acquire(3) == 3
    assert second.try_acquire(3) == 2  # only what the first one left
    assert first.try_acquire(1) == 0  # the 6th token of the second is refused
    clock.sleep(1)
    assert second.try_acquire(1) == 1


def test_a_slow_rate_grants_one_token_per_longer_window(shared_cache):
    clock = Clock()
    limiter = RateLimiter(0.5, cache=shared_cache, clock=clock, sleep=clock.sleep)
    assert limiter.try_acquire(1) == 1
    clock.sleep(1)
    assert limiter.try_acquire(1) == 0
    clock.sleep(1)
    assert limiter.try_acquire(1) == 1


def test_two_workers_sending_together_stay_under_the_rate(edition, settings, shared_cache):
    make_subscribers(30)
    settings.NEWSLETTER_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.NEWSLETTER_IN_FLIGHT = 3
    clock = Clock()
    granted = Counter()

    class Worker(RateLimiter):
        def try_acquire(self, wanted=1):
            tokens = super().try_acquire(wanted)
            granted[int(self.clock())] += tokens
            return tokens

    workers = [Worker(4, cache=shared_cache, clock=clock, sleep=clock.sleep) for _ in range(2)]
    sending = sendings.plan(edition, "all")
    while sendings.ready(sending).exists():
        for worker in workers:  # the two workers take batches in turn
            sendings.process_batch(sending, 5, limiter=worker)

    assert len(mail.outbox) == 30
    assert sum(granted.values()) == 30
    assert max(granted.values()) == 4  # never a 5th message in a second, whoever sends it
    assert len(granted) >= 30 / 4
