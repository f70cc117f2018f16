"""One click, one action: Wagtail's autosave posts the editor's form in the background (JSON); once a
workflow action's hidden inputs were in that form, the autosave performed the action a second time
next to the click's request (a 500, or an approved page saved back as not live). The server now
refuses an autosave that carries an action; plain autosaves and the click itself work as before."""

from html.parser import HTMLParser

import pytest

from inspiration.models import ExperiencePage
from tests.workflows.conftest import experience_input
from tests.workflows.test_admin_roles import client_for
from workflows import services

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


class _EditForm(HTMLParser):
    """The fields the browser would post from #page-edit-form, as it renders."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.inside = False
        self.data = []
        self.textarea = None
        self.select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = self.inside or attrs.get("id") == "page-edit-form"
        if not self.inside or not attrs.get("name") and tag != "option":
            return
        if "__prefix__" in attrs.get("name", ""):  # an empty inline form's template
            return
        kind = attrs.get("type", "text")
        if tag == "input" and kind in ("checkbox", "radio"):
            if "checked" in attrs:
                self.data.append((attrs["name"], attrs.get("value") or "on"))
        elif tag == "input" and kind not in ("submit", "button", "file"):
            self.data.append((attrs["name"], attrs.get("value") or ""))
        elif tag == "textarea":
            self.textarea = [attrs["name"], ""]
        elif tag == "select":
            self.select = attrs["name"]
        elif tag == "option" and self.select and "selected" in attrs:
            self.data.append((self.select, attrs.get("value", "")))

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self.textarea:
            self.data.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "select":
            self.select = None


def edit_form(client, page):
    parser = _EditForm()
    parser.feed(client.get(f"/admin/pages/{page.pk}/edit/").content.decode())
    data = {}
    for name, value in parser.data:
        data.setdefault(name, []).append(value)
    # Wagtail's JS draws the StreamFields: posted empty (they are optional), as a browser without them.
    for stream in ("body", "sources"):
        data.setdefault(f"{stream}-count", ["0"])
    return data


@pytest.fixture
def waiting(site):
    """A contribution of Séné waiting for the ANCT moderation, and the moderator's edit form."""
    page = services.submit_experience(site.users.contributor, experience_input(title="Vélo-école"))
    client = client_for(site.users.moderator)
    return page, client, edit_form(client, page)


def approval(form):
    return {**form, "action-workflow-action": "true", "workflow-action-name": "approve"}


def test_an_autosave_carrying_the_approval_is_refused_and_approves_nothing(waiting):
    page, client, form = waiting
    response = client.post(f"/admin/pages/{page.pk}/edit/", approval(form), **JSON)
    assert response.status_code == 400
    assert response.json()["error_code"] == "blocked_by_hook"
    assert "seul votre clic" in response.json()["error_message"]
    page = ExperiencePage.objects.get(pk=page.pk)
    assert not page.live
    assert page.current_workflow_task is not None


def test_the_click_approves_and_the_page_stays_live(waiting):
    page, client, form = waiting
    response = client.post(f"/admin/pages/{page.pk}/edit/", approval(form))
    assert response.status_code == 302
    # The autosave that Wagtail's debounce sent after the click: answered, not a 500, and the
    # approved page is not saved back as not live.
    late = client.post(f"/admin/pages/{page.pk}/edit/", approval(form), **JSON)
    assert late.status_code == 400
    assert late.json()["success"] is False
    page = ExperiencePage.objects.get(pk=page.pk)
    assert page.live
    assert page.current_workflow_task is None


def test_a_plain_autosave_still_saves_a_draft(waiting):
    page, client, form = waiting
    form["summary"] = ["Des cours de vélo pour les adultes, le samedi."]
    response = client.post(f"/admin/pages/{page.pk}/edit/", form, **JSON)
    assert response.status_code == 200, response.content
    assert response.json()["success"] is True
    latest = ExperiencePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert latest.summary == "Des cours de vélo pour les adultes, le samedi."
