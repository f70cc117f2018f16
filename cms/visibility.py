"""What the public API may show: live pages, within their publication window, with no view
restriction on them or their ancestors; media outside restricted collections."""

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction, Site


def scheduled_q(prefix=""):
    """Pages whose publication window contains now: `go_live_at` passed, `expire_at` not yet.

    Wagtail's `publish_scheduled` unpublishes expired pages only when it runs; until then they
    are still `live`. `prefix` reaches the page through a relation (`"page__"`).
    """
    now = timezone.now()
    return (Q(**{f"{prefix}go_live_at__isnull": True}) | Q(**{f"{prefix}go_live_at__lte": now})) & (
        Q(**{f"{prefix}expire_at__isnull": True}) | Q(**{f"{prefix}expire_at__gt": now})
    )


def visible_pages(model=Page):
    return model.objects.live().public().filter(scheduled_q())


def visible_page(model=Page):
    """The same rule for looking up one page, in the same query: Wagtail's `public()` first reads
    every restriction, a query of its own; here one EXISTS runs for the one row found."""
    restricted = PageViewRestriction.objects.annotate(
        prefix=Substr(OuterRef("path"), 1, Length("page__path"))
    ).filter(page__path=F("prefix"))
    return model.objects.live().filter(scheduled_q()).exclude(Exists(restricted))


def _restrictions_over(path):
    """View restrictions on the collection at `path` (an outer reference) or an ancestor."""
    return CollectionViewRestriction.objects.annotate(
        prefix=Substr(OuterRef(path), 1, Length("collection__path"))
    ).filter(collection__path=F("prefix"))


def media_restricted():
    """True for an image or a document in a collection under a view restriction, of any kind (the
    API answers everyone alike, and caches share its answers): for `annotate` or `exclude`."""
    return Exists(_restrictions_over("collection__path"))


def restricted_collection_ids():
    return set(
        Collection.objects.filter(Exists(_restrictions_over("path"))).values_list("pk", flat=True)
    )


_site_root = {}


def site_root_path(request=None):
    """The default site's root url_path, kept per process and forgotten when a Site or the root moves."""
    if "path" not in _site_root:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        _site_root["path"] = site.root_page.url_path if site else "/"
    return _site_root["path"]


def forget_site_root(**kwargs):
    _site_root.clear()


def front_end_path(page, request=None):
    """The page's path on the front end, relative to the site root: '/ressources/opale/'."""
    return front_end_path_of(page.url_path, request)


def front_end_path_of(url_path, request=None):
    """The same for a Wagtail `url_path` alone, such as the one a page had before a move."""
    root = site_root_path(request)
    if url_path.startswith(root):
        return "/" + url_path[len(root) :]
    return url_path


def front_end_url(page, request=None):
    return settings.FRONTEND_URL.rstrip("/") + front_end_path(page, request)


def page_by_front_end_path(path, request=None, queryset=None):
    path = "/" + path.strip("/") + "/" if path.strip("/") else "/"
    url_path = site_root_path(request) + path.lstrip("/")
    return (queryset if queryset is not None else visible_page()).filter(url_path=url_path).first()
