"""Every page type can be created, edited and published from the Wagtail admin by a superuser."""

import datetime
import html
from dataclasses import dataclass, field
from decimal import Decimal

import pytest
from django.utils.text import slugify
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.models import LocalAuthority, TerritoryType
from inspiration.models import ExperiencePage
from tests import factories as f


@pytest.fixture
def tree(home):
    """The sections and the objects the admin forms choose from."""
    inspiration = f.InspirationIndexPageFactory(parent=home, title="Ressources")
    projects = f.SharedProjectIndexPageFactory(parent=home, title="Projets partagés")
    project = f.SharedProjectPageFactory(parent=projects, title="Budget participatif")
    stage = f.SharedProjectStageFactory(project=project)
    commune = f.LocalAuthorityFactory(kind=LocalAuthority.Kind.COMMUNE, code="56243", name="Séné")
    participant = f.LocalAuthorityFactory(
        kind=LocalAuthority.Kind.COMMUNE, code="87085", name="Limoges"
    )
    f.EnrollmentFactory(project=project, local_authority=participant)
    return {
        "home": home,
        "inspiration": inspiration,
        "projects": projects,
        "project": project,
        "stage": stage,
        "engagement": f.EngagementTrackIndexPageFactory(
            parent=home, title="Territoires d'engagement"
        ),
        "commune": commune,
        "participant": participant,
        "theme": f.ThemeFactory(name="Mobilité"),
        "qpv": TerritoryType.objects.get(slug="qpv"),
        "experience": f.ExperiencePageFactory(parent=inspiration, title="Expérience de Séné"),
    }


def empty_body():
    return streamfield([])


def body_with_paragraph(text):
    return streamfield([("paragraph", rich_text(f"<p>{text}</p>"))])


@dataclass
class PageSpec:
    """How to create one page type from the admin: its parent section and the POST data."""

    app_model: str
    parent: str
    data: object  # callable(tree) -> dict of fields, before nested_form_data
    existing: object  # callable(tree) -> a page to edit
    check: object = field(default=lambda page, tree: None)

    @property
    def model_name(self):
        return self.app_model.split("/")[1]


def check_experience(page, tree):
    assert [link.local_authority for link in page.authority_links.all()] == [tree["commune"]]
    assert page.participation_level == 6
    assert list(page.themes.all()) == [tree["theme"]]
    assert list(page.territory_types.all()) == [tree["qpv"]]
    assert page.body[0].block_type == "paragraph"


def check_theme_page(page, tree):
    assert page.month.day == 1
    assert [link.page.pk for link in page.featured_experiences.all()] == [tree["experience"].pk]


def check_concept(page, tree):
    assert [(level.rank, level.name) for level in page.levels.all()] == [(1, "Manipulation")]


def check_resource(page, tree):
    assert page.external_url == "https://example.org/guide.pdf"
    assert page.get_resource_type_display() == "Guide"


def check_newsletter(page, tree):
    assert [block.block_type for block in page.sections] == ["intro"]
    assert page.edition_number == 12


def check_journal_entry(page, tree):
    assert page.stage == tree["stage"]
    assert page.author_authority == tree["participant"]


def check_event(page, tree):
    # "11:30" typed in the admin is Paris time (the admin user's time zone): 09:30 UTC in June.
    assert page.start == datetime.datetime(2021, 6, 15, 9, 30, tzinfo=datetime.UTC)
    assert page.local_start.strftime("%H:%M") == "11:30"
    assert page.end - page.start == datetime.timedelta(hours=1, minutes=30)


def check_shared_project(page, tree):
    assert page.theme == tree["theme"]
    assert [stage.kind for stage in page.stages.all()] == ["diagnosis"]
    assert [expert.name for expert in page.experts.all()] == ["Camille Martin"]


def check_action_plan(page, tree):
    assert page.local_authority == tree["participant"]
    assert [(a.title, a.progress) for a in page.actions.all()] == [("Créer un conseil citoyen", 40)]
    assert page.progress == 40


def check_engagement_track(page, tree):
    assert [(p.year_number, p.budget) for p in page.yearly_plans.all()] == [
        (1, Decimal("100000.00"))
    ]
    assert page.milestones.count() == 1
    assert page.reviews.count() == 1


