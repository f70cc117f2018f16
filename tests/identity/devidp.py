"""The local provider (devidp/, standing in for ProConnect) for the tests: start it on a spare port,
and drive its authorization code flow (PKCE, nonce, state) as a browser would, with requests."""

import base64
import hashlib
import os
import secrets
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
import requests

from tests.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
DEVIDP = ROOT / "devidp"
SITE_CLIENT = ("territoires-site", "territoires-site-dev-secret")
ADMIN_CLIENT = ("territoires-admin", "territoires-admin-dev-secret")
SITE_REDIRECT = "http://127.0.0.1:3765/api/auth/callback/proconnect"


@dataclass
class RunningProvider:
    issuer: str
    process: subprocess.Popen


def start_provider():
    """Start devidp on a spare port; skip (naming the command) when it is not installed."""
    node = shutil.which("node")
    if not node or not (DEVIDP / "node_modules" / "oidc-provider").is_dir():
        pytest.skip("fournisseur d'identité local absent : make devidp-install")
    port = free_port()
    var_dir = tempfile.mkdtemp(prefix="devidp-")
    env = {**os.environ, "IDP_PORT": str(port), "DEVIDP_VAR_DIR": var_dir, "NODE_ENV": "test"}
    process = subprocess.Popen(  # noqa: S603 (our own server script)
        [node, str(DEVIDP / "server.mjs")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    issuer = f"http://127.0.0.1:{port}"
    for _ in range(100):
        if process.poll() is not None:
            pytest.fail(f"devidp s'est arrêté : {process.stderr.read().decode()}")
        try:
            requests.get(f"{issuer}/.well-known/openid-configuration", timeout=1)
            break
        except requests.ConnectionError:
            time.sleep(0.1)
    return RunningProvider(issuer, process), var_dir


def stop_provider(provider, var_dir):
    provider.process.terminate()
    provider.process.wait(timeout=10)
    shutil.rmtree(var_dir, ignore_errors=True)


@dataclass
class SignIn:
    id_token: str
    access_token: str
    nonce: str
    session: requests.Session


def sign_in(
    issuer,
    sub="devidp-agent-niort",
    client=SITE_CLIENT,
    redirect_uri=SITE_REDIRECT,
    scope="openid email given_name usual_name siret idp_id uid",
    form=None,
):
    """The code flow as a browser and the site's server do it: returns the tokens."""
    http = requests.Session()
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=")
    state, nonce = secrets.token_urlsafe(16), secrets.token_urlsafe(16)
    response = http.get(
        f"{issuer}/authorize",
        params={
            "client_id": client[0],
            "redirect_uri": redirect_uri,
            "response_type": "code",
            "scope": scope,
            "state": state,
            "nonce": nonce,
            "code_challenge": challenge.decode(),
            "code_challenge_method": "S256",
        },
        allow_redirects=False,
        timeout=10,
    )
    interaction = urljoin(issuer, response.headers["location"])
    assert http.get(interaction, timeout=10).status_code == 200
    response = http.post(
        f"{interaction}/login", data=form or {"sub": sub}, allow_redirects=False, timeout=10
    )
    while not response.headers["location"].startswith(redirect_uri):
        response = http.get(
            urljoin(issuer, response.headers["location"]), allow_redirects=False, timeout=10
        )
    query = parse_qs(urlsplit(response.headers["location"]).query)
    assert query["state"] == [state]
    tokens = requests.post(
        f"{issuer}/token",
        data={
            "grant_type": "authorization_code",
            "code": query["code"][0],
            "redirect_uri": redirect_uri,
            "client_id": client[0],
            "client_secret": client[1],
            "code_verifier": verifier,
        },
        timeout=10,
    ).json()
    return SignIn(tokens["id_token"], tokens["access_token"], nonce, http)
