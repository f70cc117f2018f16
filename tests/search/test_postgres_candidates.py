"""PostgreSQL ranks a bounded set of candidates (docs/adr/0016-search-v2.md): when most words are
enough, the documents that have every word must be among them, or the first page misses them."""

import pytest
from django.db import connection

from cms.models import HomePage
from search import documents, services
from search.backends import postgres_french
from tests.inspiration.factories import ExperiencePageFactory, InspirationIndexPageFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="PostgreSQL seulement : lancez `make test-search` avec DATABASE_URL=… "
        '(DATABASE_URL="$(scripts/postgres start)")',
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
    # Fewer candidates than documents matching two of the three words.
    monkeypatch.setattr(postgres_french, "CANDIDATES", 1)

    result = services.search("lavoir gouttière ardoise", record_stats=False)

    assert result.total == 4
    assert result.hits[0].page.pk == complete.pk
