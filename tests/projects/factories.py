"""Factories of participation records (theme proposals, campaigns, votes, users and their
collectivités); the content factories are in tests/factories.py."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone
from factory.django import DjangoModelFactory

from cms.models import LocalAuthorityMembership
from projects.models import ThemeProposal, ThemeVote, VotingCampaign
from tests.factories import LocalAuthorityFactory, ThemeFactory


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
