"""Global ids and `node(id:)`: every object with an identity comes back by its id alone, under
the same visibility rules as the typed queries; anything else is null, never an error. Arguments
that designate an object take its global id, type-checked (INVALID_ID)."""

import datetime
import re

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from cms.tokens import create_token
from projects.models import Enrollment, ThemeProposal
from tests.factories import (
    ActionFactory,
    ActionPlanPageFactory,
    ConceptLevelFactory,
    DocumentFactory,
    EnrollmentFactory,
    ExperienceLocalAuthorityFactory,
    ExperiencePageFactory,
    InspirationIndexPageFactory,
    LocalAuthorityFactory,
    ResourcePageFactory,
    SharedProjectPageFactory,
    SharedProjectStageFactory,
    TerritoryTypeFactory,
    ThemeFactory,
)
from tests.ids import gid
from tests.projects.factories import ThemeProposalFactory, VotingCampaignFactory, member_of

pytestmark = pytest.mark.django_db

NODE = "query($id: ID!) { node(id: $id) { __typename id } }"
DAY = datetime.timedelta(days=1)


def node(gql, global_id, token=None):
    return gql(NODE, {"id": global_id}, token)["node"]


@pytest.fixture
def content(home, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    index = InspirationIndexPageFactory(parent=home, slug="experiences")
    experience = ExperiencePageFactory(parent=index, slug="sene", themes=[ThemeFactory()])
    concept_level = ConceptLevelFactory()
    project = SharedProjectPageFactory()
    plan = ActionPlanPageFactory(parent=project)
    return {
        "experience": experience,
        "resource": ResourcePageFactory(parent=index, slug="guide"),
        "theme": ThemeFactory(),
        "territory_type": TerritoryTypeFactory(),
        "local_authority": LocalAuthorityFactory(),
        "image": wagtail_factories.ImageFactory(),
        "document": DocumentFactory(),
        "concept_level": concept_level,
        "project": project,
        "stage": SharedProjectStageFactory(project=project),
        "plan": plan,
        "action": ActionFactory(plan=plan),
        "campaign": VotingCampaignFactory(),
        "proposal": ThemeProposalFactory(),
        "enrollment": EnrollmentFactory(project=project),
        "index": index,
        "home": home,
    }


@pytest.mark.parametrize(
    "name, type_name",
    [
        ("home", "HomePage"),
        ("index", "InspirationIndexPage"),
        ("experience", "ExperiencePage"),
        ("resource", "ResourcePage"),
        ("project", "SharedProjectPage"),
        ("plan", "ActionPlanPage"),
        ("theme", "Theme"),
        ("territory_type", "TerritoryType"),
        ("local_authority", "LocalAuthority"),
        ("image", "Image"),
        ("document", "Document"),
        ("concept_level", "ConceptLevel"),
        ("stage", "SharedProjectStage"),
        ("action", "Action"),
        ("campaign", "VotingCampaign"),
        ("proposal", "ThemeProposal"),
        ("enrollment", "Enrollment"),
    ],
)
def test_every_kind_of_object_comes_back_by_its_global_id(gql, content, name, type_name):
    global_id = gid(content[name], type_name)
    assert node(gql, global_id) == {"__typename": type_name, "id": global_id}


def test_the_id_a_query_hands_out_is_the_one_node_takes(gql, content):
    page = gql(
        """{ page(urlPath: "/experiences/sene/") { id pk ... on ExperiencePage {
             themes { id } localAuthorities { id } } } }"""
    )["page"]
    assert page["id"] == gid(content["experience"]) and page["pk"] == content["experience"].pk
    found = gql(
        "query($id: ID!) { node(id: $id) { id ... on Page { title urlPath } } }",
        {"id": page["id"]},
    )["node"]
    assert found == {
        "id": page["id"],
        "title": content["experience"].title,
        "urlPath": "/experiences/sene/",
    }
    for related in page["themes"] + page["localAuthorities"]:
        assert node(gql, related["id"])["id"] == related["id"]


def test_date_times_carry_their_offset(gql, content):
    proposal = gql(
        "query($id: ID!) { node(id: $id) { ... on ThemeProposal { createdAt } } }",
        {"id": gid(content["proposal"])},
    )["node"]
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d", proposal["createdAt"]
    ), proposal


