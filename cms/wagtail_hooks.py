from django.http import JsonResponse
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.admin_views import FrenchSnippetChooserViewSet
from cms.models import LocalAuthority, TerritoryType, Theme
from cms.roles import is_anct_staff


class LocalAuthorityViewSet(SnippetViewSet):
    model = LocalAuthority
    chooser_viewset_class = FrenchSnippetChooserViewSet
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
    chooser_viewset_class = FrenchSnippetChooserViewSet
    icon = "tag"
    menu_label = _("Thématiques")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class TerritoryTypeViewSet(SnippetViewSet):
    model = TerritoryType
    chooser_viewset_class = FrenchSnippetChooserViewSet
    icon = "site"
    menu_label = _("Types de territoire")
    list_display = ["name", "slug"]


class TaxonomyGroup(SnippetViewSetGroup):
    items = (LocalAuthorityViewSet, ThemeViewSet, TerritoryTypeViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Référentiels")
    menu_name = "referentiels"


register_snippet(TaxonomyGroup)


@hooks.register("register_log_actions")
def register_identity_actions(actions):
    actions.register_action(
        "cms.agent_sign_in", _("Connexion ProConnect"), _("Connexion avec ProConnect")
    )
    actions.register_action(
        "cms.membership_requested",
        _("Demander un rattachement"),
        _("Demande de rattachement à une collectivité"),
    )
    actions.register_action(
        "cms.membership_approved", _("Approuver un rattachement"), _("Rattachement approuvé")
    )
    actions.register_action(
        "cms.membership_refused", _("Refuser un rattachement"), _("Rattachement refusé")
    )


@hooks.register("register_admin_urls")
def membership_admin_urls():
    from cms import membership_admin

    return [
        path(
            "rattachements/",
            membership_admin.membership_requests_view,
            name="cms_membership_requests",
        ),
        path(
            "rattachements/<int:pk>/decider/",
            membership_admin.decide_membership_view,
            name="cms_decide_membership",
        ),
    ]


class MembershipRequestsMenuItem(MenuItem):
    def is_shown(self, request):
        from cms.membership_admin import may_see

        return may_see(request.user)


@hooks.register("register_admin_menu_item")
def membership_requests_menu_item():
    return MembershipRequestsMenuItem(
        _("Demandes de rattachement"),
        reverse("cms_membership_requests"),
        icon_name="group",
        order=250,
    )


# Wagtail's help links go to its English guide and release notes on wagtail.org: the admin makes
# no call and offers no link outside the platform (issue #17). The keyboard shortcuts stay.
EXTERNAL_HELP_ITEMS = ("editor-guide",)


@hooks.register("construct_help_menu")
def keep_local_help(request, menu_items):
    menu_items[:] = [
        item
        for item in menu_items
        if item.name not in EXTERNAL_HELP_ITEMS and not item.name.startswith("whats-new-in-wagtail")
    ]


@hooks.register("construct_homepage_panels")
def no_wagtail_release_panel(request, panels):
    panels[:] = [panel for panel in panels if panel.name != "whats_new_in_wagtail_version"]


# --- Organisations: the other actors of engagement (cms/organisation_admin.py) ---


@hooks.register("register_log_actions")
def register_organisation_actions(actions):
    from cms.organisation_admin import LOG_ACTIONS

    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)


@hooks.register("register_admin_urls")
def organisation_admin_urls():
    from cms import organisation_admin

    return [
        path("organisations/", organisation_admin.organisations_view, name="cms_organisations"),
        path(
            "organisations/<int:pk>/statut/",
            organisation_admin.organisation_status_view,
            name="cms_organisation_status",
        ),
        path(
            "organisations/membres/<int:pk>/decider/",
            organisation_admin.organisation_membership_view,
            name="cms_organisation_membership",
        ),
    ]


class OrganisationsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_anct_staff(request.user)


@hooks.register("register_admin_menu_item")
def organisations_menu_item():
    return OrganisationsMenuItem(
        _("Organisations"), reverse("cms_organisations"), icon_name="group", order=255
    )


@hooks.register("insert_global_admin_js")
def autosave_banner_cleared_on_success():
    return format_html('<script src="{}"></script>', static("cms/admin/autosave.js"))


@hooks.register("construct_explorer_page_queryset")
def without_tree_root(parent_page, pages, request):
    """The tree's root is no page an editor looks for: the admin search (which lists the
    explorer's pages) never shows it as a result « Racine » of type « Page » (issue #17)."""
    return pages.filter(depth__gt=1)


# --- Wagtail's reports, exported for French Excel (cms/admin_reports.py) ---


@hooks.register("register_admin_urls")
def french_report_urls():
    from cms.admin_reports import urlpatterns

    return urlpatterns()


@hooks.register("construct_reports_menu")
def french_report_menu(request, menu_items):
    from cms.admin_reports import REPORTS

    for item in menu_items:
        if item.name in REPORTS:
            item.url = reverse(REPORTS[item.name][1].index_url_name)


@hooks.register("insert_editor_js")
def one_request_per_explicit_action():
    return format_html('<script src="{}"></script>', static("cms/admin/explicit-submit.js"))


# The editor's explicit actions: only a full POST of the form (a click) may perform them.
EXPLICIT_ACTIONS = (
    "action-publish",
    "action-submit",
    "action-restart-workflow",
    "action-workflow-action",
    "action-cancel-workflow",
)


@hooks.register("before_edit_page")
def autosave_never_performs_an_action(request, page):
    # An autosave (JSON, in the background) that carries an action would perform it a second time
    # next to the click's own request: refused, the click's request does it.
    if request.method != "POST" or request.accepts("text/html"):
        return None
    if not any(request.POST.get(name) for name in EXPLICIT_ACTIONS):
        return None
    return JsonResponse(
        {
            "success": False,
            "error_code": "blocked_by_hook",
            "error_message": str(
                _(
                    "L’enregistrement automatique n’effectue pas d’action : seul votre clic l’envoie."
                )
            ),
        },
        status=400,
    )
