"""Experiences as a front end lists them: Arnstein's ladder, and filters that add up."""

import pytest

from cms.models import LocalAuthority, TerritoryType, Theme
from inspiration.models import ExperiencePage
from tests.cms.factories import LocalAuthorityFactory, ThemeFactory
from tests.ids import gid
from tests.inspiration.factories import ExperienceLocalAuthorityFactory, ExperiencePageFactory

pytestmark = pytest.mark.django_db

EXPERIENCES = """query($filter: ExperienceFilter) {
  experiences(filter: $filter) {
    totalCount
    edges { node { title participationLevel { level label } localAuthorities { name } } }
  }
}"""


def by_global_ids(filters):
    """The filters as a front end sends them: objects by their global ids (slugs and codes here,
    for readable cases; an unknown slug becomes an id nothing bears)."""
    lookups = {
        "theme": (Theme, "slug"),
        "territoryType": (TerritoryType, "slug"),
        "localAuthority": (LocalAuthority, "code"),
    }
    converted = dict(filters)
    for key, (model, field) in lookups.items():
        if key in filters:
            found = model.objects.filter(**{field: filters[key]}).first()
            converted[key] = gid(found) if found else gid(424242, model.__name__)
    return converted


def titles(gql, **filters):
    data = gql(EXPERIENCES, {"filter": by_global_ids(filters)})["experiences"]
    assert data["totalCount"] == len(data["edges"])
    return sorted(edge["node"]["title"] for edge in data["edges"])


@pytest.fixture
def experiences(section):
    youth = ThemeFactory(slug="jeunesse", name="Jeunesse")
    mobility = ThemeFactory(slug="mobilite", name="Mobilité")
    qpv = TerritoryType.objects.get(slug="qpv")
    rural = TerritoryType.objects.get(slug="ruralites")
    sene = LocalAuthorityFactory(kind=LocalAuthority.Kind.COMMUNE, code="56243", name="Séné")
    vannes = LocalAuthorityFactory(kind=LocalAuthority.Kind.COMMUNE, code="56260", name="Vannes")
    grigny = LocalAuthorityFactory(kind=LocalAuthority.Kind.COMMUNE, code="91286", name="Grigny")
    joint = ExperiencePageFactory(
        parent=section,
        title="Conseil des jeunes du golfe",
        participation_level=6,
        themes=[youth],
        territory_types=[rural],
        authority_link__local_authority=sene,
    )
    ExperienceLocalAuthorityFactory(page=joint, local_authority=vannes)
    ExperiencePageFactory(
        parent=section,
        title="Navettes à la demande",
        participation_level=4,
        themes=[mobility],
        territory_types=[rural],
        authority_link__local_authority=sene,
    )
    ExperiencePageFactory(
        parent=section,
        title="Jeunes reporters du quartier",
        participation_level=6,
        themes=[youth],
        territory_types=[qpv],
        authority_link__local_authority=grigny,
    )


@pytest.mark.parametrize(
    ("level", "label"),
    [(1, "1 — Manipulation"), (6, "6 — Partenariat"), (8, "8 — Contrôle citoyen")],
)
def test_the_participation_level_comes_with_its_rung_of_the_ladder(gql, section, level, label):
    ExperiencePageFactory(parent=section, participation_level=level)
    node = gql(EXPERIENCES)["experiences"]["edges"][0]["node"]
    assert node["participationLevel"] == {"level": level, "label": label}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"theme": "jeunesse"}, ["Conseil des jeunes du golfe", "Jeunes reporters du quartier"]),
        ({"territoryType": "ruralites"}, ["Conseil des jeunes du golfe", "Navettes à la demande"]),
        ({"localAuthority": "56260"}, ["Conseil des jeunes du golfe"]),
        (
            {"participationLevel": 6},
            ["Conseil des jeunes du golfe", "Jeunes reporters du quartier"],
        ),
        ({"theme": "jeunesse", "territoryType": "ruralites"}, ["Conseil des jeunes du golfe"]),
        ({"theme": "mobilite", "participationLevel": 6}, []),
        ({"theme": "inconnue"}, []),
    ],
)
def test_filters_add_up(gql, experiences, filters, expected):
    assert titles(gql, **filters) == expected


def test_an_experience_of_two_collectivites_is_listed_once(gql, experiences):
    # Both Séné and Vannes are in the Morbihan: the département filter meets the page twice.
    morbihan = LocalAuthorityFactory(kind=LocalAuthority.Kind.DEPARTEMENT, code="56")
    LocalAuthority.objects.filter(code__in=["56243", "56260"]).update(department=morbihan)
    assert titles(gql, department="56") == ["Conseil des jeunes du golfe", "Navettes à la demande"]
    node = next(
        edge["node"]
        for edge in gql(EXPERIENCES, {"filter": {"department": "56"}})["experiences"]["edges"]
        if edge["node"]["title"] == "Conseil des jeunes du golfe"
    )
    assert [a["name"] for a in node["localAuthorities"]] == ["Séné", "Vannes"]


def test_an_unpublished_experience_is_not_listed(gql, experiences):
    ExperiencePage.objects.get(title="Navettes à la demande").unpublish()
    assert titles(gql, territoryType="ruralites") == ["Conseil des jeunes du golfe"]
