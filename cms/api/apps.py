from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The GraphQL and REST layer: its own app, so that the core wires nothing of it."""

    name = "cms.api"
    label = "cms_api"
    verbose_name = _("API")

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from cms.api import persisted  # noqa: F401  (registers its system check)
        from cms.api.cache import purge_api

        page_published.connect(purge_api, dispatch_uid="purge_api_on_publish")
        page_unpublished.connect(purge_api, dispatch_uid="purge_api_on_unpublish")
