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


def test_decimals_are_written_with_a_comma_in_csv():
    from decimal import Decimal

    from cms.admin_exports import csv_value

    assert csv_value(Decimal("12.50")) == "12,5"
    assert csv_value(Decimal("100000")) == "100000"
    assert csv_value(2.25) == "2,25"


def exporting_viewsets():
    from wagtail.snippets.models import get_snippet_models

    return [
        model.snippet_viewset
        for model in get_snippet_models()
        if isinstance(model.snippet_viewset.list_export, list | tuple)
        and model.snippet_viewset.list_export
    ]


@pytest.mark.parametrize(
    "viewset", exporting_viewsets(), ids=lambda viewset: viewset.model._meta.label
)
def test_every_export_of_the_admin_opens_in_french_excel(admin_client, enrollment, viewset):
    """Each listing that exports: a dated French file name, CSV with a BOM and `;`, and French
    headings (no field name such as `created_at`) in both formats."""
    from django.urls import reverse

    from cms.admin_exports import FrenchExportMixin

    assert issubclass(viewset.index_view_class, FrenchExportMixin)
    url = viewset.get_url_name("list")
    today = timezone.localdate().isoformat()
    response = admin_client.get(reverse(url), {"export": "csv"})
    assert response.status_code == 200
    assert f'filename="{viewset.export_filename}-{today}.csv"' in response["Content-Disposition"]
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")
    headings = next(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert len(headings) == len(viewset.list_export)
    for heading in headings:
        assert "_" not in heading and heading[:1].isupper(), heading

    response = admin_client.get(reverse(url), {"export": "xlsx"})
    assert f'filename="{viewset.export_filename}-{today}.xlsx"' in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert list(next(sheet.iter_rows(values_only=True))) == headings
