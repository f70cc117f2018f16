"""The admin as an ANCT editor, an ANCT moderator and a collectivité contributor meet it (issue #17):
every screen of their role answers without a 500 and shows no English nor misspelt Wagtail
string; each section offers its own page type; moderation says what it did and to whom; the
contributor reads the moderator's reasons at the top of her edit form and follows her
contributions on her dashboard."""

import html
import re
from html.parser import HTMLParser

import pytest
from django.test import Client

from inspiration.models import ExperiencePage
from tests import factories as f
from tests.workflows.conftest import experience_input
from workflows import services

pytestmark = pytest.mark.django_db

# What a person must never read in the admin: English left untranslated, Wagtail's misspellings,
# the word « workflow ». Checked on the visible text (tags, scripts and attributes removed).
FORBIDDEN = [
    "workflow",
    "Workflow",
    "resoumisse",
    "Commenter:",
    "Commenter :",
    "crées dans",
    "un(e)",
    "Status actuel",
    "Status :",
    "Statut actuel de la page :  None",
    "Modifier cet item",
    "Modification de Expérience",
    "Réassurance (placation)",
    "Rejeté",
    " None",
    "Root",
    "Dashboard",
    "Submit to",
    "Request changes",
    "Approve",
    "Cancel workflow",
    "Restart workflow",
    "Choose a",
    "Add a",
    "Nouveau:",
    "Nouveau :",
    "Modification de",
    "ce/cette",
    "un autre collectivité",
    "Choisir collectivité",
]


class _VisibleText(HTMLParser):
    """The text a sighted reader sees: no script, style, template nor `hidden` element."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skipping = []  # tag names opened since a skipped element started

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        if self.skipping or tag in ("script", "style", "template") or "hidden" in dict(attrs):
            self.skipping.append(tag)

    def handle_endtag(self, tag):
        if self.skipping and tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def visible_text(response):
    parser = _VisibleText()
    parser.feed(response.content.decode())
    return re.sub(r"\s+", " ", " ".join(parser.parts))


def problems(text):
    return [word for word in FORBIDDEN if word in text]


@pytest.fixture
def world(site):
    """The demo's sections with their kinds, an agenda, and a contribution sent back to Séné's
    contributor with two reasons."""
    site.experiences.section = "experiences"
    site.experiences.save()
    site.resources.section = "resources"
    site.resources.save()
    site.agenda = f.InspirationIndexPageFactory(
        parent=site.home, title="Agenda", slug="agenda", section="events"
    )
    page = services.submit_experience(site.users.contributor, experience_input())
    services.moderate(
        site.users.moderator,
        page.pk,
        services.REQUEST_CHANGES,
        "Donnez le nombre de participants.",
        ["incomplete", "sources"],
    )
    site.sent_back = ExperiencePage.objects.get(pk=page.pk)
    return site


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def screens(world, role):
    """The admin screens a person of this role opens in a normal week."""
    sections = [world.experiences, world.resources, world.concepts, world.agenda]
    urls = ["/admin/", "/admin/pages/", f"/admin/pages/{world.home.pk}/"]
    urls += [f"/admin/pages/{section.pk}/" for section in sections]
    urls += [
        f"/admin/pages/{world.sent_back.pk}/edit/",
        f"/admin/pages/{world.sent_back.pk}/history/",
    ]
    urls += ["/admin/pages/search/?q=Budget", "/admin/reports/workflow/"]
    urls += [f"/admin/pages/add/inspiration/experiencepage/{world.experiences.pk}/"]
    if role != "contributor":
        urls += [
            f"/admin/pages/add/inspiration/eventpage/{world.agenda.pk}/",
            f"/admin/pages/add/inspiration/conceptpage/{world.concepts.pk}/",
            "/admin/snippets/cms/localauthority/",
            "/admin/snippets/projects/enrollment/",
            "/admin/snippets/projects/themeproposal/",
            "/admin/workflows/list/",
        ]
    return urls


@pytest.mark.parametrize("role", ["editor", "moderator", "contributor"])
def test_every_screen_of_the_role_answers_in_french(world, role):
    client = client_for(getattr(world.users, role))
    found = {}
    for url in screens(world, role):
        response = client.get(url, follow=True)
        assert response.status_code < 500, url
        if response.status_code == 200:
            wrong = problems(visible_text(response))
            if wrong:
                found[url] = wrong
    assert found == {}


# An asset from another host (script, image, style sheet, font), or a link to Wagtail's site.
EXTERNAL = re.compile(
    r"""<(?:script|img|link|source|iframe)\b[^>]*\s(?:src|href|srcset)=["'](?:https?:)?//[^"']+"""
    r"""|href=["']https?://(?:[\w.-]+\.)?wagtail\.org[^"']*"""
)


