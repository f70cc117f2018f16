"""signInWithProConnect: the CMS checks the provider's ID token and opens its own session.

Forged tokens come from a test JWKS server (a key of our own served over HTTP); valid ones from the
real local provider (devidp)."""

import base64
import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from cms import identity
from cms.models import AgentSession, LocalAuthority, LocalAuthorityMembership, UnmatchedSiretRequest
from tests.api.conftest import GraphQLClient
from tests.factories import LocalAuthorityFactory
from tests.identity.devidp import sign_in, start_provider, stop_provider
from tests.ports import free_port

SIGN_IN = """
mutation ($idToken: String!) {
  signInWithProConnect(idToken: $idToken) {
    token expiresAt notices
    me { username memberships { localAuthority { name } status requestedAt } }
    errors { field code message }
  }
}"""
ME = "{ me { username localAuthorities { name } memberships { localAuthority { name } status } } }"
SIGN_OUT = "mutation { signOut { revoked errors { code message } } }"
PROPOSE = """
mutation { proposeTheme(title: "Budget des jeunes", description: "Parce que.") {
  proposal { title } errors { code message } } }"""


class _JWKS(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        server = self.server
        if self.path == "/.well-known/openid-configuration":
            body = {"issuer": server.issuer, "jwks_uri": f"{server.issuer}/jwks"}
        elif self.path == "/jwks":
            body = {"keys": [server.public_jwk]}
        else:
            self.send_error(404)
            return
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


class Forge:
    """A provider of our own: its keys over HTTP, and tokens signed (or not) as a test needs."""

    def __init__(self):
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), _JWKS)
        self.issuer = f"http://127.0.0.1:{self.server.server_port}"
        self.server.issuer = self.issuer
        public = json.loads(RSAAlgorithm.to_jwk(self.key.public_key()))
        self.server.public_jwk = {**public, "kid": "test-key", "alg": "RS256", "use": "sig"}
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def token(self, key=None, headers=None, algorithm="RS256", **overrides):
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "aud": "territoires-site",
            "sub": "agent-forge",
            "iat": now,
            "exp": now + 300,
            "nonce": "n-123",
            "email": "agent@example.org",
            "siret": "21790191700013",
        }
        claims.update(overrides)
        claims = {k: v for k, v in claims.items() if v is not None}
        return jwt.encode(
            claims,
            key if key is not None else self.key,
            algorithm=algorithm,
            headers={"kid": "test-key", **(headers or {})},
        )


@pytest.fixture
def gql(client, db):
    return GraphQLClient(client)


@pytest.fixture
def forge(settings):
    forge = Forge()
    settings.PROCONNECT_ISSUER = forge.issuer
    identity._jwk_clients.clear()
    yield forge
    forge.server.shutdown()
    identity._jwk_clients.clear()


@pytest.fixture(scope="module")
def idp():
    provider, var_dir = start_provider()
    yield provider.issuer
    stop_provider(provider, var_dir)


@pytest.fixture
def local_idp(idp, settings):
    settings.PROCONNECT_ISSUER = idp
    identity._jwk_clients.clear()
    yield idp
    identity._jwk_clients.clear()


@pytest.fixture
def niort(db):
    return LocalAuthorityFactory(
        kind=LocalAuthority.Kind.COMMUNE, code="79191", name="Niort", siren="217901917"
    )


def refused(gql, token):
    payload = gql(SIGN_IN, {"idToken": token})["signInWithProConnect"]
    assert payload["token"] is None
    assert AgentSession.objects.count() == 0
    return payload["errors"][0]


def test_expired_token_is_refused(gql, forge):
    now = int(time.time())
    error = refused(gql, forge.token(iat=now - 7200, exp=now - 3600))
    assert error["code"] == "ID_TOKEN_EXPIRED"
    assert "expiré" in error["message"]


def test_forged_signature_is_refused(gql, forge):
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    assert refused(gql, forge.token(key=other))["code"] == "INVALID_ID_TOKEN"


def test_token_for_another_client_is_refused(gql, forge):
    assert refused(gql, forge.token(aud="un-autre-service"))["code"] == "WRONG_AUDIENCE"


def test_token_of_another_issuer_is_refused(gql, forge):
    error = refused(gql, forge.token(iss="https://faux-proconnect.example"))
    assert error["code"] == "WRONG_ISSUER"


def test_unsigned_token_is_refused(gql, forge):
    token = jwt.encode(
        jwt.decode(forge.token(), options={"verify_signature": False}), None, algorithm="none"
    )
    error = refused(gql, token)
    assert error["code"] == "INVALID_ID_TOKEN"
    assert "RS256" in error["message"]


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=")


def test_hmac_token_keyed_with_the_public_key_is_refused(gql, forge):
    # The classic confusion attack: HS256 keyed with the provider's public key (PyJWT itself
    # refuses to sign it, hence by hand).
    claims = jwt.decode(forge.token(), options={"verify_signature": False})
    signing_input = b".".join(
        [
            _b64(json.dumps({"alg": "HS256", "kid": "test-key", "typ": "JWT"}).encode()),
            _b64(json.dumps(claims).encode()),
        ]
    )
    secret = forge.key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    signature = _b64(hmac.new(secret, signing_input, hashlib.sha256).digest())
    token = (signing_input + b"." + signature).decode()
    assert refused(gql, token)["code"] == "INVALID_ID_TOKEN"


