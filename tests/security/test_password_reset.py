"""The admin's password-reset form sends e-mail: it is limited per client address and per
recipient (cms/lockout.py), so that nobody floods an editor's mailbox through it."""

import pytest
from django.core import mail
from django.core.cache import caches

from cms import ratelimit

START = 1_800_000_000  # a multiple of 3600


@pytest.fixture(autouse=True)
def clock(monkeypatch, settings):
    caches[settings.API_THROTTLE_CACHE].clear()
    now = {"t": START + 600.0}
    monkeypatch.setattr(ratelimit, "clock", lambda: now["t"])
    return now


def ask(client, email, address="203.0.113.30"):
    return client.post("/admin/password_reset/", {"email": email}, REMOTE_ADDR=address)


def test_the_sixth_request_in_an_hour_is_refused_without_mail(client, superuser, clock):
    for _ in range(5):
        assert ask(client, superuser.email).status_code == 302
    assert len(mail.outbox) == 5
    response = ask(client, superuser.email)
    assert response.status_code == 429
    assert response["Retry-After"] == "3000"
    text = response.content.decode()
    assert "Trop de demandes de réinitialisation" in text
    assert "réessayez dans 50 minutes" in text
    assert len(mail.outbox) == 5
    clock["t"] = START + 3600
    assert ask(client, superuser.email).status_code == 302
    assert len(mail.outbox) == 6


def test_a_recipient_is_protected_from_many_addresses(client, superuser):
    for number in range(5):
        ask(client, superuser.email, address=f"192.0.2.{number + 1}")
    assert ask(client, superuser.email, address="192.0.2.50").status_code == 429
    assert len(mail.outbox) == 5


def test_an_address_cannot_spray_many_recipients(client, superuser):
    for number in range(5):
        ask(client, f"inconnu{number}@example.org")
    assert ask(client, superuser.email).status_code == 429
    assert mail.outbox == []


def test_others_are_not_affected(client, superuser, django_user_model):
    django_user_model.objects.create_superuser("autre", "autre@example.org", "x" * 20)
    for _ in range(6):
        ask(client, superuser.email)
    assert ask(client, "autre@example.org", address="198.51.100.9").status_code == 302
    assert mail.outbox[-1].to == ["autre@example.org"]


def test_the_form_itself_is_always_shown(client, superuser):
    for _ in range(6):
        ask(client, superuser.email)
    assert client.get("/admin/password_reset/", REMOTE_ADDR="203.0.113.30").status_code == 200
