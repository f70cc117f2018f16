"""Import of the Code officiel géographique (cms.cog, import_cog) and the territories fixture."""

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.search.backends import get_search_backend

from cms.cog import CogImportError, import_cog
from cms.models import LocalAuthority, TerritoryType

COG = Path(__file__).resolve().parent.parent / "fixtures" / "cog"
VALID = COG / "valid"

Kind = LocalAuthority.Kind


def get(kind, code):
    return LocalAuthority.objects.get(kind=kind, code=code)


def counts_of(result):
    return {
        kind: (counts.created, counts.updated, counts.unchanged)
        for kind, counts in result.counts.items()
    }


def copy_valid(tmp_path):
    source = tmp_path / "cog"
    shutil.copytree(VALID, source)
    return source


def edit(source, filename, change):
    path = source / filename
    data = json.loads(path.read_text(encoding="utf-8"))
    data = change(data) or data
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def by_code(entries, code):
    """The entry of `code` (for communes, the commune actuelle, not the commune déléguée)."""
    return next(e for e in entries if e["code"] == code and e.get("type") != "commune-deleguee")


@pytest.mark.django_db
def test_import_creates_every_entry_with_its_links_and_population():
    result = import_cog(VALID, progress=False)

    assert counts_of(result) == {
        Kind.REGION: (2, 0, 0),
        Kind.DEPARTEMENT: (3, 0, 0),
        Kind.EPCI: (2, 0, 0),
        Kind.COMMUNE: (7, 0, 0),
    }
    assert result.skipped_communes == 2  # Audierne and Esquibien as communes déléguées
    assert LocalAuthority.objects.count() == 14

    bretagne, corse = get(Kind.REGION, "53"), get(Kind.REGION, "94")
    assert (bretagne.name, corse.name) == ("Bretagne", "Corse")
    assert bretagne.region_id is None and bretagne.department_id is None

    morbihan = get(Kind.DEPARTEMENT, "56")
    corse_du_sud = get(Kind.DEPARTEMENT, "2A")
    assert morbihan.name == "Morbihan" and morbihan.region == bretagne
    assert corse_du_sud.name == "Corse-du-Sud" and corse_du_sud.region == corse
    assert get(Kind.DEPARTEMENT, "29").region == bretagne

    golfe = get(Kind.EPCI, "200067932")
    assert golfe.name == "CA Golfe du Morbihan - Vannes Agglomération"
    assert (golfe.epci_type, golfe.population) == ("CA", 177719)
    assert (golfe.department, golfe.region) == (morbihan, bretagne)
    ajaccien = get(Kind.EPCI, "242010056")
    assert (ajaccien.department, ajaccien.region) == (corse_du_sud, corse)
    assert ajaccien.population == 92766

    vannes = get(Kind.COMMUNE, "56260")
    assert vannes.name == "Vannes"
    assert (vannes.department, vannes.region, vannes.epci) == (morbihan, bretagne, golfe)
    assert vannes.population == 55790
    assert vannes.slug == "commune-56260-vannes"
    assert vannes.epci_type == ""

    ajaccio = get(Kind.COMMUNE, "2A004")
    assert (ajaccio.name, ajaccio.population) == ("Ajaccio", 76320)
    assert (ajaccio.department, ajaccio.region, ajaccio.epci) == (corse_du_sud, corse, ajaccien)
    assert ajaccio.slug == "commune-2a004-ajaccio"
    assert sorted(ajaccien.member_communes.values_list("code", flat=True)) == ["2A004", "2A006"]

    brest = get(Kind.COMMUNE, "29019")
    assert brest.epci is None  # Brest métropole is not in the sample
    assert brest.department.code == "29"

    # The commune actuelle Audierne is imported once; the communes déléguées are skipped.
    audierne = get(Kind.COMMUNE, "29003")
    assert (audierne.name, audierne.population) == ("Audierne", 3727)
    assert not LocalAuthority.objects.filter(code="29052").exists()


@pytest.mark.django_db
def test_second_import_creates_nothing_and_keeps_the_rows():
    import_cog(VALID, progress=False)
    before = dict(LocalAuthority.objects.values_list("pk", "slug"))
    links = list(LocalAuthority.objects.values_list("pk", "department", "region", "epci"))

    result = import_cog(VALID, progress=False)

    assert counts_of(result) == {
        Kind.REGION: (0, 0, 2),
        Kind.DEPARTEMENT: (0, 0, 3),
        Kind.EPCI: (0, 0, 2),
        Kind.COMMUNE: (0, 0, 7),
    }
    assert dict(LocalAuthority.objects.values_list("pk", "slug")) == before
    assert list(LocalAuthority.objects.values_list("pk", "department", "region", "epci")) == links


