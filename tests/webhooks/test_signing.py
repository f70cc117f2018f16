"""Signatures as Standard Webhooks defines them, checked with its reference library, the one a
receiver uses (the site uses its npm twin): a good message passes; a changed body, an old
timestamp or another secret are refused."""

import base64
import hashlib
import hmac
import json
import time

import pytest
from standardwebhooks import Webhook, WebhookVerificationError

from cms.services import ServiceError
from webhooks.models import new_secret
from webhooks.services import check_secret, signed_headers

BODY = json.dumps({"type": "page.published", "tags": ["path:/experiences/"]}, separators=(",", ":"))


@pytest.fixture
def secret():
    return new_secret()


def test_a_good_message_is_accepted(secret):
    headers = signed_headers(secret, "msg_1", int(time.time()), BODY)
    assert Webhook(secret).verify(BODY, headers) == json.loads(BODY)


def test_the_signature_is_hmac_sha256_of_id_timestamp_and_body(secret):
    timestamp = int(time.time())
    headers = signed_headers(secret, "msg_1", timestamp, BODY)
    key = base64.b64decode(secret.removeprefix("whsec_"))
    expected = hmac.new(key, f"msg_1.{timestamp}.{BODY}".encode(), hashlib.sha256).digest()
    assert headers == {
        "webhook-id": "msg_1",
        "webhook-timestamp": str(timestamp),
        "webhook-signature": "v1," + base64.b64encode(expected).decode(),
    }


def test_a_tampered_body_is_refused(secret):
    headers = signed_headers(secret, "msg_1", int(time.time()), BODY)
    with pytest.raises(WebhookVerificationError, match="No matching signature"):
        Webhook(secret).verify(BODY.replace("experiences", "ressources"), headers)


def test_a_stale_timestamp_is_refused(secret):
    # Signed correctly six minutes ago: the receiver's five-minute window turns a replay away.
    headers = signed_headers(secret, "msg_1", int(time.time()) - 6 * 60, BODY)
    with pytest.raises(WebhookVerificationError, match="too old"):
        Webhook(secret).verify(BODY, headers)


def test_another_secret_is_refused(secret):
    headers = signed_headers(new_secret(), "msg_1", int(time.time()), BODY)
    with pytest.raises(WebhookVerificationError, match="No matching signature"):
        Webhook(secret).verify(BODY, headers)


def test_another_message_id_is_refused(secret):
    headers = signed_headers(secret, "msg_1", int(time.time()), BODY)
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(BODY, {**headers, "webhook-id": "msg_2"})


def test_new_secrets_are_random_32_bytes_in_standard_form():
    first, second = new_secret(), new_secret()
    assert first != second
    assert first.startswith("whsec_")
    assert len(base64.b64decode(first.removeprefix("whsec_"))) == 32
    check_secret(first)


@pytest.mark.parametrize(
    ("secret", "message"),
    [
        ("dGVycml0b2lyZXMtZW4tY29tbXVuLWRldmVsb3BwZW1lbnQ=", "doit commencer par « whsec_ »"),
        ("whsec_pas du base64 !", "24 à 64 octets"),
        ("whsec_" + base64.b64encode(b"court").decode(), "24 à 64 octets"),
        ("", "doit commencer par « whsec_ »"),
    ],
)
def test_unreadable_secrets_are_refused_in_french(secret, message):
    with pytest.raises(ServiceError, match=message) as refused:
        check_secret(secret)
    assert refused.value.code == "INVALID_SECRET"
