"""The SQL query count of a list does not grow with the number of items it returns."""

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from tests.factories import (
    ActionFactory,
    ActionPlanPageFactory,
    ConceptLevelFactory,
    ConceptPageFactory,
    EnrollmentFactory,
    EventPageFactory,
    ExperienceLocalAuthorityFactory,
    ExperiencePageFactory,
    InspirationIndexPageFactory,
    InspirationThemePageFactory,
    JournalEntryPageFactory,
    LocalAuthorityFactory,
    NewsletterPageFactory,
    ResourcePageFactory,
    SharedProjectIndexPageFactory,
    SharedProjectPageFactory,
    SharedProjectStageFactory,
    TerritoryTypeFactory,
    ThemeFactory,
)
from tests.ids import gid
from tests.indexing import without_indexing

pytestmark = pytest.mark.django_db

SIZES = (1, 20, 100)
MAX_QUERIES = 12
PAGE = "id title urlPath url parent { id title } ancestors { id }"
IMAGE = (
    "image { alt rendition(width: 320, height: 200) { url width height } srcSet(widths: [320]) }"
)


def _inspiration(kind):
    def build(home, n):
        index = InspirationIndexPageFactory(parent=home, slug="contenus")
        themes = [ThemeFactory(), ThemeFactory()]
        image = wagtail_factories.ImageFactory()
        if kind in ("experiences", "pages"):
            types = [TerritoryTypeFactory(slug="qpv"), TerritoryTypeFactory(slug="villes")]
            department = LocalAuthorityFactory(kind="departement")
        for i in range(n):
            if kind in ("experiences", "pages"):
                experience = ExperiencePageFactory(
                    parent=index,
                    themes=themes,
                    territory_types=types,
                    authority_link=None,
                    image=image,
                )
                ExperienceLocalAuthorityFactory(
                    page=experience, local_authority=LocalAuthorityFactory(department=department)
                )
            elif kind == "resources":
                ResourcePageFactory(parent=index, themes=themes, image=image)
            elif kind == "events":
                EventPageFactory(parent=index, themes=themes, image=image)
            elif kind == "concepts":
                ConceptLevelFactory(concept=ConceptPageFactory(parent=index, themes=themes), rank=1)
            elif kind == "inspirationThemes":
                InspirationThemePageFactory(
                    parent=index,
                    themes=themes,
                    image=image,
                    month=f"{2000 + i // 12}-{i % 12 + 1:02d}-01",
                )
            elif kind == "newsletters":
                NewsletterPageFactory(parent=index, edition_number=i + 1)

    return build


def _projects(kind):
    def build(home, n):
        index = SharedProjectIndexPageFactory(parent=home, slug="projets")
        project = SharedProjectPageFactory(parent=index, slug="culture")
        stage = SharedProjectStageFactory(project=project)
        for _ in range(n):
            if kind == "sharedProjects":
                other = SharedProjectPageFactory(parent=index)
                SharedProjectStageFactory(project=other)
                EnrollmentFactory(project=other)
            elif kind == "journalEntries":
                JournalEntryPageFactory(
                    parent=project, stage=stage, author_authority=LocalAuthorityFactory()
                )
            elif kind == "actionPlans":
                ActionFactory(plan=ActionPlanPageFactory(parent=project))
            elif kind == "localAuthorities":
                LocalAuthorityFactory(department=LocalAuthorityFactory(kind="departement"))
        return {"project": gid(project)} if kind == "journalEntries" else {}

    return build


