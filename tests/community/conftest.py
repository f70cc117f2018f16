"""A shared project with two participant collectivités, an observer one, a named expert, an ANCT
moderator and a stranger; a real SMTP server for the notifications."""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.files.storage import FileSystemStorage

from cms.roles import ROLE_MODERATORS, ROLE_NAMES
from community.models import Attachment
from projects.models import SharedProjectExpert
from tests.api.conftest import GraphQLClient
from tests.factories import (
    EnrollmentFactory,
    LocalAuthorityFactory,
    SharedProjectPageFactory,
    SharedProjectStageFactory,
)
from tests.ports import free_port
from tests.projects.factories import UserFactory, member_of

try:
    from aiosmtpd.controller import Controller
except ImportError:  # pragma: no cover - the dev dependencies bring it
    Controller = None


@pytest.fixture(autouse=True)
def attachments_root(monkeypatch, tmp_path):
    """The exchange's private files in a temporary folder, not under var/ (a FileField's storage
    is resolved once, when the model is defined)."""
    root = tmp_path / "echanges"
    field = Attachment._meta.get_field("file")
    monkeypatch.setattr(field, "storage", FileSystemStorage(location=root))
    return root


@pytest.fixture
def gql(client, db):
    return GraphQLClient(client)


@pytest.fixture
def world(db):
    project = SharedProjectPageFactory(status="in_progress", title="Budget participatif")
    stage = SharedProjectStageFactory(project=project, kind="diagnosis", status="in_progress")
    lorient = LocalAuthorityFactory(name="Lorient")
    sene = LocalAuthorityFactory(name="Séné")
    vannes = LocalAuthorityFactory(name="Vannes")
    EnrollmentFactory(project=project, local_authority=lorient)
    EnrollmentFactory(project=project, local_authority=sene)
    EnrollmentFactory(project=project, local_authority=vannes, role="observer")
    expert = UserFactory(username="experte", first_name="Claire", last_name="Expert")
    SharedProjectExpert.objects.create(project=project, name="Claire Expert", user=expert)
    anct = UserFactory(username="moderatrice", first_name="Anne", last_name="Modératrice")
    group, _ = Group.objects.get_or_create(name=ROLE_NAMES[ROLE_MODERATORS])
    anct.groups.add(group)
    return SimpleNamespace(
        project=project,
        stage=stage,
        lorient=lorient,
        sene=sene,
        vannes=vannes,
        alice=member_of(
            lorient, user=UserFactory(username="alice", first_name="Alice", last_name="Le Goff")
        ),
        bruno=member_of(
            sene, user=UserFactory(username="bruno", first_name="Bruno", last_name="Tanguy")
        ),
        olga=member_of(
            vannes, user=UserFactory(username="olga", first_name="Olga", last_name="Riou")
        ),
        expert=expert,
        anct=anct,
        stranger=UserFactory(username="inconnu"),
    )


@pytest.fixture
def smtp(settings):
    """aiosmtpd on 127.0.0.1, and Django's e-mail pointed at it."""
    if Controller is None:
        pytest.skip("aiosmtpd absent : installez les dépendances de développement (make install)")
    from tests.newsletter.conftest import Inbox

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = False
    yield inbox
    controller.stop()
