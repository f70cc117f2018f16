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
    "inspiration.apps.InspirationConfig",
    "projects.apps.ProjectsConfig",
    "workflows.apps.WorkflowsConfig",
    "search.apps.SearchConfig",
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
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "graphene_django",
    "corsheaders",
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

TASKS = {
    "default": {"BACKEND": env("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}
}

# Search: the database backend by default; an OpenSearch / Elasticsearch cluster when SEARCH_URL is set.
SEARCH_URL = env("SEARCH_URL", "")
SEARCH_BACKEND = env("SEARCH_BACKEND", "search.backends.opensearch_french")
SEARCH_INDEX = env("SEARCH_INDEX", "territoires")
SEARCH_TIMEOUT = int(env("SEARCH_TIMEOUT", "10"))
if SEARCH_URL:
    from search.backends.opensearch_settings import INDEX_SETTINGS as SEARCH_INDEX_SETTINGS

    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": SEARCH_BACKEND,
            "URLS": [SEARCH_URL],
            "INDEX_PREFIX": f"{SEARCH_INDEX}_",
            "TIMEOUT": SEARCH_TIMEOUT,
            "OPTIONS": {"max_retries": 0},
            "INDEX_SETTINGS": SEARCH_INDEX_SETTINGS,
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
GRAPHQL_GRAPHIQL = env_bool("GRAPHQL_GRAPHIQL", DEBUG)
GRAPHQL_INTROSPECTION = env_bool("GRAPHQL_INTROSPECTION", DEBUG)

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # One line per background task or page save drowns what matters.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": env("WAGTAIL_LOG_LEVEL", "WARNING")},
        "modelsearch": {"level": "WARNING"},
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
GRAPHQL_CACHE_MAX_AGE = int(env("GRAPHQL_CACHE_MAX_AGE", "60"))
# Anonymous answers kept in each process (cms/api/response_cache.py); 0 turns the cache off.
GRAPHQL_RESPONSE_CACHE_SIZE = int(env("GRAPHQL_RESPONSE_CACHE_SIZE", "1000"))
GRAPHQL_RESPONSE_CACHE_TTL = int(env("GRAPHQL_RESPONSE_CACHE_TTL", "60"))
GRAPHQL_RESPONSE_CACHE_MAX_BYTES = 1_000_000
