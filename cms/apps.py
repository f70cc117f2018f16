from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    label = "cms"
    verbose_name = _("Socle du site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Site
        from wagtail.signals import page_slug_changed

        from cms.api.visibility import forget_site_root

        for signal in (post_save, post_delete):
            signal.connect(forget_site_root, sender=Site, dispatch_uid=f"forget_site_root_{signal}")
        page_slug_changed.connect(forget_site_root, dispatch_uid="forget_site_root_slug")
