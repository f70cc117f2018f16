"""From a SIRET to its collectivité: the SIREN imported with the COG, a malformed SIRET refused."""

import pytest

from cms.cog import import_cog
from cms.identity import INVALID_SIRET, authority_for_siret
from cms.models import LocalAuthority
from cms.services import ServiceError
from tests.cms.cog.support import VALID


@pytest.mark.django_db
def test_the_cog_import_records_sirens_and_a_siret_finds_its_commune_or_epci():
    import_cog(VALID, progress=False)
    brest = LocalAuthority.objects.get(kind="commune", code="29019")
    assert brest.siren == "212900195"
    vannes = LocalAuthority.objects.get(kind="epci", code="200067932")
    assert vannes.siren == "200067932"
    assert authority_for_siret("21290019500018") == brest
    assert authority_for_siret("200 067 932 00018") == vannes


@pytest.mark.django_db
def test_a_reimport_keeps_a_siren_the_source_does_not_give():
    import_cog(VALID, progress=False)
    LocalAuthority.objects.filter(kind="departement", code="56").update(siren="225600014")
    import_cog(VALID, progress=False)
    assert LocalAuthority.objects.get(kind="departement", code="56").siren == "225600014"


@pytest.mark.django_db
def test_a_siret_of_no_collectivite_finds_none():
    assert authority_for_siret("13002603200016") is None


@pytest.mark.parametrize("siret", ["2129001950001", "21290019500014", "2129001950001A", ""])
def test_a_malformed_siret_is_refused_in_french(siret):
    with pytest.raises(ServiceError) as refused:
        authority_for_siret(siret)
    assert refused.value.code == INVALID_SIRET
    assert "SIRET invalide" in refused.value.message
