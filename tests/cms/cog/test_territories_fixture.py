"""The territories fixture (régions and départements): natural keys, loaddata, and its
building from the Code officiel géographique."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from cms.cog import import_cog
from cms.models import LocalAuthority
from tests.cms.cog.support import VALID, Kind, counts_of, get


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
