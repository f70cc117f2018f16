"""Abusive documents are refused before anything runs, and refusing costs work linear in the
document's size (counted in selections walked, never in seconds)."""

from unittest import mock

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from cms.api import limits, selection
from tests.factories import ExperiencePageFactory, InspirationIndexPageFactory

pytestmark = pytest.mark.django_db

CHAIN = 22


def chain(body):
    """CHAIN fragments, each spreading the next twice: 2^22 expansions if walked naively."""
    fragments = [
        f"fragment F{i} on Page {{ {body} ...F{i + 1} ...F{i + 1} }}" for i in range(CHAIN)
    ]
    fragments.append(f"fragment F{CHAIN} on Page {{ id }}")
    return "query { pages(first: 1) { edges { node { ...F0 } } } }\n" + "\n".join(fragments)


def codes(response):
    return [error["extensions"]["code"] for error in response.json()["errors"]]


@pytest.fixture
def visits():
    """Counts the selection sets the depth and cost rules walk."""
    original = limits.Measure._selection_set
    with mock.patch.object(
        limits.Measure, "_selection_set", autospec=True, side_effect=original
    ) as spy:
        yield spy


def test_a_fan_out_of_fragments_is_refused_by_the_spread_cap(gql):
    response = gql.post(chain("id parent { id }"))
    assert response.status_code == 400
    assert codes(response) == ["TOO_MANY_SPREADS"]
    assert "40" in response.json()["errors"][0]["message"]


@override_settings(GRAPHQL_MAX_SPREADS=1000)
def test_a_fan_out_of_fragments_is_refused_by_cost_after_few_steps(gql, visits):
    response = gql.post(chain("id parent { id }"))
    assert response.status_code == 400
    assert codes(response) == ["QUERY_TOO_COMPLEX"]
    # 23 fragment bodies and one operation, each walked once by each rule: not 2^22.
    assert visits.call_count < 200, visits.call_count


@override_settings(GRAPHQL_MAX_SPREADS=1000)
def test_a_deep_fan_out_is_refused_by_depth_after_few_steps(gql, visits):
    fragments = [
        f"fragment F{i} on Page {{ parent {{ ...F{i + 1} ...F{i + 1} }} }}" for i in range(CHAIN)
    ]
    fragments.append(f"fragment F{CHAIN} on Page {{ id }}")
    query = "query { pages(first: 1) { edges { node { ...F0 } } } }\n" + "\n".join(fragments)
    response = gql.post(query)
    assert response.status_code == 400
    assert "QUERY_TOO_DEEP" in codes(response)
    assert visits.call_count < 200, visits.call_count


@override_settings(GRAPHQL_MAX_SPREADS=1000)
def test_an_accepted_fan_out_runs_without_expanding_every_spread(gql, home):
    """Scalars only: cheap and shallow, so accepted; the look-ahead on the selection that list
    resolvers use must not expand the 2^22 spreads either."""
    index = InspirationIndexPageFactory(parent=home)
    ExperiencePageFactory(parent=index, title="Conseil des jeunes")
    original = selection._walk
    with mock.patch.object(selection, "_walk", side_effect=original) as walks:
        data = gql(chain("id title"))
    assert data["pages"]["edges"][0]["node"]["title"]
    assert walks.call_count < 500, walks.call_count


def srcsets(aliases):
    widths = "[320, 480, 640, 800, 960, 1120, 1280, 1440]"
    fields = " ".join(f"s{i}: srcSet(widths: {widths})" for i in range(aliases))
    return f"query {{ experiences(first: 5) {{ edges {{ node {{ image {{ {fields} }} }} }} }} }}"


@override_settings(GRAPHQL_MAX_ALIASES=100)
def test_aliased_srcsets_are_refused_by_cost(gql):
    response = gql.post(srcsets(30))
    assert response.status_code == 400
    assert codes(response) == ["QUERY_TOO_COMPLEX"]
    assert "déclinaisons d'images" in response.json()["errors"][0]["message"]
    # One srcSet of the same listing is fine.
    assert gql.post(srcsets(1)).status_code == 200


def test_each_rendition_and_each_width_counts(gql):
    response = gql.post(
        "query { experiences(first: 2) { edges { node { image {"
        " rendition(width: 320) { url } srcSet(widths: [320, 640]) srcSet2: srcSet } } } } }"
    )
    assert response.status_code == 200
    # experiences 1 + 2 × (edges 1 + node 1 + image 1 + rendition (1 + 10) + 2 × 10 + 3 × 10)
    assert response.wsgi_request.graphql_cost == 1 + 2 * (3 + 11 + 20 + 30)


def nested_children(levels, first=None):
    argument = f"(first: {first})" if first else ""
    inner = "id"
    for _ in range(levels):
        inner = f"children{argument} {{ edges {{ node {{ id {inner} }} }} }}"
    return f'query {{ page(urlPath: "/") {{ {inner} }} }}'


@pytest.mark.parametrize("first", [None, 100, 20])
def test_four_levels_of_children_are_refused(gql, first):
    response = gql.post(nested_children(4, first))
    assert response.status_code == 400
    assert codes(response) in (["QUERY_TOO_DEEP"], ["QUERY_TOO_COMPLEX"])
    # Three levels fit the depth limit: their cost refuses them.
    response = gql.post(nested_children(3, first))
    assert response.status_code == 400
    assert codes(response) == ["QUERY_TOO_COMPLEX"]


