"""The business rules the models enforce, with their French error messages."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from cms.models import LocalAuthority
from inspiration.models import EventPage
from projects.models import Action, EngagementYearlyPlan, Enrollment
from tests import factories as f

pytestmark = pytest.mark.django_db


def errors_of(instance, **kwargs):
    """full_clean()'s errors by field, or {} when the instance is valid."""
    try:
        instance.full_clean(**kwargs)
    except ValidationError as error:
        return error.message_dict
    return {}


def messages(errors, field):
    return " ".join(errors.get(field, []))


# --- Participation level (Arnstein's ladder) ---------------------------------------------------


@pytest.mark.parametrize("level", [1, 6, 8])
def test_participation_level_within_ladder_is_accepted(level):
    experience = f.ExperiencePageFactory()
    experience.participation_level = level
    assert errors_of(experience) == {}


@pytest.mark.parametrize("level", [0, 9])
def test_participation_level_outside_ladder_is_refused(level):
    experience = f.ExperiencePageFactory()
    experience.participation_level = level
    errors = errors_of(experience)
    assert list(errors) == ["participation_level"]
    assert "n’est pas un choix valide" in messages(errors, "participation_level")


def test_experience_period_end_cannot_precede_start():
    experience = f.ExperiencePageFactory()
    experience.period_start, experience.period_end = (
        datetime.date(2021, 6, 1),
        datetime.date(2021, 5, 31),
    )
    assert "La fin de l'expérience ne peut précéder son début." in messages(
        errors_of(experience), "period_end"
    )


# --- Shared projects: 3 to 5 participants ------------------------------------------------------


@pytest.mark.parametrize("capacity", [3, 4, 5])
def test_participant_capacity_between_3_and_5_is_accepted(capacity):
    project = f.SharedProjectPageFactory()
    project.participant_capacity = capacity
    assert errors_of(project) == {}


@pytest.mark.parametrize(
    ("capacity", "fragment"),
    [(2, "supérieure ou égale à 3"), (6, "inférieure ou égale à 5")],
)
def test_participant_capacity_outside_3_to_5_is_refused(capacity, fragment):
    project = f.SharedProjectPageFactory()
    project.participant_capacity = capacity
    errors = errors_of(project)
    assert list(errors) == ["participant_capacity"]
    assert fragment in messages(errors, "participant_capacity")


def test_shared_project_end_must_follow_start():
    project = f.SharedProjectPageFactory()
    project.end_date = project.start_date
    assert "La fin du projet doit suivre son début." in messages(errors_of(project), "end_date")


# --- Territoires d'engagement: 100 000 € a year ------------------------------------------------


@pytest.fixture
def track():
    return f.EngagementTrackPageFactory()


@pytest.mark.parametrize("budget", ["0", "80000", "100000", "100000.00"])
def test_yearly_budget_up_to_cap_is_accepted(track, budget):
    plan = EngagementYearlyPlan(track=track, year_number=1, budget=Decimal(budget))
    assert errors_of(plan) == {}
    plan.save()
    assert EngagementYearlyPlan.objects.get(pk=plan.pk).budget == Decimal(budget)


def test_yearly_budget_over_cap_is_refused_by_validation(track):
    plan = EngagementYearlyPlan(track=track, year_number=1, budget=Decimal("100000.01"))
    assert "plafonné à 100\u00a0000\u00a0€" in messages(errors_of(plan), "budget")


@pytest.mark.parametrize("budget", ["100000.01", "250000", "-1"])
def test_yearly_budget_outside_cap_is_refused_by_database(track, budget):
    """Even a save that skips full_clean() (a script, a bulk import) cannot exceed the cap."""
    plan = EngagementYearlyPlan(track=track, year_number=1, budget=Decimal(budget))
    with pytest.raises(IntegrityError), transaction.atomic():
        plan.save()
    assert not EngagementYearlyPlan.objects.filter(track=track).exists()


def test_one_yearly_plan_per_year(track):
    f.EngagementYearlyPlanFactory(track=track, year_number=1)
    duplicate = EngagementYearlyPlan(track=track, year_number=1, budget=Decimal("1000"))
    assert errors_of(duplicate)  # unique (track, year_number)
    plan_year_4 = EngagementYearlyPlan(track=track, year_number=4, budget=Decimal("1000"))
    assert "inférieure ou égale à 3" in messages(errors_of(plan_year_4), "year_number")


