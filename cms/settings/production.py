from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import (
    DATABASE_URL,
    LOGGING,
    MEDIA_STORAGE,
    PROXY_SSL_HEADER,
    SECRET_KEY,
    SERVE_STATIC,
    SITE_REVALIDATE_URL,
    SITE_WEBHOOK_SECRET,
    STORAGES,
    configure_logs,
    env,
    env_bool,
)

DEBUG = False

_missing = [
    name
    for name, value in {
        "SECRET_KEY": SECRET_KEY,
        "DATABASE_URL": env("DATABASE_URL"),
        "ALLOWED_HOSTS": env("ALLOWED_HOSTS"),
        # The public site's webhooks are signed with it (SITE_REVALIDATE_URL= : no site to tell).
        "SITE_WEBHOOK_SECRET": SITE_WEBHOOK_SECRET or not SITE_REVALIDATE_URL,
    }.items()
    if not value
]
if _missing:
    raise ImproperlyConfigured(
        "Configuration de production incomplète : définissez "
        + ", ".join(_missing)
        + " (voir .env.example)."
    )
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY doit compter au moins 50 caractères en production.")
if DATABASE_URL.startswith("sqlite"):
    raise ImproperlyConfigured("La production utilise PostgreSQL : DATABASE_URL=postgres://…")

# Only a proxy of ours may say the request came over HTTPS (TRUSTED_PROXIES, PROXY_SSL_HEADER).
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_" + PROXY_SSL_HEADER.upper().replace("-", "_"), "https") if PROXY_SSL_HEADER else None
)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
STORAGES = {
    **STORAGES,  # the apps' own (community: private attachments)
    "default": MEDIA_STORAGE,  # local files, or the S3 store of MEDIA_S3_BUCKET
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if SERVE_STATIC
        else "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
    },
}
# Off in production unless explicitly enabled, whatever DEBUG said.
GRAPHQL_INTROSPECTION = env_bool("GRAPHQL_INTROSPECTION", False)

# One JSON object per log line unless LOG_FORMAT says otherwise (cms/observability/logformat.py).
LOG_FORMAT = env("LOG_FORMAT", "json")
LOGGING = {
    **LOGGING,
    "formatters": {"structured": configure_logs(json_output=LOG_FORMAT == "json")},
}
