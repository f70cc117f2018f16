from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    label = "cms"
    verbose_name = _("Socle du site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from django.utils.module_loading import autodiscover_modules
        from wagtail.models import Site
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
        )

        from cms.content_version import IGNORED_MODELS, content_changed
        from cms.observability import logs

        logs.connect()
        from cms.visibility import forget_site_root

        for signal in (post_save, post_delete):
            signal.connect(forget_site_root, sender=Site, dispatch_uid=f"forget_site_root_{signal}")
        page_slug_changed.connect(forget_site_root, dispatch_uid="forget_site_root_slug")

        # Per model, not for every sender: a receiver on every model would cost Django its fast
        # path when deleting revisions, log entries or renditions in bulk.
        for model in apps.get_models():
            if model._meta.label_lower in IGNORED_MODELS:
                continue
            for signal in (post_save, post_delete):
                signal.connect(
                    content_changed,
                    sender=model,
                    dispatch_uid=f"content_changed_{model._meta.label_lower}_{id(signal)}",
                )
        for signal in (m2m_changed, page_published, page_unpublished, post_page_move):
            signal.connect(content_changed, dispatch_uid=f"content_changed_{id(signal)}")

        # Each app grants its part of the roles in its own `roles.py` (see cms.roles).
        autodiscover_modules("roles")
