"""The admin screens: ANCT editors add and disable endpoints, see and regenerate the secret, read
the delivery log and resend a refused message; collectivité contributors see none of it."""

import pytest
from django.test import Client

from cms.roles import ensure_roles
from tests.workflows.factories import UserFactory
from webhooks.models import DeliveryStatus, EventType, WebhookDelivery, WebhookEndpoint

ENDPOINTS = "/admin/webhook_endpoints/"
DELIVERIES = "/admin/webhook_deliveries/"


@pytest.fixture
def users(db):
    ensure_roles()
    return {
        "editor": UserFactory(username="editrice", role="editors"),
        "contributor": UserFactory(username="contributrice", role="contributors"),
    }


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor(users):
    return client_for(users["editor"])


@pytest.fixture
def contributor(users):
    return client_for(users["contributor"])


@pytest.fixture
def delivery(db):
    endpoint = WebhookEndpoint.objects.create(name="Site public", url="https://site.example/api/r")
    return WebhookDelivery.objects.create(
        endpoint=endpoint,
        event=EventType.PAGE_PUBLISHED,
        message_id="msg_test",
        payload={"type": "page.published", "tags": ["path:/experiences/"]},
        status=DeliveryStatus.FAILED,
        attempts=1,
        last_status_code=401,
        last_response_excerpt="Signature refusée",
        history=[{"at": "2026-11-30T12:00:00+00:00", "statusCode": 401, "error": ""}],
    )


def text(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_the_settings_menu_lists_both_screens_for_an_editor(editor, contributor):
    page = text(editor.get("/admin/"))
    assert "Points de terminaison des webhooks" in page and "Journal des envois" in page
    page = text(contributor.get("/admin/"))
    assert "Points de terminaison des webhooks" not in page and "Journal des envois" not in page


def test_an_editor_adds_an_endpoint_and_gets_a_secret(editor):
    page = text(editor.get(ENDPOINTS + "new/"))
    assert "Page publiée" in page and "Fragment supprimé" in page
    assert "whsec_" not in page  # generated, never typed

    response = editor.post(
        ENDPOINTS + "new/",
        {
            "name": "Application mobile",
            "url": "https://app.example.org/webhooks",
            "events": ["page.published", "page.unpublished"],
            "active": "on",
        },
    )
    assert response.status_code == 302
    endpoint = WebhookEndpoint.objects.get(name="Application mobile")
    assert endpoint.events == ["page.published", "page.unpublished"]
    assert endpoint.secret.startswith("whsec_")

    page = text(editor.get(f"{ENDPOINTS}inspect/{endpoint.pk}/"))
    assert endpoint.secret in page
    assert "Régénérer le secret" in page and "Journal des envois" in page


def test_an_editor_disables_an_endpoint(editor, delivery):
    endpoint = delivery.endpoint
    response = editor.post(
        f"{ENDPOINTS}edit/{endpoint.pk}/",
        {"name": endpoint.name, "url": endpoint.url, "events": endpoint.events},
    )
    assert response.status_code == 302
    endpoint.refresh_from_db()
    assert endpoint.active is False


def test_an_editor_regenerates_the_secret(editor, delivery):
    endpoint = delivery.endpoint
    old = endpoint.secret
    page = text(editor.get(f"/admin/webhooks/points/{endpoint.pk}/secret/"))
    assert "refusera tout envoi" in page
    endpoint.refresh_from_db()
    assert endpoint.secret == old  # asking is not doing

    response = editor.post(f"/admin/webhooks/points/{endpoint.pk}/secret/")
    assert response.status_code == 302
    endpoint.refresh_from_db()
    assert endpoint.secret != old and endpoint.secret.startswith("whsec_")


def test_an_editor_reads_the_delivery_log_of_an_endpoint(editor, delivery):
    page = text(editor.get(f"{DELIVERIES}?endpoint={delivery.endpoint.pk}"))
    assert "Refusé par le destinataire" in page and "Page publiée" in page
    assert "Renvoyer" in page

    page = text(editor.get(f"{DELIVERIES}inspect/{delivery.pk}/"))
    assert "msg_test" in page and "Signature refusée" in page
    assert "path:/experiences/" in page  # the payload
    assert "Renvoyer" in page


def test_the_log_is_read_only_even_for_a_superuser(admin_client, delivery):
    for url in (f"{DELIVERIES}new/", f"{DELIVERIES}edit/{delivery.pk}/"):
        response = admin_client.get(url)
        assert response.status_code in {302, 403}, url
    response = admin_client.post(f"{DELIVERIES}delete/{delivery.pk}/")
    assert response.status_code in {302, 403}
    assert WebhookDelivery.objects.filter(pk=delivery.pk).exists()
    assert f'href="{DELIVERIES}new/"' not in text(admin_client.get(DELIVERIES))


def test_an_editor_resends_a_refused_message(editor, delivery, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        response = editor.post(f"/admin/webhooks/envois/{delivery.pk}/renvoyer/")
    assert response.status_code == 302
    assert len(callbacks) == 1  # the try is enqueued once the decision commits
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.PENDING, 0)
    assert delivery.message_id == "msg_test"


@pytest.mark.parametrize(
    "url",
    [
        ENDPOINTS,
        ENDPOINTS + "new/",
        "{endpoints}inspect/{endpoint}/",
        "{endpoints}edit/{endpoint}/",
        DELIVERIES,
        "{deliveries}inspect/{delivery}/",
    ],
)
def test_a_contributor_is_refused_every_screen(contributor, delivery, url):
    url = url.format(
        endpoints=ENDPOINTS,
        deliveries=DELIVERIES,
        endpoint=delivery.endpoint.pk,
        delivery=delivery.pk,
    )
    response = contributor.get(url)
    assert response.status_code in {302, 403}
    assert delivery.endpoint.secret not in response.content.decode()


def test_a_contributor_can_neither_regenerate_nor_resend(contributor, delivery):
    secret = delivery.endpoint.secret
    for url in (
        f"/admin/webhooks/points/{delivery.endpoint.pk}/secret/",
        f"/admin/webhooks/envois/{delivery.pk}/renvoyer/",
    ):
        response = contributor.post(url)
        # Wagtail's admin turns a refusal into a return to the dashboard, with a message.
        assert (response.status_code, response.get("Location")) == (302, "/admin/"), url
    delivery.refresh_from_db()
    delivery.endpoint.refresh_from_db()
    assert delivery.endpoint.secret == secret
    assert delivery.status == DeliveryStatus.FAILED
