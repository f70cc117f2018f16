"""What workflows.overrides and the page permission registry replace in Wagtail stays replaced.

Each override reaches Wagtail through a door that an upgrade could move (a URL path, an action
name, a dispatch_uid): these tests fail when it does, before a contributor sees another
collectivité's draft or a moderator gets each e-mail twice. The listings themselves are in
test_admin_leaks.py.
"""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.urls import resolve, reverse
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import GroupApprovalTask, PagePermissionTester, Workflow, WorkflowTask

from cms.page_permissions import RegisteredPagePermissions, register_page_permission_tester
from cms.roles import ROLE_MODERATORS, ROLE_NAMES
from tests import factories as f
from workflows import overrides
from workflows.permissions import CollectivitePagePermissionTester

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "wagtail_name,ours",
    [
        ("wagtailadmin_reports:site_history", "workflows_site_history"),
        ("wagtailadmin_reports:site_history_results", "workflows_site_history_results"),
        ("wagtailadmin_reports:page_types_usage", "workflows_page_types_usage"),
        ("wagtailadmin_reports:page_types_usage_results", "workflows_page_types_usage_results"),
    ],
)
def test_wagtails_report_urls_reach_our_views(wagtail_name, ours):
    assert resolve(reverse(wagtail_name)).url_name == ours


def test_every_page_bulk_action_is_scoped():
    actions = list(bulk_action_registry.get_bulk_actions_for_model("wagtailcore", "page"))
    assert {action.action_type for action in actions} == {"delete", "move", "publish", "unpublish"}
    assert all(issubclass(action, overrides.ScopedPageBulkActionMixin) for action in actions)


def test_wagtails_workflow_emails_are_replaced_by_ours(site):
    """Wagtail's stock group approval task: its English e-mails would reach the moderator too."""
    moderators = Group.objects.get(name=ROLE_NAMES[ROLE_MODERATORS])
    task = GroupApprovalTask.objects.create(name="Relecture")
    task.groups.set([moderators])
    workflow = Workflow.objects.create(name="Relecture simple")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    page = f.ConceptPageFactory(parent=site.concepts, title="Échelle", live=False)
    page.save_revision(user=site.users.editor)
    mail.outbox.clear()

    workflow.start(page, site.users.editor)

    assert [message.to for message in mail.outbox] == [[site.users.moderator.email]]
    assert mail.outbox[0].subject == "[Territoires en commun] À relire : « Échelle »"


def test_a_wagtail_notification_left_connected_stops_the_start():
    """They are disconnected at start-up: a second time finds none, and says so."""
    with pytest.raises(ImproperlyConfigured, match="workflows.after_wagtail"):
        overrides.disconnect_wagtail_notifications()


def test_contributions_answer_with_the_collectivites_tester(site):
    experience = f.ExperiencePageFactory(parent=site.experiences)
    resource = f.ResourcePageFactory(parent=site.resources)
    concept = f.ConceptPageFactory(parent=site.concepts)
    user = site.users.colleague
    assert type(experience.permissions_for_user(user)) is CollectivitePagePermissionTester
    assert type(resource.permissions_for_user(user)) is CollectivitePagePermissionTester
    # Through a plain `Page` too, as Wagtail's views ask.
    plain = experience.page_ptr
    assert type(plain.permissions_for_user(user)) is CollectivitePagePermissionTester
    assert type(concept.permissions_for_user(user)) is PagePermissionTester
    assert not isinstance(concept, RegisteredPagePermissions)


def test_only_permission_testers_can_be_registered():
    with pytest.raises(TypeError):
        register_page_permission_tester(f.ExperiencePageFactory._meta.model, object)
