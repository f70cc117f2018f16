from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import views
from cms.api.rest import api_router
from cms.api.view import ApiView
from cms.observability.metrics import metrics_view
from cms.observability.views import ReadinessView, alive
from cms.views import security_txt

urlpatterns = [
    path(".well-known/security.txt", security_txt, name="security_txt"),
    path("django-admin/", admin.site.urls),
    # Before Wagtail's admin: the few admin views that workflows overrides (workflows/overrides.py).
    path("oidc/", include("mozilla_django_oidc.urls")),
    path("admin/", include("workflows.overrides")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("graphql/", csrf_exempt(ApiView.as_view()), name="graphql"),
    path("api/v2/", api_router.urls),
    path("projets/", include("projects.urls")),
    path("sante/", ReadinessView.as_view(), name="health"),
    path("sante/vivant/", alive, name="health_alive"),
    path("metrics", metrics_view, name="metrics"),
    path("newsletter/", include("newsletter.urls")),
    path("flux/", include("inspiration.urls")),
    path("echanges/", include("community.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's login and password forms stay (restricted documents send there); pages are not served
# here but redirected to the front end, under the name Wagtail reverses for page URLs.
urlpatterns += [p for p in wagtail_urls.urlpatterns if p.name != "wagtail_serve"]
urlpatterns += [
    re_path(wagtail_urls.serve_pattern, views.front_end_redirect, name="wagtail_serve"),
]

handler400 = "cms.views.bad_request"
handler403 = "cms.views.permission_denied"
handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"
