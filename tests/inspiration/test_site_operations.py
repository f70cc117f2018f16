"""The public site's operations for the resource base (graphql/operations/), run as the site runs
them: one PageByPath per page, whatever its type, and the listings with their facets."""

import pytest
from django.db import transaction
from django.test import override_settings

from inspiration.models import InspirationIndexPage
from tests.api import content
from tests.api.test_operations import operation


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("site-operations-media")
    with (
        override_settings(MEDIA_ROOT=str(media)),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        built = content.build()
        InspirationIndexPage.objects.filter(pk=built.sections.experiences.pk).update(
            section="experiences"
        )
        yield built
        transaction.set_rollback(True)


@pytest.fixture
def url_path():
    def path(page):
        return "/" + "/".join(page.url_path.strip("/").split("/")[1:]) + "/"

    return path


@pytest.mark.django_db
def test_one_page_by_path_serves_every_page_type_of_the_resource_base(gql, site, url_path):
    def page(obj):
        return gql(operation("PageByPath"), {"urlPath": url_path(obj)})["page"]

    # A concept has no image: the branches of other types that select one must not break it.
    concept = page(site.concept)
    assert concept["__typename"] == "ConceptPage"
    assert [level["name"] for level in concept["levels"]] == ["Partenariat"]

    experience = page(site.experiences.sene)
    assert experience["__typename"] == "ExperiencePage"
    assert [a["name"] for a in experience["localAuthorities"]] == ["Séné"]
    assert experience["participationLevel"]["label"].startswith(
        str(experience["participationLevel"]["level"])
    )

    resource = page(site.resource)
    assert resource["__typename"] == "ResourcePage"

    theme = page(site.theme_of_the_month)
    assert theme["__typename"] == "InspirationThemePage"
    assert [e["title"] for e in theme["featuredExperiences"]] == [site.experiences.sene.title]
    assert theme["nextThemeTitle"] == "La crise sanitaire et la démocratie"

    section = page(site.sections.experiences)
    assert (section["__typename"], section["section"]) == ("InspirationIndexPage", "EXPERIENCES")


@pytest.mark.django_db
def test_the_experience_listing_gives_its_facets(gql, site):
    data = gql(operation("ExperienceListing"), {"filter": {"department": "56"}, "first": 12})
    assert [e["node"]["title"] for e in data["experiences"]["edges"]] == [
        site.experiences.sene.title
    ]
    assert {"code": "56", "name": "Morbihan"} in data["experienceDepartments"]
    assert [level["level"] for level in data["participationLevels"]] == list(range(1, 9))
    assert {"slug": "culture", "name": "Culture"} in data["themes"]


@pytest.mark.django_db
def test_the_home_knows_where_each_section_lives(gql, site):
    data = gql(operation("HomeHighlights"))
    sections = {e["node"]["urlPath"]: e["node"]["section"] for e in data["sections"]["edges"]}
    assert sections["/experiences/"] == "EXPERIENCES"
    assert data["inspirationThemes"]["edges"][0]["node"]["title"] == site.theme_of_the_month.title