@pytest.mark.parametrize(
    "global_id",
    [
        "",
        "abc",
        "12",
        "MTI=",  # "12", no type
        "Tm9wZTox",  # "Nope:1", no such type
        gid(1, "PageInfo"),  # a type without identity
        gid(1, "Query"),
        "RXhwZXJpZW5jZVBhZ2U6YWJj",  # "ExperiencePage:abc"
        gid("-1", "Theme"),
        gid("99999999999999999999999", "Theme"),
        "x" * 5000,
        "%%%",
    ],
)
def test_malformed_and_unknown_ids_are_null_not_errors(gql, content, global_id):
    assert node(gql, global_id) is None


def test_an_id_of_the_wrong_type_is_null(gql, content):
    # The pk of a resource, named as an experience; of a theme, named as a collectivité.
    assert node(gql, gid(content["resource"].pk, "ExperiencePage")) is None
    assert node(gql, gid(424242, "Theme")) is None
    # A page's id is not a submission's: that one needs a token of its collectivité.
    assert node(gql, gid(content["experience"], "Submission")) is None


@pytest.fixture
def hidden(home, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    now = timezone.now()
    index = InspirationIndexPageFactory(parent=home, slug="experiences")
    unpublished = ExperiencePageFactory(parent=index, slug="depubliee")
    unpublished.unpublish()
    private_index = InspirationIndexPageFactory(parent=home, slug="reserve")
    PageViewRestriction.objects.create(
        page=private_index, restriction_type="password", password="secret"
    )
    draft_project = SharedProjectPageFactory(live=False)
    private_collection = Collection.get_first_root_node().add_child(name="Élus")
    CollectionViewRestriction.objects.create(
        collection=private_collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="x",
    )
    return {
        "draft": ExperiencePageFactory(parent=index, slug="brouillon", live=False),
        "unpublished": unpublished,
        "private": ExperiencePageFactory(parent=private_index, slug="privee"),
        "expired": ExperiencePageFactory(parent=index, slug="expiree", expire_at=now - DAY),
        "future": ExperiencePageFactory(parent=index, slug="future", go_live_at=now + DAY),
        "stage_of_draft": SharedProjectStageFactory(project=draft_project),
        "enrollment_in_draft": EnrollmentFactory(project=draft_project),
        "withdrawn": EnrollmentFactory(status=Enrollment.Status.WITHDRAWN),
        "unmoderated": ThemeProposalFactory(status=ThemeProposal.Status.SUBMITTED),
        "private_image": wagtail_factories.ImageFactory(collection=private_collection),
        "private_document": DocumentFactory(collection=private_collection),
    }


@pytest.mark.parametrize(
    "name, type_name",
    [
        ("draft", "ExperiencePage"),
        ("unpublished", "ExperiencePage"),
        ("private", "ExperiencePage"),
        ("expired", "ExperiencePage"),
        ("future", "ExperiencePage"),
        ("stage_of_draft", "SharedProjectStage"),
        ("enrollment_in_draft", "Enrollment"),
        ("withdrawn", "Enrollment"),
        ("unmoderated", "ThemeProposal"),
        ("private_image", "Image"),
        ("private_document", "Document"),
    ],
)
def test_what_the_typed_queries_hide_node_hides(gql, hidden, name, type_name):
    assert node(gql, gid(hidden[name], type_name)) is None


def test_private_things_show_to_their_collectivite_only(gql, hidden):
    proposal = hidden["unmoderated"]
    proposer = create_token(member_of(proposal.local_authority))
    stranger = create_token(member_of(LocalAuthorityFactory()))
    assert node(gql, gid(proposal), proposer) == {
        "__typename": "ThemeProposal",
        "id": gid(proposal),
    }
    assert node(gql, gid(proposal), stranger) is None
    withdrawn = hidden["withdrawn"]
    member = create_token(member_of(withdrawn.local_authority))
    assert node(gql, gid(withdrawn), member)["__typename"] == "Enrollment"
    assert node(gql, gid(withdrawn), stranger) is None


def _count(gql, query, variables):
    with CaptureQueriesContext(connection) as queries:
        gql(query, variables)
    return len(queries)


def test_node_query_count_does_not_grow_with_what_the_page_holds(gql, home, settings, tmp_path):
    """As `page(id:)`: one query per relation selected, however many items each holds."""
    settings.MEDIA_ROOT = tmp_path
    index = InspirationIndexPageFactory(parent=home, slug="experiences")
    image = wagtail_factories.ImageFactory()
    query = """query($id: ID!) { node(id: $id) { id ... on ExperiencePage {
      title ancestors { id title } parent { id }
      themes { id name } territoryTypes { id name }
      localAuthorities { id name department { id name } }
      image { id alt } } } }"""

    def experience(slug, n):
        page = ExperiencePageFactory(
            parent=index,
            slug=slug,
            image=image,
            authority_link=None,
            themes=[ThemeFactory() for _ in range(n)],
            territory_types=[TerritoryTypeFactory() for _ in range(n)],
        )
        for _ in range(n):
            ExperienceLocalAuthorityFactory(
                page=page,
                local_authority=LocalAuthorityFactory(
                    department=LocalAuthorityFactory(kind="departement")
                ),
            )
        return page

    small, large = experience("petite", 1), experience("grande", 8)
    counts = [_count(gql, query, {"id": gid(page)}) for page in (small, large)]
    assert counts[0] == counts[1] and counts[0] <= 10, counts
    found = gql(query, {"id": gid(large)})["node"]
    assert len(found["localAuthorities"]) == 8 and found["image"]["id"] == gid(image)


# --- Arguments --------------------------------------------------------------------------------


def _error(gql, query, variables=None):
    payload = gql.post(query, variables).json()
    assert payload["errors"], payload
    return payload["errors"][0]


def test_page_by_id_takes_a_global_id_of_a_page(gql, content):
    query = "query($id: ID!) { page(id: $id) { id title } }"
    experience = content["experience"]
    assert gql(query, {"id": gid(experience)})["page"]["title"] == experience.title
    # Unknown or hidden: null, as before.
    assert gql(query, {"id": gid(424242, "ExperiencePage")})["page"] is None
    # A global id of an object that is not a page, or a numeric id: INVALID_ID, in French.
    for wrong in (gid(content["theme"]), str(experience.pk), "inconnu"):
        error = _error(gql, query, {"id": wrong})
        assert error["extensions"]["code"] == "INVALID_ID", wrong
        assert error["message"].startswith("« id » : identifiant invalide"), error
        assert error["path"] == ["page"]


def test_filters_take_global_ids(gql, content):
    experience = content["experience"]
    theme = experience.themes.first()
    query = """query($filter: ExperienceFilter) {
      experiences(filter: $filter) { edges { node { id } } } }"""

    def ids(filter):
        return [e["node"]["id"] for e in gql(query, {"filter": filter})["experiences"]["edges"]]

    assert ids({"theme": gid(theme)}) == [gid(experience)]
    assert ids({"theme": gid(ThemeFactory())}) == []
    error = _error(gql, query, {"filter": {"theme": theme.slug}})
    assert error["extensions"]["code"] == "INVALID_ID"
    assert "« filter.theme »" in error["message"]
    error = _error(gql, query, {"filter": {"localAuthority": gid(theme)}})
    assert (error["extensions"]["code"], error["path"]) == ("INVALID_ID", ["experiences"])


def test_shared_project_by_id_or_slug(gql, content):
    project = content["project"]
    query = "query($id: ID, $slug: String) { sharedProject(id: $id, slug: $slug) { id title } }"
    expected = {"id": gid(project), "title": project.title}
    assert gql(query, {"id": gid(project)})["sharedProject"] == expected
    assert gql(query, {"slug": project.slug})["sharedProject"] == expected
    assert _error(gql, query, {"id": gid(content["plan"])})["extensions"]["code"] == "INVALID_ID"
    assert _error(gql, query, {})["extensions"]["code"] == "BAD_USER_INPUT"


def test_rich_text_links_carry_the_global_id(gql, content):
    target = content["resource"]
    page = content["experience"]
    page.results = f'<p><a linktype="page" id="{target.pk}">le guide</a></p>'
    page.save_revision().publish()
    html = gql(
        'query { page(urlPath: "/experiences/sene/") { ... on ExperiencePage { results { html } } } }'
    )["page"]["results"]["html"]
    assert f'href="/experiences/guide/" data-page-id="{gid(target)}"' in html
    assert node(gql, gid(target))["__typename"] == "ResourcePage"
