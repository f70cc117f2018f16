"""Following a project: the journal's Atom feed, the weekly digest, open data, admin views."""

import datetime
import json
import xml.etree.ElementTree as ET
import zoneinfo

import pytest
from django.core import mail
from django.core.management import call_command

from cms.models import LocalAuthority
from projects.digests import send_digests
from projects.models import JournalDigest, JournalEntryPage
from tests.factories import (
    ActionFactory,
    ActionPlanPageFactory,
    EnrollmentFactory,
    ExperiencePageFactory,
    JournalEntryPageFactory,
    LocalAuthorityFactory,
    SharedProjectPageFactory,
    SharedProjectStageFactory,
)
from tests.projects.factories import ThemeProposalFactory, ThemeVoteFactory, member_of

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.projects.urls")]
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
ATOM = "{http://www.w3.org/2005/Atom}"
MONDAY = datetime.date(2026, 3, 2)


def published(entry, when):
    JournalEntryPage.objects.filter(pk=entry.pk).update(
        first_published_at=when, last_published_at=when
    )
    return entry


@pytest.fixture
def project():
    project = SharedProjectPageFactory(title="Budget participatif", slug="budget-participatif")
    stage = SharedProjectStageFactory(project=project, kind="diagnosis")
    author = LocalAuthorityFactory(name="Lorient")
    EnrollmentFactory(project=project, local_authority=author)
    when = datetime.datetime(2026, 3, 4, 10, tzinfo=PARIS)
    published(
        JournalEntryPageFactory(
            parent=project, title="Balade urbaine", stage=stage, author_authority=author
        ),
        when,
    )
    draft = JournalEntryPageFactory(parent=project, title="Brouillon")
    draft.unpublish()
    return project


