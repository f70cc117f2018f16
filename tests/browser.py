"""Debian's Chromium driven by Playwright, for the tests that look at the admin as a person would."""

import os
import shutil

import pytest
from django.db import connections

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def browser(monkeypatch):
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        pytest.skip("chromium absent : lancez `scripts/browsers install`")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright absent : lancez `scripts/browsers install`"
    )
    # Playwright's sync API runs an event loop; the test's own ORM calls are still synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
            # While Playwright's loop is marked running, Django keeps this thread's connections
            # apart (thread-critical storage, per async context): the ORM calls made meanwhile
            # opened their own. Close them, or PostgreSQL refuses to drop the test database
            # ("being accessed by other users").
            connections.close_all()
