"""Wagtail's REST API v2 (pages, images, documents): only what GraphQL shows.

Pages: live, public, and within their publication window (`scheduled_q`), even before Wagtail's
`publish_scheduled` has run. Images and documents: Wagtail's viewsets already leave out those of
collections under a view restriction the request does not pass.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from cms.visibility import scheduled_q


class ScheduledPagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(scheduled_q())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", ScheduledPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
