"""The short execution path of plain scalar fields (cms/api/execution.py): the same answers and
errors as graphql-core's, with far fewer resolve infos built."""

from unittest import mock

import graphene
import pytest
from graphql import ExecutionContext, execute, parse

from cms.api.execution import ApiExecutionContext
from tests.cms.factories import ThemeFactory
from tests.inspiration.factories import ExperiencePageFactory, InspirationIndexPageFactory

pytestmark = pytest.mark.django_db

LISTING = "{ experiences(first: 5) { edges { node { title firstPublishedAt summary themes { name } } } } }"


class Item(graphene.ObjectType):
    name = graphene.String(required=True)
    label = graphene.String()
    count = graphene.Int()
    shout = graphene.String()

    def resolve_shout(root, info):
        return "!"


class Query(graphene.ObjectType):
    items = graphene.List(graphene.NonNull(Item))
    item = graphene.Field(Item)

    def resolve_items(root, info):
        return [
            {"name": "Séné", "label": None, "count": 3},
            type("Row", (), {"name": "Nantes", "label": "ville", "count": 2})(),
        ]

    def resolve_item(root, info):
        return {"name": None, "count": 1}


SCHEMA = graphene.Schema(query=Query).graphql_schema


def _both(query):
    document = parse(query)
    plain = execute(SCHEMA, document)
    ours = execute(SCHEMA, document, execution_context_class=ApiExecutionContext)
    return plain, ours


def test_dicts_and_objects_answer_as_with_graphql_core():
    plain, ours = _both("{ items { name label count shout } }")
    assert ours.errors is None
    assert (
        ours.data
        == plain.data
        == {
            "items": [
                {"name": "Séné", "label": None, "count": 3, "shout": "!"},
                {"name": "Nantes", "label": "ville", "count": 2, "shout": "!"},
            ]
        }
    )


def test_a_null_non_null_field_is_graphql_cores_located_error():
    plain, ours = _both("{ item { count name } }")
    assert ours.data == plain.data == {"item": None}
    assert [e.formatted for e in ours.errors] == [e.formatted for e in plain.errors]
    assert ours.errors[0].path == ["item", "name"]


def test_a_value_its_scalar_refuses_is_graphql_cores_error():
    class Bad(graphene.ObjectType):
        count = graphene.Int()

    class BadQuery(graphene.ObjectType):
        bad = graphene.Field(Bad)

        def resolve_bad(root, info):
            return {"count": "beaucoup"}

    schema = graphene.Schema(query=BadQuery).graphql_schema
    document = parse("{ bad { count } }")
    plain = execute(schema, document)
    ours = execute(schema, document, execution_context_class=ApiExecutionContext)
    assert ours.data == plain.data == {"bad": {"count": None}}
    assert [e.formatted for e in ours.errors] == [e.formatted for e in plain.errors]


def test_the_api_builds_no_resolve_info_for_plain_scalars(gql):
    index = InspirationIndexPageFactory()
    theme = ThemeFactory(name="Culture")
    for i in range(3):
        ExperiencePageFactory(parent=index, title=f"Expérience {i}", themes=[theme])
    with mock.patch.object(
        ExecutionContext,
        "build_resolve_info",
        autospec=True,
        wraps=ExecutionContext.build_resolve_info,
    ) as built:
        data = gql(LISTING)
    nodes = [edge["node"] for edge in data["experiences"]["edges"]]
    assert sorted(node["title"] for node in nodes) == [
        "Expérience 0",
        "Expérience 1",
        "Expérience 2",
    ]
    assert all(
        {"name": "Culture"} in node["themes"] and "firstPublishedAt" in node for node in nodes
    )
    names = {call.args[2][0].name.value for call in built.call_args_list}
    # Objects and lists still go through graphql-core; the title, date, summary and theme names
    # (12 fields here) are read directly.
    assert not names & {"title", "firstPublishedAt", "summary", "name"}, names
    assert "themes" in names


def test_the_cost_is_computed_once_per_document_and_variables(gql, monkeypatch):
    from cms.api import view

    view._kept_cost.cache_clear()
    walks = []
    cost = view._cost
    monkeypatch.setattr(view, "_cost", lambda *args: walks.append(args[3]) or cost(*args))
    query = "query($n: Int) { experiences(first: $n) { edges { node { title } } } }"
    for _ in range(3):
        response = gql.post(query, {"n": 10})
        assert response.status_code == 200
        assert response.wsgi_request.graphql_cost == 1 + 10 * 2
    assert len(walks) == 1
    # Other variables, another cost: a cached answer never stands for them.
    response = gql.post(query, {"n": 5})
    assert response.wsgi_request.graphql_cost == 1 + 5 * 2
    assert len(walks) == 2


