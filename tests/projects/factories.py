"""Factories of the participation domain (projects): shared projects and their stages,
enrolments, journal entries, action plans, engagement tracks; theme proposals, voting campaigns and
votes; users acting for their collectivités.

``ActionPlanPageFactory`` first enrols its collectivité as a confirmed participant of the parent
project (``enroll=False`` skips it, e.g. to test the refusal).
"""

import datetime
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone
from factory.django import DjangoModelFactory

from cms.models import LocalAuthorityMembership
from projects.models import (
    Action,
    ActionPlanPage,
    EngagementTrackIndexPage,
    EngagementTrackPage,
    EngagementYearlyPlan,
    Enrollment,
    JournalEntryPage,
    SharedProjectIndexPage,
    SharedProjectPage,
    SharedProjectStage,
    ThemeProposal,
    ThemeVote,
    VotingCampaign,
)
from tests.cms.factories import BasePageFactory, LocalAuthorityFactory, ThemeFactory, get_home

# ---------------------------------------------------------------------------------------------
# Shared projects, their pages and engagement tracks
# ---------------------------------------------------------------------------------------------


class SharedProjectIndexPageFactory(BasePageFactory):
    class Meta:
        model = SharedProjectIndexPage
        skip_postgeneration_save = True

    parent = factory.LazyFunction(get_home)
    title = factory.Sequence(lambda n: f"Projets partagés {n}")


class SharedProjectPageFactory(BasePageFactory):
    class Meta:
        model = SharedProjectPage
        skip_postgeneration_save = True

    parent = factory.SubFactory(SharedProjectIndexPageFactory)
    title = factory.Sequence(lambda n: f"Projet partagé {n}")
    theme = factory.SubFactory(ThemeFactory)
    status = SharedProjectPage.Status.IN_PROGRESS
    summary = "Trois à cinq collectivités conçoivent chacune leur plan d'action."
    participant_capacity = 5
    start_date = datetime.date(2022, 1, 1)
    end_date = datetime.date(2022, 12, 31)


class SharedProjectStageFactory(DjangoModelFactory):
    class Meta:
        model = SharedProjectStage
        skip_postgeneration_save = True

    project = factory.SubFactory(SharedProjectPageFactory)
    kind = SharedProjectStage.Kind.DIAGNOSIS
    status = SharedProjectStage.Status.IN_PROGRESS


class EnrollmentFactory(DjangoModelFactory):
    """A confirmed participant by default."""

    class Meta:
        model = Enrollment
        skip_postgeneration_save = True

    project = factory.SubFactory(SharedProjectPageFactory)
    local_authority = factory.SubFactory(LocalAuthorityFactory)
    role = Enrollment.Role.PARTICIPANT
    status = Enrollment.Status.CONFIRMED


class ProjectChildPageFactory(BasePageFactory):
    """Pages under a shared project: their clean() needs the parent before they are in the tree,
    as the admin form provides it (ProjectChildPageForm)."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    parent = factory.SubFactory(SharedProjectPageFactory)

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        instance = model_class(**kwargs)
        instance._parent_for_validation = parent.specific if parent else None
        parent.add_child(instance=instance)
        return instance


class JournalEntryPageFactory(ProjectChildPageFactory):
    class Meta:
        model = JournalEntryPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Séance {n}")
    date = datetime.date(2022, 3, 15)
    summary = "Diagnostic partagé avec les habitants."


class ActionPlanPageFactory(ProjectChildPageFactory):
    """Enrols `local_authority` as a confirmed participant of the parent project, unless enroll=False."""

    class Meta:
        model = ActionPlanPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Plan d'action {n}")
    local_authority = factory.SubFactory(LocalAuthorityFactory)
    summary = "Le plan d'action de la collectivité."
    objectives = "<p>Associer les habitants aux décisions.</p>"
    enroll = True

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        kwargs.pop("enroll", None)
        return super()._build(model_class, *args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        if kwargs.pop("enroll", True):
            Enrollment.objects.get_or_create(
                project_id=kwargs["parent"].pk,
                local_authority=kwargs["local_authority"],
                defaults={
                    "role": Enrollment.Role.PARTICIPANT,
                    "status": Enrollment.Status.CONFIRMED,
                },
            )
        return super()._create(model_class, *args, **kwargs)


class ActionFactory(DjangoModelFactory):
    class Meta:
        model = Action
        skip_postgeneration_save = True

    plan = factory.SubFactory(ActionPlanPageFactory)
    title = factory.Sequence(lambda n: f"Action {n}")
    owner = "Service démocratie locale"
    status = Action.Status.IN_PROGRESS
    progress = 50


class EngagementTrackIndexPageFactory(BasePageFactory):
    class Meta:
        model = EngagementTrackIndexPage
        skip_postgeneration_save = True

    parent = factory.LazyFunction(get_home)
    title = factory.Sequence(lambda n: f"Territoires d'engagement {n}")


class EngagementTrackPageFactory(BasePageFactory):
    class Meta:
        model = EngagementTrackPage
        skip_postgeneration_save = True

    parent = factory.SubFactory(EngagementTrackIndexPageFactory)
    title = factory.Sequence(lambda n: f"Accompagnement {n}")
    local_authority = factory.SubFactory(LocalAuthorityFactory)
    summary = "Trois ans d'accompagnement vers l'engagement citoyen."
    start_date = datetime.date(2023, 1, 1)
    charter_signed_on = datetime.date(2023, 2, 1)


class EngagementYearlyPlanFactory(DjangoModelFactory):
    class Meta:
        model = EngagementYearlyPlan
        skip_postgeneration_save = True

    track = factory.SubFactory(EngagementTrackPageFactory)
    year_number = 1
    budget = Decimal("80000.00")


# ---------------------------------------------------------------------------------------------
# Participation records: users, theme proposals, campaigns, votes
# ---------------------------------------------------------------------------------------------


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"agent{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    first_name = "Camille"
    last_name = "Martin"


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = LocalAuthorityMembership
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    local_authority = factory.SubFactory(LocalAuthorityFactory)


def member_of(authority, **kwargs):
    """A new user acting for `authority`."""
    return MembershipFactory(local_authority=authority, **kwargs).user


class VotingCampaignFactory(DjangoModelFactory):
    """Open now by default (opened yesterday, closes in a week), 3 votes per collectivité."""

    class Meta:
        model = VotingCampaign
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Campagne {n}")
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    vote_limit = 3


class ThemeProposalFactory(DjangoModelFactory):
    """Approved, in an open campaign, by default."""

    class Meta:
        model = ThemeProposal
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Thème proposé {n}")
    description = "Les habitants veulent être associés."
    theme = factory.SubFactory(ThemeFactory)
    local_authority = factory.SubFactory(LocalAuthorityFactory)
    campaign = factory.SubFactory(VotingCampaignFactory)
    status = ThemeProposal.Status.APPROVED


class ThemeVoteFactory(DjangoModelFactory):
    class Meta:
        model = ThemeVote
        skip_postgeneration_save = True

    proposal = factory.SubFactory(ThemeProposalFactory)
    local_authority = factory.SubFactory(LocalAuthorityFactory)