def test_charter_signed_after_the_three_years_is_refused(track):
    track.start_date = datetime.date(2023, 1, 1)
    track.charter_signed_on = datetime.date(2026, 1, 2)
    assert "La charte est signée pendant l'accompagnement" in messages(
        errors_of(track), "charter_signed_on"
    )
    track.charter_signed_on = datetime.date(2026, 1, 1)
    assert errors_of(track) == {}


# --- Events ------------------------------------------------------------------------------------


def test_event_end_must_follow_start():
    event = f.EventPageFactory()
    event.end = event.start
    assert "La fin de l'événement doit suivre son début." in messages(errors_of(event), "end")
    event.end = event.start - datetime.timedelta(minutes=1)
    assert "end" in errors_of(event)
    event.end = event.start + datetime.timedelta(minutes=1)
    assert errors_of(event) == {}


@pytest.mark.parametrize("event_format", [EventPage.Format.IN_PERSON, EventPage.Format.HYBRID])
def test_in_person_event_needs_a_place(event_format):
    event = f.EventPageFactory()
    event.format = event_format
    event.place_name = event.city = ""
    assert "Indiquez le lieu d'un événement en présentiel." in messages(
        errors_of(event), "place_name"
    )
    event.city = "Limoges"
    assert errors_of(event) == {}


def test_online_event_needs_a_link():
    event = f.EventPageFactory(format=EventPage.Format.ONLINE)
    event.registration_url = event.online_url = ""
    assert "Indiquez le lien d'inscription ou de connexion" in messages(
        errors_of(event), "registration_url"
    )


def test_event_times_are_aware_and_shown_in_the_event_time_zone():
    event = f.EventPageFactory(
        start=datetime.datetime(2021, 6, 15, 9, 30, tzinfo=datetime.UTC),
        end=datetime.datetime(2021, 6, 15, 11, 0, tzinfo=datetime.UTC),
        time_zone="America/Martinique",
    )
    event.refresh_from_db()
    assert event.local_start.strftime("%H:%M") == "05:30"
    assert event.local_end.strftime("%H:%M") == "07:00"


# --- Resources ---------------------------------------------------------------------------------


def test_resource_needs_a_file_or_a_link():
    resource = f.ResourcePageFactory()
    resource.external_url = ""
    assert "Joignez un fichier ou indiquez un lien" in messages(errors_of(resource), "external_url")


def test_resource_with_a_file_and_no_link_is_accepted(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    resource = f.ResourcePageFactory()
    resource.external_url = ""
    resource.document = f.DocumentFactory()
    assert errors_of(resource) == {}


# --- Official codes of collectivités ------------------------------------------------------------

K = LocalAuthority.Kind


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        (K.COMMUNE, "56243"),
        (K.COMMUNE, "2A004"),
        (K.COMMUNE, "2B033"),
        (K.COMMUNE, "97411"),
        (K.EPCI, "244400404"),
        (K.DEPARTEMENT, "87"),
        (K.DEPARTEMENT, "01"),
        (K.DEPARTEMENT, "2A"),
        (K.DEPARTEMENT, "2B"),
        (K.DEPARTEMENT, "971"),
        (K.DEPARTEMENT, "976"),
        (K.REGION, "75"),
        (K.REGION, "11"),
    ],
)
def test_valid_official_code(kind, code):
    authority = LocalAuthority(kind=kind, code=code, name="Collectivité")
    assert errors_of(authority) == {}


@pytest.mark.parametrize(
    ("kind", "code", "expected"),
    [
        (K.COMMUNE, "5624", "code INSEE de commune à 5 caractères"),
        (K.COMMUNE, "562430", "code INSEE de commune à 5 caractères"),
        (K.COMMUNE, "2C004", "code INSEE de commune à 5 caractères"),
        (K.COMMUNE, "2a004", "code INSEE de commune à 5 caractères"),
        (K.COMMUNE, "56 24", "code INSEE de commune à 5 caractères"),
        (K.EPCI, "24440040", "numéro SIREN à 9 chiffres"),
        (K.EPCI, "24440040A", "numéro SIREN à 9 chiffres"),
        (K.EPCI, "56243", "numéro SIREN à 9 chiffres"),
        (K.DEPARTEMENT, "00", "code de département"),
        (K.DEPARTEMENT, "96", "code de département"),
        (K.DEPARTEMENT, "2C", "code de département"),
        (K.DEPARTEMENT, "979", "code de département"),
        (K.DEPARTEMENT, "7", "code de département"),
        (K.REGION, "7", "code de région"),
        (K.REGION, "2A", "code de région"),
    ],
)
def test_invalid_official_code_is_refused_in_french(kind, code, expected):
    authority = LocalAuthority(kind=kind, code=code, name="Collectivité")
    message = messages(errors_of(authority), "code")
    assert f"Code officiel « {code} » invalide : attendu un {expected}" in message


