from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowsConfig(AppConfig):
    name = "workflows"
    label = "workflows"
    verbose_name = _("Circuits de modération")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms.page_permissions import register_page_permission_tester
        from workflows import notifications, permissions

        notifications.connect()
        # Contributions are edited by their collectivité's contributors (see permissions.py).
        for label in permissions.SUBMISSION_SECTIONS:
            register_page_permission_tester(
                self.apps.get_model(label), permissions.CollectivitePagePermissionTester
            )
