"""Small views of the core that are no page: /.well-known/security.txt."""

import datetime

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


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