def test_unknown_kind_is_a_validation_error_not_a_crash():
    errors = errors_of(LocalAuthority(kind="canton", code="5601", name="Canton de Vannes"))
    assert "n’est pas un choix valide" in messages(errors, "kind")


def test_official_code_unique_per_kind():
    f.LocalAuthorityFactory(kind=K.COMMUNE, code="56243", name="Séné")
    assert errors_of(LocalAuthority(kind=K.COMMUNE, code="56243", name="Séné bis"))
    # The same digits may be the code of another kind of collectivité.
    assert errors_of(LocalAuthority(kind=K.REGION, code="75", name="Nouvelle-Aquitaine")) == {}


def test_departement_has_no_departement_and_only_communes_have_an_epci():
    departement = f.LocalAuthorityFactory(kind=K.DEPARTEMENT, code="56")
    epci = f.LocalAuthorityFactory(kind=K.EPCI)
    other = LocalAuthority(
        kind=K.DEPARTEMENT, code="87", name="Haute-Vienne", department=departement, epci=epci
    )
    errors = errors_of(other)
    assert "n'a pas de département de rattachement" in messages(errors, "department")
    assert "Seule une commune est rattachée à un EPCI." in messages(errors, "epci")
    commune = LocalAuthority(
        kind=K.COMMUNE, code="56243", name="Séné", department=departement, epci=epci
    )
    assert errors_of(commune) == {}


# --- Action plans ------------------------------------------------------------------------------


@pytest.fixture
def plan():
    return f.ActionPlanPageFactory()


@pytest.mark.parametrize(
    ("status", "progress", "fragment"),
    [
        (Action.Status.DONE, 80, "Une action réalisée est avancée à 100 %."),
        (Action.Status.DONE, 0, "Une action réalisée est avancée à 100 %."),
        (Action.Status.NOT_STARTED, 10, "Une action non commencée est avancée à 0 %."),
    ],
)
def test_action_progress_must_match_its_status(plan, status, progress, fragment):
    action = Action(
        plan=plan, title="Conseil citoyen", owner="Mairie", status=status, progress=progress
    )
    assert fragment in messages(errors_of(action), "progress")


@pytest.mark.parametrize(
    ("status", "progress"),
    [
        (Action.Status.DONE, 100),
        (Action.Status.NOT_STARTED, 0),
        (Action.Status.IN_PROGRESS, 40),
        (Action.Status.ABANDONED, 30),
    ],
)
def test_action_progress_consistent_with_status_is_accepted(plan, status, progress):
    action = Action(
        plan=plan, title="Conseil citoyen", owner="Mairie", status=status, progress=progress
    )
    assert errors_of(action) == {}


def test_action_progress_above_100_is_refused(plan):
    action = Action(
        plan=plan,
        title="Conseil citoyen",
        owner="Mairie",
        status=Action.Status.IN_PROGRESS,
        progress=101,
    )
    assert "inférieure ou égale à 100" in messages(errors_of(action), "progress")


@pytest.mark.parametrize(
    ("adoption_date", "reference"),
    [(datetime.date(2024, 6, 1), ""), (None, "DEL-2024-045")],
)
def test_action_plan_adoption_needs_date_and_deliberation_together(plan, adoption_date, reference):
    plan.adoption_date, plan.deliberation_reference = adoption_date, reference
    message = messages(errors_of(plan), "deliberation_reference")
    assert "L'adoption se renseigne avec sa date et la référence de la délibération." in message


@pytest.mark.parametrize(
    ("adoption_date", "reference"),
    [(datetime.date(2024, 6, 1), "DEL-2024-045"), (None, "")],
)
def test_action_plan_adoption_complete_or_absent_is_accepted(plan, adoption_date, reference):
    plan.adoption_date, plan.deliberation_reference = adoption_date, reference
    assert errors_of(plan) == {}


