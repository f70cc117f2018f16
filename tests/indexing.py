"""Building test data that no test searches, without the indexing that follows every save."""

from contextlib import contextmanager

from django.conf import settings
from django.db.models.signals import post_save
from django.test import override_settings
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published

from search import signals as search_signals


@contextmanager
def without_indexing():
    """No search document (search.signals), no search index entry (the backends' AUTO_UPDATE) and
    no reference index row (Wagtail's own switch) for what is saved inside the block.

    For data the test reads through the API or the admin but never searches, nor looks up by
    usage: each page saved costs several indexing queries otherwise (minutes on PostgreSQL for a
    hundred pages). Saves made after the block are indexed as usual.
    """
    backends = {
        name: {**config, "AUTO_UPDATE": False}
        for name, config in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    post_save.disconnect(dispatch_uid="search_page_saved")
    page_published.disconnect(dispatch_uid="search_page_published")
    try:
        with (
            override_settings(WAGTAILSEARCH_BACKENDS=backends),
            disable_reference_index_auto_update(),
        ):
            yield
    finally:
        search_signals.connect()