def test_small_pages_of_children_are_bounded_and_accepted(gql):
    response = gql.post(nested_children(3, 5))
    assert response.status_code == 200
    # page 1 + children 1 + 5 × (edges 1 + node 1 + children 1 + 5 × (2 + 1 + 5 × 2))
    assert response.wsgi_request.graphql_cost == 2 + 5 * (3 + 5 * 13)


def test_children_are_paginated(gql, home):
    index = InspirationIndexPageFactory(parent=home, slug="experiences")
    for i in range(3):
        ExperiencePageFactory(parent=index, title=f"Expérience {i}")
    query = (
        'query($after: String) { page(urlPath: "/experiences/") { children(first: 2, after: $after)'
        " { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } } }"
    )
    first = gql(query)["page"]["children"]
    assert first["totalCount"] == 3 and first["pageInfo"]["hasNextPage"]
    assert [e["node"]["title"] for e in first["edges"]] == ["Expérience 0", "Expérience 1"]
    rest = gql(query, {"after": first["pageInfo"]["endCursor"]})["page"]["children"]
    assert [e["node"]["title"] for e in rest["edges"]] == ["Expérience 2"]
    assert not rest["pageInfo"]["hasNextPage"]
    capped = gql('query { page(urlPath: "/") { children(first: 100000) { totalCount } } }')
    assert capped["page"]["children"]["totalCount"] >= 1


def test_children_of_a_list_load_together_level_by_level(gql, home):
    """Two levels of children under a list: the same queries for 1 or 4 pages."""
    for i in range(4):
        index = InspirationIndexPageFactory(parent=home, slug=f"rubrique-{i}")
        for j in range(2):
            ExperiencePageFactory(parent=index, title=f"Expérience {i}-{j}")
    query = (
        'query($n: Int) { pages(contentType: "inspiration.InspirationIndexPage", first: $n) {'
        " edges { node { id children(first: 3) { totalCount edges { node { title"
        " children(first: 3) { edges { node { id } } } } } } } } } }"
    )
    counts = {}
    for size in (1, 4):
        with CaptureQueriesContext(connection) as queries:
            data = gql(query, {"n": size})
        edges = data["pages"]["edges"]
        assert len(edges) == size
        assert all(edge["node"]["children"]["totalCount"] == 2 for edge in edges)
        counts[size] = len(queries)
    assert counts[1] == counts[4], counts


def test_the_cost_is_left_on_the_request_for_rate_limits(gql):
    accepted = gql.post("query { experiences(first: 10) { edges { node { title } } } }")
    assert accepted.status_code == 200
    assert accepted.wsgi_request.graphql_cost == 1 + 10 * 2
    refused = gql.post("query { experiences { ")
    assert refused.status_code == 400
    assert refused.wsgi_request.graphql_cost == 1


def test_ancestors_count_by_their_bound(gql):
    response = gql.post('query { page(urlPath: "/") { ancestors { parent { id } } } }')
    assert response.status_code == 200
    # page 1 + ancestors (1 + 8 × parent 1)
    assert response.wsgi_request.graphql_cost == 1 + 1 + 8


def per_type(types, first=60):
    """One fragment per page type, each asking `first` children with their images."""
    branch = (
        f"children(first: {first}) {{ edges {{ node {{ ... on ExperiencePage"
        " { image { rendition(width: 320) { url } } } } } }"
    )
    fragments = " ".join(f"... on {name} {{ {branch} }}" for name in types)
    return f'query {{ page(urlPath: "/") {{ title {fragments} }} }}'


def test_fragments_on_different_page_types_cost_the_dearest_not_their_sum(gql):
    """A site asks every page type's fields in one query; a page is of one type only."""
    types = [
        "HomePage",
        "InspirationIndexPage",
        "SharedProjectIndexPage",
        "EngagementTrackIndexPage",
    ]
    response = gql.post(per_type(types))
    assert response.status_code == 200, response.content
    # page 1 + children 1 + 60 × (edges 1 + node 1 + image 1 + rendition (1 + 10))
    assert response.wsgi_request.graphql_cost == 2 + 60 * 14
    # The same fragments on one type do add up: 4 × 842 is over the limit of 3 000.
    response = gql.post(per_type(["HomePage"] * 4))
    assert response.status_code == 400
    assert codes(response) == ["QUERY_TOO_COMPLEX"]


def test_branches_for_different_page_types_cost_the_dearest_not_their_sum(gql):
    # A page is of one type: only one `... on` branch runs, so a site's single PageByPath with a
    # branch per page type is measured by its dearest branch.
    branch = "image {{ rendition(width: 320) {{ url }} }} body {{ __typename }}"
    response = gql.post(
        'query { page(urlPath: "/") { title'
        f" ... on ExperiencePage {{ {branch.format()} }}"
        f" ... on ResourcePage {{ {branch.format()} }}"
        " ... on ConceptPage { body { __typename } } } }"
    )
    assert response.status_code == 200
    # page 1 + (title 0 + the dearest branch: image (1 + rendition 11) + body (1 + 10 × 0))
    assert response.wsgi_request.graphql_cost == 1 + (1 + 11) + 1


def test_a_fragment_on_an_interface_adds_to_every_branch(gql):
    response = gql.post(
        'query { page(urlPath: "/") { ... on Page { parent { id } }'
        " ... on ExperiencePage { parent { id } } ... on ResourcePage { parent { id } } } }"
    )
    assert response.status_code == 200
    # page 1 + the Page fragment (parent 1) + one branch (parent 1)
    assert response.wsgi_request.graphql_cost == 1 + 1 + 1
