"""A small but complete site, built with the factories, for the tests that run the committed
operations (test_operations.py) and walk the whole schema (test_schema_walk.py).

It holds one published page of each type, every StreamField block a front end can receive (the
embed block aside: it would fetch an oEmbed provider), a shared project with its eight stages,
participants, observers, a waiting list, experts, a journal, an adopted action plan and a draft one, theme
proposals with votes, and one account per role. Names are those of the programme's first shared
project, so that failures read naturally; nothing here depends on the demo's text.
"""

import datetime
from decimal import Decimal
from types import SimpleNamespace

from cms.models import LocalAuthority
from cms.roles import ensure_roles
from inspiration.models import (
    InspirationThemeEvent,
    InspirationThemeExperience,
    InspirationThemeResource,
)
from projects.models import (
    EngagementMilestone,
    EngagementReview,
    Enrollment,
    SharedProjectExpert,
    SharedProjectStage,
)
from tests.cms.factories import (
    DocumentFactory,
    ImageFactory,
    LocalAuthorityFactory,
    TerritoryTypeFactory,
    ThemeFactory,
)
from tests.indexing import without_indexing
from tests.inspiration.factories import (
    ConceptLevelFactory,
    ConceptPageFactory,
    EventPageFactory,
    ExperiencePageFactory,
    InspirationIndexPageFactory,
    InspirationThemePageFactory,
    NewsletterPageFactory,
    ResourcePageFactory,
)
from tests.projects.factories import (
    ActionFactory,
    ActionPlanPageFactory,
    EngagementTrackIndexPageFactory,
    EngagementTrackPageFactory,
    EngagementYearlyPlanFactory,
    EnrollmentFactory,
    JournalEntryPageFactory,
    SharedProjectIndexPageFactory,
    SharedProjectPageFactory,
    ThemeProposalFactory,
    ThemeVoteFactory,
)
from tests.workflows.factories import UserFactory

PROJECT_SLUG = "co-construire-la-politique-culturelle-avec-ses-habitants"
COMMUNE = LocalAuthority.Kind.COMMUNE
DEPARTEMENT = LocalAuthority.Kind.DEPARTEMENT


def paragraph(html):
    return {"type": "paragraph", "value": html}


def call_to_action(title, page=None, url=""):
    return {
        "type": "call_to_action",
        "value": {
            "title": title,
            "text": "Rejoignez la communauté.",
            "button_label": "Découvrir",
            "link": {"page": page.pk if page else None, "url": url},
        },
    }


def body(image, document, link_to):
    """Every block of BodyStreamBlock but the embed, in its raw (JSON) form."""
    return [
        paragraph("<p>Les habitants choisissent la programmation culturelle.</p>"),
        {
            "type": "quote",
            "value": {"quote": "La culture se fait avec nous.", "author": "Une habitante"},
        },
        {
            "type": "image",
            "value": {
                "image": image.pk,
                "alt_text": "Des habitants réunis",
                "caption": "Réunion publique",
                "credit": "ANCT",
            },
        },
        {
            "type": "document",
            "value": {"document": document.pk, "title": "Le guide", "description": "En PDF."},
        },
        {
            "type": "key_figures",
            "value": {
                "title": "En chiffres",
                "figures": [{"value": "100 %", "label": "financé par l'ANCT", "source": "ANCT"}],
            },
        },
        call_to_action("Les projets partagés", page=link_to),
        {
            "type": "faq",
            "value": {
                "title": "Questions fréquentes",
                "items": [{"question": "Qui peut participer ?", "answer": "<p>Les communes.</p>"}],
            },
        },
    ]


def build():
    """Create the site, unindexed (nothing here is searched); returns a namespace of what the
    tests look up."""
    with without_indexing():
        return _build()