class Leafy(graphene.ObjectType):
    word = graphene.String(required=True)
    number = graphene.Int()
    tags = graphene.List(graphene.NonNull(graphene.String), required=True)
    child = graphene.Field(lambda: Leafy)

    def resolve_word(root, info):
        return root.get("word")

    def resolve_number(root, info):
        return root.get("number")

    def resolve_tags(root, info):
        return root.get("tags", [])

    def resolve_child(root, info):
        return root.get("child")


class LeafyQuery(graphene.ObjectType):
    leaves = graphene.List(Leafy, required=True)

    def resolve_leaves(root, info):
        return [
            {"word": "Séné", "number": 3, "tags": ["a", "b"], "child": {"word": "Nantes"}},
            {"word": None, "number": 1},
            {"word": "Niort", "number": "beaucoup"},
            {"word": "Brest", "tags": ["c", None]},
        ]


def test_completion_decided_once_answers_and_fails_as_graphql_core():
    schema = graphene.Schema(query=LeafyQuery).graphql_schema
    document = parse("{ leaves { word number tags child { word number } } }")
    plain = execute(schema, document)
    ours = execute(schema, document, execution_context_class=ApiExecutionContext)
    assert ours.data == plain.data
    assert ours.data["leaves"][0] == {
        "word": "Séné",
        "number": 3,
        "tags": ["a", "b"],
        "child": {"word": "Nantes", "number": None},
    }
    # A null non-null word, a refused number, a null in a list of non-null strings: the same
    # located errors, in the same order.
    assert [e.formatted for e in ours.errors] == [e.formatted for e in plain.errors]
    assert len(ours.errors) == 3


def test_the_api_completes_resolved_values_without_graphql_cores_dispatch(gql):
    index = InspirationIndexPageFactory()
    for i in range(3):
        ExperiencePageFactory(parent=index, title=f"Expérience {i}")
    query = "{ experiences(first: 5) { edges { node { url } } } }"
    with mock.patch.object(
        ExecutionContext,
        "complete_leaf_value",
        autospec=True,
        wraps=ExecutionContext.complete_leaf_value,
    ) as completed:
        data = gql(query)
    urls = [edge["node"]["url"] for edge in data["experiences"]["edges"]]
    assert len(urls) == 3 and all(url.startswith("http") for url in urls)
    # The url of each page (its own resolver) is serialised directly.
    assert completed.call_count == 0


def test_inline_rows_of_a_list_load_in_one_query_without_a_manager_per_page(gql):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from modelcluster.fields import ChildObjectsDescriptor

    from tests.cms.factories import LocalAuthorityFactory
    from tests.inspiration.factories import ExperienceLocalAuthorityFactory

    index = InspirationIndexPageFactory()
    sene = LocalAuthorityFactory(name="Séné")
    vannes = LocalAuthorityFactory(name="Vannes", code="56260")
    ExperiencePageFactory(parent=index, title="Sans collectivité", authority_link=None)
    both = ExperiencePageFactory(parent=index, title="Deux collectivités", authority_link=None)
    ExperienceLocalAuthorityFactory(page=both, local_authority=vannes, sort_order=1)
    ExperienceLocalAuthorityFactory(page=both, local_authority=sene, sort_order=0)
    ExperiencePageFactory(
        parent=index, title="Une collectivité", authority_link__local_authority=sene
    )
    query = "{ experiences(first: 5, order: TITLE) { edges { node { title localAuthorities { name } } } } }"
    with (
        mock.patch.object(
            ChildObjectsDescriptor,
            "__get__",
            autospec=True,
            side_effect=ChildObjectsDescriptor.__get__,
        ) as managers,
        CaptureQueriesContext(connection) as queries,
    ):
        data = gql(query)
    assert [
        (e["node"]["title"], [a["name"] for a in e["node"]["localAuthorities"]])
        for e in data["experiences"]["edges"]
    ] == [
        ("Deux collectivités", ["Séné", "Vannes"]),
        ("Sans collectivité", []),
        ("Une collectivité", ["Séné"]),
    ]
    assert len([q for q in queries if "experiencelocalauthority" in q["sql"]]) == 1
    # One manager per page, the resolver's argument; `prefetch_related` built a second one.
    assert len([call for call in managers.call_args_list if call.args[1] is not None]) == 3