@pytest.mark.parametrize("role", ["editor", "moderator", "contributor"])
def test_the_admin_loads_and_links_nothing_from_elsewhere(world, role):
    """No Gravatar, no CDN, no link to Wagtail's English guide: every asset is served here."""
    client = client_for(getattr(world.users, role))
    for url in ["/admin/", f"/admin/pages/{world.sent_back.pk}/edit/"]:
        body = client.get(url).content.decode()
        assert EXTERNAL.findall(body) == [], url
        assert "guide.wagtail.org" not in body


def offered(client, parent):
    """The page types « Ajouter une sous-page » offers (a single one opens its form directly)."""
    response = client.get(f"/admin/pages/{parent.pk}/add_subpage/", follow=True)
    assert response.status_code == 200
    if response.redirect_chain:
        return set(
            re.findall(r"/admin/pages/add/inspiration/(\w+)/", response.redirect_chain[-1][0])
        )
    return set(re.findall(r"/admin/pages/add/inspiration/(\w+)/", response.content.decode()))


def test_each_section_offers_its_own_page_type(world):
    client = client_for(world.users.editor)
    assert offered(client, world.experiences) == {"experiencepage"}
    assert offered(client, world.resources) == {"resourcepage"}
    assert offered(client, world.agenda) == {"eventpage"}


def test_a_contributor_is_offered_only_what_she_may_create(world):
    client = client_for(world.users.contributor)
    assert offered(client, world.experiences) == {"experiencepage"}
    assert offered(client, world.resources) == {"resourcepage"}
    response = client.get(f"/admin/pages/add/inspiration/eventpage/{world.agenda.pk}/")
    assert response.status_code in (302, 403)


def action_names(response):
    return set(re.findall(r'name="(action-[\w-]+)"', response.content.decode()))


def test_an_editor_is_not_offered_the_collectivites_circuit(world):
    client = client_for(world.users.editor)
    response = client.get(f"/admin/pages/add/inspiration/experiencepage/{world.experiences.pk}/")
    text = visible_text(response)
    assert "Contribution d'une collectivité" not in text
    assert "action-submit" not in action_names(response)
    assert "action-publish" in action_names(response)


def test_the_contributor_reads_the_reasons_and_has_one_resubmit_action(world):
    client = client_for(world.users.contributor)
    response = client.get(f"/admin/pages/{world.sent_back.pk}/edit/")
    text = visible_text(response)
    assert "Modifications demandées par" in text
    assert "Informations incomplètes" in text
    assert "Sources ou contact manquants" in text
    assert "Commentaire : Donnez le nombre de participants." in text
    assert action_names(response) >= {"action-submit"}
    assert not action_names(response) & {"action-cancel-workflow", "action-restart-workflow"}
    buttons = response.content.decode()
    assert 'value="Renvoyer à la modération (Modération ANCT)"' in buttons
    assert "Resoumettre" not in buttons and "Relancer" not in buttons
    assert "Annuler le" not in buttons


def test_the_contributor_follows_her_contributions_on_her_dashboard(world):
    text = visible_text(client_for(world.users.contributor).get("/admin/"))
    assert "Mes contributions (1)" in text
    assert "Budget participatif de Séné Modifications demandées" in text
    assert "La corriger selon les motifs, puis la renvoyer à la modération." in text


def test_the_dashboard_says_whose_step_it_is_during_review(world):
    from tests.workflows.factories import UserFactory

    UserFactory(username="referente", role="contributors", referent_of=[world.sene])
    services.submit_experience(world.users.contributor, experience_input(title="Vélo-bus de Séné"))
    text = visible_text(client_for(world.users.contributor).get("/admin/"))
    assert (
        "Vélo-bus de Séné En modération (Relecture par le référent de la collectivité) "
        "Rien à faire : c'est l'étape « Relecture par le référent de la collectivité », au tour "
        "du référent de votre collectivité."
    ) in text
    assert "la modération ANCT la relit" not in text


