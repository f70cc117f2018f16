"""Purge the API's cached answers in the CDN or reverse proxy when published content changes."""

from django.conf import settings

CACHE_TAG = "territoires-api"
API_PATHS = ("/graphql/", "/api/v2/pages/")


def api_urls():
    base = settings.API_BASE_URL.rstrip("/")
    return [base + path for path in API_PATHS]


def purge_api(**kwargs):
    """Anonymous API answers embed any published page: every publication invalidates them all.

    The purge is a background task (Wagtail's `purge_urls_from_cache_task`), enqueued in the
    publishing transaction: with the database backend the worker sends it after the commit, so
    the proxy never fetches the old content again, and the editor never waits for the proxy."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    purge_urls_from_cache(api_urls())
