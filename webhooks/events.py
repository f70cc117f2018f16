"""What a change means for the public site: the objects, paths and cache tags of a webhook.

Signal receivers turn each change into a `Change`; the changes of one transaction are gathered in
a `Batch` that is sent once the transaction commits (nothing leaves for a change rolled back), one
message per event type, whatever the number of pages or snippets the transaction touched.

Cache tags (the site revalidates exactly these, see graphql/README.md):
- `path:<urlPath>`: the page's path, its old path after a move, and its parent's (which lists it);
- `type:<GraphQLTypeName>`: listings of that type;
- `page:<global id>`: anything that shows that page;
- `site`: what every page shows (menus, site settings, snippets declared site-wide);
- `sitemap`: on every publication, unpublication, move or deletion of a page;
- `snippet:<app_label.ModelName>`: what shows that snippet model.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page

from cms.visibility import front_end_path_of, site_root_path
from webhooks.identity import global_id, graphql_type_name
from webhooks.models import EventType

SITE = "site"
SITEMAP = "sitemap"


def path_tag(path):
    return f"path:{path}"


@dataclass
class Change:
    """One object changed: what the webhook says about it."""

    event: str
    key: tuple
    object: dict
    paths: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    # More pages were affected than a message lists: the receiver revalidates everything.
    overflow: bool = False


def _parent_url_path(url_path):
    """The parent's Wagtail url_path, or None for the site root (its parent is not on the site)."""
    if url_path == site_root_path() or url_path.count("/") <= 2:
        return None
    return url_path.rstrip("/").rsplit("/", 1)[0] + "/"


def _page_paths(url_path):
    paths = [front_end_path_of(url_path)]
    parent = _parent_url_path(url_path)
    if parent is not None:
        paths.append(front_end_path_of(parent))
    return paths


def page_change(event, page, model, *, old_url_path=None):
    """A page published, unpublished, deleted or moved; `model` is its specific class."""
    type_name = graphql_type_name(model)
    page_id = global_id(type_name, page.pk)
    url_path = front_end_path_of(page.url_path)
    item = {"kind": "page", "type": type_name, "id": page_id, "pk": page.pk, "urlPath": url_path}
    paths = _page_paths(page.url_path)
    if old_url_path is not None:
        item["oldUrlPath"] = front_end_path_of(old_url_path)
        paths += _page_paths(old_url_path)
    tags = [*map(path_tag, paths), f"type:{type_name}", f"page:{page_id}", SITEMAP]
    # In the menus now, or until this change (unticked « Afficher dans les menus »).
    if getattr(page, "show_in_menus", False) or getattr(page, "_webhooks_was_in_menus", False):
        tags.append(SITE)
    return Change(event, ("page", page.pk), item, paths, tags)


def moved_descendants(page, url_path_before, url_path_after):
    """The live pages under a moved or renamed page: their paths changed with it."""
    limit = settings.WEBHOOKS_MAX_OBJECTS
    rows = list(
        Page.objects.descendant_of(page)
        .live()
        .order_by("path")
        .values_list("pk", "url_path", "content_type_id", "show_in_menus")[: limit + 1]
    )
    changes = []
    for pk, url_path, content_type_id, show_in_menus in rows[:limit]:
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        descendant = Page(pk=pk, url_path=url_path, show_in_menus=show_in_menus)
        old = url_path_before + url_path[len(url_path_after) :]
        changes.append(page_change(EventType.PAGE_MOVED, descendant, model, old_url_path=old))
    if len(rows) > limit:
        changes[-1].overflow = True
    return changes


def object_change(event, instance, *, kind):
    """A snippet or a setting saved or deleted."""
    model = type(instance)
    type_name = graphql_type_name(model)
    item = {
        "kind": kind,
        "type": type_name,
        "id": global_id(type_name, instance.pk),
        "pk": instance.pk,
    }
    label = model._meta.label
    tags = [SITE] if kind == "setting" else [f"snippet:{label}"]
    if label in settings.WEBHOOKS_SITE_WIDE_MODELS:
        tags.append(SITE)
    return Change(event, (kind, label, instance.pk), item, [], tags)


def payload(event, changes, occurred_at):
    """The JSON body of one message: every change of one event type in one transaction."""
    limit = settings.WEBHOOKS_MAX_OBJECTS
    objects = list({change.key: change.object for change in changes}.values())
    paths = list(dict.fromkeys(path for change in changes for path in change.paths))
    tags = {tag for change in changes for tag in change.tags}
    truncated = len(objects) > limit or len(paths) > limit or any(c.overflow for c in changes)
    if truncated:
        # The site cannot be told every path: it revalidates everything.
        tags = {tag for tag in tags if not tag.startswith(("path:", "page:"))} | {SITE}
    return {
        "type": event,
        "occurredAt": occurred_at.isoformat(),
        "objects": objects[:limit],
        "paths": paths[:limit],
        "tags": sorted(tags),
        "truncated": truncated,
    }


class Batch:
    """The changes of one transaction, sent together when it commits."""

    def __init__(self):
        self.changes = {}
        self.sent = False

    def add(self, change):
        self.changes.setdefault(change.event, []).append(change)

    def flush(self):
        from webhooks.services import dispatch

        self.sent = True
        # Wagtail unpublishes a page before deleting it: the deletion says it all.
        deleted = {change.key for change in self.changes.get(EventType.PAGE_DELETED, [])}
        if deleted:
            self.changes[EventType.PAGE_UNPUBLISHED] = [
                change
                for change in self.changes.get(EventType.PAGE_UNPUBLISHED, [])
                if change.key not in deleted
            ]
        occurred_at = timezone.now()
        dispatch(
            [
                (event, payload(event, changes, occurred_at))
                for event, changes in self.changes.items()
                if changes
            ]
        )


def _open_batch():
    """The batch already waiting for the current transaction to commit, if any."""
    if not connection.in_atomic_block:
        return None
    for _savepoints, func, _robust in reversed(connection.run_on_commit):
        batch = getattr(func, "__self__", None)
        if isinstance(batch, Batch) and not batch.sent:
            return batch
    return None


def record(*changes):
    """Send `changes` with the others of the current transaction, once it commits."""
    if not changes:
        return
    batch = _open_batch()
    if batch is not None:
        for change in changes:
            batch.add(change)
        return
    batch = Batch()
    for change in changes:
        batch.add(change)
    # Robust: the change is committed whatever happens to its webhooks; a failure is logged.
    transaction.on_commit(batch.flush, robust=True)
