"""XSS payloads in every text field come back escaped in the admin.

Content whose every text field holds a payload (page titles, summaries, rich text, collectivité,
theme and territory type names, snippets, theme proposals and their moderation, journal entries,
action plans, comments and moderation comments) is rendered on each admin screen where it
appears; the raw payloads must never be in the HTML. Then a real browser (Playwright + Debian's
chromium, `scripts/browsers install`) loads the explorer and the edit page: no dialog may open.
"""

import urllib.parse

import pytest
from django.test import Client
from django.utils.html import escape
from wagtail.models import Comment, PageViewRestriction

from cms.models import LocalAuthority, TerritoryType
from tests import factories as f
from tests.projects.factories import ThemeProposalFactory, VotingCampaignFactory
from tests.workflows.conftest import experience_input, site  # noqa: F401 (fixture)
from workflows import services as workflow_services

SCRIPT = "<script>alert('xss-script')</script>"
IMG = '"><img src=x onerror=alert("xss-img")>'
SVG = "<svg/onload=alert('xss-svg')>"
JS_LINK = "<a href=\"javascript:alert('xss-link')\">lien piégé</a>"
TEXT = f"XSS {SCRIPT} {IMG} {SVG}"
# Rich text as stored: raw tags an import could write, and what an editor types (escaped).
RICH = f"<p>Riche {SCRIPT}</p><p>{escape(IMG)} {escape(SVG)}</p><p>{JS_LINK}</p>"

# What would run if a payload came back unescaped (or a javascript: URL came back as a link).
FORBIDDEN = [
    "<script>alert(",
    "<img src=x onerror",
    "<svg/onload",
    'href="javascript:',
    "href='javascript:",
]


def short(text, limit):
    return text if len(text) <= limit else text[:limit]


def assert_escaped(html, url):
    for marker in FORBIDDEN:
        assert marker not in html, f"{url} : « {marker} » non échappé"


@pytest.fixture
def payloads(site):  # noqa: F811
    """Payloads in every text field, and the ids of what holds them."""
    department = f.LocalAuthorityFactory(
        kind=LocalAuthority.Kind.DEPARTEMENT, code="56", name=f"Dépt {TEXT}"
    )
    authority = f.LocalAuthorityFactory(code="56250", name=f"Commune {TEXT}", department=department)
    theme = f.ThemeFactory(slug="theme-xss", name=short(f"Thème {TEXT}", 100), description=TEXT)
    territory = TerritoryType.objects.create(
        slug="territoire-xss", name=short(f"Territoire {TEXT}", 100), description=TEXT
    )
    experience = f.ExperiencePageFactory(
        parent=site.experiences,
        title=f"Expérience {TEXT}",
        slug="experience-xss",
        summary=TEXT,
        actors=TEXT,
        results=RICH,
        contact_name=short(TEXT, 100),
        contact_role=short(TEXT, 100),
        body=f.paragraph(RICH),
        themes=[theme],
        territory_types=[territory],
        authority_link__local_authority=authority,
    )
    draft = f.ResourcePageFactory(
        parent=site.resources,
        title=f"Brouillon {TEXT}",
        slug="brouillon-xss",
        summary=TEXT,
        organisation=short(TEXT, 200),
        body=f.paragraph(RICH),
        live=False,
    )
    private_index = f.InspirationIndexPageFactory(
        parent=site.home, title=f"Espace {TEXT}", slug="espace-xss", intro=RICH
    )
    PageViewRestriction.objects.create(
        page=private_index, restriction_type=PageViewRestriction.PASSWORD, password="secret-42"
    )
    concept = f.ConceptPageFactory(
        parent=site.concepts, title=f"Concept {TEXT}", slug="concept-xss", summary=TEXT
    )
    event = f.EventPageFactory(
        parent=site.resources,
        title=f"Événement {TEXT}",
        slug="evenement-xss",
        summary=TEXT,
        place_name=short(TEXT, 200),
        organiser=short(TEXT, 200),
    )
    project = f.SharedProjectPageFactory(
        parent=site.projects, title=f"Projet {TEXT}", slug="projet-xss", summary=TEXT, theme=theme
    )
    stage = f.SharedProjectStageFactory(
        project=project, title=short(f"Étape {TEXT}", 200), description=TEXT
    )
    journal = f.JournalEntryPageFactory(
        parent=project, title=f"Journal {TEXT}", slug="journal-xss", summary=TEXT
    )
    plan = f.ActionPlanPageFactory(
        parent=project,
        title=f"Plan {TEXT}",
        slug="plan-xss",
        local_authority=authority,
        summary=TEXT,
        objectives=RICH,
        success_criteria=RICH,
    )
    f.ActionFactory(plan=plan, title=short(f"Action {TEXT}", 200), description=TEXT)
    campaign = VotingCampaignFactory(title=short(f"Campagne {TEXT}", 200), description=TEXT)
    proposal = ThemeProposalFactory(
        title=short(f"Proposition {TEXT}", 200),
        description=TEXT,
        theme=theme,
        local_authority=authority,
        campaign=campaign,
        status="submitted",
        moderation_comment=TEXT,
    )
    f.EnrollmentFactory(project=project, local_authority=department)

    # Moderation: one contribution waiting, one sent back with a comment full of payloads.
    waiting = workflow_services.submit_experience(
        site.users.contributor, experience_input(title=f"Soumise {TEXT}", summary=TEXT)
    )
    sent_back = workflow_services.submit_experience(
        site.users.contributor, experience_input(title=f"Renvoyée {TEXT}", summary=TEXT)
    )
    workflow_services.moderate(
        site.users.moderator, sent_back.pk, workflow_services.REQUEST_CHANGES, comment=TEXT
    )
    # An editor's comment on the experience.
    Comment.objects.create(
        page=experience, user=site.users.editor, text=TEXT, contentpath="title", position=""
    )
    return {
        "authority": authority,
        "department": department,
        "theme": theme,
        "territory": territory,
        "experience": experience,
        "draft": draft,
        "private_index": private_index,
        "concept": concept,
        "event": event,
        "project": project,
        "stage": stage,
        "journal": journal,
        "plan": plan,
        "campaign": campaign,
        "proposal": proposal,
        "waiting": waiting,
        "sent_back": sent_back,
    }


