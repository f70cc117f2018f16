"""`manage.py load_demo`: the demo site a visitor and an editor would notice, and its idempotency.

The demo is loaded once for the `TestDemoSite` class, inside a transaction rolled back when the class
is done (each test still runs in its own savepoint, through pytest-django's `db`): its tests of a
second run load it again over that first load; `--quiet` loads it itself on a fresh database.
"""

import datetime
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from cms.models import LocalAuthority, LocalAuthorityMembership, Theme
from cms.roles import ROLE_NAMES
from inspiration.models import (
    ConceptPage,
    EventPage,
    ExperiencePage,
    InspirationIndexPage,
    InspirationThemePage,
    NewsletterPage,
    ResourcePage,
)
from projects.models import (
    ActionPlanPage,
    EngagementTrackPage,
    Enrollment,
    JournalEntryPage,
    SharedProjectPage,
    SharedProjectStage,
    ThemeProposal,
    ThemeVote,
)

USERNAMES = {"admin", "editeur", "moderateur", "contributeur", "participant", "expert"}
NEWSLETTER_SECTIONS = {
    "intro",
    "concept_of_the_month",
    "theme_of_the_month",
    "featured_pages",
    "ecosystem_news",
    "agenda",
    "next_theme_call",
}


CULTURE_PROJECT = "co-construire-la-politique-culturelle-avec-ses-habitants"


