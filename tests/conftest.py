import pytest
from django.contrib.auth import get_user_model

from cms.models import HomePage

# Fixtures shared across folders: Chromium (browser), a reverse proxy receiving PURGEs (proxy).
pytest_plugins = ["tests.browser", "tests.purge", "tests.search.relevance.summary"]


@pytest.fixture(autouse=True)
def _fresh_search_state():
    """Each test reads the search bitmaps and the thesaurus from its own database state: a
    rolled-back test may leave the database where no change stamp tells (search/bitmaps.py,
    kept per process), and its synonyms in the cache (search/thesaurus.py: the rollback sends
    no signal), where they expanded the next module's queries."""
    from search import bitmaps, thesaurus

    bitmaps.forget()
    thesaurus.invalidate()


@pytest.fixture
def home(db):
    """The home page created by the cms migration."""
    return HomePage.objects.get()


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(
        "admin", "admin@example.org", "motdepasse-solide-42"
    )


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


from tests.skips import pytest_runtest_makereport  # noqa: E402, F401 — every skip names a command