PAGE_SPECS = [
    PageSpec(
        "inspiration/inspirationindexpage",
        "home",
        lambda t: {"intro": rich_text("<p>S'inspirer.</p>")},
        lambda t: t["inspiration"],
    ),
    PageSpec(
        "inspiration/inspirationthemepage",
        "inspiration",
        lambda t: {
            "month": "2024-03-17",
            "summary": "Les budgets participatifs.",
            "principle": "Confier une part du budget aux habitants.",
            "body": empty_body(),
            "featured_experiences": inline_formset([{"page": t["experience"].pk}]),
            "featured_resources": inline_formset([]),
            "featured_events": inline_formset([]),
            "next_theme_title": "La mobilité",
            "next_theme_month": "2024-04-01",
            "call_for_contributions": rich_text("<p>Envoyez vos projets.</p>"),
            "themes": [t["theme"].pk],
        },
        lambda t: f.InspirationThemePageFactory(parent=t["inspiration"]),
        check_theme_page,
    ),
    PageSpec(
        "inspiration/conceptpage",
        "inspiration",
        lambda t: {
            "summary": "L'échelle de la participation citoyenne.",
            "author": "Sherry R. Arnstein",
            "year": "1969",
            "body": empty_body(),
            "levels": inline_formset(
                [{"rank": "1", "name": "Manipulation", "group": "Non-participation"}]
            ),
            "further_reading_url": "https://example.org/arnstein",
        },
        lambda t: f.ConceptPageFactory(parent=t["inspiration"]),
        check_concept,
    ),
    PageSpec(
        "inspiration/experiencepage",
        "inspiration",
        lambda t: {
            "summary": "Un budget participatif dans un quartier prioritaire.",
            "authority_links": inline_formset([{"local_authority": t["commune"].pk}], min=1),
            "participation_level": "6",
            "period_start": "2021-01-01",
            "period_end": "2021-12-31",
            "body": body_with_paragraph("Le récit de l'expérience."),
            "sources": streamfield([]),
            "results": rich_text("<p>300 votants.</p>"),
            "contact_email": "democratie@sene.fr",
            "themes": [t["theme"].pk],
            "territory_types": [t["qpv"].pk],
        },
        lambda t: t["experience"],
        check_experience,
    ),
    PageSpec(
        "inspiration/resourcepage",
        "inspiration",
        lambda t: {
            "resource_type": "guide",
            "summary": "Un guide de la concertation.",
            "external_url": "https://example.org/guide.pdf",
            "body": empty_body(),
        },
        lambda t: f.ResourcePageFactory(parent=t["inspiration"]),
        check_resource,
    ),
    PageSpec(
        "inspiration/eventpage",
        "inspiration",
        lambda t: {
            "summary": "Un webinaire.",
            "start": "2021-06-15 11:30",
            "end": "2021-06-15 13:00",
            "time_zone": "Europe/Paris",
            "format": "online",
            "registration_url": "https://example.org/inscription",
            "body": empty_body(),
        },
        lambda t: f.EventPageFactory(parent=t["inspiration"]),
        check_event,
    ),
    PageSpec(
        "inspiration/newsletterpage",
        "inspiration",
        lambda t: {
            "edition_number": "12",
            "edition_month": "2024-03-01",
            "summary": "Les nouvelles du mois.",
            "sections": streamfield([("intro", rich_text("<p>Éditorial.</p>"))]),
        },
        lambda t: f.NewsletterPageFactory(parent=t["inspiration"]),
        check_newsletter,
    ),
    PageSpec(
        "projects/sharedprojectindexpage",
        "home",
        lambda t: {"intro": rich_text("<p>Les projets partagés.</p>"), "body": empty_body()},
        lambda t: t["projects"],
    ),
    PageSpec(
        "projects/sharedprojectpage",
        "projects",
        lambda t: {
            "theme": t["theme"].pk,
            "status": "recruiting",
            "summary": "Cinq collectivités et leurs plans d'action.",
            "start_date": "2024-01-01",
            "end_date": "2024-12-31",
            "participant_capacity": "4",
            "body": empty_body(),
            "stages": inline_formset(
                [{"kind": "diagnosis", "status": "in_progress", "title": "", "description": ""}]
            ),
            "experts": inline_formset(
                [{"name": "Camille Martin", "organisation": "ANCT", "role": "Facilitatrice"}]
            ),
        },
        lambda t: t["project"],
        check_shared_project,
    ),
    PageSpec(
        "projects/journalentrypage",
        "project",
        lambda t: {
            "date": "2024-03-15",
            "stage": t["stage"].pk,
            "author_authority": t["participant"].pk,
            "summary": "Diagnostic partagé avec les habitants.",
            "body": empty_body(),
        },
        lambda t: f.JournalEntryPageFactory(parent=t["project"]),
        check_journal_entry,
    ),
    PageSpec(
        "projects/actionplanpage",
        "project",
        lambda t: {
            "local_authority": t["participant"].pk,
            "summary": "Le plan d'action de Limoges.",
            "objectives": rich_text("<p>Associer les habitants.</p>"),
            "success_criteria": rich_text("<p>100 participants.</p>"),
            "actions": inline_formset(
                [
                    {
                        "title": "Créer un conseil citoyen",
                        "owner": "Mairie",
                        "status": "in_progress",
                        "progress": "40",
                    }
                ]
            ),
            "adoption_date": "2024-06-01",
            "deliberation_reference": "DEL-2024-045",
            "body": empty_body(),
        },
        lambda t: f.ActionPlanPageFactory(parent=t["project"]),
        check_action_plan,
    ),
    PageSpec(
        "projects/engagementtrackindexpage",
        "home",
        lambda t: {"intro": rich_text("<p>Territoires d'engagement.</p>"), "body": empty_body()},
        lambda t: t["engagement"],
    ),
    PageSpec(
        "projects/engagementtrackpage",
        "engagement",
        lambda t: {
            "local_authority": t["commune"].pk,
            "summary": "Trois ans d'accompagnement.",
            "start_date": "2024-01-01",
            "charter_signed_on": "2024-02-01",
            "yearly_plans": inline_formset([{"year_number": "1", "budget": "100000.00"}], max=3),
            "milestones": inline_formset(
                [{"date": "2024-06-30", "title": "Premier forum citoyen", "deliverable": ""}]
            ),
            "reviews": inline_formset(
                [{"date": "2024-12-15", "kind": "review", "summary": "Bilan de la 1re année."}]
            ),
            "body": empty_body(),
        },
        lambda t: f.EngagementTrackPageFactory(parent=t["engagement"]),
        check_engagement_track,
    ),
]

