import pytest
from django.contrib.auth.models import Group

from cms.roles import ROLE_EXPERTS, ROLE_MODERATORS, ROLE_NAMES
from tests.api.conftest import GraphQLClient
from tests.factories import LocalAuthorityFactory, SharedProjectPageFactory
from tests.projects.factories import UserFactory, member_of


@pytest.fixture
def gql(client, db):
    return GraphQLClient(client)


@pytest.fixture
def anct(db):
    user = UserFactory(username="moderatrice-anct")
    group, _ = Group.objects.get_or_create(name=ROLE_NAMES[ROLE_MODERATORS])
    user.groups.add(group)
    return user


@pytest.fixture
def expert(db):
    user = UserFactory(username="experte")
    group, _ = Group.objects.get_or_create(name=ROLE_NAMES[ROLE_EXPERTS])
    user.groups.add(group)
    return user


@pytest.fixture
def authority(db):
    return LocalAuthorityFactory(name="Lorient")


@pytest.fixture
def agent(authority):
    return member_of(authority)


@pytest.fixture
def recruiting(db):
    """A live shared project open to enrolment, with 3 participant places."""
    return SharedProjectPageFactory(
        status="recruiting", participant_capacity=3, title="Budget participatif"
    )
