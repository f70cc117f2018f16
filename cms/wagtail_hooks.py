from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.models import LocalAuthority, TerritoryType, Theme


class LocalAuthorityViewSet(SnippetViewSet):
    model = LocalAuthority
    icon = "home"
    menu_label = _("Collectivités")
    list_display = ["name", "kind", "code", "department", "population"]
    list_filter = ["kind", "territory_types"]
    search_fields = ["name", "code"]
    ordering = ["name"]
    list_per_page = 50
    copy_view_enabled = False


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Thématiques")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class TerritoryTypeViewSet(SnippetViewSet):
    model = TerritoryType
    icon = "site"
    menu_label = _("Types de territoire")
    list_display = ["name", "slug"]


class TaxonomyGroup(SnippetViewSetGroup):
    items = (LocalAuthorityViewSet, ThemeViewSet, TerritoryTypeViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Référentiels")
    menu_name = "referentiels"


register_snippet(TaxonomyGroup)
