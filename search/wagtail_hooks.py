"""The admin's page search goes through the search service's French analysis (see admin_views).

Wagtail 8 routes every page view through the `PageViewSet` registered for the page's model, and
`/admin/pages/search/` through the one registered for `Page` itself. Its documented way to
customise the default page views ("Customizing the default page listings", and
`PageViewSet.search_view_class`, added in 8.0) is a `PageViewSet` subclass returned by the
`register_admin_viewset` hook: Wagtail registers its own default with `order=-1` so that a
project's takes its place. tests/search/test_admin_search.py pins that the search is ours.
"""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.admin_views import FrenchTitlesPageViewSet
from search.admin_views import FrenchPageSearchView
from search.models import Synonym


class FrenchPageViewSet(FrenchTitlesPageViewSet):
    """Wagtail's default page views (with our French create/edit titles), but for the page search."""

    search_view_class = FrenchPageSearchView


french_page_viewset = FrenchPageViewSet()


@hooks.register("register_admin_viewset")
def register_french_page_viewset():
    return french_page_viewset


class SynonymViewSet(SnippetViewSet):
    """« Synonymes et sigles »: editors and moderators edit it (permissions given by the migration
    that ships the starting list)."""

    model = Synonym
    icon = "list-ul"
    menu_label = "Synonymes et sigles"
    menu_name = "synonyms"
    add_to_admin_menu = False
    list_display = ["__str__", "one_way", "updated_at"]


register_snippet(SynonymViewSet)
