"""The values a visitor can filter experiences by: Arnstein's levels and the départements that
have experiences."""

import pytest

from cms.models import LocalAuthority
from tests.cms.factories import LocalAuthorityFactory
from tests.inspiration.factories import ExperienceLocalAuthorityFactory, ExperiencePageFactory

pytestmark = pytest.mark.django_db


def test_the_eight_levels_of_arnsteins_ladder_in_order(gql):
    levels = gql("{ participationLevels { level label } }")["participationLevels"]
    assert [level["level"] for level in levels] == list(range(1, 9))
    assert levels[0]["label"] == "1 — Manipulation"
    assert levels[-1]["label"] == "8 — Contrôle citoyen"


def test_only_departements_with_a_published_experience_are_offered(gql, section):
    morbihan = LocalAuthorityFactory(
        kind=LocalAuthority.Kind.DEPARTEMENT, code="56", name="Morbihan"
    )
    LocalAuthorityFactory(kind=LocalAuthority.Kind.DEPARTEMENT, code="29", name="Finistère")
    essonne = LocalAuthorityFactory(kind=LocalAuthority.Kind.DEPARTEMENT, code="91", name="Essonne")
    vienne = LocalAuthorityFactory(
        kind=LocalAuthority.Kind.DEPARTEMENT, code="87", name="Haute-Vienne"
    )
    sene = LocalAuthorityFactory(
        kind=LocalAuthority.Kind.COMMUNE, code="56243", department=morbihan
    )
    grigny = LocalAuthorityFactory(
        kind=LocalAuthority.Kind.COMMUNE, code="91286", department=essonne
    )
    # A commune's experience offers its département; a département's own experience offers itself.
    ExperienceLocalAuthorityFactory(
        page=ExperiencePageFactory(parent=section, authority_link=None), local_authority=sene
    )
    ExperienceLocalAuthorityFactory(
        page=ExperiencePageFactory(parent=section, authority_link=None), local_authority=vienne
    )
    draft = ExperiencePageFactory(parent=section, authority_link=None, live=False)
    ExperienceLocalAuthorityFactory(page=draft, local_authority=grigny)

    departments = gql("{ experienceDepartments { code name } }")["experienceDepartments"]

    assert departments == [
        {"code": "56", "name": "Morbihan"},
        {"code": "87", "name": "Haute-Vienne"},
    ]
