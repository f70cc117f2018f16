from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api.rest import api_router
from cms.api.view import ApiView

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # Before Wagtail's admin: the few admin views that workflows overrides (workflows/overrides.py).
    path("admin/", include("workflows.overrides")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("graphql/", csrf_exempt(ApiView.as_view()), name="graphql"),
    path("api/v2/", api_router.urls),
    path("projets/", include("projects.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
