"""Purge the API's cached answers in the CDN or reverse proxy when published content changes."""

from django.conf import settings

CACHE_TAG = "territoires-api"
API_PATHS = ("/graphql/", "/api/v2/pages/")


def api_urls():
    base = settings.API_BASE_URL.rstrip("/")
    return [base + path for path in API_PATHS]


def purge_api(**kwargs):
    """Anonymous API answers embed any published page: every publication invalidates them all."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    purge_urls_from_cache(api_urls())
