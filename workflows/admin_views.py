"""Contributors' scope in the admin's listings that Wagtail builds without our hooks.

Wagtail lists the pages a user may "explore" (`PagePermissionPolicy.explorable_instances`) in the
explorer, the admin API that feeds the explorer menu (`/admin/api/main/pages/`), the page-type
usage listing (`/admin/pages/usage/<app>/<model>/`) and the site history report (whose page log
entries are those of the explorable pages). A contributor has "add" on the inspiration sections,
so every page under them is explorable — another collectivité's drafts included. Here:

- `CollectivitePagePermissionPolicy` restricts the explorable pages of a contributor to the live
  pages, their own and their collectivités' pages (`permissions.contributor_visible_pages_q`);
  registered for all pages by `workflows.wagtail_hooks`;
- `ScopedPagesAdminAPIViewSet` replaces the admin API's `pages` endpoint with the same scoping
  (explicit, should the policy ever be replaced);
- `scope_wagtail_views()` narrows two reports that do not go through the policy alone: the site
  history (a contributor reads the log entries of their own and their collectivités' pages only,
  as the page history view) and the page-types usage (its "last edited page" column); and the
  pages' bulk actions, whose confirmation names the pages one may not act on (`?id=…`,
  `?id=all&childOf=…`): for a contributor, they name and act on only the pages they may see.

Editors, moderators and superusers are never restricted.
"""

from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.models import Page, PageLogEntry
from wagtail.permission_policies.pages import PagePermissionPolicy

from workflows import permissions


class CollectivitePagePermissionPolicy(PagePermissionPolicy):
    def explorable_instances(self, user):
        return permissions.scope_pages(super().explorable_instances(user), user)


class ScopedPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    def get_base_queryset(self):
        return permissions.scope_pages(super().get_base_queryset(), self.request.user)


def _site_history_filter_queryset(original):
    def filter_queryset(self, queryset):
        queryset = original(self, queryset)
        user = self.request.user
        if queryset.model is PageLogEntry and permissions.is_contributor(user):
            pages = Page.objects.filter(permissions.contributor_history_pages_q(user))
            queryset = queryset.filter(page_id__in=pages.values("pk"))
        return queryset

    filter_queryset._workflows_scoped = True
    return filter_queryset


def _page_types_decorate(original):
    def decorate_paginated_queryset(self, page_types):
        page_types = original(self, page_types)
        user = self.request.user
        if not permissions.is_contributor(user):
            return page_types
        shown = [item.last_edited_page for item in page_types if item.last_edited_page]
        visible = set(
            Page.objects.filter(pk__in=[page.pk for page in shown])
            .filter(permissions.contributor_visible_pages_q(user))
            .values_list("pk", flat=True)
        )
        for item in page_types:
            if item.last_edited_page and item.last_edited_page.pk not in visible:
                item.last_edited_page = None
        return page_types

    decorate_paginated_queryset._workflows_scoped = True
    return decorate_paginated_queryset


def _page_bulk_actionable(original):
    def get_actionable_objects(self):
        objects, extra = original(self)
        user = self.request.user
        if not permissions.is_contributor(user):
            return objects, extra
        no_access = extra.get("items_with_no_access", [])
        visible = set(
            Page.objects.filter(pk__in=[page.pk for page in [*objects, *no_access]])
            .filter(permissions.contributor_visible_pages_q(user))
            .values_list("pk", flat=True)
        )
        extra["items_with_no_access"] = [page for page in no_access if page.pk in visible]
        return [page for page in objects if page.pk in visible], extra

    get_actionable_objects._workflows_scoped = True
    return get_actionable_objects


def scope_wagtail_views():
    """Wagtail's report and bulk-action views are routed by its own URLconf (before any hook's
    URLs), so their querysets are narrowed on the classes themselves; idempotent."""
    from wagtail.admin.views.reports.audit_logging import LogEntriesView
    from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView

    if not getattr(LogEntriesView.filter_queryset, "_workflows_scoped", False):
        LogEntriesView.filter_queryset = _site_history_filter_queryset(
            LogEntriesView.filter_queryset
        )
    from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction

    actionable = PageBulkAction.get_actionable_objects
    if not getattr(actionable, "_workflows_scoped", False):
        PageBulkAction.get_actionable_objects = _page_bulk_actionable(actionable)
    decorate = PageTypesUsageReportView.decorate_paginated_queryset
    if not getattr(decorate, "_workflows_scoped", False):
        PageTypesUsageReportView.decorate_paginated_queryset = _page_types_decorate(decorate)
