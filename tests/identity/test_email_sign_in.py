"""Verified e-mail sign-in for the people ProConnect does not identify (ADR 0017): a signed link,
valid for a few minutes, spent at its first use, opening the same CMS session as ProConnect;
expired, reused and forged links are typed French refusals, and requests are rate limited."""

import re

import pytest
from django.core import mail, signing
from django.core.cache import caches

from cms.models import AgentIdentity, EmailSignInLink
from tests.api.conftest import GraphQLClient

pytestmark = pytest.mark.django_db

REQUEST = """
mutation($email: String!) { requestEmailSignIn(email: $email) { sent errors { field code message } } }"""
CONSUME = """
mutation($token: String!) {
  consumeEmailSignIn(token: $token) { token notices errors { field code message } }
}"""
ME = "{ me { username organisations { name } } }"


@pytest.fixture(autouse=True)
def immediate_mail(monkeypatch, settings):
    monkeypatch.setattr("cms.mail.on_commit", lambda callback, **kwargs: callback())
    settings.FRONTEND_URL = "http://site.test"
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def gql(client):
    return GraphQLClient(client)


def link_token(message):
    match = re.search(r"http://site\.test/connexion/courriel\?jeton=(\S+)", message.body)
    assert match, message.body
    from urllib.parse import unquote

    return unquote(match.group(1))


def request_link(gql, email):
    return gql(REQUEST, {"email": email})["requestEmailSignIn"]


def consume(gql, token):
    return gql(CONSUME, {"token": token})["consumeEmailSignIn"]


def test_the_link_signs_in_once_with_a_session_token(gql):
    assert request_link(gql, "Claire@Asso-Exemple.FR") == {"sent": True, "errors": []}
    [message] = mail.outbox
    assert message.to == ["Claire@asso-exemple.fr"]
    assert "une seule fois" in message.body
    result = consume(gql, link_token(message))
    assert result["errors"] == []
    assert result["token"].startswith("tec_")
    assert any("Déclarez l'organisation" in notice for notice in result["notices"])
    me = gql(ME, token=result["token"])["me"]
    assert me["username"].startswith("courriel-")
    assert AgentIdentity.objects.get(issuer="email").sub == "claire@asso-exemple.fr"

    again = consume(gql, link_token(message))
    assert again["token"] is None
    assert [e["code"] for e in again["errors"]] == ["EMAIL_LINK_USED"]
    assert "déjà servi" in again["errors"][0]["message"]


def test_the_same_address_finds_the_same_account(gql):
    request_link(gql, "claire@asso.fr")
    request_link(gql, "claire@asso.fr")
    first, second = (consume(gql, link_token(m)) for m in mail.outbox)
    assert gql(ME, token=first["token"])["me"] == gql(ME, token=second["token"])["me"]


def test_an_expired_link_is_refused(gql, settings):
    request_link(gql, "lea@asso.fr")
    EmailSignInLink.objects.update(expires_at="2020-01-01T00:00:00Z")
    result = consume(gql, link_token(mail.outbox[0]))
    assert [e["code"] for e in result["errors"]] == ["EMAIL_LINK_EXPIRED"]

    request_link(gql, "lea@asso.fr")
    settings.EMAIL_SIGN_IN_TTL = -1  # the signature's own age check
    result = consume(gql, link_token(mail.outbox[1]))
    assert [e["code"] for e in result["errors"]] == ["EMAIL_LINK_EXPIRED"]
    assert "expiré" in result["errors"][0]["message"]


@pytest.mark.parametrize(
    "make_token",
    [
        lambda: "",
        lambda: "n'importe quoi",
        lambda: signing.dumps({"link": 1}, salt="autre-usage"),
        lambda: signing.dumps({"link": 999999}, salt="cms.email_signin"),
        lambda: signing.dumps(["link", 1], salt="cms.email_signin"),
    ],
    # Signed values carry a timestamp: signed when the test runs (signed at collection, they had
    # expired by the time a slow run reached them), under fixed ids for every xdist worker.
    ids=["vide", "texte", "autre-usage", "lien-inconnu", "forme-inattendue"],
)
def test_a_forged_or_unknown_link_is_refused(gql, make_token):
    result = consume(gql, make_token())
    assert result["token"] is None
    assert [e["code"] for e in result["errors"]] == ["EMAIL_LINK_INVALID"]


