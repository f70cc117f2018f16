from .base import *  # noqa: F403
from .base import DATABASES, SECRET_KEY, VAR_DIR

SECRET_KEY = SECRET_KEY or "test-only-insecure-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run at once, in the test's own transaction; the worker's own tests use the database backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# SQLite's test database stays in memory, one per pytest-xdist worker: said outright, because
# pytest-django recognises SQLite by Django's engine name, not django-prometheus's twin.
if DATABASES["default"]["ENGINE"].endswith(".sqlite3"):
    DATABASES["default"].setdefault("TEST", {})["NAME"] = ":memory:"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = VAR_DIR / "test-media"
GRAPHQL_INTROSPECTION = True
# Tests change content inside transactions that never commit; the cache's own tests turn it on.
GRAPHQL_RESPONSE_CACHE_SIZE = 0
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
# Throttling stays on, with limits the whole suite stays under; tests/security lowers them.
API_RATE_LIMIT_IP = API_RATE_LIMIT_TOKEN = 1_000_000
API_COST_BUDGET_IP = API_COST_BUDGET_TOKEN = 100_000_000
