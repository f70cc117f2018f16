"""End to end, in a real browser (Playwright driving Debian's chromium) against a live server:
a contributor submits an experience in the admin, a moderator requests changes, the contributor
edits and resubmits, the moderator approves; the experience then appears in GraphQL `experiences`.

Needs chromium and Playwright: `scripts/browsers install`.
"""

import json
import os
import shutil

import pytest

from inspiration.models import ExperiencePage
from tests.browser import CHROMIUM

PASSWORD = "motdepasse-solide-42"
TITLE = "Fête des voisins à Séné"

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        not (os.path.exists(CHROMIUM) or shutil.which("chromium")),
        reason="chromium absent : lancez `scripts/browsers install`",
    ),
]


def login(browser, base_url, username):
    context = browser.new_context(locale="fr-FR")
    context.set_default_timeout(20_000)
    page = context.new_page()
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert "/admin/login/" not in page.url, page.content()[:2000]
    return page


def click_hidden(page, selector):
    """Footer actions sit in a drop-down menu: click them as the menu would."""
    with page.expect_navigation():
        page.locator(selector).first.evaluate("button => button.click()")


def experience_titles(page, base_url):
    response = page.request.post(
        f"{base_url}/graphql/",
        data=json.dumps({"query": "{ experiences { edges { node { title } } } }"}),
        headers={"Content-Type": "application/json"},
    )
    assert response.ok, response.text()
    return [edge["node"]["title"] for edge in response.json()["data"]["experiences"]["edges"]]


def test_contribution_journey_in_the_admin(live_server, site, browser):
    base = live_server.url

    # 1. The contributor submits an experience.
    contributor = login(browser, base, "contributrice")
    assert TITLE not in experience_titles(contributor, base)
    contributor.goto(f"{base}/admin/pages/add/inspiration/experiencepage/{site.experiences.pk}/")
    contributor.fill("#id_title", TITLE)
    contributor.fill("#id_summary", "Un repas partagé dans chaque quartier.")
    contributor.select_option("#id_participation_level", "4")
    contributor.evaluate(
        """([authority]) => {
            document.querySelector('[name="slug"]').value = 'fete-des-voisins-a-sene';
            document.querySelector('[name="authority_links-0-local_authority"]').value = authority;
        }""",
        [str(site.sene.pk)],
    )
    click_hidden(contributor, 'button[name="action-submit"]')
    experience = ExperiencePage.objects.get(title=TITLE)
    assert not experience.live
    state = experience.current_workflow_state
    assert state.current_task_state.task.name == "Modération ANCT"

    # 2. The moderator requests changes, with a reason and a comment.
    moderator = login(browser, base, "moderateur")
    moderator.goto(f"{base}/admin/")
    assert TITLE in moderator.content()
    moderator.goto(f"{base}/admin/pages/{experience.pk}/edit/")
    moderator.locator('[data-workflow-action-name="reject"]').first.evaluate("b => b.click()")
    moderator.locator('input[name="reasons"][value="incomplete"]').check()
    moderator.fill('textarea[name="comment"]', "Précisez le nombre de participants.")
    with moderator.expect_navigation():
        moderator.locator(".modal form [type=submit]").first.click()
    state.refresh_from_db()
    assert state.status == state.STATUS_NEEDS_CHANGES

    # 3. The contributor edits and resubmits.
    contributor.goto(f"{base}/admin/pages/{experience.pk}/edit/")
    contributor.fill("#id_summary", "Un repas partagé dans chaque quartier : 600 participants.")
    click_hidden(contributor, 'button[name="action-submit"]')
    state = ExperiencePage.objects.get(pk=experience.pk).current_workflow_state
    assert state.status == state.STATUS_IN_PROGRESS

    # 4. The moderator approves: the experience is published.
    moderator.goto(f"{base}/admin/pages/{experience.pk}/edit/")
    click_hidden(
        moderator, '[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
    )
    experience.refresh_from_db()
    assert experience.live
    assert experience.summary.endswith("600 participants.")
    assert TITLE in experience_titles(contributor, base)
