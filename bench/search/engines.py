"""The engine configurations the search benchmark compares, the queries each one answers, and
the Django set-up of a child process (bench/search/run.py runs each configuration in its own
process, with bench/search/settings.py)."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = "bench.search.settings"

# label -> (kind, text, filters); kind "search" without facets, "facets" with, "typo" with the
# typo corrector on, "autocomplete".
QUERIES = {
    "mot fréquent (budget)": ("search", "budget", None),
    "mot rare (téléphérique)": ("search", "téléphérique", None),
    "deux mots (démocratie habitants)": ("search", "démocratie habitants", None),
    "sans accent, pluriel (democraties)": ("search", "democraties", None),
    "faute de frappe (particpation)": ("typo", "particpation", None),
    "budget + facettes": ("facets", "budget", None),
    "budget, filtre thématique + facettes": ("facets", "budget", {"theme": ["culture"]}),
    "autocomplétion (budg)": ("autocomplete", "budg", None),
}

ENGINES = {
    "sqlite-stock": {
        "db": "sqlite",
        "label": "SQLite stock",
        "backend": "modelsearch.backends.database.sqlite.sqlite",
        "stock": True,
    },
    "sqlite-ours": {
        "db": "sqlite",
        "label": "SQLite sqlite_french",
        "backend": "search.backends.sqlite_french",
    },
    "postgres-stock": {
        "db": "postgres",
        "label": "PostgreSQL stock",
        "backend": "modelsearch.backends.database.postgres.postgres",
        "stock": True,
    },
    "postgres-ours": {
        "db": "postgres",
        "label": "PostgreSQL postgres_french",
        "backend": "search.backends.postgres_french",
        "config": "french_unaccent",
    },
    "opensearch-ours": {
        "db": "sqlite",
        "label": "OpenSearch opensearch_french",
        "backend": "search.backends.opensearch_french",
        "opensearch": True,
    },
    # Searched as a Wagtail site asks it (backend.search): no facets or filters, which the
    # search service builds on the French backend's faceted search only.
    "opensearch-stock": {
        "db": "sqlite",
        "label": "OpenSearch stock",
        "backend": "modelsearch.backends.opensearch2",
        "opensearch": True,
        "stock": True,
    },
}


def setup():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    import django

    django.setup()
