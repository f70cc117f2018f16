"""An edition sent to a real SMTP server (aiosmtpd on 127.0.0.1): once per address, with the
headers mail providers require for bulk mail, resumable after a crash without duplicates."""

import re
from io import StringIO
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageLogEntry

from cms.visibility import front_end_url
from newsletter.models import Delivery, Sending, Subscriber
from newsletter.services import sending as sendings
from newsletter.tasks import send_batch
from tests.newsletter import backends
from tests.newsletter.conftest import make_subscribers

pytestmark = pytest.mark.django_db


def _parts(message):
    return {
        part.get_content_type(): part.get_content()
        for part in message.walk()
        if not part.is_multipart()
    }


def test_an_edition_reaches_each_confirmed_address_exactly_once(edition, smtp, client):
    confirmed = make_subscribers(500)
    make_subscribers(5, status=Subscriber.Status.PENDING, prefix="en-attente")
    make_subscribers(3, status=Subscriber.Status.UNSUBSCRIBED, prefix="parti")

    sending = sendings.plan(edition, "all")
    send_batch.enqueue(sending.pk)

    received = smtp.recipients()
    assert sorted(received) == sorted(s.email for s in confirmed)  # each once, nobody else
    sending.refresh_from_db()
    assert sending.status == Sending.Status.DONE
    assert sendings.progress(sending)["sent"] == 500
    message_ids = set()
    for _rcpt, message in smtp.messages:
        assert message["From"] == "Territoires en commun <lettre@territoires-en-commun.fr>"
        assert message["List-Id"] == (
            "Lettre de Territoires en commun <lettre.territoires-en-commun.fr>"
        )
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert re.fullmatch(
            r"<https?://[^>]+/newsletter/desinscription/[^>]+/>",
            message["List-Unsubscribe"].strip(),
        )
        assert message["Message-ID"]
        message_ids.add(message["Message-ID"])
        parts = _parts(message)
        assert {"text/plain", "text/html"} <= parts.keys()
        assert front_end_url(edition) in parts["text/html"]  # « Voir dans le navigateur »
        assert "Éditorial." in parts["text/plain"]
    assert len(message_ids) == 500

    # The one-click link of a message unsubscribes its own address, by a bare POST.
    (address,), message = smtp.messages[7]
    one_click = urlsplit(message["List-Unsubscribe"].strip().strip("<>"))
    assert client.post(one_click.path).status_code == 200
    assert Subscriber.objects.get(email=address).status == Subscriber.Status.UNSUBSCRIBED

    # The « se désinscrire » link of the body leads to the site's page with the same address' token.
    (address,), message = smtp.messages[8]
    link = re.search(
        r'href="([^"]+/lettre-d-information/desinscription/[^"]+)"', _parts(message)["text/html"]
    )
    token = parse_qs(urlsplit(link.group(1).replace("&amp;", "&")).query)["jeton"][0]
    assert Subscriber.objects.get(token=token).email == address

    # Sending the same edition again reaches nobody twice.
    again = sendings.plan(edition, "all")
    assert again.recipients == 0


def test_a_send_killed_halfway_then_resumed_delivers_the_rest_once(
    edition, smtp, settings, admin_client, django_capture_on_commit_callbacks
):
    make_subscribers(500)
    settings.NEWSLETTER_EMAIL_BACKEND = "tests.newsletter.backends.CrashingBackend"
    settings.NEWSLETTER_IN_FLIGHT = 10
    # Killed right after the server accepted the 245th message, before it was recorded sent.
    settings.NEWSLETTER_TEST_CRASH_AFTER = 245
    backends.reset()
    sending = sendings.plan(edition, "all")
    try:
        send_batch.enqueue(sending.pk)  # the task's result is recorded FAILED by django-tasks
    finally:
        settings.NEWSLETTER_TEST_CRASH_AFTER = None
    assert len(smtp.messages) == 245

    out = StringIO()
    call_command("send_newsletter", str(edition.pk), resume=sending.pk, stdout=out)

    received = smtp.recipients()
    assert len(received) == len(set(received))  # nobody twice, the 245th included
    # The chunk in flight (241st–250th) is « incertain »: 5 left, 5 did not; no one can tell.
    assert len(received) == 495
    assert sendings.progress(sending)["uncertain"] == 10
    assert "Terminé : 490 envoyés" in out.getvalue()
    assert "10 incertains" in out.getvalue()

    # The progress shows them; an editor may choose to send them again, and that is audited.
    listing = admin_client.get("/admin/lettre/envois/").content.decode()
    assert "Renvoyer les 10 incertains" in listing
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(f"/admin/lettre/envois/{sending.pk}/renvoyer-incertains/")
    received = smtp.recipients()
    assert len(set(received)) == 500
    assert len(received) == 505
    assert sendings.progress(sending)["uncertain"] == 0
    entry = PageLogEntry.objects.get(action="newsletter.resend_uncertain")
    assert entry.user.username == "admin"
    assert entry.data == {"sending": sending.pk, "deliveries": 10}


def test_a_resume_while_the_worker_still_sends_takes_nothing_from_it(edition, smtp):
    make_subscribers(3)
    sending = sendings.plan(edition, "all")
    sending.deliveries.update(status=Delivery.Status.IN_FLIGHT, claimed_at=timezone.now())
    assert sendings.resume(sending) == 0
    assert sendings.progress(sending)["in_flight"] == 3


def test_a_temporary_refusal_is_retried_and_a_permanent_one_stops_the_address(
    edition, smtp, settings
):
    make_subscribers(3)
    settings.NEWSLETTER_RETRY_DELAYS = [0]
    smtp.refuse = {
        "abonne00000@exemple.fr": ["451 4.7.1 Réessayez plus tard"],
        "abonne00001@exemple.fr": ["550 5.1.1 Boîte inconnue"],
    }
    sending = sendings.plan(edition, "all")
    sendings.run(sending)

    assert sorted(smtp.recipients()) == ["abonne00000@exemple.fr", "abonne00002@exemple.fr"]
    assert Subscriber.objects.get(email="abonne00001@exemple.fr").status == "bounced"
    assert sendings.progress(sending)["failed"] == 1


def test_dry_run_counts_and_sends_nothing(edition, smtp):
    make_subscribers(4)
    out = StringIO()
    call_command("send_newsletter", edition.slug, "--dry-run", stdout=out)
    assert "4 destinataires" in out.getvalue()
    assert smtp.messages == []
    assert not Sending.objects.exists()
