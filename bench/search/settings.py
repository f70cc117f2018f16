"""Settings of one search-benchmark process: the dev settings, with the search backend the parent
(bench/search/run.py) chose for this process.

BENCH_SEARCH_BACKEND (dotted path) replaces the default backend on the database; BENCH_SEARCH_CONFIG
sets its PostgreSQL text-search configuration (unset: the backend's own default). With SEARCH_URL
set, cms.settings.base configures OpenSearch and BENCH_SEARCH_BACKEND only replaces the backend
(the stock one for the relevance suite).
"""

import os

from cms.settings.dev import *  # noqa: F403

DEBUG = False  # no query log in memory
LOGGING = {"version": 1, "disable_existing_loggers": True, "root": {"level": "CRITICAL"}}

if not os.environ.get("SEARCH_URL") and os.environ.get("BENCH_SEARCH_BACKEND"):
    _backend = {"BACKEND": os.environ["BENCH_SEARCH_BACKEND"]}
    if os.environ.get("BENCH_SEARCH_CONFIG"):
        _backend["SEARCH_CONFIG"] = os.environ["BENCH_SEARCH_CONFIG"]
    WAGTAILSEARCH_BACKENDS = {"default": _backend}

if os.environ.get("SEARCH_URL"):
    if os.environ.get("BENCH_SEARCH_BACKEND"):  # stock OpenSearch: Wagtail's own analysis
        WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = os.environ["BENCH_SEARCH_BACKEND"]  # noqa: F405
    # Bulk requests of 1000 documents on a loaded shared machine outlast the default 10 s.
    WAGTAILSEARCH_BACKENDS["default"]["TIMEOUT"] = int(
        os.environ.get("BENCH_SEARCH_TIMEOUT", "120")
    )  # noqa: F405