def test_the_moderator_sees_each_waiting_contribution_once_with_its_step(world):
    page = services.submit_experience(
        world.users.contributor, experience_input(title="Conseil des jeunes de Séné")
    )
    text = visible_text(client_for(world.users.moderator).get("/admin/"))
    assert text.count(page.title) == 1
    assert "Conseil des jeunes de Séné Contribution d'une collectivité Modération ANCT" in text


def test_history_shows_the_comment_in_french(world):
    response = client_for(world.users.moderator).get(f"/admin/pages/{world.sent_back.pk}/history/")
    text = visible_text(response)
    assert "Commentaire : Motifs : Informations incomplètes, Sources ou contact manquants." in text
    assert "Modifications demandées" in text
    assert "Rejeté" not in text


def test_requesting_changes_says_to_whom_and_how_many_reasons(world):
    contributor, moderator = world.users.contributor, world.users.moderator
    page = services.submit_experience(contributor, experience_input(title="Jardin partagé"))
    task_state = page.current_workflow_state.current_task_state
    client = client_for(moderator)
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/",
        {"reasons": ["incomplete", "rights"], "comment": "Ajoutez les crédits des photos."},
        follow=True,
    )
    assert response.status_code == 200
    name = contributor.get_full_name()
    assert f"« Jardin partagé » est renvoyée à {name} avec 2 motifs" in visible_text(response)


def test_approving_says_it_is_published_and_who_is_told(world):
    contributor, moderator = world.users.contributor, world.users.moderator
    page = services.submit_experience(contributor, experience_input(title="Vélo-école"))
    task_state = page.current_workflow_state.current_task_state
    response = client_for(moderator).post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/",
        {"comment": ""},
        follow=True,
    )
    name = contributor.get_full_name()
    assert f"« Vélo-école » est approuvée et publiée ; {name} en est informée." in visible_text(
        response
    )
    assert ExperiencePage.objects.get(pk=page.pk).live


def test_themes_are_in_french_dictionary_order(world):
    for name in ["Mobilité", "Éducation", "Culture", "Emploi"]:
        f.ThemeFactory(name=name)
    from cms.models import Theme

    names = list(Theme.objects.values_list("name", flat=True))
    assert names == ["Culture", "Éducation", "Emploi", "Mobilité"]
    text = visible_text(client_for(world.users.editor).get("/admin/snippets/cms/theme/"))
    positions = [text.find(name) for name in names]
    assert -1 not in positions and positions == sorted(positions)


def test_preview_explains_when_the_site_is_not_running(rf):
    """The preview frame (wagtail-headless-preview's template, overridden) says what to do when
    the site does not answer; nothing listens on port 9 (discard) here."""
    from django.template.loader import render_to_string

    rendered = render_to_string(
        "wagtail_headless_preview/preview.html",
        {"preview_url": "http://127.0.0.1:9/preview?content_type=x&token=y"},
    )
    assert "le site public ne répond pas" in rendered
    assert "make run" in rendered
    assert "<iframe" not in rendered


def authority_input(response):
    html = response.content.decode()
    tag = re.search(r'<(input|select)[^>]*name="authority_links-0-local_authority"[^>]*>', html)
    assert tag, "le choix de la collectivité manque au formulaire"
    if tag.group(1) == "input":
        value = re.search(r'value="([^"]*)"', tag.group(0))
        return value.group(1) if value else ""
    select = html[tag.end() : html.index("</select>", tag.end())]
    chosen = re.search(r'<option value="([^"]*)"[^>]*selected', select)
    return chosen.group(1) if chosen else ""


def test_the_contributor_finds_her_collectivite_already_chosen(world):
    client = client_for(world.users.contributor)
    response = client.get(f"/admin/pages/add/inspiration/experiencepage/{world.experiences.pk}/")
    sene = world.users.contributor.authority_memberships.get().local_authority
    assert authority_input(response) == str(sene.pk)
    title = re.search(
        r'id="id_authority_links-0-local_authority-title"[^>]*>\s*([^<]*?)\s*<',
        response.content.decode(),
    )
    assert title and title.group(1) == sene.name


