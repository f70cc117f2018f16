"""What the CMS host answers outside the admin and the APIs: page paths, errors, security.txt.

Pages are shown by the front end, not here (there are no page templates): a page path on the CMS
host redirects to the page on the front end when the page is visible, and is not found otherwise.
The error pages are plain French HTML (JSON under /graphql/ and /api/), built without templates
or database, so that they render whatever broke.
"""

import datetime
import json

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django.utils.html import escape
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_safe

from cms.visibility import front_end_url, page_by_front_end_path

ERRORS = {
    400: ("BAD_REQUEST", "Requête invalide", "La requête envoyée n'a pas pu être comprise."),
    403: ("FORBIDDEN", "Accès refusé", "Vous n'avez pas accès à cette adresse."),
    404: (
        "NOT_FOUND",
        "Page introuvable",
        "Cette adresse ne correspond à aucune page publiée. Les contenus de Territoires en "
        "commun se lisent sur le site public.",
    ),
    500: (
        "INTERNAL_SERVER_ERROR",
        "Erreur du serveur",
        "Une erreur est survenue de notre côté. Réessayez dans quelques minutes.",
    ),
}

PAGE = """<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{title} – Territoires en commun</title>
</head>
<body>
<main>
<h1>{title}</h1>
<p>{message}</p>
<p><a href="{home}">Aller sur le site Territoires en commun</a></p>
</main>
</body>
</html>
"""


def error_response(request, status):
    code, title, message = ERRORS[status]
    if request.path.startswith(("/graphql/", "/api/")):
        body = {"errors": [{"message": f"{title}.", "extensions": {"code": code}}]}
        return HttpResponse(
            json.dumps(body, ensure_ascii=False), status=status, content_type="application/json"
        )
    html = PAGE.format(
        title=escape(title), message=escape(message), home=escape(settings.FRONTEND_URL)
    )
    return HttpResponse(html, status=status, content_type="text/html; charset=utf-8")


def bad_request(request, exception=None):
    return error_response(request, 400)


def permission_denied(request, exception=None):
    return error_response(request, 403)


def page_not_found(request, exception=None):
    return error_response(request, 404)


def server_error(request):
    return error_response(request, 500)


@require_safe
def front_end_redirect(request, path):
    """A page path on the CMS host (e.g. the admin's « Voir en ligne »): to the front end.

    Temporary (302): the path of a page changes when it is moved or renamed, and browsers keep
    permanent redirects for good.
    """
    page = page_by_front_end_path(path, request)
    if page is None:
        return page_not_found(request)
    return HttpResponseRedirect(front_end_url(page, request))


@require_GET
@cache_control(public=True, max_age=86400)
def security_txt(request):
    """RFC 9116: whom to tell about a vulnerability. Absent (404) until SECURITY_CONTACT is set."""
    contact = settings.SECURITY_CONTACT.strip()
    if not contact:
        raise Http404("SECURITY_CONTACT n'est pas configuré.")
    if ":" not in contact and "@" in contact:
        contact = f"mailto:{contact}"
    expires = settings.SECURITY_TXT_EXPIRES.strip()
    if not expires:
        # Reviewed at least twice a year: a fixed date is better, set SECURITY_TXT_EXPIRES.
        day = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
        expires = (day + datetime.timedelta(days=180)).strftime("%Y-%m-%dT%H:%M:%SZ")
    lines = [
        f"Contact: {contact}",
        f"Expires: {expires}",
        "Preferred-Languages: fr, en",
        f"Canonical: {settings.API_BASE_URL.rstrip('/')}/.well-known/security.txt",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
