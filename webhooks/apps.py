from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebhooksConfig(AppConfig):
    """Signed publish webhooks: what changed on the public site, posted to each endpoint.

    Content-agnostic: it listens to Wagtail's and Django's signals and names no content app.
    """

    name = "webhooks"
    label = "webhooks"
    verbose_name = _("Webhooks de publication")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from webhooks import signals

        signals.connect()
