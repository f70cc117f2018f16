"""The database engines rank a bounded set of candidates (docs/adr/0016-search-v2.md): when most
words are enough, the documents that have every word must be among them, or the first page misses
them. Same test on SQLite and PostgreSQL (their tiers are their own SQL)."""

import pytest
from django.conf import settings
from django.db import connection

from cms.models import HomePage
from search import documents, services
from tests.inspiration.factories import ExperiencePageFactory, InspirationIndexPageFactory


def engine():
    """The configured database engine's module (each one reads its own tables at import)."""
    if connection.vendor == "postgresql":
        from search.backends import postgres_french

        return postgres_french
    from search.backends import sqlite_french

    return sqlite_french


pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        bool(settings.SEARCH_URL),
        reason="Moteurs en base seulement : lancez `make test-search` sans SEARCH_URL (SQLite) "
        'ou avec DATABASE_URL=… (DATABASE_URL="$(scripts/postgres start)")',
    ),
]


def test_the_documents_with_every_word_are_candidates(monkeypatch):
    index = InspirationIndexPageFactory(parent=HomePage.objects.get(), slug="lavoirs")
    for town in ("Guéret", "Aubusson", "Bourganeuf"):
        ExperiencePageFactory(
            parent=index,
            title=f"Patrimoine de {town}",
            summary="Le lavoir et sa gouttière restaurés par les habitants.",
        )
    complete = ExperiencePageFactory(
        parent=index,
        title="Patrimoine de Felletin",
        summary="Le lavoir, sa gouttière et son toit d'ardoise restaurés par les habitants.",
    )
    documents.rebuild()
    # Fewer candidates than documents matching two of the three words; a page of one (with more
    # candidates than the page needs, nothing else is scored).
    monkeypatch.setattr(engine(), "CANDIDATES", 1)

    result = services.search("lavoir gouttière ardoise", first=1, record_stats=False)

    assert result.total == 4
    assert result.hits[0].page.pk == complete.pk


def test_a_narrow_filter_on_a_frequent_word_still_fills_the_page(monkeypatch):
    """The candidates are read before the filters: when too few pass them, every match is
    scored, and the page is full."""
    index = InspirationIndexPageFactory(parent=HomePage.objects.get(), slug="fontaines")
    pages = [
        ExperiencePageFactory(parent=index, title=f"Fontaine numéro {n}", summary="Une fontaine.")
        for n in range(6)
    ]
    documents.rebuild()
    monkeypatch.setattr(engine(), "CANDIDATES", 1)
    experiences = {"content_type": ["inspiration.ExperiencePage"]}

    result = services.search("fontaine", filters=experiences, record_stats=False)

    assert result.total == len(result.hits) == len(pages)