SPEC_IDS = [spec.model_name for spec in PAGE_SPECS]


MULTIPLE_CHOICE_FIELDS = ("themes", "territory_types")


def post_data(spec, tree, title):
    """The flat POST data; multiple-choice fields stay lists (nested_form_data would flatten them)."""
    fields = {
        "title": title,
        "slug": slugify(title),
        **spec.data(tree),
        "action-publish": "action-publish",
    }
    multiple = {name: fields.pop(name) for name in MULTIPLE_CHOICE_FIELDS if name in fields}
    return {**nested_form_data(fields), **multiple}


def form_errors(response):
    """The page form's and its inline formsets' errors, from a re-displayed create view."""
    if not response.context or "form" not in response.context:
        return None
    form = response.context["form"]
    formset_errors = {name: fs.errors for name, fs in form.formsets.items() if any(fs.errors)}
    return {**form.errors, **formset_errors}


def text(response):
    """The response's HTML with entities decoded (Django escapes ' as &#x27;)."""
    return html.unescape(response.content.decode())


def test_every_page_type_is_covered():
    """A new page type must be added to PAGE_SPECS (HomePage is edited, never created)."""
    from wagtail.models import get_page_models

    ours = {
        m._meta.label_lower
        for m in get_page_models()
        if m._meta.app_label in {"cms", "inspiration", "projects"}
    }
    covered = {spec.app_model.replace("/", ".") for spec in PAGE_SPECS}
    assert ours - covered == {"cms.homepage"}
    assert len(covered) == 13


@pytest.mark.parametrize("spec", PAGE_SPECS, ids=SPEC_IDS)
def test_create_view_renders(admin_client, tree, spec):
    parent = tree[spec.parent]
    response = admin_client.get(f"/admin/pages/add/{spec.app_model}/{parent.pk}/")
    assert response.status_code == 200
    assert 'name="title"' in response.content.decode()


@pytest.mark.parametrize("spec", PAGE_SPECS, ids=SPEC_IDS)
def test_edit_view_renders(admin_client, tree, spec):
    page = spec.existing(tree)
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert page.title in text(response)


def test_home_page_edit_view_renders(admin_client, home):
    response = admin_client.get(f"/admin/pages/{home.pk}/edit/")
    assert response.status_code == 200
    assert "Territoires en commun" in text(response)


