"""A malformed or invalid source of the Code officiel géographique: a French error naming each
entry, and nothing imported."""

import pytest

from cms.cog import CogImportError, import_cog
from cms.models import LocalAuthority
from tests.cms.cog.support import COG, VALID, Kind, by_code, copy_valid, counts_of, edit, get

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
