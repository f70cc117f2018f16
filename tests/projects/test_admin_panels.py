"""The shared project's edit page shows who takes part: participants against the capacity,
observers, and the waiting list in order (issue #17, item 9)."""

import datetime
import html
import re

import pytest

from cms.models import LocalAuthority
from cms.roles import ensure_roles
from projects.models import Enrollment
from tests import factories as f
from tests.projects.factories import (
    EngagementTrackIndexPageFactory,
    EngagementTrackPageFactory,
    EnrollmentFactory,
    SharedProjectPageFactory,
)

pytestmark = pytest.mark.django_db


def test_edit_page_lists_participants_observers_and_waiting_list(admin_client, home):
    project = SharedProjectPageFactory(title="Budget participatif", participant_capacity=3)

    def commune(name, code):
        return f.LocalAuthorityFactory(kind=LocalAuthority.Kind.COMMUNE, code=code, name=name)

    EnrollmentFactory(project=project, local_authority=commune("Niort", "79191"), position=1)
    EnrollmentFactory(
        project=project,
        local_authority=commune("Bourges", "18033"),
        role=Enrollment.Role.OBSERVER,
        position=2,
    )
    EnrollmentFactory(
        project=project,
        local_authority=commune("Séné", "56243"),
        status=Enrollment.Status.WAITING,
        position=3,
    )
    response = admin_client.get(f"/admin/pages/{project.pk}/edit/")
    assert response.status_code == 200
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.unescape(response.content.decode())))
    assert "Parties prenantes (1 sur 3 places) Niort" in text
    assert "Observatrices (1) Bourges" in text
    assert "Liste d'attente (1) Séné" in text


def test_engagement_programme_report_counts_entries_against_the_objective(admin_client, home):
    index = EngagementTrackIndexPageFactory(parent=home)
    for number in range(2):
        EngagementTrackPageFactory(parent=index, start_date=datetime.date(2024, 3, 1 + number))
    EngagementTrackPageFactory(parent=index, start_date=datetime.date(2025, 9, 1), live=False)
    response = admin_client.get("/admin/rapports/territoires-d-engagement/")
    assert response.status_code == 200
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.unescape(response.content.decode())))
    assert "de 10 à 20 collectivités entrées par an" in text
    assert "2024 2 8 de moins que l'objectif 2" in text
    assert "2025 1 9 de moins que l'objectif 3" in text
    menu = admin_client.get("/admin/").content.decode()
    assert "/admin/rapports/territoires-d-engagement/" in menu


def test_engagement_programme_report_is_for_anct_staff(client, home):
    from tests.workflows.factories import UserFactory

    ensure_roles()
    client.force_login(UserFactory(username="agente", role="contributors"))
    response = client.get("/admin/rapports/territoires-d-engagement/")
    assert response.status_code in (302, 403)