def load_demo(*args):
    out = StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def counts():
    """What must not grow when the demo is loaded again."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "authorities": LocalAuthority.objects.count(),
        "themes": Theme.objects.count(),
        "enrollments": Enrollment.objects.count(),
        "users": get_user_model().objects.count(),
        "memberships": LocalAuthorityMembership.objects.count(),
        "proposals": ThemeProposal.objects.count(),
        "votes": ThemeVote.objects.count(),
        "stages": SharedProjectStage.objects.count(),
    }


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture(scope="class")
def demo_output(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo, loaded once for the class and rolled back afterwards."""
    media = tmp_path_factory.mktemp("demo-media")
    with (
        override_settings(MEDIA_ROOT=str(media)),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        output = load_demo()
        yield output
        transaction.set_rollback(True)


@pytest.mark.usefixtures("db")
class TestDemoSite:
    def test_sections_are_published_under_the_home_page(self, demo_output, home):
        sections = {page.slug: page for page in home.get_children().specific()}
        assert {
            "thematiques-d-inspiration",
            "concepts",
            "experiences",
            "ressources",
            "agenda",
            "lettres-d-information",
            "projets-partages",
            "territoires-d-engagement",
        } <= set(sections)
        assert all(page.live for page in sections.values())
        assert InspirationIndexPage.objects.count() == 6
        home.refresh_from_db()
        assert "Territoires en commun" in home.intro
        assert home.body and home.live_revision_id

    def test_every_page_is_valid_and_published_through_a_revision(self, demo_output, home):
        for page in Page.objects.descendant_of(home, inclusive=True).specific():
            page.full_clean()
            for field in page._meta.get_fields():
                if isinstance(field, StreamField):
                    field.stream_block.clean(getattr(page, field.name))
            assert page.latest_revision_id, page.title
            if page.live:
                assert page.live_revision_id == page.latest_revision_id, page.title
                assert page.first_published_at, page.title

    def test_arnstein_ladder_has_its_eight_levels_in_order(self, demo_output):
        concept = ConceptPage.objects.live().get(slug="echelle-de-participation-d-arnstein")
        assert (concept.author, concept.year) == ("Sherry R. Arnstein", 1969)
        levels = list(concept.levels.all())
        assert [level.rank for level in levels] == list(range(1, 9))
        assert [level.name for level in levels] == [
            "Manipulation",
            "Thérapie",
            "Information",
            "Consultation",
            "Apaisement",
            "Partenariat",
            "Délégation de pouvoir",
            "Contrôle citoyen",
        ]
        assert [level.group for level in levels] == ["Non-participation"] * 2 + [
            "Coopération symbolique"
        ] * 3 + ["Pouvoir effectif des citoyens"] * 3
        assert all(level.description for level in levels)

    def test_experiences_are_live_with_their_collectivites(self, demo_output):
        experiences = {page.slug: page for page in ExperiencePage.objects.live()}
        assert len(experiences) == 3
        expected = {
            "sene-precurseur-de-la-democratie-culturelle": ("commune", "56243"),
            "nantes-15-lieux-a-reinventer": ("commune", "44109"),
            "haute-vienne-la-lecture-citoyenne": ("departement", "87"),
        }
        for slug, (kind, code) in expected.items():
            page = experiences[slug]
            assert [(a.kind, a.code) for a in page.local_authorities] == [(kind, code)]
            assert 1 <= page.participation_level <= 8
            assert page.image and page.image.description
            assert page.themes.exists() and page.sources and page.actors and page.results
            assert page.period_start
        assert experiences["nantes-15-lieux-a-reinventer"].period_end > datetime.date(2017, 5, 1)

    def test_collectivites_carry_official_codes_and_links(self, demo_output):
        mantes = LocalAuthority.objects.get(kind="commune", code="78361")
        assert (mantes.name, mantes.population) == ("Mantes-la-Jolie", 43526)
        assert (mantes.epci.code, mantes.epci.epci_type) == ("200059889", "CU")
        assert (mantes.department.code, mantes.region.code) == ("78", "11")
        assert set(mantes.territory_types.values_list("slug", flat=True)) == {"qpv", "villes"}
        for code in ["56243", "44109", "78361", "18033", "79191", "35126"]:
            commune = LocalAuthority.objects.get(kind="commune", code=code)
            commune.full_clean()
            assert commune.epci and commune.department and commune.region and commune.population
        haute_vienne = LocalAuthority.objects.get(kind="departement", code="87")
        assert haute_vienne.region.code == "75"

    def test_shared_project_has_its_participants_observers_and_current_stage(self, demo_output):
        project = SharedProjectPage.objects.live().get(slug=CULTURE_PROJECT)
        assert project.status == SharedProjectPage.Status.IN_PROGRESS
        assert 3 <= project.participant_capacity <= 5
        confirmed = project.enrollments.filter(status=Enrollment.Status.CONFIRMED)
        participants = confirmed.filter(role=Enrollment.Role.PARTICIPANT)
        assert sorted(participants.values_list("local_authority__name", flat=True)) == [
            "Bourges",
            "Guichen",
            "Mantes-la-Jolie",
            "Niort",
        ]
        assert participants.count() <= project.participant_capacity
        assert sorted(
            confirmed.filter(role=Enrollment.Role.OBSERVER).values_list(
                "local_authority__name", flat=True
            )
        ) == ["Nantes", "Séné"]
        stages = list(project.stages.all())
        assert {stage.kind for stage in stages} == set(SharedProjectStage.Kind.values)
        assert [s.status for s in stages].count(SharedProjectStage.Status.IN_PROGRESS) == 1
        assert project.current_stage.kind == SharedProjectStage.Kind.CREATIVITY_DIVERGENCE
        assert all(stage.start_date <= stage.end_date for stage in stages)
        assert project.experts.count() >= 2
        assert project.experts.filter(user__username="expert").exists()
        entries = JournalEntryPage.objects.child_of(project).live()
        assert entries.count() >= 2
        assert all(entry.stage.project_id == project.pk for entry in entries)

    def test_the_shared_project_has_a_lively_exchange(self, demo_output):
        from community.models import Thread

        project = SharedProjectPage.objects.live().get(slug=CULTURE_PROJECT)
        threads = Thread.objects.filter(project=project)
        assert set(threads.values_list("kind", flat=True)) == set(Thread.Kind.values)
        assert threads.filter(visibility="observers").exists()
        authorities = {m.author_authority for t in threads for m in t.messages.all()}
        assert {a.name for a in authorities if a} == {"Bourges", "Guichen"}
        assert threads.filter(messages__author__username="expert").exists()
        # The expert's answers quote the opening message; the ANCT's calendar is joined as a file;
        # an observer collectivité's agent follows the threads open to observers (feed).
        from community.feeds import feed_url
        from community.models import Attachment, Message
        from community.services import readable_threads, standing

        assert Message.objects.filter(
            thread__project=project, author__username="expert", reply_to__isnull=False
        ).exists()
        assert Attachment.objects.filter(message__thread__project=project).count() == 1
        observer = get_user_model().objects.get(username="contributeur")  # Séné, observer
        assert standing(observer, project).role == "observer"
        followed = readable_threads(observer, project)
        assert followed.exists() and not followed.exclude(visibility="observers").exists()
        assert feed_url(observer, project)

    def test_action_plan_is_a_draft_that_is_not_live(self, demo_output):
        project = SharedProjectPage.objects.get(slug=CULTURE_PROJECT)
        plan = ActionPlanPage.objects.child_of(project).get()
        assert plan.live is False
        assert plan.live_revision_id is None and plan.latest_revision_id
        assert not ActionPlanPage.objects.live().exists()
        assert plan.local_authority.name == "Guichen"
        draft = plan.latest_revision.as_object()
        actions = list(draft.actions.all())
        assert 3 <= len(actions) <= 4
        assert all(action.owner and action.deadline and action.indicator for action in actions)
        assert draft.objectives and draft.success_criteria
        assert not draft.adoption_date

    def test_inspiration_theme_links_its_experiences_resource_and_events(self, demo_output):
        theme = InspirationThemePage.objects.live().get(slug="la-democratie-culturelle")
        assert theme.month == datetime.date(2021, 6, 1)
        assert theme.principle.startswith("Réinscrire la culture au cœur")
        assert theme.featured_experiences.count() == 3
        assert theme.featured_resources.get().page.external_url == "https://www.opale.asso.fr/"
        assert theme.featured_events.count() == 4
        assert theme.next_theme_title == "La crise sanitaire et la démocratie"
        assert theme.next_theme_month == datetime.date(2021, 7, 1)

    def test_events_are_aware_and_ordered(self, demo_output):
        events = list(EventPage.objects.live().order_by("start"))
        assert len(events) == 4
        for event in events:
            assert event.start.tzinfo is not None and event.end > event.start
            assert event.registration_url
        cndp = events[0]
        assert (cndp.local_start.date(), cndp.local_start.hour, cndp.local_start.minute) == (
            datetime.date(2021, 6, 15),
            11,
            30,
        )
        assert events[-1].local_start.date() == datetime.date(2021, 9, 13)

    def test_resources(self, demo_output):
        resources = {page.resource_type: page for page in ResourcePage.objects.live()}
        assert resources["study"].external_url == "https://www.opale.asso.fr/"
        assert "800 associations" in resources["study"].summary
        assert resources["guide"].document is not None

    def test_newsletter_has_the_seven_kinds_of_section(self, demo_output):
        newsletter = NewsletterPage.objects.live().get(edition_number=1)
        assert newsletter.edition_month == datetime.date(2021, 6, 1)
        kinds = {block.block_type for block in newsletter.sections}
        assert kinds >= NEWSLETTER_SECTIONS
        agenda = next(block for block in newsletter.sections if block.block_type == "agenda")
        assert len(agenda.value["events"]) == 4
        news = next(block for block in newsletter.sections if block.block_type == "ecosystem_news")
        assert any("Jacqueline Gourault" in item["title"] for item in news.value["items"])

    def test_the_demo_edition_is_sent_to_the_demo_subscribers(self, demo_output, settings):
        from django.core import mail

        from newsletter.services import sending

        settings.NEWSLETTER_RATE_PER_SECOND = 0
        newsletter = NewsletterPage.objects.live().get(edition_number=1)
        sending.run(sending.plan(newsletter, "all"))
        assert len(mail.outbox) == 5
        assert "Le concept du mois" in mail.outbox[0].alternatives[0][0]
        agents = {m.to[0] for m in mail.outbox} & {
            "contributeur@example.org",
            "participant@example.org",
        }
        assert len(agents) == 2

    def test_engagement_track_stays_within_the_yearly_cap(self, demo_output):
        track = EngagementTrackPage.objects.live().get()
        assert "illustratif" in track.summary
        plans = list(track.yearly_plans.all())
        assert sorted(plan.year_number for plan in plans) == [1, 2, 3]
        assert all(plan.budget <= 100000 for plan in plans)
        assert track.charter_signed_on and track.milestones.exists() and track.reviews.exists()

    def test_theme_proposals_and_votes(self, demo_output):
        approved = ThemeProposal.objects.filter(status=ThemeProposal.Status.APPROVED)
        assert {"La crise sanitaire et la démocratie", "Mobilités du quotidien"} <= set(
            approved.values_list("title", flat=True)
        )
        for proposal in approved:
            assert proposal.votes.values("local_authority").distinct().count() >= 2

    def test_accounts_have_their_roles_and_collectivites(self, demo_output):
        users = {user.username: user for user in get_user_model().objects.all()}
        assert set(users) >= USERNAMES
        assert users["admin"].is_superuser
        assert users["editeur"].groups.filter(name=ROLE_NAMES["editors"]).exists()
        assert users["moderateur"].groups.filter(name=ROLE_NAMES["moderators"]).exists()
        assert users["expert"].groups.filter(name=ROLE_NAMES["experts"]).exists()
        contributor = users["contributeur"].authority_memberships.get()
        assert (contributor.local_authority.name, contributor.is_referent) == ("Séné", False)
        assert users["participant"].authority_memberships.get().local_authority.name == "Guichen"

    def test_the_site_has_a_two_level_menu_its_settings_and_redirects(self, demo_output, client):
        from tests.api.conftest import GraphQLClient

        data = GraphQLClient(client)(
            """query($old: String!) {
              menu { urlPath children { urlPath } }
              siteSettings { baseline contactEmail socialImage { id } legalLinks { kind }
                             footerLinks { urlPath } }
              redirect(path: $old) { location statusCode }
            }""",
            {
                "old": "/fiche-dexperience/en-haute-vienne-la-lecture-citoyenne-vecteur-de-lien-"
                "intergenerationnel"
            },
        )
        menu = {item["urlPath"]: item["children"] for item in data["menu"]}
        assert list(menu)[:2] == ["/thematiques-d-inspiration/", "/concepts/"]
        assert "/territoires-d-engagement/" in menu
        assert menu["/thematiques-d-inspiration/"] == [
            {"urlPath": "/thematiques-d-inspiration/la-democratie-culturelle/"}
        ]
        assert menu["/projets-partages/"] == [
            {
                "urlPath": "/projets-partages/co-construire-la-politique-culturelle-avec-ses-habitants/"
            }
        ]
        settings = data["siteSettings"]
        assert settings["baseline"] == "La plateforme de l'engagement citoyen"
        assert settings["contactEmail"].endswith("@anct.gouv.fr")
        assert settings["socialImage"] is not None
        assert [link["kind"] for link in settings["legalLinks"]] == [
            "LEGAL_NOTICE",
            "ACCESSIBILITY",
            "PERSONAL_DATA",
        ]
        assert {"urlPath": "/projets-partages/"} in settings["footerLinks"]
        # The address of the experience on the programme's former site.
        assert data["redirect"] == {
            "location": "/experiences/haute-vienne-la-lecture-citoyenne/",
            "statusCode": 301,
        }

    def test_output_is_a_french_summary_with_the_credentials(self, demo_output):
        assert "Site de démonstration" in demo_output
        assert "Pages" in demo_output and "créées" in demo_output
        assert "Mot de passe" in demo_output
        for username in USERNAMES:
            assert username in demo_output

    def test_second_run_changes_nothing(self, demo_output):
        first = demo_output
        before = counts()
        second = load_demo()
        assert counts() == before
        assert "Mot de passe" in first
        assert "Mot de passe" not in second
        assert "existent déjà" in second and "changepassword" in second
        assert "rien n'a changé" in second
        passwords = [
            line.split()[-1] for line in first.splitlines() if line.strip().startswith("editeur ")
        ]
        assert passwords and passwords[0] not in second

    def test_an_edited_page_is_restored_with_a_new_revision(self, demo_output):
        concept = ConceptPage.objects.get(slug="echelle-de-participation-d-arnstein")
        concept.summary = "Résumé modifié à la main."
        concept.save_revision().publish()
        revisions = Revision.objects.count()
        output = load_demo()
        concept.refresh_from_db()
        assert concept.summary.startswith("L'échelle de participation d'Arnstein")
        assert Revision.objects.count() == revisions + 1
        assert "mise à jour" in output and Page.objects.filter(slug=concept.slug).count() == 1


@pytest.mark.django_db
def test_quiet_prints_only_new_credentials(media_root):
    first = load_demo("--quiet")
    assert "Mot de passe" in first and "Site de démonstration" not in first
    assert load_demo("--quiet") == ""