LIST_QUERIES = {
    "experiences": (
        _inspiration("experiences"),
        "query($n: Int) { experiences(first: $n) { totalCount edges { node { %s summary participationLevel { level label } "
        "themes { name slug } territoryTypes { name } localAuthorities { name code kind department { name } } %s } } } }"
        % (PAGE, IMAGE),
    ),
    "resources": (
        _inspiration("resources"),
        "query($n: Int) { resources(first: $n) { edges { node { %s resourceType themes { name } document { url } %s } } } }"
        % (PAGE, IMAGE),
    ),
    "events": (
        _inspiration("events"),
        "query($n: Int) { events(first: $n) { edges { node { %s start localStart themes { name } %s } } } }"
        % (PAGE, IMAGE),
    ),
    "concepts": (
        _inspiration("concepts"),
        "query($n: Int) { concepts(first: $n) { edges { node { %s levels { rank name } themes { name } } } } }"
        % PAGE,
    ),
    "inspirationThemes": (
        _inspiration("inspirationThemes"),
        "query($n: Int) { inspirationThemes(first: $n) { edges { node { %s month themes { name } %s } } } }"
        % (PAGE, IMAGE),
    ),
    "newsletters": (
        _inspiration("newsletters"),
        "query($n: Int) { newsletters(first: $n) { edges { node { %s editionNumber } } } }" % PAGE,
    ),
    "pages": (
        _inspiration("pages"),
        'query($n: Int) { pages(contentType: "inspiration.ExperiencePage", first: $n) { edges { node { %s children(first: 5) { totalCount edges { node { id } } } } } } }'
        % PAGE,
    ),
    "sharedProjects": (
        _projects("sharedProjects"),
        "query($n: Int) { sharedProjects(first: $n) { edges { node { %s status theme { name } stages { kind status } "
        "currentStage { kind } participants { name } observers { name } waitingList { name } } } } }"
        % PAGE,
    ),
    "journalEntries": (
        _projects("journalEntries"),
        "query($n: Int, $project: ID!) { journalEntries(project: $project, first: $n) { edges { node { %s date stage { kind } "
        "authorAuthority { name } } } } }" % PAGE,
    ),
    "actionPlans": (
        _projects("actionPlans"),
        "query($n: Int) { actionPlans(first: $n) { edges { node { %s progress localAuthority { name } "
        "actions { title status progress } } } } }" % PAGE,
    ),
    "localAuthorities": (
        _projects("localAuthorities"),
        "query($n: Int) { localAuthorities(first: $n) { edges { node { name code kind department { name } "
        "territoryTypes { name } } } } }",
    ),
}


# 100 items with images and nested lists are over the default cost on purpose: this test measures
# SQL queries, the limits have theirs (test_limits.py).
@override_settings(GRAPHQL_MAX_COST=10_000)
@pytest.mark.parametrize("field", list(LIST_QUERIES))
def test_query_count_is_constant(gql, home, field):
    build, query = LIST_QUERIES[field]
    # The data is not searched here: indexing 100 pages one by one (PostgreSQL's database backend
    # rewrites its norms on every insert) would take minutes and measure nothing.
    with without_indexing():
        variables = build(home, max(SIZES)) or {}
    gql(query, {"n": max(SIZES), **variables})  # renditions are created once, on first request
    counts = {}
    for size in SIZES:
        with CaptureQueriesContext(connection) as queries:
            data = gql(query, {"n": size, **variables})
        assert len(data[field]["edges"]) == size
        counts[size] = len(queries)
    assert len(set(counts.values())) == 1, f"{field} : {counts}"
    assert counts[1] <= MAX_QUERIES, f"{field} : {counts[1]} requêtes"


DETAIL = (
    "query($id: ID!) { page(id: $id) { title url firstPublishedAt ... on ExperiencePage {"
    " themes { name } territoryTypes { name } localAuthorities { name department { name } }"
    f" {IMAGE} }} }} }}"
)


@pytest.mark.parametrize("links", [1, 5])
def test_detail_query_count_does_not_grow_with_relations(gql, home, links):
    """One page by id: the lookup with its visibility rule, then one query per relation."""
    index = InspirationIndexPageFactory(parent=home, slug="contenus")
    department = LocalAuthorityFactory(kind="departement")
    page = ExperiencePageFactory(
        parent=index,
        themes=[ThemeFactory() for _ in range(links)],
        territory_types=[TerritoryTypeFactory(slug=f"type-{i}") for i in range(links)],
        authority_link=None,
        image=wagtail_factories.ImageFactory(),
    )
    for _ in range(links):
        ExperienceLocalAuthorityFactory(
            page=page, local_authority=LocalAuthorityFactory(department=department)
        )
    gql(DETAIL, {"id": gid(page)})  # renditions are created on first use
    with CaptureQueriesContext(connection) as ctx:
        data = gql(DETAIL, {"id": gid(page)})
    assert len(data["page"]["themes"]) == links
    assert len(data["page"]["localAuthorities"]) == links
    # page, specific page, themes, territory types, collectivités, image, renditions
    assert len(ctx.captured_queries) <= 7, [q["sql"][:120] for q in ctx.captured_queries]
