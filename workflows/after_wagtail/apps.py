from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AfterWagtailConfig(AppConfig):
    """wagtail.admin connects its workflow e-mails in its `ready()`: ours replace them, so they
    are disconnected from here, once it has run."""

    name = "workflows.after_wagtail"
    label = "workflows_after_wagtail"
    verbose_name = _("Circuits de modération (après Wagtail)")

    def ready(self):
        from workflows.overrides import disconnect_wagtail_notifications

        disconnect_wagtail_notifications()
