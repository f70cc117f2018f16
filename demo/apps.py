from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Demo content and `load_demo`: on top of every app, which it may all use; none uses it."""

    name = "demo"
    label = "demo"
    verbose_name = _("Démonstration")
