"""Wagtail's built-ins that have no hook for the collectivités' rules, overridden here and only here.

Each override subclasses Wagtail's class and reaches Wagtail through a supported door: a URL
pattern placed before Wagtail's admin URLs (cms/urls.py includes `urlpatterns`), the bulk-action
registry (workflows.wagtail_hooks registers `PAGE_BULK_ACTIONS` after Wagtail's own), or
`Signal.disconnect` from an app listed after wagtail.admin (workflows.after_wagtail). Each names
the upstream issue whose fix would let it go, and tests/workflows/test_overrides.py and
test_admin_leaks.py pin it: read them again on every Wagtail upgrade.

The rules themselves are in workflows.permissions; the contributors' explorable pages, the admin
API and the page-type listings go through Wagtail's own hooks (workflows.admin_views).
"""

from django.core.exceptions import ImproperlyConfigured
from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.pages import workflow as pages_workflow
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page, PageLogEntry, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from workflows import permissions

# --- Reports -------------------------------------------------------------------------------------
# The site history lists the log entries of the explorable pages, other collectivités' live pages
# included, whose entries carry the titles of unpublished revisions; the page types usage report
# names the last edited page of each type, whoever may see it. Neither view has a hook for its
# queryset (wagtail/wagtail#9181 for the site history; the page types usage report links the page
# unchecked, as raised in the review of wagtail/wagtail#10850).


class SiteHistoryView(LogEntriesView):
    """Contributors read the history of their own and their collectivités' pages only."""

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if queryset.model is PageLogEntry:
            queryset = permissions.scope_page_log_entries(queryset, self.request.user)
        return queryset


class PageTypesUsageView(PageTypesUsageReportView):
    """The "last edited page" column names only a page the user may see."""

    def decorate_paginated_queryset(self, page_types):
        page_types = super().decorate_paginated_queryset(page_types)
        shown = [item.last_edited_page for item in page_types if item.last_edited_page]
        visible = {page.pk for page in permissions.visible_pages(shown, self.request.user)}
        for item in page_types:
            if item.last_edited_page and item.last_edited_page.pk not in visible:
                item.last_edited_page = None
        return page_types


# --- Workflow actions from the dashboard ----------------------------------------------------------
# Approve or request changes from a modal says nothing once done: Wagtail's view adds no message
# and has no hook after the action (the edit form's path has `after_edit_page`).


class WorkflowActionView(pages_workflow.WorkflowActionView):
    """Wagtail's action, then a message saying what was done and to whom."""

    def post(self, request, *args, **kwargs):
        from wagtail.admin import messages

        from workflows.admin_texts import outcome_message

        response = super().post(request, *args, **kwargs)
        page = Page.objects.filter(pk=self.object.pk).specific().first()
        message = outcome_message(page) if page is not None else None
        if message:
            messages.success(request, message)
        return response


def _admin_view(view):
    # As Wagtail decorates its own admin URLs (wagtail/admin/urls/__init__.py).
    return never_cache(require_admin_access(view))


# Wagtail's paths, kept by its URL names (`wagtailadmin_reports:site_history`, …): Django resolves
# the first pattern that matches, and cms/urls.py lists these before Wagtail's admin URLs.
urlpatterns = [
    path(
        "pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        _admin_view(WorkflowActionView.as_view()),
        name="workflows_workflow_action",
    ),
    path(
        "reports/site-history/",
        _admin_view(SiteHistoryView.as_view()),
        name="workflows_site_history",
    ),
    path(
        "reports/site-history/results/",
        _admin_view(SiteHistoryView.as_view(results_only=True)),
        name="workflows_site_history_results",
    ),
    path(
        "reports/page-types-usage/",
        _admin_view(PageTypesUsageView.as_view()),
        name="workflows_page_types_usage",
    ),
    path(
        "reports/page-types-usage/results/",
        _admin_view(PageTypesUsageView.as_view(results_only=True)),
        name="workflows_page_types_usage_results",
    ),
]


# --- Page bulk actions ---------------------------------------------------------------------------
# The confirmation of a bulk action names, by title, the pages one may not act on, among the ids
# of the query string (`?id=…`, `?id=all&childOf=…`): any page, drafts of other collectivités
# included. `BulkAction.get_queryset` has no access to the user (wagtail/wagtail#12969,
# wagtail/wagtail#13976); the registry keeps the last action registered for a type and name.


class ScopedPageBulkActionMixin:
    """For a contributor, the action names and acts on the pages they may see only."""

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        user = self.request.user
        extra["items_with_no_access"] = permissions.visible_pages(
            extra.get("items_with_no_access", []), user
        )
        return permissions.visible_pages(objects, user), extra


class ScopedDeleteBulkAction(ScopedPageBulkActionMixin, DeleteBulkAction):
    pass


class ScopedMoveBulkAction(ScopedPageBulkActionMixin, MoveBulkAction):
    pass


class ScopedPublishBulkAction(ScopedPageBulkActionMixin, PublishBulkAction):
    pass


class ScopedUnpublishBulkAction(ScopedPageBulkActionMixin, UnpublishBulkAction):
    pass


PAGE_BULK_ACTIONS = (
    ScopedDeleteBulkAction,
    ScopedMoveBulkAction,
    ScopedPublishBulkAction,
    ScopedUnpublishBulkAction,
)


# --- Workflow e-mails ----------------------------------------------------------------------------
# Our French e-mails (workflows.notifications) replace Wagtail's English ones, which
# wagtail.admin's ready() connects with these dispatch_uids (wagtail/admin/signal_handlers.py); no
# setting turns them off (wagtail/wagtail#7187).
WAGTAIL_NOTIFICATIONS = (
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification"),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification"),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification"),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification"),
)


def disconnect_wagtail_notifications():
    """Run once wagtail.admin is ready; fails loudly if one of them was not connected (renamed
    upstream, or workflows.after_wagtail listed before wagtail.admin): e-mails would go twice."""
    missing = [
        dispatch_uid
        for signal, sender, dispatch_uid in WAGTAIL_NOTIFICATIONS
        if not signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
    ]
    if missing:
        raise ImproperlyConfigured(
            "Notifications de Wagtail introuvables, donc non remplacées : "
            + ", ".join(missing)
            + ". « workflows.after_wagtail » doit suivre « wagtail.admin » dans INSTALLED_APPS."
        )
