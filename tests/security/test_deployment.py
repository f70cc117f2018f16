"""OWASP's Django deployment checklist under the production settings, security.txt (RFC 9116),
and the security settings read from the environment.

The production cases run in a subprocess (tests/cms/test_settings.py's `run`), so the test
settings do not leak into what is checked.
"""

import datetime
import json

import pytest
from django.test import override_settings

from tests.cms.test_settings import HOSTS, complete_env, run

# Asks the production stack for one URL, over HTTPS or not, and prints status and headers.
REQUEST = (
    """
import json, sys, django
django.setup()
from django.test import Client
secure, path, extra = sys.argv[1] == "https", sys.argv[2], json.loads(sys.argv[3])
response = Client().get(path, secure=secure, HTTP_HOST="%s", **extra)
print(json.dumps({"status": response.status_code, "headers": dict(response.headers)}))
"""
    % HOSTS
)


def production_get(path, scheme="https", extra=None, **env):
    result = run(
        ["-c", REQUEST, scheme, path, json.dumps(extra or {})],
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECURITY_CONTACT="mailto:securite@example.org",
        **complete_env(**env),
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_answers_carry_the_checklist_headers():
    answer = production_get("/.well-known/security.txt")
    assert answer["status"] == 200
    headers = answer["headers"]
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert "default-src 'self'" in headers["Content-Security-Policy"]


def test_production_sends_plain_http_to_https():
    answer = production_get("/.well-known/security.txt", scheme="http")
    assert answer["status"] == 301
    assert answer["headers"]["Location"] == f"https://{HOSTS}/.well-known/security.txt"


def test_a_client_cannot_claim_https_unless_a_trusted_proxy_says_so():
    claim = {"HTTP_X_FORWARDED_PROTO": "https"}
    assert production_get("/.well-known/security.txt", "http", claim)["status"] == 301
    behind_proxy = production_get(
        "/.well-known/security.txt", "http", claim, TRUSTED_PROXIES="10.0.0.0/8"
    )
    assert behind_proxy["status"] == 200


def test_production_cookies_are_secure_and_hidden_from_scripts():
    script = (
        "from cms.settings import production as s;"
        "print(s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.CSRF_COOKIE_SECURE,"
        " s.SECURE_PROXY_SSL_HEADER)"
    )
    assert run(["-c", script], **complete_env()).stdout.strip() == "True True True None"


def test_lockout_parameters_and_limits_come_from_the_environment():
    script = (
        "from cms.settings import production as s;"
        "print(s.AXES_LOCKOUT_PARAMETERS, s.AXES_FAILURE_LIMIT, s.AXES_COOLOFF_TIME,"
        " s.API_RATE_LIMIT_IP, s.API_COST_BUDGET_TOKEN)"
    )
    result = run(
        ["-c", script],
        **complete_env(
            AXES_LOCKOUT_PARAMETERS="username+ip_address",
            AXES_FAILURE_LIMIT="10",
            AXES_COOLOFF_MINUTES="0",
            API_RATE_LIMIT_IP="0",
            API_COST_BUDGET_TOKEN="5000",
        ),
    )
    assert result.stdout.strip() == "[['username', 'ip_address']] 10 None 0 5000"


def test_a_limit_that_is_no_number_is_a_clear_error():
    result = run(
        ["-c", "import cms.settings.production"], **complete_env(API_RATE_LIMIT_IP="beaucoup")
    )
    assert result.returncode != 0
    assert result.stderr.strip().splitlines()[-1] == (
        "django.core.exceptions.ImproperlyConfigured: "
        "API_RATE_LIMIT_IP doit être un nombre entier, pas 'beaucoup'."
    )


def test_security_txt_is_absent_until_a_contact_is_configured(client, settings, db):
    settings.SECURITY_CONTACT = ""
    assert client.get("/.well-known/security.txt").status_code == 404


@override_settings(
    SECURITY_CONTACT="securite@example.org",
    SECURITY_TXT_EXPIRES="",
    API_BASE_URL="https://cms.example.org",
)
def test_security_txt_names_the_contact_and_expires(client):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines())
    assert fields["Contact"] == "mailto:securite@example.org"
    assert fields["Canonical"] == "https://cms.example.org/.well-known/security.txt"
    expires = datetime.datetime.fromisoformat(fields["Expires"])
    now = datetime.datetime.now(datetime.UTC)
    assert now < expires <= now + datetime.timedelta(days=366)


@override_settings(
    SECURITY_CONTACT="https://example.org/signaler", SECURITY_TXT_EXPIRES="2027-06-30T00:00:00Z"
)
def test_security_txt_keeps_a_configured_date_and_web_contact(client):
    text = client.get("/.well-known/security.txt").content.decode()
    assert "Contact: https://example.org/signaler\n" in text
    assert "Expires: 2027-06-30T00:00:00Z\n" in text


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_security_txt_is_read_only(client, method, settings):
    settings.SECURITY_CONTACT = "securite@example.org"
    assert getattr(client, method)("/.well-known/security.txt").status_code == 405
