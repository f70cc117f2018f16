"""What the public site needs around its pages: the menu, its settings, the redirects of old
addresses and the list of every page for search engines.

The API serves one site, the default one (its root is the front end's « / »; see
`cms.visibility.front_end_path`): the settings and redirects read here are that site's.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from cms.models import SiteSettings
from cms.visibility import front_end_path, visible_pages

# How deep the menu goes below the home page: its sections, and their sub-pages.
MENU_LEVELS = 2


def public_site():
    """The site the API serves, or None before the first migration made it."""
    return Site.objects.filter(is_default_site=True).select_related("root_page").first()


# --- Menu --------------------------------------------------------------------------------------


@dataclass
class MenuItem:
    title: str
    url_path: str
    page: Page
    children: list["MenuItem"] = field(default_factory=list)


def menu(request=None):
    """The sections under the home page that editors show in menus (« Afficher dans les menus »),
    in the tree's order, each with its own sub-pages shown in menus. One query (two with the view
    restrictions), whatever the size of the tree."""
    site = public_site()
    if site is None:
        return []
    root = site.root_page
    pages = (
        visible_pages()
        .filter(
            show_in_menus=True,
            path__startswith=root.path,
            depth__gt=root.depth,
            depth__lte=root.depth + MENU_LEVELS,
        )
        .order_by("path")
    )
    items = {}
    top = []
    for page in pages:
        item = MenuItem(page.title, front_end_path(page, request), page)
        if page.depth == root.depth + 1:
            top.append(item)
            items[page.path] = item
        else:
            parent = items.get(page.path[: -Page.steplen])
            if parent is not None:  # under a section hidden from menus: not shown either
                parent.children.append(item)
    return top


# --- Settings ----------------------------------------------------------------------------------


def site_settings():
    """The settings of the public site; the defaults (unsaved) until an editor saves them.

    Reading never writes: Wagtail's `for_site` would create the row on a read."""
    site = public_site()
    found = SiteSettings.base_queryset().filter(site=site).first() if site else None
    return found or SiteSettings(site=site)


LEGAL_LINK_KINDS = ("legal_notice", "accessibility", "personal_data")


@dataclass
class SiteLink:
    kind: str
    label: str
    url: str
    url_path: str | None


def site_links(stream, request=None):
    """The links of a settings StreamField, pages resolved in one query; a link to a page that is
    not published (or restricted) is left out, so the footer never points to a 404."""
    blocks = list(stream)
    page_ids = [block.value["link"]["page"].pk for block in blocks if block.value["link"]["page"]]
    pages = {page.pk: page for page in visible_pages().filter(pk__in=page_ids)} if page_ids else {}
    links = []
    for block in blocks:
        kind = block.block_type if block.block_type in LEGAL_LINK_KINDS else "other"
        target = block.value["link"]
        if target["page"]:
            page = pages.get(target["page"].pk)
            if page is None:
                continue
            path = front_end_path(page, request)
            links.append(
                SiteLink(
                    kind,
                    block.value["label"],
                    settings.FRONTEND_URL.rstrip("/") + path,
                    path,
                )
            )
        elif target["url"]:
            links.append(SiteLink(kind, block.value["label"], target["url"], None))
    return links


# --- Redirects ---------------------------------------------------------------------------------

MAX_REDIRECT_PATH_LENGTH = 255  # Redirect.old_path's own limit


def _site_redirects(site):
    """The redirects that apply to `site`: its own, and those for every site unless it has its
    own for the same path (as Wagtail's RedirectMiddleware prefers the specific one)."""
    redirects = Redirect.get_for_site(site)
    if site is not None:
        overridden = Redirect.objects.filter(site=site, old_path=OuterRef("old_path"))
        redirects = redirects.exclude(Q(site=None) & Exists(overridden))
    return redirects


def _with_visible_target(redirects):
    # A redirect to a page the public cannot see would only lead to a 404: it is left out.
    return redirects.filter(
        Q(redirect_page__isnull=True, redirect_link__gt="")
        | Q(redirect_page__in=visible_pages().values("pk"))
    ).select_related("redirect_page")


def redirect_for(path):
    """The redirect of the site for a front-end path (« /ancienne-adresse/ », query string
    included or not), or None. The path is normalised as Wagtail's middleware does."""
    if not path or "\0" in path:
        return None
    normalised = Redirect.normalise_path(path)
    candidates = [normalised]
    without_query = normalised.split("?", 1)[0]
    if without_query != normalised:
        candidates.append(without_query)
    found = {
        redirect.old_path: redirect
        for redirect in _with_visible_target(
            _site_redirects(public_site()).filter(old_path__in=candidates)
        )
    }
    return next((found[path] for path in candidates if path in found), None)


def site_redirects():
    """Every redirect of the site with a visible target, by old path (for a build-time list)."""
    return _with_visible_target(_site_redirects(public_site())).order_by("old_path", "pk")


def redirect_location(redirect, request=None):
    """Where the redirect sends: the target page's front-end path (with its route, if any), or
    the external address."""
    if redirect.redirect_page_id:
        path = front_end_path(redirect.redirect_page, request)
        route = redirect.redirect_page_route_path
        return path.rstrip("/") + route if route else path
    return redirect.redirect_link


# --- Sitemap -----------------------------------------------------------------------------------


def sitemap_pages():
    """Every page the public can see on the site, in the tree's order: what a sitemap lists."""
    site = public_site()
    queryset = visible_pages().filter(depth__gt=1)
    if site is not None:
        queryset = queryset.filter(path__startswith=site.root_page.path)
    return (
        queryset.select_related("content_type")
        .only("path", "depth", "url_path", "last_published_at", "content_type")
        .order_by("path")
    )


def content_type_label(page):
    """« app.ModelName », as the Page interface's `contentType`."""
    model = page.content_type.model_class()
    return f"{model._meta.app_label}.{model.__name__}" if model else page.content_type.model
