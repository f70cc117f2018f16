"""The participants and the waiting list of a shared project show each collectivité's rank in
words: Wagtail's admin CSS removes the numbers of an `<ol>` (issue #17, item 9)."""

import html
import re

import pytest

from cms.models import LocalAuthority
from projects.models import Enrollment
from tests import factories as f
from tests.projects.factories import EnrollmentFactory, SharedProjectPageFactory

pytestmark = pytest.mark.django_db


def test_participants_and_waiting_list_show_their_rank(admin_client, home):
    project = SharedProjectPageFactory(title="Budget participatif", participant_capacity=3)
    for position, (name, code, status) in enumerate(
        [
            ("Niort", "79191", Enrollment.Status.CONFIRMED),
            ("Bourges", "18033", Enrollment.Status.CONFIRMED),
            ("Séné", "56243", Enrollment.Status.WAITING),
            ("Vannes", "56260", Enrollment.Status.WAITING),
        ],
        start=1,
    ):
        authority = f.LocalAuthorityFactory(kind=LocalAuthority.Kind.COMMUNE, code=code, name=name)
        EnrollmentFactory(
            project=project, local_authority=authority, status=status, position=position
        )
    response = admin_client.get(f"/admin/pages/{project.pk}/edit/")
    assert response.status_code == 200
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.unescape(response.content.decode())))
    assert "Niort (rang 1) Bourges (rang 2)" in text
    assert "Liste d'attente (2) Séné (rang 1) Vannes (rang 2)" in text
