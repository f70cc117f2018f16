from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    name = "community"
    label = "community"
    verbose_name = _("Échanges entre pairs")
    default_auto_field = "django.db.models.BigAutoField"