def test_nothing_is_preselected_for_an_editor_without_a_collectivite(world):
    client = client_for(world.users.editor)
    response = client.get(f"/admin/pages/add/inspiration/experiencepage/{world.experiences.pk}/")
    assert authority_input(response) == ""


def test_create_and_edit_pages_are_titled_in_french(world):
    client = client_for(world.users.editor)
    new = visible_text(
        client.get(f"/admin/pages/add/inspiration/experiencepage/{world.experiences.pk}/")
    )
    assert "Nouvelle expérience" in new
    assert "Nouvel événement" in visible_text(
        client.get(f"/admin/pages/add/inspiration/eventpage/{world.agenda.pk}/")
    )
    edit = visible_text(client.get(f"/admin/pages/{world.sent_back.pk}/edit/"))
    assert f"Modifier l'expérience « {world.sent_back.title} »" in edit
    assert problems(new + edit) == []


@pytest.mark.parametrize("role", ["editor", "contributor"])
def test_the_collectivite_chooser_agrees_with_its_noun(world, role):
    client = client_for(getattr(world.users, role))
    # The widget sits in the collectivités' inline panel (hidden until shown): the whole HTML.
    text = html.unescape(client.get(f"/admin/pages/{world.sent_back.pk}/edit/").content.decode())
    assert "Choisir une autre collectivité" in text
    assert "Modifier cette collectivité" in text
    assert "ce/cette" not in text
    modal = client.get("/admin/snippets/choose/cms/localauthority/").json()["html"]
    assert "Choisir une collectivité" in modal
    assert "Choisir <span" not in modal


@pytest.mark.parametrize("role", ["editor", "moderator", "contributor"])
def test_the_tree_root_is_never_called_root(world, role):
    """The explorer (admin API), the page chooser and the breadcrumbs name the root in French."""
    client = client_for(getattr(world.users, role))
    explorer = client.get(f"/admin/api/main/pages/{world.home.pk}/").content.decode()
    chooser = client.get("/admin/choose-page/").json()["html"]
    listing = visible_text(client.get("/admin/pages/"))
    for body in (explorer, chooser, listing):
        assert "Root" not in body
    assert "Racine" in explorer


def test_sections_read_as_distinct_types_in_the_listing(world):
    text = visible_text(client_for(world.users.editor).get(f"/admin/pages/{world.home.pk}/"))
    assert "Rubrique Agenda" in text
    assert "Rubrique Expériences territoriales" in text
    assert "Rubrique Ressources" in text


@pytest.mark.parametrize("role", ["editor", "moderator", "contributor"])
def test_admin_search_shows_no_none_nor_root(world, role):
    """Neither « None » nor the tree's root (« Root », or a result « Racine » of type « Page ») in
    the results of the admin search, with or without words. (The home page's parent column may
    say « Racine ».)"""
    client = client_for(getattr(world.users, role))
    for url in ["/admin/pages/search/", "/admin/pages/search/?q=Budget"]:
        text = visible_text(client.get(url))
        assert "Il y a" in text, url
        for word in ("None", "Root", "Racine Statut", "Page (1)"):
            assert word not in text, (url, word)


def offered_names(client, parent):
    response = client.get(f"/admin/pages/{parent.pk}/add_subpage/")
    return response, visible_text(response)


@pytest.mark.parametrize("role", ["editor", "moderator", "contributor"])
def test_the_add_subpage_list_names_each_kind_of_section(world, role):
    """Under the home page, « Rubrique Agenda », « Rubrique Expériences territoriales »… each open
    the form of a section of that kind; never one « Rubrique de ressources » for all. Only the
    editor may create sections: the others are sent away."""
    client = client_for(getattr(world.users, role))
    response, text = offered_names(client, world.home)
    if role != "editor":
        assert response.status_code in (302, 403)
        return
    assert response.status_code == 200
    assert "Rubrique de ressources" not in text
    for name in ("Rubrique Agenda", "Rubrique Expériences territoriales", "Rubrique Ressources"):
        assert name in text
    assert "Rubrique des projets partagés" in text
    body = response.content.decode()
    url = f"/admin/pages/add/inspiration/inspirationindexpage/{world.home.pk}/?section=events"
    assert url in html.unescape(body)
    form = client.get(url)
    assert "Nouvelle rubrique Agenda" in visible_text(form)
    assert re.search(r'<option value="events"\s+selected', form.content.decode())
