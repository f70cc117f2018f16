"""The one-click unsubscribe endpoint (RFC 8058) that mail clients POST to, without a form page."""

from django.http import HttpResponse, HttpResponseRedirect
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from cms.services import ServiceError
from newsletter.services import links, subscriptions


@csrf_exempt
@require_http_methods(["GET", "POST"])
def one_click_unsubscribe(request, token):
    # A GET (a link checker, a preview) changes nothing: it leads to the site's page.
    if request.method == "GET":
        return HttpResponseRedirect(links.site_url(links.MANAGE_PATH, jeton=token))
    try:
        subscriptions.unsubscribe(token)
    except ServiceError as error:
        return HttpResponse(error.message, status=404, content_type="text/plain; charset=utf-8")
    return HttpResponse(
        "Vous êtes désinscrit de la lettre de Territoires en commun.",
        content_type="text/plain; charset=utf-8",
    )
