"""The admin side of the moderation rules: contributors' scope, audit-log actions, dashboard panel.

The rules themselves are in `workflows.permissions`; these hooks only apply them to the views.
"""

from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages as admin_messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.components import Component
from wagtail.models import AbstractPage, Page, WorkflowState
from wagtail.permissions import register_permission_policy

from cms.roles import is_anct_staff
from workflows import admin_texts, overrides, permissions
from workflows.admin_views import CollectivitePagePermissionPolicy, ScopedPagesAdminAPIViewSet
from workflows.setup import CONTRIBUTION

# A contributor "explores" the live pages and their collectivités' pages only: the explorer, the
# admin API (explorer menu), the page-type listings and the site history all start from there.
# Registered at import, as Wagtail asks, before any admin view takes the pages' policy.
register_permission_policy(AbstractPage, CollectivitePagePermissionPolicy(Page))

# After Wagtail's own (order 0): the registry keeps the last class for each page action.
for _action_class in overrides.PAGE_BULK_ACTIONS:
    hooks.register("register_bulk_action", _action_class, order=1)


@hooks.register("before_create_page")
def restrict_contributors_creation(request, parent_page, page_class):
    """Contributors create experiences and resources only, each in its own section."""
    if not permissions.can_create(request.user, page_class, parent_page):
        return permission_denied(request)
    return None


@hooks.register("before_edit_page")
def restrict_contributors_edition(request, page):
    if permissions.is_contributor(request.user) and not permissions.can_edit(request.user, page):
        task = page.current_workflow_task
        if task is None or not task.specific.user_can_access_editor(page, request.user):
            return permission_denied(request)
    return None


@hooks.register("before_delete_page")
@hooks.register("before_copy_page")
@hooks.register("before_move_page")
def restrict_contributors_structure(request, page, *args):
    if permissions.is_contributor(request.user) and not permissions.can_edit(request.user, page):
        return permission_denied(request)
    return None


@hooks.register("after_create_page")
def record_submission(request, page):
    """A contribution created in the admin is tied to the contributor's collectivité."""
    from cms.models import LocalAuthority
    from workflows.models import Submission

    user = request.user
    if not permissions.is_submission_type(page):
        return
    organisation = _proposed_by(request)
    if organisation is not None:
        Submission.objects.get_or_create(
            page=page, defaults={"organisation": organisation, "submitted_by": user}
        )
        _publish_if_trusted(request, page, organisation)
        return
    if not permissions.is_contributor(user):
        return
    linked = permissions.page_authority_ids(page) & permissions.authority_ids(user)
    candidates = linked or permissions.authority_ids(user)
    if len(candidates) == 1 or linked:
        authority = LocalAuthority.objects.filter(pk__in=candidates).order_by("pk").first()
        Submission.objects.get_or_create(
            page=page, defaults={"local_authority": authority, "submitted_by": user}
        )


def _publish_if_trusted(request, page, organisation):
    """The lighter circuit of a trusted organisation (ADR 0017), as through the API: a contribution
    submitted in its name goes live at once and the moderators are told."""
    from django.contrib import messages

    from cms import organisations
    from workflows.services import notify_trusted_publication

    state = page.current_workflow_state
    if not organisations.is_trusted(organisation) or state is None:
        return
    state.cancel(user=request.user)
    page.get_latest_revision().publish(
        user=request.user, log_action=True, skip_permission_checks=True
    )
    page.refresh_from_db()
    notify_trusted_publication(page, organisation)
    messages.info(
        request,
        f"« {organisation.name} » est une organisation de confiance : « {page.title} » est "
        "publiée sans attendre la modération, qui en est prévenue.",
    )


def _proposed_by(request):
    """The organisation chosen in « Proposé par » (inspiration.forms.ProposedByForm refused any
    other); a value posted where the form had no such field is ignored."""
    from cms import organisations
    from cms.models import Organisation
    from cms.services import ServiceError

    pk = request.POST.get("proposed_by", "")
    organisation = Organisation.objects.filter(pk=pk).first() if pk.isdigit() else None
    if organisation is None:
        return None
    try:
        return organisations.acting_organisation(request.user, organisation)
    except ServiceError:
        return None


def _visible_to_contributor(pages, user):
    """Live pages, and the drafts of the contributor's own collectivités."""
    return pages.filter(permissions.contributor_visible_pages_q(user))


@hooks.register("construct_explorer_page_queryset")
def scope_explorer(parent_page, pages, request):
    if permissions.is_contributor(request.user):
        return _visible_to_contributor(pages, request.user)
    return pages


@hooks.register("construct_admin_api")
def scope_admin_api(router):
    """The admin API's pages (explorer menu: `child_of`, `search`, details) as the explorer's."""
    router.register_endpoint("pages", ScopedPagesAdminAPIViewSet)