NOT_A_PARTICIPANT = "Seule une collectivité partie prenante du projet a un plan d'action."


def test_action_plan_refused_without_enrollment():
    project = f.SharedProjectPageFactory()
    with pytest.raises(ValidationError) as error:
        f.ActionPlanPageFactory(parent=project, enroll=False)
    assert NOT_A_PARTICIPANT in error.value.message_dict["local_authority"]
    assert not project.get_children().exists()


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (Enrollment.Role.OBSERVER, Enrollment.Status.CONFIRMED),
        (Enrollment.Role.PARTICIPANT, Enrollment.Status.WAITING),
        (Enrollment.Role.PARTICIPANT, Enrollment.Status.WITHDRAWN),
    ],
)
def test_action_plan_refused_for_observer_or_unconfirmed_participant(role, status):
    enrollment = f.EnrollmentFactory(role=role, status=status)
    with pytest.raises(ValidationError) as error:
        f.ActionPlanPageFactory(
            parent=enrollment.project, local_authority=enrollment.local_authority, enroll=False
        )
    assert NOT_A_PARTICIPANT in error.value.message_dict["local_authority"]


def test_action_plan_refused_when_participant_withdraws_later(plan):
    """Editing the plan of a collectivité that left the project is refused too."""
    Enrollment.objects.filter(local_authority=plan.local_authority).update(
        status=Enrollment.Status.WITHDRAWN
    )
    assert NOT_A_PARTICIPANT in messages(errors_of(plan), "local_authority")


def test_one_action_plan_per_collectivite_per_project(plan):
    project = plan.get_parent().specific
    with pytest.raises(ValidationError) as error:
        f.ActionPlanPageFactory(parent=project, local_authority=plan.local_authority)
    assert (
        "Cette collectivité a déjà un plan d'action dans ce projet partagé."
        in error.value.message_dict["local_authority"]
    )
    # The existing plan itself stays valid, and the collectivité may have a plan in another project.
    assert errors_of(plan) == {}
    other = f.ActionPlanPageFactory(local_authority=plan.local_authority)
    assert other.get_parent().pk != project.pk


def test_journal_entry_stage_must_belong_to_its_project():
    entry = f.JournalEntryPageFactory()
    entry.stage = f.SharedProjectStageFactory()  # a stage of another project
    assert "Cette étape appartient à un autre projet partagé." in messages(
        errors_of(entry), "stage"
    )
    entry.stage = f.SharedProjectStageFactory(project=entry.get_parent().specific)
    assert errors_of(entry) == {}


# --- Monthly themes and newsletters ------------------------------------------------------------


def test_two_theme_pages_cannot_share_a_month():
    first = f.InspirationThemePageFactory(
        month=datetime.date(2024, 3, 1), title="Budgets participatifs"
    )
    with pytest.raises(ValidationError) as error:
        # Another day of the same month is the same month.
        f.InspirationThemePageFactory(parent=first.get_parent(), month=datetime.date(2024, 3, 20))
    assert (
        "« Budgets participatifs » est déjà la thématique de ce mois."
        in error.value.message_dict["month"]
    )
    following = f.InspirationThemePageFactory(
        parent=first.get_parent(), month=datetime.date(2024, 4, 20)
    )
    following.refresh_from_db()
    assert following.month == datetime.date(2024, 4, 1)


def test_next_theme_comes_after_this_month():
    theme_page = f.InspirationThemePageFactory(month=datetime.date(2024, 3, 1))
    theme_page.next_theme_month = datetime.date(2024, 3, 31)
    message = messages(errors_of(theme_page), "next_theme_month")
    assert "La prochaine thématique vient après le mois de celle-ci." in message


def test_newsletter_edition_number_is_unique():
    first = f.NewsletterPageFactory(edition_number=7, title="Lettre de mars")
    duplicate = f.NewsletterPageFactory(parent=first.get_parent(), edition_number=8)
    duplicate.edition_number = 7
    assert "Ce numéro est déjà celui de « Lettre de mars »." in messages(
        errors_of(duplicate), "edition_number"
    )


@pytest.mark.parametrize(
    ("kind", "code"),
    [("departement", "20"), ("region", "00"), ("commune", "00000"), ("commune", "56243\n")],
)
def test_obsolete_or_impossible_codes_are_refused(kind, code):
    from cms.validators import validate_official_code

    with pytest.raises(ValidationError):
        validate_official_code(kind, code)
