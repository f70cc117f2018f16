from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    label = "projects"
    verbose_name = _("Projets partagés et participation")
    default_auto_field = "django.db.models.BigAutoField"
