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
        from wagtail.signals import page_published, page_slug_changed, page_unpublished

        from cms.api.cache import purge_api
        from cms.api.visibility import forget_site_root

        page_published.connect(purge_api, dispatch_uid="purge_api_on_publish")
        page_unpublished.connect(purge_api, dispatch_uid="purge_api_on_unpublish")

        for signal in (post_save, post_delete):
            signal.connect(forget_site_root, sender=Site, dispatch_uid=f"forget_site_root_{signal}")
        page_slug_changed.connect(forget_site_root, dispatch_uid="forget_site_root_slug")
