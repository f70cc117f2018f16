"""The import of the Code officiel géographique (cms.cog): every entry with its links, then
updates in place, rows matched by their official code."""

import pytest

from cms.cog import import_cog
from cms.models import LocalAuthority, TerritoryType
from tests.cms.cog.support import VALID, Kind, by_code, copy_valid, counts_of, edit, get


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
