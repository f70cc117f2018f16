from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InspirationConfig(AppConfig):
    name = "inspiration"
    label = "inspiration"
    verbose_name = _("Ressources et inspiration")
    default_auto_field = "django.db.models.BigAutoField"
