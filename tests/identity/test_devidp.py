"""The local provider behaves as ProConnect does where the site and the CMS depend on it."""

import os
import shutil
import subprocess

import jwt
import pytest
import requests

from tests.identity.devidp import (
    DEVIDP,
    SITE_CLIENT,
    SITE_REDIRECT,
    sign_in,
    start_provider,
    stop_provider,
)


@pytest.fixture(scope="module")
def idp():
    provider, var_dir = start_provider()
    yield provider.issuer
    stop_provider(provider, var_dir)


def test_discovery_names_proconnect_scopes_and_requires_s256(idp):
    config = requests.get(f"{idp}/.well-known/openid-configuration", timeout=5).json()
    assert config["issuer"] == idp
    assert config["code_challenge_methods_supported"] == ["S256"]
    assert {"openid", "email", "given_name", "usual_name", "siret", "idp_id", "uid"} <= set(
        config["scopes_supported"]
    )
    assert config["end_session_endpoint"] == f"{idp}/session/end"


def test_authorization_without_pkce_is_refused(idp):
    response = requests.get(
        f"{idp}/authorize",
        params={
            "client_id": SITE_CLIENT[0],
            "redirect_uri": SITE_REDIRECT,
            "response_type": "code",
            "scope": "openid",
            "state": "s",
            "nonce": "n",
        },
        allow_redirects=False,
        timeout=5,
    )
    assert "requires+PKCE" in response.headers["location"]
    assert "error=invalid_request" in response.headers["location"]


def test_demo_agent_signs_in_with_siret_and_signed_userinfo(idp):
    result = sign_in(idp, sub="devidp-agent-bourges")
    keys = jwt.PyJWKClient(f"{idp}/jwks")
    claims = jwt.decode(
        result.id_token,
        keys.get_signing_key_from_jwt(result.id_token).key,
        algorithms=["RS256"],
        audience=SITE_CLIENT[0],
        issuer=idp,
    )
    assert claims["nonce"] == result.nonce
    assert claims["siret"] == "21180033900015"
    assert claims["email"] == "agent.bourges@demo.territoires.local"
    userinfo = requests.get(
        f"{idp}/userinfo", headers={"Authorization": f"Bearer {result.access_token}"}, timeout=5
    )
    assert userinfo.headers["content-type"].startswith("application/jwt")
    signed = jwt.decode(
        userinfo.text,
        keys.get_signing_key_from_jwt(userinfo.text).key,
        algorithms=["RS256"],
        audience=SITE_CLIENT[0],
        issuer=idp,
    )
    assert signed["usual_name"] == "Lefèvre"


def test_typed_email_signs_in_with_its_siret(idp):
    form = {"email": "Agent.Autre@Example.org", "siret": "21790191700013", "given_name": "Zoé"}
    claims = jwt.decode(sign_in(idp, form=form).id_token, options={"verify_signature": False})
    assert claims["email"] == "agent.autre@example.org"
    assert claims["siret"] == "21790191700013"


def test_refuses_to_start_in_production():
    node = shutil.which("node")
    if not node:
        pytest.skip("Node.js absent : apt-get install nodejs npm, puis make devidp-install")
    env = {**os.environ, "NODE_ENV": "production", "IDP_PORT": "1"}
    env.pop("DEVIDP_ALLOW", None)
    done = subprocess.run(  # noqa: S603 (our own server script)
        [node, str(DEVIDP / "server.mjs")], env=env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 1
    assert "refuse de démarrer" in done.stderr
