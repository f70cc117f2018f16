"""Settings of the benchmark environment: the dev settings, with the fields Wagtail's API v2 needs
declared (bench/peers.py) and the raw-SQL floor view."""

from cms.settings.base import env
from cms.settings.dev import *  # noqa: F403
from cms.settings.dev import INSTALLED_APPS

DEBUG = False
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = ["bench.apps.BenchConfig", *INSTALLED_APPS]
ROOT_URLCONF = "bench.urls"
GRAPHQL_CACHE_MAX_AGE = 0
# Measured without, then with, the response cache (bench/run.py).
GRAPHQL_RESPONSE_CACHE_SIZE = int(env("BENCH_RESPONSE_CACHE_SIZE", "0"))
LOGGING = {"version": 1, "disable_existing_loggers": True, "root": {"level": "ERROR"}}
# Measured as the figures of record were: index updates and purges inside the request.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