def admin_urls(site, p):  # noqa: F811
    pages = [
        p[name]
        for name in (
            "experience",
            "draft",
            "private_index",
            "concept",
            "event",
            "project",
            "journal",
            "plan",
            "waiting",
            "sent_back",
        )
    ]
    urls = [
        "/admin/",
        "/admin/pages/search/?q=xss",
        "/admin/pages/search/?q=" + urllib.parse.quote(TEXT),
    ]
    for parent in (site.home, site.experiences, site.resources, site.concepts, p["project"]):
        urls.append(f"/admin/pages/{parent.pk}/")
    for page in pages:
        urls += [
            f"/admin/pages/{page.pk}/edit/",
            f"/admin/pages/{page.pk}/history/",
            f"/admin/pages/{page.pk}/workflow_history/",
            f"/admin/pages/{page.pk}/usage/",
        ]
    snippets = {
        "cms/localauthority": [p["authority"].pk, p["department"].pk],
        "cms/theme": [p["theme"].pk],
        "cms/territorytype": [p["territory"].pk],
        "projects/votingcampaign": [p["campaign"].pk],
        "projects/themeproposal": [p["proposal"].pk],
        "projects/enrollment": [],
        "projects/themevote": [],
    }
    for model, pks in snippets.items():
        urls.append(f"/admin/snippets/{model}/")
        urls.append(f"/admin/snippets/{model}/?q=xss")
        urls += [f"/admin/snippets/{model}/edit/{pk}/" for pk in pks]
    urls += [
        f"/admin/participation/propositions/{p['proposal'].pk}/moderer/",
        "/admin/reports/site-history/",
        "/admin/reports/aging-pages/",
        "/admin/reports/locked/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/workflows/list/",
        "/admin/workflows/tasks/index/",
        f"/admin/pages/{site.experiences.pk}/?q=xss",
        "/admin/choose-page/search/?q=xss",
    ]
    return urls


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["moderator", "superuser"])
def test_admin_screens_escape_every_payload(site, payloads, role, superuser):  # noqa: F811
    user = superuser if role == "superuser" else getattr(site.users, role)
    client = Client()
    client.force_login(user)
    seen = 0
    for url in admin_urls(site, payloads):
        response = client.get(url)
        assert response.status_code in (200, 302, 403, 404), f"{url} : {response.status_code}"
        if response.status_code == 200:
            seen += 1
            assert_escaped(response.content.decode(), url)
    assert seen > 20


@pytest.mark.django_db
def test_payloads_are_actually_on_the_screens(site, payloads, admin_client):  # noqa: F811
    """The test is not vacuous: the payloads are on these screens, escaped (contributions sent
    through the API have their tags stripped from titles and summaries: only their text is left)."""
    escaped = "&lt;script&gt;alert(&#x27;xss-script&#x27;)&lt;/script&gt;"
    for url, full in (
        ("/admin/", False),
        (f"/admin/pages/{site.experiences.pk}/", True),
        ("/admin/pages/search/?q=xss", True),
        ("/admin/snippets/cms/localauthority/", True),
        ("/admin/snippets/projects/themeproposal/", True),
        (f"/admin/participation/propositions/{payloads['proposal'].pk}/moderer/", True),
        (f"/admin/pages/{payloads['sent_back'].pk}/workflow_history/", False),
    ):
        html = admin_client.get(url).content.decode()
        assert "xss-script" in html, url
        if full:
            assert escaped in html, url


@pytest.mark.django_db
def test_contributors_screens_escape_every_payload(site, payloads):  # noqa: F811
    client = Client()
    client.force_login(site.users.contributor)
    for url in [
        "/admin/",
        f"/admin/pages/{site.experiences.pk}/",
        f"/admin/pages/{payloads['sent_back'].pk}/edit/",
        f"/admin/pages/{payloads['sent_back'].pk}/workflow_history/",
        "/admin/pages/search/?q=xss",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_escaped(response.content.decode(), url)


# ---------------------------------------------------------------------------------------------
# In a real browser


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_no_payload_runs_in_a_real_browser(live_server, site, payloads, browser, superuser):  # noqa: F811
    context = browser.new_context(locale="fr-FR")
    context.set_default_timeout(20_000)
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", superuser.username)
    page.fill("#id_password", "motdepasse-solide-42")
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert "/admin/login/" not in page.url
    for path in (
        "/admin/",
        f"/admin/pages/{site.experiences.pk}/",
        f"/admin/pages/{payloads['experience'].pk}/edit/",
        f"/admin/pages/{payloads['plan'].pk}/edit/",
        f"/admin/pages/{payloads['sent_back'].pk}/edit/",
        "/admin/pages/search/?q=xss",
        "/admin/snippets/projects/themeproposal/",
    ):
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
        # The payloads are on the page, as text.
        assert "xss-script" in page.content(), path
    context.close()
    assert dialogs == [], f"Une boîte de dialogue s'est ouverte : {dialogs}"
