"""The communication team's tools in the admin: counts, CSV, RGPD, preview, test, send."""

import json

import pytest
from django.core import mail

from newsletter.models import Sending, Subscriber
from tests.factories import LocalAuthorityFactory
from tests.newsletter.conftest import make_subscribers

pytestmark = pytest.mark.django_db


def test_csv_export_opens_in_a_french_spreadsheet(admin_client):
    make_subscribers(2)
    response = admin_client.get("/admin/lettre/abonnes/export.csv")
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeffAdresse;Statut;Lettre mensuelle;")
    assert "abonne00001@exemple.fr;Confirmé;oui;non;non;" in body


def test_counts_per_segment_separate_agents_from_the_public(admin_client, django_user_model):
    make_subscribers(3)
    agent = django_user_model.objects.create_user("agent", "agent@mairie.fr")
    agent.authority_memberships.create(local_authority=LocalAuthorityFactory(kind="commune"))
    Subscriber.objects.filter(email="abonne00000@exemple.fr").update(user=agent)
    from newsletter.services import segments

    assert segments.recipients("agents").count() == 1
    assert segments.recipients("public").count() == 2
    assert segments.recipients("kind:commune").count() == 1
    assert segments.recipients("kind:epci").count() == 0
    page = admin_client.get("/admin/lettre/abonnes/").content.decode()
    assert "Agents des collectivités" in page


def test_rgpd_export_and_erasure(admin_client):
    subscriber = make_subscribers(1)[0]
    url = f"/admin/lettre/abonnes/{subscriber.pk}/"
    exported = json.loads(admin_client.post(url, {"action": "export"}).content)
    assert exported["adresse"] == subscriber.email
    assert exported["consentement"]["source"] == "site"
    admin_client.post(url, {"action": "bounce"})
    assert Subscriber.objects.get().status == Subscriber.Status.BOUNCED
    admin_client.post(url, {"action": "erase"})
    assert not Subscriber.objects.exists()


def test_preview_test_and_send_from_the_admin(
    admin_client, edition, django_capture_on_commit_callbacks
):
    make_subscribers(2)
    preview = admin_client.get(f"/admin/lettre/editions/{edition.pk}/apercu/").content.decode()
    assert "Voir cette lettre dans votre navigateur" in preview
    url = f"/admin/lettre/editions/{edition.pk}/envoyer/"
    admin_client.post(url, {"segment": "all", "action": "test"})
    assert mail.outbox[-1].subject.startswith("[Test] ")
    assert mail.outbox[-1].to == ["admin@example.org"]
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, {"segment": "all", "action": "send", "utm": "on"})
    assert response.status_code == 302
    sending = Sending.objects.get()
    assert sending.created_by.username == "admin"
    assert sorted(m.to[0] for m in mail.outbox[1:]) == [
        "abonne00000@exemple.fr",
        "abonne00001@exemple.fr",
    ]
    assert "utm_campaign=lettre-" in mail.outbox[1].alternatives[0][0]
    listing = admin_client.get("/admin/lettre/envois/").content.decode()
    assert "2 / 2" in listing