def _build():
    from cms.models import HomePage

    home = HomePage.objects.get()
    culture = ThemeFactory(slug="culture", name="Culture")
    democracy = ThemeFactory(slug="democratie", name="Démocratie locale")
    ruralites = TerritoryTypeFactory(slug="ruralites")
    villes = TerritoryTypeFactory(slug="villes")

    morbihan = LocalAuthorityFactory(kind=DEPARTEMENT, code="56", name="Morbihan")
    haute_vienne = LocalAuthorityFactory(kind=DEPARTEMENT, code="87", name="Haute-Vienne")
    sene = LocalAuthorityFactory(
        kind=COMMUNE, code="56243", name="Séné", department=morbihan, population=12000
    )
    nantes = LocalAuthorityFactory(kind=COMMUNE, code="44109", name="Nantes")
    participants = [
        LocalAuthorityFactory(kind=COMMUNE, code=code, name=name)
        for code, name in [
            ("78361", "Mantes-la-Jolie"),
            ("18033", "Bourges"),
            ("79191", "Niort"),
            ("35126", "Guichen"),
        ]
    ]
    guichen = participants[-1]
    waiting = LocalAuthorityFactory(kind=COMMUNE, code="29003", name="Audierne")

    image = ImageFactory(title="Une réunion publique", file__width=1200, file__height=630)
    document = DocumentFactory(title="Guide des projets partagés")

    # Sections: the slugs the contribution workflow and the front ends expect.
    sections = SimpleNamespace(
        themes=InspirationIndexPageFactory(
            parent=home, title="Thématiques d'inspiration", slug="thematiques-d-inspiration"
        ),
        concepts=InspirationIndexPageFactory(parent=home, title="Concepts", slug="concepts"),
        experiences=InspirationIndexPageFactory(
            parent=home, title="Expériences territoriales", slug="experiences"
        ),
        resources=InspirationIndexPageFactory(parent=home, title="Ressources", slug="ressources"),
        agenda=InspirationIndexPageFactory(parent=home, title="Agenda", slug="agenda"),
        newsletters=InspirationIndexPageFactory(
            parent=home, title="Lettres d'information", slug="lettres-d-information"
        ),
        projects=SharedProjectIndexPageFactory(
            parent=home, title="Projets partagés", slug="projets-partages"
        ),
        engagement=EngagementTrackIndexPageFactory(
            parent=home, title="Territoires d'engagement", slug="territoires-d-engagement"
        ),
    )
    home.body = body(image, document, link_to=sections.projects)
    home.save()

    concept = ConceptPageFactory(
        parent=sections.concepts,
        title="L'échelle de la participation d'Arnstein",
        themes=[democracy],
        body=body(image, document, link_to=sections.projects),
    )
    ConceptLevelFactory(concept=concept, rank=6, name="Partenariat", group="Pouvoir citoyen")

    experience_fields = {"body": body(image, document, link_to=sections.projects), "image": image}
    sene_experience = ExperiencePageFactory(
        parent=sections.experiences,
        title="La commune de Séné, précurseur de la démocratie culturelle",
        slug="sene-precurseur-de-la-democratie-culturelle",
        participation_level=6,
        themes=[culture],
        territory_types=[ruralites],
        authority_link__local_authority=sene,
        sources=[{"type": "source", "value": {"page": sections.resources.pk, "url": ""}}],
        contact_email="culture@sene.example.org",
        **experience_fields,
    )
    nantes_experience = ExperiencePageFactory(
        parent=sections.experiences,
        title="Nantes : 15 lieux à réinventer",
        participation_level=5,
        themes=[culture],
        territory_types=[villes],
        authority_link__local_authority=nantes,
        **experience_fields,
    )
    haute_vienne_experience = ExperiencePageFactory(
        parent=sections.experiences,
        title="Haute-Vienne : la lecture citoyenne",
        participation_level=4,
        themes=[culture, democracy],
        authority_link__local_authority=haute_vienne,
        **experience_fields,
    )

    resource = ResourcePageFactory(
        parent=sections.resources,
        title="Enquête sur les associations culturelles employeuses",
        themes=[culture],
        document=document,
        body=body(image, document, link_to=sections.projects),
    )
    event = EventPageFactory(
        parent=sections.agenda,
        title="Webinaire : la démocratie culturelle",
        themes=[culture],
        body=body(image, document, link_to=sections.projects),
    )

    older_theme = InspirationThemePageFactory(
        parent=sections.themes,
        title="La participation des jeunes",
        month=datetime.date(2021, 5, 1),
    )
    theme_of_the_month = InspirationThemePageFactory(
        parent=sections.themes,
        title="La démocratie culturelle",
        month=datetime.date(2021, 6, 1),
        image=image,
        themes=[culture],
        body=body(image, document, link_to=sections.projects),
        next_theme_title="La crise sanitaire et la démocratie",
        next_theme_month=datetime.date(2021, 7, 1),
        call_for_contributions="<p>Partagez vos projets.</p>",
    )
    theme_of_the_month.featured_experiences = [InspirationThemeExperience(page=sene_experience)]
    theme_of_the_month.featured_resources = [InspirationThemeResource(page=resource)]
    theme_of_the_month.featured_events = [InspirationThemeEvent(page=event)]
    theme_of_the_month.save()

    newsletter = NewsletterPageFactory(
        parent=sections.newsletters,
        title="Lettre d'information n° 1",
        edition_number=1,
        edition_month=datetime.date(2021, 6, 1),
        sections=[
            {"type": "intro", "value": "<p>Éditorial du mois.</p>"},
            {
                "type": "concept_of_the_month",
                "value": {"concept": concept.pk, "text": "<p>Huit barreaux.</p>"},
            },
            {
                "type": "theme_of_the_month",
                "value": {"theme": theme_of_the_month.pk, "text": "<p>La culture.</p>"},
            },
            {
                "type": "featured_pages",
                "value": {"title": "Expériences", "pages": [sene_experience.pk, resource.pk]},
            },
            {
                "type": "ecosystem_news",
                "value": {
                    "title": "Actualités",
                    "items": [
                        {
                            "title": "Un appel à projets",
                            "text": "<p>Candidatez.</p>",
                            "image": image.pk,
                            "link": {"page": None, "url": "https://example.org/"},
                            "link_label": "Lire",
                        }
                    ],
                },
            },
            {"type": "agenda", "value": {"title": "À vos agendas !", "events": [event.pk]}},
            {
                "type": "next_theme_call",
                "value": {
                    "next_theme": "La crise sanitaire et la démocratie",
                    "month": "2021-07-01",
                    "text": "<p>Contribuez.</p>",
                    "call_to_action": call_to_action("Contribuer", url="https://example.org/")[
                        "value"
                    ],
                },
            },
            call_to_action("S'abonner", url="https://example.org/abonnement"),
        ],
    )

    project = SharedProjectPageFactory(
        parent=sections.projects,
        title="Co-construire la politique culturelle avec ses habitants",
        slug=PROJECT_SLUG,
        theme=culture,
        participant_capacity=4,
        image=image,
        body=body(image, document, link_to=sections.projects),
    )
    for order, kind in enumerate(SharedProjectStage.Kind):
        SharedProjectStage.objects.create(
            project=project,
            kind=kind,
            sort_order=order,
            status=(
                SharedProjectStage.Status.DONE
                if order < 2
                else SharedProjectStage.Status.IN_PROGRESS
                if order == 2
                else SharedProjectStage.Status.PLANNED
            ),
            description=f"{kind.label}.",
        )
    stages = {stage.kind: stage for stage in project.stages.all()}

    ensure_roles()  # after the sections: the roles' page permissions and workflows are on them
    users = SimpleNamespace(
        editor=UserFactory(username="editrice", role="editors"),
        moderator=UserFactory(username="moderateur", role="moderators"),
        contributor=UserFactory(username="contributeur", role="contributors", authorities=[sene]),
        participant=UserFactory(
            username="participante", role="participants", authorities=[guichen]
        ),
        expert=UserFactory(username="experte", role="experts"),
    )
    SharedProjectExpert.objects.create(
        project=project,
        name="Camille Lefèvre",
        organisation="Regards croisés",
        role="Cheffe de projet",
        user=users.expert,
    )
    for authority in participants:
        EnrollmentFactory(project=project, local_authority=authority)
    for authority in (sene, nantes):
        EnrollmentFactory(
            project=project,
            local_authority=authority,
            role=Enrollment.Role.OBSERVER,
            enrolled_by=users.contributor if authority == sene else None,
        )
    EnrollmentFactory(project=project, local_authority=waiting, status=Enrollment.Status.WAITING)

    journal = [
        JournalEntryPageFactory(
            parent=project,
            title="Lancement du diagnostic partagé",
            date=datetime.date(2021, 9, 28),
            stage=stages[SharedProjectStage.Kind.DIAGNOSIS],
            body=body(image, document, link_to=sections.projects),
        ),
        JournalEntryPageFactory(
            parent=project,
            title="Guichen : le groupe d'enquête à la rencontre des habitants",
            date=datetime.date(2021, 11, 9),
            stage=stages[SharedProjectStage.Kind.DIAGNOSIS],
            author_authority=guichen,
        ),
    ]
    action_plan = ActionPlanPageFactory(
        parent=project,
        title="Plan d'action culturel de Guichen (projet)",
        local_authority=guichen,
        live=False,
    )
    ActionFactory(plan=action_plan, title="Créer un conseil culturel citoyen", progress=0)
    action_plan.save_revision()
    adopted_plan = ActionPlanPageFactory(
        parent=project,
        title="Plan d'action culturel de Bourges",
        local_authority=participants[1],
        adoption_date=datetime.date(2022, 5, 20),
        deliberation_reference="DCM 2022-05-12",
    )
    ActionFactory(plan=adopted_plan, title="Ouvrir la programmation aux habitants", progress=40)

    track = EngagementTrackPageFactory(
        parent=sections.engagement,
        title="Séné, territoire d'engagement",
        local_authority=sene,
        body=body(image, document, link_to=sections.projects),
    )
    EngagementYearlyPlanFactory(track=track, year_number=1, budget=Decimal("80000.00"))
    track.milestones = [
        EngagementMilestone(date=datetime.date(2023, 6, 1), title="Charte signée", done=True)
    ]
    track.reviews = [
        EngagementReview(date=datetime.date(2023, 12, 1), summary="Bilan de la première année.")
    ]
    track.save()

    proposal = ThemeProposalFactory(
        title="La culture avec les habitants",
        theme=culture,
        local_authority=sene,
        proposed_by=users.contributor,
    )
    ThemeVoteFactory(proposal=proposal, local_authority=nantes)
    ThemeVoteFactory(proposal=proposal, local_authority=guichen, voter=users.participant)

    return SimpleNamespace(
        home=home,
        sections=sections,
        themes=SimpleNamespace(culture=culture, democracy=democracy),
        authorities=SimpleNamespace(
            sene=sene, nantes=nantes, guichen=guichen, participants=participants, waiting=waiting
        ),
        image=image,
        concept=concept,
        experiences=SimpleNamespace(
            sene=sene_experience, nantes=nantes_experience, haute_vienne=haute_vienne_experience
        ),
        resource=resource,
        event=event,
        theme_of_the_month=theme_of_the_month,
        older_theme=older_theme,
        newsletter=newsletter,
        project=project,
        journal=journal,
        action_plan=action_plan,
        adopted_plan=adopted_plan,
        track=track,
        proposal=proposal,
        users=users,
    )
