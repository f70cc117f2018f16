"""Contributors' scope in the admin's listings, through Wagtail's own extension points.

Wagtail lists the pages a user may "explore" (`PagePermissionPolicy.explorable_instances`) in the
explorer, the admin API that feeds the explorer menu (`/admin/api/main/pages/`), the page-type
usage listing (`/admin/pages/usage/<app>/<model>/`) and the site history report (whose page log
entries are those of the explorable pages). A contributor has "add" on the inspiration sections,
so every page under them is explorable — another collectivité's drafts included. Here:

- `CollectivitePagePermissionPolicy` restricts the explorable pages of a contributor to the live
  pages, their own and their collectivités' pages (`permissions.contributor_visible_pages_q`);
  registered for all pages by `workflows.wagtail_hooks` (`register_permission_policy`);
- `ScopedPagesAdminAPIViewSet` replaces the admin API's `pages` endpoint with the same scoping
  (`construct_admin_api`; explicit, should the policy ever be replaced).

What Wagtail offers no hook for (the site history's and page types usage's querysets, the pages'
bulk actions) is in workflows.overrides. Editors, moderators and superusers are never restricted.
"""

from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.permission_policies.pages import PagePermissionPolicy

from workflows import permissions


class CollectivitePagePermissionPolicy(PagePermissionPolicy):
    def explorable_instances(self, user):
        return permissions.scope_pages(super().explorable_instances(user), user)


class ScopedPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    def get_base_queryset(self):
        return permissions.scope_pages(super().get_base_queryset(), self.request.user)
