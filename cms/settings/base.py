"""Settings shared by every environment.

This module is the only place that reads environment variables (see `.env.example`).
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} doit valoir true ou false, pas {value!r}.")


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = env("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms.apps.CmsConfig",
    "cms.api.apps.ApiConfig",
    "inspiration.apps.InspirationConfig",
    "projects.apps.ProjectsConfig",
    "workflows.apps.WorkflowsConfig",
    "search.apps.SearchConfig",
    "demo.apps.DemoConfig",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.frontend_cache",
    "wagtail_modeladmin",
    "wagtail_headless_preview",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    # After wagtail.admin: replaces its workflow e-mails once it has connected them.
    "workflows.after_wagtail.apps.AfterWagtailConfig",
    "webhooks.apps.WebhooksConfig",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "graphene_django",
    "corsheaders",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Weak ETags and 304s for the answers marked public (the API's anonymous reads).
    "cms.api.conditional.ConditionalGetMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# The embedded default is a SQLite file under var/; production sets DATABASE_URL.
DATABASE_URL = env("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=int(env("DB_CONN_MAX_AGE", "0")))
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # Writers wait for each other instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français")]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", VAR_DIR / "static"))
MEDIA_URL = env("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail: console by default, SMTP when EMAIL_URL-style variables are set.
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", "Territoires en commun <ne-pas-repondre@territoires-en-commun.fr>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work (e-mails, search index, CDN purges, scheduled publishing): rows in the database,
# run by `manage.py db_worker`; `manage.py run_scheduler` enqueues the periodic ones. See
# docs/adr/0008-background-tasks.md.
TASKS = {"default": {"BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}
# An e-mail the server did not take is tried again after each of these delays (seconds).
TASKS_EMAIL_RETRY_DELAYS = [60, 600, 3600]
# What `manage.py run_scheduler` enqueues, every so many seconds (each task is idempotent).
TASKS_SCHEDULE = [
    {"task": "cms.tasks.publish_scheduled", "every": 60},
    {"task": "projects.tasks.send_weekly_digests", "every": 3600},
    {"task": "cms.tasks.prune_task_results", "every": 86400},
    {"task": "webhooks.tasks.retry_overdue_deliveries", "every": 60},
]
# Days a finished task's result is kept: successful ones, failed ones (the record of a loss).
TASKS_RESULTS_KEPT_DAYS = 14
TASKS_FAILED_RESULTS_KEPT_DAYS = 90

# Signed publish webhooks (webhooks/, docs/adr/0012-publish-webhooks.md): what changed, POSTed to
# each endpoint of the admin (« Paramètres › Points de terminaison des webhooks »). WEBHOOK_ENDPOINTS
# are created or updated by `manage.py ensure_webhook_endpoint` (load_demo runs it): the public site
# by default, at SITE_REVALIDATE_URL with the secret SITE_WEBHOOK_SECRET (Standard Webhooks form,
# whsec_ + base64; the site verifies with the same). An empty SITE_REVALIDATE_URL: no site to tell.
SITE_REVALIDATE_URL = env("SITE_REVALIDATE_URL", "http://127.0.0.1:3000/api/revalidate/")
SITE_WEBHOOK_SECRET = env("SITE_WEBHOOK_SECRET", "")


def site_webhook_endpoints(url, secret):
    return [{"name": "Site public", "url": url, "secret": secret}] if url and secret else []


WEBHOOK_ENDPOINTS = site_webhook_endpoints(SITE_REVALIDATE_URL, SITE_WEBHOOK_SECRET)
# Seconds a receiver has to answer one try.
WEBHOOKS_TIMEOUT = 10
# A try that failed (network, 5xx, 408, 429) is repeated after each of these delays (seconds),
# then the message is abandoned; other 4xx answers are not repeated.
WEBHOOKS_RETRY_DELAYS = [30, 120, 600, 3600, 21600]
# Objects and paths one message lists; beyond, it says `truncated` and tags `site`.
WEBHOOKS_MAX_OBJECTS = 100
# Snippet or setting models (app_label.ModelName) whose changes send nothing.
WEBHOOKS_IGNORED_MODELS = ["projects.JournalDigest"]
# Snippet models shown on every page of the site: their changes also tag `site`.
WEBHOOKS_SITE_WIDE_MODELS = []

# Search: the database backend by default; an OpenSearch / Elasticsearch cluster when SEARCH_URL is set.
SEARCH_URL = env("SEARCH_URL", "")
SEARCH_BACKEND = env("SEARCH_BACKEND", "search.backends.opensearch_french")
SEARCH_INDEX = env("SEARCH_INDEX", "territoires")
SEARCH_TIMEOUT = int(env("SEARCH_TIMEOUT", "10"))
if SEARCH_URL:
    # The French backends put their analysis (search/backends/opensearch_settings.py) under any
    # INDEX_SETTINGS given here.
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": SEARCH_BACKEND,
            "URLS": [SEARCH_URL],
            "INDEX_PREFIX": f"{SEARCH_INDEX}_",
            "TIMEOUT": SEARCH_TIMEOUT,
            "OPTIONS": {"max_retries": 0},
        }
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # French (folded, stemmed) FTS5 with efficient bm25 ranking; see search/backends/.
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.sqlite_french"}}
else:
    # The unaccent + french configurations are created by the migration search/0002.
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.postgres_french",
            "SEARCH_CONFIG": env("SEARCH_CONFIG", "french_unaccent"),
            "AUTOCOMPLETE_CONFIG": "simple_unaccent",
        }
    }
# Longest query accepted by the search service (characters).
SEARCH_MAX_QUERY_LENGTH = int(env("SEARCH_MAX_QUERY_LENGTH", "200"))

# Wagtail
WAGTAIL_SITE_NAME = "Territoires en commun"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français")]
WAGTAIL_USER_TIME_ZONES = ["Europe/Paris"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_USER_LOGIN_FORM = "cms.forms.LoginForm"
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "odt",
    "ods",
    "odp",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "xlsx",
    "zip",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# A CDN or reverse proxy in front of the API is purged when content is published or unpublished.
FRONTEND_CACHE_PURGE_URL = env("FRONTEND_CACHE_PURGE_URL", "")
WAGTAILFRONTENDCACHE = (
    {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
    if FRONTEND_CACHE_PURGE_URL
    else {}
)
API_BASE_URL = env("API_BASE_URL", WAGTAILADMIN_BASE_URL)

# Front ends that read the API (headless): preview, CORS.
FRONTEND_URL = env("FRONTEND_URL", "http://localhost:3000")
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": {"default": env("PREVIEW_URL", FRONTEND_URL + "/preview")},
    "SERVE_BASE_URL": FRONTEND_URL,
    "REDIRECT_ON_PREVIEW": False,
    "ENFORCE_TRAILING_SLASH": True,
}
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS", FRONTEND_URL)
CORS_URLS_REGEX = r"^/(graphql|api)/.*$"

GRAPHENE = {"SCHEMA": "cms.api.schema.schema"}
GRAPHQL_INTROSPECTION = env_bool("GRAPHQL_INTROSPECTION", DEBUG)

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

# Structured logs (cms/observability): one JSON object per line when LOG_FORMAT=json (production's
# default), readable lines otherwise; each carries the request id (django-structlog).
from cms.observability.logformat import configure as configure_logs  # noqa: E402

LOG_FORMAT = env("LOG_FORMAT", "console")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"structured": configure_logs(json_output=LOG_FORMAT == "json")},
    "filters": {
        "quiet_tasks": {
            "()": "cms.observability.logs.QuietLoggers",
            "names": ["django_tasks", "django_tasks_db"],
            "level": env("TASK_LOG_LEVEL", "WARNING"),
        }
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "structured",
            "filters": ["quiet_tasks"],
        }
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # One line per background task or page save drowns what matters.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": env("WAGTAIL_LOG_LEVEL", "WARNING")},
        "modelsearch": {"level": "WARNING"},
        # django-structlog's « request_started / request_finished » for every request.
        "django_structlog": {"level": env("REQUEST_LOG_LEVEL", "WARNING")},
        # « tâche mise en file / commencée / terminée » with the request id: INFO to follow them.
        "cms.tasks": {"level": env("TASK_LOG_LEVEL", "WARNING")},
        # « … mise en file » for each periodic task, every minute: the same kind of line.
        "cms.scheduler": {"level": env("TASK_LOG_LEVEL", "WARNING")},
    },
}

# GraphQL protection (OWASP GraphQL cheat sheet); see cms/api/limits.py
GRAPHQL_MAX_DEPTH = int(env("GRAPHQL_MAX_DEPTH", "12"))
GRAPHQL_MAX_ALIASES = int(env("GRAPHQL_MAX_ALIASES", "15"))
GRAPHQL_MAX_COST = int(env("GRAPHQL_MAX_COST", "3000"))
GRAPHQL_MAX_QUERY_LENGTH = int(env("GRAPHQL_MAX_QUERY_LENGTH", "20000"))
GRAPHQL_MAX_TOKENS = int(env("GRAPHQL_MAX_TOKENS", "5000"))
GRAPHQL_DEFAULT_PAGE_SIZE = 20
GRAPHQL_MAX_PAGE_SIZE = 100
GRAPHQL_MAX_SPREADS = int(env("GRAPHQL_MAX_SPREADS", "40"))
# Estimated items of a plain list (not paginated) whose type declares no bound of its own.
GRAPHQL_DEFAULT_LIST_BOUND = int(env("GRAPHQL_DEFAULT_LIST_BOUND", "10"))
# Cost of one image rendition (each width of a srcSet is one): it may have to be generated.
GRAPHQL_RENDITION_COST = int(env("GRAPHQL_RENDITION_COST", "10"))
GRAPHQL_CACHE_MAX_AGE = int(env("GRAPHQL_CACHE_MAX_AGE", "60"))
# Anonymous answers kept by the server (cms/api/response_cache.py, the "api" cache below); 0 turns
# it off. The size bounds the local-memory cache; Redis is bounded by its own maxmemory.
GRAPHQL_RESPONSE_CACHE_SIZE = int(env("GRAPHQL_RESPONSE_CACHE_SIZE", "1000"))
GRAPHQL_RESPONSE_CACHE_TTL = int(env("GRAPHQL_RESPONSE_CACHE_TTL", "60"))
GRAPHQL_RESPONSE_CACHE_MAX_BYTES = 1_000_000
# Persisted queries (cms/api/persisted.py, docs/adr/0011-persisted-queries.md). The committed
# operations' manifests are always known; GRAPHQL_PERSISTED_ONLY makes them the only documents the
# server runs (no query text, no automatic registration). Documents registered by Apollo's
# automatic persisted queries are kept in the GRAPHQL_APQ_CACHE cache alias (Redis when set).
GRAPHQL_PERSISTED_ONLY = env_bool("GRAPHQL_PERSISTED_ONLY", False)
GRAPHQL_PERSISTED_MANIFESTS = env_list("GRAPHQL_PERSISTED_MANIFESTS") or [
    str(BASE_DIR / "graphql" / "persisted-operations.json")
]
GRAPHQL_APQ_CACHE = env("GRAPHQL_APQ_CACHE", "default")
GRAPHQL_APQ_TTL = int(env("GRAPHQL_APQ_TTL", str(7 * 24 * 3600)))

# --- Security: login lockout, API throttling, CSP, proxies, security.txt (docs/security.md) ---
from datetime import timedelta  # noqa: E402
from urllib.parse import urlsplit  # noqa: E402

from csp.constants import NONE, SELF, UNSAFE_INLINE  # noqa: E402


def env_int(name, default):
    value = os.environ.get(name, "")
    try:
        return int(value) if value.strip() else default
    except ValueError:
        raise ImproperlyConfigured(f"{name} doit être un nombre entier, pas {value!r}.") from None


def origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


INSTALLED_APPS += ["axes", "csp"]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "cms.csp.CSPMiddleware",
)
# After CORS, so that a 429 still carries the CORS headers a browser needs to read it.
MIDDLEWARE.insert(
    MIDDLEWARE.index("corsheaders.middleware.CorsMiddleware") + 1,
    "cms.api.throttle.ApiThrottleMiddleware",
)
MIDDLEWARE.append("axes.middleware.AxesMiddleware")

# Reverse proxies whose X-Forwarded-For (and X-Forwarded-Proto) are believed: addresses or networks.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
# The header by which those proxies say the client spoke HTTPS (production only; "" for none).
PROXY_SSL_HEADER = env("PROXY_SSL_HEADER", "X-Forwarded-Proto" if TRUSTED_PROXIES else "")

# Login lockout (django-axes) on every password login: Wagtail admin and Django admin.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 30)) or None
# "username,ip_address": the account is locked (from anywhere) and the address is locked (for
# every account), each after AXES_FAILURE_LIMIT failures; "username+ip_address" locks the pair only.
AXES_LOCKOUT_PARAMETERS = [
    item.split("+") if "+" in item else item
    for item in env_list("AXES_LOCKOUT_PARAMETERS", "username,ip_address")
]
AXES_CLIENT_IP_CALLABLE = "cms.network.client_ip"
AXES_LOCKOUT_CALLABLE = "cms.lockout.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_IP_WHITELIST = env_list("AXES_IP_WHITELIST") or None
AXES_NEVER_LOCKOUT_WHITELIST = bool(AXES_IP_WHITELIST)
# Password-reset e-mails asked per client address and per recipient per window (0: no limit).
PASSWORD_RESET_LIMIT = env_int("PASSWORD_RESET_LIMIT", 5)
PASSWORD_RESET_WINDOW = env_int("PASSWORD_RESET_WINDOW", 3600)
MIDDLEWARE.insert(
    MIDDLEWARE.index("cms.api.throttle.ApiThrottleMiddleware") + 1,
    "cms.lockout.PasswordResetThrottleMiddleware",
)

# API rate limits (cms/api/throttle.py): per Bearer token and per client address, requests and
# GraphQL cost per window; 0 turns a limit off. The defaults leave room for the public site and
# the load test (bench/load: ~50 requests/s from one address on two cores).
API_THROTTLE_WINDOW = env_int("API_THROTTLE_WINDOW", 60)
API_THROTTLE_CACHE = env("API_THROTTLE_CACHE", "default")
API_RATE_LIMIT_IP = env_int("API_RATE_LIMIT_IP", 6000)
API_COST_BUDGET_IP = env_int("API_COST_BUDGET_IP", 1_000_000)
API_RATE_LIMIT_TOKEN = env_int("API_RATE_LIMIT_TOKEN", 1200)
API_COST_BUDGET_TOKEN = env_int("API_COST_BUDGET_TOKEN", 200_000)
API_THROTTLE_EXEMPT = env_list("API_THROTTLE_EXEMPT")
# Browsers may read how long to wait from a cross-origin 429.
CORS_EXPOSE_HEADERS = ["Retry-After"]

# Content-Security-Policy (django-csp) on every response, the admin and the API alike; nothing
# is loaded from a third party (the admin's avatars included).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
_csp_frames = [
    SELF,
    *filter(
        None, [origin(FRONTEND_URL), origin(WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"]["default"])]
    ),
]
_csp_media = [SELF, "data:", "blob:", *filter(None, [origin(MEDIA_URL)])]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": _csp_media,
        "media-src": _csp_media,
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": list(dict.fromkeys(_csp_frames)),
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

CONTENT_SECURITY_POLICY_API = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "form-action": [NONE],
    }
}
# The admin's widgets that still run inline scripts (cms/csp.py).
CONTENT_SECURITY_POLICY_ADMIN_REPLACE = {"script-src": [SELF, UNSAFE_INLINE]}

# security.txt (RFC 9116), served at /.well-known/security.txt.
SECURITY_CONTACT = env("SECURITY_CONTACT", "")
SECURITY_TXT_EXPIRES = env("SECURITY_TXT_EXPIRES", "")
# Caches: local memory in each process by default; one Redis shared by every process and node when
# REDIS_URL (or CACHE_URL) is set, so that an answer computed once serves them all.
REDIS_URL = env("REDIS_URL", "") or env("CACHE_URL", "")
# A Redis that hangs must not hold the request: past this many seconds the cache misses.
REDIS_TIMEOUT = float(env("REDIS_TIMEOUT", "0.5"))
if REDIS_URL:
    _redis_options = {"socket_connect_timeout": REDIS_TIMEOUT, "socket_timeout": REDIS_TIMEOUT}
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "territoires",
            "OPTIONS": _redis_options,
        },
        "api": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "territoires-api",
            "TIMEOUT": GRAPHQL_RESPONSE_CACHE_TTL,
            "OPTIONS": _redis_options,
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "api": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "territoires-api",
            "TIMEOUT": GRAPHQL_RESPONSE_CACHE_TTL,
            "OPTIONS": {"MAX_ENTRIES": max(GRAPHQL_RESPONSE_CACHE_SIZE, 1)},
        },
    }

# Image renditions the API may generate (cms/api/media.py): widths, width×height crops, heights,
# formats; AVIF only up to a width (0: never); new renditions per request.
GRAPHQL_IMAGE_WIDTHS = [
    int(w) for w in env_list("GRAPHQL_IMAGE_WIDTHS", "160,320,400,480,640,800,960,1200,1440,1920")
]
GRAPHQL_IMAGE_SIZES = env_list("GRAPHQL_IMAGE_SIZES", "320x200,400x300,800x450,1200x630")
GRAPHQL_IMAGE_HEIGHTS = [int(h) for h in env_list("GRAPHQL_IMAGE_HEIGHTS", "")]
GRAPHQL_IMAGE_FORMATS = env_list("GRAPHQL_IMAGE_FORMATS", "jpeg,png,webp,avif")
GRAPHQL_IMAGE_AVIF_MAX_WIDTH = int(env("GRAPHQL_IMAGE_AVIF_MAX_WIDTH", "480"))
GRAPHQL_MAX_NEW_RENDITIONS = int(env("GRAPHQL_MAX_NEW_RENDITIONS", "20"))

# ProConnect sign-in (ADR 0015). Defaults: the local provider of scripts/devidp (development, CI).
PROCONNECT_ISSUER = env("PROCONNECT_ISSUER", "http://127.0.0.1:3900").rstrip("/")
PROCONNECT_CLIENT_IDS = env_list("PROCONNECT_CLIENT_IDS", "territoires-site,territoires-admin")
PROCONNECT_ADMIN_CLIENT_ID = env("PROCONNECT_ADMIN_CLIENT_ID", "territoires-admin")
PROCONNECT_ADMIN_CLIENT_SECRET = env(
    "PROCONNECT_ADMIN_CLIENT_SECRET", "territoires-admin-dev-secret"
)
PROCONNECT_LEEWAY = int(env("PROCONNECT_LEEWAY", "60"))  # seconds of clock skew on exp/iat
PROCONNECT_TIMEOUT = float(env("PROCONNECT_TIMEOUT", "5"))  # seconds, discovery and JWKS requests
AGENT_SESSION_TTL = int(env("AGENT_SESSION_TTL", str(8 * 3600)))  # seconds

# The admin's ProConnect button (mozilla-django-oidc, cms/admin_oidc.py). Endpoints: ProConnect's
# paths under its issuer, which the local provider serves too.
INSTALLED_APPS += ["mozilla_django_oidc"]
AUTHENTICATION_BACKENDS += ["cms.admin_oidc.ProConnectAdminBackend"]
OIDC_RP_CLIENT_ID = PROCONNECT_ADMIN_CLIENT_ID
OIDC_RP_CLIENT_SECRET = PROCONNECT_ADMIN_CLIENT_SECRET
OIDC_RP_SIGN_ALGO = "RS256"
OIDC_RP_SCOPES = "openid email given_name usual_name siret idp_id uid"
OIDC_OP_AUTHORIZATION_ENDPOINT = env(
    "PROCONNECT_AUTHORIZATION_ENDPOINT", f"{PROCONNECT_ISSUER}/authorize"
)
OIDC_OP_TOKEN_ENDPOINT = env("PROCONNECT_TOKEN_ENDPOINT", f"{PROCONNECT_ISSUER}/token")
OIDC_OP_USER_ENDPOINT = env("PROCONNECT_USERINFO_ENDPOINT", f"{PROCONNECT_ISSUER}/userinfo")
OIDC_OP_JWKS_ENDPOINT = env("PROCONNECT_JWKS_ENDPOINT", f"{PROCONNECT_ISSUER}/jwks")
OIDC_USE_PKCE = True
OIDC_TIMEOUT = PROCONNECT_TIMEOUT
OIDC_AUTHENTICATE_CLASS = "cms.admin_oidc.ProConnectRequestView"
OIDC_CALLBACK_CLASS = "cms.admin_oidc.ProConnectCallbackView"
LOGIN_REDIRECT_URL = "/admin/"
LOGIN_REDIRECT_URL_FAILURE = "/admin/login/"

# Monthly newsletter (newsletter app, README « Lettre d'information »): sender, list, pace, ESP.
INSTALLED_APPS += ["newsletter.apps.NewsletterConfig", "anymail"]
TASKS_SCHEDULE += [{"task": "newsletter.tasks.resume_sendings", "every": 60}]
NEWSLETTER_FROM_EMAIL = env(
    "NEWSLETTER_FROM_EMAIL", "Territoires en commun <lettre@territoires-en-commun.fr>"
)
NEWSLETTER_REPLY_TO = env("NEWSLETTER_REPLY_TO", "")
NEWSLETTER_LIST_ID = env(
    "NEWSLETTER_LIST_ID", "Lettre de Territoires en commun <lettre.territoires-en-commun.fr>"
)
NEWSLETTER_UNSUBSCRIBE_MAILTO = env("NEWSLETTER_UNSUBSCRIBE_MAILTO", "")
# Empty: EMAIL_BACKEND; e.g. anymail.backends.brevo.EmailBackend to send the newsletter via an ESP.
NEWSLETTER_EMAIL_BACKEND = env("NEWSLETTER_EMAIL_BACKEND", "")
NEWSLETTER_BATCH_SIZE = env_int("NEWSLETTER_BATCH_SIZE", 200)
NEWSLETTER_RATE_PER_SECOND = float(env("NEWSLETTER_RATE_PER_SECOND", "14") or 0)
NEWSLETTER_RETRY_DELAYS = [60, 300, 1800]
NEWSLETTER_CLAIM_TIMEOUT = env_int("NEWSLETTER_CLAIM_TIMEOUT", 900)
# Messages marked in flight together: a worker killed mid-chunk leaves at most these « incertain ».
NEWSLETTER_IN_FLIGHT = env_int("NEWSLETTER_IN_FLIGHT", 10)
# The cache that counts the rate shared by all workers (Redis in production: atomic incr).
NEWSLETTER_RATE_CACHE = env("NEWSLETTER_RATE_CACHE", "default")
NEWSLETTER_CONFIRMATION_MAX_AGE = env_int("NEWSLETTER_CONFIRMATION_MAX_AGE", 7 * 24 * 3600)
NEWSLETTER_CONSENT_TEXT_VERSION = env("NEWSLETTER_CONSENT_TEXT_VERSION", "2026-11")
# django-anymail: the ESP's API key and the secret of its tracking webhooks (bounces, complaints).
ANYMAIL_ESP = env("ANYMAIL_ESP", "")
ANYMAIL = {
    f"{ANYMAIL_ESP.upper()}_API_KEY": env("ANYMAIL_API_KEY", ""),
    "WEBHOOK_SECRET": env("ANYMAIL_WEBHOOK_SECRET", ""),
}

# Files sent to the GraphQL API (GraphQL multipart request spec; workflows/uploads.py checks them).
# Django keeps a file part in memory up to FILE_UPLOAD_MAX_MEMORY_SIZE, on disk beyond; the JSON
# parts (`operations`, `map`) count against DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 Mo by default).
GRAPHQL_UPLOAD_MAX_FILE_SIZE = int(env("GRAPHQL_UPLOAD_MAX_FILE_SIZE", str(10 * 1024 * 1024)))
GRAPHQL_UPLOAD_MAX_REQUEST_SIZE = int(env("GRAPHQL_UPLOAD_MAX_REQUEST_SIZE", str(40 * 1024 * 1024)))
GRAPHQL_UPLOAD_MAX_FILES = int(env("GRAPHQL_UPLOAD_MAX_FILES", "10"))
GRAPHQL_UPLOAD_MAX_PIXELS = int(env("GRAPHQL_UPLOAD_MAX_PIXELS", str(40_000_000)))
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# Double submits: a submission's idempotency key is remembered this long (seconds).
SUBMISSION_IDEMPOTENCY_TTL = int(env("SUBMISSION_IDEMPOTENCY_TTL", str(24 * 3600)))

# Peer exchange in shared projects (community/): who may post how often, how long an author may
# edit, the longest message, the weekly digest of the exchanges.
INSTALLED_APPS += ["community.apps.CommunityConfig"]
TASKS_SCHEDULE += [{"task": "community.tasks.send_weekly_digests", "every": 3600}]
COMMUNITY_RATE_LIMIT = env_int("COMMUNITY_RATE_LIMIT", 10)
COMMUNITY_RATE_WINDOW = env_int("COMMUNITY_RATE_WINDOW", 600)
COMMUNITY_EDIT_DELAY = env_int("COMMUNITY_EDIT_DELAY", 1800)
COMMUNITY_MESSAGE_MAX_LENGTH = env_int("COMMUNITY_MESSAGE_MAX_LENGTH", 10_000)
# Files joined to messages: outside MEDIA_ROOT, never served as is (community/views.py checks
# who downloads). Production may point this alias at a private bucket (django-storages).
STORAGES["community"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {
        "location": env("COMMUNITY_ATTACHMENTS_ROOT", str(VAR_DIR / "private" / "echanges"))
    },
}
# --- Other actors: e-mail sign-in links (cms/email_signin.py, ADR 0017) ---
EMAIL_SIGN_IN_TTL = int(env("EMAIL_SIGN_IN_TTL", "900"))  # seconds a sign-in link lives
EMAIL_SIGN_IN_LIMIT = int(env("EMAIL_SIGN_IN_LIMIT", "3"))  # links per address per window
EMAIL_SIGN_IN_IP_LIMIT = int(env("EMAIL_SIGN_IN_IP_LIMIT", "10"))  # links per client per window
EMAIL_SIGN_IN_WINDOW = int(env("EMAIL_SIGN_IN_WINDOW", "900"))  # seconds
# --- Read replica (cms/db_router.py, docs/deploy.md) ---
# A PostgreSQL streaming replica: the API's anonymous queries read it; everything else, and any
# client that wrote less than DATABASE_REPLICA_STICKY_SECONDS ago, reads the primary. A replica
# unreachable or lagging beyond DATABASE_REPLICA_MAX_LAG seconds: reads go back to the primary.
DATABASE_REPLICA_URL = env("DATABASE_REPLICA_URL", "")
DATABASE_REPLICA_ALIAS = "replica"
DATABASE_REPLICA_STICKY_SECONDS = env_int("DATABASE_REPLICA_STICKY_SECONDS", 10)
DATABASE_REPLICA_MAX_LAG = float(env("DATABASE_REPLICA_MAX_LAG", "5"))
DATABASE_REPLICA_CHECK_INTERVAL = float(env("DATABASE_REPLICA_CHECK_INTERVAL", "2"))
if DATABASE_REPLICA_URL:
    DATABASES[DATABASE_REPLICA_ALIAS] = dj_database_url.parse(
        DATABASE_REPLICA_URL, conn_max_age=int(env("DB_CONN_MAX_AGE", "0"))
    )
    # A replica that does not answer costs this many seconds once per check interval.
    DATABASES[DATABASE_REPLICA_ALIAS].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", env_int("DATABASE_REPLICA_CONNECT_TIMEOUT", 2)
    )
    # Tests read the test database through the replica: it streams it from the primary.
    DATABASES[DATABASE_REPLICA_ALIAS]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["cms.db_router.ReplicaRouter"]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"),
    "cms.db_router.StickyPrimaryMiddleware",
)

# --- Files on several nodes (docs/deploy.md): media on an S3-compatible object store when
# MEDIA_S3_BUCKET is set (django-storages), static files served by each node with WhiteNoise when
# SERVE_STATIC is true (the admin's CSS and JS, with no web server in front for them).
MEDIA_S3_BUCKET = env("MEDIA_S3_BUCKET", "")
if MEDIA_S3_BUCKET:
    MEDIA_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": env("MEDIA_S3_ENDPOINT_URL", "") or None,
            "region_name": env("MEDIA_S3_REGION", "") or None,
            # Empty: boto3's own chain (instance role, AWS_* variables, ~/.aws).
            "access_key": env("MEDIA_S3_ACCESS_KEY_ID", "") or None,
            "secret_key": env("MEDIA_S3_SECRET_ACCESS_KEY", "") or None,
            "custom_domain": env("MEDIA_S3_CUSTOM_DOMAIN", "") or None,
            "location": env("MEDIA_S3_PREFIX", "media"),
            "default_acl": None,  # the bucket's policy decides who reads
            "querystring_auth": env_bool("MEDIA_S3_SIGNED_URLS", False),
            "file_overwrite": False,  # two nodes uploading the same name keep both files
        },
    }
else:
    MEDIA_STORAGE = {
        "BACKEND": env("MEDIA_STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage")
    }
STORAGES["default"] = MEDIA_STORAGE
SERVE_STATIC = env_bool("SERVE_STATIC", False)
if SERVE_STATIC:
    MIDDLEWARE.insert(
        MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
        "whitenoise.middleware.WhiteNoiseMiddleware",
    )

# --- Operations: health, metrics, request ids (cms/observability, docs/observability.md) ---
INSTALLED_APPS += ["health_check", "django_prometheus", "django_structlog"]
MIDDLEWARE.insert(0, "django_prometheus.middleware.PrometheusBeforeMiddleware")
MIDDLEWARE.insert(1, "django_structlog.middlewares.RequestMiddleware")
MIDDLEWARE.append("django_prometheus.middleware.PrometheusAfterMiddleware")
# The load balancer's id, when it sets X-Request-ID; a fresh one otherwise.
DJANGO_STRUCTLOG_TRUST_UPSTREAM_REQUEST_ID = env_bool("TRUST_UPSTREAM_REQUEST_ID", False)
# Networks (besides loopback) allowed to read /metrics: the Prometheus scrapers.
METRICS_ALLOWED_IPS = env_list("METRICS_ALLOWED_IPS")
# A task due for longer than this (seconds) makes /sante/ warn that no worker runs the queue.
HEALTH_TASK_QUEUE_MAX_WAIT = env_int("HEALTH_TASK_QUEUE_MAX_WAIT", 300)
# django-prometheus's database and cache wrappers: the same engines, with metrics. Swapped last,
# once every setting that looks at the engine has been decided.
_INSTRUMENTED = {
    "django.db.backends.sqlite3": "django_prometheus.db.backends.sqlite3",
    "django.db.backends.postgresql": "django_prometheus.db.backends.postgresql",
    "django.core.cache.backends.locmem.LocMemCache": "django_prometheus.cache.backends.locmem.LocMemCache",
    # Redis down: the caches miss instead of failing the request (cms/observability/cache.py).
    "django.core.cache.backends.redis.RedisCache": "cms.observability.cache.FailSoftRedisCache",
}
for _database in DATABASES.values():
    _database["ENGINE"] = _INSTRUMENTED.get(_database["ENGINE"], _database["ENGINE"])
for _cache in CACHES.values():
    _cache["BACKEND"] = _INSTRUMENTED.get(_cache["BACKEND"], _cache["BACKEND"])