@hooks.register("construct_page_chooser_queryset")
def scope_chooser(pages, request):
    if permissions.is_contributor(request.user):
        return _visible_to_contributor(pages, request.user)
    return pages


def _media_of_collectivites(objects, user):
    """Contributors choose the media uploaded by themselves or their collectivités' members."""
    from cms.models import LocalAuthorityMembership

    colleagues = LocalAuthorityMembership.objects.filter(
        local_authority_id__in=permissions.authority_ids(user), status="approved"
    ).values("user_id")
    return objects.filter(Q(uploaded_by_user=user) | Q(uploaded_by_user__in=colleagues))


@hooks.register("construct_document_chooser_queryset")
@hooks.register("construct_image_chooser_queryset")
def scope_media_choosers(objects, request):
    if permissions.is_contributor(request.user):
        return _media_of_collectivites(objects, request.user)
    return objects


@hooks.register("register_log_actions")
def register_moderation_actions(actions):
    actions.register_action(
        "workflows.reject", _("Refuser la contribution"), _("Contribution refusée")
    )


class ModerationQueuePanel(Component):
    """What waits in the moderation workflows, oldest first, and for how long."""

    name = "workflows_moderation_queue"
    template_name = "workflows/panels/moderation_queue.html"
    order = 210

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        now = timezone.now()
        states = (
            WorkflowState.objects.filter(
                status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES]
            )
            .select_related("workflow", "current_task_state__task", "requested_by")
            .order_by("current_task_state__started_at")[:50]
        )
        rows = []
        for state in states:
            page = state.content_object
            if page is None:
                continue
            task_state = state.current_task_state
            started = task_state.started_at if task_state else state.created_at
            rows.append(
                {
                    "page": page,
                    "workflow": state.workflow.name,
                    "task": task_state.task.name if task_state else "",
                    "needs_changes": state.status == WorkflowState.STATUS_NEEDS_CHANGES,
                    "requested_by": state.requested_by,
                    "started": started,
                    "waiting_days": (now - started).days,
                }
            )
        context["rows"] = rows
        return context


class ContributionsPanel(Component):
    """« Mes contributions »: the contributor's pages, their status and what to do next."""

    name = "workflows_my_contributions"
    template_name = "workflows/panels/my_contributions.html"
    order = 100

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["rows"] = admin_texts.contributions(self.user)
        return context


@hooks.register("construct_homepage_panels")
def add_moderation_queue(request, panels):
    if is_anct_staff(request.user):
        # Ours lists each waiting contribution once, with its step: Wagtail's would list it again.
        panels[:] = [panel for panel in panels if panel.name != "workflow_objects_to_moderate"]
        panels.append(ModerationQueuePanel())
    elif permissions.is_contributor(request.user):
        panels[:] = [
            panel for panel in panels if panel.name != "user_objects_in_workflow_moderation"
        ]
        panels.append(ContributionsPanel(request.user))


@hooks.register("construct_page_action_menu")
def one_moderation_action_each(menu_items, request, context):
    """A contributor sends back (« Renvoyer à la modération »), nothing else; ANCT staff publish
    and are not offered the collectivités' circuit de validation."""
    user = request.user
    if permissions.is_contributor(user):
        hidden = {"action-restart-workflow", "action-cancel-workflow"}
    elif is_anct_staff(user):
        page = context.get("page")
        holder = page if page is not None and page.pk else context.get("parent_page")
        workflow = holder.get_workflow() if holder is not None else None
        hidden = {"action-submit"} if workflow and workflow.name == CONTRIBUTION else set()
    else:
        return
    menu_items[:] = [item for item in menu_items if item.name not in hidden]


@hooks.register("before_edit_page")
def show_requested_changes(request, page):
    """The moderator's reasons and comment, at the top of the form of a page sent back."""
    if request.method != "GET":
        return None
    request_ = admin_texts.changes_requested(page)
    if request_ is None:
        return None
    reasons = format_html_join("", "<li>{}</li>", ((reason,) for reason in request_["reasons"]))
    admin_messages.warning(
        request,
        format_html(
            "<strong>Modifications demandées par {author} le {date}</strong>"
            '<ul class="workflows-reasons">{reasons}</ul>{comment}',
            author=request_["author"],
            date=date_format(timezone.localtime(request_["date"]), "j F Y à H:i"),
            reasons=reasons,
            comment=format_html("<p>Commentaire : {}</p>", request_["comment"])
            if request_["comment"]
            else "",
        ),
    )
    return None


@hooks.register("after_edit_page")
def say_what_moderation_did(request, page):
    if request.POST.get("workflow-action-name") or "action-workflow-action" in request.POST:
        message = admin_texts.outcome_message(page)
        if message:
            admin_messages.success(request, message)
