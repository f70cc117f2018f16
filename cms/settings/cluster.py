"""The local multi-node topology of `make cluster` (scripts/cluster): production's settings, over
plain HTTP on 127.0.0.1 (no TLS in front of HAProxy there), the rest from scripts/cluster's env."""

from .production import *  # noqa: F403

SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
