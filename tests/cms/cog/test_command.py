"""The import_cog command: search indexing, progress, its French summary and its errors."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.search.backends import get_search_backend

from cms.cog import import_cog
from cms.models import LocalAuthority
from tests.cms.cog.support import COG, VALID, by_code, copy_valid, edit


def search_codes(query):
    return sorted(obj.code for obj in get_search_backend().search(query, LocalAuthority))


@pytest.mark.django_db
def test_written_rows_are_indexed_for_search(tmp_path):
    import_cog(VALID, progress=False)

    assert search_codes("Vannes") == ["200067932", "56260"]
    assert search_codes("Ajaccio") == ["2A004"]

    source = copy_valid(tmp_path)
    edit(source, "communes.json", lambda communes: by_code(communes, "29019").update(nom="Brestoa"))
    import_cog(source, progress=False)

    assert search_codes("Brestoa") == ["29019"]


@pytest.mark.django_db
def test_search_index_update_can_be_skipped():
    out = StringIO()
    call_command("import_cog", "--source", str(VALID), "--no-search-index", stdout=out)

    assert "14 collectivités non indexées (lancer « manage.py update_index »)" in out.getvalue()
    assert LocalAuthority.objects.filter(name="Vannes").exists()
    assert search_codes("Vannes") == []


@pytest.mark.django_db
def test_progress_bar_is_written_to_stderr_when_asked(capsys):
    import_cog(VALID, progress=True)

    captured = capsys.readouterr()
    assert "Communes: 100%" in captured.err
    assert "Index de recherche: 100%" in captured.err
    assert captured.out == ""


@pytest.mark.django_db
def test_command_prints_a_french_summary():
    out = StringIO()
    call_command("import_cog", source=str(VALID), stdout=out)

    output = out.getvalue()
    assert "Régions : 2 créées, 0 mise à jour, 0 inchangée" in output
    assert "Départements : 3 créés, 0 mis à jour, 0 inchangé" in output
    assert "EPCI : 2 créés, 0 mis à jour, 0 inchangé" in output
    assert "Communes : 7 créées, 0 mise à jour, 0 inchangée" in output
    assert "arrondissements municipaux ignorés : 2" in output
    assert "Index de recherche : 14 collectivités indexées" in output

    out = StringIO()
    call_command("import_cog", "--source", str(VALID), "--kinds", "region", stdout=out)
    assert "Régions : 0 créée, 0 mise à jour, 2 inchangées" in out.getvalue()
    assert "Communes" not in out.getvalue()
    assert "Index de recherche : 0 collectivité indexée" in out.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"source": str(COG / "bad_code")}, "code officiel « 5620 » invalide"),
        ({"source": str(COG / "broken_json")}, "communes.json : JSON mal formé"),
        ({"source": str(VALID), "kinds": "region,canton"}, "type de collectivité inconnu"),
    ],
)
def test_command_turns_errors_into_command_error(options, expected):
    with pytest.raises(CommandError, match=expected):
        call_command("import_cog", stdout=StringIO(), **options)
    assert LocalAuthority.objects.count() == 0
