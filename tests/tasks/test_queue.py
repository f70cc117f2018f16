"""With the database backend (production), publishing only enqueues: the search documents and the
CDN purge follow when the worker runs, and the editor's request never waits for them."""

import pytest
from django_tasks_db.models import DBTaskResult

from search.models import SearchDocument
from tests.factories import ExperiencePageFactory, InspirationIndexPageFactory
from tests.tasks.conftest import run_worker

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_publishing_enqueues_indexing_and_purge_for_the_worker(settings, home, proxy):
    location, received = proxy
    index = InspirationIndexPageFactory(parent=home)
    page = ExperiencePageFactory(parent=index, title="Fête des voisins", live=False)
    settings.API_BASE_URL = "https://cms.example.org"
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": location,
        }
    }
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    page.save_revision().publish()

    assert not SearchDocument.objects.filter(page=page).exists()
    assert received == []
    paths = set(DBTaskResult.objects.values_list("task_path", flat=True))
    assert {
        "search.tasks.sync_pages",
        "wagtail.contrib.frontend_cache.tasks.purge_urls_from_cache_task",
    } <= paths

    run_worker()

    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}
    assert SearchDocument.objects.get(page=page).title == "Fête des voisins"
    assert ("cms.example.org", "/graphql/") in received
