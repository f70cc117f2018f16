"""Search documents follow the pages: publish, unpublish, delete, move, view restrictions.

The receivers enqueue `search.tasks` at once, inside the transaction that changes the page: with
the database backend the task row commits (or rolls back) with the change, and the worker reads
the committed page; with the immediate backend (tests) the documents change at once, as before.
"""

from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.models import LocalAuthority, TerritoryType, Theme
from search import tasks
from search.models import SearchDocument


def on_page_saved(sender, instance, created=False, update_fields=None, raw=False, **kwargs):
    # A draft saved on a live page writes only a few columns (update_fields): the live content
    # has not changed. A full save (publish, unpublish, direct creation) is read back from the DB.
    if raw or not isinstance(instance, Page) or update_fields is not None:
        return
    if instance.live or SearchDocument.objects.filter(page_id=instance.pk).exists():
        tasks.sync_pages.enqueue([instance.pk])


def on_page_relations_changed(sender, instance, action, reverse=False, **kwargs):
    # A page's themes and territory types are written after its post_save.
    if reverse or not isinstance(instance, Page) or not action.startswith("post_"):
        return
    if instance.live:
        tasks.sync_pages.enqueue([instance.pk])


def on_page_published(sender, instance, **kwargs):
    tasks.sync_pages.enqueue([instance.pk])


def on_page_unpublished(sender, instance, **kwargs):
    tasks.sync_pages.enqueue([instance.pk])


def on_page_moved(sender, instance, **kwargs):
    tasks.sync_subtree.enqueue(instance.pk)


def _deleting_pages(origin):
    return isinstance(origin, Page) or (
        isinstance(origin, QuerySet) and issubclass(origin.model, Page)
    )


def on_restriction_changed(sender, instance, origin=None, **kwargs):
    # A restriction deleted with its page: the subtree and its search documents go in the same
    # cascade. Indexing the page again there would write a document for a page about to vanish.
    if _deleting_pages(origin):
        return
    tasks.sync_subtree.enqueue(instance.page_id)


def on_vocabulary_changed(sender, instance, created=False, raw=False, **kwargs):
    """A renamed theme, territory type or département: its documents' facet labels follow."""
    if raw or created:
        return
    from search.models import FacetKey, SearchFacet

    if isinstance(instance, Theme):
        key, value = FacetKey.THEME, instance.slug
    elif isinstance(instance, TerritoryType):
        key, value = FacetKey.TERRITORY_TYPE, instance.slug
    elif isinstance(instance, LocalAuthority) and instance.kind == "departement":
        key, value = FacetKey.DEPARTMENT, instance.code
    else:
        return
    page_ids = (
        SearchFacet.objects.filter(key=key, value=value)
        .exclude(label=instance.name)
        .values_list("document__page_id", flat=True)
    )
    page_ids = list(page_ids)
    if page_ids:
        tasks.sync_pages.enqueue(page_ids)


def connect():
    post_save.connect(on_page_saved, dispatch_uid="search_page_saved")
    m2m_changed.connect(on_page_relations_changed, dispatch_uid="search_page_relations")
    page_published.connect(on_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="search_page_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="search_page_moved")
    post_save.connect(
        on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_saved"
    )
    post_delete.connect(
        on_restriction_changed,
        sender=PageViewRestriction,
        dispatch_uid="search_restriction_deleted",
    )
    for model in (Theme, TerritoryType, LocalAuthority):
        post_save.connect(
            on_vocabulary_changed, sender=model, dispatch_uid=f"search_vocabulary_{model.__name__}"
        )
