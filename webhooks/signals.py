"""Receivers: Wagtail's page signals, and Django's saves and deletions of snippets and settings.

Each receiver only describes the change (`webhooks.events`); the messages leave once the
transaction commits. One read per page save: whether the page was in the menus before, so that a
page taken out of them still tells the site to redraw its menu.
"""

from django.apps import apps
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, get_page_models
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from cms.content_version import IGNORED_MODELS
from webhooks import events
from webhooks.models import EventType


def on_page_saving(sender, instance, update_fields=None, **kwargs):
    if not isinstance(instance, Page) or instance.pk is None:
        return
    if update_fields is not None and "show_in_menus" not in update_fields:
        return
    stored = Page.objects.filter(pk=instance.pk).values_list("show_in_menus", flat=True).first()
    instance._webhooks_was_in_menus = bool(stored)


def on_page_published(sender, instance, **kwargs):
    events.record(events.page_change(EventType.PAGE_PUBLISHED, instance, sender))


def on_page_unpublished(sender, instance, **kwargs):
    events.record(events.page_change(EventType.PAGE_UNPUBLISHED, instance, sender))


def on_page_deleted(sender, instance, **kwargs):
    # A draft never was on the site; a deleted subtree sends one object per live page in it.
    if instance.live:
        events.record(events.page_change(EventType.PAGE_DELETED, instance, sender))


def _paths_changed(sender, page, url_path_before, url_path_after):
    events.record(
        events.page_change(EventType.PAGE_MOVED, page, sender, old_url_path=url_path_before),
        *(
            events.moved_descendants(page, url_path_before, url_path_after)
            if url_path_before != url_path_after
            else []
        ),
    )


def on_page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    _paths_changed(sender, instance, url_path_before, url_path_after)


def on_page_slug_changed(sender, instance, instance_before, **kwargs):
    # Wagtail sends it after the commit. A page that was not live had no address on the site.
    if instance_before.live:
        _paths_changed(sender, instance, instance_before.url_path, instance.url_path)


def kind_of(model):
    """ "setting", "snippet", or None for a model the webhooks ignore."""
    from wagtail.snippets.models import get_snippet_models

    if model._meta.label in _ignored_labels():
        return None
    if issubclass(model, (BaseSiteSetting, BaseGenericSetting)):
        return "setting"
    if model in get_snippet_models():
        return "snippet"
    return None


def _ignored_labels():
    from django.conf import settings

    return settings.WEBHOOKS_IGNORED_MODELS


def on_object_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    kind = kind_of(sender)
    if kind is not None:
        event = EventType.SETTING_CHANGED if kind == "setting" else EventType.SNIPPET_CHANGED
        events.record(events.object_change(event, instance, kind=kind))


def on_object_deleted(sender, instance, **kwargs):
    kind = kind_of(sender)
    if kind is not None:
        event = EventType.SETTING_CHANGED if kind == "setting" else EventType.SNIPPET_DELETED
        events.record(events.object_change(event, instance, kind=kind))


def connect():
    page_published.connect(on_page_published, dispatch_uid="webhooks_page_published")
    for model in get_page_models():
        pre_save.connect(
            on_page_saving, sender=model, dispatch_uid=f"webhooks_page_saving_{model._meta.label}"
        )
    page_unpublished.connect(on_page_unpublished, dispatch_uid="webhooks_page_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="webhooks_page_moved")
    page_slug_changed.connect(on_page_slug_changed, dispatch_uid="webhooks_page_slug_changed")
    page_models = set(get_page_models())
    for model in page_models - {Page}:
        post_delete.connect(
            on_page_deleted, sender=model, dispatch_uid=f"webhooks_page_deleted_{model._meta.label}"
        )
    # Snippets are registered by the apps' wagtail_hooks, read after start-up: every model that
    # may be one is connected, and `kind_of` decides at the first save. The same models as the
    # content version's (cms.content_version), so that no bulk deletion loses Django's fast path
    # because of the webhooks.
    for model in apps.get_models():
        meta = model._meta
        if (
            model in page_models
            or meta.label_lower in IGNORED_MODELS
            or meta.app_label == "webhooks"
        ):
            continue
        post_save.connect(
            on_object_saved, sender=model, dispatch_uid=f"webhooks_saved_{meta.label_lower}"
        )
        post_delete.connect(
            on_object_deleted, sender=model, dispatch_uid=f"webhooks_deleted_{meta.label_lower}"
        )
