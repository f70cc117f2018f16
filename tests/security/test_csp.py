"""Finding 11 of issue 13: a Content-Security-Policy on the admin and the API, and no third party.

The admin used to send each editor's e-mail hash to Gravatar; its pages now load nothing from
another host, and the policy (django-csp) forbids it to any script an injection would slip in.
"""

import json
import re
import urllib.parse
from html.parser import HTMLParser

import pytest

from tests import factories as f

PASSWORD = "motdepasse-solide-42"


def directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def graphql(client):
    return client.post(
        "/graphql/",
        data=json.dumps({"query": "{ themes { name } }"}),
        content_type="application/json",
    )


def test_the_api_answers_may_load_nothing_and_be_framed_by_no_one(client, db):
    for response in (graphql(client), client.get("/graphql/"), client.get("/api/v2/pages/")):
        policy = directives(response)
        assert policy["default-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'none'"]


@pytest.mark.parametrize("module", ["cms.settings.dev", "cms.settings.base"])
def test_a_browser_opening_the_api_gets_json_and_nothing_from_a_cdn(client, db, module):
    """No explorer page that would pull its scripts from a CDN, in development either."""
    import importlib

    assert not hasattr(importlib.import_module(module), "GRAPHQL_GRAPHIQL")
    response = client.get("/graphql/", HTTP_ACCEPT="text/html,application/xhtml+xml")
    assert response["Content-Type"].startswith("application/json")
    assert b"<html" not in response.content.lower()
    assert "http" not in response["Content-Security-Policy"]


def test_the_admin_login_allows_no_inline_script(client, db):
    policy = directives(client.get("/admin/login/"))
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]


def test_the_admin_screens_load_scripts_from_this_host_only(admin_client):
    policy = directives(admin_client.get("/admin/"))
    # Wagtail's widgets still run inline scripts (wagtail/wagtail#1288): no other host, though.
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["connect-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert "https:" not in admin_client.get("/admin/")["Content-Security-Policy"]


class Resources(HTMLParser):
    """What a browser would fetch on its own: src, srcset, stylesheets and icons, style url()."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "data-src", "poster"):
            if attrs.get(name):
                self.urls.append(attrs[name])
        if attrs.get("srcset"):
            self.urls += [item.split()[0] for item in attrs["srcset"].split(",") if item.strip()]
        rel = set((attrs.get("rel") or "").split())
        if (
            tag == "link"
            and attrs.get("href")
            and rel & {"stylesheet", "icon", "preload", "manifest"}
        ):
            self.urls.append(attrs["href"])
        if attrs.get("style"):
            self.urls += re.findall(r"url\(['\"]?([^'\")]+)", attrs["style"])


def external(html):
    parser = Resources()
    parser.feed(html)
    return [
        url for url in parser.urls if urllib.parse.urlsplit(url).netloc not in ("", "testserver")
    ]


@pytest.fixture
def experience(db):
    return f.ExperiencePageFactory(title="Budget participatif à Séné")


def test_admin_screens_load_nothing_from_another_host(admin_client, experience):
    for path in (
        "/admin/",
        f"/admin/pages/{experience.get_parent().pk}/",
        f"/admin/pages/{experience.pk}/edit/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/account/",
    ):
        response = admin_client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert external(html) == [], path
        assert "gravatar" not in html.lower(), path


def test_login_screen_loads_nothing_from_another_host(client, db):
    html = client.get("/admin/login/").content.decode()
    assert external(html) == []


def test_the_avatar_is_never_a_gravatar(admin_client, superuser, settings):
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    html = admin_client.get("/admin/").content.decode()
    assert superuser.email == "admin@example.org"
    assert "gravatar" not in html.lower()


# Each violation the page reports, and each request the page makes.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_admin_works_under_the_policy_in_a_real_browser(live_server, browser, superuser):
    experience = f.ExperiencePageFactory(title="Budget participatif à Séné")
    host = urllib.parse.urlsplit(live_server.url).netloc
    context = browser.new_context(locale="fr-FR")
    context.set_default_timeout(20_000)
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    requested, console = [], []
    page.on("request", lambda request: requested.append(request.url))
    page.on("console", lambda message: console.append(message.text))
    page.goto(f"{live_server.url}/admin/login/")
    assert page.evaluate("window.__violations") == []
    page.fill("#id_username", superuser.username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert "/admin/login/" not in page.url
    violations = {}
    for path in (
        "/admin/",
        f"/admin/pages/{experience.get_parent().pk}/",
        f"/admin/pages/{experience.pk}/edit/",
        f"/admin/pages/add/inspiration/experiencepage/{experience.get_parent().pk}/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/reports/site-history/",
        "/django-admin/",
        "/django-admin/axes/accessattempt/",
    ):
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
        found = page.evaluate("window.__violations")
        if found:
            violations[path] = found
    # The editor's scripts ran: its form is there and its side panels respond.
    page.goto(f"{live_server.url}/admin/pages/{experience.pk}/edit/")
    page.wait_for_load_state("networkidle")
    assert page.locator("[data-side-panel-toggle]").count() > 0
    assert page.locator("#id_title").input_value() == "Budget participatif à Séné"
    found = page.evaluate("window.__violations")
    if found:
        violations["edit again"] = found
    context.close()
    assert violations == {}, (violations, [m for m in console if "Content Security" in m])
    assert [url for url in requested if urllib.parse.urlsplit(url).netloc not in (host, "")] == []