def test_a_tampered_link_is_refused(gql):
    request_link(gql, "sam@asso.fr")
    token = link_token(mail.outbox[0])
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert [e["code"] for e in consume(gql, tampered)["errors"]] == ["EMAIL_LINK_INVALID"]


@pytest.mark.parametrize("email", ["", "pas-une-adresse", "a@", "x" * 300 + "@asso.fr"])
def test_bad_addresses_are_typed_errors(gql, email):
    result = request_link(gql, email)
    assert [e["code"] for e in result["errors"]] == ["INVALID_EMAIL"]
    assert mail.outbox == []


def test_requests_are_rate_limited_per_address(gql, settings):
    settings.EMAIL_SIGN_IN_LIMIT = 3
    for _ in range(3):
        assert request_link(gql, "flood@asso.fr")["errors"] == []
    refused = request_link(gql, "FLOOD@asso.fr")
    assert [e["code"] for e in refused["errors"]] == ["RATE_LIMITED"]
    assert "réessayez dans" in refused["errors"][0]["message"]
    assert len(mail.outbox) == 3
    assert request_link(gql, "autre@asso.fr")["errors"] == []


def test_requests_are_rate_limited_per_client(gql, settings):
    settings.EMAIL_SIGN_IN_IP_LIMIT = 2
    for index in range(2):
        assert request_link(gql, f"personne{index}@asso.fr")["errors"] == []
    refused = request_link(gql, "personne9@asso.fr")
    assert [e["code"] for e in refused["errors"]] == ["RATE_LIMITED"]


def test_asking_for_links_keeps_the_public_caches(gql, django_capture_on_commit_callbacks):
    """Anyone may ask for a link: each must not empty the caches of public answers."""
    from cms.content_version import current_version

    before = current_version()
    with django_capture_on_commit_callbacks(execute=True):
        request_link(gql, "cache@asso.fr")
    assert current_version() == before


def ask_from(gql, email, peer, forwarded):
    """A request as the site server sends it: from its own address, with the visitor's."""
    response = gql.post(REQUEST, {"email": email}, REMOTE_ADDR=peer, HTTP_X_FORWARDED_FOR=forwarded)
    assert response.status_code == 200, response.content
    return [e["code"] for e in response.json()["data"]["requestEmailSignIn"]["errors"]]


def test_the_client_limit_counts_each_visitor_behind_a_trusted_site(gql, settings):
    """The site forwards the visitor's address (frontend/server.mjs appends its peer): with the
    site in TRUSTED_PROXIES, one visitor's flood does not lock out the others."""
    settings.EMAIL_SIGN_IN_IP_LIMIT = 2
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    for index in range(2):
        assert ask_from(gql, f"a{index}@asso.fr", "127.0.0.1", "203.0.113.7") == []
    assert ask_from(gql, "a9@asso.fr", "127.0.0.1", "203.0.113.7") == ["RATE_LIMITED"]
    assert ask_from(gql, "b@asso.fr", "127.0.0.1", "203.0.113.8") == []


def test_a_forwarded_address_from_an_untrusted_peer_is_ignored(gql, settings):
    """A client cannot escape the limit by writing X-Forwarded-For itself."""
    settings.EMAIL_SIGN_IN_IP_LIMIT = 2
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    for index in range(2):
        assert ask_from(gql, f"c{index}@asso.fr", "198.51.100.1", f"203.0.113.{index}") == []
    assert ask_from(gql, "c9@asso.fr", "198.51.100.1", "203.0.113.50") == ["RATE_LIMITED"]