def test_home_page_cannot_be_created_twice(admin_client, home):
    response = admin_client.get(
        f"/admin/pages/add/cms/homepage/{home.get_parent().pk}/", follow=True
    )
    assert response.redirect_chain == [("/admin/", 302)]
    assert "vous n'avez pas les autorisations" in text(response)


@pytest.mark.parametrize("spec", PAGE_SPECS, ids=SPEC_IDS)
def test_publish_from_create_view(admin_client, tree, spec):
    parent = tree[spec.parent]
    title = f"Nouvelle page {spec.model_name}"
    response = admin_client.post(
        f"/admin/pages/add/{spec.app_model}/{parent.pk}/", post_data(spec, tree, title)
    )

    created = Page.objects.filter(title=title).first()
    if created is None:  # name the form errors rather than fail on a bare None
        pytest.fail(
            f"{spec.model_name} not created ({response.status_code}): {form_errors(response)}"
        )
    assert response.status_code == 302
    page = created.specific
    assert type(page).__name__.lower() == spec.model_name
    assert page.live
    assert page.get_parent().pk == parent.pk
    assert page.revisions.exists()
    assert page.live_revision_id == page.latest_revision_id
    spec.check(page, tree)


def test_invalid_experience_is_not_published(admin_client, tree):
    spec = next(s for s in PAGE_SPECS if s.model_name == "experiencepage")
    data = post_data(spec, tree, "Expérience invalide")
    data["participation_level"] = "9"
    response = admin_client.post(
        f"/admin/pages/add/inspiration/experiencepage/{tree['inspiration'].pk}/", data
    )

    assert response.status_code == 200
    assert not ExperiencePage.objects.filter(title="Expérience invalide").exists()
    page_text = text(response)
    assert "La page ne peut être créée du fait d'erreurs de validation." in page_text
    assert "Sélectionnez un choix valide. 9 n’en fait pas partie." in page_text


def test_invalid_action_plan_shows_model_error_in_french(admin_client, tree):
    """A collectivité that is not a participant of the project: the model's clean() message."""
    spec = next(s for s in PAGE_SPECS if s.model_name == "actionplanpage")
    data = post_data(spec, tree, "Plan refusé")
    data["local_authority"] = tree["commune"].pk
    response = admin_client.post(
        f"/admin/pages/add/projects/actionplanpage/{tree['project'].pk}/", data
    )

    assert response.status_code == 200
    assert not Page.objects.filter(title="Plan refusé").exists()
    assert "Seule une collectivité partie prenante du projet a un plan d'action." in text(response)


@pytest.mark.parametrize("model", ["localauthority", "theme", "territorytype"])
def test_snippet_create_views_render(admin_client, model):
    response = admin_client.get(f"/admin/snippets/cms/{model}/add/")
    assert response.status_code == 200
    assert 'name="name"' in response.content.decode()


def test_local_authority_created_from_snippet_admin(admin_client, db):
    response = admin_client.post(
        "/admin/snippets/cms/localauthority/add/",
        {"kind": "commune", "code": "2A004", "name": "Ajaccio", "population": "70000"},
    )
    assert response.status_code == 302
    assert LocalAuthority.objects.get(kind="commune", code="2A004").slug == "commune-2a004-ajaccio"


def test_local_authority_with_bad_code_refused_in_snippet_admin(admin_client, db):
    response = admin_client.post(
        "/admin/snippets/cms/localauthority/add/",
        {"kind": "commune", "code": "5624", "name": "Séné"},
    )
    assert response.status_code == 200
    assert not LocalAuthority.objects.filter(name="Séné").exists()
    assert "Code officiel « 5624 » invalide" in text(response)


def test_event_times_are_typed_in_the_event_time_zone(admin_client, tree):
    spec = next(s for s in PAGE_SPECS if s.model_name == "eventpage")
    data = post_data(spec, tree, "Webinaire en Martinique")
    data["time_zone"] = "America/Martinique"
    response = admin_client.post(
        f"/admin/pages/add/inspiration/eventpage/{tree['inspiration'].pk}/", data
    )
    assert response.status_code == 302, form_errors(response)
    page = Page.objects.get(title="Webinaire en Martinique").specific
    # 11:30 in Fort-de-France (UTC-4) is 15:30 UTC, whatever the editor's own time zone.
    assert page.start == datetime.datetime(2021, 6, 15, 15, 30, tzinfo=datetime.UTC)
    assert page.local_start.strftime("%H:%M") == "11:30"
    edit = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert 'value="2021-06-15 11:30"' in edit.content.decode()
