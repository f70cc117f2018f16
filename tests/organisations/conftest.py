import pytest

from cms.models import Organisation, OrganisationMembership
from tests.workflows.conftest import gql, site  # noqa: F401 - the same accounts and sections
from tests.workflows.factories import UserFactory


@pytest.fixture
def association(site):  # noqa: F811
    return Organisation.objects.create(
        name="Démocratie ouverte",
        kind=Organisation.Kind.ASSOCIATION,
        siren="775000003",
        status=Organisation.Status.VERIFIED,
    )


@pytest.fixture
def member(association):
    user = UserFactory(username="membre-asso", email="membre@asso.example")
    OrganisationMembership.objects.create(
        user=user, organisation=association, status=OrganisationMembership.Status.APPROVED
    )
    return user
