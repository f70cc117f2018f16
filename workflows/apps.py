from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowsConfig(AppConfig):
    name = "workflows"
    label = "workflows"
    verbose_name = _("Circuits de modération")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from workflows import notifications

        notifications.connect()
        _replace_wagtail_notifications()
        _collectivite_scoped_editing()


def _collectivite_scoped_editing():
    """Contributions are edited by their collectivité's contributors (see permissions.py).

    Set from here rather than on the models so that inspiration does not depend on workflows.
    """
    from inspiration.models import ExperiencePage, ResourcePage
    from workflows.permissions import collectivite_permissions_for_user

    for model in (ExperiencePage, ResourcePage):
        model.permissions_for_user = collectivite_permissions_for_user


def _replace_wagtail_notifications():
    """Our French e-mails replace Wagtail's workflow notifications (not sent twice).

    wagtail.admin's ready() runs after ours and connects its handlers through
    `signal_handlers.register_signal_handlers`; we wrap it so that they are disconnected again.
    """
    from wagtail.admin import signal_handlers
    from wagtail.models import TaskState, WorkflowState
    from wagtail.signals import (
        task_submitted,
        workflow_approved,
        workflow_rejected,
        workflow_submitted,
    )

    original = signal_handlers.register_signal_handlers
    if getattr(original, "_workflows_wrapped", False):
        return

    def register_signal_handlers():
        original()
        task_submitted.disconnect(
            sender=TaskState, dispatch_uid="group_approval_task_submitted_email_notification"
        )
        for signal, uid in (
            (workflow_submitted, "workflow_state_submitted_email_notification"),
            (workflow_rejected, "workflow_state_rejected_email_notification"),
            (workflow_approved, "workflow_state_approved_email_notification"),
        ):
            signal.disconnect(sender=WorkflowState, dispatch_uid=uid)

    register_signal_handlers._workflows_wrapped = True
    signal_handlers.register_signal_handlers = register_signal_handlers