def test_atom_feed_lists_published_entries(client, project):
    response = client.get("/projets/budget-participatif/journal.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 — our own feed
    assert feed.find(f"{ATOM}title").text == "Journal de bord — Budget participatif"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == ["Balade urbaine"]
    assert "Diagnostic partagé" in entries[0].find(f"{ATOM}summary").text
    assert entries[0].find(f"{ATOM}author/{ATOM}name").text == "Lorient"
    assert client.get("/projets/inconnu/journal.atom").status_code == 404


def test_the_api_gives_the_journal_feed_address(gql, client, project, settings):
    """A site links to the feed (<link rel="alternate">) with the address the API gives."""
    settings.API_BASE_URL = "https://cms.example.org/"
    query = "query($slug: String!) { sharedProject(slug: $slug) { journalFeedUrl } }"
    url = gql(query, {"slug": "budget-participatif"})["sharedProject"]["journalFeedUrl"]
    assert url == "https://cms.example.org/projets/budget-participatif/journal.atom"
    response = client.get(url.removeprefix("https://cms.example.org"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")


def test_weekly_digest_is_sent_once(project, django_capture_on_commit_callbacks):
    observer = LocalAuthorityFactory()
    EnrollmentFactory(project=project, local_authority=observer, role="observer")
    follower = member_of(observer)
    stranger = member_of(LocalAuthorityFactory())
    member_of(LocalAuthority.objects.get(name="Lorient"))
    with django_capture_on_commit_callbacks(execute=True):
        assert send_digests(MONDAY) == (2, 0)  # the observer's agent and the participant's
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert follower.email in recipients and stranger.email not in recipients
    message = next(m for m in mail.outbox if m.to == [follower.email])
    assert "semaine du 02/03/2026" in message.subject
    assert "Balade urbaine" in message.body and "Brouillon" not in message.body
    digest = JournalDigest.objects.get(recipient=follower)
    assert digest.entry_count == 1 and digest.week_start == MONDAY
    # Idempotent: a second run sends nothing.
    with django_capture_on_commit_callbacks(execute=True):
        assert send_digests(MONDAY + datetime.timedelta(days=3)) == (0, 2)
    assert len(mail.outbox) == 2
    # Another week without entries: nothing.
    assert send_digests(MONDAY + datetime.timedelta(days=7)) == (0, 0)


def test_send_digests_command(project):
    member_of(LocalAuthorityFactory())
    call_command(
        "send_digests",
        "--week",
        "2026-03-04",
        "--dry-run",
        stdout=(out := __import__("io").StringIO()),
    )
    assert "Semaine du 02/03/2026" in out.getvalue()
    assert mail.outbox == [] and not JournalDigest.objects.exists()


def test_open_data_exports(client):
    ExperiencePageFactory(title="Budget participatif de Lorient")
    project = SharedProjectPageFactory(title="Mobilités")
    plan = ActionPlanPageFactory(parent=project)
    ActionFactory(plan=plan, status="done", progress=100)
    response = client.get("/projets/donnees/experiences.csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("id,title,url,summary,participation_level")
    assert "Budget participatif de Lorient" in text
    data = json.loads(client.get("/projets/donnees/projets-partages.json").content)
    assert data["schema"]["fields"][0]["name"] == "id"
    assert data["data"][0]["participants"] == [plan.local_authority.name]
    progress = json.loads(client.get("/projets/donnees/avancement-plans-action.json").content)
    assert progress["data"][0]["progress"] == 100 and progress["data"][0]["actions_done"] == 1
    schemas = json.loads(client.get("/projets/donnees/schemas.json").content)
    assert set(schemas) == {"experiences", "projets-partages", "avancement-plans-action"}
    assert client.get("/projets/donnees/inconnu.csv").status_code == 404


def test_admin_lists_and_exports_participation(admin_client):
    proposal = ThemeProposalFactory(title="Sobriété")
    ThemeVoteFactory(proposal=proposal)
    EnrollmentFactory()
    for name in ("themeproposal", "themevote", "enrollment", "votingcampaign", "journaldigest"):
        response = admin_client.get(f"/admin/snippets/projects/{name}/")
        assert response.status_code == 200, name
    response = admin_client.get("/admin/snippets/projects/themeproposal/?export=csv")
    assert response.status_code == 200
    assert "Sobriété" in b"".join(response.streaming_content).decode()
    response = admin_client.get("/admin/snippets/projects/themeproposal/?status=approved")
    assert response.status_code == 200


def test_export_open_data_command(tmp_path):
    SharedProjectPageFactory(title="Mobilités")
    out = __import__("io").StringIO()
    call_command("export_open_data", str(tmp_path), stdout=out)
    assert "projets-partages : 1 lignes" in out.getvalue()
    assert (
        json.loads((tmp_path / "projets-partages.json").read_text())["data"][0]["title"]
        == "Mobilités"
    )
    assert (tmp_path / "experiences.csv").read_text(encoding="utf-8-sig").startswith("id,title")
    assert set(json.loads((tmp_path / "schemas.json").read_text())) == {
        "experiences",
        "projets-partages",
        "avancement-plans-action",
    }


def test_publishing_a_raised_capacity_in_the_admin_promotes_the_waiting_list(admin_client):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    from projects.models import Enrollment

    project = SharedProjectPageFactory(status="recruiting", participant_capacity=3)
    for _ in range(3):
        EnrollmentFactory(project=project)
    waiting = EnrollmentFactory(project=project, status="waiting", position=9)
    data = nested_form_data(
        {
            "title": project.title,
            "slug": project.slug,
            "theme": project.theme_id,
            "status": "recruiting",
            "summary": project.summary,
            "participant_capacity": 4,
            "start_date": "2022-01-01",
            "end_date": "2022-12-31",
            "body": streamfield([]),
            "stages": inline_formset([]),
            "experts": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/{project.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    waiting.refresh_from_db()
    assert waiting.status == Enrollment.Status.CONFIRMED


def test_anct_moderates_a_proposal_in_the_admin(admin_client, superuser):
    proposal = ThemeProposalFactory(title="Sobriété", status="submitted")
    listing = admin_client.get("/admin/snippets/projects/themeproposal/")
    url = f"/admin/participation/propositions/{proposal.pk}/moderer/"
    assert url in listing.content.decode()
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"decision": "reject", "comment": ""})
    assert response.status_code == 200 and "Expliquez le refus" in response.content.decode()
    response = admin_client.post(url, {"decision": "approve", "comment": ""})
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == "approved" and proposal.moderated_by == superuser
