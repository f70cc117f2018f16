"""The admin's ProConnect button (mozilla-django-oidc) against the real local provider: the same
account as on the site, staff rights from groups only; provider down → French message, passwords
still work."""

from urllib.parse import urljoin, urlsplit

import pytest
import requests
from django.contrib.auth.models import Group

from cms import identity
from cms.models import AgentIdentity
from cms.roles import ROLE_MODERATORS, ROLE_NAMES, ensure_roles
from tests.identity.devidp import start_provider, stop_provider
from tests.ports import free_port

CMS = {"HTTP_HOST": "127.0.0.1:8765"}  # a redirect URI the local provider knows for the admin


@pytest.fixture(scope="module")
def idp():
    provider, var_dir = start_provider()
    yield provider.issuer
    stop_provider(provider, var_dir)


def point_at(settings, issuer):
    settings.PROCONNECT_ISSUER = issuer
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = f"{issuer}/authorize"
    settings.OIDC_OP_TOKEN_ENDPOINT = f"{issuer}/token"
    settings.OIDC_OP_USER_ENDPOINT = f"{issuer}/userinfo"
    settings.OIDC_OP_JWKS_ENDPOINT = f"{issuer}/jwks"
    identity._jwk_clients.clear()


def test_the_login_page_offers_proconnect_next_to_the_password_form(client, db):
    page = client.get("/admin/login/").content.decode()
    assert "S’identifier avec" in page and "ProConnect" in page
    assert "/static/cms/proconnect/dsfr-connect.min.css" in page
    assert 'name="password"' in page


def test_an_agent_signs_in_to_the_admin_through_the_local_provider(client, db, settings, idp):
    point_at(settings, idp)
    start = client.get("/oidc/authenticate/?next=/admin/", **CMS)
    location = start["Location"]
    assert location.startswith(f"{idp}/authorize?")
    assert "code_challenge_method=S256" in location
    browser = requests.Session()
    interaction = urljoin(idp, browser.get(location, allow_redirects=False).headers["location"])
    response = browser.post(
        f"{interaction}/login", data={"sub": "devidp-moderatrice-anct"}, allow_redirects=False
    )
    while not response.headers["location"].startswith("http://127.0.0.1:8765/oidc/callback/"):
        response = browser.get(urljoin(idp, response.headers["location"]), allow_redirects=False)
    callback = urlsplit(response.headers["location"])
    done = client.get(f"{callback.path}?{callback.query}", **CMS)
    assert done.status_code == 302 and done["Location"] == "/admin/"

    agent = AgentIdentity.objects.get(sub="devidp-moderatrice-anct").user
    assert agent.email == "moderatrice.anct@demo.territoires.local"
    assert int(client.session["_auth_user_id"]) == agent.pk
    # Signed in, but no rights until a group gives them.
    assert client.get("/admin/", **CMS).status_code == 302
    ensure_roles()
    agent.groups.add(Group.objects.get(name=ROLE_NAMES[ROLE_MODERATORS]))
    assert client.get("/admin/", **CMS).status_code == 200


def test_provider_down_is_said_in_french_and_passwords_still_work(
    client, db, settings, django_user_model
):
    point_at(settings, f"http://127.0.0.1:{free_port()}")
    response = client.get("/oidc/authenticate/", follow=True)
    assert response.redirect_chain[-1][0] == "/admin/login/"
    assert "ProConnect est injoignable" in response.content.decode()
    django_user_model.objects.create_superuser("admin-secours", "a@example.org", "Mot-de-passe-1!")
    signed_in = client.post(
        "/admin/login/", {"username": "admin-secours", "password": "Mot-de-passe-1!"}
    )
    assert signed_in.status_code == 302
    assert client.get("/admin/").status_code == 200
