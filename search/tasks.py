"""Search documents follow the pages in the background (django-tasks).

Each task reads what is committed in the database when it runs, whatever the order or number
of times it runs: a page that is no longer live and public loses its document."""

from django_tasks import task
from wagtail.models import Page

from search import documents


@task()
def sync_pages(page_ids):
    """Create, update or delete the documents of these pages."""
    for page_id in page_ids:
        documents.sync_page(page_id)


@task()
def sync_subtree(page_id):
    """A page and its descendants, after a move or a change of view restriction."""
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        documents.sync_subtree(page)
