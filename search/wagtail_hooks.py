"""The admin's page search goes through the search service's French analysis (see admin_views)."""

from wagtail import hooks
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from search.admin_views import FrenchPageSearchView


class FrenchPageViewSet(PageViewSet):
    """Wagtail's base page viewset, but for the search view: registered after Wagtail's own
    (order=-1) for the Page model, it is the one /admin/pages/search/ routes to."""

    model = Page
    search_view_class = FrenchPageSearchView


@hooks.register("register_admin_viewset")
def register_french_page_viewset():
    return FrenchPageViewSet("french_pages")