@pytest.mark.django_db
def test_changed_entries_are_updated_in_place(tmp_path):
    import_cog(VALID, progress=False)
    brest_pk = get(Kind.COMMUNE, "29019").pk
    source = copy_valid(tmp_path)

    def change_communes(communes):
        by_code(communes, "29019")["nom"] = "Brest-sur-Mer"
        by_code(communes, "56121")["population"] = 60000

    def leave_epci(epcis):
        golfe = by_code(epcis, "200067932")
        golfe["membres"] = [m for m in golfe["membres"] if m["code"] != "56206"]

    edit(source, "communes.json", change_communes)
    edit(source, "epci.json", leave_epci)
    edit(source, "regions.json", lambda regions: by_code(regions, "94").update(nom="Corsica"))

    result = import_cog(source, progress=False)

    assert counts_of(result) == {
        Kind.REGION: (0, 1, 1),
        Kind.DEPARTEMENT: (0, 0, 3),
        Kind.EPCI: (0, 0, 2),
        Kind.COMMUNE: (0, 3, 4),
    }
    brest = get(Kind.COMMUNE, "29019")
    assert brest.pk == brest_pk
    assert brest.name == "Brest-sur-Mer"
    assert brest.slug == "commune-29019-brest"  # a slug is an identifier: it stays
    assert get(Kind.COMMUNE, "56121").population == 60000
    assert get(Kind.COMMUNE, "56206").epci is None
    assert get(Kind.COMMUNE, "56260").epci.code == "200067932"
    assert get(Kind.REGION, "94").name == "Corsica"
    assert LocalAuthority.objects.count() == 14


@pytest.mark.django_db
def test_existing_rows_are_matched_by_code_and_keep_what_the_import_does_not_own():
    territory_type = TerritoryType.objects.create(name="Territoire de test COG", slug="test-cog")
    bretagne = LocalAuthority.objects.create(kind=Kind.REGION, code="53", name="Bretaigne")
    bretagne.territory_types.add(territory_type)
    # A row whose slug is the one the import would give to Vannes (code edited by hand).
    LocalAuthority.objects.create(
        kind=Kind.COMMUNE, code="56999", name="Vannes", slug="commune-56260-vannes"
    )

    result = import_cog(VALID, progress=False)

    assert counts_of(result)[Kind.REGION] == (1, 1, 0)
    bretagne.refresh_from_db()
    assert bretagne.name == "Bretagne"
    assert bretagne.slug == "region-53-bretaigne"
    assert list(bretagne.territory_types.all()) == [territory_type]
    assert get(Kind.COMMUNE, "56260").slug == "commune-56260-vannes-2"
    assert LocalAuthority.objects.filter(kind=Kind.REGION, code="53").count() == 1


