"""`/metrics`: django-prometheus's metrics (requests, latencies, database, caches) and the API's own
(`cms/api/metrics.py`), for loopback and the scrapers listed in `METRICS_ALLOWED_IPS` only."""

import ipaddress

from django.conf import settings
from django.http import HttpResponseForbidden
from django_prometheus.exports import ExportToDjangoView


def _allowed(address):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if ip.is_loopback:
        return True
    return any(
        ip in ipaddress.ip_network(net, strict=False) for net in settings.METRICS_ALLOWED_IPS
    )


def metrics_view(request):
    # REMOTE_ADDR, not X-Forwarded-For: the scraper connects to the node itself.
    if not _allowed(request.META.get("REMOTE_ADDR", "")):
        return HttpResponseForbidden(
            "Métriques réservées au réseau local et aux collecteurs autorisés."
        )
    return ExportToDjangoView(request)
