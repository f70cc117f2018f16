"""The admin's exports open in French Excel (issue #17): CSV in UTF-8 with a BOM and `;`, XLSX,
French headings and labels, Paris time to the second, dated file names."""

import csv
import datetime
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from cms.models import LocalAuthority
from projects.models import Enrollment
from tests import factories as f
from tests.projects.factories import EnrollmentFactory, SharedProjectPageFactory

pytestmark = pytest.mark.django_db

URL = "/admin/snippets/projects/enrollment/"
# 2026-03-29 00:30:00.123456 UTC is 01:30 in Paris (winter time), the night of the change.
CREATED = datetime.datetime(2026, 3, 29, 0, 30, 0, 123456, tzinfo=datetime.UTC)


@pytest.fixture
def enrollment(home):
    project = SharedProjectPageFactory(title="Budget participatif")
    authority = f.LocalAuthorityFactory(
        kind=LocalAuthority.Kind.COMMUNE, code="79191", name="Niort"
    )
    enrollment = EnrollmentFactory(project=project, local_authority=authority)
    Enrollment.objects.filter(pk=enrollment.pk).update(created_at=CREATED)
    return enrollment


def test_csv_has_a_bom_semicolons_french_headings_and_labels(admin_client, enrollment):
    response = admin_client.get(URL, {"export": "csv"})
    assert response.status_code == 200
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="inscriptions-{today}.csv"'
    content = b"".join(response.streaming_content)
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "Projet partagé",
        "Collectivité",
        "Code officiel de la collectivité",
        "Rôle",
        "Statut",
        "Rang d'inscription",
        "Inscrite le",
    ]
    assert rows[1][:5] == ["Budget participatif", "Niort", "79191", "Partie prenante", "Confirmée"]
    assert rows[1][6] == "29/03/2026 01:30:00"


def test_xlsx_has_french_headings_labels_and_paris_time(admin_client, enrollment):
    response = admin_client.get(URL, {"export": "xlsx"})
    assert response.status_code == 200
    today = timezone.localdate().isoformat()
    assert f'filename="inscriptions-{today}.xlsx"' in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][3] == "Rôle"
    assert rows[1][3] == "Partie prenante"
    assert rows[1][6] == datetime.datetime(2026, 3, 29, 1, 30, 0)
