from types import SimpleNamespace

import pytest

from cms.models import LocalAuthority
from cms.roles import ensure_roles
from cms.tokens import create_token
from tests import factories as f
from tests.api.conftest import GraphQLClient
from tests.workflows.factories import UserFactory


@pytest.fixture(autouse=True)
def immediate_notifications(monkeypatch):
    """E-mails leave on commit; the tests' transaction never commits, so send them at once."""
    monkeypatch.setattr("cms.mail.on_commit", lambda callback, **kwargs: callback())


@pytest.fixture
def gql(client, db):
    return GraphQLClient(client)


@pytest.fixture
def site(home):
    """Sections, roles, workflows, two communes and one account per role."""
    experiences = f.InspirationIndexPageFactory(
        parent=home, title="Expériences territoriales", slug="experiences"
    )
    resources = f.InspirationIndexPageFactory(parent=home, title="Ressources", slug="ressources")
    concepts = f.InspirationIndexPageFactory(parent=home, title="Concepts", slug="concepts")
    projects = f.SharedProjectIndexPageFactory(parent=home, title="Projets partagés")
    ensure_roles()
    sene = f.LocalAuthorityFactory(kind=LocalAuthority.Kind.COMMUNE, code="56243", name="Séné")
    guichen = f.LocalAuthorityFactory(
        kind=LocalAuthority.Kind.COMMUNE, code="35126", name="Guichen"
    )
    users = SimpleNamespace(
        editor=UserFactory(username="editrice", role="editors"),
        moderator=UserFactory(username="moderateur", role="moderators"),
        contributor=UserFactory(username="contributrice", role="contributors", authorities=[sene]),
        colleague=UserFactory(username="collegue", role="contributors", authorities=[sene]),
        other=UserFactory(username="autre", role="contributors", authorities=[guichen]),
        expert=UserFactory(username="experte", role="experts"),
    )
    return SimpleNamespace(
        home=home,
        experiences=experiences,
        resources=resources,
        concepts=concepts,
        projects=projects,
        sene=sene,
        guichen=guichen,
        users=users,
    )


@pytest.fixture
def tokens(site):
    return {name: create_token(user) for name, user in vars(site.users).items()}


def experience_input(**overrides):
    data = {
        "title": "Budget participatif de Séné",
        "summary": "Les habitants décident de 5 % du budget d'investissement.",
        "body": "Premier paragraphe.\n\nSecond paragraphe.",
        "local_authority": "56243",
        "participation_level": 6,
    }
    data.update(overrides)
    if isinstance(data.get("local_authority"), str):  # the services take the model
        data["local_authority"] = LocalAuthority.objects.get(code=data["local_authority"])
    return data