MALFORMED = [
    ("broken_json", ["communes.json : JSON mal formé à la ligne"]),
    (
        "bad_code",
        [
            "communes.json, entrée n° 8 (code « 5620 ») : code officiel « 5620 » invalide : "
            "attendu un code INSEE de commune à 5 caractères"
        ],
    ),
    (
        "unknown_parent",
        [
            "communes.json, entrée n° 10 (code « 22278 ») : département « 22 » inconnu : "
            "absent du fichier departements.json et de la base."
        ],
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("case", "expected"), MALFORMED)
def test_malformed_source_raises_a_french_error_and_imports_nothing(case, expected):
    with pytest.raises(CogImportError) as raised:
        import_cog(COG / case, progress=False)

    message = str(raised.value)
    assert message.startswith("Import du COG annulé, rien n'a été enregistré : ")
    for text in expected:
        assert text in message
    assert len(raised.value.errors) == 1
    # Nothing at all, not even the régions, départements and EPCI read before communes.json.
    assert LocalAuthority.objects.count() == 0


@pytest.mark.django_db
def test_malformed_source_leaves_an_earlier_import_untouched(tmp_path):
    import_cog(VALID, progress=False)
    before = list(LocalAuthority.objects.values_list("pk", "kind", "code", "name", "population"))
    source = copy_valid(tmp_path)
    edit(source, "regions.json", lambda regions: by_code(regions, "53").update(nom="Breizh"))
    edit(source, "communes.json", lambda communes: communes.append({"type": "commune-actuelle"}))

    with pytest.raises(CogImportError):
        import_cog(source, progress=False)

    assert (
        list(LocalAuthority.objects.values_list("pk", "kind", "code", "name", "population"))
        == before
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("filename", "change", "expected"),
    [
        (
            "regions.json",
            lambda regions: {"regions": regions},
            "regions.json : une liste d'entrées est attendue au premier niveau, pas un objet.",
        ),
        (
            "departements.json",
            lambda departements: by_code(departements, "2A").pop("region") and None,
            "departements.json, entrée n° 2 (code « 2A ») : champ obligatoire « region » manquant.",
        ),
        (
            "departements.json",
            lambda departements: by_code(departements, "56").update(region="5"),
            "departements.json, entrée n° 3 (code « 56 ») : champ « region » : code officiel « 5 » "
            "invalide : attendu un code de région",
        ),
        (
            "epci.json",
            lambda epcis: by_code(epcis, "242010056").update(code="24201005"),
            "epci.json, entrée n° 2 (code « 24201005 ») : code officiel « 24201005 » invalide : "
            "attendu un numéro SIREN à 9 chiffres",
        ),
        (
            "epci.json",
            lambda epcis: by_code(epcis, "242010056")["membres"].append({"code": "2A041"}),
            "epci.json, entrée n° 2 (code « 242010056 ») : commune membre « 2A041 » absente de "
            "communes.json",
        ),
        (
            "communes.json",
            lambda communes: communes.append(dict(by_code(communes, "56260"))),
            "communes.json, entrée n° 10 (code « 56260 ») : code en double (déjà à l'entrée n° 9).",
        ),
        (
            "communes.json",
            lambda communes: by_code(communes, "29019").update(type="commune-nouvelle"),
            "communes.json, entrée n° 3 (code « 29019 ») : type « commune-nouvelle » inconnu",
        ),
        (
            "communes.json",
            lambda communes: by_code(communes, "56121").update(population="58 329"),
            "communes.json, entrée n° 7 (code « 56121 ») : le champ « population » doit être un "
            "entier positif",
        ),
        (
            "communes.json",
            lambda communes: communes.insert(0, "29019"),
            "communes.json, entrée n° 1 : un objet JSON est attendu, pas un texte.",
        ),
    ],
)
def test_each_invalid_entry_is_named_in_the_error(tmp_path, filename, change, expected):
    source = copy_valid(tmp_path)
    edit(source, filename, change)

    with pytest.raises(CogImportError) as raised:
        import_cog(source, progress=False)

    assert expected in str(raised.value)
    assert LocalAuthority.objects.count() == 0


@pytest.mark.django_db
def test_every_error_is_listed(tmp_path):
    source = copy_valid(tmp_path)
    edit(source, "regions.json", lambda regions: by_code(regions, "94").update(code="9A"))
    edit(source, "communes.json", lambda communes: by_code(communes, "56260").pop("nom") and None)

    with pytest.raises(CogImportError) as raised:
        import_cog(source, progress=False)

    assert len(raised.value.errors) == 2
    message = str(raised.value)
    assert message.startswith("Import du COG annulé, rien n'a été enregistré (2 erreurs) :\n- ")
    assert "regions.json, entrée n° 2 (code « 9A ») : code officiel « 9A » invalide" in message
    assert (
        "communes.json, entrée n° 9 (code « 56260 ») : champ obligatoire « nom » manquant."
        in message
    )


@pytest.mark.django_db
def test_missing_file_or_folder_is_a_clear_error(tmp_path):
    source = copy_valid(tmp_path)
    (source / "epci.json").unlink()

    with pytest.raises(CogImportError, match=r"epci\.json : fichier introuvable dans .*cog\."):
        import_cog(source, progress=False)
    with pytest.raises(CogImportError, match="dossier source introuvable : .*absent"):
        import_cog(tmp_path / "absent", progress=False)
    assert LocalAuthority.objects.count() == 0


@pytest.mark.django_db
def test_kinds_restrict_the_import_and_parents_must_then_be_in_the_database():
    with pytest.raises(CogImportError) as raised:
        import_cog(VALID, kinds=["commune"], progress=False)
    assert (
        "communes.json, entrée n° 1 (code « 29003 ») : département « 29 » absent de la base : "
        "importez d'abord les départements (--kinds departement)."
    ) in str(raised.value)
    assert LocalAuthority.objects.count() == 0

    result = import_cog(VALID, kinds="region,departement", progress=False)
    assert list(result.counts) == [Kind.REGION, Kind.DEPARTEMENT]
    assert LocalAuthority.objects.count() == 5

    with pytest.raises(CogImportError, match="EPCI « 200067932 » absent de la base"):
        import_cog(VALID, kinds=["commune"], progress=False)

    import_cog(VALID, kinds=["epci"], progress=False)
    result = import_cog(VALID, kinds=["commune"], progress=False)
    assert counts_of(result) == {Kind.COMMUNE: (7, 0, 0)}
    assert get(Kind.COMMUNE, "2A006").epci == get(Kind.EPCI, "242010056")

    with pytest.raises(CogImportError, match="type de collectivité inconnu : « canton »"):
        import_cog(VALID, kinds=["canton"], progress=False)


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


@pytest.mark.django_db
def test_natural_key():
    import_cog(VALID, kinds="region,departement", progress=False)
    corse_du_sud = LocalAuthority.objects.get_by_natural_key("departement", "2A")

    assert corse_du_sud.name == "Corse-du-Sud"
    assert corse_du_sud.natural_key() == ("departement", "2A")
    with pytest.raises(LocalAuthority.DoesNotExist):
        LocalAuthority.objects.get_by_natural_key("region", "2A")


def territory_counts():
    return {
        kind: LocalAuthority.objects.filter(kind=kind).count()
        for kind in (Kind.REGION, Kind.DEPARTEMENT, Kind.EPCI, Kind.COMMUNE)
    }


@pytest.mark.django_db
def test_loaddata_territories_is_idempotent():
    call_command("loaddata", "territories", verbosity=0)
    expected = {Kind.REGION: 26, Kind.DEPARTEMENT: 109, Kind.EPCI: 0, Kind.COMMUNE: 0}
    assert territory_counts() == expected
    pks = dict(LocalAuthority.objects.values_list("slug", "pk"))

    call_command("loaddata", "territories", verbosity=0)

    assert territory_counts() == expected
    assert dict(LocalAuthority.objects.values_list("slug", "pk")) == pks
    morbihan = get(Kind.DEPARTEMENT, "56")
    assert (morbihan.name, morbihan.slug) == ("Morbihan", "departement-56-morbihan")
    assert morbihan.region == get(Kind.REGION, "53")
    assert get(Kind.DEPARTEMENT, "2A").region.name == "Corse"
    assert get(Kind.DEPARTEMENT, "971").region.name == "Guadeloupe"
    assert get(Kind.REGION, "975").name == "Saint-Pierre-et-Miquelon"
    assert not LocalAuthority.objects.filter(kind=Kind.REGION, region__isnull=False).exists()


@pytest.mark.django_db
def test_loaddata_territories_matches_rows_of_an_earlier_import():
    import_cog(VALID, progress=False)
    bretagne_pk = get(Kind.REGION, "53").pk
    morbihan_pk = get(Kind.DEPARTEMENT, "56").pk

    call_command("loaddata", "territories", verbosity=0)

    assert territory_counts() == {
        Kind.REGION: 26,
        Kind.DEPARTEMENT: 109,
        Kind.EPCI: 2,
        Kind.COMMUNE: 7,
    }
    assert get(Kind.REGION, "53").pk == bretagne_pk
    assert get(Kind.DEPARTEMENT, "56").pk == morbihan_pk
    assert get(Kind.COMMUNE, "56260").department_id == morbihan_pk

    result = import_cog(VALID, progress=False)
    assert counts_of(result)[Kind.DEPARTEMENT] == (0, 0, 3)


@pytest.mark.django_db
def test_build_territories_fixture(tmp_path):
    output = tmp_path / "territories.json"
    call_command(
        "build_territories_fixture", source=str(VALID), output=str(output), stdout=StringIO()
    )

    data = json.loads(output.read_text(encoding="utf-8"))
    assert [(item["fields"]["kind"], item["fields"]["code"]) for item in data] == [
        ("region", "53"),
        ("region", "94"),
        ("departement", "29"),
        ("departement", "2A"),
        ("departement", "56"),
    ]
    assert all("pk" not in item for item in data)
    assert data[3]["fields"] == {
        "kind": "departement",
        "code": "2A",
        "name": "Corse-du-Sud",
        "slug": "departement-2a-corse-du-sud",
        "region": ["region", "94"],
    }

    call_command("loaddata", str(output), verbosity=0)
    call_command("loaddata", str(output), verbosity=0)
    assert LocalAuthority.objects.count() == 5
    assert get(Kind.DEPARTEMENT, "29").region.name == "Bretagne"
