"""Wagtail's own reports (« Rapports » menu) export for French Excel like our listings
(issue #17): CSV with a BOM and `;`, XLSX, French headings, Paris time to the second, dated
French file names; the menu leads to these exports."""

import csv
import datetime
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.log_actions import log
from wagtail.models import Page

pytestmark = pytest.mark.django_db

# 2026-03-29 00:30:00.123456 UTC is 01:30 in Paris (winter time), the night of the change.
LOCKED = datetime.datetime(2026, 3, 29, 0, 30, 0, 123456, tzinfo=datetime.UTC)

REPORTS = {
    "pages-verrouillees": ["Titre", "Dernière modification", "Statut", "Type de page",
                           "Verrouillée le", "Verrouillée par"],
    "circuits-de-validation": ["Circuit de validation", "Identifiant", "Type", "Titre", "Statut",
                               "Demandé par", "Commencé le"],
    "etapes-de-validation": ["Étape", "Identifiant", "Type", "Titre", "Statut", "Demandé par",
                             "Commencée le", "Terminée le", "Terminée par"],
    "historique-du-site": ["Identifiant", "Nom", "Type", "Action", "Utilisateur ou utilisatrice",
                           "Date et heure"],
    "pages-anciennes": ["Titre", "Statut", "Dernière publication", "Publiée par", "Type"],
}  # fmt: skip


@pytest.fixture
def locked_home(home, admin_user):
    Page.objects.filter(pk=home.pk).update(locked=True, locked_at=LOCKED, locked_by=admin_user)
    log(instance=home, action="wagtail.edit", user=admin_user)
    return home


def csv_rows(response):
    content = b"".join(response.streaming_content)
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


@pytest.mark.parametrize("slug", list(REPORTS))
def test_each_wagtail_report_exports_for_french_excel(admin_client, locked_home, slug):
    today = timezone.localdate().isoformat()
    url = f"/admin/rapports/{slug}/"
    assert admin_client.get(url).status_code == 200

    response = admin_client.get(url, {"export": "csv"})
    assert response.status_code == 200
    assert f'filename="{slug}-{today}.csv"' in response["Content-Disposition"]
    assert csv_rows(response)[0] == REPORTS[slug]

    response = admin_client.get(url, {"export": "xlsx"})
    assert f'filename="{slug}-{today}.xlsx"' in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert list(next(sheet.iter_rows(values_only=True))) == REPORTS[slug]


def test_locked_pages_give_paris_time_to_the_second(admin_client, locked_home):
    rows = csv_rows(admin_client.get("/admin/rapports/pages-verrouillees/", {"export": "csv"}))
    assert rows[1][0] == locked_home.title
    assert rows[1][4] == "29/03/2026 01:30:00"
    response = admin_client.get("/admin/rapports/pages-verrouillees/", {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert list(sheet.iter_rows(values_only=True))[1][4] == datetime.datetime(2026, 3, 29, 1, 30)


def test_the_reports_menu_leads_to_the_french_exports(admin_client):
    menu = admin_client.get("/admin/").content.decode()
    for slug in REPORTS:
        assert f"/admin/rapports/{slug}/" in menu
    assert "/admin/reports/locked/" not in menu
    assert "/admin/reports/site-history/" not in menu
