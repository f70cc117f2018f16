"""`make run` tells the site it starts: the endpoint of WEBHOOK_ENDPOINTS is created by
`ensure_webhook_endpoint` (load_demo runs it), then kept in step with the settings."""

import io

import pytest
from django.core.management import CommandError, call_command

from webhooks.models import EventType, WebhookEndpoint

SECRET = "whsec_dGVycml0b2lyZXMtZW4tY29tbXVuLWRldmVsb3BwZW1lbnQ="


def run(command="ensure_webhook_endpoint", **options):
    out = io.StringIO()
    call_command(command, stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def site_endpoint(settings):
    settings.WEBHOOK_ENDPOINTS = [
        {"name": "Site public", "url": "http://127.0.0.1:3000/api/revalidate/", "secret": SECRET}
    ]
    return settings.WEBHOOK_ENDPOINTS[0]


def test_created_then_unchanged_then_updated(db, site_endpoint, settings):
    assert "« Site public » (http://127.0.0.1:3000/api/revalidate/) : créé." in run()
    endpoint = WebhookEndpoint.objects.get()
    assert (endpoint.secret, endpoint.active) == (SECRET, True)
    assert endpoint.events == EventType.values

    assert ": inchangé." in run()

    site_endpoint["url"] = "http://127.0.0.1:3001/api/revalidate/"
    endpoint.active = False
    endpoint.save()
    assert ": mis à jour." in run()
    endpoint.refresh_from_db()
    assert (endpoint.url, endpoint.active) == ("http://127.0.0.1:3001/api/revalidate/", True)
    assert WebhookEndpoint.objects.count() == 1


def test_nothing_configured(db, settings):
    settings.WEBHOOK_ENDPOINTS = []
    assert "Aucun point de terminaison configuré" in run()
    assert not WebhookEndpoint.objects.exists()


def test_a_malformed_secret_stops_the_command_in_french(db, site_endpoint):
    site_endpoint["secret"] = "secret-en-clair"
    with pytest.raises(CommandError, match="WEBHOOK_ENDPOINTS : Le secret doit commencer par"):
        run()
    assert not WebhookEndpoint.objects.exists()


def test_the_development_settings_point_at_the_site():
    from cms.settings import dev

    assert dev.WEBHOOK_ENDPOINTS == [
        {
            "name": "Site public",
            "url": "http://127.0.0.1:3000/api/revalidate/",
            "secret": dev.SITE_WEBHOOK_SECRET,
        }
    ]


def test_load_demo_creates_the_site_endpoint(db, site_endpoint):
    out = run("load_demo")
    assert (
        "Point de terminaison « Site public » (http://127.0.0.1:3000/api/revalidate/) : créé."
        in out
    )
    assert WebhookEndpoint.objects.get().secret == SECRET
