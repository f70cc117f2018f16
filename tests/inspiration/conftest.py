import pytest

from tests.api.conftest import GraphQLClient
from tests.inspiration.factories import InspirationIndexPageFactory


@pytest.fixture
def gql(client, db):
    return GraphQLClient(client)


@pytest.fixture
def section(home):
    """A published section of the resource base, under the home page."""
    return InspirationIndexPageFactory(parent=home, title="Ressources", slug="ressources")