def test_token_without_nonce_is_refused(gql, forge):
    error = refused(gql, forge.token(nonce=None))
    assert error["code"] == "INVALID_ID_TOKEN"
    assert "nonce" in error["message"]


def test_token_exchanged_twice_is_refused_the_second_time(gql, forge, niort):
    token = forge.token()
    assert gql(SIGN_IN, {"idToken": token})["signInWithProConnect"]["token"]
    again = gql(SIGN_IN, {"idToken": token})["signInWithProConnect"]
    assert again["token"] is None
    assert again["errors"][0]["code"] == "ID_TOKEN_REPLAYED"


def test_unreachable_provider_is_said_in_french(gql, settings):
    settings.PROCONNECT_ISSUER = f"http://127.0.0.1:{free_port()}"
    identity._jwk_clients.clear()
    header = _b64(json.dumps({"alg": "RS256", "kid": "k"}).encode())
    claims = _b64(json.dumps({"iss": settings.PROCONNECT_ISSUER, "sub": "x"}).encode())
    error = refused(gql, (header + b"." + claims + b"." + _b64(b"signature")).decode())
    assert error["code"] == "PROVIDER_UNAVAILABLE"
    assert "injoignable" in error["message"]


def test_agent_signs_in_through_the_local_provider_and_signs_out(gql, local_idp, niort):
    result = sign_in(local_idp, sub="devidp-agent-niort")
    payload = gql(SIGN_IN, {"idToken": result.id_token})["signInWithProConnect"]
    assert payload["errors"] == []
    assert payload["token"].startswith("tec_")
    assert payload["me"]["memberships"][0]["localAuthority"]["name"] == "Niort"
    assert payload["me"]["memberships"][0]["status"] == "PENDING"
    assert "attend l'accord" in payload["notices"][0]
    token = payload["token"]

    me = gql(ME, token=token)["me"]
    assert me["memberships"] == [{"localAuthority": {"name": "Niort"}, "status": "PENDING"}]
    assert me["localAuthorities"] == []

    # Pending: the agent reads but cannot act for Niort.
    proposed = gql(PROPOSE, token=token)["proposeTheme"]
    assert proposed["proposal"] is None
    assert proposed["errors"][0]["code"] == "NOT_A_MEMBER"
    assert "attend l'accord" in proposed["errors"][0]["message"]

    assert gql(SIGN_OUT, token=token)["signOut"] == {"revoked": True, "errors": []}
    response = gql.post(ME, token=token)
    assert response.status_code == 401
    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_second_sign_in_finds_the_account_by_sub_and_updates_its_email(gql, forge, niort):
    first = gql(SIGN_IN, {"idToken": forge.token()})["signInWithProConnect"]
    second = gql(SIGN_IN, {"idToken": forge.token(email="nouvelle@example.org", jti="2")})[
        "signInWithProConnect"
    ]
    assert first["me"]["username"] == second["me"]["username"]
    membership = LocalAuthorityMembership.objects.get()
    assert membership.user.email == "nouvelle@example.org"
    assert second["notices"] == []


def test_siret_of_no_collectivite_signs_in_with_a_request_to_the_anct(gql, forge, niort):
    payload = gql(SIGN_IN, {"idToken": forge.token(siret="13002603200016")})["signInWithProConnect"]
    assert payload["token"]
    assert payload["me"]["memberships"] == []
    assert "ANCT" in payload["notices"][0]
    assert UnmatchedSiretRequest.objects.get().siret == "13002603200016"


def test_expired_session_is_refused(gql, forge, niort):
    token = gql(SIGN_IN, {"idToken": forge.token()})["signInWithProConnect"]["token"]
    AgentSession.objects.update(expires_at="2020-01-01T00:00:00Z")
    assert gql.post(ME, token=token).status_code == 401


def test_siret_of_a_known_organisation_asks_to_join_it(gql, forge, niort):
    from cms.models import Organisation, OrganisationMembership

    Organisation.objects.create(
        name="Institut Cité", kind="research_team", siren="130026032", status="verified"
    )
    payload = gql(SIGN_IN, {"idToken": forge.token(siret="13002603200016")})["signInWithProConnect"]
    assert payload["token"]
    assert "« Institut Cité »" in payload["notices"][0]
    membership = OrganisationMembership.objects.get()
    assert membership.status == "pending"
    assert membership.organisation.name == "Institut Cité"


def test_siret_of_no_collectivite_invites_to_declare_the_organisation(gql, forge, niort):
    payload = gql(SIGN_IN, {"idToken": forge.token(siret="13002603200016")})["signInWithProConnect"]
    assert "déclarez votre organisation" in payload["notices"][0]
